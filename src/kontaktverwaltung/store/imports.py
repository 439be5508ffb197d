"""What an import reads and writes in bulk (R12): the existing data it matches against, loaded in
a few queries, new rows inserted many at a time, and the import kept with its before-images so it
can be undone from a later process."""

from __future__ import annotations

import contextlib
import datetime
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import peewee as pw

from kontaktverwaltung.domain.messages import Message
from kontaktverwaltung.store import bulk
from kontaktverwaltung.store.changes import ChangeSet, Recorder, Row, Step, stale_record
from kontaktverwaltung.store.db import current, now, offline_ids
from kontaktverwaltung.store.models import (
    ALL_MODELS,
    BaseModel,
    Contact,
    ContactChannel,
    Customer,
    HistoryEntry,
    ImportBatch,
    ImportBatchPart,
    Location,
    Versioned,
)
from kontaktverwaltung.store.schema import fill_mysql_words

CHUNK = 500
PART_ROWS = 500
_MODELS = {m._meta.table_name: m for m in ALL_MODELS}


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def customers() -> list[tuple[int, str, str]]:
    """(id, number, name) of every customer: the import places rows by number or folded name."""
    return list(Customer.select(Customer.id, Customer.number, Customer.name).order_by(Customer.id).tuples())


LOCATION_FIELDS = ("id", "customer", "name", "street", "postal_code", "city", "country", "position")


def locations_of(customer_ids: Iterable[int]) -> list[tuple[Any, ...]]:
    """Rows in LOCATION_FIELDS order, by customer and position."""
    ids = sorted(set(customer_ids))
    fields = [Location._meta.fields[f] for f in LOCATION_FIELDS]
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(ids):
        query = Location.select(*fields).where(Location.customer.in_(list(chunk)))
        rows.extend(query.order_by(Location.customer, Location.position, Location.id).tuples())
    return rows


CONTACT_FIELDS = (
    *("id", "customer", "location", "version", "salutation", "title", "first_name", "last_name"),
    *("position", "department", "notes", "search_text", "search_name", "name_key", "updated_at"),
)
CHANNEL_FIELDS = ("id", "contact", "kind", "value", "normalized", "display", "label", "is_primary", "position")


def contacts_of(customer_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Every contact of these customers (CONTACT_FIELDS): one query per 500 customers."""
    ids = sorted(set(customer_ids))
    fields = [Contact._meta.fields[f] for f in CONTACT_FIELDS]
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        rows.extend(Contact.select(*fields).where(Contact.customer.in_(list(chunk))).order_by(Contact.id).dicts())
    return rows


def channels_of(contact_ids: Iterable[int]) -> list[dict[str, Any]]:
    ids = sorted(set(contact_ids))
    fields = [ContactChannel._meta.fields[f] for f in CHANNEL_FIELDS]
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        query = ContactChannel.select(*fields).where(ContactChannel.contact.in_(list(chunk)))
        rows.extend(query.order_by(ContactChannel.contact, ContactChannel.position, ContactChannel.id).dicts())
    return rows


def customers_of_contacts(contact_ids: Iterable[int]) -> dict[int, tuple[int, str, str]]:
    """contact id → (customer id, first name, last name), for the Kontakt-IDs of an edited export
    that exist here."""
    ids = sorted(set(contact_ids))
    found: dict[int, tuple[int, str, str]] = {}
    for chunk in _chunks(ids):
        query = Contact.select(Contact.id, Contact.customer, Contact.first_name, Contact.last_name)
        for cid, customer, first, last in query.where(Contact.id.in_(list(chunk))).tuples():
            found[cid] = (customer, first, last)
    return found


def usernames() -> set[str]:
    return {name for (name,) in Contact.select(Contact.username).where(Contact.username.is_null(False)).tuples()}


def full_row(model: type[BaseModel], values: dict[str, Any]) -> Row:
    """Every column of a new row, defaults filled in as peewee would (for undo/redo, whole rows)."""
    row: Row = {}
    for name, field in model._meta.fields.items():
        if name in values:
            row[name] = values[name]
        elif name == "id":
            row[name] = None
        else:
            default = field.default
            row[name] = default() if callable(default) else default
    return row


def insert_new(rec: Recorder, model: type[BaseModel], rows: list[Row]) -> None:
    """INSERT many whole rows, giving each its id (written into the dicts), and record them for undo."""
    if not rows:
        return
    if issubclass(model, Versioned):
        stamp = now()
        for row in rows:
            row["created_at"] = row["created_at"] or stamp
            row["updated_at"] = row["updated_at"] or stamp
    columns = list(model._meta.fields)
    database = current()
    if isinstance(database, pw.MySQLDatabase):
        _insert_mysql(model, columns, rows)
    else:
        for row, new_id in zip(rows, _reserve_ids(model, len(rows)), strict=True):
            row["id"] = new_id
        bulk.insert_rows(model, columns, [tuple(row[c] for c in columns) for row in rows])
    rec.change.steps.append(Step(model, "insert", rows=tuple(rows)))


def _reserve_ids(model: type[BaseModel], count: int) -> list[int]:
    """Ids nobody else can take: from the sequence on PostgreSQL; on SQLite the write lock taken
    at BEGIN IMMEDIATE keeps others out, and AUTOINCREMENT's counter says which ids were ever used."""
    database = current()
    table = model._meta.table_name
    taken = offline_ids(table, count)
    if taken is not None:
        return taken
    if isinstance(database, pw.PostgresqlDatabase):
        cursor = database.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)", (count,)
        )
        return [int(r[0]) for r in cursor.fetchall()]
    highest = bulk.next_id(model) - 1
    row = database.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    if row and row[0] is not None:
        highest = max(highest, int(row[0]))
    return list(range(highest + 1, highest + 1 + count))


