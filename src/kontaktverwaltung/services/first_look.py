"""The first customers, shown before the database is open (issue 15): straight from a local
SQLite file, without peewee and the rest of the store (see store/first_look.py), or as they were
kept at the last close while the file is unchanged. A server has none."""

from __future__ import annotations

from pathlib import Path

from kontaktverwaltung.domain.records import FirstCustomers
from kontaktverwaltung.domain.urls import backend_of, sqlite_path
from kontaktverwaltung.store import first_look


def first_customers(db_url: str, count: int, kept: Path | None = None) -> FirstCustomers | None:
    """How many customers the database holds and the first ``count`` of the list; None when they
    come only with the opened database (a server, no file yet, an older schema, a lock).
    ``kept``: the file ``remember`` keeps them in."""
    path = _file(db_url)
    return first_look.first_customers(path, count, kept) if path is not None else None


def remember(db_url: str, count: int, kept: Path) -> bool:
    """At the window's close: keeps the first ``count`` customers in ``kept`` for the next start's
    first frame; False where there is nothing to keep (a server) or it could not be done."""
    path = _file(db_url)
    return first_look.remember(path, kept, count) if path is not None else False


def _file(db_url: str) -> Path | None:
    return sqlite_path(db_url) if backend_of(db_url) == "sqlite" else None
