"""Two clients opening an old database at once migrate it once, not twice (B5, issue 5 item 2).

The second clients here are real processes, each with its own connection, as on two
workstations. To be sure the two really race, each one stops right after it has read the old
version and goes on only when the test says so: without the lock both would then migrate.
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator

import pytest

from kontaktverwaltung.domain.duplicates import phonetic_key
from kontaktverwaltung.domain.errors import DatabaseUnavailable
from kontaktverwaltung.domain.messages import german, msg
from kontaktverwaltung.domain.portal import DEFAULT_ROLES
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store import migration_lock, schema
from kontaktverwaltung.store.models import Contact, CustomerRole, SchemaVersion
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.store.schema import LATEST, ensure_schema, stored_version
from tests.store.test_schema import FIRST_SCHEMA, PEOPLE, _build_first_schema, _dump_without_name_key

DEADLINE = 10.0  # seconds a client may take for one step before the test fails instead of hanging
MIGRATION_STEPS = list(range(FIRST_SCHEMA + 1, LATEST + 1))

# A workstation opening the database. It reports on stdout and, where told to, stops until the
# test writes a line to its stdin: "after-read" right after it first read the schema version,
# "in-step" inside the last migration step (so while it holds the lock).
_CLIENT = textwrap.dedent(
    """
    import json, sys
    from kontaktverwaltung.store import schema
    from kontaktverwaltung.store.opening import close_database, open_database

    url, pause = sys.argv[1], sys.argv[2]
    read_version, last_step = schema.stored_version, schema.MIGRATIONS[schema.LATEST]
    reads = []

    def stored_version(database):
        version = read_version(database)
        reads.append(version)
        if pause == "after-read" and len(reads) == 1:
            print("read", version, flush=True)
            sys.stdin.readline()
        return version

    def step(database, migrator):
        if pause == "in-step":
            print("migrating", flush=True)
            sys.stdin.readline()
        last_step(database, migrator)

    schema.stored_version = stored_version
    schema.MIGRATIONS[schema.LATEST] = step
    steps = []
    open_database(url, lambda version, latest: steps.append(version))
    close_database()
    print("done", json.dumps(steps), flush=True)
    """
)


class Client:
    """Another workstation: a process that opens the database at ``url``."""

    def __init__(self, url: str, pause: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _CLIENT, url, pause],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put(None)

    def expect(self, word: str) -> str:
        """The rest of the client's next line, which must start with ``word``."""
        try:
            line = self._lines.get(timeout=DEADLINE)
        except queue.Empty:
            line = None
        if line is None or not line.startswith(word):
            self.process.kill()
            assert self.process.stderr is not None
            pytest.fail(f"client: expected {word!r}, got {line!r}\n{self.process.stderr.read()}")
        return line[len(word) :].strip()

    def go_on(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go on\n")
        self.process.stdin.flush()

    def migration_steps(self) -> list[int]:
        """Waits until the client is done: the migration steps it ran itself."""
        steps = json.loads(self.expect("done"))
        assert self.process.wait(timeout=DEADLINE) == 0
        return list(steps)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._reader.join(DEADLINE)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def start_client() -> Iterator[Callable[[str, str], Client]]:
    clients: list[Client] = []

    def start(url: str, pause: str) -> Client:
        clients.append(Client(url, pause))
        return clients[-1]

    yield start
    for client in clients:
        client.stop()


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    yield
    close_database()


def _recorded_versions() -> list[int]:
    return [v for (v,) in SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version).tuples()]


def _assert_migrated_once_with_data_intact(url: str, data: dict[str, list[dict[str, object]]]) -> None:
    open_database(url)
    assert _recorded_versions() == [FIRST_SCHEMA, *MIGRATION_STEPS]  # each version once
    assert _dump_without_name_key() == data
    keys = {(c.first_name, c.last_name): c.name_key for c in Contact.select()}
    assert keys == {(first, last): phonetic_key(first, last) for first, last in PEOPLE}


def test_two_clients_opening_an_old_database_at_once_migrate_it_once(
    empty_db_url, backend, ctx, start_client, tmp_path
):
    data = _build_first_schema(empty_db_url, ctx)
    first, second = start_client(empty_db_url, "after-read"), start_client(empty_db_url, "after-read")
    assert first.expect("read") == second.expect("read") == str(FIRST_SCHEMA)  # both saw the old schema
    first.go_on()
    second.go_on()
    assert sorted([first.migration_steps(), second.migration_steps()]) == [[], MIGRATION_STEPS]
    _assert_migrated_once_with_data_intact(empty_db_url, data)
    if backend == "sqlite":
        assert len(list(tmp_path.glob(f"test.schema{FIRST_SCHEMA}-*.bak.sqlite3"))) == 1
        assert not migration_lock.lock_file_of(tmp_path / "test.sqlite3").exists()


