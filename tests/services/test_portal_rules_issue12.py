"""R4 after the password was set (docs/portal-rules.md): a withdrawn last job lets the login rest."""

from __future__ import annotations

import pytest

from kontaktverwaltung.services import contacts, portal
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def test_withdrawing_the_last_released_job_rests_the_login_and_releasing_restores_it(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    job = portal.create_job(ctx, customer, "Maurer", released=True).value
    contact = make_contact(ctx, location, emails=("anna@alpenbau.at",))
    portal.set_password(ctx, contact, "passwort-anna")
    assert portal.authenticate("anna@alpenbau.at", "passwort-anna") == contact

    portal.set_job_released(ctx, job, False)
    assert portal.authenticate("anna@alpenbau.at", "passwort-anna") is None
    readiness = contacts.contact_card(contact).readiness
    assert not readiness.can_login and "ruht" in readiness.summary()

    portal.set_job_released(ctx, job, True)
    assert portal.authenticate("anna@alpenbau.at", "passwort-anna") == contact
    assert contacts.contact_card(contact).readiness.can_login


def test_a_customer_whose_contacts_have_logins_is_deleted_and_restored(ctx):
    from kontaktverwaltung.services import common, customers

    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    portal.create_job(ctx, customer, "Maurer", released=True)
    contact = make_contact(ctx, location, emails=("anna@alpenbau.at",))
    portal.set_password(ctx, contact, "passwort-anna")
    done = customers.delete_customer(ctx, customer)
    assert portal.authenticate("anna@alpenbau.at", "passwort-anna") is None
    common.undo(done.change)
    assert portal.authenticate("anna@alpenbau.at", "passwort-anna") == contact
