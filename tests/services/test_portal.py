"""The customer portal: passwords (S13, R4), login (R2, R3), roles (S11), preview (B7), hand-over (B11)."""

from __future__ import annotations

import re

import pytest

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.domain.errors import ConflictError, RuleViolation, ValidationError
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility
from kontaktverwaltung.services import common, contacts, portal
from kontaktverwaltung.services.history import history_of_contact, history_of_customer
from tests.conftest import dump_database
from tests.factories import contact_input, make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")

_PRODUCTION_HASHER = portal._hasher


def _release_a_job(ctx, customer, title="Freigegebener Job"):
    job = portal.create_job(ctx, customer, title).value
    portal.set_job_released(ctx, job, True)
    return job


def _role(name):
    return next(r for r in portal.roles() if r.name == name)


def _give_role(ctx, contact, role_id):
    card = contacts.contact_card(contact)
    data = contact_input(card.location_id, card.first_name, card.last_name, role_id=role_id)
    contacts.edit_contact(ctx, contact, card.version, data)


def _stored_hash(contact):
    return next(row["password_hash"] for row in dump_database()["contact"] if row["id"] == contact)


def test_password_only_after_a_job_is_released(ctx):
    customer = make_customer(ctx)
    contact = make_contact(ctx, make_location(ctx, customer), emails=("anna@firma.at",))
    job = portal.create_job(ctx, customer, "Buchhalter/in", contact).value
    assert portal.password_blocker(contact) is not None
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        portal.set_password(ctx, contact, "sehr-geheim-123")
    assert error.value.field == "password"
    assert "freigegeben" in error.value.message()
    assert dump_database() == before
    assert not contacts.contact_card(contact).readiness.can_login

    portal.set_job_released(ctx, job, True)
    assert portal.password_blocker(contact) is None
    portal.set_password(ctx, contact, "sehr-geheim-123")
    assert contacts.contact_card(contact).readiness.can_login
    assert history_of_contact(contact)[0].kind == "password_set"


def test_withdrawn_release_blocks_passwords_again(ctx):
    customer = make_customer(ctx)
    contact = make_contact(ctx, make_location(ctx, customer))
    job = _release_a_job(ctx, customer)
    portal.set_job_released(ctx, job, False)
    with pytest.raises(RuleViolation):
        portal.set_password(ctx, contact, "sehr-geheim-123")


def test_password_is_stored_only_as_argon2id_hash(ctx, monkeypatch):
    monkeypatch.setattr(portal, "_hasher", _PRODUCTION_HASHER)
    customer = make_customer(ctx)
    contact = make_contact(ctx, make_location(ctx, customer), emails=("anna@firma.at",))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, contact, "Geheim-Passwort-42")
    assert _stored_hash(contact).startswith("$argon2id$")
    assert "Geheim-Passwort-42" not in repr(dump_database())


def test_too_short_password_is_refused(ctx):
    customer = make_customer(ctx)
    contact = make_contact(ctx, make_location(ctx, customer))
    _release_a_job(ctx, customer)
    with pytest.raises(ValidationError) as error:
        portal.set_password(ctx, contact, "kurz")
    assert error.value.field == "password"
    assert _stored_hash(contact) is None


def test_login_by_username_or_any_email_case_insensitive(ctx):
    customer = make_customer(ctx)
    contact = make_contact(
        ctx, make_location(ctx, customer), "Jörg", "Groß", emails=("joerg@firma.at", "j.gross@privat.at")
    )
    _release_a_job(ctx, customer)
    portal.set_password(ctx, contact, "sehr-geheim-123")
    for login in ("jgross", "JGross", " jgross ", "joerg@firma.at", "J.Gross@Privat.AT"):
        assert portal.authenticate(login, "sehr-geheim-123") == contact, login
    assert portal.authenticate("jgross", "Sehr-geheim-123") is None
    assert portal.authenticate("jgross", "") is None
    assert portal.authenticate("unbekannt@firma.at", "sehr-geheim-123") is None
    contacts.set_active(ctx, contact, None, False, InactiveReason.KRANKHEIT)
    assert portal.authenticate("jgross", "sehr-geheim-123") is None


def test_contact_without_password_cannot_log_in(ctx):
    customer = make_customer(ctx)
    make_contact(ctx, make_location(ctx, customer), "Max", "Muster", emails=("max@firma.at",))
    _release_a_job(ctx, customer)
    assert portal.authenticate("mmuster", "") is None
    assert portal.authenticate("max@firma.at", "irgendwas-123") is None


def test_email_of_another_login_refuses_the_password(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    first = make_contact(ctx, location, "Anna", "Berger", emails=("office@firma.at",))
    second = make_contact(ctx, location, "Bernd", "Berger", emails=("bernd@firma.at", "Office@firma.at"))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, first, "sehr-geheim-123")
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        portal.set_password(ctx, second, "anderes-geheim-456")
    assert [p.field for p in error.value.problems] == ["emails[1]"]
    assert "Office@firma.at" in error.value.message()
    assert dump_database() == before
    assert portal.authenticate("office@firma.at", "sehr-geheim-123") == first


