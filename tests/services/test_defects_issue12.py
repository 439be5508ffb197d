"""The five defects of issue 12, each as a user would meet it, on every backend.

1. a merge or a delete must not overwrite a colleague's save that landed in between (B5);
2. two contacts must never both log in with one e-mail (R2);
3. MariaDB stores documents up to the app's 50 MB limit, or says clearly why not;
4. characters that cannot be stored are refused at the field, never crash the save (R11);
5. e-mails and usernames compare exactly where R3 says so: case-insensitive, not accent-insensitive.
"""

from __future__ import annotations

import contextlib
import threading

import pytest

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.errors import ConflictError, RuleViolation, ValidationError
from kontaktverwaltung.services import contacts, customers, locations, merge, portal
from kontaktverwaltung.services.search import search_contacts
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.models import Contact, CustomerDocument
from tests.factories import contact_input, make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


def _release_a_job(ctx, customer):
    job = portal.create_job(ctx, customer, "Freigegebener Job").value
    portal.set_job_released(ctx, job, True)


def _version(contact_id):
    return contacts.contact_card(contact_id).version


def _colleague_saves_first(module, action):
    """The use case's transaction begins only after a colleague's save (``action``) landed:
    the moment between the dialog's read and the write."""
    real = module.transaction
    done = []

    @contextlib.contextmanager
    def late_transaction():
        if not done:
            done.append(True)
            action()
        with real():
            yield

    return late_transaction


# --- 1. merge and delete ------------------------------------------------------------------------


def test_a_merge_refuses_when_the_survivor_was_saved_meanwhile(ctx, monkeypatch):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    survivor = make_contact(ctx, location, "Anna", "Berger")
    other = make_contact(ctx, location, "Anna", "Berger", position="Einkauf")
    versions = (_version(survivor), _version(other))

    def colleague_edits_survivor():
        contacts.edit_contact(
            ctx, survivor, versions[0], contact_input(location, "Anna", "Berger", department="Vertrieb")
        )

    monkeypatch.setattr(merge, "transaction", _colleague_saves_first(merge, colleague_edits_survivor))
    with pytest.raises(ConflictError):
        merge.merge_contacts(ctx, survivor, other, expected_versions=versions)
    assert contacts.contact_card(survivor).department == "Vertrieb"
    assert contacts.contact_card(other).position == "Einkauf"  # nothing merged


def test_a_merge_refuses_when_the_other_contact_was_saved_meanwhile(ctx, monkeypatch):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    survivor = make_contact(ctx, location, "Anna", "Berger")
    other = make_contact(ctx, location, "Anna", "Berger")
    versions = (_version(survivor), _version(other))

    def colleague_edits_other():
        contacts.edit_contact(ctx, other, versions[1], contact_input(location, "Anna", "Berger", position="Leitung"))

    monkeypatch.setattr(merge, "transaction", _colleague_saves_first(merge, colleague_edits_other))
    with pytest.raises(ConflictError):
        merge.merge_contacts(ctx, survivor, other, expected_versions=versions)
    assert contacts.contact_card(other).position == "Leitung"


def test_a_merge_without_expected_versions_merges_what_is_saved_now(ctx, monkeypatch):
    """Without versions (the command line) the merge reads both inside its transaction: the
    colleague's save is part of the result, not lost."""
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    survivor = make_contact(ctx, location, "Anna", "Berger")
    other = make_contact(ctx, location, "Anna", "Berger")

    def colleague_edits_survivor():
        contacts.edit_contact(ctx, survivor, None, contact_input(location, "Anna", "Berger", department="Vertrieb"))

    monkeypatch.setattr(merge, "transaction", _colleague_saves_first(merge, colleague_edits_survivor))
    merge.merge_contacts(ctx, survivor, other)
    assert contacts.contact_card(survivor).department == "Vertrieb"


def test_a_delete_refuses_when_the_contact_was_saved_meanwhile(ctx, monkeypatch):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    contact = make_contact(ctx, location, "Anna", "Berger")
    version = _version(contact)

    def colleague_edits():
        contacts.edit_contact(ctx, contact, version, contact_input(location, "Anna", "Berger", position="Leitung"))

    monkeypatch.setattr(contacts, "transaction", _colleague_saves_first(contacts, colleague_edits))
    with pytest.raises(ConflictError):
        contacts.delete_contact(ctx, contact, version)
    assert contacts.contact_card(contact).position == "Leitung"


