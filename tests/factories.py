"""Small builders for test data, through the real services (so every row is valid)."""

from __future__ import annotations

import itertools

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import ContactInput, Salutation
from kontaktverwaltung.services import contacts, customers, locations
from kontaktverwaltung.services.common import Context

_numbers = itertools.count(1)


def make_customer(ctx: Context, name: str = "Alpenbau GmbH", number: str | None = None) -> int:
    return customers.create_customer(ctx, customers.CustomerInput(number or f"K-{next(_numbers)}", name)).value


def make_location(ctx: Context, customer_id: int, name: str = "Zentrale", city: str = "Wien") -> int:
    return locations.create_location(
        ctx, customer_id, locations.LocationInput(name, "Ringstraße 1", "1010", city)
    ).value


def contact_input(
    location_id: int | None,
    first: str = "Anna",
    last: str = "Berger",
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    **fields: object,
) -> ContactInput:
    channels = [ChannelInput(ChannelKind.EMAIL, e, primary=i == 0) for i, e in enumerate(emails)]
    channels += [ChannelInput(ChannelKind.PHONE, p, primary=i == 0) for i, p in enumerate(phones)]
    values: dict[str, object] = {"salutation": Salutation.FRAU, **fields}
    return ContactInput(location_id, first, last, channels=channels, **values)  # type: ignore[arg-type]


def make_contact(
    ctx: Context,
    location_id: int,
    first: str = "Anna",
    last: str = "Berger",
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    **fields: object,
) -> int:
    return contacts.create_contact(ctx, contact_input(location_id, first, last, emails, phones, **fields)).value
