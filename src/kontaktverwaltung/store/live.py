"""The change log that live refresh reads (issue 5), written by the database itself.

Triggers add a line to ``change_log`` for every row inserted, changed or deleted in the tables the
window shows, so a change made with plain SQL (psql, mariadb) counts as much as one made by the
app. A line names the table and the customer the row belongs to (NULL: it may concern every
customer, as a role does). PostgreSQL also sends a NOTIFY when such a transaction commits, so a
listening window learns of it at once; MariaDB and a SQLite file shared by two processes are
polled: one indexed range read of the log.

The log is not part of the data (``ALL_MODELS``): undo, dumps and merges never look at it.
"""

from __future__ import annotations

import contextlib
import select
import threading
import time
from typing import Any

import peewee as pw

from kontaktverwaltung.domain.errors import ConnectionLost, DatabaseUnavailable, Problem
from kontaktverwaltung.domain.live import EVERYTHING, LogLine
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.store import db as dbmod

TABLE = "change_log"
CHANNEL = "kontaktverwaltung_changes"
KEEP = 50_000  # lines kept when a window opens; one away for longer reloads everything
READ_LIMIT = 5_000  # more lines than this at once: reload everything instead of reading them all

# The customer a row belongs to, as SQL over the row alias ``r``.
_CUSTOMER_OF = {
    "customer": "r.id",
    "location": "r.customer_id",
    "contact": "r.customer_id",
    "contact_channel": "(SELECT c.customer_id FROM contact c WHERE c.id = r.contact_id)",
    "job": "r.customer_id",
    "history_entry": "r.customer_id",
    "customer_document": "r.customer_id",
    "customer_role": "NULL",
}
_EVENTS = (("ins", "INSERT", "NEW"), ("upd", "UPDATE", "NEW"), ("del", "DELETE", "OLD"))

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION kv_log_change() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  written integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    EXECUTE format('INSERT INTO {TABLE} (tbl, customer_id) SELECT DISTINCT %L, %s FROM kv_old r',
                   TG_TABLE_NAME, TG_ARGV[0]);
  ELSE
    EXECUTE format('INSERT INTO {TABLE} (tbl, customer_id) SELECT DISTINCT %L, %s FROM kv_new r',
                   TG_TABLE_NAME, TG_ARGV[0]);
  END IF;
  GET DIAGNOSTICS written = ROW_COUNT;
  IF written > 0 THEN
    PERFORM pg_notify('{CHANNEL}', '');
  END IF;
  RETURN NULL;
