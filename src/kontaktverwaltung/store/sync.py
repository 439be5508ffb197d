"""The offline copy of a shared server and its sync (R14). Design and reasons: docs/offline.md.

The copy is a SQLite file with the server's schema (the normal open and migrate path) plus four
tables of its own:

- ``sync_state``: one row: the copy's id, the unit counter, the "muted" flag, the checkpoint in
  the server's change log (and the line numbers below it not yet visible then, ``gaps``).
- ``sync_outbox``: every row change made on the copy, in order, written by triggers (so plain SQL
  counts too): table, row id, op, the row before and after (all columns, JSON), and the unit (one
  use case, numbered by ``store.db.transaction``). Triggers stay silent while ``muted`` is set:
  rows received from the server are not changes to send back.
- ``sync_ids``: id ranges reserved on the server per table; rows made on the copy take their ids
  from there, so they keep them on the server and never collide with anyone else's.
- ``sync_conflict``: changes the server did not take as they were, listed until decided.

A sync sends the outbox unit by unit, each in one server transaction that also writes the unit's
change id into ``sync_applied`` (a resumed sync skips what the server has), then receives what the
server's change log names since the checkpoint, writing it into the copy muted.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import logging
import os
import sqlite3
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from kontaktverwaltung.domain.contact import derived_columns, location_search_text
from kontaktverwaltung.domain.errors import ConnectionLost, DatabaseUnavailable, Problem
from kontaktverwaltung.domain.live import EVERYTHING
from kontaktverwaltung.domain.messages import Message, T, msg
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.live import TABLE as CHANGE_LOG
from kontaktverwaltung.store.live import create_change_log, drop_sqlite_change_triggers
from kontaktverwaltung.store.models import ALL_MODELS, BaseModel, SchemaVersion, Versioned

log = logging.getLogger(__name__)

# The data tables the copy holds, parents before children (ALL_MODELS' order).
COPY_TABLES: tuple[type[BaseModel], ...] = tuple(m for m in ALL_MODELS if m is not SchemaVersion)
MODELS: dict[str, type[BaseModel]] = {m._meta.table_name: m for m in COPY_TABLES}
# Columns that follow from others (search texts, phonetic key): never compared, computed anew on
# the server after a unit from what was merged there.
DERIVED = {"contact": frozenset({"search_text", "search_name", "name_key"}), "location": frozenset({"search_text"})}
# A record's bookkeeping: the version a save checks and when it was saved. Per-column comparison
# replaces the version check; the server counts its own version on.
BOOKKEEPING = frozenset({"version", "updated_at"})
# Tables whose rows the change log names with their customer (store/live.py); the rest of the
# copy tables (no triggers there) are compared whole at each receive; import_batch_part by id only
# (an import's rows are written once and never changed).
CUSTOMER_SCOPED = {
    "customer": "id",
    "customer_document": "customer_id",
    "location": "customer_id",
    "contact": "customer_id",
    "contact_channel": None,  # through its contact
    "job": "customer_id",
    "history_entry": "customer_id",
}
WRITE_ONCE = frozenset({"import_batch_part"})
# Ids reserved on the server per block; a new block when less than half is left at a sync.
BLOCK = {"history_entry": 20_000, "contact_channel": 20_000, "customer_role": 1_000}
DEFAULT_BLOCK = 10_000
CHUNK = 2_000
GAP_WINDOW = 2_000  # lines below the checkpoint that may still appear (long transactions)
KEEP_GAPS = 500
KEEP_APPLIED_DAYS = 180  # a copy whose sync was cut off resumes within half a year without doubles


def copy_path(data_folder: Path, server_url: str) -> Path:
    """The copy of this server (named by its URL without password) in the user's data folder."""
    name = hashlib.sha256(redacted(server_url).encode()).hexdigest()[:16]
    return data_folder / "offline" / f"{name}{dbmod.OFFLINE_SUFFIX}"


def redacted(url: str) -> str:
    return dbmod._redacted(url)


# --- the copy's own tables and triggers -----------------------------------------------------------

_SYNC_TABLES = (
    "CREATE TABLE IF NOT EXISTS sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), copy_id TEXT NOT NULL, "
    "server TEXT NOT NULL, unit INTEGER NOT NULL DEFAULT 0, muted INTEGER NOT NULL DEFAULT 0, "
    "checkpoint INTEGER NOT NULL DEFAULT 0, gaps TEXT NOT NULL DEFAULT '[]', filled_at TEXT, synced_at TEXT)",
    "CREATE TABLE IF NOT EXISTS sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, unit INTEGER NOT NULL, "
    "tbl TEXT NOT NULL, row_id INTEGER NOT NULL, op TEXT NOT NULL, old TEXT, new TEXT)",
    "CREATE INDEX IF NOT EXISTS sync_outbox_row ON sync_outbox (tbl, row_id)",
    "CREATE TABLE IF NOT EXISTS sync_ids (tbl TEXT NOT NULL, next_id INTEGER NOT NULL, last_id INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sync_conflict (id INTEGER PRIMARY KEY AUTOINCREMENT, change_id TEXT NOT NULL, "
    "tbl TEXT NOT NULL, row_id INTEGER NOT NULL, kind TEXT NOT NULL, fields TEXT NOT NULL, what TEXT NOT NULL, "
    "entries TEXT NOT NULL, at TEXT NOT NULL)",
)


def _columns(copy: pw.Database, table: str) -> list[tuple[str, bool]]:
    """(column, is a blob) of a copy table as it is in the file."""
    rows = copy.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
    return [(r[1], str(r[2]).upper() == "BLOB") for r in rows]


def _json_of(columns: list[tuple[str, bool]], row: str) -> str:
    parts = []
    for name, blob in columns:
        value = f'hex({row}."{name}")' if blob else f'{row}."{name}"'
        parts.append(f"'{name}', {value}")
    return f"json_object({', '.join(parts)})"


def _outbox_triggers(copy: pw.Database) -> list[str]:
    statements = []
    quiet = "(SELECT muted FROM sync_state) = 0"
    unit = "(SELECT unit FROM sync_state)"
    for model in COPY_TABLES:
        t = model._meta.table_name
        cols = _columns(copy, t)
        changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c, _ in cols)
        insert = "INSERT INTO sync_outbox (unit, tbl, row_id, op, old, new) VALUES"
        statements += [
            f"CREATE TRIGGER IF NOT EXISTS sync_out_{t}_ins AFTER INSERT ON {t} WHEN {quiet} BEGIN "
            f"{insert} ({unit}, '{t}', NEW.id, 'I', NULL, {_json_of(cols, 'NEW')}); END",
            f"CREATE TRIGGER IF NOT EXISTS sync_out_{t}_upd AFTER UPDATE ON {t} WHEN {quiet} AND ({changed}) "
            f"BEGIN {insert} ({unit}, '{t}', NEW.id, 'U', {_json_of(cols, 'OLD')}, {_json_of(cols, 'NEW')}); END",
            f"CREATE TRIGGER IF NOT EXISTS sync_out_{t}_del AFTER DELETE ON {t} WHEN {quiet} BEGIN "
            f"{insert} ({unit}, '{t}', OLD.id, 'D', {_json_of(cols, 'OLD')}, NULL); END",
        ]
    return statements


