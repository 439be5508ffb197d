"""Demo data (realistic, deterministic per seed) and the command line (automation contract)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from kontaktverwaltung import __version__, cli
from kontaktverwaltung.domain.channels import normalize_email, normalize_phone
from kontaktverwaltung.domain.contact import derived_columns, location_search_text
from kontaktverwaltung.domain.errors import RuleViolation
from kontaktverwaltung.services import demo, demo_words
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.services.search import search_contacts
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.models import Contact, ContactChannel, Customer, HistoryEntry, Job, Location
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.store.schema import LATEST
from tests.conftest import backend_url, dump_database
from tests.factories import make_contact, make_customer, make_location

CUSTOMERS = 30


def _demo_dump() -> dict[str, list[dict[str, Any]]]:
    """The demo's rows. Left out: what the schema writes with the clock (version row, default roles)
    and password hashes, which are salted at random: they are checked to verify instead."""
    dump = dump_database()
    del dump["schema_version"], dump["customer_role"]
    hashes = {row["password_hash"] for row in dump["contact"]} - {None}
    assert all(PasswordHasher().verify(h, demo.DEMO_PASSWORD) for h in hashes)  # one hash, shared
    for row in dump["contact"]:
        if row["password_hash"] is not None:
            row["password_hash"] = "<argon2id of the demo password>"
    return dump


def _fresh(backend: str, folder: Path) -> None:
    close_database()
    open_database(backend_url(backend, folder))


@pytest.mark.usefixtures("db")
def test_same_seed_gives_the_same_data_and_another_seed_other_data(backend, tmp_path):
    summary = demo.generate(CUSTOMERS, seed=7)
    first = _demo_dump()
    assert summary.customers == len(first["customer"]) == CUSTOMERS
    assert summary.contacts == len(first["contact"]) > CUSTOMERS
    assert summary.channels == len(first["contact_channel"])
    assert (summary.jobs, summary.history_entries) == (len(first["job"]), len(first["history_entry"]))
    _fresh(backend, tmp_path / "zweite")
    demo.generate(CUSTOMERS, seed=7)
    assert _demo_dump() == first
    _fresh(backend, tmp_path / "dritte")
    demo.generate(CUSTOMERS, seed=8)
    other = _demo_dump()
    assert [c["name"] for c in other["customer"]] != [c["name"] for c in first["customer"]]
    assert [c["last_name"] for c in other["contact"]] != [c["last_name"] for c in first["contact"]]


@pytest.fixture
def demo_data(db) -> demo.DemoSummary:
    return demo.generate(CUSTOMERS, seed=3)


def test_demo_data_looks_like_real_austrian_and_german_customers(demo_data):
    people = list(Contact.select())
    assert any(re.search("[äöüÄÖÜß]", p.first_name + p.last_name) for p in people)
    titles = {p.title for p in people}
    assert {"Mag.", "Dr."} <= titles and "" in titles
    assert {p.salutation for p in people} >= {"Herr", "Frau"}
    inactive = [p for p in people if not p.active]
    assert inactive and all(p.inactive_reason for p in inactive)
    assert all(p.inactive_reason == "" for p in people if p.active)
    assert any(p.inactive_until is not None for p in inactive if p.inactive_reason in ("Karenz", "Bildungskarenz"))
    assert Job.select().where(Job.released == True).exists()  # noqa: E712
    customers_with_login = {p.customer_id for p in people if p.password_hash}
    released = {j.customer_id for j in Job.select().where(Job.released == True)}  # noqa: E712
    assert customers_with_login and customers_with_login <= released  # S13: passwords only after a release
    kinds = {h.kind for h in HistoryEntry.select()}
    assert {"customer_created", "created", "deactivated"} <= kinds
    assert HistoryEntry.select().where(HistoryEntry.contact.is_null(False)).count() >= len(people)
    assert {loc.country for loc in Location.select()} <= {"AT", "DE"}
    assert len({c.number for c in Customer.select()}) == CUSTOMERS


def test_demo_people_agree_with_their_salutation(demo_data):
    """Issue 14: never "Frau Olav Mohr" nor "Herr George … – Vertriebsleiterin"."""
    female_forms = {female for male, female in demo_words.POSITIONS if male != female}
    male_forms = {male for male, female in demo_words.POSITIONS if male != female}
    people = list(Contact.select())
    by_salutation = {s: [p for p in people if p.salutation == s] for s in ("Herr", "Frau")}
    assert all(by_salutation.values())
    for person in by_salutation["Frau"]:
        assert person.first_name in demo_words.FEMALE_FIRST_NAMES and person.position not in male_forms, person.id
    for person in by_salutation["Herr"]:
        assert person.first_name in demo_words.MALE_FIRST_NAMES and person.position not in female_forms, person.id
    assert {p.position for p in people} & female_forms and {p.position for p in people} & male_forms


def test_demo_data_does_not_depend_on_faker(db, monkeypatch):
    """The same seed gives the same data with any library version: the words are the project's own."""
    monkeypatch.setitem(sys.modules, "faker", None)  # importing it would fail
    demo.generate(3, seed=4)
    assert [c.name for c in Customer.select().order_by(Customer.id)] == FIRST_CUSTOMERS_OF_SEED_4
    assert [(p.salutation, p.first_name, p.last_name) for p in Contact.select().order_by(Contact.id).limit(3)] == (
        FIRST_PEOPLE_OF_SEED_4
    )


FIRST_CUSTOMERS_OF_SEED_4 = ["Moosleitner Kunststofftechnik e.U.", "Unterbauer Software GmbH", "Loidl Energie GmbH"]
FIRST_PEOPLE_OF_SEED_4 = [("Frau", "Verena", "Lechner"), ("Herr", "Walter", "Schmidt"), ("Frau", "Emilia", "Schubert")]


