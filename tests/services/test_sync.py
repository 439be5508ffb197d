"""Offline copy and sync (R14): what is typed offline reaches the server, what the server got
reaches the copy, what both changed is a conflict listed until decided, nothing lost or doubled."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import ContactInput, Salutation
from kontaktverwaltung.domain.errors import DatabaseUnavailable, RuleViolation
from kontaktverwaltung.services import contacts, customers, duplicates, merge, sync
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store import sync as store_sync
from kontaktverwaltung.store.changes import revert
from kontaktverwaltung.store.opening import close_database, open_database
from tests.conftest import backend_url, dump_database
from tests.factories import contact_input, make_contact, make_customer, make_location

SERVERS = ["postgresql", "mysql"]


@pytest.fixture(params=SERVERS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A shared server, open as the app's database; the workstation's copy lives in tmp_path."""
    url = backend_url(str(request.param), tmp_path)
    open_database(url)
    yield url
    close_database()


def _path(url: str) -> Path:
    return Path(sync.offline_copy_url(url).split(":///", 1)[1])


@contextlib.contextmanager
def offline(url: str) -> Iterator[pw.Database]:
    """Work on the copy (as the window does without the server), in this thread only."""
    copy = store_sync.open_copy(_path(url))
    try:
        with dbmod.bound_here(copy):
            yield copy
    finally:
        copy.close()


def data_dump() -> dict[str, list[dict[str, Any]]]:
    found = dump_database()
    found.pop("schema_version")
    return found


def copy_dump(url: str) -> dict[str, list[dict[str, Any]]]:
    with offline(url):
        return data_dump()


def assert_copy_equals_server(url: str) -> None:
    mine, theirs = copy_dump(url), data_dump()
    for table in theirs:
        assert mine[table] == theirs[table], table


def _contact(contact_id: int) -> Any:
    return contacts.contact_card(contact_id)


def _edit(ctx: Context, contact_id: int, **changes: Any) -> None:
    """The contact form's save with some fields changed (its e-mails and phones kept)."""
    row = contacts.contact_card(contact_id)
    channels = [
        ChannelInput(ChannelKind(c.kind), c.value, c.label, c.is_primary) for c in contacts.channels_of(contact_id)
    ]
    data = ContactInput(
        row.location_id,
        changes.pop("first", row.first_name),
        changes.pop("last", row.last_name),
        Salutation(row.salutation) if row.salutation else Salutation.NONE,
        row.title,
        changes.pop("position", row.position),
        changes.pop("department", row.department),
        changes.pop("notes", row.notes),
        row.role_id,
        channels,
        row.username,
    )
    assert not changes
    contacts.edit_contact(ctx, contact_id, None, data)


def test_a_local_file_needs_no_copy(tmp_path: Path) -> None:
    url = dbmod.sqlite_url(tmp_path / "local.sqlite3")
    assert not sync.is_syncable(url)
    with pytest.raises(RuleViolation, match="lokale Datei braucht keine Offline-Kopie"):
        sync.sync(url)


def test_first_sync_makes_a_copy_equal_to_the_server(server: str, ctx: Context) -> None:
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), phones=("0664 1234567",))
    assert not sync.has_offline_copy(server)
    with pytest.raises(DatabaseUnavailable, match="noch keine Offline-Kopie"):
        sync.open_offline(server)
    result = sync.sync(server)
    assert result.sent == 0 and result.received > 0 and result.conflicts == ()
    assert sync.has_offline_copy(server)
    assert_copy_equals_server(server)
    server_db = dbmod.current()
    mark = server_db.param
    old = dbmod.now() - datetime.timedelta(days=store_sync.KEEP_APPLIED_DAYS + 1)
    server_db.execute_sql(f"INSERT INTO sync_applied (change_id, applied_at) VALUES ({mark}, {mark})", ("alt-1", old))
    assert sync.sync(server).as_json() == {"sent": 0, "received": 0, "conflicts": []}
    assert server_db.execute_sql("SELECT COUNT(*) FROM sync_applied").fetchone()[0] == 0  # old ids forgotten


