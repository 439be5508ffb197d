"""Portal usernames (R1, S8): generated from the name, ASCII-folded, lower case, unique, editable."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.errors import ValidationError
from kontaktverwaltung.domain.username import first_free_username, normalize_username, username_base
from tests.english import in_english

USERNAME_CHARS = re.compile(r"[a-z0-9]+")

# --- the generated suggestion -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Max", "Mustermann", "mmustermann"),
        ("Jörg", "Groß", "jgross"),
        ("José", "Núñez", "jnunez"),
        ("Anna", "Müller", "amueller"),
        ("Ärzte", "Österreicher", "aoesterreicher"),
        ("Łukasz", "Żółć", "lzolc"),
        ("Anna-Maria", "Müller-Lüdenscheidt", "amuellerluedenscheidt"),
        ("  Max ", " Mustermann  ", "mmustermann"),
        ("MAX", "MUSTERMANN", "mmustermann"),
        ("Hans", "van der Berg", "hvanderberg"),
        ("Sean", "O'Brien", "sobrien"),
    ],
)
def test_username_is_first_initial_plus_folded_last_name(first: str, last: str, expected: str) -> None:
    assert username_base(first, last) == expected


def test_username_of_contact_with_only_a_first_name_uses_the_first_name() -> None:
    assert username_base("Sabine", "") == "sabine"


@pytest.mark.parametrize(
    ("first", "last"),
    [("", ""), ("   ", "   "), ("A", ""), ("", "Li"), ("李", "王"), ("!!", "??"), ("", "Ö")],
)
def test_username_of_empty_or_very_short_names_is_still_usable(first: str, last: str) -> None:
    base = username_base(first, last)
    assert USERNAME_CHARS.fullmatch(base)
    assert len(base) >= 3
    assert normalize_username(base) == base


def test_username_of_a_very_long_name_is_cut_to_leave_room_for_a_counter() -> None:
    base = username_base("Max", "Mustermann" * 20)
    assert base.startswith("mmustermann")
    assert len(base) <= 58
    # Even with a counter appended it is still a valid username.
    assert normalize_username(first_free_username(base, lambda name: name == base)) == base + "2"


# Any names at all (any script, control characters, emoji, empty): the suggestion is always storable.
@settings(max_examples=150, deadline=None)
@given(st.text(), st.text())
def test_username_base_of_any_names_is_a_valid_stored_username(first: str, last: str) -> None:
    base = username_base(first, last)
    assert USERNAME_CHARS.fullmatch(base), base
    assert 3 <= len(base) <= 58
    assert normalize_username(base) == base


# --- uniqueness across all customers (R1) -------------------------------------------------------------------


def test_free_base_is_used_as_is() -> None:
    assert first_free_username("mmustermann", lambda name: False) == "mmustermann"


def test_taken_base_gets_number_two_first() -> None:
    taken = {"mmustermann"}
    assert first_free_username("mmustermann", taken.__contains__) == "mmustermann2"


def test_counter_skips_every_taken_number() -> None:
    taken = {"mmustermann", "mmustermann2", "mmustermann3", "mmustermann4"}
    assert first_free_username("mmustermann", taken.__contains__) == "mmustermann5"


def test_a_gap_in_the_numbers_is_filled() -> None:
    taken = {"mmustermann", "mmustermann2", "mmustermann4"}
    assert first_free_username("mmustermann", taken.__contains__) == "mmustermann3"


def test_three_people_with_the_same_name_get_three_different_usernames() -> None:
    taken: set[str] = set()
    for _ in range(3):
        taken.add(first_free_username(username_base("Max", "Mustermann"), taken.__contains__))
    assert taken == {"mmustermann", "mmustermann2", "mmustermann3"}


# --- a username typed by the user ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("MMustermann", "mmustermann"),
        ("  max.mustermann  ", "max.mustermann"),
        ("anna_mueller-2", "anna_mueller-2"),
        ("abc", "abc"),
        ("a" * 64, "a" * 64),
        ("007", "007"),
    ],
)
def test_typed_username_is_accepted_in_lower_case(typed: str, stored: str) -> None:
    assert normalize_username(typed) == stored


def _refusal(typed: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        normalize_username(typed)
    return caught.value


def test_username_with_at_sign_is_refused_pointing_to_email_login() -> None:
    error = _refusal("anna@firma.at")
    assert error.field == "username"
    assert "@" in error.message()
    assert "E-Mail" in error.message()


@pytest.mark.parametrize(
    "typed",
    [
        "jörg",  # umlaut
        "JÖRG",
        "josé",
        "groß",
        "ab",  # too short
        "a" * 65,  # too long
        "max mustermann",  # space
        "_max",  # must start with a letter or digit
        ".max",
        "max!",
        "max/m",
    ],
)
def test_username_with_forbidden_characters_or_length_is_refused_in_german(typed: str) -> None:
    error = _refusal(typed)
    assert error.field == "username"
    message = error.message()
    assert "Benutzername" in message
    assert "3 bis 64 Zeichen" in message
    assert in_english(error) != message


@pytest.mark.parametrize("typed", ["", "   "])
def test_empty_username_asks_for_one(typed: str) -> None:
    error = _refusal(typed)
    assert error.field == "username"
    assert error.message() == "Bitte einen Benutzernamen eingeben."


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_normalize_username_either_returns_a_clean_name_or_refuses_with_a_field(typed: str) -> None:
    try:
        stored = normalize_username(typed)
    except ValidationError as error:
        assert error.field == "username"
        assert error.message()
    else:
        assert stored == stored.lower()
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]{2,63}", stored)
        assert normalize_username(stored) == stored
