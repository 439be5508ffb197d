"""Verbindung testen (issue 5): clear German words for each way a connection fails, on the real servers."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from kontaktverwaltung.services import (
    connection,  # not the function itself: pytest would collect "test_…"
    customers,
)
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.models import SchemaVersion
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.store.schema import LATEST
from tests.conftest import backend_url
from tests.english import in_english


def _with(url: str, **parts: str | int) -> str:
    """The URL with another user, password, port or database name."""
    parsed = urlparse(url)
    user = parts.get("user", parsed.username or "")
    password = parts.get("password", parsed.password or "")
    port = parts.get("port", parsed.port)
    name = parts.get("database", parsed.path.lstrip("/"))
    login = f"{user}:{password}" if password else str(user)
    query = f"?{parsed.query}" if parsed.query else ""
    return f"{parsed.scheme}://{login}@{parsed.hostname}:{port}/{name}{query}"


def test_a_database_of_this_app_is_fine_and_its_schema_named(empty_db_url):
    open_database(empty_db_url)
    close_database()
    check = connection.test_connection(empty_db_url)
    assert check.ok and check.version == LATEST
    assert check.message() == f"Verbindung in Ordnung (Schema {LATEST})"


def test_an_empty_database_is_fine_and_left_empty(backend, empty_db_url, tmp_path):
    if backend == "sqlite":
        (tmp_path / "test.sqlite3").touch()  # an empty file is an empty SQLite database
    check = connection.test_connection(empty_db_url)
    assert check.ok and check.version is None
    assert "Die Datenbank ist leer" in check.message()
    database = dbmod.connect_url(empty_db_url)
    database.connect()
    try:
        assert database.get_tables() == []  # nothing created: a test is no migration
    finally:
        database.close()


def test_a_file_not_made_yet_is_fine_and_not_made(tmp_path):
    path = tmp_path / "neu" / "kunden.sqlite3"
    check = connection.test_connection(dbmod.sqlite_url(path))
    assert check.ok and "wird beim ersten Öffnen angelegt" in check.message()
    assert not path.parent.exists()


def test_a_file_that_is_no_database_is_named(tmp_path):
    notes = tmp_path / "notizen.txt"
    notes.write_text("Keine Datenbank.\n" * 50)
    check = connection.test_connection(dbmod.sqlite_url(notes))
    assert not check.ok and "lässt sich nicht als Datenbank der Kontaktverwaltung öffnen" in check.message()
    assert notes.read_text() == "Keine Datenbank.\n" * 50


def test_a_folder_is_no_database_file(tmp_path):
    check = connection.test_connection(dbmod.sqlite_url(tmp_path))
    assert not check.ok and "ist ein Ordner" in check.message()


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_an_unreachable_server_is_named_with_host_and_port(backend, tmp_path):
    url = _with(backend_url(backend, tmp_path), port=1)
    check = connection.test_connection(url)
    assert not check.ok
    assert "ist nicht erreichbar: Läuft der Server, und stimmen Host und Port?" in check.message()
    assert "127.0.0.1:1" in check.message()


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_a_missing_database_is_named(backend, tmp_path):
    url = _with(backend_url(backend, tmp_path), database="kv_gibt_es_nicht")
    check = connection.test_connection(url)
    assert not check.ok
    assert "gibt es keine Datenbank „kv_gibt_es_nicht“" in check.message()


def test_a_wrong_password_is_named_on_mariadb(tmp_path):
    url = backend_url("mysql", tmp_path)
    check = connection.test_connection(_with(url, password="ganz-falsch"))
    assert not check.ok
    assert f"Benutzername „{urlparse(url).username}“ oder Passwort ist falsch" in check.message()
    assert "ganz-falsch" not in check.message() and "ganz-falsch" not in in_english(check)


def test_an_unknown_user_is_a_refused_login_on_postgresql(tmp_path):
    # The local server trusts every password, so a wrong one cannot be shown here; an unknown
    # user is refused the same way and worded the same.
    url = _with(backend_url("postgresql", tmp_path), user="kv_niemand")
    check = connection.test_connection(url)
    assert not check.ok and "Benutzername „kv_niemand“ oder Passwort ist falsch" in check.message()


def test_a_schema_newer_than_this_app_is_refused_and_left_as_it_is(empty_db_url):
    open_database(empty_db_url)
    SchemaVersion.create(version=LATEST + 1, applied_at=dbmod.now(), app_version="99.0")
    close_database()
    check = connection.test_connection(empty_db_url)
    assert not check.ok
    assert f"neueren Version der Kontaktverwaltung angelegt (Schema {LATEST + 1}" in check.message()
    database = dbmod.connect_url(empty_db_url)
    database.connect()
    try:
        rows = database.execute_sql("SELECT MAX(version), COUNT(*) FROM schema_version").fetchone()
        assert (int(rows[0]), int(rows[1])) == (LATEST + 1, 2)
    finally:
        database.close()


def test_the_test_uses_a_connection_of_its_own(db, empty_db_url):
    """Testing the database the app has open neither closes nor replaces the app's connection."""
    customers.create_customer(Context("Test"), customers.CustomerInput("K-1", "Müller GmbH", ""))
    assert not db.is_closed()
    check = connection.test_connection(empty_db_url)
    assert check.ok and check.version == LATEST
    assert dbmod.current() is db and not db.is_closed()
    assert [c.name for c in customers.list_customers()] == ["Müller GmbH"]
