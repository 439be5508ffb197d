"""Working offline on a shared server (R14, B6): the workstation's copy and its sync.

The interface the window and the command line use (notes: SYNC_API.md); how it works and why it is
built on what the app already has: docs/offline.md.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from kontaktverwaltung.domain.errors import DatabaseUnavailable, DomainError, NotFound, Problem, RuleViolation
from kontaktverwaltung.domain.messages import Message, T, render
from kontaktverwaltung.domain.urls import backend_of, default_database_path, describe_url, sqlite_url
from kontaktverwaltung.store import sync as store_sync
from kontaktverwaltung.store.opening import open_database, prepare_database

NO_COPY_NEEDED = T("Eine lokale Datei braucht keine Offline-Kopie.")
NO_COPY_YET = T(
    "Für „{where}“ gibt es noch keine Offline-Kopie. Bitte zuerst mit Verbindung zum Server "
    "„kontaktverwaltung sync“ ausführen (oder im Fenster „Synchronisieren“)."
)
UNKNOWN_CONFLICT = T("Diesen Konflikt gibt es nicht (mehr).")


@dataclass(frozen=True)
class SyncConflict:
    """A change the server did not take as it was, listed until decided (R14)."""

    id: int  # stable id in the copy, for decide()
    table: str  # "contact", "customer", "location", ...
    row_id: int
    what: Message  # e.g. "Ansprechpartner Anna Berger: offline geändert, auf dem Server auch"
    fields: tuple[tuple[str, Any, Any], ...]  # (column, mine, server's); empty for delete / merge / rejected
    kind: str  # "field" | "delete" | "merge" | "rejected"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "row_id": self.row_id,
            "kind": self.kind,
            "message": render(self.what),
            "fields": [{"field": name, "mine": mine, "server": server} for name, mine, server in self.fields],
        }


@dataclass(frozen=True)
class SyncResult:
    sent: int  # changes (use cases) sent to the server
    received: int  # rows the copy took from the server
    conflicts: tuple[SyncConflict, ...]  # every conflict still undecided after this sync

    def as_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "received": self.received, "conflicts": [c.as_json() for c in self.conflicts]}


def _data_folder() -> Path:
    return default_database_path().parent


def _copy_path(server_url: str) -> Path:
    return store_sync.copy_path(_data_folder(), server_url)


def offline_copy_url(server_url: str) -> str:
    """The sqlite URL of the server's offline copy in the user's data folder (platformdirs)."""
    return sqlite_url(_copy_path(server_url))


def is_syncable(url: str) -> bool:
    """False for a local SQLite file: it needs no offline copy."""
    return backend_of(url) in ("postgresql", "mysql")


def _refuse_local(url: str) -> None:
    if not is_syncable(url):
        raise RuleViolation(Problem.of(NO_COPY_NEEDED, "db"))


def has_offline_copy(server_url: str) -> bool:
    return is_syncable(server_url) and store_sync.is_filled(_copy_path(server_url))


def pending_changes(server_url: str) -> int:
    """Changes made on the copy waiting to be sent (one read of the copy; no server needed)."""
    if not is_syncable(server_url):
        return 0
    return store_sync.pending_units(_copy_path(server_url))


def open_offline(server_url: str) -> None:
    """Bind the server's copy as the app's database, recording every change for the next sync.
    No copy yet: DatabaseUnavailable saying to sync first."""
    _refuse_local(server_url)
    path = _copy_path(server_url)
    if not store_sync.is_filled(path):
        raise DatabaseUnavailable(Problem.of(NO_COPY_YET, "db", where=describe_url(server_url)))
    open_database(sqlite_url(path))


def prepare_return(server_url: str) -> None:
    """After a sync made offline (in the same worker thread): the server opened and its schema
    checked here, so that the window's switch back (``open_database`` on the UI thread) only binds
    it (issue 16: no freeze over 100 ms). The server gone again meanwhile: nothing prepared, the
    switch back finds out and stays on the copy."""
    with contextlib.suppress(DomainError):
        prepare_database(server_url)


def sync(server_url: str, progress: Callable[[int, int], None] | None = None) -> SyncResult:
    """R14: first the copy's changes in their order, each unit in one server transaction with its
    change id (a sync cut off halfway resumes without doubles), column by column against the
    server's current values (what both changed is a conflict, listed until decided); then the
    server's changes since the last checkpoint. Creates the copy on first use. Works on
    connections of its own: callable from a worker thread while the window works on either
    database. Raises DatabaseUnavailable / ConnectionLost when the server cannot be reached."""
    _refuse_local(server_url)
    outcome = store_sync.Sync(server_url, _copy_path(server_url), progress).run()
    return SyncResult(outcome.sent, outcome.received, tuple(open_conflicts(server_url)))


def open_conflicts(server_url: str) -> list[SyncConflict]:
    if not is_syncable(server_url):
        return []
    return [
        SyncConflict(c.id, c.table, c.row_id, c.what, c.fields, c.kind)
        for c in store_sync.open_conflicts(_copy_path(server_url))
    ]


def decide(server_url: str, conflict_id: int, take: Literal["mine", "server"]) -> None:
    """ "mine": my version is sent again at the next sync, based on the server's current values
    (what changed there since is a new conflict); "server": the server's state stays, the
    conflict is gone. Works on the copy, without the server."""
    _refuse_local(server_url)
    if not store_sync.decide(_copy_path(server_url), conflict_id, take == "mine"):
        raise NotFound(Problem.of(UNKNOWN_CONFLICT))


def last_synced(server_url: str) -> datetime.datetime | None:
    """When the copy last took the server's changes (None: never)."""
    return store_sync.synced_at(_copy_path(server_url)) if is_syncable(server_url) else None
