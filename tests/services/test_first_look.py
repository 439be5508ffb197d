"""Start (issue 15): the first customers read straight from a SQLite file before the database
opens are exactly what the opened database lists first; where they cannot be read so, none."""

from __future__ import annotations

import sqlite3

import pytest

from kontaktverwaltung.services import customers
from kontaktverwaltung.services.first_look import first_customers, remember
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store import first_look
from kontaktverwaltung.store.schema import LATEST
from tests.factories import make_contact, make_customer, make_location

NAMES = ["Zander", "ärger AG", "Äpfel", "ab", "A", "Ab", "Öztürk", "Ost", "Straße", "Strasse", "strauss", "Émile"]


def test_the_first_look_is_the_start_of_the_opened_list(db, empty_db_url, ctx):
    for number, name in enumerate(NAMES):
        customer = make_customer(ctx, name, f"K-{number}")
        if number % 3 == 0:  # some with locations (the first one's city is listed) and contacts
            make_location(ctx, customer, f"Werk {number}", city=f"Ort {number}")
            make_contact(ctx, make_location(ctx, customer, "Lager", city="Anderswo"), "Vera", f"Muster{number}")
    whole = customers.list_customers()
    for count in (1, 2, 5, len(whole), len(whole) + 1):
        looked = first_customers(empty_db_url, count)
        if not empty_db_url.startswith("sqlite"):
            assert looked is None  # a server has no file to look into: the list comes with the database
            continue
        assert looked is not None and (looked.total, looked.customers) == (len(whole), whole[:count])


def test_no_first_look_into_a_file_of_another_schema_a_missing_or_a_damaged_file(db, empty_db_url, ctx, tmp_path):
    if not empty_db_url.startswith("sqlite"):
        pytest.skip("a server has no file to look into")
    make_customer(ctx, "Anker", "K-1")
    assert first_customers(empty_db_url, 10) is not None
    dbmod.current().execute_sql("UPDATE schema_version SET version = ?", (LATEST - 1,))
    assert first_customers(empty_db_url, 10) is None  # migrated when opened: the list comes after
    assert first_customers(dbmod.sqlite_url(tmp_path / "fehlt.sqlite3"), 10) is None
    assert not (tmp_path / "fehlt.sqlite3").exists()  # looked at, never created
    (tmp_path / "kaputt.sqlite3").write_bytes(b"keine Datenbank" * 100)
    assert first_customers(dbmod.sqlite_url(tmp_path / "kaputt.sqlite3"), 10) is None


def test_a_first_look_that_takes_too_long_is_given_up(db, empty_db_url, ctx, monkeypatch):
    if not empty_db_url.startswith("sqlite"):
        pytest.skip("a server has no file to look into")
    make_customer(ctx, "Anker", "K-1")
    assert first_customers(empty_db_url, 10) is not None
    with dbmod.transaction():  # enough customers that the reading is checked on the way
        for number in range(2, 2000):
            dbmod.current().execute_sql(
                "INSERT INTO customer (version, created_at, updated_at, number, name, notes)"
                " VALUES (1, '2026-01-05', '2026-01-05', ?, ?, '')",
                (f"K-{number}", f"Firma {number}"),
            )
    monkeypatch.setattr(first_look, "GIVE_UP_S", -1.0)  # a file on a share too slow to wait for
    assert first_customers(empty_db_url, 10) is None


def test_the_first_look_knows_the_schema_version():
    assert first_look.SCHEMA_VERSION == LATEST


def _local(url: str) -> None:
    if not url.startswith("sqlite"):
        pytest.skip("a server has no file to look into")


def _unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on the file itself cannot be read at start (locked by a writer, say)."""

    def locked(*_args):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(first_look, "_read", locked)


def test_the_first_customers_kept_at_the_close_are_the_next_start_s_while_the_file_is_unchanged(
    db, empty_db_url, ctx, tmp_path, monkeypatch
):
    _local(empty_db_url)
    kept = tmp_path / "cache" / "erste-kunden.json"
    for number, name in enumerate(NAMES):
        make_customer(ctx, name, f"K-{number}")
    assert remember(empty_db_url, 5, kept)  # the window closes
    read = first_customers(empty_db_url, 5)
    _unreadable(monkeypatch)
    assert first_customers(empty_db_url, 5) is None
    assert first_customers(empty_db_url, 5, kept) == read  # ... the kept ones are what it would say
    assert first_customers(empty_db_url, 6, kept) is None  # kept for another count: not these


def test_kept_first_customers_are_not_shown_once_the_file_was_changed(db, empty_db_url, ctx, tmp_path, monkeypatch):
    _local(empty_db_url)
    kept = tmp_path / "erste-kunden.json"
    make_customer(ctx, "Zander", "K-1")
    assert remember(empty_db_url, 5, kept)
    make_customer(ctx, "Anker", "K-2")  # another program (or a crashed run) wrote after the close
    assert [c.name for c in first_customers(empty_db_url, 5, kept).customers] == ["Anker", "Zander"]
    dbmod.current().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # ... and its changes reached the file
    assert [c.name for c in first_customers(empty_db_url, 5, kept).customers] == ["Anker", "Zander"]
    _unreadable(monkeypatch)
    assert first_customers(empty_db_url, 5, kept) is None  # not the one customer kept before


def test_a_kept_file_that_is_damaged_or_from_another_schema_is_passed_over(db, empty_db_url, ctx, tmp_path):
    _local(empty_db_url)
    kept = tmp_path / "erste-kunden.json"
    make_customer(ctx, "Anker", "K-1")
    read = first_customers(empty_db_url, 5)
    for text in ("{kaputt", '{"schema": 1}', "[]", f'{{"schema": {LATEST}, "state": null}}', ""):
        kept.write_text(text, encoding="utf-8")
        assert first_customers(empty_db_url, 5, kept) == read
    assert remember(empty_db_url, 5, kept)
    saved = kept.read_text(encoding="utf-8")
    kept.write_text(saved.replace('"Anker"', "17"), encoding="utf-8")  # the file's state, a name not a text
    assert first_customers(empty_db_url, 5, kept) == read
    kept.write_text(saved.replace(f'"schema": {LATEST}', f'"schema": {LATEST - 1}'), encoding="utf-8")
    dbmod.current().execute_sql("UPDATE schema_version SET version = ?", (LATEST - 1,))  # (not counted)
    assert first_customers(empty_db_url, 5, kept) is None  # an older app's file, an older schema


def test_nothing_is_kept_for_a_server_or_a_file_another_program_holds(db, empty_db_url, ctx, tmp_path):
    kept = tmp_path / "erste-kunden.json"
    make_customer(ctx, "Anker", "K-1")
    if not empty_db_url.startswith("sqlite"):
        assert not remember(empty_db_url, 5, kept) and not kept.exists()
        return
    assert remember(empty_db_url, 5, kept) and kept.exists()
    with dbmod.transaction():  # someone is writing right now: the log cannot be emptied
        make_customer(ctx, "Berger", "K-2")
        assert not remember(empty_db_url, 5, kept)
    assert not kept.exists()  # no word on an older state left behind either
