"""What makes a contact storable (R11, S7, S10), how its name is shown, and what search runs over (R10)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import (
    ContactInput,
    Salutation,
    ValidContact,
    contact_search_text,
    display_name,
    location_search_text,
    validate_contact,
    validate_inactive_until,
)
from kontaktverwaltung.domain.errors import ValidationError
from kontaktverwaltung.domain.search import matches, query_tokens
from tests.english import in_english


def refused(data: ContactInput, region: str = "AT") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate_contact(data, region)
    return caught.value


# --- required fields ----------------------------------------------------------------------------------------


def test_contact_with_name_and_location_is_valid() -> None:
    valid = validate_contact(ContactInput(location_id=7, first_name="Anna", last_name="Müller"))
    assert isinstance(valid, ValidContact)
    assert (valid.location_id, valid.first_name, valid.last_name) == (7, "Anna", "Müller")


@pytest.mark.parametrize(("first", "last"), [("Anna", ""), ("", "Müller")])
def test_first_name_alone_or_last_name_alone_is_enough(first: str, last: str) -> None:
    valid = validate_contact(ContactInput(location_id=1, first_name=first, last_name=last))
    assert (valid.first_name, valid.last_name) == (first, last)


@pytest.mark.parametrize(("first", "last"), [("", ""), ("   ", " \t ")])
def test_contact_without_any_name_is_refused_at_the_last_name(first: str, last: str) -> None:
    error = refused(ContactInput(location_id=1, first_name=first, last_name=last))
    assert [p.field for p in error.problems] == ["last_name"]
    assert error.message() == "Bitte einen Nachnamen oder Vornamen eingeben."


def test_contact_without_location_is_refused_at_the_location() -> None:
    error = refused(ContactInput(location_id=None, last_name="Müller"))
    assert [p.field for p in error.problems] == ["location"]
    assert "Standort" in error.message()


def test_all_problems_are_reported_at_once_each_at_its_field() -> None:
    error = refused(
        ContactInput(
            location_id=None,
            title="x" * 41,
            channels=[ChannelInput(ChannelKind.EMAIL, "kein-at"), ChannelInput(ChannelKind.PHONE, "12")],
        )
    )
    fields = [p.field for p in error.problems]
    assert set(fields) == {"last_name", "title", "location", "emails[0]", "phones[0]"}
    assert error.for_field("emails[0]")[0].message().startswith("„kein-at“ ist keine gültige E-Mail-Adresse")
    # The German text of every problem is in the error message, one per line.
    assert len(error.message().splitlines()) == 5


def test_german_and_english_messages_both_exist() -> None:
    error = refused(ContactInput(location_id=None))
    assert error.message() != in_english(error)
    assert "location" in in_english(error).lower()


# --- text limits --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "limit"),
    [("title", 40), ("first_name", 100), ("last_name", 100), ("position", 150), ("department", 150), ("notes", 10_000)],
)
def test_text_at_its_limit_is_accepted_and_one_more_character_is_refused(field: str, limit: int) -> None:
    base = {"location_id": 1, "last_name": "Müller"}
    assert validate_contact(ContactInput(**{**base, field: "x" * limit}))
    error = refused(ContactInput(**{**base, field: "x" * (limit + 1)}))
    assert [p.field for p in error.problems] == [field]
    assert error.message() == f"Höchstens {limit} Zeichen erlaubt."


def test_surrounding_spaces_do_not_count_against_the_limit_and_are_removed() -> None:
    valid = validate_contact(ContactInput(location_id=1, last_name="  Müller  ", title="  " + "x" * 40 + "  "))
    assert valid.last_name == "Müller"
    assert valid.title == "x" * 40


def test_valid_contact_keeps_every_field_trimmed() -> None:
    valid = validate_contact(
        ContactInput(
            location_id=3,
            first_name=" Anna ",
            last_name=" Müller ",
            salutation=Salutation.FRAU,
            title=" Mag. ",
            position=" Leiterin HR ",
            department=" Personal ",
            notes=" ruft lieber zurück \n",
            role_id=2,
        )
    )
    assert valid == ValidContact(
        location_id=3,
        first_name="Anna",
        last_name="Müller",
        salutation=Salutation.FRAU,
        title="Mag.",
        position="Leiterin HR",
        department="Personal",
        notes="ruft lieber zurück",
        role_id=2,
        channels=[],
    )


def test_channels_are_validated_with_the_contact() -> None:
    valid = validate_contact(
        ContactInput(
            location_id=1,
            last_name="Müller",
            channels=[
                ChannelInput(ChannelKind.EMAIL, "Anna@Firma.at"),
                ChannelInput(ChannelKind.MOBILE, "0664 1234567"),
                ChannelInput(ChannelKind.EMAIL, ""),
            ],
        )
    )
    assert [(c.normalized, c.primary) for c in valid.channels] == [("anna@firma.at", True), ("+436641234567", True)]


def test_region_is_passed_on_to_phone_parsing() -> None:
    data = ContactInput(location_id=1, last_name="Müller", channels=[ChannelInput(ChannelKind.PHONE, "030 1234567")])
    assert validate_contact(data, region="DE").channels[0].normalized == "+49301234567"
    assert [p.field for p in refused(data, region="AT").problems] == ["phones[0]"]


# --- the "until" date of a deactivation (S9) ----------------------------------------------------------------


def test_inactive_until_date_in_the_past_is_refused() -> None:
    today = datetime.date(2025, 3, 10)
    with pytest.raises(ValidationError) as caught:
        validate_inactive_until(datetime.date(2025, 3, 9), today)
    assert caught.value.field == "inactive_until"
    assert "Vergangenheit" in caught.value.message()


@pytest.mark.parametrize("until", [None, datetime.date(2025, 3, 10), datetime.date(2026, 1, 1)])
def test_inactive_until_today_in_future_or_open_is_accepted(until: datetime.date | None) -> None:
    validate_inactive_until(until, datetime.date(2025, 3, 10))


# --- how the card shows the name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("salutation", "title", "first", "last", "shown"),
    [
        ("Frau", "Mag.", "Anna", "Müller", "Frau Mag. Anna Müller"),
        (Salutation.HERR, "", "Max", "Mustermann", "Herr Max Mustermann"),
        (Salutation.DIVERS, "Dr.", "Alex", "Berger", "Dr. Alex Berger"),
        ("divers", "", "Alex", "Berger", "Alex Berger"),
        (Salutation.NONE, "", "Alex", "Berger", "Alex Berger"),
        ("", "", "", "Berger", "Berger"),
        ("Frau", "", "Anna", "", "Frau Anna"),
    ],
)
def test_display_name_as_the_card_shows_it(salutation: str, title: str, first: str, last: str, shown: str) -> None:
    assert display_name(salutation, title, first, last) == shown


# --- what search runs over (R10) ----------------------------------------------------------------------------


def test_search_text_holds_folded_names_position_department_and_emails() -> None:
    text = contact_search_text("Jörg", "Groß", "Geschäftsführer", "Einkauf", ["Joerg.Gross@Firma.AT"], [])
    for part in ("jorg", "gross", "geschaftsfuhrer", "einkauf", "jorg.gross@firma.at"):
        assert part in text
    assert text == text.lower()


def test_search_text_holds_phone_digits_unfolded() -> None:
    text = contact_search_text("Anna", "Müller", "", "", [], ["06641234567 436641234567"])
    assert "06641234567" in text
    assert "436641234567" in text


def test_search_text_of_a_nameless_contact_is_only_its_phone_digits() -> None:
    assert contact_search_text("", "", "", "", [], ["0316123456 43316123456"]) == "0316123456 43316123456"


@pytest.mark.parametrize("query", ["Müller", "Mueller", "muller", "MÜLLER", "anna müller", "Geschäftsf", "firma.at"])
def test_search_finds_the_contact_however_the_name_is_spelled(query: str) -> None:
    text = contact_search_text("Anna", "Müller", "Geschäftsführerin", "", ["anna.mueller@firma.at"], [])
    assert matches(query_tokens(query), text)


def test_location_search_text_holds_folded_name_postal_code_and_city() -> None:
    text = location_search_text("Zentrale Wien", "Wien", "1010")
    assert matches(query_tokens("zentrale 1010 wien"), text)
    assert location_search_text("Filiale Mödling", "Mödling", "2340") == "filiale modling 2340 modling"


# --- never anything but ValidContact or ValidationError -----------------------------------------------------

short_text = st.text(max_size=30)
channel_inputs = st.builds(
    ChannelInput,
    st.sampled_from(list(ChannelKind)),
    st.one_of(st.text(max_size=30), st.text(alphabet="0123456789 +()/-", max_size=20)),
    short_text,
    st.booleans(),
)
contact_inputs = st.builds(
    ContactInput,
    location_id=st.one_of(st.none(), st.integers(min_value=1, max_value=10**9)),
    first_name=st.one_of(short_text, st.text(min_size=95, max_size=110)),
    last_name=st.one_of(short_text, st.text(min_size=95, max_size=110)),
    salutation=st.sampled_from(list(Salutation)),
    title=st.text(max_size=50),
    position=short_text,
    department=short_text,
    notes=st.text(max_size=200),
    role_id=st.one_of(st.none(), st.integers(min_value=1)),
    channels=st.lists(channel_inputs, max_size=4),
)


@settings(max_examples=75, deadline=None)
@given(contact_inputs)
def test_any_input_is_either_a_valid_contact_or_a_validation_error(data: ContactInput) -> None:
    try:
        valid = validate_contact(data)
    except ValidationError as error:
        assert error.problems
        assert all(p.message() and in_english(p) for p in error.problems)
        assert all(p.field for p in error.problems), "every problem belongs to a field"
    else:
        assert isinstance(valid, ValidContact)
        assert valid.first_name or valid.last_name
        assert valid.location_id == data.location_id
        assert len(valid.first_name) <= 100 and len(valid.last_name) <= 100 and len(valid.title) <= 40