def _drop_outbox_triggers(copy: pw.Database) -> None:
    for model in COPY_TABLES:
        for op in ("ins", "upd", "del"):
            copy.execute_sql(f"DROP TRIGGER IF EXISTS sync_out_{model._meta.table_name}_{op}")


class OfflineCopyDatabase(dbmod.CountingSqliteDatabase):
    """A workstation's offline copy of a server (R14), however it is opened (the suffix of its
    file name says so): a use case is one unit of the outbox (``store.db.transaction`` calls
    ``next_unit`` at its start and end), and new rows take ids the server reserved for the copy."""

    def next_unit(self) -> None:
        self.execute_sql("UPDATE sync_state SET unit = unit + 1")

    def take_ids(self, table: str, count: int) -> list[int]:
        """``count`` ids for new rows of ``table``, from the copy's reserved ranges (inside the
        caller's write transaction). Ranges used up (a very long time offline): the ids after the
        highest ever used; the server refuses such a row at the sync if another took its id
        meanwhile, and the conflict list says so."""
        taken: list[int] = []
        ranges = self.execute_sql(
            "SELECT rowid, next_id, last_id FROM sync_ids WHERE tbl = ? AND next_id <= last_id ORDER BY next_id",
            (table,),
        ).fetchall()
        for rowid, first, last in ranges:
            n = min(count - len(taken), last - first + 1)
            taken.extend(range(first, first + n))
            self.execute_sql("UPDATE sync_ids SET next_id = ? WHERE rowid = ?", (first + n, rowid))
            if len(taken) == count:
                return taken
        highest = self.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()[0] or 0
        reserved = self.execute_sql("SELECT MAX(last_id) FROM sync_ids WHERE tbl = ?", (table,)).fetchone()[0] or 0
        start = max(int(highest), int(reserved), *(taken or [0])) + 1
        missing = count - len(taken)
        self.execute_sql(
            "INSERT INTO sync_ids (tbl, next_id, last_id) VALUES (?, ?, ?)",
            (table, start + missing, start + missing - 1),
        )
        return taken + list(range(start, start + missing))


# --- values ------------------------------------------------------------------------------------


def _fields(model: type[BaseModel]) -> list[pw.Field]:
    return list(model._meta.sorted_fields)


def _blob(f: pw.Field) -> bool:
    return isinstance(f, pw.BlobField)


def py_value(f: pw.Field, raw: Any) -> Any:
    """A value as the app's model gives it, from any driver (1 → True, text → datetime …)."""
    if raw is None:
        return None
    if _blob(f):
        return bytes(raw)
    if isinstance(f, pw.ForeignKeyField):
        return int(raw)
    return f.python_value(raw)


def json_value(f: pw.Field, raw: Any) -> Any:
    """A value of the outbox's JSON (blobs there as hex)."""
    if raw is not None and _blob(f):
        return bytes.fromhex(raw)
    return py_value(f, raw)


