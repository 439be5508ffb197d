"""Opening a database from a URL; the one DatabaseProxy every model is bound to."""

from __future__ import annotations

import contextlib
import datetime
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlparse

import peewee

from kontaktverwaltung.domain.errors import ConflictError, ConnectionLost, DatabaseUnavailable, Problem
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.domain.urls import (
    APP_NAME,
    backend_of,
    default_database_path,
    default_url,
    describe_url,
    sqlite_url,
)
from kontaktverwaltung.store import load_the_postgresql_driver, url_module

__all__ = ["APP_NAME", "backend_of", "default_database_path", "default_url", "describe_url", "sqlite_url"]

# Services translate this (a unique index refused a row) into a message at the field.
IntegrityError = peewee.IntegrityError


class _Proxy(peewee.DatabaseProxy):
    """The one proxy every model is bound to. A thread may put another database in front of it
    for itself (``bound_here``): the sync (R14) works on the server and on the offline copy from
    a worker thread while the window goes on with the database it has."""

    __slots__ = ("_here",)

    def __init__(self) -> None:
        object.__setattr__(self, "_here", threading.local())
        super().__init__()

    def __setattr__(self, attr: str, value: Any) -> None:
        object.__setattr__(self, attr, value)

    @property
    def obj(self) -> Any:
        here = getattr(self._here, "db", None)
        return here if here is not None else peewee.Proxy.obj.__get__(self)  # type: ignore[misc]

    @obj.setter
    def obj(self, value: Any) -> None:
        peewee.Proxy.obj.__set__(self, value)  # type: ignore[misc]


database = _Proxy()


_LINK_ERRORS = (peewee.OperationalError, peewee.InterfaceError)

# Two transactions that waited for each other: the server rolled one back (nothing of it is saved).
COLLISION = T(
    "Jemand anderer hat im selben Moment dieselben Daten gespeichert. Es wurde nichts gespeichert; "
    "bitte neu laden und noch einmal versuchen."
)
_MYSQL_COLLISIONS = {1213, 1205}  # deadlock found; lock wait timeout
_PG_COLLISIONS = {"40001", "40P01"}  # serialization failure; deadlock detected


class SaveCollision(ConflictError):
    """The server rolled the transaction back to break a deadlock (or a lock wait ran out): a
    conflict like a changed version, and like it, worth one more try with fresh data."""

    def __init__(self) -> None:
        super().__init__(Problem.of(COLLISION))


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error and the driver's exceptions behind it (peewee passes MariaDB's as the first
    argument, PostgreSQL's as the exception it was raised while handling)."""
    seen: list[BaseException] = []
    pending = [error]
    while pending and len(seen) < 8:
        current_error = pending.pop()
        if any(current_error is s for s in seen):
            continue
        seen.append(current_error)
        yield current_error
        pending.extend(a for a in current_error.args[:1] if isinstance(a, BaseException))
        pending.extend(e for e in (current_error.__cause__, current_error.__context__) if e is not None)


def is_collision(error: BaseException) -> bool:
    """A deadlock or serialization failure, as MariaDB/MySQL or PostgreSQL report it."""
    for candidate in _chain(error):
        code = getattr(candidate, "pgcode", None)
        if code in _PG_COLLISIONS:
            return True
        args = candidate.args
        if args and isinstance(args[0], int) and args[0] in _MYSQL_COLLISIONS:
            return True
    return False


def is_transient(error: BaseException) -> bool:
    """An error that passes by itself: a collision, a SQLite file locked or busy, a lost link."""
    if isinstance(error, (SaveCollision, ConnectionLost)) or is_collision(error):
        return True
    text = str(error).lower()
    return isinstance(error, peewee.OperationalError) and ("locked" in text or "busy" in text)


Result = TypeVar("Result")


def retrying(use_case: Callable[[], Result], attempts: int = 3) -> Result:
    """Run a use case that reads and locks its rows inside its own transaction; when the server
    broke a deadlock by rolling it back, run it again (it reads afresh), at most ``attempts``
    times in all. The last collision reaches the caller as a conflict (never a raw error)."""
    for attempt in range(1, attempts + 1):
        try:
            return use_case()
        except SaveCollision:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")


