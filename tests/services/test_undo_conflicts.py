"""Undo and redo never overwrite what was changed since (B1, B5): they refuse and change nothing."""

from __future__ import annotations

import pytest

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.domain.errors import ConflictError
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility
from kontaktverwaltung.services import common, contacts, customers, locations, merge, portal
from tests.conftest import dump_database
from tests.factories import contact_input, make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def _refused(change):
    """Undo ``change`` expecting a refusal; returns the message after checking nothing changed."""
    before = dump_database()
    with pytest.raises(ConflictError) as error:
        common.undo(change)
    assert dump_database() == before
    return error.value.message()


def test_undo_of_an_edit_that_was_edited_again_is_refused(ctx):
    location = make_location(ctx, make_customer(ctx))
    contact = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    original = dump_database()
    first = contacts.edit_contact(ctx, contact, 1, contact_input(location, "Anna", "Huber", emails=("anna@firma.at",)))
    second = contacts.edit_contact(ctx, contact, 2, contact_input(location, "Anna", "Maier", emails=("a@firma.at",)))

    message = _refused(first.change)
    assert "rückgängig" in message and "nichts überschrieben" in message
    assert contacts.contact_card(contact).last_name == "Maier"

    common.undo(second.change)
    common.undo(first.change)
    assert dump_database() == original


def test_redo_after_a_newer_change_is_refused(ctx):
    location = make_location(ctx, make_customer(ctx))
    contact = make_contact(ctx, location, "Anna", "Berger")
    first = contacts.edit_contact(ctx, contact, 1, contact_input(location, "Anna", "Huber"))
    common.undo(first.change)
    contacts.edit_contact(ctx, contact, None, contact_input(location, "Anna", "Gruber"))
    before = dump_database()
    with pytest.raises(ConflictError) as error:
        common.redo(first.change)
    assert "wiederherstellen" in error.value.message()
    assert dump_database() == before


def test_undo_of_a_merge_after_the_survivor_was_edited_is_refused(ctx):
    location = make_location(ctx, make_customer(ctx))
    survivor = make_contact(ctx, location, "Eva", "Gruber", emails=("eva@firma.at",))
    other = make_contact(ctx, location, "Eva", "Gruber", emails=("eva@gmx.at",))
    done = merge.merge_contacts(ctx, survivor, other)
    contacts.set_active(ctx, survivor, None, False, InactiveReason.KARENZ)
    _refused(done.change)


def test_undo_of_a_move_after_a_deactivation_is_refused(ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    contact = make_contact(ctx, vienna)
    moved = contacts.move_contact(ctx, contact, None, graz)
    contacts.set_active(ctx, contact, None, False, InactiveReason.KRANKHEIT)
    _refused(moved.change)
    assert contacts.contact_card(contact).location_id == graz


def test_undo_of_a_customer_edit_after_another_edit_is_refused(ctx):
    customer = make_customer(ctx, "Alpenbau GmbH", "K-1")
    first = customers.edit_customer(ctx, customer, 1, customers.CustomerInput("K-1", "Alpenbau AG"))
    customers.edit_customer(ctx, customer, 2, customers.CustomerInput("K-1", "Alpenbau KG"))
    _refused(first.change)
    assert customers.list_customers()[0].name == "Alpenbau KG"


def test_undo_of_creating_a_contact_that_now_has_a_job_is_refused(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    created = contacts.create_contact(ctx, contact_input(location, "Anna", "Berger"))
    portal.create_job(ctx, customer, "Buchhalter/in", created.value)
    _refused(created.change)


def test_undo_of_a_delete_whose_username_was_taken_meanwhile_is_refused(ctx):
    location = make_location(ctx, make_customer(ctx))
    contact = make_contact(ctx, location, "Max", "Mustermann")
    make_contact(ctx, location, "Anna", "Berger")  # a higher id, so SQLite does not hand the deleted id out again
    deleted = contacts.delete_contact(ctx, contact)
    newcomer = make_contact(ctx, location, "Moritz", "Mustermann")
    assert contacts.contact_card(newcomer).username == "mmustermann"
    _refused(deleted.change)


def test_undo_of_a_role_delete_whose_name_was_reused_is_refused(ctx):
    role = portal.create_role(ctx, "Geschäftsführung", JobVisibility.CUSTOMER, ApplicantData.FULL).value
    portal.create_role(ctx, "Assistenz", JobVisibility.OWN, ApplicantData.NONE)  # a higher id (see above)
    deleted = portal.delete_role(ctx, role)
    portal.create_role(ctx, "Geschäftsführung", JobVisibility.OWN, ApplicantData.NONE)
    _refused(deleted.change)


def test_undo_of_a_delete_works_after_an_unrelated_contact_was_created(ctx, backend, request):
    location = make_location(ctx, make_customer(ctx))
    contact = make_contact(ctx, location, "Anna", "Berger")
    deleted = contacts.delete_contact(ctx, contact)
    newcomer = make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Zoe", "Zauner")
    common.undo(deleted.change)
    assert contacts.contact_card(contact).last_name == "Berger"
    assert contacts.contact_card(newcomer).last_name == "Zauner"


def test_failed_undo_leaves_undo_possible_once_the_newer_change_is_undone(ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    linz = make_location(ctx, customer, "Linz", "Linz")
    contact = make_contact(ctx, vienna)
    original = dump_database()
    deleted = locations.delete_location(ctx, vienna, move_contacts_to=graz)
    moved = contacts.move_contact(ctx, contact, None, linz)
    _refused(deleted.change)
    assert [loc.id for loc in locations.locations_of(customer)] == [graz, linz]
    common.undo(moved.change)
    common.undo(deleted.change)
    assert dump_database() == original