def stored(value: Any) -> Any:
    """A Python value as the copy stores it (and as JSON can hold it, but for bytes)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.datetime):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (memoryview, bytearray)):
        return bytes(value)
    return value


def plain(value: Any) -> Any:
    """A Python value as JSON holds it (for conflicts: mine and the server's)."""
    value = stored(value)
    return value.hex() if isinstance(value, bytes) else value


def _server_param(f: pw.Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(f, pw.ForeignKeyField):
        return int(value)
    return f.db_value(value)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime.datetime) and isinstance(b, datetime.datetime):
        return a.replace(microsecond=0) == b.replace(microsecond=0)
    return bool(a == b)


def _q(database: pw.Database, name: str) -> str:
    return f"{database.quote[0]}{name}{database.quote[1]}"


# --- opening --------------------------------------------------------------------------------------


def connect_server(url: str) -> pw.Database:
    """The server on a connection of the sync's own (never the app's), schema checked and brought
    up to date as any open does."""
    from kontaktverwaltung.store.schema import ensure_schema

    server = dbmod.connect_url(url)
    try:
        server.connect()
    except (pw.OperationalError, pw.InterfaceError) as error:
        raise dbmod.unreachable(url, error) from error
    try:
        with dbmod.bound_here(server):
            ensure_schema(server, url)
    except BaseException:
        server.close()
        raise
    return server


def _state(path: Path, sql: str) -> Any:
    """One value of the copy's ``sync_state``, read without locking the copy (None: no copy, or unreadable)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            row = conn.execute(sql).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def is_filled(path: Path) -> bool:
    """Whether the copy at ``path`` exists and its first fill was completed."""
    return bool(_state(path, "SELECT filled_at FROM sync_state"))


def synced_at(path: Path) -> datetime.datetime | None:
    """When the copy last took the server's changes."""
    value = _state(path, "SELECT synced_at FROM sync_state WHERE filled_at IS NOT NULL")
    return datetime.datetime.fromisoformat(value) if value else None


def pending_units(path: Path) -> int:
    """Use cases on the copy waiting to be sent (one read; works without the server)."""
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            row = conn.execute("SELECT COUNT(DISTINCT unit) FROM sync_outbox").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row else 0


def open_copy(path: Path) -> OfflineCopyDatabase:
    """The copy, connected (not bound), its schema brought up to date and its recording on."""
    copy = OfflineCopyDatabase(str(path), pragmas=dbmod.SQLITE_PRAGMAS)
    copy.connect()
    try:
        prepare_copy(copy, dbmod.sqlite_url(path))
    except BaseException:
        copy.close()
        raise
    return copy


def prepare_copy(copy: OfflineCopyDatabase, url: str) -> None:
    """The schema of a copy brought up to date (its recording off meanwhile: a migration's own
    writes are no changes to send), then every table recorded again, with its columns now."""
    from kontaktverwaltung.store.schema import LATEST, ensure_schema, stored_version

    with dbmod.bound_here(copy):
        if stored_version(copy) != LATEST:
            _drop_outbox_triggers(copy)
            ensure_schema(copy, url)
        elif _outbox_trigger_count(copy) == 3 * len(COPY_TABLES):
            return  # made for this schema (a migration drops them first): the window's switch to
            # the copy sends two queries instead of about sixty (issue 16)
        for statement in _outbox_triggers(copy):
            copy.execute_sql(statement)


def _outbox_trigger_count(copy: pw.Database) -> int:
    return int(
        copy.execute_sql(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_out_%'"
        ).fetchone()[0]
    )


# --- the sync -----------------------------------------------------------------------------------


@dataclass
class Entry:
    seq: int
    unit: int
    table: str
    row_id: int
    op: str  # "I", "U", "D"
    old: dict[str, Any] | None
    new: dict[str, Any] | None

    def as_json(self) -> list[Any]:
        return [self.table, self.row_id, self.op, self.old, self.new]


@dataclass
class Conflict:
    """What the server did not take as sent (JSON-able; kept in the copy until decided)."""

    table: str
    row_id: int
    kind: str  # field | delete | merge | rejected
    what: dict[str, Any]  # a Message as JSON
    fields: list[list[Any]] = field(default_factory=list)  # [column, mine, server's]
    entries: list[list[Any]] = field(default_factory=list)  # the unit, for "mine" (merge, delete, rejected)

    def as_json(self) -> dict[str, Any]:
        return {"table": self.table, "row_id": self.row_id, "kind": self.kind, "what": self.what, "fields": self.fields}


@dataclass
class Outcome:
    sent: int = 0
    received: int = 0


class _Refused(Exception):
    """The unit as a whole is not applied (a delete of a row the server changed, a refusal)."""

    def __init__(self, conflict: Conflict) -> None:
        super().__init__(conflict.kind)
        self.conflict = conflict


def message_json(message: Message) -> dict[str, Any]:
    params = {k: message_json(v) if isinstance(v, Message) else v for k, v in message.params.items()}
    return {"key": message.key, "params": params}


def message_of(data: dict[str, Any]) -> Message:
    params = {k: message_of(v) if isinstance(v, dict) and "key" in v else v for k, v in data["params"].items()}
    return msg(data["key"], **params)


def record_label(table: str, row_id: int, row: dict[str, Any] | None) -> Message:
    """How the user names the record: "Ansprechpartner Anna Berger", "Kunde K-10003 Muster GmbH"."""
    row = row or {}
    if table == "contact":
        name = " ".join(str(row.get(c) or "") for c in ("first_name", "last_name")).strip()
        return msg(T("Ansprechpartner {name}"), name=name or f"#{row_id}")
    if table == "customer":
        return msg(T("Kunde {name}"), name=f"{row.get('number', '')} {row.get('name', '')}".strip() or f"#{row_id}")
    if table == "location":
        return msg(T("Standort {name}"), name=row.get("name") or f"#{row_id}")
    if table == "job":
        return msg(T("Job {name}"), name=row.get("title") or f"#{row_id}")
    if table == "customer_role":
        return msg(T("Kundenrolle {name}"), name=row.get("name") or f"#{row_id}")
    if table == "contact_channel":
        return msg(T("E-Mail/Telefon {name}"), name=row.get("value") or f"#{row_id}")
    return msg(T("Datensatz {id} in {table}"), id=row_id, table=table)


_KIND_TEXTS = {
    "field": T("{record}: offline geändert, auf dem Server auch"),
    "edit_deleted": T("{record}: offline geändert, auf dem Server gelöscht"),
    "delete": T("{record}: offline gelöscht, auf dem Server inzwischen geändert"),
    "merge": T("{record}: offline zusammengeführt, auf dem Server inzwischen geändert"),
    "rejected": T("{record}: vom Server abgelehnt ({reason})"),
}


def _what(text: str, table: str, row_id: int, row: dict[str, Any] | None, **params: Any) -> dict[str, Any]:
    return message_json(msg(_KIND_TEXTS[text], record=record_label(table, row_id, row), **params))


class Sync:
    """One sync of one copy with its server, on connections of its own (any thread)."""

    def __init__(
        self,
        server_url: str,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        before_unit: Callable[[int], None] | None = None,
    ) -> None:
        self.url = server_url
        self.path = path
        self.progress = progress
        self.before_unit = before_unit  # tests: a kill point
        self.server: pw.Database | None = None
        self.copy: OfflineCopyDatabase | None = None

    # The whole run: connect, create or open the copy, send, receive, reserve ids.
    def run(self) -> Outcome:
        outcome = Outcome()
        self.server = connect_server(self.url)
        try:
            with self._exclusive():
                if not is_filled(self.path):
                    outcome.received = self._create()
                    return outcome
                self.copy = open_copy(self.path)
                extra: dict[str, set[int] | None] = {}
                outcome.sent = self._send(extra)
                outcome.received = self._receive(extra)
                self._reserve_ids()
                self._copy_write("UPDATE sync_state SET synced_at = ?", (str(dbmod.now()),))
                self._forget_applied()
            return outcome
        finally:
            if self.copy is not None:
                self.copy.close()
            self.server.close()

    def _forget_applied(self) -> None:
        """The server's list of applied change ids needs to reach back only as far as a sync
        cut off halfway can wait for its resumption: KEEP_APPLIED_DAYS (all copies share it)."""
        server = self.server
        assert server is not None
        before = dbmod.now() - datetime.timedelta(days=KEEP_APPLIED_DAYS)
        server.execute_sql(f"DELETE FROM sync_applied WHERE applied_at < {server.param}", (before,))

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One sync per copy at a time, across processes: a lock on the server, held by this
        connection (released when it ends, also when the process dies)."""
        server = self.server
        assert server is not None
        name = f"kv_sync_{self.path.name.split('.')[0]}"
        if isinstance(server, pw.PostgresqlDatabase):
            key = zlib.crc32(name.encode())
            server.execute_sql("SELECT pg_advisory_lock(%s)", (key,))
            try:
                yield
            finally:
                with contextlib.suppress(pw.DatabaseError, ConnectionLost):
                    server.execute_sql("SELECT pg_advisory_unlock(%s)", (key,))
            return
        if isinstance(server, pw.MySQLDatabase):
            got = server.execute_sql("SELECT GET_LOCK(%s, 120)", (name,)).fetchone()[0]
            if got != 1:
                raise DatabaseUnavailable(Problem.of(T("Eine andere Übertragung dieser Offline-Kopie läuft noch.")))
            try:
                yield
            finally:
                with contextlib.suppress(pw.DatabaseError, ConnectionLost):
                    server.execute_sql("SELECT RELEASE_LOCK(%s)", (name,))
            return
        yield

    # --- first copy -----------------------------------------------------------------------------

    def _create(self) -> int:
        """A new copy: the schema, the sync tables, id blocks, every row of the server (one
        consistent snapshot), the checkpoint; "filled" only at the very end (a copy cut off
        halfway is made anew at the next sync)."""
        from kontaktverwaltung.store.schema import create_search_indexes, drop_sqlite_search_triggers, ensure_schema

        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{self.path}{suffix}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        copy = self.copy = OfflineCopyDatabase(str(self.path), pragmas=dbmod.SQLITE_PRAGMAS)
        copy.connect()
        with dbmod.bound_here(copy):
            ensure_schema(copy, dbmod.sqlite_url(self.path))
        copy.execute_sql("PRAGMA journal_mode = wal")
        for statement in _SYNC_TABLES:
            copy.execute_sql(statement)
        copy.execute_sql(
            "INSERT INTO sync_state (id, copy_id, server) VALUES (1, ?, ?)", (uuid.uuid4().hex, redacted(self.url))
        )
        self._reserve_ids()
        server = self.server
        assert server is not None
        total = 0
        with copy.atomic("IMMEDIATE"):
            drop_sqlite_search_triggers(copy)
            drop_sqlite_change_triggers(copy)
            for model in reversed(COPY_TABLES):
                copy.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
            with self._snapshot():
                for n, model in enumerate(COPY_TABLES):
                    total += self._copy_table(model)
                    if self.progress:
                        self.progress(n + 1, len(COPY_TABLES))
                checkpoint, gaps = self._log_position()
            with dbmod.bound_here(copy):
                create_search_indexes(copy)
            create_change_log(copy)
            for statement in _outbox_triggers(copy):
                copy.execute_sql(statement)
            copy.execute_sql(
                "UPDATE sync_state SET checkpoint = ?, gaps = ?, filled_at = ?, synced_at = ?",
                (checkpoint, json.dumps(gaps), str(dbmod.now()), str(dbmod.now())),
            )
        return total

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Read the server as of one moment (a repeatable-read transaction)."""
        server = self.server
        assert server is not None
        if isinstance(server, pw.PostgresqlDatabase):
            with server.atomic():
                server.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                yield
        elif isinstance(server, pw.MySQLDatabase):
            server.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            server.execute_sql("START TRANSACTION WITH CONSISTENT SNAPSHOT")
            try:
                yield
            finally:
                server.execute_sql("COMMIT")
        else:
            with server.atomic():
                yield

    def _server_select(self, model: type[BaseModel], where: str = "", params: Sequence[Any] = ()) -> Any:
        server = self.server
        assert server is not None
        cols = ", ".join(_q(server, f.column_name) for f in _fields(model))
        sql = f"SELECT {cols} FROM {_q(server, model._meta.table_name)}{where} ORDER BY {_q(server, 'id')}"
        return server.execute_sql(sql, tuple(params))

    def _copy_table(self, model: type[BaseModel]) -> int:
        fields = _fields(model)
        copy = self.copy
        assert copy is not None
        table = model._meta.table_name
        names = ", ".join(f'"{f.column_name}"' for f in fields)
        insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(fields))})'
        cursor = self._server_select(model)
        count = 0
        while True:
            rows = cursor.fetchmany(CHUNK)
            if not rows:
                break
            copy.cursor().executemany(insert, [self._stored_row(fields, r) for r in rows])
            count += len(rows)
        return count

    @staticmethod
    def _stored_row(fields: list[pw.Field], row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(stored(py_value(f, v)) for f, v in zip(fields, row, strict=True))

    def _log_position(self) -> tuple[int, list[int]]:
        """The newest change-log line and the numbers below it not visible yet."""
        server = self.server
        assert server is not None
        newest = server.execute_sql(f"SELECT MAX(id) FROM {CHANGE_LOG}").fetchone()[0] or 0
        seen = {
            int(r[0])
            for r in server.execute_sql(
                f"SELECT id FROM {CHANGE_LOG} WHERE id > {server.param}", (max(0, int(newest) - GAP_WINDOW),)
            ).fetchall()
        }
        gaps = [n for n in range(max(1, int(newest) - GAP_WINDOW + 1), int(newest) + 1) if n not in seen]
        return int(newest), gaps[-KEEP_GAPS:]

    # --- ids ----------------------------------------------------------------------------------

    def _reserve_ids(self) -> None:
        """Keep at least half a block of ids per table for rows made offline."""
        copy, server = self.copy, self.server
        assert copy is not None and server is not None
        left = dict(
            copy.execute_sql(
                "SELECT tbl, SUM(last_id - next_id + 1) FROM sync_ids WHERE next_id <= last_id GROUP BY tbl"
            ).fetchall()
        )
        for model in COPY_TABLES:
            table = model._meta.table_name
            size = BLOCK.get(table, DEFAULT_BLOCK)
            if int(left.get(table) or 0) >= size // 2:
                continue
            first, last = self._reserve_on_server(table, size)
            with copy.atomic("IMMEDIATE"):
                copy.execute_sql("DELETE FROM sync_ids WHERE tbl = ? AND next_id > last_id", (table,))
                copy.execute_sql("INSERT INTO sync_ids (tbl, next_id, last_id) VALUES (?, ?, ?)", (table, first, last))

    def _reserve_on_server(self, table: str, size: int) -> tuple[int, int]:
        """``size`` consecutive ids of ``table`` that the server will never hand out."""
        server = self.server
        assert server is not None
        if isinstance(server, pw.PostgresqlDatabase):
            with server.atomic():
                # The table lock keeps every insert (and its nextval) waiting meanwhile.
                server.execute_sql(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
                seq = f"pg_get_serial_sequence('{table}', 'id')"
                first = int(server.execute_sql(f"SELECT nextval({seq})").fetchone()[0])
                highest = server.execute_sql(f"SELECT MAX(id) FROM {table}").fetchone()[0] or 0
                first = max(first, int(highest) + 1)
                server.execute_sql(f"SELECT setval({seq}, %s)", (first + size - 1,))
            return first, first + size - 1
        if isinstance(server, pw.MySQLDatabase):
            server.execute_sql(f"LOCK TABLES `{table}` WRITE")
            try:
                counter = server.execute_sql(
                    "SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                    "AND TABLE_NAME = %s",
                    (table,),
                ).fetchone()[0]
                highest = server.execute_sql(f"SELECT MAX(id) FROM `{table}`").fetchone()[0] or 0
                first = max(int(counter or 1), int(highest) + 1)
                server.execute_sql(f"ALTER TABLE `{table}` AUTO_INCREMENT = {first + size}")
            finally:
                server.execute_sql("UNLOCK TABLES")
            return first, first + size - 1
        with server.atomic("IMMEDIATE"):
            seq = server.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
            highest = server.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()[0] or 0
            first = max(int(seq[0]) if seq else 0, int(highest)) + 1
            if seq:
                server.execute_sql("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (first + size - 1, table))
            else:
                server.execute_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, first + size - 1))
        return first, first + size - 1

    # --- sending ------------------------------------------------------------------------------

    def _copy_write(self, sql: str, params: Sequence[Any] = ()) -> None:
        copy = self.copy
        assert copy is not None
        with copy.atomic("IMMEDIATE"):
            copy.execute_sql(sql, tuple(params))

    def _units(self) -> list[list[Entry]]:
        copy = self.copy
        assert copy is not None
        rows = copy.execute_sql("SELECT seq, unit, tbl, row_id, op, old, new FROM sync_outbox ORDER BY seq").fetchall()
        units: list[list[Entry]] = []
        for seq, unit, table, row_id, op, old, new in rows:
            entry = Entry(
                seq, unit, table, row_id, op, json.loads(old) if old else None, json.loads(new) if new else None
            )
            if units and units[-1][0].unit == unit:
                units[-1].append(entry)
            else:
                units.append([entry])
        return units

    def _send(self, extra: dict[str, set[int] | None]) -> int:
        copy, server = self.copy, self.server
        assert copy is not None and server is not None
        copy_id = copy.execute_sql("SELECT copy_id FROM sync_state").fetchone()[0]
        units = self._units()
        ids = [f"{copy_id}-{unit[0].seq}" for unit in units]
        applied: dict[str, str | None] = {}  # sent before, cut off before the copy heard of it
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join([server.param] * len(chunk))
            found = server.execute_sql(
                f"SELECT change_id, result FROM sync_applied WHERE change_id IN ({marks})", chunk
            )
            applied.update(found.fetchall())
        done: list[tuple[str, list[Entry], list[Conflict]]] = []
        try:
            for n, (change_id, unit) in enumerate(zip(ids, units, strict=True)):
                if self.before_unit:
                    self.before_unit(n)
                conflicts = self._send_unit(change_id, unit, applied)
                self._scope_of(unit if conflicts else [], extra)
                done.append((change_id, unit, conflicts))
                if len(done) >= 100:
                    self._sent(done)
                if self.progress:
                    self.progress(n + 1, len(units))
        finally:
            self._sent(done)  # what the server has, the copy hears of (the rest is sent again next time)
        return len(units)

    def _sent(self, done: list[tuple[str, list[Entry], list[Conflict]]]) -> None:
        """The units the server has: out of the outbox, their conflicts listed (one copy transaction)."""
        copy = self.copy
        assert copy is not None
        if not done:
            return
        now = str(dbmod.now())
        with copy.atomic("IMMEDIATE"):
            for change_id, unit, conflicts in done:
                for c in conflicts:
                    entries = c.entries or ([e.as_json() for e in unit] if c.kind != "field" else [])
                    copy.execute_sql(
                        "INSERT INTO sync_conflict (change_id, tbl, row_id, kind, fields, what, entries, at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            change_id,
                            c.table,
                            c.row_id,
                            c.kind,
                            json.dumps(c.fields),
                            json.dumps(c.what),
                            json.dumps(entries),
                            now,
                        ),
                    )
                copy.execute_sql("DELETE FROM sync_outbox WHERE seq >= ? AND seq <= ?", (unit[0].seq, unit[-1].seq))
        done.clear()

    def _scope_of(self, unit: list[Entry], extra: dict[str, set[int] | None]) -> None:
        """The (table, customer) of each row of a unit the server did not take whole: the copy
        takes the server's state of them at the receive."""
        copy = self.copy
        assert copy is not None
        for e in unit:
            row = e.new or e.old or {}
            if e.table not in CUSTOMER_SCOPED:
                extra[e.table] = None
                continue
            if e.table == "customer":
                customer: int | None = e.row_id
            elif e.table == "contact_channel":
                found = copy.execute_sql(
                    "SELECT customer_id FROM contact WHERE id = ?", (row.get("contact_id"),)
                ).fetchone()
                if found is None:
                    extra[e.table] = None
                    continue
                customer = int(found[0])
            else:
                customer = row.get("customer_id")
            scope = extra.setdefault(e.table, set())
            if scope is not None and customer is not None:
                scope.add(int(customer))

    def _send_unit(self, change_id: str, unit: list[Entry], applied: dict[str, str | None]) -> list[Conflict]:
        """One unit in one server transaction, its change id in sync_applied in the same one. A
        unit the server does not take is rolled back whole and only its id and conflict written."""
        if change_id in applied:
            return [Conflict(**c) for c in json.loads(applied[change_id] or "[]")]
        server = self.server
        assert server is not None
        try:
            with server.atomic():
                conflicts = self._apply(unit)
                self._applied(change_id, conflicts)
            return conflicts
        except _Refused as refused:
            conflicts = [refused.conflict]
        except (pw.IntegrityError, pw.DataError) as error:
            if dbmod.is_collision(error):
                raise
            first = unit[0]
            gone = self._edited_but_gone(unit)
            conflicts = [
                Conflict(
                    first.table,
                    first.row_id,
                    "rejected",
                    _what("rejected", first.table, first.row_id, first.new or first.old, reason=_reason(error)),
                )
                if gone is None
                else Conflict(
                    gone.table, gone.row_id, "delete", _what("edit_deleted", gone.table, gone.row_id, gone.new)
                )
            ]
        with server.atomic():
            self._applied(change_id, conflicts)
        return conflicts

    def _applied(self, change_id: str, conflicts: list[Conflict]) -> None:
        server = self.server
        assert server is not None
        p = server.param
        server.execute_sql(
            f"INSERT INTO sync_applied (change_id, applied_at, result) VALUES ({p}, {p}, {p})",
            (change_id, dbmod.now(), json.dumps([_stored_conflict(c) for c in conflicts]) if conflicts else None),
        )

    def _edited_but_gone(self, unit: list[Entry]) -> Entry | None:
        """The first record the unit edits that the server has deleted (a refusal's likely cause:
        the unit's history entry points at it)."""
        for e in unit:
            model = MODELS.get(e.table)
            if e.op == "U" and model is not None and self._read(model, e.row_id, lock=False) is None:
                return e
        return None

    def _read(self, model: type[BaseModel], row_id: int, lock: bool = True) -> dict[str, Any] | None:
        server = self.server
        assert server is not None
        fields = _fields(model)
        cols = ", ".join(_q(server, f.column_name) for f in fields)
        sql = f"SELECT {cols} FROM {_q(server, model._meta.table_name)} WHERE {_q(server, 'id')} = {server.param}"
        if lock and not isinstance(server, pw.SqliteDatabase):
            sql += " FOR UPDATE"
        row = server.execute_sql(sql, (row_id,)).fetchone()
        if row is None:
            return None
        return {f.column_name: py_value(f, v) for f, v in zip(fields, row, strict=True)}

    def _apply(self, unit: list[Entry]) -> list[Conflict]:
        """Apply one unit inside the server's transaction (R14): inserts as they are; updates
        column by column against the server's current value; deletes only of rows the server
        still has as the copy had them. Returns the field conflicts; raises _Refused when the
        unit must not be applied at all."""
        server = self.server
        assert server is not None
        p = server.param
        conflicts: list[Conflict] = []
        contacts: set[int] = set()
        locations: set[int] = set()
        merge = any(e.table == "contact_merge" and e.op == "I" for e in unit)
        for e in unit:
            model = MODELS.get(e.table)
            if model is None:
                continue
            by_column = {f.column_name: f for f in _fields(model)}
            table = _q(server, e.table)
            derived = DERIVED.get(e.table, frozenset())
            if e.op == "I":
                assert e.new is not None
                row = {c: json_value(by_column[c], v) for c, v in e.new.items() if c in by_column}
                current = self._read(model, e.row_id)
                if current is not None:
                    if all(_same(current[c], row[c]) for c in row if c not in BOOKKEEPING):
                        continue
                    raise _Refused(
                        Conflict(
                            e.table,
                            e.row_id,
                            "rejected",
                            _what(
                                "rejected",
                                e.table,
                                e.row_id,
                                e.new,
                                reason=msg(T("die Nummer ist auf dem Server vergeben")),
                            ),
                        )
                    )
                cols = list(row)
                server.execute_sql(
                    f"INSERT INTO {table} ({', '.join(_q(server, c) for c in cols)}) "
                    f"VALUES ({', '.join([p] * len(cols))})",
                    tuple(_server_param(by_column[c], row[c]) for c in cols),
                )
            elif e.op == "U":
                assert e.old is not None and e.new is not None
                old = {c: json_value(by_column[c], v) for c, v in e.old.items() if c in by_column}
                new = {c: json_value(by_column[c], v) for c, v in e.new.items() if c in by_column}
                changed = [
                    c
                    for c in new
                    if c != "id" and c not in BOOKKEEPING and c not in derived and not _same(old.get(c), new[c])
                ]
                if not changed and all(_same(old.get(c), new[c]) for c in derived & set(new)):
                    continue
                current = self._read(model, e.row_id)
                if current is None:  # deleted on the server: the unit waits for a decision
                    raise _Refused(
                        Conflict(e.table, e.row_id, "delete", _what("edit_deleted", e.table, e.row_id, e.new))
                    )
                write: dict[str, Any] = {}
                both: list[list[Any]] = []
                for c in changed:
                    if _same(current[c], old.get(c)):
                        write[c] = new[c]
                    elif not _same(current[c], new[c]):
                        both.append([c, plain(new[c]), plain(current[c])])
                # A derived column: mine where the server's still follows from what I started from
                # (nobody else changed what it is made of); else made anew from the merged row.
                for c in derived & set(new):
                    if _same(current[c], new[c]):
                        continue
                    if _same(current[c], old.get(c)) and not both:
                        write[c] = new[c]
                    elif e.table == "contact":
                        contacts.add(e.row_id)
                    else:
                        locations.add(e.row_id)
                if write:
                    if issubclass(model, Versioned):
                        write["version"] = int(current["version"]) + 1
                        write["updated_at"] = new.get("updated_at") or dbmod.now()
                    sets = ", ".join(f"{_q(server, c)} = {p}" for c in write)
                    server.execute_sql(
                        f"UPDATE {table} SET {sets} WHERE {_q(server, 'id')} = {p}",
                        (*(_server_param(by_column[c], v) for c, v in write.items()), e.row_id),
                    )
                if both:
                    conflicts.append(
                        Conflict(
                            e.table, e.row_id, "field", _what("field", e.table, e.row_id, {**e.old, **e.new}), both
                        )
                    )
            else:
                assert e.old is not None
                old = {c: json_value(by_column[c], v) for c, v in e.old.items() if c in by_column}
                current = self._read(model, e.row_id)
                if current is None:
                    continue
                ignore = BOOKKEEPING | derived
                if any(not _same(current[c], old[c]) for c in old if c not in ignore):
                    raise _Refused(self._unit_conflict(unit, e, merge))
                try:
                    with server.atomic():
                        server.execute_sql(f"DELETE FROM {table} WHERE {_q(server, 'id')} = {p}", (e.row_id,))
                except pw.IntegrityError as error:  # something new on the server points at it
                    if dbmod.is_collision(error):
                        raise
                    raise _Refused(self._unit_conflict(unit, e, merge)) from error
        self._derive(contacts, locations)
        return conflicts

    def _unit_conflict(self, unit: list[Entry], entry: Entry, merge: bool) -> Conflict:
        if merge:
            gone = next((e for e in unit if e.table == "contact" and e.op == "D"), entry)
            return Conflict(gone.table, gone.row_id, "merge", _what("merge", gone.table, gone.row_id, gone.old))
        head = next((e for e in unit if e.op == "D" and e.table in ("customer", "location", "contact")), entry)
        return Conflict(head.table, head.row_id, "delete", _what("delete", head.table, head.row_id, head.old))

    def _derive(self, contacts: set[int], locations: set[int]) -> None:
        """The search texts and name keys of the touched contacts and locations, from what the
        server has now (both sides' changes merged)."""
        server = self.server
        assert server is not None
        p = server.param
        for contact_id in sorted(contacts):
            row = server.execute_sql(
                "SELECT first_name, last_name, position, department, search_text, search_name, name_key "
                f"FROM contact WHERE id = {p}",
                (contact_id,),
            ).fetchone()
            if row is None:
                continue
            channels = server.execute_sql(
                f"SELECT kind, normalized FROM contact_channel WHERE contact_id = {p} ORDER BY position, id",
                (contact_id,),
            ).fetchall()
            wanted = derived_columns(row[0], row[1], row[2], row[3], [(k, v) for k, v in channels])
            if (wanted["search_text"], wanted["search_name"], wanted["name_key"]) != tuple(row[4:7]):
                server.execute_sql(
                    f"UPDATE contact SET search_text = {p}, search_name = {p}, name_key = {p} WHERE id = {p}",
                    (wanted["search_text"], wanted["search_name"], wanted["name_key"], contact_id),
                )
        for location_id in sorted(locations):
            row = server.execute_sql(
                f"SELECT name, city, postal_code, search_text FROM location WHERE id = {p}", (location_id,)
            ).fetchone()
            if row is None:
                continue
            wanted_text = location_search_text(row[0], row[1], row[2])[:255]
            if wanted_text != row[3]:
                server.execute_sql(f"UPDATE location SET search_text = {p} WHERE id = {p}", (wanted_text, location_id))

    # --- receiving ----------------------------------------------------------------------------

    def _receive(self, extra: dict[str, set[int] | None]) -> int:
        """The server's changes since the checkpoint into the copy, muted (R14)."""
        copy, server = self.copy, self.server
        assert copy is not None and server is not None
        checkpoint, gaps_text = copy.execute_sql("SELECT checkpoint, gaps FROM sync_state").fetchone()
        gaps = [int(n) for n in json.loads(gaps_text or "[]")]
        p = server.param
        newest = int(server.execute_sql(f"SELECT MAX(id) FROM {CHANGE_LOG}").fetchone()[0] or 0)
        oldest = server.execute_sql(f"SELECT MIN(id) FROM {CHANGE_LOG}").fetchone()[0]
        scope: dict[str, set[int] | None] = {t: (None if s is None else set(s)) for t, s in extra.items()}
        everything = oldest is not None and int(oldest) > checkpoint + 1  # pruned past the checkpoint
        lines: list[tuple[int, str, int | None]] = []
        if not everything:
            also = f" OR id IN ({', '.join(str(n) for n in gaps)})" if gaps else ""
            lines = [
                (int(i), str(t), None if c is None else int(c))
                for i, t, c in server.execute_sql(
                    f"SELECT id, tbl, customer_id FROM {CHANGE_LOG} WHERE (id > {p} AND id <= {p}){also}",
                    (checkpoint, newest),
                ).fetchall()
            ]
        for _, table, customer in lines:
            if table == EVERYTHING:
                everything = True
                break
            if table not in CUSTOMER_SCOPED or customer is None:
                scope[table] = None
            else:
                found = scope.setdefault(table, set())
                if found is not None:
                    found.add(customer)
        seen = {n for n, _, _ in lines}
        new_gaps = [n for n in gaps if n not in seen] + [
            n for n in range(max(checkpoint + 1, newest - GAP_WINDOW + 1), newest + 1) if n not in seen
        ]
        new_gaps = sorted(set(new_gaps))[-KEEP_GAPS:]
        received = 0
        with copy.atomic("IMMEDIATE"):
            copy.execute_sql("PRAGMA defer_foreign_keys = ON")
            copy.execute_sql("UPDATE sync_state SET muted = 1")
            pending = {
                (t, int(r)) for t, r in copy.execute_sql("SELECT DISTINCT tbl, row_id FROM sync_outbox").fetchall()
            }
            plans = []
            for model in COPY_TABLES:
                table = model._meta.table_name
                if everything or table not in CUSTOMER_SCOPED:
                    plans.append(self._plan(model, None, pending))
                elif table in scope:
                    plans.append(self._plan(model, scope[table], pending))
            for model, deletes, _ in reversed(plans):
                received += self._delete_rows(model, deletes)
            for model, _, upserts in plans:
                received += self._upsert_rows(model, upserts)
            copy.execute_sql(
                "UPDATE sync_state SET muted = 0, checkpoint = ?, gaps = ?", (newest, json.dumps(new_gaps))
            )
        return received

    def _scope_sql(self, database: pw.Database, table: str, customers: set[int]) -> tuple[str, list[Any]]:
        """WHERE clause (and parameters) of the rows of these customers in ``table``."""
        ids = sorted(customers)
        if isinstance(database, pw.SqliteDatabase):
            inner = "(SELECT value FROM json_each(?))"
            params: list[Any] = [json.dumps(ids)]
        elif isinstance(database, pw.PostgresqlDatabase):
            inner = "(SELECT unnest(%s::integer[]))"
            params = [ids]
        else:
            inner = "(" + (", ".join(str(int(i)) for i in ids) or "NULL") + ")"
            params = []
        column = CUSTOMER_SCOPED[table]
        if column is None:
            return f" WHERE contact_id IN (SELECT id FROM contact WHERE customer_id IN {inner})", params
        return f" WHERE {_q(database, column)} IN {inner}", params

    def _plan(
        self, model: type[BaseModel], customers: set[int] | None, pending: set[tuple[str, int]]
    ) -> tuple[type[BaseModel], list[int], list[tuple[Any, ...]]]:
        """Rows to delete from and to write into the copy so that its rows (of these customers,
        or all) equal the server's; rows with changes waiting to be sent are left alone."""
        copy = self.copy
        assert copy is not None
        table = model._meta.table_name
        fields = _fields(model)
        if customers is not None and not customers:
            return model, [], []
        where, params = "", list[Any]()
        copy_where, copy_params = "", list[Any]()
        if customers is not None:
            where, params = self._scope_sql(self.server, table, customers)  # type: ignore[arg-type]
            copy_where, copy_params = self._scope_sql(copy, table, customers)
        if table in WRITE_ONCE:
            server_ids = {
                int(r[0])
                for r in self.server.execute_sql(  # type: ignore[union-attr]
                    f"SELECT id FROM {table}{where}", tuple(params)
                ).fetchall()
            }
            copy_ids = {
                int(r[0])
                for r in copy.execute_sql(f'SELECT id FROM "{table}"{copy_where}', tuple(copy_params)).fetchall()
            }
            new_ids = sorted(server_ids - copy_ids)
            upserts: list[tuple[Any, ...]] = []
            for start in range(0, len(new_ids), 500):
                chunk = new_ids[start : start + 500]
                marks = ", ".join(str(i) for i in chunk)
                cursor = self._server_select(model, f" WHERE id IN ({marks})")
                upserts.extend(self._stored_row(fields, r) for r in cursor.fetchall())
            deletes = sorted(i for i in copy_ids - server_ids if (table, i) not in pending)
            return model, deletes, [u for u in upserts if (table, u[0]) not in pending]
        names = ", ".join(f'"{f.column_name}"' for f in fields)
        mine = {
            int(r[0]): tuple(r)
            for r in copy.execute_sql(f'SELECT {names} FROM "{table}"{copy_where}', tuple(copy_params)).fetchall()
        }
        theirs = [self._stored_row(fields, r) for r in self._server_select(model, where, params).fetchall()]
        present = {int(r[0]) for r in theirs}
        deletes = sorted(i for i in mine if i not in present and (table, i) not in pending)
        upserts = [r for r in theirs if mine.get(int(r[0])) != r and (table, int(r[0])) not in pending]
        return model, deletes, upserts

    def _delete_rows(self, model: type[BaseModel], ids: list[int]) -> int:
        copy = self.copy
        assert copy is not None
        for start in range(0, len(ids), 500):
            copy.execute_sql(
                f'DELETE FROM "{model._meta.table_name}" WHERE id IN (SELECT value FROM json_each(?))',
                (json.dumps(ids[start : start + 500]),),
            )
        return len(ids)

    def _upsert_rows(self, model: type[BaseModel], rows: list[tuple[Any, ...]]) -> int:
        """Write rows into the copy by id. In a table with unique columns (numbers, usernames,
        login addresses) a changed row is taken out first, so that a value that moved from one
        row to another on the server cannot collide on its way (foreign keys are checked at commit)."""
        if not rows:
            return 0
        copy = self.copy
        assert copy is not None
        table = model._meta.table_name
        fields = _fields(model)
        names = [f'"{f.column_name}"' for f in fields]
        if _has_unique(model):
            ids = [int(r[0]) for r in rows]
            for start in range(0, len(ids), 500):
                copy.execute_sql(
                    f'DELETE FROM "{table}" WHERE id IN (SELECT value FROM json_each(?))',
                    (json.dumps(ids[start : start + 500]),),
                )
            sql = f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})'
        else:
            updates = ", ".join(f"{n} = excluded.{n}" for n in names[1:])
            sql = (
                f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))}) '
                f"ON CONFLICT(id) DO UPDATE SET {updates}"
            )
        for start in range(0, len(rows), CHUNK):
            copy.cursor().executemany(sql, rows[start : start + CHUNK])
        return len(rows)


