"""Fast bulk loading for demo data and benchmarks: plain rows, one transaction, no ORM objects."""

from __future__ import annotations

import contextlib
import datetime
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import peewee as pw

from kontaktverwaltung.store.db import current
from kontaktverwaltung.store.live import create_change_log, drop_sqlite_change_triggers, log_everything
from kontaktverwaltung.store.models import ALL_MODELS, BaseModel
from kontaktverwaltung.store.schema import create_search_indexes, drop_sqlite_search_triggers, fill_mysql_words


def next_id(model: type[BaseModel]) -> int:
    highest = model.select(pw.fn.MAX(model._meta.primary_key)).scalar()
    return 1 if highest is None else int(highest) + 1


def is_empty(model: type[BaseModel]) -> bool:
    return not model.select().exists()


def columns(model: type[BaseModel]) -> list[str]:
    """The model's fields in declaration order (a base class's first): the order of the row
    tuples ``insert_rows`` takes when every column is given."""
    return [field.name for field in model._meta.sorted_fields]


def insert_rows(model: type[BaseModel], columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """INSERT many rows given as tuples in ``columns`` order (ids included), as fast as the driver allows."""
    if not rows:
        return
    database = current()
    fields = [model._meta.fields[c] for c in columns]
    table = _quote(database, model._meta.table_name)
    names = ", ".join(_quote(database, f.column_name) for f in fields)
    cursor = database.cursor()
    if isinstance(database, pw.PostgresqlDatabase):
        from psycopg2.extras import execute_values

        execute_values(cursor, f"INSERT INTO {table} ({names}) VALUES %s", rows, page_size=2000)
        return
    if isinstance(database, pw.SqliteDatabase):
        # sqlite3's implicit datetime adapter is deprecated; store peewee's text form ourselves.
        dated = [i for i, f in enumerate(fields) if isinstance(f, (pw.DateTimeField, pw.DateField))]
        if dated:
            rows = [_texts(row, dated) for row in rows]
        # Many rows per statement: FTS5 writes the words it collected into a new segment at the end
        # of every statement, so a row at a time (executemany) through the search index's triggers
        # cost a segment, and its merging, per row (20,000 contacts: 3 s instead of 0.6 s).
        per = max(1, min(SQLITE_ROWS, _sqlite_variables(database) // len(fields)))
        one = "(" + ", ".join(["?"] * len(fields)) + ")"
        for start in range(0, len(rows), per):
            chunk = rows[start : start + per]
            values = ", ".join([one] * len(chunk))
            cursor.execute(f"INSERT INTO {table} ({names}) VALUES {values}", [v for row in chunk for v in row])
        return
    marks = ", ".join([database.param] * len(fields))
    step = 2000
    for start in range(0, len(rows), step):
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows[start : start + step])


SQLITE_ROWS = 500


def _sqlite_variables(database: pw.SqliteDatabase) -> int:
    """How many parameters one statement may have (32,766 since SQLite 3.32, 999 before)."""
    return int(database.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


def _quote(database: pw.Database, name: str) -> str:
    left, right = database.quote[0], database.quote[1]
    return f"{left}{name}{right}"


def _texts(row: Sequence[Any], positions: list[int]) -> list[Any]:
    values = list(row)
    for i in positions:
        value = values[i]
        if isinstance(value, (datetime.datetime, datetime.date)):
            values[i] = str(value)
    return values


@contextlib.contextmanager
def search_index_paused() -> Iterator[None]:
    """Bulk-load without per-row search index upkeep; the index is rebuilt once at the end."""
    database = current()
    if isinstance(database, pw.MySQLDatabase) and "contact_word" in database.get_tables():
        # DDL would commit the transaction: this connection's word triggers wait instead (the
        # change log's go on: PostgreSQL logs per statement anyway).
        database.execute_sql("SET @kv_words_paused = 1")
        try:
            yield
        finally:
            database.execute_sql("SET @kv_words_paused = NULL")
        fill_mysql_words(database)
        return
    if not isinstance(database, pw.SqliteDatabase):
        yield
        return
    search = database.table_exists("contact_words")
    if search:
        drop_sqlite_search_triggers(database)
    drop_sqlite_change_triggers(database)
    try:
        yield
    finally:
        if search:
            create_search_indexes(database)
        create_change_log(database)
        log_everything()


def reset_sequences() -> None:
    """After inserting explicit ids, let PostgreSQL's sequences continue above them."""
    database = current()
    if not isinstance(database, pw.PostgresqlDatabase):
        return
    for model in ALL_MODELS:
        table = model._meta.table_name
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
        )


def analyze() -> None:
    """Refresh the planner's statistics after a bulk load."""
    database = current()
    if isinstance(database, pw.PostgresqlDatabase):
        # GIN indexes take new rows into a pending list that every search reads through until
        # (auto)vacuum merges it: after a bulk load that costs each search 15 ms, so merge it now.
        # Only the indexes' owner may; for anyone else autovacuum does it later.
        with contextlib.suppress(pw.DatabaseError), database.atomic():
            database.execute_sql(
                "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index AS i "
                "JOIN pg_class AS c ON c.oid = i.indexrelid JOIN pg_am AS a ON a.oid = c.relam "
                "WHERE a.amname = 'gin' AND c.relnamespace = current_schema()::regnamespace"
            )
    if isinstance(database, (pw.PostgresqlDatabase, pw.SqliteDatabase)):
        database.execute_sql("ANALYZE")
    else:
        tables = [model._meta.table_name for model in ALL_MODELS]
        tables += [t for t in ("contact_word", "location_word") if t in database.get_tables()]
        for table in tables:
            database.execute_sql(f"ANALYZE TABLE {_quote(database, table)}")
