"""Opening what the app must not change, and MariaDB databases in a narrow character set (issue 12)."""

from __future__ import annotations

import contextlib
import datetime
import itertools
import sqlite3
from collections.abc import Iterator

import pytest
from playhouse.migrate import SchemaMigrator

from kontaktverwaltung.domain.errors import DatabaseUnavailable, SchemaTooNew
from kontaktverwaltung.services import contacts
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.store.schema import LATEST, MIGRATIONS
from tests.conftest import REQUIRED, SERVER_URLS, _admin_connection, _prepare_server
from tests.factories import contact_input, make_contact, make_customer, make_location


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    yield
    close_database()


def test_refusing_a_newer_sqlite_database_leaves_its_journal_mode(tmp_path):
    path = tmp_path / "neuer.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute(
            "CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER, applied_at TEXT, app_version TEXT)"
        )
        raw.execute(
            "INSERT INTO schema_version (version, applied_at, app_version) VALUES (?, '2030-01-01', '99')",
            (LATEST + 1,),
        )
        raw.commit()
    with pytest.raises(SchemaTooNew):
        open_database(dbmod.sqlite_url(path))
    close_database()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_a_new_sqlite_database_is_in_wal_mode(tmp_path):
    path = tmp_path / "neu.sqlite3"
    open_database(dbmod.sqlite_url(path))
    close_database()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def _one_version_behind(path, ctx) -> str:
    """A database file with a customer, one schema version behind this app's: opening migrates."""
    url = dbmod.sqlite_url(path)
    open_database(url)
    make_customer(ctx)
    dbmod.current().execute_sql("UPDATE schema_version SET version = ?", (LATEST - 1,))
    close_database()
    return url


def test_an_interrupted_migration_does_not_leave_a_new_backup_each_time(tmp_path, ctx, monkeypatch):
    from kontaktverwaltung.store import schema

    url = _one_version_behind(tmp_path / "kunden.sqlite3", ctx)

    attempts = []

    def power_cut(database, migrator):
        attempts.append(True)
        raise RuntimeError("Stromausfall")

    monkeypatch.setitem(schema.MIGRATIONS, LATEST, power_cut)
    seconds = itertools.count()  # each attempt a minute later: a backup name of its own
    start = datetime.datetime(2026, 1, 5, 8, 0, 0)
    monkeypatch.setattr(dbmod, "now", lambda: start + datetime.timedelta(minutes=next(seconds)))
    for _attempt in range(3):
        with pytest.raises(RuntimeError):
            open_database(url)
        close_database()
    assert len(attempts) == 3
    backups = [p.name for p in tmp_path.iterdir() if ".bak" in p.name]
    assert len(backups) == 1, backups


def test_a_backup_killed_halfway_is_removed_when_the_migration_is_tried_again(tmp_path, ctx):
    url = _one_version_behind(tmp_path / "kunden.sqlite3", ctx)
    half = tmp_path / f"kunden.schema{LATEST - 1}-20260105-080000.bak.sqlite3.part"
    half.write_bytes(b"SQLite format 3\x00 halb")  # what a kill -9 during the copy leaves
    (tmp_path / (half.name + "-journal")).write_bytes(b"")

    open_database(url)
    close_database()
    backups = sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name)
    assert len(backups) == 1 and backups[0].endswith(".bak.sqlite3"), backups


# --- MariaDB: utf8mb4 -----------------------------------------------------------------------------


@pytest.fixture
def latin1_url() -> Iterator[str]:
    """A MariaDB database created with latin1 as its default, as old servers do."""
    reason = _prepare_server("mysql")
    if reason:
        if REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    base, _, query = SERVER_URLS["mysql"].partition("?")
    url = f"{base}_latin1" + (f"?{query}" if query else "")
    name = base.rsplit("/", 1)[1] + "_latin1"
    admin = _admin_connection("mysql", SERVER_URLS["mysql"])
    admin.execute_sql(f"DROP DATABASE IF EXISTS `{name}`")
    admin.execute_sql(f"CREATE DATABASE `{name}` CHARACTER SET latin1")
    admin.close()
    yield url
    close_database()
    admin = _admin_connection("mysql", SERVER_URLS["mysql"])
    admin.execute_sql(f"DROP DATABASE IF EXISTS `{name}`")
    admin.close()


NAMES = ("Łucja", "Øre-Świątek 😀")


def test_a_new_database_on_a_latin1_server_stores_any_name(latin1_url, ctx):
    open_database(latin1_url)
    location = make_location(ctx, make_customer(ctx, "Zażółć GmbH"))
    contact = make_contact(ctx, location, *NAMES)
    assert contacts.contact_card(contact).last_name == NAMES[1]


def test_a_table_in_latin1_is_refused_on_open_with_the_statement_that_fixes_it(latin1_url, ctx):
    open_database(latin1_url)
    dbmod.current().execute_sql("ALTER TABLE contact CONVERT TO CHARACTER SET latin1")
    close_database()
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(latin1_url)
    assert "ALTER TABLE `contact` CONVERT TO CHARACTER SET utf8mb4" in refused.value.message()


def test_migrating_a_latin1_database_converts_it(latin1_url, ctx):
    open_database(latin1_url)
    location = make_location(ctx, make_customer(ctx))
    database = dbmod.current()
    for table in ("contact", "contact_channel", "customer"):
        database.execute_sql(f"ALTER TABLE `{table}` CONVERT TO CHARACTER SET latin1")
    # Schema 4 is the step that converts: run it as a migration from schema 3 would.
    with database.atomic():
        MIGRATIONS[4](database, SchemaMigrator.from_database(database))
    close_database()
    open_database(latin1_url)
    contact = contacts.create_contact(ctx, contact_input(location, *NAMES)).value
    assert contacts.contact_card(contact).first_name == NAMES[0]
