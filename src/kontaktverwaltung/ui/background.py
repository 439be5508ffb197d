"""Loading off the UI thread, so the window never freezes longer than a frame.

Only the newest request of a loader delivers its result: selecting customer A and then B
quickly never shows A's cards under B's name. A result is dropped, too, when its loader was
deleted meanwhile (its window closed), and, for a loader made with ``drops_other_databases``
(whose handlers read and show the bound database), when the database it was read from is gone by
the time it arrives (another one bound, or it was closed): its handler would otherwise run against
whatever database is bound then.
"""

from __future__ import annotations

import atexit
import contextlib
import linecache
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.ui.collector import settle


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.binding = 0  # the database bound when the work ended (see _binding)


def _done() -> None:
    return None


def _malloc_trim() -> Callable[[], Any] | None:
    """glibc's malloc_trim(0); None elsewhere (other systems, musl). Looked up at the first quiet
    moment, not at start: ctypes takes ~2 ms to import."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return lambda: trim(0)


_TRIM: Callable[[], Any] | bool | None = False  # False: not looked up yet
_QUIET_MS = 1000  # a second after the last load: not between the loads and card groups of one opening
_trim_timer: QTimer | None = None


def _give_back() -> None:
    """On the UI thread, once no load runs. linecache keeps the source lines of every module a
    warning or a logged traceback named (and, were PySide6's source scan back, of every module:
    app._skip_pyside_feature_scan), needed again only for the next one, which reads them anew.
    Cleared here, where no import of this thread or a load's can be reading the cache meanwhile;
    the trim itself runs off the UI thread."""
    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount():
        _give_back_freed_memory_soon()  # a load or a drop still runs: later
        return
    linecache.clearcache()
    global _TRIM
    if _TRIM is False:
        _TRIM = _malloc_trim()
    if callable(_TRIM):
        pool.start(_TRIM)


def _give_back_freed_memory_soon() -> None:
    """Once loads have been quiet for a moment, glibc gives back the freed pages of its heaps.
    What a load only passed through (raw rows, intermediate lists, the cards of a customer no
    longer open) is freed, but glibc keeps those pages resident, mostly in the worker threads'
    heaps: giving them back takes ~13 MB off the window with the reference set and the
    10,066-contact customer open. Not after every load: a trim takes a few ms, and the pages are
    faulted in again by the next load of a burst (a big customer comes in many)."""
    global _trim_timer
    if _trim_timer is None or not shiboken6.isValid(_trim_timer):
        _trim_timer = QTimer(QCoreApplication.instance())  # goes with the application
        _trim_timer.setSingleShot(True)
        _trim_timer.setInterval(_QUIET_MS)
        _trim_timer.timeout.connect(_give_back)
    _trim_timer.start()


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
            self.work = _done  # what the work's closure holds is not kept with the job

    def _tell(self, name: str, value: Any) -> None:
        """Emit, unless the application went away meanwhile (it deletes the signals' object on
        its way out): then nobody is left to tell, and nothing is printed."""
        try:
            if shiboken6.isValid(self.signals):
                self.signals.binding = _binding()
                getattr(self.signals, name).emit(value)
        except RuntimeError:
            pass  # deleted between the check and the emit


class BackgroundLoader(QObject):
    def __init__(self, parent: QObject | None = None, drops_other_databases: bool = False) -> None:
        """``drops_other_databases``: a result read while another database was (or has since been)
        bound is dropped; for loaders whose handlers only show what they read, and read more."""
        super().__init__(parent)
        self._drops_other_databases = drops_other_databases
        self._generation = 0
        self._pending: set[_Signals] = set()
        _wait_before_quitting()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run ``work`` in a worker thread, then ``on_done(result)`` or ``on_error(error)`` here."""
        self._generation += 1
        generation = self._generation
        started = _binding()
        signals = _Signals()  # lives in the UI thread: its signals arrive there, queued
        self._pending.add(signals)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._pending.discard(signals)
            _let_go(signals)  # its connections hold these closures, and with them what was read
            _give_back_freed_memory_soon()
            if generation != self._generation or not shiboken6.isValid(self):
                return  # cancelled, or its owner (a window, a dialog) is gone
            if self._drops_other_databases and not started == signals.binding == _binding():
                return  # read from a database that is no longer the one bound: nobody wants it
            handler(value)
            settle()  # what was read and is shown now: out of the cycle collector's walks

        signals.done.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda error: finish(on_error, error))
        QThreadPool.globalInstance().start(_Job(work, signals))

    def cancel(self) -> None:
        """Forget what is running: its result will not be delivered."""
        self._generation += 1


def _let_go(signals: _Signals) -> None:
    """A job's signals are used once: without this their connections would keep the handlers'
    closures alive, and with them what they read (a 10,000-contact customer: 13 MB at every
    opening, for as long as the window is open)."""
    for signal in (signals.done, signals.failed):
        with contextlib.suppress(RuntimeError, TypeError):  # nothing connected any more
            signal.disconnect()
    signals.deleteLater()


def _binding() -> int:
    """Which database is bound now (see store.db.binding); 0 while the database modules are not
    loaded, as then none ever was. Never loads them: the window starts without them."""
    common = sys.modules.get("kontaktverwaltung.services.common")
    binding = getattr(common, "database_binding", None)  # None too while a worker is importing it
    return 0 if binding is None else int(binding())


def wait_for_all() -> None:
    """Before the database closes (window closing, tests): let running loads finish."""
    QThreadPool.globalInstance().waitForDone()


_quit_hooked: set[int] = set()


def _wait_before_quitting() -> None:
    """The application waits for running loads before it ends: it deletes every object on its way
    out, and a load still running would find its signals gone (between its check and its emit: a
    crash). So does the interpreter when a script ends without quitting the application (a
    benchmark, a helper script): PySide deletes the objects in an exit handler registered when
    QtCore was imported, and exit handlers run newest first, so this one runs before it."""
    app = QCoreApplication.instance()
    if app is not None and id(app) not in _quit_hooked:
        if not _quit_hooked:
            atexit.register(wait_for_all)
        _quit_hooked.add(id(app))
        app.aboutToQuit.connect(wait_for_all)
