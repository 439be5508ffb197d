"""Live refresh and a lost server (issue 5, B5, B6): a watcher that tells the window what others
changed and whether the database server can be reached.

The watcher runs in a thread of its own with a connection of its own. On PostgreSQL it sleeps
until the server sends a NOTIFY (and looks anyway every few seconds); on MariaDB and SQLite it
reads the change log twice a second. When its connection breaks it says so, tries again every
two seconds, and once back asks the window to reload everything: what changed meanwhile was not
seen.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from kontaktverwaltung.domain.errors import ConnectionLost
from kontaktverwaltung.domain.live import ALL, ChangeCursor, Changes
from kontaktverwaltung.store.live import ChangeFeed, newest_line, open_feed

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5  # MariaDB and SQLite: how often the log is read
PRUNE_SECONDS = 600.0  # how often an open window trims the log to its newest lines
LISTEN_SECONDS = 5.0  # PostgreSQL: looks anyway after this long without a NOTIFY
RETRY_SECONDS = 2.0  # a lost server: how often a new connection is tried


class Watcher:
    """Calls ``on_changes(Changes)`` and ``on_link(reachable: bool)`` from its own thread."""

    def __init__(
        self,
        on_changes: Callable[[Changes], None],
        on_link: Callable[[bool], None],
        feed_factory: Callable[[], ChangeFeed] = open_feed,
        start: int | None = None,
    ) -> None:
        """``start``: the log position the window's data was read at (``newest_position()`` before
        loading), so nothing committed between that load and the watcher's start is missed."""
        self._on_changes = on_changes
        self._on_link = on_link
        self._feed_factory = feed_factory
        self._start = start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kv-live", daemon=True)
        self.reachable = True

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        cursor = ChangeCursor(-1)  # placed once the feed is open
        feed: ChangeFeed | None = None
        pruned = 0.0
        while not self._stop.is_set():
            try:
                if feed is None:
                    feed = self._feed_factory()
                    newest = feed.open()
                    if cursor.position >= 0:  # back after a lost connection: what happened meanwhile is unknown
                        self._report(ALL)
                        cursor.skip_to(newest)
                    elif self._start is not None and self._start <= newest:
                        cursor.skip_to(self._start)  # from where the window's data was read
                    else:
                        cursor.skip_to(newest)
                    self._set_reachable(True)
                if time.monotonic() - pruned > PRUNE_SECONDS:
                    feed.prune()
                    pruned = time.monotonic()
                feed.wait(
                    POLL_SECONDS if not feed.listening or cursor.waiting else LISTEN_SECONDS,
                    self._stop,
                )
                if self._stop.is_set():
                    break
                lines, lost = feed.read(cursor.position, cursor.late)
                changes = cursor.take(lines, time.monotonic())
                if lost:  # too much at once, or pruned meanwhile: reload all, from the newest line on
                    cursor.skip_to(feed.newest())
                    changes = ALL
                if changes:
                    self._report(changes)
            except ConnectionLost as error:
                log.info("database link lost: %s", error.detail)
                server = feed is None or feed.server
                if feed is not None:
                    feed.close()
                feed = None
                if server:  # a SQLite file that is busy for a moment is not a lost server
                    self._set_reachable(False)
                self._stop.wait(RETRY_SECONDS)
            except Exception:  # never let the watcher die silently with a traceback in the window
                log.exception("live refresh failed")
                if feed is not None:
                    feed.close()
                feed = None
                self._stop.wait(RETRY_SECONDS)
        if feed is not None:
            feed.close()

    def _report(self, changes: Changes) -> None:
        if not self._stop.is_set():
            self._on_changes(changes)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            if not self._stop.is_set():
                self._on_link(reachable)


def newest_position() -> int:
    """The change log's newest line now: read it before loading what a window shows, and give it
    to the Watcher as ``start``."""
    return newest_line()
