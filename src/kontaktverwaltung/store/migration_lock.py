"""One client at a time creates or migrates the schema (B5: two clients opening an old database
at once migrate it once, not twice).

``ensure_schema`` takes this lock before it creates or migrates anything and then reads the
version again: the client that waited finds the work done and does nothing. The usual open, on a
schema that is already current, never comes here.

Each lock dies with its holder, so a client that crashes or loses power mid-migration never
leaves the database locked:

- PostgreSQL: a session-level advisory lock on a constant key. Advisory locks belong to one
  database, so two Kontaktverwaltung databases on one server never wait for each other. Needs a
  real session (not a pooler in transaction mode).
- MariaDB/MySQL: a named lock (``GET_LOCK``). Those names are server-wide, so the name carries
  the database's name, cut to the 64 characters MySQL allows; two names that still collide only
  make one migration wait for the other.
- SQLite: an operating-system lock on the file ``<database>.migrate.lock`` next to the database
  (``flock``; ``msvcrt.locking`` on Windows), removed again on release. SQLite's own write lock
  cannot serve: a ``BEGIN IMMEDIATE`` would have to span the migration, but each step commits on
  its own and ``PRAGMA foreign_keys`` can only be switched outside a transaction. These few lines
  of standard library do what the ``filelock`` package would, without another dependency in
  every installer.

Waiting is the same loop for all three: try without blocking, then try again every
``POLL_SECONDS`` until ``WAIT_SECONDS`` have passed, then give up with ``DatabaseUnavailable``.
No server-side timeout has to be set and reset, and no driver error code told apart from a lost
connection; a migration takes seconds, so a tenth of a second more waiting goes unnoticed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import peewee as pw

from kontaktverwaltung.domain.errors import DatabaseUnavailable, Problem
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.domain.urls import describe_url

log = logging.getLogger(__name__)

WAIT_SECONDS = 60.0
POLL_SECONDS = 0.1
# "kvschema" in ASCII: any constant would do, this one is recognisable in pg_locks.
POSTGRES_KEY = int.from_bytes(b"kvschema", "big")
MYSQL_NAME = "kontaktverwaltung_schema:"


class _Lock(Protocol):
    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...


@contextlib.contextmanager
def migration_lock(database: pw.Database, url: str, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the database-wide schema lock for the block; ``on_wait`` is told once if another
    client holds it (so the window can say what it is waiting for).

    Raises DatabaseUnavailable when another client holds it for longer than WAIT_SECONDS.
    """
    lock = _lock_for(database, url)
    if not lock.try_acquire():
        if on_wait is not None:
            on_wait()
        log.info("waiting for another client to finish updating the schema of %s", describe_url(url))
        deadline = time.monotonic() + WAIT_SECONDS
        while not lock.try_acquire():
            left = deadline - time.monotonic()
            if left <= 0:
                raise _busy(url)
            time.sleep(min(POLL_SECONDS, left))
    try:
        yield
    finally:
        try:
            lock.release()
        except pw.DatabaseError:
            # Only a broken connection gets here. Closing it ends the session, and the lock with it.
            with contextlib.suppress(pw.DatabaseError):
                database.close()


def lock_file_of(database_file: str | Path) -> Path:
    path = Path(database_file)
    return path.with_name(path.name + ".migrate.lock")


def _lock_for(database: pw.Database, url: str) -> _Lock:
    if isinstance(database, pw.PostgresqlDatabase):
        return _PostgresLock(database)
    if isinstance(database, pw.MySQLDatabase):
        return _MySQLLock(database)
    if database.database == ":memory:":
        return _NoLock()  # a private in-memory database has no second client
    return _FileLock(lock_file_of(database.database), url)


def _busy(url: str) -> DatabaseUnavailable:
    seconds = f"{WAIT_SECONDS:g}"
    return DatabaseUnavailable(
        Problem.of(
            T(
                "Die Datenbank „{url}“ wird gerade von einem anderen Arbeitsplatz aktualisiert und ist "
                "nach {seconds} Sekunden noch nicht fertig. Bitte in ein paar Minuten erneut öffnen."
            ),
            "db",
            url=describe_url(url),
            seconds=seconds,
        )
    )


class _PostgresLock:
    def __init__(self, database: pw.Database) -> None:
        self.database = database

    def try_acquire(self) -> bool:
        row = self.database.execute_sql("SELECT pg_try_advisory_lock(%s)", (POSTGRES_KEY,)).fetchone()
        return bool(row[0])

    def release(self) -> None:
        self.database.execute_sql("SELECT pg_advisory_unlock(%s)", (POSTGRES_KEY,))


class _MySQLLock:
    _NAME = "LEFT(CONCAT(%s, DATABASE()), 64)"

    def __init__(self, database: pw.Database) -> None:
        self.database = database

    def try_acquire(self) -> bool:
        row = self.database.execute_sql(f"SELECT GET_LOCK({self._NAME}, 0)", (MYSQL_NAME,)).fetchone()
        return row[0] == 1  # 0: held by another session; NULL: an error

    def release(self) -> None:
        self.database.execute_sql(f"SELECT RELEASE_LOCK({self._NAME})", (MYSQL_NAME,))


class _NoLock:
    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass


class _FileLock:
    """An operating-system lock on a file; the system lets go of it when the process ends."""

    def __init__(self, path: Path, url: str) -> None:
        self.path = path
        self.url = url
        self.fd: int | None = None

    def try_acquire(self) -> bool:
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise DatabaseUnavailable(
                    Problem.of(
                        T(
                            "Die Sperrdatei „{path}“ für die Aktualisierung der Datenbank "
                            "„{value}“ kann nicht angelegt werden: {strerror}"
                        ),
                        "db",
                        path=self.path,
                        value=describe_url(self.url),
                        strerror=error.strerror,
                    )
                ) from error
            if not _try_lock_file(fd):
                os.close(fd)
                return False
            # The holder before us removes the file on release, maybe after we opened it: a lock on
            # a removed file guards nothing, so take the one now at the path instead.
            if _is_file_at(fd, self.path):
                self.fd = fd
                return True
            os.close(fd)

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            _unlock_file(fd)
            os.close(fd)
            # Fails while a waiting client has the file open; it then simply stays for the next one.
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            # Removed while still locked, so a waiter that opened it notices (see try_acquire).
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(fd)  # lets go of the lock


def _is_file_at(fd: int, path: Path) -> bool:
    try:
        at_path = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (opened.st_dev, opened.st_ino) == (at_path.st_dev, at_path.st_ino)


if sys.platform == "win32":
    import msvcrt

    def _try_lock_file(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock_file(fd: int) -> bool:
        # flock, not fcntl/lockf: those belong to the process, so a second open in the same
        # process would get the lock too, and closing any descriptor of the file would drop it.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
