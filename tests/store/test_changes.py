"""Exact undo and redo of recorded changes on real rows (B1), and never overwriting others (B5)."""

from __future__ import annotations

import datetime

import peewee as pw
import pytest

from kontaktverwaltung.domain.errors import ConflictError, NotFound
from kontaktverwaltung.store.changes import CHUNK, ChangeSet, Recorder, reapply, revert
from kontaktverwaltung.store.db import current, now, transaction
from kontaktverwaltung.store.models import Contact, Customer, CustomerDocument, Location
from tests.conftest import dump_database

pytestmark = pytest.mark.usefixtures("db")

PDF = b"%PDF-1.4\x00\xff\xfe binary \x00 content" * 50


def _record(description: str, write) -> ChangeSet:
    rec = Recorder(description)
    with transaction():
        write(rec)
    return rec.change


def _customer(number: str = "K-1", name: str = "Alpenbau GmbH") -> int:
    return _record("Kunde anlegen", lambda rec: rec.insert(Customer, number=number, name=name)).touched(Customer).pop()


def _contact(customer_id: int) -> int:
    def write(rec: Recorder) -> None:
        location = rec.insert(Location, customer=customer_id, name="Zentrale Wien", city="Wien")
        rec.insert(
            Contact,
            customer=customer_id,
            location=location,
            first_name="Jörg",
            last_name="Groß",
            active=False,
            inactive_reason="Karenz",
            inactive_until=datetime.date(2027, 3, 31),
            password_set_at=now(),
            search_text="jorg gross",
        )

    return _record("Ansprechpartner anlegen", write).touched(Contact).pop()


def test_insert_is_undone_and_redone_exactly():
    before = dump_database()
    change = _record(
        "Kunde mit Dokument anlegen",
        lambda rec: rec.insert(
            CustomerDocument,
            customer=rec.insert(Customer, number="K-1", name="Müller & Söhne KG", notes="Ölbranche\nseit 1921"),
            file_name="Rahmenvertrag.pdf",
            content=PDF,
            added_at=now(),
            added_by="Test",
        ),
    )
    after = dump_database()
    assert after["customer_document"][0]["content"] == PDF
    revert(change)
    assert dump_database() == before
    reapply(change)
    assert dump_database() == after  # same ids, same bytes, same timestamps


def test_update_is_undone_and_redone_exactly():
    contact = _contact(_customer())
    before = dump_database()
    change = _record(
        "Reaktivieren",
        lambda rec: rec.update_by(
            Contact, {"id": contact}, active=True, inactive_reason="", inactive_until=None, last_name="Groß-Huber"
        ),
    )
    after = dump_database()
    assert after["contact"][0]["active"] and after["contact"][0]["last_name"] == "Groß-Huber"
    revert(change)
    assert dump_database() == before
    reapply(change)
    assert dump_database() == after


def test_delete_is_undone_and_redone_exactly():
    customer = _customer()
    _contact(customer)
    _record(
        "Dokument",
        lambda rec: rec.insert(
            CustomerDocument, customer=customer, file_name="a.pdf", content=PDF, added_at=now(), added_by="Test"
        ),
    )
    before = dump_database()

    def delete_everything(rec: Recorder) -> None:
        rec.delete_by(CustomerDocument, {"customer": customer})
        rec.delete_by(Contact, {"customer": customer})
        rec.delete_by(Location, {"customer": customer})
        rec.delete_by(Customer, {"id": customer})

    change = _record("Kunde löschen", delete_everything)
    after = dump_database()
    assert after["customer"] == [] and after["contact"] == []
    revert(change)
    assert dump_database() == before
    reapply(change)
    assert dump_database() == after


def test_many_rows_round_trip_beyond_one_chunk():
    customer = _customer()
    stamp = now()
    Location.insert_many(
        [
            {"customer": customer, "name": f"Filiale {i}", "position": i, "created_at": stamp, "updated_at": stamp}
            for i in range(CHUNK + 20)
        ]
    ).execute()
    before = dump_database()
    rename = _record("Umbenennen", lambda rec: rec.update_by(Location, {"customer": customer}, city="Graz"))
    renamed = dump_database()
    remove = _record("Alle löschen", lambda rec: rec.delete_by(Location, {"customer": customer}))
    revert(remove)
    assert dump_database() == renamed
    revert(rename)
    assert dump_database() == before
    reapply(rename)
    reapply(remove)
    assert dump_database()["location"] == []


def test_undo_of_a_row_changed_meanwhile_is_refused_and_writes_nothing():
    first = _customer("K-1", "Erste GmbH")

    def two_steps(rec: Recorder) -> None:
        rec.update_by(Customer, {"id": first}, name="Erste Holding GmbH")
        rec.insert(Customer, number="K-2", name="Zweite AG")

    change = _record("Zwei Schritte", two_steps)
    Customer.update(name="Erste Holding AG").where(Customer.id == first).execute()  # another user
    meanwhile = dump_database()
    with pytest.raises(ConflictError) as error:
        revert(change)  # removes "Zweite AG" first, then finds the conflict
    assert "„Zwei Schritte“ lässt sich nicht rückgängig machen" in error.value.message()
    assert "nichts überschrieben" in error.value.message()
    assert dump_database() == meanwhile


