"""Creating, versioning and migrating the schema.

A fresh database gets the current schema at once. An older one is migrated forward, step by
step, each step in its own transaction where the backend allows; a SQLite file is copied to a
backup first. Both happen under a lock, so two clients opening an old database at once migrate it
once. A database written by a newer app is refused and left untouched.
"""

from __future__ import annotations

import glob
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw

from kontaktverwaltung import __version__
from kontaktverwaltung.domain.duplicates import phonetic_key
from kontaktverwaltung.domain.errors import Problem, SchemaTooNew
from kontaktverwaltung.domain.messages import T, msg, render
from kontaktverwaltung.domain.portal import DEFAULT_ROLES
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.live import create_change_log, drop_sqlite_change_triggers
from kontaktverwaltung.store.migration_lock import migration_lock
from kontaktverwaltung.store.models import (
    ALL_MODELS,
    BOOKKEEPING_MODELS,
    Contact,
    CustomerRole,
    ExactCharField,
    ImportBatch,
    ImportBatchPart,
    LoginAddress,
    SchemaVersion,
    SyncApplied,
)

if TYPE_CHECKING:
    # playhouse's migrations bring its PostgreSQL and CockroachDB extensions, and with them the
    # PostgreSQL driver: imported when a database is migrated, not at every opening
    from playhouse.migrate import SchemaMigrator

Migration = Callable[[pw.Database, "SchemaMigrator"], None]


