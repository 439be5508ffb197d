"""Loading off the UI thread, so the window never freezes longer than a frame.

Only the newest request of a loader delivers its result: selecting customer A and then B
quickly never shows A's cards under B's name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kontaktverwaltung.domain.errors import DomainError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except DomainError as error:
            self.signals.failed.emit(error)
        except Exception as error:
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)
        finally:
            from kontaktverwaltung.services.common import release_connection  # loaded by the work by now

            release_connection()  # this worker thread's own database connection


class BackgroundLoader(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        self._generation += 1
        generation = self._generation
        signals = _Signals()  # lives in the UI thread: its signals arrive there, queued
        self._pending.add(signals)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._pending.discard(signals)
            if generation == self._generation:
                handler(value)

        signals.done.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda error: finish(on_error, error))
        QThreadPool.globalInstance().start(_Job(work, signals))

    def cancel(self) -> None:
        """Forget what is running: its result will not be delivered."""
        self._generation += 1


def wait_for_all() -> None:
    """Before the database closes (window closing, tests): let running loads finish."""
    QThreadPool.globalInstance().waitForDone()