_lock_mode: dict[int, int] = {}


def _insert_mysql(model: type[BaseModel], columns: list[str], rows: list[Row]) -> None:
    """MariaDB hands out consecutive ids to one multi-row INSERT (innodb_autoinc_lock_mode 0 or 1,
    the default): the first is LAST_INSERT_ID(). With mode 2 rows go in one at a time."""
    database = current()
    key = id(database)
    if key not in _lock_mode:
        _lock_mode[key] = int(database.execute_sql("SELECT @@innodb_autoinc_lock_mode").fetchone()[0])
    names = [c for c in columns if c != "id"]
    fields = [model._meta.fields[c] for c in names]
    table = f"`{model._meta.table_name}`"
    column_sql = ", ".join(f"`{f.column_name}`" for f in fields)
    one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    size = CHUNK if _lock_mode[key] < 2 else 1
    for chunk in _chunks(rows, size):
        params = [field.db_value(row[name]) for row in chunk for name, field in zip(names, fields, strict=True)]
        cursor = database.execute_sql(
            f"INSERT INTO {table} ({column_sql}) VALUES " + ", ".join([one] * len(chunk)), params
        )
        first = int(cursor.lastrowid)
        for offset, row in enumerate(chunk):
            row["id"] = first + offset


def update_versioned_rows(rec: Recorder, model: type[Versioned], befores: list[Row], afters: list[Row]) -> None:
    """Write each after-image where the row still has the version of its before-image (else nothing
    is written: the transaction fails with "changed meanwhile"); recorded as one undo step."""
    if not befores:
        return
    if isinstance(current(), pw.SqliteDatabase) and sqlite3.sqlite_version_info >= (3, 33):
        _update_sqlite(model, befores, afters)
        rec.change.steps.append(Step(model, "update", before=tuple(befores), after=tuple(afters)))
        return
    for before, after in zip(befores, afters, strict=True):
        values = {k: v for k, v in after.items() if k != "id"}
        written = (
            model.update(**values).where((model.id == before["id"]) & (model.version == before["version"])).execute()
        )
        if written != 1:
            raise stale_record()
    rec.change.steps.append(Step(model, "update", before=tuple(befores), after=tuple(afters)))