def _has_unique(model: type[BaseModel]) -> bool:
    if any(f.unique for f in model._meta.sorted_fields if not f.primary_key):
        return True
    return any(unique for _, unique in model._meta.indexes)


def _reason(error: Exception) -> str:
    """The server's words for a refusal, one line."""
    text = str(error.args[1] if len(error.args) > 1 and isinstance(error.args[0], int) else error)
    return text.strip().splitlines()[0][:200] if text.strip() else type(error).__name__


def _stored_conflict(c: Conflict) -> dict[str, Any]:
    return {
        "table": c.table,
        "row_id": c.row_id,
        "kind": c.kind,
        "what": c.what,
        "fields": c.fields,
        "entries": c.entries,
    }


# --- conflicts in the copy --------------------------------------------------------------------


@dataclass(frozen=True)
class StoredConflict:
    id: int
    table: str
    row_id: int
    kind: str
    what: Message
    fields: tuple[tuple[str, Any, Any], ...]
    entries: tuple[tuple[Any, ...], ...]


def open_conflicts(path: Path) -> list[StoredConflict]:
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        try:
            rows = conn.execute(
                "SELECT id, tbl, row_id, kind, what, fields, entries FROM sync_conflict ORDER BY id"
            ).fetchall()
        except sqlite3.OperationalError:
            return []
    finally:
        conn.close()
    found = []
    for cid, table, row_id, kind, what, fields, entries in rows:
        found.append(
            StoredConflict(
                int(cid),
                table,
                int(row_id),
                kind,
                message_of(json.loads(what)),
                tuple((f[0], f[1], f[2]) for f in json.loads(fields)),
                tuple(tuple(e) for e in json.loads(entries)),
            )
        )
    return found


