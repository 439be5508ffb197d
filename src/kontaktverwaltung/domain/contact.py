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
from kontaktverwaltung.domain.errors import Problem, ValidationError
from kontaktverwaltung.domain.messages import Message, T, german, joined, plain, render
from kontaktverwaltung.domain.names import person_name
from kontaktverwaltung.domain.storable import text_problems
from kontaktverwaltung.domain.text import searchable


class Salutation(enum.StrEnum):
    NONE = ""
    HERR = "Herr"
    FRAU = "Frau"
    DIVERS = "divers"

    def label(self) -> str:
        """As the card shows it: the stored German word, translated ("Mr"/"Ms" in English)."""
        return render(Message(_SALUTATIONS[self.value])) if self.value else ""


class InactiveReason(enum.StrEnum):
    """Why a contact is inactive (S9), in the words of Austria (Karenz, Bildungskarenz), Germany
    (Elternzeit, Mutterschutz) and Switzerland (Mutterschaftsurlaub): offered in this order."""

    KARENZ = "Karenz"
    ELTERNZEIT = "Elternzeit"
    MUTTERSCHUTZ = "Mutterschutz"
    MUTTERSCHAFTSURLAUB = "Mutterschaftsurlaub"
    BILDUNGSKARENZ = "Bildungskarenz"
    KRANKHEIT = "Krankheit"
    AUSGESCHIEDEN = "Ausgeschieden"
    SONSTIGES = "Sonstiges"

    @property
    def label_de(self) -> str:
        return self.value

    @property
    def text(self) -> Message:
        return Message(_REASONS[self.value])

    def label(self) -> str:
        return render(self.text)


# The stored German words, marked for the catalogue (English: Mr, Ms, Mx; Parental leave …).
_SALUTATIONS = {"Herr": T("Herr"), "Frau": T("Frau"), "divers": T("divers")}
_REASONS = {
    "Karenz": T("Karenz"),
    "Elternzeit": T("Elternzeit"),
    "Mutterschutz": T("Mutterschutz"),
    "Mutterschaftsurlaub": T("Mutterschaftsurlaub"),
    "Bildungskarenz": T("Bildungskarenz"),
    "Krankheit": T("Krankheit"),
    "Ausgeschieden": T("Ausgeschieden"),
    "Sonstiges": T("Sonstiges"),
}


def salutation_text(salutation: str) -> Message:
    """A stored salutation as a text ("Frau" → "Ms" in English); one this version does not know as stored."""
    return Message(_SALUTATIONS[salutation]) if salutation in _SALUTATIONS else plain(salutation)


def reason_text(reason: str) -> Message:
    """A stored inactive reason as a text; one this version does not know shows as stored."""
    return Message(_REASONS[reason]) if reason in _REASONS else plain(reason)


def reason_label(reason: str) -> str:
    """A stored inactive reason in the installed language."""
    return render(reason_text(reason))


TEXT_LIMITS = {
    "title": 40,
    "first_name": 100,
    "last_name": 100,
    "position": 150,
    "department": 150,
    "notes": 10_000,
}


class NamedPerson:
    """A record of a person's salutation, title, first and last name, and how it names them:
    ``name_text`` for a text of the core, ``display_name`` as stored (German salutation: search,
    export, what is kept), ``name()`` in the installed language."""

    __slots__ = ()
    salutation: str
    title: str
    first_name: str
    last_name: str

    @property
    def name_text(self) -> Message:
        return name_text(self.salutation, self.title, self.first_name, self.last_name)

    @property
    def display_name(self) -> str:
        return german(self.name_text)

    def name(self) -> str:
        return display_name(self.salutation, self.title, self.first_name, self.last_name)


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
class ValidContact(NamedPerson):
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
        problems.append(Problem.of(T("Bitte einen Nachnamen oder Vornamen eingeben."), "last_name"))
    problems.extend(text_problems(texts, lines=("notes",)))
    for name, limit in TEXT_LIMITS.items():
        if len(texts[name]) > limit:
            problems.append(Problem.of(T("Höchstens {limit} Zeichen erlaubt."), name, limit=limit))
    if data.location_id is None:
        problems.append(Problem.of(T("Bitte einen Standort wählen."), "location"))
    try:
        salutation = Salutation(data.salutation)
    except ValueError:
        salutation = Salutation.NONE
        problems.append(Problem.of(T("Bitte Herr, Frau, divers oder keine Anrede wählen."), "salutation"))
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


def name_text(salutation: str, title: str, first_name: str, last_name: str) -> Message:
    """ "Frau Mag. Anna Müller", "Frau Teresa Kral, BA" (the rule: domain/names.py) as a text whose
    salutation is translated when shown ("Ms Mag. Anna Müller" in English); "divers" shows none,
    one this version does not know shows as stored."""
    parts: list[Message | str] = []
    if salutation and salutation != "divers":
        parts.append(salutation_text(salutation))
    rest = person_name("", title, first_name, last_name)
    if rest:
        parts.append(rest)
    return joined(parts, " ")


def display_name(salutation: str, title: str, first_name: str, last_name: str) -> str:
    """The name as cards, lists and the history show it, in the installed language (``name_text``)."""
    return render(name_text(salutation, title, first_name, last_name))


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
    from kontaktverwaltung.domain.duplicates import phonetic_key  # (saving a contact; not at start)

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
        raise ValidationError(Problem.of(T("Das „bis“-Datum liegt in der Vergangenheit."), "inactive_until"))


# A contact's fields as the user names them: one table for merge rows, history texts and the
# "changed meanwhile" question (German source texts, translated by the catalogue).
FIELD_LABELS: dict[str, str] = {
    "salutation": T("Anrede"),
    "title": T("Titel"),
    "first_name": T("Vorname"),
    "last_name": T("Nachname"),
    "position": T("Position"),
    "department": T("Abteilung"),
    "notes": T("Notizen"),
    "location": T("Standort"),
    "role": T("Kundenrolle"),
    "username": T("Benutzername"),
    "channels": T("Kontaktdaten"),
    "email": T("E-Mail"),
    "phone": T("Telefon"),
    "active": T("Status"),
}


def field_text(field: str) -> Message:
    return Message(FIELD_LABELS[field])


def field_label(field: str) -> str:
    """The field's name in the installed language."""
    return render(field_text(field))