# --- 2. R2: one login per e-mail ----------------------------------------------------------------


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_two_workstations_setting_passwords_on_one_address_give_one_login(ctx, monkeypatch):
    """While one workstation hashes the password, another gives a second contact with the same
    address a login: the first must then be refused, not make the login ambiguous (R2)."""
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    _release_a_job(ctx, customer)
    first = make_contact(ctx, location, "Anna", "Berger", emails=("anna@alpenbau.at",))
    second = make_contact(ctx, location, "Anna", "Berger", emails=("Anna@alpenbau.at",))
    real = portal._hasher
    colleague: list[BaseException | None] = []
    started: list[threading.Thread] = []  # one colleague (its own hashing must not start another)

    def other_workstation():
        try:
            portal.set_password(ctx, second, "zweites-passwort")
            colleague.append(None)
        except BaseException as error:
            colleague.append(error)
        finally:
            dbmod.close_thread_connection()

    class HashingWhileColleagueSaves:
        def hash(self, password):
            if not started:
                worker = threading.Thread(target=other_workstation)
                started.append(worker)
                worker.start()
                worker.join(30)
            return real.hash(password)

        def verify(self, hashed, password):
            return real.verify(hashed, password)

    monkeypatch.setattr(portal, "_hasher", HashingWhileColleagueSaves())
    with contextlib.suppress(RuleViolation):  # refused: the colleague's login came first
        portal.set_password(ctx, first, "erstes-passwort1")
    logins = Contact.select().where(Contact.id.in_([first, second]) & Contact.password_hash.is_null(False)).count()
    assert logins == 1
    assert portal.authenticate("anna@alpenbau.at", "zweites-passwort") == second


