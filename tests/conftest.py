"""Shared fixtures: every database test runs on SQLite, PostgreSQL and MariaDB.

PostgreSQL and MariaDB are found at KV_TEST_POSTGRES_URL / KV_TEST_MYSQL_URL (defaults: the
local servers). Where a server is unreachable its tests are skipped with the reason, unless
KV_REQUIRE_BACKENDS=1 (set by CI): then they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import peewee as pw
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.models import ALL_MODELS
from kontaktverwaltung.store.opening import close_database, open_database

# One database per test process, so parallel runs on one machine never clobber each other.
_NAME = f"kv_test_{os.getpid()}"
SERVER_URLS = {
    "postgresql": os.environ.get("KV_TEST_POSTGRES_URL", f"postgresql://postgres@127.0.0.1:5432/{_NAME}"),
    "mysql": os.environ.get("KV_TEST_MYSQL_URL", f"mysql://root@127.0.0.1:3306/{_NAME}?mariadb=true"),
}
BACKENDS = ["sqlite", "postgresql", "mysql"]
REQUIRED = os.environ.get("KV_REQUIRE_BACKENDS") == "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the application


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's real data folder, settings or database."""
    home = tmp_path / "home"
    home.mkdir()
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(name, str(home / name.lower()))
    # Qt finds the cache folder through the system on Windows and macOS, not these variables.
    from kontaktverwaltung.ui.settings import Settings

    monkeypatch.setattr(Settings, "first_look_file", staticmethod(lambda: home / "cache" / "erste-kunden.json"))


class MemoryVault(KeyringBackend):
    """An OS vault in a dict: tests never read or write the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def vault(monkeypatch: pytest.MonkeyPatch) -> MemoryVault:
    """A fresh in-memory vault per test; child processes get keyring's null backend."""
    memory = MemoryVault()
    keyring.set_keyring(memory)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    return memory


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> None:
    """QSettings caches its folder once per process: point it at this test's folder each time."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "home" / "settings"))


@pytest.fixture(autouse=True)
def _fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still Argon2id, but cheap: the production parameters cost ~0.3 s per hash."""
    from argon2 import PasswordHasher

    from kontaktverwaltung.services import portal

    monkeypatch.setattr(portal, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _server_database(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def _admin_connection(backend: str, url: str) -> pw.Database:
    """A connection to the server without the test database (to create or drop it)."""
    from kontaktverwaltung.store.db import connect_url

    if backend == "postgresql":
        admin = connect_url(url.rsplit("/", 1)[0] + "/postgres")
    else:
        base, _, query = url.partition("?")
        admin = connect_url(base.rsplit("/", 1)[0] + "/mysql" + (f"?{query}" if query else ""))
    admin.connect()
    return admin


_prepared: dict[str, str | None] = {}


def _prepare_server(backend: str) -> str | None:
    """Create a fresh test database once per run; returns why it cannot be used, or None."""
    if backend in _prepared:
        return _prepared[backend]
    url = SERVER_URLS[backend]
    name = _server_database(url)
    try:
        admin = _admin_connection(backend, url)
    except Exception as error:  # any driver error means: not reachable here
        _prepared[backend] = f"{backend} server not reachable at {dbmod.describe_url(url)}: {error}"
        return _prepared[backend]
    try:
        if backend == "postgresql":
            admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute_sql(f'CREATE DATABASE "{name}"')
        else:
            admin.execute_sql(f"DROP DATABASE IF EXISTS `{name}`")
            admin.execute_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    finally:
        admin.close()
    _prepared[backend] = None
    return None


@pytest.fixture(scope="session", autouse=True)
def _drop_server_databases() -> Iterator[None]:
    yield
    close_database()
    for backend, reason in _prepared.items():
        if reason is not None:
            continue
        url = SERVER_URLS[backend]
        name = _server_database(url)
        admin = _admin_connection(backend, url)
        try:
            if backend == "postgresql":
                admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            else:
                admin.execute_sql(f"DROP DATABASE IF EXISTS `{name}`")
        finally:
            admin.close()


def _wipe(database: pw.Database) -> None:
    """Drop every table (and the search index objects) so the next test starts from nothing."""
    if isinstance(database, pw.PostgresqlDatabase):
        database.execute_sql("DROP SCHEMA public CASCADE")
        database.execute_sql("CREATE SCHEMA public")
    elif isinstance(database, pw.MySQLDatabase):
        database.execute_sql("SET FOREIGN_KEY_CHECKS = 0")
        for table in database.get_tables():
            database.execute_sql(f"DROP TABLE `{table}`")
        database.execute_sql("SET FOREIGN_KEY_CHECKS = 1")


def backend_url(backend: str, tmp_path: Path) -> str:
    """A URL to an empty database of that backend (skips or fails when the server is missing)."""
    if backend == "sqlite":
        return dbmod.sqlite_url(tmp_path / "test.sqlite3")
    reason = _prepare_server(backend)
    if reason:
        if REQUIRED:
            pytest.fail(f"required backend missing: {reason}")
        pytest.skip(reason)
    url = SERVER_URLS[backend]
    database = dbmod.connect_url(url)
    database.connect()
    try:
        _wipe(database)
    finally:
        database.close()
    return url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_db_url(backend: str, tmp_path: Path) -> str:
    """URL of an empty database on the current backend; nothing opened yet."""
    return backend_url(backend, tmp_path)


@pytest.fixture
def db(empty_db_url: str) -> Iterator[pw.Database]:
    """An opened, freshly created database on each backend."""
    database = open_database(empty_db_url)
    yield database
    close_database()


@pytest.fixture
def ctx() -> Context:
    return Context("Test Recruiterin")


def dump_database() -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, ordered by id: for "restored exactly" comparisons."""
    result = {}
    for model in ALL_MODELS:
        rows = []
        for row in model.select().order_by(model._meta.primary_key).dicts():
            rows.append({k: bytes(v) if isinstance(v, memoryview) else v for k, v in row.items()})
        result[model._meta.table_name] = rows
    return result


@pytest.fixture
def english() -> Iterator[None]:
    """The core's texts in English, through the JSON catalogue the command line uses (no Qt)."""
    from kontaktverwaltung.domain import messages

    assert messages.install_catalogue("en")
    yield
    messages.install(None)