@contextlib.contextmanager
def search_words_deferred(rec: Recorder) -> Iterator[None]:
    """The global search's words of what ``rec`` writes meanwhile, written once at the end, in the
    same transaction: only for the contacts and locations it created or changed.

    MariaDB/MySQL split a row's texts into words in a trigger, a loop per row: this connection's
    triggers wait meanwhile (``@kv_words_paused``, a session variable: other clients' writes
    keep their words), and the words of just those rows are written in bulk afterwards. Deleting
    is never paused, so undoing and redoing the import (row triggers) keep the words right.
    SQLite (FTS5) and PostgreSQL (statement triggers over the inserted rows) index each bulk
    statement's rows at once already: nothing to defer there."""
    database = current()
    if not isinstance(database, pw.MySQLDatabase) or "contact_word" not in database.get_tables():
        yield
        return
    (earlier,) = database.execute_sql("SELECT @kv_words_paused").fetchone()
    database.execute_sql("SET @kv_words_paused = 1")
    try:
        yield
        if earlier is None:
            fill_mysql_words(database, _written_ids(rec.change, ("contact", "location")))
    finally:
        # A session variable outlives a rolled-back transaction: reset it on every way out.
        database.execute_sql("SET @kv_words_paused = %s", (earlier,))


def _written_ids(change: ChangeSet, tables: Sequence[str]) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = {table: [] for table in tables}
    for step in change.steps:
        table = step.model._meta.table_name
        if table in ids:
            ids[table] += [row["id"] for row in (step.after if step.kind == "update" else step.rows)]
    return ids


