"""Locations (S3, S6, R9) and customers (S14): validation, deletes that lose nothing silently, undo (B1)."""

from __future__ import annotations

import pytest

from kontaktverwaltung.domain.errors import ConflictError, RuleViolation, ValidationError
from kontaktverwaltung.services import common, contacts, customers, duplicates, locations, merge, portal
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.services.history import history_of_contact, history_of_customer
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def _ids(dump):
    return {table: {row["id"] for row in rows} for table, rows in dump.items()}


# --- locations ----------------------------------------------------------------------------------


def test_new_location_is_listed_after_the_existing_ones(ctx):
    customer = make_customer(ctx)
    vienna = make_location(ctx, customer, "Wien")
    graz = locations.create_location(
        ctx, customer, locations.LocationInput(" Graz ", "Annenstraße 5", "8020", "Graz", "at", "0316 123456")
    ).value
    assert [loc.id for loc in locations.locations_of(customer)] == [vienna, graz]
    created = locations.locations_of(customer)[1]
    assert (created.name, created.country, created.address) == ("Graz", "AT", "Annenstraße 5, 8020 Graz")
    assert history_of_customer(customer)[0].kind == "location_created"


def test_location_without_name_is_refused_at_the_field(ctx):
    customer = make_customer(ctx)
    before = dump_database()
    with pytest.raises(ValidationError) as error:
        locations.create_location(ctx, customer, locations.LocationInput("  ", country="Österreich"))
    assert {p.field for p in error.value.problems} == {"name", "country"}
    assert "Namen" in error.value.for_field("name")[0].message()
    assert dump_database() == before


def test_edit_location_and_stale_edit_is_refused(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer, "Zentrale")
    done = locations.edit_location(ctx, location, 1, locations.LocationInput("Hauptsitz", "Ring 2", "1010", "Wien"))
    assert done.value == 2
    assert locations.locations_of(customer)[0].name == "Hauptsitz"
    with pytest.raises(ValidationError) as error:
        locations.edit_location(ctx, location, 2, locations.LocationInput(""))
    assert error.value.field == "name"
    with pytest.raises(ConflictError):
        locations.edit_location(ctx, location, 1, locations.LocationInput("Alt"))
    assert locations.locations_of(customer)[0].name == "Hauptsitz"


def test_location_with_contacts_is_not_deleted_without_a_target(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer, "Wien")
    make_location(ctx, customer, "Graz", "Graz")
    make_contact(ctx, location, "Anna", "Berger")
    make_contact(ctx, location, "Bernd", "Huber")
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        locations.delete_location(ctx, location)
    assert error.value.field == "move_contacts_to"
    assert "2 Ansprechpartner" in error.value.message()
    assert dump_database() == before


