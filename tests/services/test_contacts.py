"""Creating, editing, moving, (de)activating and deleting contacts (S7–S10, R1, R5, R6, R8, R11)."""

from __future__ import annotations

import datetime

import pytest

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.domain.errors import ConflictError, RuleViolation, ValidationError
from kontaktverwaltung.services import common, contacts, customers, portal
from kontaktverwaltung.services.history import history_of_contact
from tests.conftest import dump_database
from tests.english import in_english
from tests.factories import contact_input, make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def test_new_contact_gets_a_folded_unique_username(ctx):
    location = make_location(ctx, make_customer(ctx))
    other_customer_location = make_location(ctx, make_customer(ctx, "Zweite AG"))
    first = make_contact(ctx, location, "Jörg", "Groß")
    second = make_contact(ctx, other_customer_location, "Josef", "Gross")
    assert contacts.contact_card(first).username == "jgross"
    assert contacts.contact_card(second).username == "jgross2"  # unique across all customers (R1)


def test_taken_username_is_refused_with_a_suggestion(ctx):
    location = make_location(ctx, make_customer(ctx))
    make_contact(ctx, location, "Max", "Mustermann")
    with pytest.raises(ValidationError) as error:
        contacts.create_contact(ctx, contact_input(location, "Maria", "Muster", username="MMustermann"))
    assert error.value.field == "username"
    assert "schon vergeben" in error.value.message()
    assert "mmustermann2" in error.value.message()


def test_bad_input_is_reported_per_field_and_nothing_is_saved(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    before = dump_database()
    with pytest.raises(ValidationError) as error:
        contacts.create_contact(ctx, contact_input(location, "", "", emails=("kein-at-zeichen",), phones=("12",)))
    fields = {p.field for p in error.value.problems}
    assert fields == {"last_name", "emails[0]", "phones[0]"}
    assert all(p.message() and in_english(p) for p in error.value.problems)
    assert dump_database() == before


def test_phones_are_normalised_and_shown_formatted(ctx):
    location = make_location(ctx, make_customer(ctx))
    contact = make_contact(ctx, location, phones=("(0)664/123 45 67", "+49 30 1234567"))
    channels = contacts.channels_of(contact)
    assert [c.normalized for c in channels] == ["+436641234567", "+49301234567"]
    assert [c.display for c in channels] == ["0664 1234567", "+49 30 1234567"]
    assert contacts.contact_card(contact).primary_phone == "0664 1234567"


def test_edit_changes_everything_in_one_undoable_step(ctx):
    location = make_location(ctx, make_customer(ctx))
    contact = make_contact(ctx, location, emails=("anna@firma.at",))
    before = dump_database()
    done = contacts.edit_contact(
        ctx,
        contact,
        1,
        contact_input(
            location, "Anna", "Berger-Huber", emails=("a.huber@firma.at", "anna@gmx.at"), position="Personalleiterin"
        ),
    )
    card = contacts.contact_card(contact)
    assert (card.last_name, card.position, card.primary_email) == (
        "Berger-Huber",
        "Personalleiterin",
        "a.huber@firma.at",
    )
    assert [c.display for c in contacts.channels_of(contact)] == ["a.huber@firma.at", "anna@gmx.at"]
    common.undo(done.change)
    assert dump_database() == before
    common.redo(done.change)
    assert contacts.contact_card(contact).last_name == "Berger-Huber"


def test_stale_edit_is_refused_and_overwrites_nothing(ctx):
    location = make_location(ctx, make_customer(ctx))
    contact = make_contact(ctx, location)
    contacts.edit_contact(ctx, contact, 1, contact_input(location, "Anna", "Neu"))
    with pytest.raises(ConflictError):
        contacts.edit_contact(ctx, contact, 1, contact_input(location, "Anna", "Alt"))
    assert contacts.contact_card(contact).last_name == "Neu"


def test_deactivation_locks_portal_and_reactivation_restores_it(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    contact = make_contact(ctx, location, emails=("anna@firma.at",))
    job = portal.create_job(ctx, customer, "Buchhalter/in", contact).value
    portal.set_job_released(ctx, job, True)
    portal.set_password(ctx, contact, "sehr-geheim-123")
    assert portal.authenticate("anna@firma.at", "sehr-geheim-123") == contact
    until = datetime.date.today() + datetime.timedelta(days=300)
    contacts.set_active(ctx, contact, None, False, InactiveReason.KARENZ, until)
    card = contacts.contact_card(contact)
    assert not card.active and card.inactive_reason == "Karenz" and card.inactive_until == until
    assert not card.readiness.can_login
    assert portal.authenticate("anna@firma.at", "sehr-geheim-123") is None
    assert portal.jobs_of(customer)[0].responsible_id == contact  # links stay (R5)
    contacts.set_active(ctx, contact, None, True)
    assert portal.authenticate("ANNA@firma.at", "sehr-geheim-123") == contact


def test_move_keeps_links_and_past_history_locations(ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    contact = make_contact(ctx, vienna)
    job = portal.create_job(ctx, customer, "Lagerarbeiter/in", contact).value
    done = contacts.move_contact(ctx, contact, None, graz)
    assert contacts.contact_card(contact).location_id == graz
    assert portal.jobs_of(customer)[0].responsible_id == contact
    history = history_of_contact(contact)
    assert history[0].kind == "moved" and "nach „Graz“" in history[0].message()
    assert [h.location_id for h in history if h.kind == "created"] == [vienna]
    common.undo(done.change)
    assert contacts.contact_card(contact).location_id == vienna
    assert job


def test_move_to_another_customer_is_refused(ctx):
    contact = make_contact(ctx, make_location(ctx, make_customer(ctx)))
    foreign = make_location(ctx, make_customer(ctx, "Andere GmbH"))
    with pytest.raises(RuleViolation):
        contacts.move_contact(ctx, contact, None, foreign)


def test_delete_tells_what_is_lost_and_undo_restores_everything(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    contact = make_contact(ctx, location, emails=("anna@firma.at",), phones=("0664 1234567",))
    portal.create_job(ctx, customer, "Controller/in", contact)
    impact = contacts.delete_impact(contact)
    assert (impact.jobs, impact.portal_login, impact.channels) == (1, False, 2)
    assert impact.history_entries >= 2
    before = dump_database()
    done = contacts.delete_contact(ctx, contact)
    assert portal.jobs_of(customer)[0].responsible_id is None
    assert contact not in {c.id for c in customers.load_panel(customer).contacts}
    common.undo(done.change)
    assert dump_database() == before
