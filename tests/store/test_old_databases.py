"""Databases written by earlier versions of the app (tests/fixtures/, made by the code of that
time: make_old_databases.py) are migrated to the latest schema with every row intact (issue 12)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kontaktverwaltung.domain.history_texts import decode
from kontaktverwaltung.domain.messages import german
from kontaktverwaltung.services import demo, portal
from kontaktverwaltung.services.search import search_contacts
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.models import LoginAddress
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.store.schema import LATEST, stored_version

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD_FILES = sorted(FIXTURES.glob("schema*.sqlite3"), key=lambda p: int(p.stem.removeprefix("schema")))
TABLES = ("customer", "location", "contact", "contact_channel", "job", "history_entry", "customer_document")


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    yield
    close_database()


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as raw:
        return {t: raw.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


# Schemas 4 to 7 arrived together in one release: no version of the app ever wrote 4, 5 or 6;
# 8 to 10 arrive together in the next.
RELEASED_SCHEMAS = [2, 3, 7, *range(10, LATEST)]


def test_there_is_a_file_of_every_schema_the_app_ever_wrote():
    assert [p.name for p in OLD_FILES] == [f"schema{v}.sqlite3" for v in RELEASED_SCHEMAS]


@pytest.mark.parametrize("old", OLD_FILES, ids=lambda p: p.stem)
def test_an_old_database_is_migrated_with_every_row_intact(old, tmp_path):
    path = tmp_path / "kunden.sqlite3"
    shutil.copy(old, path)
    before = _counts(path)
    with sqlite3.connect(path) as raw:
        has_params = any(c[1] == "params" for c in raw.execute("PRAGMA table_info(history_entry)"))
        columns = "id, text, params" if has_params else "id, text, NULL"
        written = raw.execute(f"SELECT {columns} FROM history_entry ORDER BY id").fetchall()
    # Before schema 11 a German sentence; since, a text id and its values (read the same in German).
    sentences = [(i, german(decode(params)) if params else text) for i, text, params in written]
    database = open_database(dbmod.sqlite_url(path))
    assert stored_version(database) == LATEST
    assert _counts(path) == before

    # Schema 11: every sentence became a text id with its values; it still reads the same in German.
    said = database.execute_sql("SELECT id, text, params FROM history_entry ORDER BY id").fetchall()
    assert [(i, "", True) for i, _ in sentences] == [(i, text, params is not None) for i, text, params in said]
    assert [(i, german(decode(params))) for i, _text, params in said] == sentences
    assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    document = database.execute_sql("SELECT content FROM customer_document").fetchone()[0]
    assert bytes(document) == bytes(range(256)) * 400

    # R2 as the old data had it: every login address once; the one two logins shared stays ambiguous.
    shared = database.execute_sql("SELECT normalized FROM contact_channel WHERE label = 'geteilt'").fetchone()[0]
    logins = database.execute_sql(
        "SELECT COUNT(DISTINCT h.normalized) FROM contact_channel h JOIN contact c ON c.id = h.contact_id "
        "WHERE h.kind = 'email' AND c.password_hash IS NOT NULL"
    ).fetchone()[0]
    assert LoginAddress.select().count() == logins
    assert portal.authenticate(shared, demo.DEMO_PASSWORD) is None
    login = database.execute_sql(
        "SELECT h.normalized FROM contact_channel h JOIN contact c ON c.id = h.contact_id "
        "WHERE h.kind = 'email' AND c.password_hash IS NOT NULL AND c.active AND h.normalized <> ? "
        "ORDER BY h.id LIMIT 1",
        (shared,),
    ).fetchone()[0]
    assert portal.authenticate(login, demo.DEMO_PASSWORD) is not None

    last_name = database.execute_sql("SELECT last_name FROM contact ORDER BY id LIMIT 1").fetchone()[0]
    assert search_contacts(last_name).hits
    phone = database.execute_sql("SELECT normalized FROM contact_channel WHERE kind <> 'email' LIMIT 1").fetchone()[0]
    assert search_contacts(phone).hits  # the word index was built anew, phone digits included
    for table in ("contact_words", "location_words"):  # four-letter beginnings indexed (schema 9)
        (ddl,) = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        assert "prefix='1 2 3 4'" in ddl
    close_database()
    assert len(list(tmp_path.glob("kunden.schema*.bak.sqlite3"))) == 1
    open_database(dbmod.sqlite_url(path))  # again: nothing more to do, no second backup
    close_database()
    assert len(list(tmp_path.glob("kunden.schema*.bak.sqlite3"))) == 1