def decide(path: Path, conflict_id: int, take_mine: bool) -> bool:
    """Decide a conflict: the server's state stays (drop it), or mine is queued again as a new
    change based on the copy's current (the server's) values. False: no such conflict."""
    copy = open_copy(path)
    try:
        with copy.atomic("IMMEDIATE"):
            row = copy.execute_sql(
                "SELECT tbl, row_id, kind, fields, entries FROM sync_conflict WHERE id = ?", (conflict_id,)
            ).fetchone()
            if row is None:
                return False
            if take_mine:
                copy.execute_sql("UPDATE sync_state SET unit = unit + 1")
                table, row_id, kind, fields, entries = row
                if kind == "field":
                    _mine_fields(copy, table, int(row_id), json.loads(fields))
                else:
                    _replay(copy, [tuple(e) for e in json.loads(entries)], table, int(row_id))
                copy.execute_sql("UPDATE sync_state SET unit = unit + 1")
            copy.execute_sql("DELETE FROM sync_conflict WHERE id = ?", (conflict_id,))
        return True
    finally:
        copy.close()


def _mine_fields(copy: pw.Database, table: str, row_id: int, fields: list[list[Any]]) -> None:
    """Mine again: the copy's row (the server's state) takes my values; the trigger records the
    change with the server's values as its base."""
    model = MODELS[table]
    by_column = {f.column_name: f for f in _fields(model)}
    values = {c: stored(json_value(by_column[c], mine)) for c, mine, _server in fields if c in by_column}
    if not values:
        return
    sets = ", ".join(f'"{c}" = ?' for c in values)
    copy.execute_sql(f'UPDATE "{table}" SET {sets} WHERE id = ?', (*values.values(), row_id))


