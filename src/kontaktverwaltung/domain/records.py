"""Plain data the services hand to the UI and CLI: everything a view shows, no further queries.
Only what the main window needs from its start is here; the results of single actions (their
dialogs, the CLI) are in domain/results.py, loaded when first used (issue 15)."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from kontaktverwaltung.domain.contact import display_name, name_text
from kontaktverwaltung.domain.messages import Message, german
from kontaktverwaltung.domain.portal import Readiness, portal_readiness
from kontaktverwaltung.domain.text import sort_key

if TYPE_CHECKING:
    from kontaktverwaltung.domain.results import RoleView


class CustomerView(NamedTuple):
    id: int
    version: int
    number: str
    name: str
    notes: str
    city: str  # of the first location, for the customer list
    contact_count: int = 0


class FirstCustomers(NamedTuple):
    """The start of the customer list read before the database is open (issue 15)."""

    total: int  # how many customers there are in all
    customers: list[CustomerView]  # the first of them, in the list's order


@dataclass(frozen=True, slots=True)
class LocationView:
    id: int
    version: int
    customer_id: int
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    phone: str
    position: int
    search_text: str

    @property
    def address(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, place) if p)


@dataclass(frozen=True, slots=True)
class ChannelView:
    id: int
    kind: str
    value: str
    normalized: str
    display: str
    label: str
    is_primary: bool
    position: int


class ContactCard(NamedTuple):
    """One contact card (S4, B12): exactly the row the store selects, so ten thousand of them
    are built at C speed; everything derived is computed when a card is shown."""

    id: int
    version: int
    customer_id: int
    location_id: int
    salutation: str
    title: str
    first_name: str
    last_name: str
    position: str
    department: str
    notes: str
    username: str | None
    has_password: bool
    active: bool
    inactive_reason: str
    inactive_until_raw: datetime.date | str | None  # SQLite hands back text
    role_id: int | None
    role_name: str
    primary_email: str  # as shown
    email_address: str  # normalised, for mailto:
    primary_phone: str  # as shown
    phone_e164: str  # for tel:
    search_text: str
    customer_has_released_job: bool
    primary_phone_kind: str  # ChannelKind value of the primary phone: phone | mobile | fax ("": none)
    channel_count: int  # e-mails and phones in all

    @property
    def more_channels(self) -> int:
        """E-mails and phones beyond the two the card shows: its "+N"."""
        return self.channel_count - bool(self.primary_email) - bool(self.primary_phone)

    @property
    def display_name(self) -> str:
        """The name as stored, German salutation (search, export)."""
        return german(self.name_text)

    @property
    def name_text(self) -> Message:
        return name_text(self.salutation, self.title, self.first_name, self.last_name)

    def name(self) -> str:
        """The display name in the installed language (the salutation is translated, the rest is as typed)."""
        return display_name(self.salutation, self.title, self.first_name, self.last_name)

    @property
    def inactive_until(self) -> datetime.date | None:
        value = self.inactive_until_raw
        if value is None or isinstance(value, datetime.date):
            return value
        return datetime.date.fromisoformat(str(value)[:10])

    @property
    def readiness(self) -> Readiness:
        return portal_readiness(bool(self.active), bool(self.has_password), bool(self.customer_has_released_job))


@dataclass(frozen=True, slots=True)
class CustomerPanel:
    """A customer with its locations and contact cards: "Standorte und Ansprechpartner" (S1)."""

    customer: CustomerView
    locations: tuple[LocationView, ...]
    contacts: tuple[ContactCard, ...]
    roles: tuple[RoleView, ...]
    has_released_job: bool
    documents: tuple[str, ...] = ()  # file names, newest first
    # A big customer opens with its first screenful of cards (issue 15): the locations whose
    # cards are still to come, in the groups they are read in. Empty: every card is here.
    pending: tuple[tuple[int, ...], ...] = ()

    @property
    def complete(self) -> bool:
        return not self.pending

    def contacts_at(self, location_id: int) -> list[ContactCard]:
        return [c for c in self.contacts if c.location_id == location_id]

    def with_cards(self, location_ids: tuple[int, ...], cards: Iterable[ContactCard]) -> CustomerPanel:
        """The panel with every card of these locations (read as one of the pending groups) in."""
        wanted, cards = set(location_ids), list(cards)
        read = {c.id for c in cards}  # a card moved meanwhile is where it is now, once
        kept = [c for c in self.contacts if c.location_id not in wanted and c.id not in read]
        pending = tuple(group for group in self.pending if not wanted.issuperset(group))
        # Each location's cards in order as they come; all of them once the last have come.
        contacts = kept + sorted(cards, key=card_order)
        return dataclasses.replace(
            self, contacts=tuple(sorted(contacts, key=card_order) if not pending else contacts), pending=pending
        )


def card_order(card: ContactCard) -> tuple[str, str, int]:
    """The order of the cards (by last name, then first name, as a German reader files them).
    Sorted in Python: cheaper than the database's sort for thousands of rows, and the same on
    every backend."""
    return (sort_key(card.last_name), sort_key(card.first_name), card.id)
