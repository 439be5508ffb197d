"""E-mail addresses and phone numbers of a contact (S10, R11)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kontaktverwaltung.domain.errors import Problem
from kontaktverwaltung.domain.messages import Message, T, render
from kontaktverwaltung.domain.storable import text_problem
from kontaktverwaltung.domain.text import digits

if TYPE_CHECKING:
    import phonenumbers

# phonenumbers and email_validator are imported where they are used: together they take 60 ms to
# import, which the window would otherwise wait for at every start.

DEFAULT_REGION = "AT"
LABEL_LIMIT = 50  # the column's width: a longer label is refused, never cut
LABEL_TOO_LONG = T("Die Bezeichnung darf höchstens {limit} Zeichen haben.")


class ChannelKind(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    FAX = "fax"

    @property
    def is_phone(self) -> bool:
        return self is not ChannelKind.EMAIL

    @property
    def text(self) -> Message:
        return Message(_KIND_LABELS[self.value])

    def label(self) -> str:
        """The kind as the form names it, in the installed language."""
        return render(self.text)


_KIND_LABELS = {"email": T("E-Mail"), "phone": T("Telefon"), "mobile": T("Mobil"), "fax": T("Fax")}


@dataclass(frozen=True, slots=True)
class ChannelInput:
    """A channel as typed in a form or an import file."""

    kind: ChannelKind
    value: str
    label: str = ""
    primary: bool = False


@dataclass(frozen=True, slots=True)
class Channel:
    """A validated channel: ``normalized`` compares (E.164, lower-case e-mail), ``display`` shows."""

    kind: ChannelKind
    value: str
    normalized: str
    display: str
    label: str
    primary: bool
    position: int
    row: int = 0  # the form row it was typed in, counted within its group (emails[row], phones[row])

    @property
    def search_digits(self) -> str:
        return phone_search_digits(self.normalized) if self.kind.is_phone else ""


def phone_search_digits(e164: str) -> str:
    """National and international digits, so "0664 1234" and "+43 664" both find the number."""
    import phonenumbers

    number = phonenumbers.parse(e164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return f"{digits(national)} {digits(e164)}"


# A plain address: letters and digits with single . _ + - between them, "@", ASCII domain labels
# that start and end with a letter or digit, a top-level domain of letters. email_validator accepts
# every such address (tests/domain/test_plain_emails.py checks it against the library) and returns
# it with the domain lower-cased; ``_plain_email`` gives that result without its cost (an import
# reads 20,000 addresses at once). Anything else, and the limits, go to email_validator.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9]+(?:[._+-][A-Za-z0-9]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def _plain_email(text: str) -> str | None:
    """The display form email_validator gives a plain address, or None: let the library decide."""
    if len(text) > 254 or "--" in text or not _PLAIN_EMAIL.fullmatch(text):
        return None
    local, _, domain = text.rpartition("@")
    if len(local) > 64 or len(domain) > 253:
        return None
    from email_validator import SPECIAL_USE_DOMAIN_NAMES

    domain = domain.lower()
    if any(domain == name or domain.endswith("." + name) for name in SPECIAL_USE_DOMAIN_NAMES):
        return None
    return f"{local}@{domain}"


def normalize_email(value: str, field: str) -> tuple[str, str] | Problem:
    """Return (normalized, display) or the problem to show at the field."""
    text = value.strip()
    plain = _plain_email(text)
    if plain is not None:
        return plain.lower(), plain
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return Problem.of(T("„{text}“ ist keine gültige E-Mail-Adresse (Beispiel: name@firma.at)."), field, text=text)
    return result.normalized.lower(), result.normalized


def normalize_phone(value: str, field: str, region: str = DEFAULT_REGION) -> tuple[str, str] | Problem:
    """Parse a phone number as typed; return (E.164, formatted for display) or the problem."""
    text = value.strip()
    problem = Problem.of(
        T(
            "„{text}“ ist keine gültige Telefonnummer. Bitte mit Vorwahl eingeben, z. B. 0664 "
            "1234567 oder +49 30 1234567."
        ),
        field,
        text=text,
    )
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return problem
    if not phonenumbers.is_valid_number(number):
        return problem
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        format_phone(number, region),
    )


def format_phone(number: phonenumbers.PhoneNumber, region: str = DEFAULT_REGION) -> str:
    """National format for numbers of the home region, international for the others."""
    import phonenumbers

    home = phonenumbers.region_code_for_number(number) == region
    style = phonenumbers.PhoneNumberFormat.NATIONAL if home else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def validate_channels(inputs: list[ChannelInput], region: str = DEFAULT_REGION) -> tuple[list[Channel], list[Problem]]:
    """Validate, drop blank rows and duplicates, and make exactly one primary per group.

    Field names are ``emails[i]`` and ``phones[i]``, counted within each group as the form shows
    them. E-mails form one group, all phone kinds the other.
    """
    channels: list[Channel] = []
    problems: list[Problem] = []
    seen: set[tuple[bool, str]] = set()
    counters = {False: 0, True: 0}
    for item in inputs:
        is_phone = item.kind.is_phone
        index = counters[is_phone]
        counters[is_phone] += 1
        if not item.value.strip():
            continue
        field = f"{'phones' if is_phone else 'emails'}[{index}]"
        label = item.label.strip()
        unstorable = text_problem(field, item.value) or text_problem(field, label)
        if unstorable is not None:
            problems.append(unstorable)
            continue
        if len(label) > LABEL_LIMIT:
            problems.append(Problem.of(LABEL_TOO_LONG, field, limit=LABEL_LIMIT))
            continue
        result = normalize_phone(item.value, field, region) if is_phone else normalize_email(item.value, field)
        if isinstance(result, Problem):
            problems.append(result)
            continue
        normalized, display = result
        if (is_phone, normalized) in seen:
            continue
        seen.add((is_phone, normalized))
        channels.append(
            Channel(
                item.kind,
                item.value.strip(),
                normalized,
                display,
                label,
                item.primary,
                len(channels),
                index,
            )
        )
    return _one_primary_per_group(channels), problems


def _one_primary_per_group(channels: list[Channel]) -> list[Channel]:
    result: list[Channel] = []
    for is_phone in (False, True):
        group = [c for c in channels if c.kind.is_phone == is_phone]
        primary_index = next((i for i, c in enumerate(group) if c.primary), 0)
        result.extend(replace(c, primary=i == primary_index) for i, c in enumerate(group))
    return [replace(c, position=position) for position, c in enumerate(result)]
