"""Python's cycle collector without pauses the user feels (issue 15, issue 16: no freeze over
100 ms).

A full collection walks every object the process holds: with the 20,000 customers listed and a
10,000-contact customer open that is about a million, 40–70 ms with the interpreter lock held,
so the window stops for as long, whichever thread's allocation set it off (a background read of
the next customer, a sync). What the window has read and shows lives until it is replaced, and
tuples of strings are freed by reference counting when it is, so each result taken from the
background is moved out of the collector's sight (``gc.freeze``, which costs nothing: it splices
lists). The collector then walks only what was made since, a load's worth at most; and the
whole heap once, with the frozen objects again, while the user is in another application, so
reference cycles that became garbage meanwhile are freed too (and every ten minutes in any case,
for a user who never leaves the window: one pause of that size, well under 100 ms).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication

IDLE_COLLECT_MS = 2000  # the application inactive this long: a full collection, unnoticed
COLLECT_AT_LEAST_EVERY_MS = 10 * 60 * 1000


def settle() -> None:
    """What was just read and shown stays for a while: out of the collector's walks."""
    gc.freeze()


T_ = TypeVar("T_")
_uncollected_lock = threading.Lock()
_uncollected_runs = 0
_collecting_before = True


def uncollected(work: Callable[..., T_], *args: Any, **kwargs: Any) -> T_:
    """``work`` (in a worker thread) without the cycle collector: a big import's full collections
    would walk every object of the file's 20,000 rows, records and outcomes, each time holding
    the window 0.1–0.3 s, several times a preview. What the work makes is freed by reference
    counting; what it returns is settled before the collector goes on (else its first young
    collection would walk everything made meanwhile: 160 ms), when no such work runs any more."""
    global _uncollected_runs, _collecting_before
    with _uncollected_lock:
        if _uncollected_runs == 0:
            _collecting_before = gc.isenabled()
            gc.disable()
        _uncollected_runs += 1
    try:
        return work(*args, **kwargs)
    finally:
        with _uncollected_lock:
            _uncollected_runs -= 1
            if _uncollected_runs == 0 and _collecting_before:
                settle()
                gc.enable()


def collect_from_the_first_turn() -> None:
    """The collector rests while the application starts (``gc.disable()`` as it begins, see
    app.application) and runs again from the first turn of its event loop, the window's first
    frame painted: the start makes some 300,000 objects that live as long as the application
    (modules, classes, Qt's enums, the window), and the collector walked them again and again
    while they piled up (58 young and 5 middle collections, ~19 ms before the window showed). At
    that turn they are settled first, out of its walks; a cycle that became garbage meanwhile
    goes at the first full collection (IdleCollector)."""

    def collect() -> None:
        settle()
        gc.enable()

    QTimer.singleShot(0, collect)


def collect_all() -> None:
    """A full collection of everything, the settled objects included, which are settled again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class IdleCollector(QObject):
    """Collects fully while the application is not the active one (never while the user works)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_COLLECT_MS)
        self._timer.timeout.connect(self.collect)
        self._fallback = QTimer(self)
        self._fallback.setInterval(COLLECT_AT_LEAST_EVERY_MS)
        self._fallback.timeout.connect(self.collect)
        self._fallback.start()
        app.applicationStateChanged.connect(self._state_changed)

    def collect(self) -> None:
        collect_all()
        self._fallback.start()  # the next one ten minutes from now

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._timer.stop()
        else:
            self._timer.start()


def shed(items: list[Any] | dict[Any, Any], chunk: int = 500) -> None:
    """Empty ``items`` a few hundred at a time. Freeing a big list at once (20,000 parsed rows,
    records or preview lines) is one call that holds the interpreter lock until the last object
    is gone: 50–130 ms in which the window cannot answer, whichever thread frees them. Between
    chunks the other threads get their turn. Only what nothing else still holds is freed."""
    if isinstance(items, dict):
        while items:
            for _ in range(min(chunk, len(items))):
                items.popitem()
        return
    while items:
        del items[-chunk:]


def drop(items: list[Any] | dict[Any, Any]) -> None:
    """Free ``items`` (a list or dict the caller no longer uses, nor anything else changes) in a worker
    thread, a chunk at a time (see shed): the UI thread lets go of big results without a pause."""
    if items:
        QThreadPool.globalInstance().start(lambda: shed(items))
