"""Open a database from its URL: connect, bind the models, create or migrate the schema."""

from __future__ import annotations

import time
from collections.abc import Callable

import peewee as pw

from kontaktverwaltung.domain.errors import DatabaseUnavailable, Problem
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.schema import ensure_schema


def open_database(
    url: str,
    on_migration_step: Callable[[int, int], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> pw.Database:
    """Connect, bind and bring the schema up to date. ``on_migration_step(step, last)`` is told each
    migration step as it starts; ``on_wait()`` once if another client is migrating right now."""
    database = dbmod.connect_url(url)
    try:
        _connect(database)
    except (pw.OperationalError, pw.InterfaceError) as error:
        raise dbmod.unreachable(url, error) from error
    except pw.DatabaseError as error:  # e.g. SQLite's "file is not a database"
        raise _not_ours(url, error) from error
    dbmod.bind(database)
    try:
        ensure_schema(database, url, on_migration_step, on_wait)
    except pw.DatabaseError as error:
        database.close()
        raise _not_ours(url, error) from error
    except BaseException:
        database.close()
        raise
    return database


def _connect(database: pw.Database, patience: float = 10.0) -> None:
    """Connect; a SQLite file another process is just creating or switching to WAL answers
    "database is locked" to the connection's first PRAGMA without waiting for its busy timeout,
    so that moment is waited out here."""
    deadline = time.monotonic() + patience
    while True:
        try:
            database.connect(reuse_if_open=True)
            return
        except pw.OperationalError as error:
            locked = isinstance(database, pw.SqliteDatabase) and "locked" in str(error)
            if not locked or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _not_ours(url: str, error: Exception) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        Problem(
            "db",
            f"„{dbmod.describe_url(url)}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}",
            f"“{dbmod.describe_url(url)}” cannot be opened as a Kontaktverwaltung database: {error}",
        )
    )


def close_database() -> None:
    obj = dbmod.database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