def _update_sqlite(model: type[Versioned], befores: list[Row], afters: list[Row]) -> None:
    """SQLite: the after-images 500 rows to a statement (UPDATE … FROM VALUES), each row only at
    its before-image's version. The search index (FTS5) writes a segment per statement: a row
    at a time cost 20,000 of them for an edited export of 20,000 people."""
    database = current()
    names = [c for c in afters[0] if c != "id"]
    fields = [model._meta.fields[c] for c in names]
    sets = ", ".join(f'"{f.column_name}" = a.v{i}' for i, f in enumerate(fields))
    picks = ", ".join(["column1 AS id", "column2 AS expected"] + [f"column{i + 3} AS v{i}" for i in range(len(fields))])
    one = "(" + ", ".join(["?"] * (len(fields) + 2)) + ")"
    table = model._meta.table_name
    per = max(1, min(500, 30000 // (len(fields) + 2)))
    for start in range(0, len(afters), per):
        chunk = list(zip(befores[start : start + per], afters[start : start + per], strict=True))
        params: list[Any] = []
        for before, after in chunk:
            if after.keys() != afters[0].keys():
                raise ValueError("after-images of one step name the same columns")
            params += [before["id"], before["version"]]
            params += [_sqlite_value(f.db_value(after[n])) for n, f in zip(names, fields, strict=True)]
        cursor = database.execute_sql(
            f'UPDATE "{table}" SET {sets} FROM (SELECT {picks} FROM (VALUES {", ".join([one] * len(chunk))})) AS a '
            f'WHERE "{table}".id = a.id AND "{table}".version = a.expected',
            params,
        )
        if cursor.rowcount != len(chunk):
            raise stale_record()


def _sqlite_value(value: Any) -> Any:
    return str(value) if isinstance(value, (datetime.datetime, datetime.date)) else value


# --- the import kept for undo --------------------------------------------------------------------


def _encode(value: Any) -> Any:
    """json.dumps' hook for what JSON lacks: dates and bytes, tagged so they come back as such."""
    if isinstance(value, datetime.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"$d": value.isoformat()}
    if isinstance(value, (bytes, memoryview, bytearray)):
        return {"$b": bytes(value).hex()}
    raise TypeError(type(value).__name__)


def _decode(value: dict[str, Any]) -> Any:
    if len(value) == 1:
        if "$dt" in value:
            return datetime.datetime.fromisoformat(value["$dt"])
        if "$d" in value:
            return datetime.date.fromisoformat(value["$d"])
        if "$b" in value:
            return bytes.fromhex(value["$b"])
    return value


def save_batch(
    rec: Recorder,
    description: str,
    file_name: str,
    author: str,
    created: int,
    updated: int,
    change: ChangeSet,
    at: datetime.datetime | None = None,
) -> int:
    """Keep the import with every row it wrote. The batch's own rows are part of ``rec``: undoing
    the import in the window removes it too."""
    pieces: list[dict[str, Any]] = []
    for step in change.steps:
        table = step.model._meta.table_name
        if step.kind != "update":
            for chunk in _chunks(step.rows, PART_ROWS):
                pieces.append({"table": table, "kind": step.kind, "rows": list(chunk)})
            continue
        for i in range(0, len(step.before), PART_ROWS):
            before, after = step.before[i : i + PART_ROWS], step.after[i : i + PART_ROWS]
            pieces.append({"table": table, "kind": "update", "before": list(before), "after": list(after)})
    batch_rows = [
        full_row(
            ImportBatch,
            dict(
                description=description[:255],
                file_name=file_name[:255],
                author=author[:100],
                at=at or now(),  # the time of the import's history entries: they find it by it
                created=created,
                updated=updated,
            ),
        )
    ]
    insert_new(rec, ImportBatch, batch_rows)
    batch_id = int(batch_rows[0]["id"])
    part_rows = [
        full_row(
            ImportBatchPart,
            dict(batch=batch_id, position=i, steps=json.dumps(piece, separators=(",", ":"), default=_encode)),
        )
        for i, piece in enumerate(pieces)
    ]
    insert_new(rec, ImportBatchPart, part_rows)
    return batch_id


BATCH_FIELDS = ("id", "description", "file_name", "author", "at", "created", "updated")


def latest_batch() -> dict[str, Any] | None:
    """BATCH_FIELDS of the most recent import not undone yet."""
    fields = [ImportBatch._meta.fields[f] for f in BATCH_FIELDS]
    query = ImportBatch.select(*fields).where(ImportBatch.undone_at.is_null()).order_by(ImportBatch.id.desc())
    return query.limit(1).dicts().first()


def open_batch(batch_id: int, lock: bool = False) -> dict[str, Any] | None:
    """BATCH_FIELDS of this import if it is kept and not undone yet (locked for the undo)."""
    fields = [ImportBatch._meta.fields[f] for f in BATCH_FIELDS]
    query = ImportBatch.select(*fields).where((ImportBatch.id == batch_id) & ImportBatch.undone_at.is_null())
    if lock and not isinstance(current(), pw.SqliteDatabase):
        query = query.for_update()
    return query.dicts().first()


_HISTORY_TABLE = f'"table":"{HistoryEntry._meta.table_name}"'


def batch_of_history_entry(entry_id: int) -> int | None:
    """The import (not undone) that wrote this history entry, if any. The import's entries have
    its time; the batch that holds the entry among its rows is the one (exact, also for two
    imports in one second)."""
    entry = HistoryEntry.select(HistoryEntry.at, HistoryEntry.kind).where(HistoryEntry.id == entry_id).first()
    if entry is None or entry.kind != "imported":
        return None
    # Older imports kept a time a little after their entries' (when the import finished).
    candidates = (
        ImportBatch.select(ImportBatch.id)
        .where(
            ImportBatch.undone_at.is_null()
            & (ImportBatch.at >= entry.at)
            & (ImportBatch.at <= entry.at + datetime.timedelta(hours=1))
        )
        .order_by(ImportBatch.at, ImportBatch.id)
        .limit(50)
        .tuples()
    )
    for (batch_id,) in candidates:
        parts = ImportBatchPart.select(ImportBatchPart.steps).where(
            (ImportBatchPart.batch == batch_id) & ImportBatchPart.steps.contains(_HISTORY_TABLE)
        )
        for (text,) in parts.tuples():
            piece = json.loads(text, object_hook=_decode)
            if any(row.get("id") == entry_id for row in piece.get("rows", ())):
                return int(batch_id)
    return None


def batch_change(batch_id: int, description: Message) -> ChangeSet:
    """The import's rows as a change that :func:`changes.revert` undoes."""
    change = ChangeSet(description)
    query = ImportBatchPart.select(ImportBatchPart.steps).where(ImportBatchPart.batch == batch_id)
    for (text,) in query.order_by(ImportBatchPart.position).tuples():
        piece = json.loads(text, object_hook=_decode)
        model = _MODELS[piece["table"]]
        if piece["kind"] == "update":
            change.steps.append(Step(model, "update", before=tuple(piece["before"]), after=tuple(piece["after"])))
        else:
            change.steps.append(Step(model, piece["kind"], rows=tuple(piece["rows"])))
    return change


def mark_undone(batch_id: int) -> None:
    ImportBatch.update(undone_at=now()).where(ImportBatch.id == batch_id).execute()