def _replay(copy: pw.Database, entries: list[tuple[Any, ...]], table: str, row_id: int) -> None:
    """Mine again for a unit the server did not take (a delete or merge of a record it changed, a
    refusal): the unit's changes written once more onto the copy's current rows, recorded as a new
    change. An edit of a record deleted on the server puts the record back with my values."""
    from kontaktverwaltung.domain.errors import ConflictError

    survivor = next((int(n["survivor_id"]) for t, _, op, _, n in entries if t == "contact_merge" and op == "I"), None)
    try:
        for t, rid, op, old, new in entries:
            model = MODELS.get(t)
            if model is None:
                continue
            by_column = {f.column_name: f for f in _fields(model)}
            exists = copy.execute_sql(f'SELECT 1 FROM "{t}" WHERE id = ?', (rid,)).fetchone() is not None
            if op == "D":
                if t == "contact" and exists:
                    _free_links(copy, rid, survivor)
                copy.execute_sql(f'DELETE FROM "{t}" WHERE id = ?', (rid,))
            elif op == "I" or (op == "U" and not exists):
                row = {**(old or {}), **(new or {})}
                row = {c: stored(json_value(by_column[c], v)) for c, v in row.items() if c in by_column}
                if not exists:
                    cols = list(row)
                    copy.execute_sql(
                        f'INSERT INTO "{t}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                        f"VALUES ({', '.join('?' * len(cols))})",
                        tuple(row[c] for c in cols),
                    )
            else:
                changed = {
                    c: stored(json_value(by_column[c], v))
                    for c, v in (new or {}).items()
                    if c in by_column and c != "id" and (old or {}).get(c) != v
                }
                if changed:
                    sets = ", ".join(f'"{c}" = ?' for c in changed)
                    copy.execute_sql(f'UPDATE "{t}" SET {sets} WHERE id = ?', (*changed.values(), rid))
    except pw.IntegrityError as error:
        raise ConflictError(
            Problem.of(
                T(
                    "Meine Fassung lässt sich nicht mehr übernehmen: die Daten haben sich auf dem Server "
                    "zu sehr geändert. Bitte die Änderung neu ausführen."
                )
            )
        ) from error