def test_adding_an_address_another_login_uses_is_refused_at_the_field(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    _release_a_job(ctx, customer)
    first = make_contact(ctx, location, "Anna", "Berger", emails=("anna@alpenbau.at",))
    second = make_contact(ctx, location, "Bernd", "Huber", emails=("bernd@alpenbau.at",))
    portal.set_password(ctx, first, "erstes-passwort1")
    portal.set_password(ctx, second, "zweites-passwort")
    with pytest.raises(RuleViolation) as refused:
        contacts.edit_contact(
            ctx,
            second,
            None,
            contact_input(location, "Bernd", "Huber", emails=("bernd@alpenbau.at", "ANNA@alpenbau.at")),
        )
    assert refused.value.field == "emails[1]"
    assert portal.authenticate("anna@alpenbau.at", "erstes-passwort1") == first


# --- 3. documents on MariaDB --------------------------------------------------------------------


@pytest.mark.parametrize("size", [70_000, 2_000_000])
def test_documents_over_64_kib_are_stored_and_read_back(ctx, size):
    customer = make_customer(ctx)
    content = bytes(range(256)) * (size // 256)
    doc = customers.add_document(ctx, customer, "Vertrag.pdf", content).value
    assert bytes(CustomerDocument.get_by_id(doc).content) == content


@pytest.mark.parametrize("backend", ["mysql"])
def test_a_document_over_the_servers_packet_limit_is_refused_with_the_reason(ctx):
    customer = make_customer(ctx)
    packet = dbmod.current().execute_sql("SELECT @@max_allowed_packet").fetchone()[0]
    content = b"%PDF" + b"\x00" * (packet // 2)  # escaped, each NUL takes two bytes: over the limit
    with pytest.raises(RuleViolation) as refused:
        customers.add_document(ctx, customer, "Großer Plan.pdf", content)
    assert refused.value.field == "document"
    assert "max_allowed_packet" in refused.value.message()
    assert customers.load_panel(customer).documents == ()
    with pytest.raises(RuleViolation, match="50 MB"):
        customers.add_document(ctx, customer, "Riesig.pdf", b"x" * (50 * 1024 * 1024 + 1))


# --- 4. characters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("last_name", "Ber\x00ger"),
        ("first_name", "An\x07na"),
        ("position", "Leitung\ud800"),
        ("department", "Ein\nkauf"),
        ("title", "Mag.\x1b"),
        ("notes", "Zeile\x00"),
        ("last_name", "\u200b"),
        ("last_name", "\u202eregreB"),
    ],
)
def test_characters_that_cannot_be_stored_are_refused_at_the_field(ctx, field, value):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    values = {"first": "Anna", "last": "Berger"}
    if field in ("first_name", "last_name"):
        values[field.split("_")[0]] = value
        data = contact_input(location, values["first"], values["last"])
    else:
        data = contact_input(location, "Anna", "Berger", **{field: value})
    with pytest.raises(ValidationError) as refused:
        contacts.create_contact(ctx, data)
    assert refused.value.field == field


def test_notes_keep_tabs_and_line_breaks(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    contact = make_contact(ctx, location, notes="Erste Zeile\n\tzweite Zeile")
    assert "\tzweite" in contacts.contact_card(contact).notes


def test_a_channel_label_with_a_control_character_or_too_long_is_refused(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    for label in ("Büro\x00", "x" * 51):
        data = contact_input(location, "Anna", "Berger")
        data.channels.append(ChannelInput(ChannelKind.EMAIL, "anna@alpenbau.at", label=label))
        with pytest.raises(ValidationError) as refused:
            contacts.create_contact(ctx, data)
        assert refused.value.field == "emails[0]"


def test_customer_location_and_job_refuse_control_characters_at_the_field(ctx):
    with pytest.raises(ValidationError) as refused:
        customers.create_customer(ctx, customers.CustomerInput("K-1", "Alpen\x00bau"))
    assert refused.value.field == "name"
    customer = make_customer(ctx)
    with pytest.raises(ValidationError) as refused:
        locations.create_location(ctx, customer, locations.LocationInput("Zentrale", "Ring\x00straße 1"))
    assert refused.value.field == "street"
    with pytest.raises(ValidationError) as refused:
        portal.create_job(ctx, customer, "Maurer\x00")
    assert refused.value.field == "title"
    with pytest.raises(ValidationError) as refused:
        customers.create_customer(ctx, customers.CustomerInput("K-2", "Alpenbau", "Notiz\ud800"))
    assert refused.value.field == "notes"


@pytest.mark.parametrize("query", ["\x00", "Berger\x00", "\ud800"])
def test_a_search_with_control_characters_neither_crashes_nor_finds_everyone(ctx, query):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    make_contact(ctx, location, "Anna", "Berger")
    make_contact(ctx, location, "Bernd", "Huber")
    hits = search_contacts(query).hits
    assert [h.display_name for h in hits] == (["Frau Anna Berger"] if query.startswith("Berger") else [])


# --- 5. exact comparison of addresses and usernames --------------------------------------------


def test_an_address_with_an_accent_is_another_address(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    _release_a_job(ctx, customer)
    rene = make_contact(ctx, location, "Rene", "Huber", emails=("rene@alpenbau.at",))
    accent = make_contact(ctx, location, "René", "Huber", emails=("rené@alpenbau.at",))
    portal.set_password(ctx, rene, "passwort-rene")
    portal.set_password(ctx, accent, "passwort-rene-mit-akzent")  # not ambiguous: another address
    assert portal.authenticate("rene@alpenbau.at", "passwort-rene") == rene
    assert portal.authenticate("RENÉ@alpenbau.at", "passwort-rene-mit-akzent") == accent
    assert portal.authenticate("rene@alpenbau.at", "passwort-rene-mit-akzent") is None


def test_a_username_with_an_umlaut_does_not_log_in_as_its_ascii_twin(ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    _release_a_job(ctx, customer)
    contact = make_contact(ctx, location, "Anna", "Login", username="alogin")
    portal.set_password(ctx, contact, "passwort-alogin")
    assert portal.authenticate("ALOGIN", "passwort-alogin") == contact
    assert portal.authenticate("alögin", "passwort-alogin") is None


# --- deadlocks: a conflict, never a raw error ---------------------------------------------------


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_a_deadlock_between_two_workstations_is_reported_as_a_conflict(ctx):
    """Two saves lock two rows in opposite order; the server breaks the deadlock by rolling one
    back. That one must reach the user as "saved at the same moment" (a conflict), not as the
    driver's error 1213 / 40P01."""
    from kontaktverwaltung.store.db import transaction

    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    first = make_contact(ctx, location, "Anna", "Berger")
    second = make_contact(ctx, location, "Bernd", "Huber")
    both_locked_one = threading.Barrier(2, timeout=20)
    outcomes: dict[str, BaseException | None] = {}

    def workstation(name, order):
        try:
            with transaction():
                Contact.update(notes=name).where(Contact.id == order[0]).execute()
                both_locked_one.wait()
                Contact.update(notes=name).where(Contact.id == order[1]).execute()
            outcomes[name] = None
        except BaseException as error:
            outcomes[name] = error
        finally:
            dbmod.close_thread_connection()

    workers = [
        threading.Thread(target=workstation, args=("A", (first, second))),
        threading.Thread(target=workstation, args=("B", (second, first))),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    errors = [error for error in outcomes.values() if error is not None]
    assert len(outcomes) == 2 and len(errors) == 1, outcomes
    assert isinstance(errors[0], ConflictError), repr(errors[0])
    assert "im selben Moment" in errors[0].message()