def test_two_clients_opening_an_empty_database_at_once_create_the_schema_once(empty_db_url, start_client):
    first, second = start_client(empty_db_url, "after-read"), start_client(empty_db_url, "after-read")
    assert first.expect("read") == second.expect("read") == "None"
    first.go_on()
    second.go_on()
    assert first.migration_steps() == second.migration_steps() == []
    open_database(empty_db_url)
    assert _recorded_versions() == [LATEST]
    assert [r.name for r in CustomerRole.select().order_by(CustomerRole.position)] == [
        german(msg(r[0])) for r in DEFAULT_ROLES
    ]


class _Waiting(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.event = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.event.set()


def test_an_open_during_another_clients_migration_waits_and_then_finds_it_done(empty_db_url, ctx, start_client, caplog):
    data = _build_first_schema(empty_db_url, ctx)
    migrating = start_client(empty_db_url, "in-step")
    migrating.expect("migrating")  # it holds the lock now, halfway through
    waiting = _Waiting()
    caplog.set_level(logging.INFO, logger=migration_lock.__name__)
    logging.getLogger(migration_lock.__name__).addHandler(waiting)
    outcome: dict[str, object] = {}

    def open_here() -> None:
        steps: list[int] = []
        try:
            open_database(empty_db_url, lambda version, latest: steps.append(version))
            outcome["steps"] = steps
        except Exception as error:
            outcome["error"] = error
        finally:
            close_database()  # this thread's connection

    opener = threading.Thread(target=open_here)
    opener.start()
    try:
        assert waiting.event.wait(DEADLINE), "the second open did not wait for the lock"
        assert opener.is_alive()
        migrating.go_on()
        assert migrating.migration_steps() == MIGRATION_STEPS
    finally:
        opener.join(DEADLINE)
        logging.getLogger(migration_lock.__name__).removeHandler(waiting)
    assert outcome == {"steps": []}  # it waited, then found the schema migrated
    _assert_migrated_once_with_data_intact(empty_db_url, data)


def test_a_lock_not_had_in_time_is_reported_in_german_and_nothing_changes(
    empty_db_url, backend, ctx, tmp_path, monkeypatch
):
    _build_first_schema(empty_db_url, ctx)
    monkeypatch.setattr(migration_lock, "WAIT_SECONDS", 0.3)
    holder = dbmod.connect_url(empty_db_url)
    holder.connect()
    try:
        with migration_lock.migration_lock(holder, empty_db_url), pytest.raises(DatabaseUnavailable) as error:
            open_database(empty_db_url)
    finally:
        holder.close()
    message = error.value.message()
    assert "von einem anderen Arbeitsplatz aktualisiert" in message and "erneut öffnen" in message
    assert "Traceback" not in message
    database = dbmod.current()
    database.connect(reuse_if_open=True)
    assert stored_version(database) == FIRST_SCHEMA
    database.close()
    if backend == "sqlite":
        assert not list(tmp_path.glob("*.bak.sqlite3"))
    database = open_database(empty_db_url)  # the lock is free again
    assert stored_version(database) == LATEST


def test_a_client_killed_while_migrating_leaves_no_lock_behind(empty_db_url, ctx, start_client):
    data = _build_first_schema(empty_db_url, ctx)
    migrating = start_client(empty_db_url, "in-step")
    migrating.expect("migrating")
    migrating.process.kill()
    migrating.process.wait()
    steps: list[int] = []
    open_database(empty_db_url, lambda version, latest: steps.append(version))
    assert steps == MIGRATION_STEPS[-1:]  # the steps before the killed one had committed each
    _assert_migrated_once_with_data_intact(empty_db_url, data)


def test_the_usual_open_takes_no_lock_and_only_reads_the_version(empty_db_url, monkeypatch):
    database = open_database(empty_db_url)

    @contextlib.contextmanager
    def no_lock_expected(*args: object) -> Iterator[None]:
        raise AssertionError("the usual open took the migration lock")
        yield

    monkeypatch.setattr(schema, "migration_lock", no_lock_expected)
    before = database.query_count
    assert ensure_schema(database, empty_db_url) == LATEST
    assert database.query_count - before == 2  # the table exists, the highest version
