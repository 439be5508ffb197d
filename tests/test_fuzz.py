"""Every input the app takes, fuzzed on every backend (issue 12, R11): any text gets a clear
message at its field or is saved and read back as typed, never a crash.

Few examples per test in CI (KV_FUZZ_EXAMPLES, default 25); ``python3 tasks.py stress`` runs
many more. A failure prints the smallest input that broke it; hypothesis keeps it for the next run.
"""

from __future__ import annotations

import os
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import ContactInput, Salutation
from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.services import contacts, customers, locations, portal
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.services.search import search_contacts
from kontaktverwaltung.store.probe import probe_database
from tests.english import in_english
from tests.factories import make_contact, make_customer, make_location

EXAMPLES = int(os.environ.get("KV_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=EXAMPLES <= 25,  # CI: the same inputs every run; stress: new ones each time
)

# Any code point, surrogates and controls included; short, and often plain text around odd characters.
ANY_CHAR = st.characters(codec=None, categories=None)
ODD = st.sampled_from(
    [
        "\x00",
        "\t",
        "\n",
        "\r",
        "\x1b",
        "\x7f",
        "\ud800",
        "\udfff",
        "\u200b",
        "\u202e",
        "\u2066",
        "\ufeff",
        "😀",
        "é",
        "ß",
        "\u0301",
    ]
)
TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.lists(st.one_of(st.text("abcÄöü -.'", max_size=5), ODD), max_size=6).map("".join),
)
CTX = Context("Fuzz")


def _field_of(error: DomainError) -> None:
    assert error.problems and all(p.message() and in_english(p) for p in error.problems)


@pytest.fixture
def place(db) -> tuple[int, int]:
    customer = make_customer(CTX, "Fuzz GmbH", f"F-{uuid.uuid4().hex[:8]}")
    return customer, make_location(CTX, customer)


@FUZZ
@given(
    first=TEXT, last=TEXT, title=TEXT, position=TEXT, department=TEXT, notes=TEXT, label=TEXT, email=TEXT, phone=TEXT
)
def test_any_contact_is_saved_as_typed_or_refused_at_a_field(
    place, first, last, title, position, department, notes, label, email, phone
):
    _customer, location = place
    data = ContactInput(
        location,
        first,
        last,
        Salutation.FRAU,
        title,
        position,
        department,
        notes,
        channels=[ChannelInput(ChannelKind.EMAIL, email, label), ChannelInput(ChannelKind.PHONE, phone, label)],
    )
    try:
        contact = contacts.create_contact(CTX, data).value
    except DomainError as error:
        _field_of(error)
        return
    card = contacts.contact_card(contact)
    assert (card.first_name, card.last_name, card.position) == (first.strip(), last.strip(), position.strip())
    assert card.notes == notes.strip()
    assert search_contacts(card.last_name or card.first_name).hits is not None


@FUZZ
@given(number=TEXT, name=TEXT, notes=TEXT)
def test_any_customer_is_saved_as_typed_or_refused_at_a_field(db, number, name, notes):
    try:
        customer = customers.create_customer(CTX, customers.CustomerInput(number, name, notes)).value
    except DomainError as error:
        _field_of(error)
        return
    saved = customers.customer(customer)
    assert (saved.number, saved.name, saved.notes) == (number.strip(), name.strip(), notes.strip())


@FUZZ
@given(name=TEXT, street=TEXT, postal=TEXT, city=TEXT, country=TEXT, phone=TEXT)
def test_any_location_is_saved_as_typed_or_refused_at_a_field(place, name, street, postal, city, country, phone):
    customer, _location = place
    try:
        location = locations.create_location(
            CTX, customer, locations.LocationInput(name, street, postal, city, country, phone)
        ).value
    except DomainError as error:
        _field_of(error)
        return
    saved = locations.location(location)
    assert (saved.name, saved.street, saved.city) == (name.strip(), street.strip(), city.strip())


@FUZZ
@given(title=TEXT)
def test_any_job_title_is_saved_as_typed_or_refused_at_its_field(place, title):
    customer, _location = place
    try:
        job = portal.create_job(CTX, customer, title, released=True).value
    except DomainError as error:
        assert error.field == "title"
        return
    assert any(j.id == job and j.title == title.strip() for j in portal.jobs_of(customer))


@FUZZ
@given(query=TEXT)
def test_any_search_query_answers_without_crashing_and_never_finds_everyone_for_nothing(place, query):
    _customer, location = place
    make_contact(CTX, location, "Zacharias", "Quell")
    hits = search_contacts(query).hits
    if not "".join(ch for ch in query if ch.isprintable() and not ch.isspace() and not "\ud800" <= ch <= "\udfff"):
        assert hits == []


@FUZZ
@given(login=TEXT, password=TEXT)
def test_any_portal_login_is_refused_without_crashing(db, login, password):
    assert portal.authenticate(login, password) is None


URL_PART = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)


@FUZZ
@given(
    scheme=st.sampled_from(["sqlite", "postgresql", "postgres", "mysql", "ftp", "", "SQLITE"]),
    user=URL_PART,
    password=URL_PART,
    name=URL_PART,
    port=st.one_of(st.just(""), st.integers(-5, 70000).map(str), URL_PART),
    query=URL_PART,
)
def test_any_database_url_is_refused_with_a_message_or_probed(tmp_path, scheme, user, password, name, port, query):
    """The settings dialog's "Verbindung testen" (probe) on any URL: a message, never a crash.
    Server URLs point at this machine and at databases that do not exist."""
    if scheme.lower() == "sqlite":
        url = f"{scheme}:///{tmp_path}/{name}"
    else:
        host = "127.0.0.1" + (f":{port}" if port else "")
        url = f"{scheme}://{user}:{password}@{host}/kv_fuzz_{name}?{query}"
    try:
        probe_database(url)
    except DomainError as error:
        _field_of(error)
