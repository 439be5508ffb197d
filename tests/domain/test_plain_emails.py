"""The import's fast way through plain e-mail addresses (R11, R12) decides exactly as the library
does: every address it accepts, email_validator accepts with the same result; anything it is
unsure of goes to the library."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from kontaktverwaltung.domain.channels import _plain_email, normalize_email

PIECES = st.sampled_from(["a", "Z", "0", "9", ".", "_", "+", "-", "--", "@", "xn", "de", "AT", "local", "test"])


def _library(text: str) -> str | None:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=14).map("".join))
def test_a_plain_address_is_what_the_library_makes_of_it(text):
    plain = _plain_email(text)
    if plain is not None:
        assert _library(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Anna.Berger@Mueller.AT",
        "p12@firma7.at",
        "a_b+c-d@sub.example.co.uk",
        "x@ab--cd.at",  # two dashes after two letters: refused by the library
        "x@a.local",  # special-use name: refused
        "a" * 65 + "@x.at",  # local part too long
        "x@" + "a" * 64 + ".at",  # label too long
        "x@localhost",
        "x@1.23",
        "..a@x.at",
        "a@x.at.",
        "a@-x.at",
    ],
)
def test_plain_or_not_the_answer_is_the_librarys(text):
    expected = _library(text)
    result = normalize_email(text, "email")
    if expected is None:
        assert not isinstance(result, tuple), result
    else:
        assert result == (expected.lower(), expected)
