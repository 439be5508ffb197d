"""Looking at a database without opening it for work: can we get in, and which schema is there?

"Verbindung testen" in the database settings (issue 5) asks this of a database the app has not
opened. It uses a connection of its own, never the bound one, changes nothing (no schema is
created or migrated, a SQLite file is opened read-only and never made), and closes again.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from kontaktverwaltung.domain.errors import DatabaseUnavailable, Problem
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store import schema
from kontaktverwaltung.store.models import SchemaVersion

CONNECT_TIMEOUT_SECONDS = 5  # an address that swallows packets must not keep the test waiting for minutes
_VERSION_TABLE = SchemaVersion._meta.table_name


@dataclass(frozen=True)
class Probe:
    """What was found: the schema version (None: an empty database), and whether a SQLite file
    is still to be made (it is created when the app first opens it)."""

    version: int | None
    new_file: bool = False


def probe_database(url: str) -> Probe:
    """Connect, read the schema version, close. Raises DatabaseUnavailable (the message says
    why: server unreachable, login refused, database missing …) or SchemaTooNew."""
    found = _probe_sqlite(url) if dbmod.backend_of(url) == "sqlite" else _probe_server(url)
    if found.version is not None and found.version > schema.LATEST:
        schema._refuse_newer(found.version)  # the same words as when the app opens it
    return found


def _probe_server(url: str) -> Probe:
    database = dbmod.connect_url(url)
    database.connect_params["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    try:
        database.connect()
    except (pw.OperationalError, pw.InterfaceError) as error:
        raise dbmod.unreachable(url, error) from error
    except (TypeError, ValueError) as error:  # an option in the URL the driver does not know
        raise dbmod.bad_url(url, error) from error
    except pw.DatabaseError as error:
        raise _cannot_open(url, error) from error
    try:
        if not database.table_exists(_VERSION_TABLE):
            return Probe(None)
        row = database.execute_sql(f"SELECT MAX(version) FROM {_VERSION_TABLE}").fetchone()
        return Probe(int(row[0]) if row and row[0] is not None else None)
    except pw.DatabaseError as error:
        raise _cannot_open(url, error) from error
    finally:
        database.close()


def _probe_sqlite(url: str) -> Probe:
    raw = url.split(":///", 1)[1] if ":///" in url else ""
    if not raw or raw == ":memory:":
        dbmod.connect_url(url)  # raises the message for a malformed URL
        return Probe(None)
    path = Path(raw).expanduser()
    if not path.exists():
        return Probe(None, new_file=True)
    if path.is_dir():
        where = dbmod.describe_url(url)
        raise DatabaseUnavailable(
            Problem.of(
                T("„{where}“ ist ein Ordner. Bitte eine Datei wählen oder einen neuen Dateinamen angeben."),
                "db",
                where=where,
            )
        )
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_VERSION_TABLE,)
            ).fetchone()
            if found is None:
                return Probe(None)
            row = connection.execute(f"SELECT MAX(version) FROM {_VERSION_TABLE}").fetchone()
            return Probe(int(row[0]) if row and row[0] is not None else None)
    except sqlite3.Error as error:  # not a database, a folder, no right to read …
        raise _cannot_open(url, error) from error


def _cannot_open(url: str, error: Exception) -> DatabaseUnavailable:
    where = dbmod.describe_url(url)
    return DatabaseUnavailable(
        Problem.of(
            T("„{where}“ lässt sich nicht als Datenbank der Kontaktverwaltung öffnen: {error}"),
            "db",
            where=where,
            error=error,
        )
    )
