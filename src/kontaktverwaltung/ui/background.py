"""Loading off the UI thread, so the window never freezes longer than a frame.

Only the newest request of a loader delivers its result: selecting customer A and then B
quickly never shows A's cards under B's name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

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
            self._tell("failed", error)
        except Exception as error:
            self._tell("failed", error)
        else:
            self._tell("done", result)
        finally:
            from kontaktverwaltung.services.common import release_connection  # loaded by the work by now

            release_connection()  # this worker thread's own database connection

    def _tell(self, name: str, value: Any) -> None:
        """Emit, unless the application went away meanwhile (it deletes the signals' object on
        its way out): then nobody is left to tell, and nothing is printed."""
        try:
            if shiboken6.isValid(self.signals):
                getattr(self.signals, name).emit(value)
        except RuntimeError:
            pass  # deleted between the check and the emit


class BackgroundLoader(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending: set[_Signals] = set()
        _wait_before_quitting()

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


_quit_hooked: set[int] = set()


def _wait_before_quitting() -> None:
    """The application waits for running loads before it ends: it deletes every object on its way
    out, and a load still running would find its signals gone."""
    app = QCoreApplication.instance()
    if app is not None and id(app) not in _quit_hooked:
        _quit_hooked.add(id(app))
        app.aboutToQuit.connect(wait_for_all)