def test_offline_edits_and_creates_reach_the_server_and_server_edits_reach_the_copy(server: str, ctx: Context) -> None:
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    bernd = make_contact(ctx, location, "Bernd", "Huber")
    sync.sync(server)
    with offline(server):
        _edit(ctx, anna, position="Einkauf")
        new = make_contact(ctx, location, "Clara", "Offline", emails=("clara@firma.at",))
        other = make_customer(ctx, "Offline AG")
        make_location(ctx, other, "Graz")
    assert sync.pending_changes(server) == 4
    _edit(ctx, bernd, department="Vertrieb")  # meanwhile on the server
    _edit(ctx, anna, last="Berger-Huber")  # another field of a record edited offline: both taken
    result = sync.sync(server)
    assert result.sent == 4 and result.conflicts == ()
    assert sync.pending_changes(server) == 0
    assert (_contact(anna).position, _contact(anna).last_name) == ("Einkauf", "Berger-Huber")
    assert _contact(new).last_name == "Offline"  # same id on both sides
    assert [c.value for c in contacts.channels_of(new)] == ["clara@firma.at"]
    with offline(server):
        assert _contact(bernd).department == "Vertrieb"
    assert_copy_equals_server(server)


def test_both_edit_one_field_is_a_conflict_listed_until_decided_either_way(server: str, ctx: Context) -> None:
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    bert = make_contact(ctx, location, "Bert", "Moser")
    sync.sync(server)
    with offline(server):
        _edit(ctx, anna, position="Einkauf", notes="offline")
        _edit(ctx, bert, position="Lager")
    _edit(ctx, anna, position="Vertrieb")
    _edit(ctx, bert, position="Technik")
    result = sync.sync(server)
    mine, theirs = result.conflicts
    assert mine.kind == "field" and mine.table == "contact" and mine.row_id == anna
    assert mine.fields == (("position", "Einkauf", "Vertrieb"),)
    assert "Anna Berger" in str(mine.what)
    assert _contact(anna).position == "Vertrieb" and _contact(anna).notes == "offline"  # only mine: taken
    assert_copy_equals_server(server)  # the copy shows the server's state meanwhile
    assert [c.id for c in sync.sync(server).conflicts] == [mine.id, theirs.id]  # listed until decided
    sync.decide(server, mine.id, "mine")
    sync.decide(server, theirs.id, "server")
    assert sync.open_conflicts(server) == []
    result = sync.sync(server)
    assert result.conflicts == ()
    assert (_contact(anna).position, _contact(bert).position) == ("Einkauf", "Technik")
    assert_copy_equals_server(server)


def test_delete_offline_of_a_record_edited_on_the_server_is_never_blind(server: str, ctx: Context) -> None:
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    sync.sync(server)
    with offline(server):
        contacts.delete_contact(ctx, anna)
    _edit(ctx, anna, position="Neu")
    (conflict,) = sync.sync(server).conflicts
    assert conflict.kind == "delete" and conflict.row_id == anna
    assert _contact(anna).position == "Neu"
    assert_copy_equals_server(server)  # the copy has the record back, as the server has it
    sync.decide(server, conflict.id, "mine")
    assert sync.sync(server).conflicts == ()
    assert not contacts_exists(anna)
    assert_copy_equals_server(server)


def contacts_exists(contact_id: int) -> bool:
    from kontaktverwaltung.store.models import Contact

    return Contact.select().where(Contact.id == contact_id).exists()


