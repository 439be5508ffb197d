"""A server with all its connection slots taken (others' programs, a burst of background reads)
refuses a new connection only for a moment: the app asks again for a few seconds instead of
failing a preview, an import or a refresh at once."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from kontaktverwaltung.store import db as dbmod
from tests.conftest import _admin_connection

_USER = f"kv_one_slot_{os.getpid()}"
_PASSWORD = "ein-Platz"


@pytest.fixture
def one_slot_url(backend: str, empty_db_url: str) -> Iterator[str]:
    """The test database through a user the server gives a single connection."""
    if backend == "sqlite":
        pytest.skip("a SQLite file has no connection slots")
    admin = _admin_connection(backend, empty_db_url)
    name = urlsplit(empty_db_url).path.lstrip("/")
    if backend == "postgresql":
        create = [
            f"DROP ROLE IF EXISTS {_USER}",
            f"CREATE ROLE {_USER} LOGIN PASSWORD '{_PASSWORD}' CONNECTION LIMIT 1",
        ]
        drop = [f"DROP ROLE IF EXISTS {_USER}"]
    else:
        create = [
            f"DROP USER IF EXISTS '{_USER}'",  # any host
            f"CREATE USER '{_USER}' IDENTIFIED BY '{_PASSWORD}' WITH MAX_USER_CONNECTIONS 1",
            f"GRANT ALL ON `{name}`.* TO '{_USER}'",
        ]
        drop = [f"DROP USER IF EXISTS '{_USER}'"]
    try:
        for statement in create:
            admin.execute_sql(statement)
        parts = urlsplit(empty_db_url)
        host = parts.netloc.rsplit("@", 1)[-1]
        yield urlunsplit(parts._replace(netloc=f"{_USER}:{_PASSWORD}@{host}"))
    finally:
        for statement in drop:
            admin.execute_sql(statement)
        admin.close()


def test_a_connection_waits_for_a_slot_another_client_frees(one_slot_url):
    holder = dbmod.connect_url(one_slot_url)
    holder.connect()
    freed = threading.Timer(0.4, holder.connection().close)  # the other client lets go of its slot
    freed.start()
    waiting = dbmod.connect_url(one_slot_url)
    started = time.monotonic()
    try:
        waiting.connect()  # refused at first ("too many connections"), then let in
        waited = time.monotonic() - started
        assert waiting.execute_sql("SELECT 1").fetchone()[0] == 1
    finally:
        freed.join()
        waiting.close()
    assert 0.3 < waited < dbmod.FULL_SERVER_PATIENCE


def test_a_server_that_stays_full_is_reported_after_the_patience(one_slot_url, monkeypatch):
    monkeypatch.setattr(dbmod, "FULL_SERVER_PATIENCE", 0.3)
    holder = dbmod.connect_url(one_slot_url)
    holder.connect()
    try:
        started = time.monotonic()
        with pytest.raises(Exception) as refused:
            dbmod.connect_url(one_slot_url).connect()
        assert dbmod.server_full(refused.value)
        assert 0.1 < time.monotonic() - started < 2.0
    finally:
        holder.close()


def test_other_connection_errors_are_not_waited_for(one_slot_url):
    wrong = one_slot_url.rsplit("/", 1)[0] + "/kv_gibt_es_nicht"
    started = time.monotonic()
    with pytest.raises(Exception) as refused:
        dbmod.connect_url(wrong).connect()
    assert not dbmod.server_full(refused.value)
    assert time.monotonic() - started < 2.0