def test_undo_of_an_insert_changed_meanwhile_is_refused():
    customer = _customer()
    change = _record("Standort anlegen", lambda rec: rec.insert(Location, customer=customer, name="Werk Graz"))
    Location.update(city="Graz").where(Location.customer == customer).execute()
    meanwhile = dump_database()
    with pytest.raises(ConflictError):
        revert(change)
    assert dump_database() == meanwhile


def test_redo_of_rows_changed_meanwhile_is_refused_and_writes_nothing():
    customer = _customer()

    def two_steps(rec: Recorder) -> None:
        rec.insert(Location, customer=customer, name="Werk Linz", city="Linz")
        rec.update_by(Customer, {"id": customer}, notes="Rahmenvertrag bis 2027")

    change = _record("Zwei Schritte", two_steps)
    revert(change)
    Customer.update(notes="Kündigung angedroht").where(Customer.id == customer).execute()
    meanwhile = dump_database()
    with pytest.raises(ConflictError) as error:
        reapply(change)  # inserts "Werk Linz" first, then finds the conflict
    assert "wiederherstellen" in error.value.message()
    assert dump_database() == meanwhile


def test_undo_of_a_delete_whose_row_reappeared_is_refused():
    customer = _customer()
    location = _record("Standort", lambda rec: rec.insert(Location, customer=customer, name="Lager")).touched(Location)
    change = _record("Standort löschen", lambda rec: rec.delete_by(Location, {"id": list(location)}))
    Location.insert(
        id=location.pop(), customer=customer, name="Lager neu", created_at=now(), updated_at=now()
    ).execute()
    meanwhile = dump_database()
    with pytest.raises(ConflictError):
        revert(change)
    assert dump_database() == meanwhile


def test_update_versioned_counts_versions_and_refuses_a_stale_one():
    customer = _customer()
    rec = Recorder("Kunde bearbeiten")
    with transaction():
        assert rec.update_versioned(Customer, customer, 1, name="Alpenbau AG") == 2
    with pytest.raises(ConflictError) as error, transaction():
        Recorder("Kunde bearbeiten").update_versioned(Customer, customer, 1, name="Alpenbau KG")
    assert "von jemand anderem geändert" in error.value.message()
    row = Customer.get_by_id(customer)
    assert (row.name, row.version) == ("Alpenbau AG", 2)


def test_update_versioned_of_a_deleted_record_says_so():
    customer = _customer()
    Customer.delete().where(Customer.id == customer).execute()
    with pytest.raises(NotFound) as error, transaction():
        Recorder("Kunde bearbeiten").update_versioned(Customer, customer, 1, name="x")
    assert "existiert nicht mehr" in error.value.message()


def test_versioned_edit_is_undone_exactly_but_not_over_a_later_edit():
    customer = _customer()
    before = dump_database()
    rec = Recorder("Kunde bearbeiten")
    with transaction():
        rec.update_versioned(Customer, customer, 1, name="Alpenbau AG", notes="neu")
    edited = dump_database()
    revert(rec.change)
    assert dump_database() == before
    reapply(rec.change)
    assert dump_database() == edited
    later = Recorder("Noch einmal bearbeiten")
    with transaction():
        later.update_versioned(Customer, customer, 2, notes="noch neuer")
    with pytest.raises(ConflictError):
        revert(rec.change)
    assert Customer.get_by_id(customer).notes == "noch neuer"


def test_links_repointed_in_one_update_are_undone_exactly_and_a_row_changed_meanwhile_stops_undo():
    """Issue 15 item 5: re-pointing links (an id column from one id to another) reads no
    before-images; undo and redo check and write them in one statement. On MariaDB/MySQL the ids
    come as one string, read row by row when a short group_concat_max_len cuts it (MySQL 8: 1 kB)."""
    customer, other = _customer(), _customer("K-2", "Bergbau AG")
    stamp = now()
    Location.insert_many(
        [
            {"customer": customer, "name": f"Filiale {i}", "position": i, "created_at": stamp, "updated_at": stamp}
            for i in range(60)
        ]
    ).execute()
    if isinstance(current(), pw.MySQLDatabase):
        current().execute_sql("SET SESSION group_concat_max_len = 8")
    before = dump_database()
    move = _record("Verschieben", lambda rec: rec.update_by(Location, {"customer": customer}, customer=other))
    after = dump_database()
    assert {row["customer"] for row in after["location"]} == {other}
    assert len(move.steps[0].before) == 60
    revert(move)
    assert dump_database() == before
    reapply(move)
    assert dump_database() == after
    Location.update(customer=customer).where(Location.name == "Filiale 7").execute()  # someone else, meanwhile
    meanwhile = dump_database()
    with pytest.raises(ConflictError):
        revert(move)
    assert dump_database() == meanwhile