def _free_links(copy: pw.Database, contact_id: int, survivor: int | None) -> None:
    """What points at a contact about to be deleted (or merged away) once more: links the server
    added since are detached or removed as a delete does (R6), or go to the survivor of a merge (R7)."""
    from kontaktverwaltung.store.links import CONTACT_LINKS, OnDelete, OnMerge

    for link in CONTACT_LINKS:
        table, column = link.model._meta.table_name, link.field.column_name
        if survivor is not None and link.on_merge in (OnMerge.REPOINT, OnMerge.UNITE_CHANNELS):
            copy.execute_sql(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (survivor, contact_id))
        elif link.on_delete is OnDelete.DETACH:
            copy.execute_sql(f'UPDATE "{table}" SET "{column}" = NULL WHERE "{column}" = ?', (contact_id,))
        else:
            copy.execute_sql(f'DELETE FROM "{table}" WHERE "{column}" = ?', (contact_id,))


def copy_rows_equal(server: pw.Database, copy: pw.Database) -> Iterable[str]:
    """Tables whose rows differ between server and copy (for tests and checks)."""
    for model in COPY_TABLES:
        fields = _fields(model)
        names = ", ".join(f.column_name for f in fields)
        a = [
            tuple(stored(py_value(f, v)) for f, v in zip(fields, r, strict=True))
            for r in server.execute_sql(f"SELECT {names} FROM {model._meta.table_name} ORDER BY id").fetchall()
        ]
        b = [
            tuple(stored(py_value(f, v)) for f, v in zip(fields, r, strict=True))
            for r in copy.execute_sql(f'SELECT {names} FROM "{model._meta.table_name}" ORDER BY id').fetchall()
        ]
        if a != b:
            yield model._meta.table_name