# A server with every connection slot taken refuses new ones for a moment: PostgreSQL says so only
# in words (no SQLSTATE reaches the client while connecting), MariaDB/MySQL with a number.
_PG_FULL = re.compile(r"too many clients|too many connections|remaining connection slots", re.IGNORECASE)
_MYSQL_FULL = {1040, 1203, 1226}  # too many connections; a user's max_user_connections reached
FULL_SERVER_PATIENCE = 5.0  # seconds a connection waits for a free slot (like CONNECT_TIMEOUT)


def server_full(error: BaseException) -> bool:
    """Whether connecting failed because the server has no free connection slot right now."""
    for candidate in _chain(error):
        args = candidate.args
        if args and isinstance(args[0], int):
            if args[0] in _MYSQL_FULL:
                return True
        elif _PG_FULL.search(str(candidate)):
            return True
    return False


class _CountingMixin:
    """Counts the SQL statements sent, so tests and benchmarks can prove a load is O(1) in queries,
    and survives a lost server (B6): a read outside a transaction is sent once more on a new
    connection; anything else becomes :class:`ConnectionLost` (inside a transaction: nothing
    committed). A server that is full for a moment is asked again (see ``_connect``)."""

    query_count = 0  # every thread's

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._sent_here = threading.local()  # per thread: what counting_queries counts
        super().__init__(*args, **kwargs)

    def queries_sent_here(self) -> int:
        """The statements the calling thread has sent on this database (a background load running
        meanwhile does not count)."""
        return int(getattr(self._sent_here, "count", 0))

    def _connect(self) -> Any:
        """A server whose connection slots are all taken is asked again for a few seconds before
        that is reported: connections come and go (every background read closes its own), and a
        preview or an import failing because another program held the last slot for a moment
        would leave the user nothing to retry but starting over."""
        deadline = time.monotonic() + FULL_SERVER_PATIENCE
        pause = 0.05
        while True:
            try:
                return super()._connect()  # type: ignore[misc]
            except Exception as error:
                if not server_full(error) or time.monotonic() + pause > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        self.query_count += 1
        self._sent_here.count = getattr(self._sent_here, "count", 0) + 1
        try:
            return super().execute_sql(sql, params, *args, **kwargs)  # type: ignore[misc]
        except _LINK_ERRORS as error:
            database: peewee.Database = self  # type: ignore[assignment]
            if not connection_broken(database):
                raise
            in_transaction = database.in_transaction()
            if not in_transaction:
                drop_connection(database)
            if in_transaction or not _is_read(sql):  # a write may have arrived: never send it twice
                raise ConnectionLost(str(error)) from error
        try:  # a read outside a transaction: once more, on a fresh connection
            return super().execute_sql(sql, params, *args, **kwargs)  # type: ignore[misc]
        except _LINK_ERRORS as error:
            if connection_broken(database) and not database.in_transaction():
                drop_connection(database)
            raise ConnectionLost(str(error)) from error


def _is_read(sql: str) -> bool:
    return sql.lstrip().upper().startswith(("SELECT", "WITH", "SHOW", "PRAGMA"))


def connection_broken(database: peewee.Database) -> bool:
    """Whether the calling thread's connection to a server is gone (or could not be made).

    A SQLite file is never "lost": its errors (locked, disk full) are reported as they are."""
    if isinstance(database, peewee.SqliteDatabase):
        return False
    state: Any = database._state  # type: ignore[attr-defined]  # peewee's per-thread connection
    conn = state.conn
    if conn is None or state.closed:
        return True
    if isinstance(database, peewee.PostgresqlDatabase):
        return bool(conn.closed)
    return not getattr(conn, "open", True)  # PyMySQL drops its socket when the link breaks


def drop_connection(database: peewee.Database) -> None:
    """Forget the calling thread's dead connection; the next statement connects anew."""
    state: Any = database._state  # type: ignore[attr-defined]
    conn = state.conn
    state.reset()
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()


class CountingSqliteDatabase(_CountingMixin, peewee.SqliteDatabase):
    pass


# The file name ending of an offline copy (store/sync.py): opened as such wherever it is opened.
OFFLINE_SUFFIX = ".offline.sqlite3"


def offline_ids(table: str, count: int) -> list[int] | None:
    """On an offline copy (R14): ids for ``count`` new rows of ``table`` from the blocks the copy
    reserved on its server, so rows made offline keep their ids there. None elsewhere (the
    database hands ids out itself)."""
    take = getattr(current(), "take_ids", None)
    return take(table, count) if take is not None else None


class CountingPostgresqlDatabase(_CountingMixin, peewee.PostgresqlDatabase):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        load_the_postgresql_driver()  # peewee was imported without it (kontaktverwaltung/store/__init__.py)
        super().__init__(*args, **kwargs)


