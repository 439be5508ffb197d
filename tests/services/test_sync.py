"""Offline copy and sync (R14): what is typed offline reaches the server, what the server got
reaches the copy, what both changed is a conflict listed until decided, nothing lost or doubled."""

from __future__ import annotations

import contextlib
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


def test_no_copy_yet_is_said_plainly(server: str) -> None:
    assert not sync.has_offline_copy(server)
    with pytest.raises(DatabaseUnavailable, match="noch keine Offline-Kopie"):
        sync.open_offline(server)


def test_first_sync_makes_a_copy_equal_to_the_server(server: str, ctx: Context) -> None:
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), phones=("0664 1234567",))
    result = sync.sync(server)
    assert result.sent == 0 and result.received > 0 and result.conflicts == ()
    assert sync.has_offline_copy(server)
    assert_copy_equals_server(server)
    assert sync.sync(server).as_json() == {"sent": 0, "received": 0, "conflicts": []}


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
    result = sync.sync(server)
    assert result.sent == 4 and result.conflicts == ()
    assert sync.pending_changes(server) == 0
    assert _contact(anna).position == "Einkauf"
    assert _contact(new).last_name == "Offline"  # same id on both sides
    assert [c.value for c in contacts.channels_of(new)] == ["clara@firma.at"]
    with offline(server):
        assert _contact(bernd).department == "Vertrieb"
    assert_copy_equals_server(server)


def test_both_edit_different_fields_both_are_taken(server: str, ctx: Context) -> None:
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    sync.sync(server)
    with offline(server):
        _edit(ctx, anna, position="Einkauf")
    _edit(ctx, anna, last="Berger-Huber")
    result = sync.sync(server)
    assert result.conflicts == ()
    card = _contact(anna)
    assert (card.position, card.last_name) == ("Einkauf", "Berger-Huber")
    assert_copy_equals_server(server)


@pytest.mark.parametrize("take", ["mine", "server"])
def test_both_edit_one_field_is_a_conflict_listed_until_decided(server: str, ctx: Context, take: str) -> None:
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    sync.sync(server)
    with offline(server):
        _edit(ctx, anna, position="Einkauf", notes="offline")
    _edit(ctx, anna, position="Vertrieb")
    result = sync.sync(server)
    (conflict,) = result.conflicts
    assert conflict.kind == "field" and conflict.table == "contact" and conflict.row_id == anna
    assert conflict.fields == (("position", "Einkauf", "Vertrieb"),)
    assert "Anna Berger" in str(conflict.what)
    assert _contact(anna).position == "Vertrieb" and _contact(anna).notes == "offline"  # only mine: taken
    assert_copy_equals_server(server)  # the copy shows the server's state meanwhile
    assert [c.id for c in sync.sync(server).conflicts] == [conflict.id]  # listed until decided
    sync.decide(server, conflict.id, take)  # type: ignore[arg-type]
    assert sync.open_conflicts(server) == []
    result = sync.sync(server)
    assert result.conflicts == ()
    assert _contact(anna).position == ("Einkauf" if take == "mine" else "Vertrieb")
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