def test_the_ambiguous_email_is_named_at_its_own_form_row_even_after_a_blank_row(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    first = make_contact(ctx, location, "Anna", "Berger", emails=("office@firma.at",))
    second = make_contact(ctx, location, "Bernd", "Berger", emails=("bernd@firma.at",))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, first, "sehr-geheim-123")
    portal.set_password(ctx, second, "anderes-geheim-456")
    rows = ("bernd@firma.at", "  ", "OFFICE@firma.at")  # the user left the second row blank
    with pytest.raises(RuleViolation) as error:
        contacts.edit_contact(ctx, second, None, contact_input(location, "Bernd", "Berger", emails=rows))
    assert error.value.field == "emails[2]"


def test_edit_adding_an_email_of_another_login_is_refused_at_the_field(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    first = make_contact(ctx, location, "Anna", "Berger", emails=("office@firma.at",))
    second = make_contact(ctx, location, "Bernd", "Berger", emails=("bernd@firma.at",))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, first, "sehr-geheim-123")
    portal.set_password(ctx, second, "anderes-geheim-456")
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        contacts.edit_contact(
            ctx, second, None, contact_input(location, "Bernd", "Berger", emails=("bernd@firma.at", "OFFICE@firma.at"))
        )
    assert error.value.field == "emails[1]"
    assert dump_database() == before
    # A contact without portal login may share the address; login stays unambiguous.
    third = make_contact(ctx, location, "Clara", "Berger", emails=("office@firma.at",))
    assert portal.authenticate("office@firma.at", "sehr-geheim-123") == first
    assert third


def test_roles_are_created_edited_and_names_stay_unique(ctx):
    role = portal.create_role(ctx, "Geschäftsführung", JobVisibility.CUSTOMER, ApplicantData.FULL).value
    assert _role("Geschäftsführung").id == role
    with pytest.raises(ValidationError) as error:
        portal.create_role(ctx, " Standard ", JobVisibility.OWN, ApplicantData.NONE)
    assert error.value.field == "name"
    assert [r.name for r in portal.roles()].count("Standard") == 1
    with pytest.raises(ValidationError) as error:
        portal.create_role(ctx, "  ", JobVisibility.OWN, ApplicantData.NONE)
    assert error.value.field == "name"

    version = _role("Geschäftsführung").version
    portal.edit_role(ctx, role, version, "GF", JobVisibility.LOCATION, ApplicantData.ANONYMISED)
    edited = _role("GF")
    assert (edited.id, edited.job_visibility, edited.applicant_data) == (
        role,
        JobVisibility.LOCATION,
        ApplicantData.ANONYMISED,
    )
    with pytest.raises(ValidationError) as error:
        portal.edit_role(ctx, role, None, "Standard", JobVisibility.OWN, ApplicantData.NONE)
    assert error.value.field == "name"
    assert _role("GF").id == role


def test_deleting_a_role_in_use_needs_a_replacement(ctx):
    location = make_location(ctx, make_customer(ctx))
    leader = _role("Standortleitung").id
    first, second = make_contact(ctx, location, "Anna", "Berger"), make_contact(ctx, location, "Bernd", "Berger")
    _give_role(ctx, first, leader)
    _give_role(ctx, second, leader)
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        portal.delete_role(ctx, leader)
    assert error.value.field == "replacement"
    assert "2 Ansprechpartner" in error.value.message()
    assert dump_database() == before

    done = portal.delete_role(ctx, leader, _role("Personalabteilung").id)
    assert "Standortleitung" not in [r.name for r in portal.roles()]
    assert {contacts.contact_card(c).role_name for c in (first, second)} == {"Personalabteilung"}
    customer = contacts.contact_card(first).customer_id
    assert history_of_customer(customer)[0].message() == (
        "Kundenrolle „Standortleitung“ gelöscht: 2 Ansprechpartner haben jetzt „Personalabteilung“"
    )
    common.undo(done.change)
    assert dump_database() == before


def test_unused_role_is_deleted_without_replacement(ctx):
    role = portal.create_role(ctx, "Temporär", JobVisibility.NONE, ApplicantData.NONE).value
    portal.delete_role(ctx, role)
    assert "Temporär" not in [r.name for r in portal.roles()]


