"""Open a database from its URL: connect, bind the models, create or migrate the schema."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

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
    migration step as it starts; ``on_wait()`` once if another client is migrating right now.
    A server ``prepare_database`` opened moments ago in another thread is only bound."""
    ready = _take_prepared(url)
    if ready is not None:
        dbmod.bind(ready)
        return ready
    database = _connected(url)
    dbmod.bind(database)
    _check(database, url, on_migration_step, on_wait)
    return database


PREPARED_FOR_S = 30.0  # a server opened ahead is used this long; later it is opened anew
_prepared: dict[str, tuple[pw.Database, Any, float]] = {}
_prepared_lock = threading.Lock()


def prepare_database(url: str) -> None:
    """Open a server database (never a SQLite file) in the calling worker thread, its schema
    checked, for the next ``open_database(url)`` in another thread: that one then only binds it
    and takes over this connection. The window's switch back from the offline copy so costs the
    UI thread no connect (MariaDB: 100-250 ms) and no schema queries (issue 16). Raises what
    ``open_database`` would."""
    database = _connected(url)
    if isinstance(database, pw.SqliteDatabase):  # a SQLite connection stays in its thread
        database.close()
        return
    with dbmod.bound_here(database):
        _check(database, url, None, None)
    connection = database._state.conn  # type: ignore[attr-defined]
    database._state.reset()  # type: ignore[attr-defined] # this thread lets go of the connection without closing it
    with _prepared_lock:
        previous = _prepared.pop(url, None)
        _prepared[url] = (database, connection, time.monotonic())
    if previous is not None:
        _close_quietly(previous[1])


def _take_prepared(url: str) -> pw.Database | None:
    with _prepared_lock:
        ready = _prepared.pop(url, None)
    if ready is None:
        return None
    database, connection, since = ready
    if time.monotonic() - since > PREPARED_FOR_S:
        _close_quietly(connection)
        return None
    database._state.set_connection(connection)  # type: ignore[attr-defined] # now the calling thread's
    return database


def _close_quietly(connection: Any) -> None:
    with contextlib.suppress(Exception):  # a connection to a server gone meanwhile: nothing to close
        connection.close()


def _connected(url: str) -> pw.Database:
    database = dbmod.connect_url(url)
    try:
        _connect(database)
    except (pw.OperationalError, pw.InterfaceError) as error:
        raise dbmod.unreachable(url, error) from error
    except (TypeError, ValueError) as error:  # an option in the URL the driver does not know
        raise dbmod.bad_url(url, error) from error
    except pw.DatabaseError as error:  # e.g. SQLite's "file is not a database"
        raise _not_ours(url, error) from error
    return database


def _check(
    database: pw.Database,
    url: str,
    on_migration_step: Callable[[int, int], None] | None,
    on_wait: Callable[[], None] | None,
) -> None:
    """The schema brought up to date (or refused); on failure the connection is closed."""
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
