"""What an export reads of a contact: one flat row with its customer, location and channels."""

from __future__ import annotations

from typing import NamedTuple


class ExportChannel(NamedTuple):
    kind: str  # ChannelKind value: email | phone | mobile | fax
    display: str  # as shown in the app (e-mail as typed, phone formatted)
    normalized: str  # e-mail lower-case, phone E.164
    label: str  # e-mail: Arbeit/Privat/Sonstige; phones: free text
    primary: bool


class ExportContact(NamedTuple):
    """One contact with everything an export writes. A NamedTuple: the reference set's 200,000
    of them are built at C speed."""

    id: int
    customer_number: str
    customer_name: str
    location_name: str
    street: str
    postal_code: str
    city: str
    country: str  # ISO 3166 code, e.g. "AT"
    salutation: str
    title: str
    first_name: str
    last_name: str
    position: str
    department: str
    notes: str
    role_name: str
    channels: tuple[ExportChannel, ...]  # primary first within each kind, then in the form's order

    def of_kind(self, kind: str) -> list[ExportChannel]:
        return [c for c in self.channels if c.kind == kind]


def ordered_channels(channels: list[ExportChannel]) -> tuple[ExportChannel, ...]:
    """Channels in the form's order with the primary of each kind moved first (stable otherwise)."""
    return tuple(sorted(channels, key=lambda c: not c.primary)) if len(channels) > 1 else tuple(channels)


def international_phone(display: str, normalized: str) -> str:
    """A phone number readable and unambiguous outside its country: "+43 664 1234567".

    The app shows numbers of the home region nationally ("0664 1234567") and all others
    internationally. Written into a file, a national number would be read with the wrong country
    code by anyone abroad, so the trunk "0" becomes the country code, keeping the grouping.
    Everything else falls back to E.164 ("+436641234567"). No phone library here: the reference
    set has 200,000 numbers and parsing each would cost seconds.
    """
    if display.startswith("+"):
        return display
    national = "".join(filter(str.isdigit, display))
    if national.startswith("0") and len(national) > 1 and normalized.endswith(national[1:]):
        country = normalized[1 : len(normalized) - len(national) + 1]
        if country.isdigit():
            return f"+{country} {display.lstrip()[1:].lstrip()}"
    return normalized
