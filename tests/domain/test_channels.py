"""E-mail addresses and phone numbers of a contact (S10, R11): validated, normalised, one primary each."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.channels import (
    Channel,
    ChannelInput,
    ChannelKind,
    validate_channels,
)
from kontaktverwaltung.domain.errors import Problem
from tests.english import in_english

EMAIL = ChannelKind.EMAIL
PHONE = ChannelKind.PHONE
MOBILE = ChannelKind.MOBILE
FAX = ChannelKind.FAX


def email(value: str, primary: bool = False, label: str = "") -> ChannelInput:
    return ChannelInput(EMAIL, value, label, primary)


def phone(value: str, primary: bool = False, kind: ChannelKind = PHONE, label: str = "") -> ChannelInput:
    return ChannelInput(kind, value, label, primary)


def only_channel(inputs: list[ChannelInput], region: str = "AT") -> Channel:
    channels, problems = validate_channels(inputs, region)
    assert problems == []
    assert len(channels) == 1
    return channels[0]


def primaries(channels: list[Channel], phones: bool) -> list[str]:
    return [c.value for c in channels if c.primary and c.kind.is_phone == phones]


# --- phones: parsed, stored as E.164, shown formatted (R11) -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [
        ("0664 1234567", "+436641234567", "0664 1234567"),
        ("06641234567", "+436641234567", "0664 1234567"),
        ("(0)664/123 45 67", "+436641234567", "0664 1234567"),
        ("+43 (0)664 1234567", "+436641234567", "0664 1234567"),
        ("0043 664 1234567", "+436641234567", "0664 1234567"),
        ("+43 664 123-45-67", "+436641234567", "0664 1234567"),
        ("0316 123456", "+43316123456", "0316 123456"),
        ("+43 1 40400", "+43140400", "01 40400"),
    ],
)
def test_austrian_numbers_are_normalised_and_shown_in_national_format(typed: str, e164: str, shown: str) -> None:
    channel = only_channel([phone(typed)])
    assert channel.normalized == e164
    assert channel.display == shown
    assert channel.value == typed  # what the user typed is kept as well


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [
        ("+49 30 1234567", "+49301234567", "+49 30 1234567"),
        ("0049 30 1234567", "+49301234567", "+49 30 1234567"),
        ("+41 44 668 18 00", "+41446681800", "+41 44 668 18 00"),
    ],
)
def test_foreign_numbers_are_shown_in_international_format(typed: str, e164: str, shown: str) -> None:
    channel = only_channel([phone(typed)])
    assert channel.normalized == e164
    assert channel.display == shown


@pytest.mark.parametrize("kind", [PHONE, MOBILE, FAX])
def test_every_phone_kind_is_parsed_as_a_phone_number(kind: ChannelKind) -> None:
    channel = only_channel([phone("0664 1234567", kind=kind)])
    assert channel.kind is kind
    assert channel.normalized == "+436641234567"


def test_mobile_number_can_be_found_by_national_and_international_digits() -> None:
    channel = only_channel([phone("+43 664 1234567", kind=MOBILE)])
    assert "06641234567" in channel.search_digits
    assert "436641234567" in channel.search_digits


def test_email_has_no_phone_search_digits() -> None:
    assert only_channel([email("anna@firma.at")]).search_digits == ""


@pytest.mark.parametrize("typed", ["12", "abc", "0664", "+43", "0664 1234567 8901234567"])
def test_bad_phone_number_gets_a_german_message_at_its_field(typed: str) -> None:
    channels, problems = validate_channels([phone(typed)])
    assert channels == []
    assert len(problems) == 1
    problem = problems[0]
    assert problem.field == "phones[0]"
    assert "keine gültige Telefonnummer" in problem.message()
    assert typed.strip() in problem.message()
    assert "not a valid phone number" in in_english(problem)


def test_phone_field_index_counts_only_phone_rows_as_the_form_shows_them() -> None:
    inputs = [
        email("anna@firma.at"),
        phone("0664 1234567"),
        email("kein-at"),
        phone("", kind=MOBILE),  # blank row still occupies a line in the form
        phone("abc", kind=FAX),
    ]
    _, problems = validate_channels(inputs)
    assert [p.field for p in problems] == ["emails[1]", "phones[2]"]


# --- region (R11: default AT, configurable) -----------------------------------------------------------------


def test_national_number_is_read_as_austrian_by_default() -> None:
    assert only_channel([phone("0664 1234567")]).normalized == "+436641234567"


def test_region_de_reads_national_numbers_as_german() -> None:
    channel = only_channel([phone("030 1234567")], region="DE")
    assert channel.normalized == "+49301234567"
    assert channel.display == "030 1234567"  # German numbers are national at home


def test_same_digits_mean_different_numbers_in_different_regions() -> None:
    at = only_channel([phone("0664 1234567")], region="AT")
    de = only_channel([phone("0664 1234567")], region="DE")
    assert at.normalized == "+436641234567"
    assert de.normalized == "+496641234567"


def test_berlin_number_without_country_code_is_refused_in_austria() -> None:
    _, problems = validate_channels([phone("030 1234567")], region="AT")
    assert [p.field for p in problems] == ["phones[0]"]


def test_austrian_number_is_shown_internationally_when_home_is_germany() -> None:
    channel = only_channel([phone("+43 664 1234567")], region="DE")
    assert channel.display == "+43 664 1234567"


# --- e-mails ------------------------------------------------------------------------------------------------


def test_email_is_compared_in_lower_case_and_shown_as_typed_with_lower_case_domain() -> None:
    channel = only_channel([email("  Anna.Muster@Firma.AT ")])
    assert channel.normalized == "anna.muster@firma.at"
    assert channel.display == "Anna.Muster@firma.at"
    assert channel.value == "Anna.Muster@Firma.AT"


def test_international_email_address_is_accepted() -> None:
    assert only_channel([email("jörg@müller.de")]).normalized == "jörg@müller.de"


@pytest.mark.parametrize(
    "typed",
    ["kein-at", "a@b", "anna@@firma.at", "anna firma@x.at", "@firma.at", "anna@", "anna@firma..at", "anna@localhost"],
)
def test_bad_email_gets_a_german_message_at_its_field(typed: str) -> None:
    channels, problems = validate_channels([email(typed)])
    assert channels == []
    assert len(problems) == 1
    problem = problems[0]
    assert problem.field == "emails[0]"
    assert "keine gültige E-Mail-Adresse" in problem.message()
    assert typed in problem.message()


def test_every_bad_row_is_reported_not_only_the_first() -> None:
    inputs = [email("kein-at"), email("a@b"), email("anna@firma.at"), email("anna firma@x.at"), phone("12")]
    channels, problems = validate_channels(inputs)
    assert [p.field for p in problems] == ["emails[0]", "emails[1]", "emails[3]", "phones[0]"]
    assert [c.normalized for c in channels] == ["anna@firma.at"]


# --- blank rows and duplicates ------------------------------------------------------------------------------


def test_blank_rows_are_dropped_silently() -> None:
    channels, problems = validate_channels([email(""), email("   "), phone(""), phone(" \t ", kind=MOBILE)])
    assert channels == []
    assert problems == []


def test_duplicate_emails_differing_only_in_case_are_kept_once() -> None:
    channels, _ = validate_channels([email("anna@firma.at"), email("ANNA@Firma.at"), email(" anna@firma.at ")])
    assert [c.value for c in channels] == ["anna@firma.at"]


def test_the_same_phone_number_typed_differently_is_kept_once() -> None:
    typed = ["0664 1234567", "+43 664 1234567", "(0)664/123 45 67", "0043 664 1234567", "+43 (0)664 1234567"]
    channels, problems = validate_channels([phone(t) for t in typed])
    assert problems == []
    assert [c.value for c in channels] == ["0664 1234567"]


def test_same_number_as_phone_and_mobile_is_one_channel() -> None:
    channels, _ = validate_channels([phone("0664 1234567"), phone("+43 664 1234567", kind=MOBILE)])
    assert len(channels) == 1


def test_different_numbers_are_all_kept_in_order() -> None:
    channels, _ = validate_channels([phone("0664 1234567"), phone("0316 123456"), phone("+49 30 1234567")])
    assert [c.normalized for c in channels] == ["+436641234567", "+43316123456", "+49301234567"]
    assert [c.position for c in channels] == [0, 1, 2]


def test_labels_are_kept_trimmed() -> None:
    channel = only_channel([email("anna@firma.at", label="  Arbeit ")])
    assert channel.label == "Arbeit"


# --- exactly one primary per group --------------------------------------------------------------------------


def test_first_email_and_first_phone_become_primary_when_none_is_marked() -> None:
    channels, _ = validate_channels(
        [email("anna@firma.at"), phone("0664 1234567"), email("anna@privat.at"), phone("0316 123456")]
    )
    assert primaries(channels, phones=False) == ["anna@firma.at"]
    assert primaries(channels, phones=True) == ["0664 1234567"]


def test_marked_primary_is_kept() -> None:
    channels, _ = validate_channels([email("anna@firma.at"), email("anna@privat.at", primary=True)])
    assert primaries(channels, phones=False) == ["anna@privat.at"]


def test_only_the_first_of_several_marked_primaries_stays_primary() -> None:
    channels, _ = validate_channels(
        [
            phone("0664 1234567"),
            phone("0316 123456", primary=True),
            phone("+49 30 1234567", primary=True, kind=MOBILE),
        ]
    )
    assert primaries(channels, phones=True) == ["0316 123456"]


def test_email_primary_and_phone_primary_do_not_compete() -> None:
    channels, _ = validate_channels([email("anna@firma.at", primary=True), phone("0664 1234567", primary=True)])
    assert primaries(channels, phones=False) == ["anna@firma.at"]
    assert primaries(channels, phones=True) == ["0664 1234567"]


def test_primary_moves_on_when_the_marked_row_is_invalid() -> None:
    channels, problems = validate_channels([email("kein-at", primary=True), email("anna@firma.at")])
    assert len(problems) == 1
    assert primaries(channels, phones=False) == ["anna@firma.at"]


def test_primary_dropped_as_duplicate_leaves_the_group_with_exactly_one_primary() -> None:
    channels, _ = validate_channels([email("anna@firma.at"), email("ANNA@firma.at", primary=True)])
    assert len(channels) == 1
    assert channels[0].primary


# --- never a crash ------------------------------------------------------------------------------------------

phoneish = st.text(alphabet="0123456789 +()/-.#*xX", max_size=30)
channel_values = st.one_of(st.text(max_size=60), phoneish, st.emails())
channel_inputs = st.builds(
    ChannelInput, st.sampled_from(list(ChannelKind)), channel_values, st.text(max_size=10), st.booleans()
)


@settings(max_examples=75, deadline=None)
@given(st.lists(channel_inputs, max_size=6), st.sampled_from(["AT", "DE", "CH"]))
def test_any_input_gives_channels_or_problems_never_an_exception(inputs: list[ChannelInput], region: str) -> None:
    channels, problems = validate_channels(inputs, region)
    assert all(isinstance(p, Problem) and p.message() for p in problems)
    assert all(p.field and p.field.startswith(("emails[", "phones[")) for p in problems)
    assert len(channels) + len(problems) <= len(inputs)
    for is_phone in (False, True):
        group = [c for c in channels if c.kind.is_phone == is_phone]
        assert len(group) == len({c.normalized for c in group}), "no duplicates"
        if group:
            assert sum(c.primary for c in group) == 1, "exactly one primary"
    assert [c.position for c in channels] == list(range(len(channels)))
    for channel in channels:
        if channel.kind.is_phone:
            assert channel.normalized.startswith("+") and channel.normalized[1:].isdigit()
            assert channel.search_digits
