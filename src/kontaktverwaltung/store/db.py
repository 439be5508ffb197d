"""Opening a database from a URL; the one DatabaseProxy every model is bound to."""

from __future__ import annotations

import contextlib
import datetime
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee
from playhouse import db_url

from kontaktverwaltung.domain.errors import DatabaseUnavailable, Problem
from kontaktverwaltung.store.urls import (
    APP_NAME,
    backend_of,
    default_database_path,
    default_url,
    describe_url,
    sqlite_url,
)

__all__ = ["APP_NAME", "backend_of", "default_database_path", "default_url", "describe_url", "sqlite_url"]

# Services translate this (a unique index refused a row) into a message at the field.
IntegrityError = peewee.IntegrityError
database = peewee.DatabaseProxy()


class _CountingMixin:
    """Counts the SQL statements sent, so tests and benchmarks can prove a load is O(1) in queries."""

    query_count = 0

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        self.query_count += 1
        return super().execute_sql(sql, params, *args, **kwargs)  # type: ignore[misc]


class CountingSqliteDatabase(_CountingMixin, peewee.SqliteDatabase):
    pass


class CountingPostgresqlDatabase(_CountingMixin, peewee.PostgresqlDatabase):
    pass


class CountingMySQLDatabase(_CountingMixin, peewee.MySQLDatabase):
    pass


_SCHEMES = {
    "sqlite": CountingSqliteDatabase,
    "postgres": CountingPostgresqlDatabase,
    "postgresql": CountingPostgresqlDatabase,
    "mysql": CountingMySQLDatabase,
}
for _name, _cls in _SCHEMES.items():
    db_url.register_database(_cls, _name)

# SQLite: WAL so readers never block the writer; foreign keys on; wait instead of failing
# when another process holds the write lock; NORMAL sync is crash-safe in WAL mode.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "normal",
    "cache_size": -64_000,
}


def connect_url(url: str) -> peewee.Database:
    """A database object for the URL, not yet bound or opened."""
    backend = backend_of(url)
    try:
        if backend == "sqlite":
            path = url.split(":///", 1)[1] if ":///" in url else ""
            if not path:
                raise ValueError("no path")
            if path != ":memory:":
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            return CountingSqliteDatabase(
                str(Path(path).expanduser()) if path != ":memory:" else path, pragmas=SQLITE_PRAGMAS
            )
        if backend == "mysql":
            return db_url.connect(url, unquote_password=True, unquote_user=True, charset="utf8mb4")
        if backend == "postgresql":
            return db_url.connect(url, unquote_password=True, unquote_user=True)
    except (ValueError, RuntimeError) as error:
        raise DatabaseUnavailable(_bad_url(url, str(error))) from error
    except OSError as error:  # the folder for the SQLite file cannot be made
        raise DatabaseUnavailable(
            Problem(
                "db",
                f"Der Ordner für die Datenbank „{describe_url(url)}“ kann nicht angelegt werden: {error.strerror}",
                f"The folder for the database “{describe_url(url)}” cannot be created: {error.strerror}",
            )
        ) from error
    raise DatabaseUnavailable(_bad_url(url, "unknown scheme"))


def _redacted(url: str) -> str:
    """The URL as typed, without a password."""
    return re.sub(r"(//[^:/@]*):[^@/]*@", r"\1@", url)


def _bad_url(url: str, detail: str) -> Problem:
    return Problem(
        "db",
        f"„{_redacted(url)}“ ist keine gültige Datenbank-Adresse. Erlaubt sind "
        "sqlite:////pfad/datei.sqlite3, postgresql://benutzer@host/datenbank und "
        "mysql://benutzer@host/datenbank.",
        f"“{_redacted(url)}” is not a valid database URL ({detail}). Use "
        "sqlite:////path/file.sqlite3, postgresql://user@host/database or mysql://user@host/database.",
    )


_bind_lock = threading.Lock()


def bind(db: peewee.Database) -> None:
    with _bind_lock:
        database.initialize(db)


def current() -> peewee.Database:
    obj = database.obj
    if obj is None:
        raise RuntimeError("no database is open")
    return obj


def close_thread_connection() -> None:
    """peewee keeps one connection per thread; a worker thread closes its own when done."""
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def backend() -> str:
    db = current()
    if isinstance(db, peewee.PostgresqlDatabase):
        return "postgresql"
    if isinstance(db, peewee.MySQLDatabase):
        return "mysql"
    return "sqlite"


@contextlib.contextmanager
def transaction() -> Iterator[None]:
    """One use case, one transaction: all or nothing."""
    with current().atomic():
        yield


@contextlib.contextmanager
def counting_queries() -> Iterator[list[int]]:
    """``with counting_queries() as n: …`` then ``n[0]`` is the number of statements sent."""
    db = current()
    start = getattr(db, "query_count", 0)
    box = [0]
    try:
        yield box
    finally:
        box[0] = getattr(db, "query_count", 0) - start


def now() -> datetime.datetime:
    """Timestamps in whole seconds (local time): every backend stores them exactly, so undo compares equal."""
    return datetime.datetime.now().replace(microsecond=0)


def unreachable(url: str, error: Exception) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        Problem(
            "db",
            f"Die Datenbank „{describe_url(url)}“ ist nicht erreichbar: {error}",
            f"The database “{describe_url(url)}” cannot be reached: {error}",
        )
    )
