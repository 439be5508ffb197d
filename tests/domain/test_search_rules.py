"""How a search query is understood and matched (R10, S2, B8)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind, validate_channels
from kontaktverwaltung.domain.contact import contact_search_text, location_search_text
from kontaktverwaltung.domain.search import matches, query_tokens


def stored_text(first: str, last: str, position: str = "", department: str = "", channels: tuple[str, ...] = ()) -> str:
    """The folded text the store keeps for a contact, built the way the services build it."""
    valid, problems = validate_channels(
        [ChannelInput(ChannelKind.EMAIL if "@" in c else ChannelKind.PHONE, c) for c in channels]
    )
    assert problems == []
    emails = [c.normalized for c in valid if not c.kind.is_phone]
    phones = [c.search_digits for c in valid if c.kind.is_phone]
    return contact_search_text(first, last, position, department, emails, phones)


ANNA = stored_text("Anna", "Müller", "Geschäftsführerin", "Personal", ("anna.mueller@firma.at", "+43 664 1234567"))
GRAZ = location_search_text("Zentrale Graz", "Graz", "8010")


def finds(query: str, *texts: str) -> bool:
    return matches(query_tokens(query), *texts)


# --- how a query is split into tokens -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "tokens"),
    [
        ("0664 1234", ["06641234"]),
        ("0043 664", ["43664"]),
        ("+43 664", ["43664"]),
        ("(0664) 123-45.67", ["06641234567"]),
        ("Müller Graz", ["muller", "graz"]),
        ("  MUELLER   graz ", ["muller", "graz"]),
        ("Jörg", ["jorg"]),
        ("anna.mueller@firma.at", ["anna.muller@firma.at"]),
        ("12", ["12"]),
        ("Müller 0664", ["muller", "0664"]),
    ],
)
def test_query_tokens(query: str, tokens: list[str]) -> None:
    assert query_tokens(query) == tokens


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_empty_query_has_no_tokens_and_shows_everything(query: str) -> None:
    assert query_tokens(query) == []
    assert finds(query, ANNA)


# --- what a user types finds the contact (R10) --------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "Müller",
        "Mueller",
        "muller",
        "MÜLLER",
        "anna",
        "Anna Müller",
        "müller anna",  # any order
        "Müll",  # while typing
        "geschäftsführerin",
        "Geschaeftsfuehrerin",
        "personal",
        "anna.mueller@firma.at",
        "firma.at",
    ],
)
def test_name_position_department_and_email_are_found_case_accent_and_umlaut_insensitive(query: str) -> None:
    assert finds(query, ANNA)


@pytest.mark.parametrize(
    "query",
    ["0664 1234", "06641234567", "+43 664 1234567", "0043 664 1234567", "+43664", "664 123", "(0664) 123-4567"],
)
def test_phone_number_is_found_however_it_is_typed(query: str) -> None:
    assert finds(query, ANNA)


@pytest.mark.parametrize("query", ["+43 (0)664 1234567", "0043 (0)664 123"])
def test_phone_number_typed_with_bracketed_trunk_zero_is_found(query: str) -> None:
    assert finds(query, ANNA)


def test_location_name_city_and_postal_code_are_searched_with_the_contact() -> None:
    assert finds("Müller Graz", ANNA, GRAZ)
    assert finds("8010", ANNA, GRAZ)
    assert finds("zentrale anna", ANNA, GRAZ)


@pytest.mark.parametrize("query", ["Meier", "Müller Wien", "0316", "anna@privat.at", "Buchhaltung"])
def test_every_token_must_match_somewhere(query: str) -> None:
    assert not finds(query, ANNA, GRAZ)


def test_a_phone_query_does_not_match_unrelated_numbers() -> None:
    other = stored_text("Max", "Muster", channels=("0316 123456",))
    assert not finds("0664 1234", other)
    assert finds("0316 12", other)


def test_end_of_an_email_address_is_found() -> None:
    maria = stored_text("Maria", "Eder", channels=("mariaeder@firma.at",))
    assert finds("eder@firma.at", maria)


# --- never a crash ------------------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_any_query_gives_non_empty_tokens(query: str) -> None:
    tokens = query_tokens(query)
    assert all(tokens)
    assert all(" " not in t for t in tokens)
    matches(tokens, ANNA, GRAZ)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789 +()/-.", max_size=25))
def test_phone_queries_become_one_run_of_digits(query: str) -> None:
    tokens = query_tokens(query)
    if sum(ch.isdigit() for ch in query) >= 3:
        assert len(tokens) == 1 and tokens[0].isdigit()