END
$f$
"""


def _table_sql(database: pw.Database) -> str:
    if isinstance(database, pw.PostgresqlDatabase):
        key = "id BIGSERIAL PRIMARY KEY"
    elif isinstance(database, pw.MySQLDatabase):
        key = "id BIGINT AUTO_INCREMENT PRIMARY KEY"
    else:
        key = "id INTEGER PRIMARY KEY AUTOINCREMENT"
    suffix = " ENGINE=InnoDB" if isinstance(database, pw.MySQLDatabase) else ""
    return f"CREATE TABLE IF NOT EXISTS {TABLE} ({key}, tbl VARCHAR(32) NOT NULL, customer_id INTEGER){suffix}"


def _trigger_statements(database: pw.Database) -> list[str]:
    statements: list[str] = []
    if isinstance(database, pw.PostgresqlDatabase):
        statements.append(_PG_FUNCTION.replace("%", "%%"))  # the driver formats %s even without parameters
        for table, expression in _CUSTOMER_OF.items():
            customer = "NULL::integer" if expression == "NULL" else expression
            for short, event, _row in _EVENTS:
                name = f"kv_log_{table}_{short}"
                transition = "OLD TABLE AS kv_old" if event == "DELETE" else "NEW TABLE AS kv_new"
                statements.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                statements.append(
                    f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {transition} "
                    f"FOR EACH STATEMENT EXECUTE PROCEDURE kv_log_change('{customer.replace(chr(39), chr(39) * 2)}')"
                )
        return statements
    mysql = isinstance(database, pw.MySQLDatabase)
    for table, customer in _CUSTOMER_OF.items():
        for short, event, row in _EVENTS:
            name = f"kv_log_{table}_{short}"
            value = customer.replace("r.", f"{row}.")
            insert = f"INSERT INTO {TABLE} (tbl, customer_id) VALUES ('{table}', {value})"
            if mysql:
                statements.append(f"DROP TRIGGER IF EXISTS {name}")
                statements.append(f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW {insert}")
            else:
                statements.append(f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} BEGIN {insert}; END")
    return statements


def create_change_log(database: pw.Database) -> None:
    """The log table and its triggers; safe to run again (a rebuilt SQLite table loses its triggers)."""
    database.execute_sql(_table_sql(database))
    try:
        for statement in _trigger_statements(database):
            database.execute_sql(statement)
    except pw.DatabaseError as error:
        code = error.args[0] if error.args and isinstance(error.args[0], int) else None
        if code in _MYSQL_TRIGGER_REFUSED:
            raise DatabaseUnavailable(
                Problem.of(
                    T(
                        "Der Datenbankserver erlaubt diesem Benutzer nicht, Trigger anzulegen. "
                        "Die Kontaktverwaltung braucht sie, damit alle Arbeitsplätze Änderungen "
                        "der anderen sehen. Bitte den Administrator, dem Benutzer das Recht "
                        "TRIGGER zu geben (bei MariaDB/MySQL mit Binärlog außerdem "
                        "log_bin_trust_function_creators = 1 zu setzen), und dann erneut öffnen. "
                        "Die Datenbank wurde nicht verändert."
                    ),
                    "db",
                )
            ) from error
        raise


# MariaDB/MySQL: no TRIGGER right (1142), or binary logging without SUPER (1419).
_MYSQL_TRIGGER_REFUSED = {1142, 1419}


def drop_sqlite_change_triggers(database: pw.SqliteDatabase) -> None:
    """For bulk loads into SQLite: one "everything" line afterwards instead of one per row."""
    for table in _CUSTOMER_OF:
        for short, _event, _row in _EVENTS:
            database.execute_sql(f"DROP TRIGGER IF EXISTS kv_log_{table}_{short}")


def drop_change_log(database: pw.Database) -> None:
    """The log and its triggers removed (what a schema before 3 looks like)."""
    if isinstance(database, pw.SqliteDatabase):
        drop_sqlite_change_triggers(database)
    for table in _CUSTOMER_OF:
        for short, _event, _row in _EVENTS:
            if isinstance(database, pw.PostgresqlDatabase):
                database.execute_sql(f"DROP TRIGGER IF EXISTS kv_log_{table}_{short} ON {table}")
            elif isinstance(database, pw.MySQLDatabase):
                database.execute_sql(f"DROP TRIGGER IF EXISTS kv_log_{table}_{short}")
    database.execute_sql(f"DROP TABLE IF EXISTS {TABLE}")


def log_everything() -> None:
    """One line that tells every window to reload all it shows (after a bulk load)."""
    dbmod.current().execute_sql(f"INSERT INTO {TABLE} (tbl, customer_id) VALUES ('{EVERYTHING}', NULL)")


class ChangeFeed:
    """A connection of its own that reads the change log (and, on PostgreSQL, listens for it).

    Used by one watcher thread. Every driver error becomes :class:`ConnectionLost`; the watcher
    then closes the feed and opens a new one when the server is back.
    """

    def __init__(self, database: pw.Database) -> None:
        self._database = database
        self._conn: Any = None
        self._param = "?" if isinstance(database, pw.SqliteDatabase) else "%s"
        self.listening = isinstance(database, pw.PostgresqlDatabase)
        self.server = not isinstance(database, pw.SqliteDatabase)  # else a busy file, not a lost server

    def open(self) -> int:
        """Connect; returns the newest line's number (where a new window starts reading)."""
        try:
            self._conn = self._new_connection()
            if self.listening:
                self._conn.autocommit = True
                self._run(f"LISTEN {CHANNEL}", fetch=False)
            return self._newest()
        except ConnectionLost:
            raise
        except Exception as error:
            self.close()
            raise ConnectionLost(str(error)) from error

    def wait(self, seconds: float, stop: threading.Event) -> None:
        """Until a NOTIFY arrives (PostgreSQL), ``seconds`` pass, or ``stop`` is set."""
        deadline = time.monotonic() + seconds
        while not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            if not self.listening:
                stop.wait(min(left, 0.25))
                continue
            try:
                readable, _, _ = select.select([self._conn], [], [], min(left, 0.25))
                if readable:
                    self._conn.poll()
                if self._conn.notifies:
                    self._conn.notifies.clear()
                    return
            except Exception as error:
                raise ConnectionLost(str(error)) from error

    def _new_connection(self) -> Any:
        """A connection of the feed's own, not the thread's; on MariaDB/MySQL with a read timeout,
        so a network that vanished without a word cannot hold the watcher for minutes."""
        database = self._database
        if isinstance(database, pw.MySQLDatabase):
            params = {**database.connect_params, "read_timeout": 20, "write_timeout": 20}
            database = type(database)(database.database, **params)
        return database._connect()  # type: ignore[attr-defined]

    def read(self, after: int, late: list[int] | None = None) -> tuple[list[LogLine], bool]:
        """The lines after ``after`` (up to READ_LIMIT) and those of ``late`` that have appeared
        by now, and whether lines were lost to pruning or the limit (then reload everything)."""
        try:
            also = f" OR id IN ({', '.join(str(int(n)) for n in late[:500])})" if late else ""
            rows = self._run(
                f"SELECT id, tbl, customer_id FROM {TABLE} WHERE id > {self._param}{also} "
                f"ORDER BY id LIMIT {READ_LIMIT}",
                (after,),
            )
            lines = [(int(i), str(t), int(c) if c is not None else None) for i, t, c in rows]
            lost = len(lines) >= READ_LIMIT
            newer = [line for line in lines if line[0] > after]
            if newer and newer[0][0] > after + 1:
                oldest = self._run(f"SELECT MIN(id) FROM {TABLE}")[0][0]
                lost = lost or (oldest is not None and int(oldest) > after + 1)
            return lines, lost
        except Exception as error:
            raise ConnectionLost(str(error)) from error

    def prune(self) -> None:
        """Keep the newest KEEP lines (run once when a window opens)."""
        try:
            newest = self._newest()
            if newest > KEEP:
                self._run(f"DELETE FROM {TABLE} WHERE id <= {self._param}", (newest - KEEP,), fetch=False)
        except Exception as error:
            raise ConnectionLost(str(error)) from error

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def newest(self) -> int:
        try:
            return self._newest()
        except Exception as error:
            raise ConnectionLost(str(error)) from error

    def _newest(self) -> int:
        value = self._run(f"SELECT MAX(id) FROM {TABLE}")[0][0]
        return int(value) if value is not None else 0

    def _run(self, sql: str, params: tuple[Any, ...] = (), fetch: bool = True) -> list[Any]:
        cursor = self._conn.cursor()
        try:
            cursor.execute(sql, params)
            return list(cursor.fetchall()) if fetch else []
        finally:
            cursor.close()


def newest_line() -> int:
    """The newest line of the change log, through the calling thread's connection."""
    value = dbmod.current().execute_sql(f"SELECT MAX(id) FROM {TABLE}").fetchone()[0]
    return int(value) if value is not None else 0


def open_feed() -> ChangeFeed:
    """A feed on the database that is open now."""
    return ChangeFeed(dbmod.current())
