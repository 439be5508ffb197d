"""The contact dialog's one save: everything in one transaction and one undo step (S7–S13, B11)."""

from __future__ import annotations

import datetime

import pytest

from kontaktverwaltung.domain.contact import InactiveReason, Salutation
from kontaktverwaltung.domain.errors import DomainError, RuleViolation, ValidationError
from kontaktverwaltung.services import common, contacts, history, portal
from kontaktverwaltung.services.contact_form import ContactForm, contact_state, save_contact
from kontaktverwaltung.store.db import counting_queries
from tests.conftest import dump_database
from tests.factories import contact_input, make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def _released_job(ctx, customer, responsible=None) -> int:
    job = portal.create_job(ctx, customer, "Buchhaltung (m/w/d)", responsible).value
    portal.set_job_released(ctx, job, True)
    return job


def test_a_new_contact_with_a_password_is_one_step_that_undoes_and_redoes(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    _released_job(ctx, customer)
    before = dump_database()
    data = contact_input(location, "Jürgen", "Weiß", emails=("j.weiss@firma.at",), salutation=Salutation.HERR)
    form = ContactForm(data, new_password="geheim-1234")

    done = save_contact(ctx, None, None, form)

    assert portal.authenticate("j.weiss@firma.at", "geheim-1234") == done.value
    assert str(done.change.description) == "Ansprechpartner „Herr Jürgen Weiß“ anlegen"
    after = dump_database()
    common.undo(done.change)
    assert dump_database() == before
    common.redo(done.change)
    assert dump_database() == after


def test_editing_and_leaving_the_company_hands_jobs_to_the_successor_in_one_step(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    leaving = make_contact(ctx, location, "Anna", "Berger")
    successor = make_contact(ctx, location, "Bernd", "Huber")
    job = _released_job(ctx, customer, leaving)
    before = dump_database()
    state = contact_state(leaving)
    form = ContactForm(
        contact_input(location, "Anna", "Berger-Lang", position="Leitung Einkauf"),
        active=False,
        inactive_reason=InactiveReason.AUSGESCHIEDEN,
        successor_id=successor,
    )

    done = save_contact(ctx, leaving, state.version, form)

    card = contacts.contact_card(leaving)
    assert (card.last_name, card.active, card.inactive_reason) == ("Berger-Lang", False, "Ausgeschieden")
    assert next(j for j in portal.jobs_of(customer) if j.id == job).responsible_id == successor
    common.undo(done.change)
    assert dump_database() == before


def test_an_inactive_contact_keeps_its_state_when_only_the_name_changes(ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    until = datetime.date.today() + datetime.timedelta(days=90)
    contacts.set_active(ctx, anna, None, False, InactiveReason.KARENZ, until)
    form = ContactForm(
        contact_input(location, "Anna", "Bergmann"),
        active=False,
        inactive_reason=InactiveReason.KARENZ,
        inactive_until=until,
    )
    done = save_contact(ctx, anna, None, form)
    state = contact_state(anna)
    assert (state.active, state.inactive_reason, state.inactive_until) == (False, InactiveReason.KARENZ, until)
    assert [s.model.__name__ for s in done.change.steps].count("HistoryEntry") == 1  # edited, not deactivated again


@pytest.mark.parametrize(
    ("password", "released", "error"),
    [("kurz", True, ValidationError), ("geheim-1234", False, RuleViolation)],
)
def test_a_refused_password_saves_nothing_else_either(ctx, password, released, error):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger")
    if released:
        _released_job(ctx, customer)
    before = dump_database()
    form = ContactForm(contact_input(location, "Anna", "Bergmann"), new_password=password)
    with pytest.raises(error) as refused:
        save_contact(ctx, anna, None, form)
    assert refused.value.field == "password"
    assert dump_database() == before


def test_deactivating_without_a_reason_is_refused_at_the_reason(ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    before = dump_database()
    with pytest.raises(DomainError) as refused:
        save_contact(ctx, anna, None, ContactForm(contact_input(location, "Anna", "Berger"), active=False))
    assert refused.value.field == "inactive_reason"
    assert dump_database() == before


def test_saving_without_changes_writes_nothing_and_only_a_status_change_is_named_so(ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    data = contact_input(location, "Anna", "Berger", emails=("anna@firma.at",))
    before = dump_database()
    done = save_contact(ctx, anna, contact_state(anna).version, ContactForm(data))
    assert not done.change and dump_database() == before  # no version bump, no empty history entry

    done = save_contact(ctx, anna, None, ContactForm(data, active=False, inactive_reason=InactiveReason.KARENZ))
    assert str(done.change.description) == "Ansprechpartner „Frau Anna Berger“ deaktivieren"
    assert [s.model.__name__ for s in done.change.steps].count("HistoryEntry") == 1


def test_one_save_reads_and_versions_the_contact_once(ctx):
    """Editing, deactivating and a new password in one save: the row is read (and locked) once and
    gets one new version, not one per part (issue 11: edit, set_active and set_password each
    re-read and bumped it)."""
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    _released_job(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna.berger@firma.at",))
    version = contact_state(anna).version
    form = ContactForm(
        contact_input(location, "Anna", "Berger-Lang", emails=("anna.berger@firma.at",)),
        active=False,
        inactive_reason=InactiveReason.KARENZ,
        new_password="geheim-1234",
    )
    with counting_queries() as sent:
        done = save_contact(ctx, anna, version, form)

    assert contact_state(anna).version == version + 1
    assert [e.kind for e in history.history_of_contact(anna)][:3] == ["password_set", "deactivated", "edited"]
    assert str(done.change.description) == "Ansprechpartner „Frau Anna Berger-Lang“ bearbeiten"
    assert sent[0] == 12  # was 35 with three reads and three versions of the same row
