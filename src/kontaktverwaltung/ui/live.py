"""Others' changes and the server's reachability, delivered to the window (issue 5, B5, B6).

The watcher (services/live.py) runs in its own thread; this bridge turns its calls into Qt
signals, which arrive queued in the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from kontaktverwaltung.domain.live import Changes


class LiveUpdates(QObject):
    changed = Signal(object)  # Changes
    reachable = Signal(bool)

    def __init__(self, parent: QObject | None = None, start: int | None = None) -> None:
        """``start``: the change log position the window's data was read at."""
        super().__init__(parent)
        from kontaktverwaltung.services.live import Watcher  # loaded with the database modules

        self._watcher = watcher = Watcher(self._changed, self.reachable.emit, start=start)
        self.destroyed.connect(lambda: watcher.stop(0))  # never call into a deleted window

    def start(self) -> None:
        self._watcher.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop watching; wait at most ``timeout`` seconds for the watcher's thread to end."""
        self._watcher.stop(timeout)

    def _changed(self, changes: Changes) -> None:
        self.changed.emit(changes)