def test_edit_offline_of_a_record_deleted_on_the_server(server: str, ctx: Context) -> None:
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    sync.sync(server)
    with offline(server):
        _edit(ctx, anna, position="Einkauf")
    contacts.delete_contact(ctx, anna)
    conflicts = sync.sync(server).conflicts
    assert [(c.kind, c.row_id) for c in conflicts] == [("delete", anna)]
    assert not contacts_exists(anna)
    assert_copy_equals_server(server)
    sync.decide(server, conflicts[0].id, "server")
    assert sync.sync(server).conflicts == ()
    assert_copy_equals_server(server)


def test_merge_offline_reaches_the_server_unless_the_server_changed_the_merged(server: str, ctx: Context) -> None:
    location = make_location(ctx, make_customer(ctx))
    a = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    b = make_contact(ctx, location, "Anna", "Berger", emails=("a.berger@gmx.at",))
    c = make_contact(ctx, location, "Carl", "Moser")
    d = make_contact(ctx, location, "Carl", "Moser")
    sync.sync(server)
    with offline(server):
        merge.merge_contacts(ctx, a, b)
        merge.merge_contacts(ctx, c, d)
    _edit(ctx, d, position="geändert am Server")
    conflicts = sync.sync(server).conflicts
    assert [(x.kind, x.row_id) for x in conflicts] == [("merge", d)]
    assert not contacts_exists(b)  # the first merge went through
    assert sorted(ch.value for ch in contacts.channels_of(a)) == ["a.berger@gmx.at", "anna@firma.at"]
    assert contacts_exists(d) and _contact(d).position == "geändert am Server"
    assert_copy_equals_server(server)


def test_undo_offline_and_duplicates_decisions_reach_the_server(server: str, ctx: Context) -> None:
    location = make_location(ctx, make_customer(ctx))
    a = make_contact(ctx, location, "Anna", "Berger")
    b = make_contact(ctx, location, "Anna", "Berger")
    sync.sync(server)
    with offline(server):
        done = contacts.create_contact(ctx, contact_input(location, "Temp", "Weg"))
        revert(done.change)  # undo offline
        duplicates.mark_not_duplicate(ctx, a, b)
        customers.edit_customer(
            ctx,
            customers.customer_id_by_number(customers.list_customers()[0].number),
            None,
            customers.CustomerInput(customers.list_customers()[0].number, "Umbenannt GmbH"),
        )
    result = sync.sync(server)
    assert result.conflicts == ()
    assert not contacts_exists(done.value)
    assert duplicates.duplicate_pairs(None) == []
    assert customers.list_customers()[0].name == "Umbenannt GmbH"
    assert_copy_equals_server(server)


# --- the command line ---------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from kontaktverwaltung import cli

    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_sync_json_and_offline_commands(
    server: str, ctx: Context, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import json

    location = make_location(ctx, make_customer(ctx, "Alpenbau GmbH", "K-1"))
    make_contact(ctx, location, "Anna", "Berger")
    close_database()
    code, _, err = _run(capsys, "--db", server, "--offline", "search", "Berger")
    assert code != 0 and "noch keine Offline-Kopie" in err and len(err.strip().splitlines()) == 1
    code, out, _ = _run(capsys, "--db", server, "sync", "--json")
    result = json.loads(out)
    assert code == 0 and set(result) == {"sent", "received", "conflicts"} and result["conflicts"] == []
    code, out, _ = _run(capsys, "--db", server, "--offline", "search", "Berger")
    assert code == 0 and "Anna Berger" in out
    file = tmp_path / "neu.csv"
    file.write_text("Vorname;Nachname;Firma;E-Mail\nClara;Neu;Alpenbau GmbH;clara@alpenbau.at\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--db", server, "--offline", "import", str(file), "--json")
    assert code == 0 and json.loads(out)["created"] == 1
    code, _, err = _run(capsys, "--db", server, "--offline", "demo")
    assert code != 0 and "--offline" in err
    assert sync.pending_changes(server) == 1
    code, out, _ = _run(capsys, "--db", server, "sync", "--json")
    assert json.loads(out)["sent"] == 1
    code, out, _ = _run(capsys, "--db", server, "search", "Clara")
    assert code == 0 and "Clara Neu" in out
    open_database(server)
    assert_copy_equals_server(server)


def test_cli_sync_refuses_a_local_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = dbmod.sqlite_url(tmp_path / "lokal.sqlite3")
    code, out, err = _run(capsys, "--db", url, "sync", "--json")
    assert code != 0 and out == ""
    assert "Eine lokale Datei braucht keine Offline-Kopie" in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "--db", url, "--offline", "search", "x")
    assert code != 0 and "Eine lokale Datei braucht keine Offline-Kopie" in err