def test_deleting_a_location_moves_its_contacts_and_undo_restores_exactly(ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    anna = make_contact(ctx, vienna, "Anna", "Berger", emails=("anna@firma.at",))
    bernd = make_contact(ctx, vienna, "Bernd", "Huber")
    stays = make_contact(ctx, graz, "Clara", "Graf")
    portal.create_job(ctx, customer, "Buchhalter/in", anna)
    before = dump_database()

    done = locations.delete_location(ctx, vienna, move_contacts_to=graz)

    panel = customers.load_panel(customer)
    assert [loc.id for loc in panel.locations] == [graz]
    assert {c.id for c in panel.contacts_at(graz)} == {anna, bernd, stays}
    assert portal.jobs_of(customer)[0].responsible_id == anna
    assert history_of_contact(anna)[0].kind == "moved"
    after = _ids(dump_database())
    for table, ids in _ids(before).items():
        lost = ids - after[table]
        assert lost == ({vienna} if table == "location" else set()), table
    common.undo(done.change)
    assert dump_database() == before


def test_location_of_another_customer_or_itself_is_no_target(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    make_contact(ctx, location)
    foreign = make_location(ctx, make_customer(ctx, "Andere GmbH"))
    before = dump_database()
    for target in (foreign, location):
        with pytest.raises(RuleViolation) as error:
            locations.delete_location(ctx, location, move_contacts_to=target)
        assert error.value.field == "move_contacts_to"
    assert dump_database() == before


def test_empty_location_is_deleted_without_a_target(ctx):
    customer = make_customer(ctx)
    keep, empty = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Linz", "Linz")
    locations.delete_location(ctx, empty)
    assert [loc.id for loc in locations.locations_of(customer)] == [keep]
    assert history_of_customer(customer)[0].kind == "location_deleted"


# --- customers ----------------------------------------------------------------------------------


def test_customer_number_must_be_unique(ctx):
    first = make_customer(ctx, "Alpenbau GmbH", "K-100")
    second = make_customer(ctx, "Bergbahn AG", "K-200")
    before = dump_database()
    with pytest.raises(ValidationError) as error:
        customers.create_customer(ctx, customers.CustomerInput(" K-100 ", "Noch ein Kunde"))
    assert error.value.field == "number"
    assert "K-100" in error.value.message()
    with pytest.raises(ValidationError) as error:
        customers.edit_customer(ctx, second, None, customers.CustomerInput("K-100", "Bergbahn AG"))
    assert error.value.field == "number"
    assert dump_database() == before
    customers.edit_customer(ctx, first, None, customers.CustomerInput("K-100", "Alpenbau Holding GmbH"))
    assert customers.customer_id_by_number("K-100") == first


def test_customer_needs_name_and_number(ctx):
    with pytest.raises(ValidationError) as error:
        customers.create_customer(ctx, customers.CustomerInput("", " "))
    assert {p.field for p in error.value.problems} == {"number", "name"}
    assert customers.list_customers() == []


def test_stale_customer_edit_is_refused(ctx):
    customer = make_customer(ctx, "Alpenbau GmbH", "K-1")
    customers.edit_customer(ctx, customer, 1, customers.CustomerInput("K-1", "Alpenbau AG"))
    with pytest.raises(ConflictError):
        customers.edit_customer(ctx, customer, 1, customers.CustomerInput("K-1", "Alpenbau KG"))
    assert [c.name for c in customers.list_customers()] == ["Alpenbau AG"]


def _customer_with_everything(ctx, name, number):
    customer = make_customer(ctx, name, number)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    anna = make_contact(ctx, vienna, "Anna", "Berger", emails=(f"anna@{number.lower()}.at",), phones=("0664 1234567",))
    bernd = make_contact(ctx, graz, "Bernd", "Huber")
    twin = make_contact(ctx, graz, "Bernd", "Huber")
    merge.merge_contacts(ctx, bernd, twin)
    clara = make_contact(ctx, graz, "Clara", "Berger")
    duplicates.mark_not_duplicate(ctx, anna, clara)
    portal.create_job(ctx, customer, "Buchhalter/in", anna)
    customers.add_document(ctx, customer, "Rahmenvertrag.pdf", b"%PDF-1.4 Vertrag")
    return customer


def test_delete_customer_impact_counts_what_goes(ctx):
    customer = make_customer(ctx, "Alpenbau GmbH", "K-1")
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    anna = make_contact(ctx, vienna, "Anna", "Berger")
    make_contact(ctx, vienna, "Bernd", "Huber")
    make_contact(ctx, graz, "Clara", "Graf")
    portal.create_job(ctx, customer, "Buchhalter/in", anna)
    # customer, 2 locations, 3 contacts, 1 job created
    impact = customers.delete_customer_impact(customer)
    assert (impact.locations, impact.contacts, impact.jobs, impact.history_entries) == (2, 3, 1, 7)
    assert impact.summary_de == "Mitgelöscht werden: 2 Standorte, 3 Ansprechpartner, 1 Job und 7 History-Einträge."


def _only_rows_of(customer, dump):
    """The dump as it looks when only ``customer``'s rows (and the shared ones) are left."""
    contacts_of = {r["id"] for r in dump["contact"] if r["customer"] == customer}
    owner = {
        "customer": lambda r: r["id"] == customer,
        "contact_channel": lambda r: r["contact"] in contacts_of,
        "not_duplicate": lambda r: r["contact_a"] in contacts_of and r["contact_b"] in contacts_of,
        "contact_merge": lambda r: r["survivor"] in contacts_of,
        "schema_version": lambda r: True,
        "customer_role": lambda r: True,
    }
    return {
        table: [r for r in rows if owner.get(table, lambda r: r["customer"] == customer)(r)]
        for table, rows in dump.items()
    }


def test_delete_customer_removes_everything_of_it_and_undo_restores_exactly(ctx):
    doomed = _customer_with_everything(ctx, "Alpenbau GmbH", "K-1")
    kept = _customer_with_everything(ctx, "Bergbahn AG", "K-2")
    before = dump_database()
    kept_panel = customers.load_panel(kept)

    done = customers.delete_customer(ctx, doomed)

    assert [c.id for c in customers.list_customers()] == [kept]
    assert customers.load_panel(kept) == kept_panel
    assert dump_database() == _only_rows_of(kept, before)
    common.undo(done.change)
    assert dump_database() == before
    common.redo(done.change)
    assert [c.id for c in customers.list_customers()] == [kept]


def test_documents_are_added_to_the_customer(ctx, monkeypatch):
    customer = make_customer(ctx)
    content = bytes(range(256)) * 4
    done = customers.add_document(ctx, customer, "Preisliste 2025.xlsx", content)
    rows = dump_database()["customer_document"]
    assert [(r["id"], r["customer"], r["file_name"], r["content"], r["added_by"]) for r in rows] == [
        (done.value, customer, "Preisliste 2025.xlsx", content, "Test Recruiterin")
    ]
    assert history_of_customer(customer)[0].kind == "document_added"
    monkeypatch.setattr(customers, "MAX_DOCUMENT_BYTES", 100)
    with pytest.raises(RuleViolation) as error:
        customers.add_document(ctx, customer, "Riesig.pdf", b"x" * 101)
    assert error.value.field == "document"
    common.undo(done.change)
    assert dump_database()["customer_document"] == []


def test_documents_are_listed_newest_first_with_size_and_who_added_them(ctx):
    customer = make_customer(ctx)
    first = customers.add_document(ctx, customer, "Rahmenvertrag.pdf", b"%PDF-1.4 Vertrag").value
    second = customers.add_document(Context("Karl Kramer"), customer, "Preisliste.xlsx", b"\x00\x01" * 600).value
    listed = customers.list_documents(customer)
    assert [(d.id, d.file_name, d.size, d.added_by) for d in listed] == [
        (second, "Preisliste.xlsx", 1200, "Karl Kramer"),
        (first, "Rahmenvertrag.pdf", 16, "Test Recruiterin"),
    ]
    assert customers.document_content(second) == ("Preisliste.xlsx", b"\x00\x01" * 600)
    assert customers.list_documents(make_customer(ctx, "Leer AG", "K-9")) == []


def test_a_removed_document_is_in_the_history_and_comes_back_with_undo(ctx):
    customer = make_customer(ctx)
    content = bytes(range(256)) * 3
    doc = customers.add_document(ctx, customer, "Angebot 2026.pdf", content).value
    before = dump_database()["customer_document"]

    done = customers.remove_document(ctx, doc)

    assert customers.list_documents(customer) == []
    entry = history_of_customer(customer)[0]
    assert (entry.kind, entry.message()) == ("document_removed", "Dokument „Angebot 2026.pdf“ entfernt")
    assert str(done.change.description) == "Dokument „Angebot 2026.pdf“ entfernen"
    common.undo(done.change)
    assert dump_database()["customer_document"] == before
    assert customers.document_content(doc) == ("Angebot 2026.pdf", content)


def test_documents_dropped_together_are_one_undo_step_and_all_or_nothing(ctx, monkeypatch):
    customer = make_customer(ctx)
    done = customers.add_documents(ctx, customer, [("a.pdf", b"A"), ("b.docx", b"BB")])
    assert str(done.change.description) == "2 Dokumente hinzufügen"
    assert sorted(d.file_name for d in customers.list_documents(customer)) == ["a.pdf", "b.docx"]
    common.undo(done.change)
    assert customers.list_documents(customer) == []
    monkeypatch.setattr(customers, "MAX_DOCUMENT_BYTES", 10)
    with pytest.raises(RuleViolation, match=r"zu-gross\.pdf"):
        customers.add_documents(ctx, customer, [("klein.pdf", b"x"), ("zu-gross.pdf", b"x" * 11)])
    assert customers.list_documents(customer) == []


def test_delete_customer_impact_counts_its_documents(ctx):
    customer = make_customer(ctx, "Alpenbau GmbH", "K-1")
    customers.add_documents(ctx, customer, [("a.pdf", b"A"), ("b.pdf", b"B")])
    impact = customers.delete_customer_impact(customer)
    assert impact.documents == 2
    assert impact.summary_de == "Mitgelöscht werden: 3 History-Einträge und 2 Dokumente."


def test_history_entries_carry_the_author(ctx):
    petra = Context("Petra Pichler")
    customer = make_customer(petra)
    location = make_location(petra, customer)
    contact = make_contact(petra, location)
    contacts.move_contact(Context("Karl Kramer"), contact, None, make_location(ctx, customer, "Graz", "Graz"))
    assert [(h.kind, h.author) for h in history_of_customer(customer)] == [
        ("moved", "Karl Kramer"),
        ("location_created", "Test Recruiterin"),
        ("created", "Petra Pichler"),
        ("location_created", "Petra Pichler"),
        ("customer_created", "Petra Pichler"),
    ]