def test_every_demo_phone_and_email_is_what_the_app_would_store(demo_data):
    channels = list(ContactChannel.select())
    assert any(c.kind != "email" for c in channels) and any(c.kind == "email" for c in channels)
    for channel in channels:
        if channel.kind == "email":
            assert normalize_email(channel.value, "email") == (channel.normalized, channel.display), channel.value
        else:
            assert normalize_phone(channel.value, "phone") == (channel.normalized, channel.display), channel.value
    assert all(c.display.startswith(("0", "+49 ")) for c in channels if c.kind != "email")


def test_demo_contacts_are_found_like_contacts_typed_in_the_app(demo_data):
    by_contact: dict[int, list[tuple[str, str]]] = {}
    for channel in ContactChannel.select().order_by(ContactChannel.position, ContactChannel.id):
        by_contact.setdefault(channel.contact_id, []).append((channel.kind, channel.normalized))
    for person in Contact.select():
        expected = derived_columns(
            person.first_name, person.last_name, person.position, person.department, by_contact.get(person.id, [])
        )
        stored = {"search_text": person.search_text, "search_name": person.search_name, "name_key": person.name_key}
        assert stored == expected, person.id
    for location in Location.select():
        assert location.search_text == location_search_text(location.name, location.city, location.postal_code)
    phone = ContactChannel.select().where(ContactChannel.kind != "email").first()
    assert phone.contact_id in {h.contact_id for h in search_contacts(phone.display[:9]).hits}


def test_demo_refuses_a_database_that_already_holds_customers(db, ctx):
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Echte Kundschaft GmbH")), "Anna", "Berger")
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        demo.generate(5, seed=1)
    assert "nur in eine leere Datenbank" in error.value.message()
    with pytest.raises(RuleViolation):
        demo.generate(0)
    assert dump_database() == before


# --- the command line (SQLite only) ------------------------------------------------------------


@pytest.fixture
def url(tmp_path) -> Iterator[str]:
    yield dbmod.sqlite_url(tmp_path / "cli" / "kunden.sqlite3")
    close_database()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_migrate_creates_the_database(capsys, url):
    code, out, _ = run(capsys, "--db", url, "migrate")
    assert code == 0
    assert f"Schema-Version {LATEST}" in out
    assert Path(dbmod.describe_url(url)).is_file()
    assert run(capsys, "--db", url, "migrate")[0] == 0  # again: harmless


def test_cli_demo_then_search(capsys, url):
    code, out, _ = run(capsys, "--db", url, "demo", "--customers", "20", "--seed", "3")
    assert code == 0
    assert "20 Kunden" in out and "Ansprechpartner" in out
    assert demo.DEMO_PASSWORD in out
    open_database(url)
    first_location = Location.select(Location.id).where(Location.customer == 1).scalar()  # customer K-10000
    make_contact(Context("Test"), first_location, "Hans", "Müller", emails=("hans.mueller@firma.at",))
    expected = {h.display_name for h in search_contacts("müller").hits}
    close_database()

    code, out, err = run(capsys, "--db", url, "search", "müller")
    assert code == 0
    lines = out.splitlines()
    assert {line.split("\t")[0].removesuffix(" (inaktiv)") for line in lines} == expected
    assert any(line.startswith("Frau Hans Müller\t") and "hans.mueller@firma.at" in line for line in lines)
    assert f"{len(lines)} Treffer" in err

    code, out, err = run(capsys, "--db", url, "search", "müller", "--customer", "K-10001")
    assert code == 0 and "Hans Müller" not in out

    code, _, err = run(capsys, "--db", url, "search", "müller", "--customer", "K-999")
    assert code == 2 and "Fehler: Kein Kunde mit der Nummer „K-999“" in err


def test_cli_demo_refuses_a_filled_database(capsys, url):
    assert run(capsys, "--db", url, "demo", "--customers", "2")[0] == 0
    code, _, err = run(capsys, "--db", url, "demo", "--customers", "2")
    assert code == 2 and err.startswith("Fehler: ") and "leere Datenbank" in err


def test_cli_version(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"Kontaktverwaltung {__version__}"


@pytest.mark.parametrize("bad", ["ftp://x/y", "sqlite://", "oracle://scott@host/db"])
def test_cli_bad_database_url_says_so_in_german(capsys, bad):
    code, out, err = run(capsys, "--db", bad, "migrate")
    assert code == 2
    assert err.startswith("Fehler: ") and "keine gültige Datenbank-Adresse" in err
    assert out == ""


def test_cli_unreachable_server_says_so_in_german(capsys):
    code, _, err = run(capsys, "--db", "postgresql://postgres@127.0.0.1:1/x", "search", "müller")
    assert code == 2 and err.startswith("Fehler: ") and "nicht erreichbar" in err


def test_cli_file_that_is_no_database_says_so_in_german(capsys, tmp_path):
    notes = tmp_path / "notizen.txt"
    notes.write_text("Keine Datenbank.\n" * 50)
    code, _, err = run(capsys, "--db", dbmod.sqlite_url(notes), "migrate")
    close_database()
    assert code == 2 and err.startswith("Fehler: ")


def test_cli_output_piped_into_head_ends_quietly(tmp_path):
    """`kontaktverwaltung search … | head -1`: the reader stops early, which is no error for the user."""
    import subprocess
    import sys

    url = dbmod.sqlite_url(tmp_path / "pipe.sqlite3")
    command = [sys.executable, "-m", "kontaktverwaltung", "--db", url]
    subprocess.run([*command, "demo", "--customers", "20", "--seed", "3"], check=True, capture_output=True)
    process = subprocess.Popen([*command, "search", "a"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like `head -1`
    error = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert "Unerwarteter Fehler" not in error and "Broken pipe" not in error