# --- a sync killed at any point resumes: no double, no loss ------------------------------------------

_KILLED_SYNC = r"""
import os, random, signal, sys, threading
from pathlib import Path
from kontaktverwaltung.store import sync as store_sync

url, path, point = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
die = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)
if point.startswith("after-unit-"):  # the server committed the unit, the copy has not heard of it
    k = int(point.rsplit("-", 1)[1])
    original = store_sync.Sync._send_unit
    sent = []
    def send_then_die(self, change_id, unit, *rest):
        result = original(self, change_id, unit, *rest)
        sent.append(change_id)
        if len(sent) == k:
            die()
        return result
    store_sync.Sync._send_unit = send_then_die
elif point == "in-receive":
    store_sync.Sync._upsert_rows = die
elif point.startswith("at-"):  # a moment in the middle
    threading.Timer(float(point[3:]), die).start()
store_sync.Sync(url, path).run()
"""


def _offline_work(ctx: Context, location: int, contact_ids: list[int]) -> None:
    for n, contact_id in enumerate(contact_ids):
        _edit(ctx, contact_id, position=f"Position {n}")
    for n in range(4):
        make_contact(ctx, location, "Neu", f"Offline {n}", emails=(f"neu{n}@firma.at",))


@pytest.mark.parametrize("point", ["after-unit-3", "in-receive"])
def test_a_sync_killed_anywhere_resumes_without_double_or_loss(server: str, ctx: Context, point: str) -> None:
    import os
    import subprocess
    import sys

    location = make_location(ctx, make_customer(ctx))
    people = [make_contact(ctx, location, "Person", f"Nr {n}") for n in range(6)]
    sync.sync(server)
    with offline(server):
        _offline_work(ctx, location, people)
    waiting = sync.pending_changes(server)
    assert waiting == 10
    _edit(ctx, people[0], department="am Server")
    script = [sys.executable, "-c", _KILLED_SYNC, server, str(_path(server)), point]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(script, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, -9), done.stderr
    result = sync.sync(server)  # resumed
    assert result.conflicts == () and sync.pending_changes(server) == 0
    assert [_contact(p).position for p in people] == [f"Position {n}" for n in range(6)]
    assert _contact(people[0]).department == "am Server"
    found = [c for c in data_dump()["contact"] if c["first_name"] == "Neu"]
    assert sorted(c["last_name"] for c in found) == [f"Offline {n}" for n in range(4)]  # each once
    history = [h for h in data_dump()["history_entry"] if h["author"] == ctx.author]
    assert len(history) == len({(h["params"], h["at"], h["contact"]) for h in history})  # no entry twice
    assert_copy_equals_server(server)


@pytest.mark.parametrize("backend", SERVERS)
def test_two_workstations_offline_a_hundred_changes_each_lose_nothing(backend: str) -> None:
    """The stress run of issue 16 in CI (benchmarks/sync.py with 1,000 each prints the table)."""
    from tests.benchmark_runs import run_benchmark

    row = run_benchmark("sync", backend, "--changes", "100")[0]
    changes, lost, conflicts, expected, unlisted, unequal = row[1], row[5], row[6], row[7], row[8], row[10]
    assert (changes, lost, unlisted, unequal) == ("200", "0", "0", "-")
    assert conflicts == expected == "10"  # every field both changed is listed, nothing else
