"""Open a database from its URL: connect, bind the models, create or migrate the schema."""

from __future__ import annotations

import time
from collections.abc import Callable

import peewee as pw

from kontaktverwaltung.domain.errors import DatabaseUnavailable, Problem
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.schema import ensure_schema, utf8mb4_statements
from kontaktverwaltung.store.sync import OfflineCopyDatabase, prepare_copy


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
    except (TypeError, ValueError) as error:  # an option in the URL the driver does not know
        raise dbmod.bad_url(url, error) from error
    except pw.DatabaseError as error:  # e.g. SQLite's "file is not a database"
        raise _not_ours(url, error) from error
    dbmod.bind(database)
    try:
        if isinstance(database, OfflineCopyDatabase):  # R14: its recording stays right across migrations
            prepare_copy(database, url)
        else:
            ensure_schema(database, url, on_migration_step, on_wait)
        _refuse_narrow_character_set(database, url)
        if isinstance(database, pw.SqliteDatabase):
            # Only now, with the schema known to be ours: a file refused stays as it was (WAL is
            # a lasting property of the file, once set it holds for every later connection).
            database.execute_sql("PRAGMA journal_mode = wal")
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


NARROW_CHARSET = T(
    "Die Datenbank „{where}“ speichert Text nicht in utf8mb4: Namen mit manchen Zeichen (z. B. Emoji "
    "oder anderen Schriften) ließen sich nicht speichern. Die Verwaltung des Servers kann das beheben mit:\n{sql}"
)


def _refuse_narrow_character_set(database: pw.Database, url: str) -> None:
    """MariaDB/MySQL: every table must store any text (utf8mb4); schema 4 converted them, so a
    table in another character set was changed by hand since: refused, with what fixes it."""
    statements = utf8mb4_statements(database)
    if statements:
        sql = ";\n".join(statements) + ";"
        where = dbmod.describe_url(url)
        raise DatabaseUnavailable(Problem.of(NARROW_CHARSET, "db", where=where, sql=sql))


def _not_ours(url: str, error: Exception) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        Problem.of(
            T("„{value}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}"),
            "db",
            value=dbmod.describe_url(url),
            error=error,
        )
    )


def close_database() -> None:
    dbmod.unbound()
    obj = dbmod.database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