class CountingMySQLDatabase(_CountingMixin, peewee.MySQLDatabase):
    pass


_SCHEMES = {
    "sqlite": CountingSqliteDatabase,
    "postgres": CountingPostgresqlDatabase,
    "postgresql": CountingPostgresqlDatabase,
    "mysql": CountingMySQLDatabase,
}


def _connect_server(url: str, **params: Any) -> peewee.Database:
    """A server's database from its URL, through playhouse's URL parsing (imported at the first
    server URL: store.url_module), as one of the counting databases above."""
    db_url = url_module()
    for name, cls in _SCHEMES.items():
        db_url.register_database(cls, name)
    database: peewee.Database = db_url.connect(url, unquote_password=True, unquote_user=True, **params)
    return database


# SQLite: WAL so readers never block the writer; foreign keys on; wait instead of failing
# when another process holds the write lock; NORMAL sync is crash-safe in WAL mode.
# The switch to WAL is made by open_database once the schema is known to be ours (a database of a
# newer app is left exactly as it was); it lasts in the file.
SQLITE_PRAGMAS = {
    "busy_timeout": 10_000,
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -64_000,
}


CONNECT_TIMEOUT = 5  # seconds: a server that does not answer is reported, not waited for
# A server gone without a word (network down) is noticed by TCP keepalives within ~25 s.
_PG_LINK_PARAMS = {
    "connect_timeout": CONNECT_TIMEOUT,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,  # ms: data sent but not acknowledged (a vanished network) ends the link
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
            if path.endswith(OFFLINE_SUFFIX):  # a workstation's offline copy of a server (R14)
                from kontaktverwaltung.store.sync import OfflineCopyDatabase

                return OfflineCopyDatabase(str(Path(path).expanduser()), pragmas=SQLITE_PRAGMAS)
            return CountingSqliteDatabase(
                str(Path(path).expanduser()) if path != ":memory:" else path, pragmas=SQLITE_PRAGMAS
            )
        if backend == "mysql":
            database = _connect_server(url, charset="utf8mb4")
            if "passwd" in database.connect_params:  # playhouse's old name; PyMySQL warns about it
                database.connect_params["password"] = database.connect_params.pop("passwd")
            database.connect_params.setdefault("connect_timeout", CONNECT_TIMEOUT)
            return database
        if backend == "postgresql":
            database = _connect_server(url)
            for name, value in _PG_LINK_PARAMS.items():
                database.connect_params.setdefault(name, value)
            return database
    except (ValueError, RuntimeError) as error:
        raise DatabaseUnavailable(_bad_url(url, str(error))) from error
    except OSError as error:  # the folder for the SQLite file cannot be made
        raise DatabaseUnavailable(
            Problem.of(
                T("Der Ordner für die Datenbank „{url}“ kann nicht angelegt werden: {strerror}"),
                "db",
                url=describe_url(url),
                strerror=error.strerror,
            )
        ) from error
    raise DatabaseUnavailable(_bad_url(url, "unknown scheme"))


def _redacted(url: str) -> str:
    """The URL as typed, without a password."""
    return re.sub(r"(//[^:/@]*):[^@/]*@", r"\1@", url)


def bad_url(url: str, error: Exception) -> DatabaseUnavailable:
    """A URL whose options the driver refused when connecting (``?0``, ``?connect_timeout=x``)."""
    return DatabaseUnavailable(_bad_url(url, str(error)))


def _bad_url(url: str, detail: str) -> Problem:
    return Problem.of(
        T(
            "„{url}“ ist keine gültige Datenbank-Adresse ({detail}). Erlaubt sind "
            "sqlite:////pfad/datei.sqlite3, postgresql://benutzer@host/datenbank und "
            "mysql://benutzer@host/datenbank."
        ),
        "db",
        url=_redacted(url),
        detail=detail,
    )


_bind_lock = threading.Lock()
_binding = 0  # how many times a database was bound (or the bound one closed for good) in this process


def bind(db: peewee.Database) -> None:
    global _binding
    with _bind_lock:
        database.initialize(db)
        _binding += 1


def unbound() -> None:
    """The bound database was closed for good: what was read from it belongs to no window now."""
    global _binding
    with _bind_lock:
        _binding += 1


def binding() -> int:
    """Which database is bound: a number that changes whenever another one is bound or the bound
    one is closed for good (0: none ever was). A background read started under one number and
    finished under another read from a database that is gone."""
    return _binding


@contextlib.contextmanager
def bound_here(db: peewee.Database) -> Iterator[peewee.Database]:
    """Models used by the calling thread work on ``db`` until the block ends; other threads keep
    the database bound for all (a sync in a worker thread, R14)."""
    local = database._here
    before = getattr(local, "db", None)
    local.db = db
    try:
        yield db
    finally:
        local.db = before


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
    """One use case, one transaction: all or nothing.

    When the server goes away meanwhile, nothing was committed: the error is :class:`ConnectionLost`
    and, once the outermost transaction has ended, the dead connection is dropped so that the next
    use case connects anew (B6)."""
    database = current()
    # SQLite: take the write lock at BEGIN. A transaction that read first and then writes cannot
    # wait for another process's write lock (it would deadlock), so it fails "database is locked"
    # at once; BEGIN IMMEDIATE waits for the lock (busy_timeout) instead (two processes, one file).
    lock = ("IMMEDIATE",) if isinstance(database, peewee.SqliteDatabase) else ()
    # An offline copy records each row change for the next sync (R14); one use case is one unit.
    units = getattr(database, "next_unit", None) if database.transaction_depth() == 0 else None
    try:
        with contextlib.ExitStack() as stack:
            _begin(stack, database, lock)
            if units is not None:
                units()
            yield
            if units is not None:
                units()  # plain SQL after this use case is a unit of its own
    except (*_LINK_ERRORS, ConnectionLost) as error:
        if is_collision(error) and database.transaction_depth() == 0:
            raise SaveCollision() from error
        if not connection_broken(database):
            raise
        if database.transaction_depth() == 0:
            drop_connection(database)
        if isinstance(error, ConnectionLost):
            raise
        raise ConnectionLost(str(error)) from error
    except Exception as error:  # psycopg2's deadlock error is not one of peewee's classes
        if is_collision(error) and database.transaction_depth() == 0:
            raise SaveCollision() from error
        raise


def among(field: peewee.Field, values: list[Any]) -> list[peewee.Expression]:
    """``field IN values`` as few expressions as the backend allows (their union is the whole):
    SQLite and PostgreSQL take all values as one parameter (a JSON array; an array), so one
    statement serves thousands of rows and peewee builds no long list; MariaDB/MySQL gets lists of
    up to 10,000 (about 70 kB of SQL; its range optimizer keeps them in well under its 8 MB), so a
    merge of contacts with thousands of links still sends one statement per table.
    Sorted, the rows are looked up in key order and neighbours share pages."""
    values = sorted(values)
    db = current()
    if isinstance(db, peewee.SqliteDatabase):
        return [field.in_(peewee.SQL("(SELECT value FROM json_each(?))", [json.dumps(values)]))]
    if isinstance(db, peewee.PostgresqlDatabase):
        return [field == peewee.SQL("ANY(%s)", [values])]
    step = MYSQL_IN_LIST
    return [_in_list(field, values[start : start + step]) for start in range(0, len(values), step)] or [field.in_([])]


def _in_list(field: peewee.Field, values: list[Any]) -> peewee.Expression:
    """``field IN (…)``; ids written into the SQL as digits (peewee takes ~8 µs per parameter it
    builds, 35 ms for a merge's 4,000 history entries; the query itself about as much)."""
    if all(type(v) is int for v in values):
        return field.in_(peewee.SQL(f"({','.join(map(str, values))})"))
    return field.in_(values)


MYSQL_IN_LIST = 10_000  # values in one IN list on MariaDB/MySQL (``among``)


def lock_rows(query: Any) -> Any:
    """``query`` as SELECT … FOR UPDATE on a server: the rows read are the rows written, until
    commit. SQLite needs none: its write transactions begin IMMEDIATE, one at a time."""
    if isinstance(current(), peewee.SqliteDatabase):
        return query
    return query.for_update()


def _begin(stack: contextlib.ExitStack, database: peewee.Database, lock: tuple[str, ...]) -> None:
    """Enter the transaction. A connection that died while idle (a server restarted overnight, a
    firewall dropping idle links) fails at BEGIN, before anything was sent: the outermost
    transaction then begins once more on a new connection instead of reporting a lost server."""
    outermost = database.transaction_depth() == 0
    try:
        stack.enter_context(database.atomic(*lock))
    except _LINK_ERRORS:
        if not (outermost and connection_broken(database)):
            raise
        drop_connection(database)
        stack.enter_context(database.atomic(*lock))


@contextlib.contextmanager
def counting_queries() -> Iterator[list[int]]:
    """``with counting_queries() as n: …`` then ``n[0]`` is the number of statements the calling
    thread sent meanwhile; a background load running at the same time does not inflate it."""
    db = current()

    def sent() -> int:
        return db.queries_sent_here() if isinstance(db, _CountingMixin) else 0

    start = sent()
    box = [0]
    try:
        yield box
    finally:
        box[0] = sent() - start


def now() -> datetime.datetime:
    """Timestamps in whole seconds (local time): every backend stores them exactly, so undo compares equal."""
    return datetime.datetime.now().replace(microsecond=0)


# What the drivers say when a connection is refused. MariaDB/MySQL give error numbers; libpq gives
# English text (its connection errors carry no SQLSTATE), so PostgreSQL is told apart by wording.
_MYSQL_UNREACHABLE = {2003, 2005, 2006, 2013}  # no server there, unknown host, gone, lost at connect
_MYSQL_LOGIN_REFUSED = {1045, 1698}  # wrong password, or a user that does not exist
_MYSQL_NO_RIGHTS = 1044  # the user may not use that database
_MYSQL_NO_DATABASE = 1049
_PG_LOGIN_REFUSED = re.compile(r"password authentication failed|role \".*\" does not exist|no password supplied")
_PG_NO_DATABASE = re.compile(r"database \".*\" does not exist")
_PG_UNREACHABLE = re.compile(
    r"Connection refused|could not translate host name|timeout expired|No route to host|"
    r"Network is unreachable|could not connect to server|Connection timed out",
    re.IGNORECASE,
)


def _driver_detail(error: Exception) -> tuple[int | None, str]:
    """The driver's error number (MariaDB/MySQL) and its text, without the tuple around it."""
    args = error.args
    if len(args) >= 2 and isinstance(args[0], int):
        return args[0], str(args[1])
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return None, lines[0] if lines else type(error).__name__  # libpq adds an English hint line


def unreachable(url: str, error: Exception) -> DatabaseUnavailable:
    """A connection that failed, worded for the user: the server not reachable, user or password
    wrong, the database missing on the server, or no right to use it; else the driver's words."""
    code, detail = _driver_detail(error)
    where = describe_url(url)
    parsed = urlparse(url) if backend_of(url) != "sqlite" else None
    if parsed is not None:
        try:
            server = (
                f"{parsed.hostname or 'localhost'}:{parsed.port}" if parsed.port else parsed.hostname or "localhost"
            )
        except ValueError:
            server = parsed.hostname or "localhost"
        name = parsed.path.lstrip("/")
        user = unquote(parsed.username or "")
        if code in _MYSQL_LOGIN_REFUSED or (code is None and _PG_LOGIN_REFUSED.search(detail)):
            return DatabaseUnavailable(
                Problem.of(
                    T("Der Server „{server}“ lehnt die Anmeldung ab: Benutzername „{user}“ oder Passwort ist falsch."),
                    "db",
                    server=server,
                    user=user,
                )
            )
        if code == _MYSQL_NO_DATABASE or (code is None and _PG_NO_DATABASE.search(detail)):
            return DatabaseUnavailable(
                Problem.of(
                    T(
                        "Auf dem Server „{server}“ gibt es keine Datenbank „{name}“. Bitte den "
                        "Namen prüfen oder die Datenbank anlegen lassen."
                    ),
                    "db",
                    server=server,
                    name=name,
                )
            )
        if code == _MYSQL_NO_RIGHTS:
            return DatabaseUnavailable(
                Problem.of(
                    T("Der Benutzer „{user}“ darf die Datenbank „{name}“ auf „{server}“ nicht verwenden."),
                    "db",
                    user=user,
                    name=name,
                    server=server,
                )
            )
        if code in _MYSQL_UNREACHABLE or (code is None and _PG_UNREACHABLE.search(detail)):
            return DatabaseUnavailable(
                Problem.of(
                    T(
                        "Die Datenbank „{where}“ ist nicht erreichbar: Läuft der Server, und "
                        "stimmen Host und Port? ({detail})"
                    ),
                    "db",
                    where=where,
                    detail=detail,
                )
            )
    return DatabaseUnavailable(
        Problem.of(T("Die Datenbank „{where}“ ist nicht erreichbar: {detail}"), "db", where=where, detail=detail)
    )