def test_portal_preview_shows_released_open_jobs_per_role(ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    viewer = make_contact(ctx, vienna, "Anna", "Berger")
    colleague = make_contact(ctx, vienna, "Clara", "Huber")
    far_away = make_contact(ctx, graz, "Georg", "Graf")
    for title, responsible, location in (
        ("Eigener Job", viewer, None),
        ("Job der Kollegin", colleague, None),
        ("Job des Standorts", None, vienna),
        ("Job in Graz", far_away, None),
    ):
        portal.set_job_released(ctx, portal.create_job(ctx, customer, title, responsible, location).value, True)
    portal.create_job(ctx, customer, "Nicht freigegeben", viewer)
    closed = portal.create_job(ctx, customer, "Geschlossen", viewer).value
    portal.set_job_released(ctx, closed, True)
    portal.set_job_open(ctx, closed, False)

    everything = {"Eigener Job", "Job der Kollegin", "Job des Standorts", "Job in Graz"}
    for role_name, visible, applicants in (
        ("Standard", {"Eigener Job"}, ApplicantData.ANONYMISED),
        ("Standortleitung", everything - {"Job in Graz"}, ApplicantData.ANONYMISED),
        ("Personalabteilung", everything, ApplicantData.FULL),
        ("Nur Kontakt", set(), ApplicantData.NONE),
    ):
        _give_role(ctx, viewer, _role(role_name).id)
        preview = portal.portal_preview(viewer)
        assert {j.title for j in preview.jobs} == visible, role_name
        assert (preview.role_name, preview.applicant_data) == (role_name, applicants)
        assert not preview.readiness.can_login  # no password yet


def test_preview_of_a_contact_with_login(ctx):
    customer = make_customer(ctx)
    contact = make_contact(ctx, make_location(ctx, customer))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, contact, portal.generate_password())
    assert portal.portal_preview(contact).readiness.can_login
    contacts.set_active(ctx, contact, None, False, InactiveReason.KARENZ)
    assert not portal.portal_preview(contact).readiness.can_login


def test_successor_takes_over_open_jobs_and_role_in_one_undoable_step(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    leaving = make_contact(ctx, location, "Anna", "Berger")
    successor = make_contact(ctx, location, "Bernd", "Huber")
    _give_role(ctx, leaving, _role("Personalabteilung").id)
    first = portal.create_job(ctx, customer, "Buchhalter/in", leaving).value
    second = portal.create_job(ctx, customer, "Controller/in", leaving).value
    closed = portal.create_job(ctx, customer, "Lagerist/in", leaving).value
    portal.set_job_open(ctx, closed, False)
    before = dump_database()

    done = contacts.set_active(ctx, leaving, None, False, InactiveReason.AUSGESCHIEDEN, successor_id=successor)

    responsible = {j.id: j.responsible_id for j in portal.jobs_of(customer)}
    assert responsible == {first: successor, second: successor, closed: leaving}
    assert contacts.contact_card(successor).role_name == "Personalabteilung"
    card = contacts.contact_card(leaving)
    assert (card.active, card.inactive_reason) == (False, "Ausgeschieden")
    assert history_of_contact(successor)[0].kind == "handed_over"
    assert "2 offene Jobs" in history_of_contact(successor)[0].message()
    common.undo(done.change)
    assert dump_database() == before
    common.redo(done.change)
    assert contacts.contact_card(successor).role_name == "Personalabteilung"


def test_successor_at_another_customer_is_refused_and_nothing_changes(ctx):
    customer = make_customer(ctx)
    leaving = make_contact(ctx, make_location(ctx, customer), "Anna", "Berger")
    portal.create_job(ctx, customer, "Buchhalter/in", leaving)
    foreign = make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Bernd", "Huber")
    before = dump_database()
    with pytest.raises(RuleViolation) as error:
        contacts.set_active(ctx, leaving, None, False, InactiveReason.AUSGESCHIEDEN, successor_id=foreign)
    assert error.value.field == "successor"
    assert dump_database() == before


def test_generated_password_is_strong_and_accepted(ctx):
    customer = make_customer(ctx)
    contact = make_contact(ctx, make_location(ctx, customer), "Max", "Muster")
    _release_a_job(ctx, customer)
    password = portal.generate_password()
    assert re.fullmatch(r"[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}", password)
    assert password != portal.generate_password()
    portal.set_password(ctx, contact, password)
    assert portal.authenticate("mmuster", password) == contact


def test_role_name_differing_only_in_case_is_refused_on_every_backend(ctx, backend, request):
    with pytest.raises(ValidationError) as error:
        portal.create_role(ctx, "standard", JobVisibility.OWN, ApplicantData.NONE)
    assert error.value.field == "name"


def test_stale_role_edit_is_refused(ctx):
    role = _role("Standard")
    portal.edit_role(ctx, role.id, role.version, "Standard", JobVisibility.OWN, ApplicantData.NONE)
    with pytest.raises(ConflictError):
        portal.edit_role(ctx, role.id, role.version, "Basis", JobVisibility.OWN, ApplicantData.NONE)
    assert _role("Standard").applicant_data is ApplicantData.NONE