def _v2_name_key(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 2: the phonetic name key for "same-sounding name" duplicates (B3), filled for all."""
    from playhouse.migrate import migrate

    migrate(
        migrator.add_column("contact", "name_key", pw.CharField(max_length=120, default="")),
        migrator.add_index("contact", ("name_key",), False),
    )
    rows = list(Contact.select(Contact.id, Contact.first_name, Contact.last_name).tuples())
    keys: dict[str, list[int]] = {}
    for contact_id, first, last in rows:
        keys.setdefault(phonetic_key(first, last), []).append(contact_id)
    for key, ids in keys.items():
        for start in range(0, len(ids), 500):
            Contact.update(name_key=key).where(Contact.id.in_(ids[start : start + 500])).execute()


def _v3_change_log(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 3: the change log that open windows read to show others' changes (live refresh)."""
    create_change_log(database)


def _v4_exact_and_unique_logins(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 4 (issue 12): the table of login addresses that makes R2 a rule of the database,
    filled from the contacts with a portal login. On MariaDB/MySQL also: every table in utf8mb4
    (any text storable), usernames and e-mail addresses compared exactly (binary collation, R3),
    and document content up to 50 MB (LONGBLOB)."""
    if isinstance(database, pw.MySQLDatabase):
        for statement in utf8mb4_statements(database):
            database.execute_sql(statement)
        database.execute_sql("ALTER TABLE customer_document MODIFY content LONGBLOB NOT NULL")
        binary = ExactCharField.BINARY
        database.execute_sql(f"ALTER TABLE contact MODIFY username VARCHAR(64) {binary} NULL")
        database.execute_sql(f"ALTER TABLE contact_channel MODIFY normalized VARCHAR(255) {binary} NOT NULL")
    database.create_tables([LoginAddress])
    LoginAddress.delete().execute()
    repo.fill_login_addresses()


def utf8mb4_statements(database: pw.Database) -> list[str]:
    """MariaDB/MySQL: the statements that convert every table of the database not yet in utf8mb4
    (a database created with the server's old default, latin1 or utf8mb3, cannot store emoji,
    many names in other scripts or even some typographic characters)."""
    if not isinstance(database, pw.MySQLDatabase):
        return []
    cursor = database.execute_sql(
        "SELECT DISTINCT TABLE_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
        "AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME <> 'utf8mb4' ORDER BY TABLE_NAME"
    )
    return [f"ALTER TABLE `{table}` CONVERT TO CHARACTER SET utf8mb4 COLLATE {MYSQL_COLLATION}" for (table,) in cursor]


MYSQL_COLLATION = "utf8mb4_unicode_ci"


def _v5_placeholder(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Placeholder, lead replaces at merge: another branch's schema 5."""


def _v6_import_batches(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 6: imports with the rows they wrote, so an import is undone from a later process (R12)."""
    database.create_tables([ImportBatch, ImportBatchPart])


def _v7_word_search(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 7: global search by word prefixes (R10, B8): the folded name column that ranks
    name matches first, filled for all contacts; the trigram indexes give way to word indexes
    (created by ``create_search_indexes`` after the last step)."""
    from playhouse.migrate import migrate

    from kontaktverwaltung.domain.contact import contact_search_name

    # MariaDB commits DDL at once: a step killed after it runs again, so add the column only once.
    if "search_name" in {c.name for c in database.get_columns("contact")}:
        pass
    elif isinstance(database, pw.SqliteDatabase):  # in place: no table rebuild under the change log's triggers
        database.execute_sql("ALTER TABLE contact ADD COLUMN search_name TEXT NOT NULL DEFAULT ''")
    else:
        migrate(migrator.add_column("contact", "search_name", pw.TextField(default="")))
    rows = list(Contact.select(Contact.id, Contact.first_name, Contact.last_name).tuples())
    names: dict[str, list[int]] = {}
    for contact_id, first, last in rows:
        names.setdefault(contact_search_name(first, last), []).append(contact_id)
    for name, ids in names.items():
        for start in range(0, len(ids), 500):
            Contact.update(search_name=name).where(Contact.id.in_(ids[start : start + 500])).execute()
    drop_trigram_indexes(database)


def _v8_mysql_word_tables(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 8: MariaDB/MySQL find words through tables of words too (R10, B8), no longer by a
    scan: the tables and their triggers, filled from every contact and location. SQLite and
    PostgreSQL have had their word indexes since schema 7. A step killed halfway runs again
    whole (the tables are filled anew)."""
    if isinstance(database, pw.MySQLDatabase):
        _create_mysql_word_index(database)
        fill_mysql_words(database)
        database.execute_sql("ANALYZE TABLE contact_word, location_word")  # the planner's statistics


def _v9_sqlite_four_letter_prefixes(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 9: SQLite's word indexes also keep every four-letter beginning ("0664", "chri"):
    such a prefix read 20,000 phone numbers' words one by one (11 ms), now one list (0.3 ms).
    The indexes are dropped here and built anew by ``create_search_indexes`` after the last step."""
    if isinstance(database, pw.SqliteDatabase):
        drop_sqlite_search_triggers(database)
        for table in SEARCHABLE_TABLES:
            database.execute_sql(f"DROP TABLE IF EXISTS {table}_words")


def _v10_pg_word_tables(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 10: PostgreSQL finds words through tables of words too, as MariaDB does: a B-tree
    range stops at the first 500 hits, where a GIN index collects every hit first ("0664" with
    a million contacts: 30 ms → 2 ms). The tables, their triggers, filled; the GIN indexes go."""
    if isinstance(database, pw.PostgresqlDatabase):
        _create_pg_word_index(database)
        fill_pg_words(database)
        for name in _PG_INDEXES:
            database.execute_sql(f"DROP INDEX IF EXISTS {name}")


def _v11_history_params(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 11: a history entry says what happened as a text id and its values (JSON, column
    ``params``), shown in the reader's language, no longer as a German sentence (issue 11). Every
    sentence shape earlier versions wrote is read back (``domain.history_texts.parse_sentence``);
    one of a shape this version does not know keeps its text, shown as written. A step killed
    halfway runs again: the column is added once, and only entries still without params are read."""
    from playhouse.migrate import migrate

    from kontaktverwaltung.domain.history_texts import encode, parse_sentence

    if "params" not in {c.name for c in database.get_columns("history_entry")}:
        migrate(migrator.add_column("history_entry", "params", pw.TextField(null=True)))
    found = database.execute_sql("SELECT id, kind, text FROM history_entry WHERE params IS NULL AND text <> ''")
    updates = []
    for entry_id, kind, text in found.fetchall():
        message = parse_sentence(kind, text)
        if message is not None:
            updates.append((encode(message), entry_id))
    statement = f"UPDATE history_entry SET params = {database.param}, text = '' WHERE id = {database.param}"
    for start in range(0, len(updates), 1000):
        database.cursor().executemany(statement, updates[start : start + 1000])


def _v12_sync_applied(database: pw.Database, migrator: SchemaMigrator) -> None:
    """Schema 12: the changes of offline copies the server applied (R14, store/sync.py), so a sync
    cut off halfway resumes without doubles."""
    database.create_tables([SyncApplied])


# version -> step that brings a database from version-1 to version. Version 1 is the first
# released schema; tests keep a way to build it (tests/store/test_schema.py).
MIGRATIONS: dict[int, Migration] = {
    2: _v2_name_key,
    3: _v3_change_log,
    4: _v4_exact_and_unique_logins,
    5: _v5_placeholder,  # placeholder, lead replaces at merge
    6: _v6_import_batches,
    7: _v7_word_search,
    8: _v8_mysql_word_tables,
    9: _v9_sqlite_four_letter_prefixes,
    10: _v10_pg_word_tables,
    11: _v11_history_params,
    12: _v12_sync_applied,
}
LATEST = max(MIGRATIONS, default=1)


# Word indexes over the folded texts (R10): a query word matches a stored word that starts with
# it. FTS5's unicode61 tokenizer splits at everything but letters and digits, as
# ``repo.query_words`` splits the query; prefix indexes answer prefixes of up to four letters
# without reading every word that starts so (thousands of phone numbers start "0664").
_SQLITE_WORDS = {
    "contact": ("search_name", "search_text"),
    "location": ("search_text",),
}
_SQLITE_WORD_STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS {t}_words USING fts5("
    "{cols}, content='{t}', content_rowid='id', tokenize='unicode61', prefix='1 2 3 4')",
    "CREATE TRIGGER IF NOT EXISTS {t}_words_insert AFTER INSERT ON {t} BEGIN "
    "INSERT INTO {t}_words(rowid, {cols}) VALUES (new.id, {new}); END",
    "CREATE TRIGGER IF NOT EXISTS {t}_words_delete AFTER DELETE ON {t} BEGIN "
    "INSERT INTO {t}_words({t}_words, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
    "CREATE TRIGGER IF NOT EXISTS {t}_words_update AFTER UPDATE OF {cols} ON {t} BEGIN "
    "INSERT INTO {t}_words({t}_words, rowid, {cols}) VALUES ('delete', old.id, {old}); "
    "INSERT INTO {t}_words(rowid, {cols}) VALUES (new.id, {new}); END",
    "INSERT INTO {t}_words({t}_words) VALUES ('rebuild')",
)
SEARCHABLE_TABLES = tuple(_SQLITE_WORDS)
# PostgreSQL: the words of the 'simple' text search configuration (no stemming, no stop words);
# separators its parser would keep inside a word (e-mail, host) become spaces. They go into
# tables of words as on MariaDB (below); schema 7 to 9 had GIN indexes over them (_PG_INDEXES),
# which collect every hit before the first (tens of milliseconds for "0664" in a million).
PG_WORDS = "to_tsvector('simple'::regconfig, translate({col}, '@.-_+/', '      '))"
_PG_INDEXES = {
    "contact_words_gin": ("contact", "search_text"),
    "contact_name_words_gin": ("contact", "search_name"),
    "location_words_gin": ("location", "search_text"),
}


# MariaDB/MySQL: tables of words, (field, word, contact) with the words of the folded name ("n")
# and of the folded text ("t"), and (word, location). A B-tree range answers a prefix ("mul%");
# triggers keep the words in step with every write, as FTS5's triggers do on SQLite. Words are
# runs of letters and digits, as ``repo.query_words`` splits the query (Python's ``[^\W_]+`` is
# ``[\p{L}\p{N}]+``), cut at WORD_LENGTH characters. ``@kv_words_paused`` pauses the triggers
# of one connection for a bulk load (``bulk.search_index_paused``), which fills them at the end.
WORD_LENGTH = repo.WORD_LENGTH
_MYSQL_WORD_TABLES = (
    "CREATE TABLE IF NOT EXISTS contact_word ("
    "field CHAR(1) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, "
    f"word VARCHAR({WORD_LENGTH}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, "
    "contact_id INT NOT NULL, "
    "PRIMARY KEY (field, word, contact_id), KEY contact_word_contact (contact_id)) ENGINE=InnoDB",
    "CREATE TABLE IF NOT EXISTS location_word ("
    f"word VARCHAR({WORD_LENGTH}) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, "
    "location_id INT NOT NULL, "
    "PRIMARY KEY (word, location_id), KEY location_word_location (location_id)) ENGINE=InnoDB",
)
_MYSQL_SPLIT = (
    "SET rest = TRIM(REGEXP_REPLACE({source}, '[^\\\\p{{L}}\\\\p{{N}}]+', ' ')); "
    "WHILE rest <> '' DO "
    "SET w = SUBSTRING_INDEX(rest, ' ', 1); "
    "INSERT IGNORE INTO {table} ({columns}) VALUES ({values}); "
    "SET rest = SUBSTRING(rest, CHAR_LENGTH(w) + 2); "
    "END WHILE; "
)
# table -> (its word table, its key column there, (field letter, folded column) of each text)
_MYSQL_WORDS: dict[str, tuple[str, str, tuple[tuple[str | None, str], ...]]] = {
    "contact": ("contact_word", "contact_id", (("n", "search_name"), ("t", "search_text"))),
    "location": ("location_word", "location_id", ((None, "search_text"),)),
}


def _mysql_word_triggers(table: str) -> list[str]:
    words, key, texts = _MYSQL_WORDS[table]

    def split(row: str) -> str:
        parts = []
        for field, column in texts:
            columns = ("field, " if field else "") + f"word, {key}"
            values = (f"'{field}', " if field else "") + f"LEFT(w, {WORD_LENGTH}), {row}.id"
            parts.append(_MYSQL_SPLIT.format(source=f"{row}.{column}", table=words, columns=columns, values=values))
        return "".join(parts)

    declare = "DECLARE rest TEXT; DECLARE w TEXT; "
    changed = " OR ".join(f"NOT (BINARY NEW.{c} <=> BINARY OLD.{c})" for _, c in texts)
    bodies = {
        "insert": f"BEGIN {declare}IF @kv_words_paused IS NULL THEN {split('NEW')}END IF; END",
        "update": f"BEGIN {declare}IF @kv_words_paused IS NULL AND ({changed}) THEN "
        f"DELETE FROM {words} WHERE {key} = OLD.id; {split('NEW')}END IF; END",
        "delete": f"DELETE FROM {words} WHERE {key} = OLD.id",
    }
    statements = []
    for event, body in bodies.items():
        statements.append(f"DROP TRIGGER IF EXISTS {words}_{event}")
        statements.append(f"CREATE TRIGGER {words}_{event} AFTER {event.upper()} ON {table} FOR EACH ROW {body}")
    return statements


# PostgreSQL's tables of words: as MariaDB's, the words in "C" order so that LIKE 'mul%' is a
# B-tree range. Statement triggers take a bulk INSERT's or DELETE's rows at once (transition
# tables); a row's UPDATE of its folded texts rewrites its words.
_PG_WORD_TABLES = (
    'CREATE TABLE IF NOT EXISTS contact_word (field "char" NOT NULL, word text COLLATE "C" NOT NULL, '
    "contact_id integer NOT NULL, PRIMARY KEY (field, word, contact_id))",
    "CREATE INDEX IF NOT EXISTS contact_word_contact ON contact_word (contact_id)",
    'CREATE TABLE IF NOT EXISTS location_word (word text COLLATE "C" NOT NULL, '
    "location_id integer NOT NULL, PRIMARY KEY (word, location_id))",
    "CREATE INDEX IF NOT EXISTS location_word_location ON location_word (location_id)",
)


def _pg_words_of(table: str, rows: str) -> str:
    """SELECT of (field,) word, id for the rows ``rows`` (a FROM item named r: the table, a
    transition table or the NEW row)."""
    _, _, texts = _MYSQL_WORDS[table]
    parts = []
    for field, column in texts:
        words = f"unnest(tsvector_to_array({PG_WORDS.format(col='r.' + column)}))"
        head = f"'{field}'::\"char\", " if field else ""
        parts.append(f"SELECT {head}left(w, {WORD_LENGTH}), r.id FROM {rows}, {words} AS w")
    return " UNION ".join(parts)  # UNION: each row once


def _pg_word_statements(table: str) -> list[str]:
    words, key, texts = _MYSQL_WORDS[table]
    names = ("field, " if texts[0][0] else "") + f"word, {key}"
    insert = f"INSERT INTO {words} ({names}) {{select}} ON CONFLICT DO NOTHING"
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for _, c in texts)
    new_row = "(SELECT " + ", ".join(f"NEW.{c} AS {c}" for c in ["id", *(c for _, c in texts)]) + ") AS r"
    bodies = {
        "added": insert.format(select=_pg_words_of(table, "kv_new AS r")),
        "removed": f"DELETE FROM {words} AS w USING kv_old AS o WHERE w.{key} = o.id",
        "changed": f"IF {changed} THEN DELETE FROM {words} WHERE {key} = OLD.id; "
        f"{insert.format(select=_pg_words_of(table, new_row))}; END IF",
    }
    statements = []
    for name, body in bodies.items():
        statements.append(
            f"CREATE OR REPLACE FUNCTION kv_{words}_{name}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {body}; RETURN NULL; END $$"
        )
        statements.append(f"DROP TRIGGER IF EXISTS {words}_{name} ON {table}")
    columns = ", ".join(c for _, c in texts)
    statements += [
        f"CREATE TRIGGER {words}_added AFTER INSERT ON {table} REFERENCING NEW TABLE AS kv_new "
        f"FOR EACH STATEMENT EXECUTE FUNCTION kv_{words}_added()",
        f"CREATE TRIGGER {words}_removed AFTER DELETE ON {table} REFERENCING OLD TABLE AS kv_old "
        f"FOR EACH STATEMENT EXECUTE FUNCTION kv_{words}_removed()",
        f"CREATE TRIGGER {words}_changed AFTER UPDATE OF {columns} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION kv_{words}_changed()",
    ]
    return statements


def _create_pg_word_index(database: pw.Database) -> None:
    for statement in _PG_WORD_TABLES:
        database.execute_sql(statement)
    for table in _MYSQL_WORDS:
        for statement in _pg_word_statements(table):
            database.execute_sql(statement)


def fill_pg_words(database: pw.Database) -> None:
    """PostgreSQL's tables of words written anew from every contact and location."""
    for table, (words, key, texts) in _MYSQL_WORDS.items():
        names = ("field, " if texts[0][0] else "") + f"word, {key}"
        database.execute_sql(f"DELETE FROM {words}")
        select = _pg_words_of(table, f"{table} AS r")
        database.execute_sql(f"INSERT INTO {words} ({names}) {select} ON CONFLICT DO NOTHING")
        database.execute_sql(f"ANALYZE {words}")  # without statistics the planner collects every hit first


def _create_mysql_word_index(database: pw.Database) -> None:
    """The tables of words and their triggers (MariaDB commits each at once: all may run again)."""
    for statement in _MYSQL_WORD_TABLES:
        database.execute_sql(statement)
    for table in _MYSQL_WORDS:
        for statement in _mysql_word_triggers(table):
            database.execute_sql(statement)


def fill_mysql_words(database: pw.Database, only: dict[str, list[int]] | None = None) -> None:
    """The tables of words written anew from the folded texts: for every row, or only for the
    rows of ``only`` (table name → ids: what a bulk write that paused the triggers wrote)."""
    for table, (words, key, texts) in _MYSQL_WORDS.items():
        row_ids = None if only is None else sorted(set(only.get(table, ())))
        if row_ids == []:
            continue
        names = (["field"] if texts[0][0] else []) + ["word", key]
        insert = f"INSERT IGNORE INTO {words} ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})"
        select = f"SELECT {', '.join(['id', *(c for _, c in texts)])} FROM {table}"
        if row_ids is None:
            database.execute_sql(f"DELETE FROM {words}")
            selects = [select]
        else:
            selects = []
            for start in range(0, len(row_ids), 1000):
                ids = ", ".join(str(int(i)) for i in row_ids[start : start + 1000])
                database.execute_sql(f"DELETE FROM {words} WHERE {key} IN ({ids})")
                selects.append(f"{select} WHERE id IN ({ids})")
        for query in selects:
            rows = database.execute_sql(query).fetchall()
            for start in range(0, len(rows), 5000):
                found = {
                    (*((field,) if field else ()), word[:WORD_LENGTH], row[0])
                    for row in rows[start : start + 5000]
                    for (field, _), text in zip(texts, row[1:], strict=True)
                    for word in repo.query_words([text or ""])
                }
                database.cursor().executemany(insert, sorted(found))


def sqlite_has_fts5(database: pw.SqliteDatabase) -> bool:
    try:
        database.execute_sql("CREATE VIRTUAL TABLE temp.kv_probe USING fts5(x)")
        database.execute_sql("DROP TABLE temp.kv_probe")
        return True
    except pw.OperationalError:
        return False


def drop_sqlite_search_triggers(database: pw.SqliteDatabase) -> None:
    """For bulk loads: one rebuild afterwards is much faster than a trigger per row."""
    for table in SEARCHABLE_TABLES:
        for action in ("insert", "delete", "update"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_words_{action}")


def drop_trigram_indexes(database: pw.Database) -> None:
    """Schema 6 and older searched substrings through trigram indexes; schema 7 by words."""
    if isinstance(database, pw.SqliteDatabase):
        for table in SEARCHABLE_TABLES:
            for action in ("insert", "delete", "update"):
                database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_fts_{action}")
            database.execute_sql(f"DROP TABLE IF EXISTS {table}_fts")
    elif isinstance(database, pw.PostgresqlDatabase):
        database.execute_sql("DROP INDEX IF EXISTS contact_search_trgm")
        database.execute_sql("DROP INDEX IF EXISTS location_search_trgm")


def create_search_indexes(database: pw.Database) -> None:
    """Word-prefix search (R10, B8) through word indexes: FTS5 on SQLite, tables of words on
    PostgreSQL and MariaDB/MySQL.

    All are kept in step by the database itself (triggers; expression indexes), so every write
    path, undo, redo and bulk loads (``bulk.search_index_paused``) need no extra care;
    benchmarks/ measures all three. Without FTS5 (an old SQLite) search still works, by a scan.
    """
    if isinstance(database, pw.SqliteDatabase):
        if sqlite_has_fts5(database):
            for table, columns in _SQLITE_WORDS.items():
                values = {
                    "t": table,
                    "cols": ", ".join(columns),
                    "new": ", ".join(f"new.{c}" for c in columns),
                    "old": ", ".join(f"old.{c}" for c in columns),
                }
                for statement in _SQLITE_WORD_STATEMENTS:
                    database.execute_sql(statement.format(**values))
        return
    if isinstance(database, pw.PostgresqlDatabase):
        _create_pg_word_index(database)
        return
    if isinstance(database, pw.MySQLDatabase):
        _create_mysql_word_index(database)


def stored_version(database: pw.Database) -> int | None:
    """The schema version of the database, or None for an empty database."""
    if not database.table_exists(SchemaVersion._meta.table_name):
        return None
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row) if row is not None else None


def ensure_schema(
    database: pw.Database,
    url: str,
    on_step: Callable[[int, int], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> int:
    """Create or migrate the schema; returns the version now in place.

    Creating and migrating happen under the database-wide migration lock (store/migration_lock.py),
    and the version is read again once the lock is held: of two clients opening an old database at
    once, the one that waited finds it migrated and does nothing. The usual open, on a current
    schema, takes no lock and sends no more than the two queries that read the version.
    """
    version = stored_version(database)
    if version == LATEST:
        return LATEST
    _refuse_newer(version)
    with migration_lock(database, url, on_wait):
        version = stored_version(database)  # another client may have done it while we waited
        _refuse_newer(version)
        if version is None:
            _create(database)
        elif version < LATEST:
            _migrate(database, version, on_step)
    return LATEST


def _refuse_newer(version: int | None) -> None:
    if version is None or version <= LATEST:
        return
    raise SchemaTooNew(
        Problem.of(
            T(
                "Diese Datenbank wurde mit einer neueren Version der Kontaktverwaltung angelegt "
                "(Schema {version}, diese Version kennt bis {latest}). Bitte die App "
                "aktualisieren; die Datenbank bleibt unverändert."
            ),
            "db",
            version=version,
            latest=LATEST,
        )
    )


def _create(database: pw.Database) -> None:
    if isinstance(database, pw.MySQLDatabase):  # new tables take the database's character set
        database.execute_sql(f"ALTER DATABASE CHARACTER SET utf8mb4 COLLATE {MYSQL_COLLATION}")
    with database.atomic():
        database.create_tables([*ALL_MODELS, *BOOKKEEPING_MODELS])
        create_search_indexes(database)
        create_change_log(database)
        _seed_roles()
        _record(LATEST)


def _migrate(database: pw.Database, version: int, on_step: Callable[[int, int], None] | None) -> None:
    sqlite = isinstance(database, pw.SqliteDatabase)
    if isinstance(database, pw.SqliteDatabase):
        backup_sqlite(database, version)
        # SQLite changes columns by rebuilding tables; foreign keys must be off meanwhile
        # (outside a transaction) and are checked as a whole afterwards.
        database.execute_sql("PRAGMA foreign_keys = OFF")
        # A table rebuilt by a step must not be named in another table's trigger meanwhile.
        drop_sqlite_change_triggers(database)
    try:
        from playhouse.migrate import SchemaMigrator

        migrator = SchemaMigrator.from_database(database)
        for target in range(version + 1, LATEST + 1):
            if on_step:
                on_step(target, LATEST)
            with database.atomic():
                MIGRATIONS[target](database, migrator)
                if sqlite and database.execute_sql("PRAGMA foreign_key_check").fetchone():
                    raise pw.IntegrityError(f"schema {target}: foreign key check failed")
                _record(target)
        with database.atomic():
            create_search_indexes(database)  # a rebuilt table loses its triggers
            create_change_log(database)
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys = ON")


def backup_sqlite(database: pw.SqliteDatabase, version: int) -> Path | None:
    """Copy the SQLite file (consistently, WAL included) before migrating it."""
    path = Path(database.database)
    if str(path) == ":memory:":
        return None
    # A migration interrupted (power cut, killed) left the file at this version, and its backup
    # beside it: that one is kept, not joined by another full copy at every new attempt.
    earlier = sorted(path.parent.glob(f"{glob.escape(path.stem)}.schema{version}-*.bak{path.suffix}"))
    if earlier:
        return earlier[0]
    # A backup killed halfway is never taken for one (it is written under .part and renamed when
    # whole); what such a one left is removed before the new one is written.
    for leftover in path.parent.glob(f"{glob.escape(path.stem)}.schema{version}-*.bak{path.suffix}.part*"):
        leftover.unlink(missing_ok=True)
    stamp = dbmod.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.schema{version}-{stamp}.bak{path.suffix}")
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(partial))
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    os.replace(partial, target)
    return target


def _record(version: int) -> None:
    SchemaVersion.create(version=version, applied_at=dbmod.now(), app_version=__version__)


def _seed_roles() -> None:
    # MariaDB commits DDL at once: a creation killed halfway leaves tables (and maybe roles) that the
    # next open creates again, so only the roles not there yet are added.
    stamp = dbmod.now()
    present = {name for (name,) in CustomerRole.select(CustomerRole.name).tuples()}
    for position, (key, jobs, applicants) in enumerate(DEFAULT_ROLES):
        name = render(msg(key))  # in the language of whoever creates the database
        if name in present:
            continue
        CustomerRole.create(
            name=name,
            job_visibility=jobs.value,
            applicant_data=applicants.value,
            position=position,
            created_at=stamp,
            updated_at=stamp,
        )
