"""The printable contact sheet of a customer (R13): locations with their people, as plain data."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kontaktverwaltung.domain.contact import NamedPerson


@dataclass(frozen=True, slots=True)
class SheetPerson(NamedPerson):
    salutation: str
    title: str
    first_name: str
    last_name: str
    position: str
    department: str
    role: str
    active: bool
    emails: tuple[str, ...]  # primary first
    phones: tuple[tuple[str, str], ...]  # (kind, number as shown), primary first


@dataclass(frozen=True, slots=True)
class SheetLocation:
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    phone: str
    people: tuple[SheetPerson, ...]  # by last name, first name

    @property
    def address(self) -> str:
        """ "Ringstraße 1, 1010 Wien" – what is known of it."""
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.street, town) if part)


@dataclass(frozen=True, slots=True)
class ContactSheet:
    customer_number: str
    customer_name: str
    locations: tuple[SheetLocation, ...]  # in the panel's order
    made_on: datetime.date

    @property
    def people(self) -> int:
        return sum(len(location.people) for location in self.locations)
