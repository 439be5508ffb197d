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

import peewee as pw
from playhouse.migrate import SchemaMigrator

from kontaktverwaltung import __version__
from kontaktverwaltung.domain.duplicates import phonetic_key
from kontaktverwaltung.domain.errors import Problem, SchemaTooNew
from kontaktverwaltung.domain.portal import DEFAULT_ROLES
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.live import create_change_log, drop_sqlite_change_triggers
from kontaktverwaltung.store.migration_lock import migration_lock
from kontaktverwaltung.store.models import (
    ALL_MODELS,
    Contact,
    CustomerRole,
    ExactCharField,
    LoginAddress,
    SchemaVersion,
)

Migration = Callable[[pw.Database, SchemaMigrator], None]


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


# version -> step that brings a database from version-1 to version. Version 1 is the first
# released schema; tests keep a way to build it (tests/store/test_schema.py).
MIGRATIONS: dict[int, Migration] = {
    2: _v2_name_key,
    3: _v3_change_log,
    4: _v4_exact_and_unique_logins,
}
LATEST = max(MIGRATIONS, default=1)


_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS {t}_fts USING fts5("
    "search_text, content='{t}', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS {t}_fts_insert AFTER INSERT ON {t} BEGIN "
    "INSERT INTO {t}_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER IF NOT EXISTS {t}_fts_delete AFTER DELETE ON {t} BEGIN "
    "INSERT INTO {t}_fts({t}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER IF NOT EXISTS {t}_fts_update AFTER UPDATE OF search_text ON {t} BEGIN "
    "INSERT INTO {t}_fts({t}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO {t}_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO {t}_fts({t}_fts) VALUES ('rebuild')",
)
SEARCHABLE_TABLES = ("contact", "location")


def sqlite_has_trigram(database: pw.SqliteDatabase) -> bool:
    try:
        database.execute_sql("CREATE VIRTUAL TABLE temp.kv_probe USING fts5(x, tokenize='trigram')")
        database.execute_sql("DROP TABLE temp.kv_probe")
        return True
    except pw.OperationalError:
        return False


def drop_sqlite_search_triggers(database: pw.SqliteDatabase) -> None:
    """For bulk loads: one rebuild afterwards is much faster than a trigger per row."""
    for table in SEARCHABLE_TABLES:
        for action in ("insert", "delete", "update"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_fts_{action}")


def create_search_indexes(database: pw.Database) -> None:
    """Substring search (R10) through trigram indexes: FTS5 on SQLite, pg_trgm on PostgreSQL.

    Both are kept in step by the database itself (triggers; GIN index), so undo, redo and bulk
    loads need no extra care. MariaDB has no trigram index and scans the folded text column;
    benchmarks/ measures all three. Without the feature (an old SQLite, no pg_trgm) search
    still works, by a scan.
    """
    if isinstance(database, pw.SqliteDatabase):
        if sqlite_has_trigram(database):
            for table in SEARCHABLE_TABLES:
                for statement in _SQLITE_FTS:
                    database.execute_sql(statement.format(t=table))
        return
    if isinstance(database, pw.PostgresqlDatabase):
        try:
            with database.atomic():
                database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except pw.DatabaseError:
            return  # without the extension search still works, by a sequential scan
        database.execute_sql(
            "CREATE INDEX IF NOT EXISTS contact_search_trgm ON contact USING gin (search_text gin_trgm_ops)"
        )
        database.execute_sql(
            "CREATE INDEX IF NOT EXISTS location_search_trgm ON location USING gin (search_text gin_trgm_ops)"
        )


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
        Problem(
            "db",
            f"Diese Datenbank wurde mit einer neueren Version der Kontaktverwaltung angelegt "
            f"(Schema {version}, diese Version kennt bis {LATEST}). Bitte die App aktualisieren; "
            "die Datenbank bleibt unverändert.",
            f"This database was written by a newer Kontaktverwaltung (schema {version}, this app "
            f"knows up to {LATEST}). Please update the app; the database was not changed.",
        )
    )


def _create(database: pw.Database) -> None:
    if isinstance(database, pw.MySQLDatabase):  # new tables take the database's character set
        database.execute_sql(f"ALTER DATABASE CHARACTER SET utf8mb4 COLLATE {MYSQL_COLLATION}")
    with database.atomic():
        database.create_tables(ALL_MODELS)
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
    stamp = dbmod.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.schema{version}-{stamp}.bak{path.suffix}")
    partial = target.with_name(target.name + ".part")  # a backup killed halfway is never taken for one
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
    stamp = dbmod.now()
    for position, (name, jobs, applicants) in enumerate(DEFAULT_ROLES):
        CustomerRole.create(
            name=name,
            job_visibility=jobs.value,
            applicant_data=applicants.value,
            position=position,
            created_at=stamp,
            updated_at=stamp,
        )
