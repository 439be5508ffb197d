"""Creating, versioning and migrating the schema; refusing what the app cannot open (PRODUCT.md "Databases")."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest
from playhouse.migrate import SchemaMigrator, migrate

from kontaktverwaltung.domain.duplicates import phonetic_key
from kontaktverwaltung.domain.errors import DatabaseUnavailable, SchemaTooNew
from kontaktverwaltung.domain.history_texts import decode
from kontaktverwaltung.domain.messages import german, msg
from kontaktverwaltung.domain.portal import DEFAULT_ROLES
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.live import drop_change_log
from kontaktverwaltung.store.models import ALL_MODELS, Contact, CustomerRole, HistoryEntry, SchemaVersion
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.store.schema import _PG_INDEXES, LATEST, PG_WORDS, stored_version
from tests.conftest import dump_database
from tests.english import in_english
from tests.factories import contact_input, make_contact, make_customer, make_location

FIRST_SCHEMA = 1


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    yield
    close_database()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _reconnect_and_dump() -> dict[str, list[dict[str, object]]]:
    """Everything in the database that a refused open left bound (and closed)."""
    database = dbmod.current()
    database.connect(reuse_if_open=True)
    try:
        return dump_database()
    finally:
        database.close()


def test_fresh_database_gets_the_latest_schema_and_the_default_roles(empty_db_url):
    database = open_database(empty_db_url)
    assert stored_version(database) == LATEST
    roles = list(CustomerRole.select().order_by(CustomerRole.position))
    assert [(r.name, r.job_visibility, r.applicant_data) for r in roles] == [
        (german(msg(name)), jobs.value, applicants.value) for name, jobs, applicants in DEFAULT_ROLES
    ]
    assert [r.name for r in roles] == ["Standard", "Standortleitung", "Personalabteilung", "Nur Kontakt"]
    assert "name_key" in {c.name for c in database.get_columns("contact")}


def test_a_database_made_from_the_english_ui_starts_with_english_role_names(empty_db_url, english):
    """The default roles are data once made: named in the language of whoever creates the
    database (a team's members may work in either; the names can be changed like any role's)."""
    open_database(empty_db_url)
    names = [r.name for r in CustomerRole.select().order_by(CustomerRole.position)]
    assert names == ["Standard", "Location management", "HR department", "Contact only"]


def test_opening_twice_changes_nothing(empty_db_url, ctx):
    open_database(empty_db_url)
    make_contact(ctx, make_location(ctx, make_customer(ctx)), "Jörg", "Groß")
    before = dump_database()
    close_database()
    database = open_database(empty_db_url)
    assert stored_version(database) == LATEST
    assert dump_database() == before  # no second set of roles, no second version row


def _write_newer_schema(url: str) -> None:
    open_database(url)
    SchemaVersion.create(version=LATEST + 1, applied_at=dbmod.now(), app_version="99.0")
    close_database()


def test_newer_sqlite_database_is_refused_and_its_file_left_untouched(tmp_path):
    url = dbmod.sqlite_url(tmp_path / "neuer.sqlite3")
    _write_newer_schema(url)
    before = _files(tmp_path)
    with pytest.raises(SchemaTooNew) as error:
        open_database(url)
    message = error.value.message()
    assert "neueren Version" in message and f"Schema {LATEST + 1}" in message
    assert "unverändert" in message
    assert "Traceback" not in message
    assert _files(tmp_path) == before  # same bytes, no backup, no leftover WAL


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_newer_server_database_is_refused_and_left_untouched(empty_db_url):
    _write_newer_schema(empty_db_url)
    database = dbmod.connect_url(empty_db_url)
    database.connect()
    tables_before = sorted(database.get_tables())
    database.close()
    before = _reconnect_and_dump()
    with pytest.raises(SchemaTooNew) as error:
        open_database(empty_db_url)
    assert "neueren Version" in error.value.message()
    assert _reconnect_and_dump() == before
    database = dbmod.current()
    database.connect()
    assert sorted(database.get_tables()) == tables_before
    database.close()


# --- migration from the first released schema ---------------------------------------------------

PEOPLE = [("Hans", "Müller"), ("Petra", "Mueller"), ("Josef", "Meier"), ("Johanna", "Mayer"), ("", "Weiß")]
MIGRATION_BACKENDS = ["sqlite", "postgresql", "mysql"]


def _dump_without_name_key() -> dict[str, list[dict[str, object]]]:
    """Every row except the schema version rows, ``contact.name_key`` and ``contact.search_name``:
    what schema 1 holds."""
    result = {}
    for model in ALL_MODELS:
        if model is SchemaVersion:
            continue
        left_out = (Contact.name_key, Contact.search_name, HistoryEntry.params)
        fields = [f for f in model._meta.sorted_fields if all(f is not out for out in left_out)]  # no ==: SQL
        rows = model.select(*fields).order_by(model._meta.primary_key).dicts()
        result[model._meta.table_name] = [
            {k: bytes(v) if isinstance(v, memoryview) else v for k, v in row.items()} for row in rows
        ]
    # What a history entry says, in German: its sentence (schema 1–10) or its text id (schema 11).
    database = dbmod.current()
    if "params" in {c.name for c in database.get_columns("history_entry")}:
        said = dict(database.execute_sql("SELECT id, params FROM history_entry WHERE params IS NOT NULL").fetchall())
        for row in result["history_entry"]:
            if row["id"] in said:
                row["text"] = german(decode(said[row["id"]]))
    return result


_OLD_TRIGRAM_INDEXES = {
    "sqlite": [
        "CREATE VIRTUAL TABLE {t}_fts USING fts5(search_text, content='{t}', content_rowid='id', tokenize='trigram')",
        "CREATE TRIGGER {t}_fts_insert AFTER INSERT ON {t} BEGIN "
        "INSERT INTO {t}_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
        "INSERT INTO {t}_fts({t}_fts) VALUES ('rebuild')",
    ],
    "postgresql": [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX {t}_search_trgm ON {t} USING gin (search_text gin_trgm_ops)",
    ],
    "mysql": [],
}


def _search_index_names(database: pw.Database) -> set[str]:
    tables = {t for t in database.get_tables() if t in ("contact_word", "location_word")}
    if isinstance(database, pw.MySQLDatabase):
        return tables
    if isinstance(database, pw.SqliteDatabase):
        return {
            row[0]
            for row in database.execute_sql(
                "SELECT name FROM sqlite_master "
                "WHERE name LIKE '%\\_fts%' ESCAPE '\\' OR name LIKE '%\\_words%' ESCAPE '\\'"
            )
        }
    return tables | {
        i.name
        for t in ("contact", "location")
        for i in database.get_indexes(t)
        if "trgm" in i.name or "words" in i.name
    }


def _downgrade_to_first_schema(database: pw.Database) -> None:
    """Schema 1 is today's tables without ``contact.name_key`` and its index, without the change log,
    without ``contact.search_name`` and with trigram indexes instead of word indexes."""
    drop_change_log(database)
    migrator = SchemaMigrator.from_database(database)
    index = next(i.name for i in database.get_indexes("contact") if i.columns == ["name_key"])
    backend = dbmod.backend()
    _drop_word_tables(database)
    for name in _search_index_names(database):
        if isinstance(database, pw.SqliteDatabase):
            kind = "TABLE" if name.endswith("_words") else "TRIGGER"
            database.execute_sql(f"DROP {kind} IF EXISTS {name}")
        else:
            database.execute_sql(f"DROP INDEX IF EXISTS {name}")
    for table in ("contact", "location"):
        for statement in _OLD_TRIGRAM_INDEXES[backend]:
            database.execute_sql(statement.format(t=table))
    _history_as_german_sentences()
    with database.atomic():
        migrate(
            migrator.drop_index("contact", index),
            migrator.drop_column("contact", "name_key"),
            migrator.drop_column("contact", "search_name"),
            migrator.drop_column("history_entry", "params"),
        )
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=FIRST_SCHEMA, applied_at=dbmod.now(), app_version="0.0.1")


def _history_as_german_sentences() -> None:
    """Before schema 11 the history kept German sentences, no text ids."""
    from kontaktverwaltung.domain.history_texts import decode
    from kontaktverwaltung.domain.messages import german
    from kontaktverwaltung.store.models import HistoryEntry

    for entry in HistoryEntry.select().where(HistoryEntry.params.is_null(False)):
        HistoryEntry.update(text=german(decode(entry.params)), params=None).where(HistoryEntry.id == entry.id).execute()


def _drop_word_tables(database: pw.Database) -> None:
    """Before schema 8 MariaDB, before schema 10 PostgreSQL had no tables of words (nor triggers)."""
    for table in ("contact_word", "location_word"):
        if isinstance(database, pw.MySQLDatabase):
            for event in ("insert", "update", "delete"):
                database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_{event}")
        elif isinstance(database, pw.PostgresqlDatabase):
            for event in ("added", "removed", "changed"):
                owner = table.removesuffix("_word")
                database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_{event} ON {owner}")
                database.execute_sql(f"DROP FUNCTION IF EXISTS kv_{table}_{event}()")
        else:
            continue
        database.execute_sql(f"DROP TABLE IF EXISTS {table}")


def _as_schema_7(database: pw.Database) -> None:
    """What schema 7 had for search: no tables of words; GIN indexes on PostgreSQL."""
    _drop_word_tables(database)
    if isinstance(database, pw.PostgresqlDatabase):
        for name, (table, column) in _PG_INDEXES.items():
            database.execute_sql(f"CREATE INDEX {name} ON {table} USING gin (({PG_WORDS.format(col=column)}))")
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=7, applied_at=dbmod.now(), app_version="0.9.0")


def _build_first_schema(url: str, ctx, people=PEOPLE) -> dict[str, list[dict[str, object]]]:
    database = open_database(url)
    location = make_location(ctx, make_customer(ctx, "Müller & Söhne KG"))
    for first, last in people:
        make_contact(ctx, location, first, last, emails=(f"{(first or 'x').lower()}@firma.at",))
    _history_as_german_sentences()
    data = _dump_without_name_key()
    _downgrade_to_first_schema(database)
    assert stored_version(database) == FIRST_SCHEMA
    assert "name_key" not in {c.name for c in database.get_columns("contact")}
    close_database()
    return data


@pytest.mark.parametrize("backend", MIGRATION_BACKENDS)
def test_first_schema_is_migrated_to_the_latest_with_data_intact(empty_db_url, ctx):
    data = _build_first_schema(empty_db_url, ctx)
    steps: list[tuple[int, int]] = []
    database = open_database(empty_db_url, lambda version, latest: steps.append((version, latest)))
    assert steps == [(v, LATEST) for v in range(FIRST_SCHEMA + 1, LATEST + 1)]
    assert stored_version(database) == LATEST
    assert "name_key" in {c.name for c in database.get_columns("contact")}
    assert any(i.columns == ["name_key"] for i in database.get_indexes("contact"))
    keys = {(c.first_name, c.last_name): c.name_key for c in Contact.select()}
    assert keys == {(first, last): phonetic_key(first, last) for first, last in PEOPLE}
    assert keys[("Josef", "Meier")].split("|")[0] == keys[("Johanna", "Mayer")].split("|")[0]
    assert _dump_without_name_key() == data
    names = {c.last_name: c.search_name for c in Contact.select()}
    assert names == {
        "Müller": "hans muller",
        "Mueller": "petra muller petra mueller",
        "Meier": "josef meier",
        "Mayer": "johanna mayer",
        "Weiß": "weiss",
    }
    indexes = _search_index_names(database)
    assert not any("fts" in name or "trgm" in name for name in indexes)  # words, not trigrams
    assert indexes  # every backend finds words through an index (MariaDB: tables of words)
    close_database()
    open_database(empty_db_url, lambda version, latest: steps.append((version, latest)))
    assert len(steps) == LATEST - FIRST_SCHEMA  # migrated once, not again


@pytest.mark.parametrize("backend", MIGRATION_BACKENDS)
def test_migrated_database_finds_same_sounding_names_and_searches(empty_db_url, ctx):
    from kontaktverwaltung.services import duplicates
    from kontaktverwaltung.services.search import search_contacts

    _build_first_schema(empty_db_url, ctx)
    open_database(empty_db_url)
    customer, location = Contact.select(Contact.customer, Contact.location).tuples().first()
    similar = duplicates.similar_contacts(ctx, customer, contact_input(location, "Josef", "Maier"))
    assert sorted((card.last_name, reasons) for card, reasons in similar) == [
        ("Mayer", ("gleich klingender Name",)),
        ("Meier", ("gleich klingender Name",)),
    ]
    assert {h.display_name for h in search_contacts("muller").hits} == {"Frau Hans Müller", "Frau Petra Mueller"}
    assert [h.display_name for h in search_contacts("jo").hits] == ["Frau Johanna Mayer", "Frau Josef Meier"]
    new = make_contact(ctx, location, "Maria", "Maier")
    assert Contact.get_by_id(new).name_key == phonetic_key("Maria", "Maier")
    assert [h.display_name for h in search_contacts("maria mai").hits] == ["Frau Maria Maier"]


@pytest.mark.parametrize("backend", MIGRATION_BACKENDS)
def test_schema_7_database_gets_its_word_index_on_every_backend(empty_db_url, ctx):
    """Schema 8: MariaDB's tables of words, filled from the contacts and locations there already;
    schema 9: SQLite's word indexes built anew with four-letter beginnings; schema 10: PostgreSQL's
    tables of words instead of GIN indexes."""
    from kontaktverwaltung.services.search import search_contacts
    from tests.services.test_search_index import words_in_tables, words_of_texts

    database = open_database(empty_db_url)
    location = make_location(ctx, make_customer(ctx, "Müller & Söhne KG"), "Werk Süd", "Wels")
    for first, last in PEOPLE:
        make_contact(ctx, location, first, last, emails=(f"{(first or 'x').lower()}@firma.at",))
    _as_schema_7(database)
    close_database()
    steps: list[tuple[int, int]] = []
    database = open_database(empty_db_url, lambda version, latest: steps.append((version, latest)))
    assert steps == [(v, LATEST) for v in range(8, LATEST + 1)]
    if not isinstance(database, pw.SqliteDatabase):  # schema 8 (MariaDB), 10 (PostgreSQL): tables of words
        assert words_in_tables() == words_of_texts() != set()
        assert _search_index_names(database) == {"contact_word", "location_word"}  # no GIN any more
    if isinstance(database, pw.SqliteDatabase):  # schema 9: four-letter beginnings indexed ("0664")
        (ddl,) = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_words'").fetchone()
        assert "prefix='1 2 3 4'" in ddl
    assert {h.display_name for h in search_contacts("mull").hits} == {"Frau Hans Müller", "Frau Petra Mueller"}
    assert len(search_contacts("wels").hits) == len(PEOPLE)
    new = make_contact(ctx, location, "Maria", "Maier")  # the triggers are in place
    assert [h.contact_id for h in search_contacts("maria mai").hits] == [new]


def test_sqlite_migration_keeps_a_backup_of_the_old_file(tmp_path, ctx):
    url = dbmod.sqlite_url(tmp_path / "kunden.sqlite3")
    data = _build_first_schema(url, ctx)
    open_database(url)
    assert _dump_without_name_key() == data
    backups = list(tmp_path.glob(f"kunden.schema{FIRST_SCHEMA}-*.bak.sqlite3"))
    assert len(backups) == 1
    with contextlib.closing(sqlite3.connect(backups[0])) as backup:
        assert backup.execute("SELECT MAX(version) FROM schema_version").fetchone() == (FIRST_SCHEMA,)
        columns = {row[1] for row in backup.execute("PRAGMA table_info(contact)")}
        assert "name_key" not in columns and "last_name" in columns
        assert backup.execute("SELECT name FROM customer").fetchall() == [("Müller & Söhne KG",)]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])  # MariaDB commits DDL at once: no rollback there
def test_a_failing_migration_step_leaves_the_old_schema_and_data(empty_db_url, ctx, monkeypatch):
    from kontaktverwaltung.store import schema

    data = _build_first_schema(empty_db_url, ctx)
    real_step = schema.MIGRATIONS[FIRST_SCHEMA + 1]

    def power_cut(database, migrator):
        real_step(database, migrator)
        raise RuntimeError("Stromausfall")

    monkeypatch.setitem(schema.MIGRATIONS, FIRST_SCHEMA + 1, power_cut)
    with pytest.raises((RuntimeError, pw.DatabaseError)):
        open_database(empty_db_url)
    database = dbmod.current()
    database.connect(reuse_if_open=True)
    assert stored_version(database) == FIRST_SCHEMA
    assert "name_key" not in {c.name for c in database.get_columns("contact")}
    assert _dump_without_name_key() == data
    database.close()


# --- URLs that cannot be opened -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["ftp://x/y", "sqlite://", "sqlite:///", "postgresql://", "mysql://", "", "kunden.sqlite3", "oracle://a@b/c"],
)
def test_bad_url_is_refused_in_german(url):
    with pytest.raises(DatabaseUnavailable) as error:
        open_database(url)
    message = error.value.message()
    assert "keine gültige Datenbank-Adresse" in message
    assert "sqlite:////pfad/datei.sqlite3" in message  # says what would be right
    assert "Traceback" not in message


@pytest.mark.parametrize("url", ["postgresql://postgres@127.0.0.1:1/x", "mysql://root@127.0.0.1:1/x"])
def test_unreachable_server_is_reported_in_german(url):
    with pytest.raises(DatabaseUnavailable) as error:
        open_database(url)
    message = error.value.message()
    assert "nicht erreichbar" in message and "127.0.0.1:1" in message
    assert "Traceback" not in message


def test_password_never_appears_in_the_message():
    with pytest.raises(DatabaseUnavailable) as error:
        open_database("postgresql://anna:Geheim123@127.0.0.1:1/kunden")
    assert "Geheim123" not in error.value.message() and "Geheim123" not in in_english(error.value)


def test_url_with_a_bad_port_is_refused_in_german():
    with pytest.raises(DatabaseUnavailable):
        open_database("postgresql://postgres@127.0.0.1:abc/kunden")


def test_a_file_that_is_no_database_is_refused_in_german(tmp_path):
    notes = tmp_path / "notizen.txt"
    notes.write_text("Das ist keine Datenbank, sondern eine Notiz.\n" * 20)
    before = notes.read_bytes()
    try:
        with pytest.raises(DatabaseUnavailable):
            open_database(dbmod.sqlite_url(notes))
    finally:
        assert notes.read_bytes() == before


def test_sqlite_path_below_a_file_is_refused_in_german(tmp_path):
    (tmp_path / "datei").write_text("x")
    with pytest.raises(DatabaseUnavailable):
        open_database(dbmod.sqlite_url(tmp_path / "datei" / "kunden.sqlite3"))


@pytest.mark.parametrize("backend", MIGRATION_BACKENDS)
def test_schema_10_history_sentences_become_text_ids_on_every_backend(empty_db_url, ctx, english):
    """Schema 11 (issue 11): the German sentences of earlier versions become a text id and its
    values, shown in the reader's language; a sentence of unknown shape stays as written."""
    from kontaktverwaltung.domain.history_texts import decode
    from kontaktverwaltung.domain.messages import german, render
    from kontaktverwaltung.services.history import history_of_customer
    from kontaktverwaltung.store.models import HistoryEntry
    from tests.domain.test_history_texts import OLD_SENTENCES, UNKNOWN

    database = open_database(empty_db_url)
    customer = make_customer(ctx, "Müller & Söhne KG")
    HistoryEntry.delete().execute()
    at = dbmod.now()
    for kind, sentence in [*OLD_SENTENCES, UNKNOWN]:
        HistoryEntry.create(customer=customer, kind=kind, text=sentence, author="Altversion", at=at)
    with database.atomic():
        migrate(SchemaMigrator.from_database(database).drop_column("history_entry", "params"))
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=10, applied_at=dbmod.now(), app_version="0.10.0")
    close_database()

    steps: list[tuple[int, int]] = []
    database = open_database(empty_db_url, lambda version, latest: steps.append((version, latest)))
    assert steps == [(v, LATEST) for v in range(11, LATEST + 1)] and stored_version(database) == LATEST
    rows = list(HistoryEntry.select().order_by(HistoryEntry.id))
    assert [german(decode(r.params)) for r in rows[:-1]] == [sentence for _kind, sentence in OLD_SENTENCES]
    assert all(r.text == "" for r in rows[:-1])  # no German sentence stored any more
    assert (rows[-1].params, rows[-1].text) == (None, UNKNOWN[1])
    shown = {item.message() for item in history_of_customer(customer)}  # in English (the fixture)
    assert "“Ms Mag. Anna Müller” created at location “Zentrale Wien”" in shown
    assert "Client role “Standard” deleted: 1,200 contacts now have “Nur Kontakt”" in shown
    assert UNKNOWN[1] in shown
    assert not any("„" in text for text in shown - {UNKNOWN[1]})
    assert render(decode(rows[0].params)) == "Client “Lindgruber GmbH” created"
