"""A contact person as entered, and the rules that make it storable (S7, S9, S10, R11)."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field

from kontaktverwaltung.domain.channels import (
    DEFAULT_REGION,
    Channel,
    ChannelInput,
    phone_search_digits,
    validate_channels,
)
from kontaktverwaltung.domain.duplicates import phonetic_key
from kontaktverwaltung.domain.errors import Problem, ValidationError
from kontaktverwaltung.domain.names import person_name
from kontaktverwaltung.domain.storable import text_problems
from kontaktverwaltung.domain.text import searchable


class Salutation(enum.StrEnum):
    NONE = ""
    HERR = "Herr"
    FRAU = "Frau"
    DIVERS = "divers"

    def label(self, language: str = "de") -> str:
        """As the card shows it: the stored German word, or Mr/Ms in English ("divers" shows none)."""
        if language == "de":
            return self.value
        return {"": "", "Herr": "Mr", "Frau": "Ms", "divers": "Mx"}[self.value]


class InactiveReason(enum.StrEnum):
    KARENZ = "Karenz"
    BILDUNGSKARENZ = "Bildungskarenz"
    KRANKHEIT = "Krankheit"
    AUSGESCHIEDEN = "Ausgeschieden"
    SONSTIGES = "Sonstiges"

    @property
    def label_de(self) -> str:
        return self.value

    def label(self, language: str = "de") -> str:
        if language == "de":
            return self.value
        return {
            "Karenz": "Parental leave",
            "Bildungskarenz": "Educational leave",
            "Krankheit": "Illness",
            "Ausgeschieden": "Left the company",
            "Sonstiges": "Other",
        }[self.value]


def reason_label(reason: str, language: str = "de") -> str:
    """A stored inactive reason in the UI's language; one this version does not know shows as stored."""
    try:
        return InactiveReason(reason).label(language)
    except ValueError:
        return reason


TEXT_LIMITS = {
    "title": 40,
    "first_name": 100,
    "last_name": 100,
    "position": 150,
    "department": 150,
    "notes": 10_000,
}


@dataclass(frozen=True, slots=True)
class ContactInput:
    """Everything the contact dialog or an import delivers for one contact."""

    location_id: int | None
    first_name: str = ""
    last_name: str = ""
    salutation: Salutation = Salutation.NONE
    title: str = ""
    position: str = ""
    department: str = ""
    notes: str = ""
    role_id: int | None = None
    channels: list[ChannelInput] = field(default_factory=list)
    username: str | None = None  # None: generate (R1)


@dataclass(frozen=True, slots=True)
class ValidContact:
    location_id: int
    first_name: str
    last_name: str
    salutation: Salutation
    title: str
    position: str
    department: str
    notes: str
    role_id: int | None
    channels: list[Channel]


def validate_contact(data: ContactInput, region: str = DEFAULT_REGION) -> ValidContact:
    """Check everything at once and report every problem with its field (R11)."""
    problems: list[Problem] = []
    texts = {name: str(getattr(data, name) or "").strip() for name in TEXT_LIMITS}
    if not texts["first_name"] and not texts["last_name"]:
        problems.append(
            Problem(
                "last_name",
                "Bitte einen Nachnamen oder Vornamen eingeben.",
                "Please enter a last name or a first name.",
            )
        )
    problems.extend(text_problems(texts, lines=("notes",)))
    for name, limit in TEXT_LIMITS.items():
        if len(texts[name]) > limit:
            problems.append(
                Problem(name, f"Höchstens {limit} Zeichen erlaubt.", f"At most {limit} characters allowed.")
            )
    if data.location_id is None:
        problems.append(Problem("location", "Bitte einen Standort wählen.", "Please choose a location."))
    try:
        salutation = Salutation(data.salutation)
    except ValueError:
        salutation = Salutation.NONE
        problems.append(
            Problem(
                "salutation",
                "Bitte Herr, Frau, divers oder keine Anrede wählen.",
                "Please choose Herr, Frau, divers or no salutation.",
            )
        )
    channels, channel_problems = validate_channels(data.channels, region)
    problems.extend(channel_problems)
    if problems:
        raise ValidationError(problems)
    assert data.location_id is not None
    return ValidContact(
        location_id=data.location_id,
        salutation=salutation,
        role_id=data.role_id,
        channels=channels,
        **texts,
    )


def display_name(salutation: str, title: str, first_name: str, last_name: str, language: str = "de") -> str:
    """ "Frau Mag. Anna Müller", "Frau Teresa Kral, BA" – as cards, lists, exports and history show
    it (the rule: domain/names.py); "Ms Mag. Anna Müller" in English."""
    try:
        shown = Salutation(salutation).label(language) if salutation != "divers" else ""
    except ValueError:  # a salutation this version does not know shows as stored
        shown = salutation
    return person_name(shown, title, first_name, last_name)


def contact_search_text(
    first_name: str,
    last_name: str,
    position: str,
    department: str,
    emails: list[str],
    phone_digits: list[str],
) -> str:
    """The folded text search (R10) runs over: names, position, department, e-mails, phone digits.

    The location's name and city are searched through the location's own folded text, so
    renaming a location rewrites one row, not all its contacts.
    """
    text = searchable(" ".join(p for p in (first_name, last_name, position, department, *emails) if p))
    return " ".join(p for p in (text, *phone_digits) if p)


def derived_columns(
    first_name: str, last_name: str, position: str, department: str, channels: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """The stored columns that follow from a contact's data: folded search text (R10) and the
    phonetic name key (B3). ``channels`` are (kind, normalised value) pairs."""
    pairs = list(channels)
    return {
        "search_text": contact_search_text(
            first_name,
            last_name,
            position,
            department,
            [value for kind, value in pairs if kind == "email"],
            [phone_search_digits(value) for kind, value in pairs if kind != "email"],
        ),
        "search_name": contact_search_name(first_name, last_name),
        "name_key": phonetic_key(first_name, last_name)[:120],
    }


def contact_search_name(first_name: str, last_name: str) -> str:
    """The folded first and last name: global search ranks name matches first (R10, B8)."""
    return searchable(" ".join(p for p in (first_name, last_name) if p))


def location_search_text(name: str, city: str, postal_code: str) -> str:
    return searchable(" ".join(p for p in (name, postal_code, city) if p))


def validate_inactive_until(until: datetime.date | None, today: datetime.date) -> None:
    if until is not None and until < today:
        raise ValidationError(
            Problem(
                "inactive_until",
                "Das „bis“-Datum liegt in der Vergangenheit.",
                "The “until” date is in the past.",
            )
        )


# A contact's fields as the user names them: one table for merge rows, history texts and the
# "changed meanwhile" question.
FIELD_LABELS_DE: dict[str, str] = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "position": "Position",
    "department": "Abteilung",
    "notes": "Notizen",
    "location": "Standort",
    "role": "Kundenrolle",
    "username": "Benutzername",
    "channels": "Kontaktdaten",
    "email": "E-Mail",
    "phone": "Telefon",
    "active": "Status",
}
FIELD_LABELS_EN: dict[str, str] = {
    "salutation": "Salutation",
    "title": "Title",
    "first_name": "First name",
    "last_name": "Last name",
    "position": "Position",
    "department": "Department",
    "notes": "Notes",
    "location": "Location",
    "role": "Client role",
    "username": "Username",
    "channels": "Contact details",
    "email": "E-mail",
    "phone": "Phone",
    "active": "Status",
}


def field_label(field: str, language: str = "de") -> str:
    return (FIELD_LABELS_DE if language == "de" else FIELD_LABELS_EN)[field]
