"""Database URLs built from the workstation's settings (issue 5): no Qt, no server needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kontaktverwaltung.domain.errors import ValidationError
from kontaktverwaltung.domain.urls import (
    DatabaseChoice,
    DatabaseKind,
    database_url,
    default_url,
    describe_url,
    sqlite_url,
)
from kontaktverwaltung.store import db as dbmod

PG = DatabaseChoice(DatabaseKind.POSTGRESQL, host="db.agentur.local", database="kontakte", user="anna")
MARIADB = DatabaseChoice(DatabaseKind.MYSQL, host="db.agentur.local", database="kontakte", user="anna")


def _login(url: str) -> tuple[str, str]:
    """User and password as the driver will receive them."""
    params = dbmod.connect_url(url).connect_params
    return params["user"], params.get("password", params.get("passwd", ""))


def test_the_local_default_is_the_file_in_the_user_folder():
    assert database_url(DatabaseChoice()) == default_url()


def test_another_file_is_a_sqlite_url(tmp_path):
    path = tmp_path / "Netzlaufwerk" / "kunden daten.sqlite3"
    assert database_url(DatabaseChoice(DatabaseKind.FILE, file=str(path))) == sqlite_url(path)


def test_a_home_relative_file_is_expanded(tmp_path):
    url = database_url(DatabaseChoice(DatabaseKind.FILE, file="~/daten.sqlite3"))
    assert url == sqlite_url(Path.home() / "daten.sqlite3")


def test_postgresql_with_the_default_port():
    assert database_url(PG) == "postgresql://anna@db.agentur.local:5432/kontakte"


def test_mariadb_gets_its_port_and_the_mariadb_flag():
    assert database_url(MARIADB, "geheim") == "mysql://anna:geheim@db.agentur.local:3306/kontakte?mariadb=true"


def test_a_set_port_is_kept():
    choice = DatabaseChoice(DatabaseKind.POSTGRESQL, host="10.0.0.5", port=6432, database="kv", user="kv")
    assert database_url(choice) == "postgresql://kv@10.0.0.5:6432/kv"


def test_an_ipv6_host_is_bracketed():
    choice = DatabaseChoice(DatabaseKind.POSTGRESQL, host="::1", database="kv", user="kv")
    url = database_url(choice)
    assert url == "postgresql://kv@[::1]:5432/kv"
    assert dbmod.connect_url(url).connect_params["host"] == "::1"


@pytest.mark.parametrize(
    "password",
    [
        "p@ss:wort",
        "a/b?c#d",
        "100%sicher",
        "%40 schon kodiert",
        "Grüße€ß",
        "mit leer zeichen",
        "'\"\\;&=+",
        "[::]@@::",
    ],
)
@pytest.mark.parametrize("choice", [PG, MARIADB], ids=["postgresql", "mariadb"])
def test_odd_characters_in_passwords_reach_the_driver_unchanged(choice, password):
    url = database_url(choice, password)
    assert _login(url) == ("anna", password)
    assert password not in describe_url(url)
    assert describe_url(url).startswith(f"{choice.kind.value}://anna@db.agentur.local:")


def test_odd_characters_in_the_user_name_reach_the_driver_and_the_title_unquoted():
    choice = DatabaseChoice(DatabaseKind.MYSQL, host="h", database="kv", user="anna@agentur.at")
    url = database_url(choice, "x:y")
    assert _login(url) == ("anna@agentur.at", "x:y")
    assert describe_url(url) == "mysql://anna@agentur.at@h:3306/kv"


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
def test_any_password_round_trips(password):
    assert _login(database_url(PG, password)) == ("anna", password)


def test_the_vault_key_names_the_login():
    assert PG.password_key == "anna@db.agentur.local:5432/kontakte"
    assert MARIADB.password_key == "anna@db.agentur.local:3306/kontakte"


@pytest.mark.parametrize(
    ("choice", "field", "words"),
    [
        (DatabaseChoice(DatabaseKind.FILE), "file", "Bitte eine Datei wählen"),
        (DatabaseChoice(DatabaseKind.FILE, file="daten.sqlite3"), "file", "vollständigen Pfad"),
        (DatabaseChoice(DatabaseKind.POSTGRESQL, database="kv", user="kv"), "host", "Bitte den Server angeben"),
        (DatabaseChoice(DatabaseKind.POSTGRESQL, host="a b", database="kv", user="kv"), "host", "Leerzeichen"),
        (DatabaseChoice(DatabaseKind.POSTGRESQL, host="h", user="kv"), "database", "Namen der Datenbank"),
        (DatabaseChoice(DatabaseKind.MYSQL, host="h", database="kv/x", user="kv"), "database", "nur Buchstaben"),
        (DatabaseChoice(DatabaseKind.MYSQL, host="h", database="kv"), "user", "Benutzernamen"),
        (DatabaseChoice(DatabaseKind.MYSQL, host="h", port=70000, database="kv", user="kv"), "port", "65535"),
    ],
)
def test_missing_or_malformed_settings_are_refused_at_their_field(choice, field, words):
    with pytest.raises(ValidationError) as error:
        database_url(choice, "geheim")
    assert [p.field for p in error.value.problems] == [field]
    assert words in error.value.message()
