"""Portal usernames (R1): generated, ASCII-folded, lower case, unique across all customers."""

from __future__ import annotations

import re
from collections.abc import Callable

from kontaktverwaltung.domain.errors import Problem, ValidationError
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.domain.text import ascii_fold

MAX_LENGTH = 64
MIN_LENGTH = 3
_ALLOWED = re.compile(r"[a-z0-9][a-z0-9._-]*")
_LETTERS = re.compile(r"[^a-z0-9]+")


def username_base(first_name: str, last_name: str) -> str:
    """First initial plus last name: "Max Mustermann" → "mmustermann", "Jörg Groß" → "jgross"."""
    first = _LETTERS.sub("", ascii_fold(first_name))
    last = _LETTERS.sub("", ascii_fold(last_name))
    base = (first[:1] + last) if last else first
    if len(base) < MIN_LENGTH:
        base = (base + "kontakt")[: max(len(base), MIN_LENGTH)] if base else "kontakt"
    return base[: MAX_LENGTH - 6]


def first_free_username(base: str, is_taken: Callable[[str], bool]) -> str:
    """ "mmustermann", then "mmustermann2", "mmustermann3" … whichever is free first."""
    if not is_taken(base):
        return base
    n = 2
    while is_taken(f"{base}{n}"):
        n += 1
    return f"{base}{n}"


def normalize_username(text: str) -> str:
    """Check a username typed by a user and return its stored form (lower case)."""
    value = text.strip().lower()
    field = "username"
    if not value:
        raise ValidationError(Problem.of(T("Bitte einen Benutzernamen eingeben."), field))
    if "@" in value:
        raise ValidationError(
            Problem.of(
                T("Ein Benutzername darf kein @ enthalten – die Anmeldung mit E-Mail-Adresse geht ohnehin."), field
            )
        )
    if not (MIN_LENGTH <= len(value) <= MAX_LENGTH) or not _ALLOWED.fullmatch(value):
        raise ValidationError(
            Problem.of(
                T(
                    "Der Benutzername braucht {min_length} bis {max_length} Zeichen: "
                    "Kleinbuchstaben a–z, Ziffern, Punkt, Binde- oder Unterstrich, ohne Umlaute."
                ),
                field,
                min_length=MIN_LENGTH,
                max_length=MAX_LENGTH,
            )
        )
    return value
