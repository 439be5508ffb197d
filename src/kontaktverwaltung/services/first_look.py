"""The first customers, shown before the database is open (issue 15): straight from a local
SQLite file, without peewee and the rest of the store (see store/first_look.py). A server has none."""

from __future__ import annotations

from kontaktverwaltung.domain.records import FirstCustomers
from kontaktverwaltung.domain.urls import backend_of, sqlite_path
from kontaktverwaltung.store import first_look


def first_customers(db_url: str, count: int) -> FirstCustomers | None:
    """How many customers the database holds and the first ``count`` of the list; None when they
    come only with the opened database (a server, no file yet, an older schema, a lock)."""
    path = sqlite_path(db_url) if backend_of(db_url) == "sqlite" else None
    return first_look.first_customers(path, count) if path is not None else None
