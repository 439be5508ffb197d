"""Plain data the services hand to the UI and CLI: everything a view shows, no further queries."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from kontaktverwaltung.domain.contact import display_name, name_text
from kontaktverwaltung.domain.messages import Message, T, counts, german, msg, render
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility, Readiness, portal_readiness
from kontaktverwaltung.domain.text import sort_key


class CustomerView(NamedTuple):
    id: int
    version: int
    number: str
    name: str
    notes: str
    city: str  # of the first location, for the customer list
    contact_count: int = 0


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
class ContactRow:
    """One contact as stored, read once by a use case (all columns, links as ids): what services
    decide on instead of a dict of columns. The name is built by the one rule (domain/names.py)."""

    id: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
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
    password_hash: str | None
    password_set_at: datetime.datetime | None
    active: bool
    inactive_reason: str
    inactive_until: datetime.date | None
    role_id: int | None
    search_text: str
    search_name: str
    name_key: str

    @property
    def display_name(self) -> str:
        """The name as stored, German salutation (search, export, what is kept)."""
        return german(self.name_text)

    @property
    def name_text(self) -> Message:
        """The name for a text of the core: the salutation translated when shown."""
        return name_text(self.salutation, self.title, self.first_name, self.last_name)

    def name(self) -> str:
        """The display name in the installed language."""
        return display_name(self.salutation, self.title, self.first_name, self.last_name)

    @property
    def has_login(self) -> bool:
        """Whether the contact can be given portal access by e-mail (a password is set, R2)."""
        return bool(self.password_hash)


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document stored with a customer (S14), without its content."""

    id: int
    customer_id: int
    file_name: str
    size: int  # bytes
    added_at: datetime.datetime
    added_by: str


@dataclass(frozen=True, slots=True)
class RoleView:
    id: int
    version: int
    name: str
    job_visibility: JobVisibility
    applicant_data: ApplicantData
    position: int
    contact_count: int = 0


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


@dataclass(frozen=True, slots=True)
class JobView:
    id: int
    version: int
    customer_id: int
    title: str
    location_id: int | None
    responsible_id: int | None
    responsible_name: str
    is_open: bool
    released: bool
    released_at: datetime.datetime | None


@dataclass(frozen=True, slots=True)
class HistoryItem:
    id: int
    customer_id: int
    contact_id: int | None
    location_id: int | None
    kind: str
    text: str
    author: str
    at: datetime.datetime
    params: str | None = None

    def message(self) -> str:
        """What the entry says, in the installed language (schema 11: a text id and its values)."""
        from kontaktverwaltung.domain.history_texts import decode

        return render(decode(self.params)) if self.params else self.text


@dataclass(frozen=True, slots=True)
class SearchHit:
    contact_id: int
    customer_id: int
    customer_number: str
    customer_name: str
    location_id: int
    location_name: str
    display_name: str
    position: str
    primary_email: str
    primary_phone: str
    active: bool
    salutation: str = ""

    def name(self) -> str:
        """The display name in the installed language: only the salutation it starts with is translated."""
        if not self.salutation or not self.display_name.startswith(self.salutation + " "):
            return self.display_name
        shown = display_name(self.salutation, "", "", "")
        return f"{shown} {self.display_name[len(self.salutation) + 1 :]}".strip()


@dataclass(frozen=True, slots=True)
class DeleteImpact:
    """What deleting a contact loses (R6): the dialog shows these counts."""

    contact_id: int
    display_name: str
    jobs: int
    history_entries: int
    portal_login: bool
    channels: int

    @property
    def summary_de(self) -> str:
        return german(_taken_over(self.jobs, self.history_entries, self.portal_login))

    def summary(self) -> str:
        """What is lost, e.g. "2 Jobs, 12 History-Einträge und 1 Portalzugang" ("" for nothing)."""
        return render(_taken_over(self.jobs, self.history_entries, self.portal_login))


def _taken_over(jobs: int, history_entries: int, portal_login: bool) -> Message:
    """ "2 Jobs, 12 History-Einträge und 1 Portalzugang" – what a deletion loses or a merge moves."""
    return counts(
        (jobs, T("{count:n} Job"), T("{count:n} Jobs")),
        (history_entries, T("{count:n} History-Eintrag"), T("{count:n} History-Einträge")),
        (int(portal_login), T("{count:n} Portalzugang"), T("{count:n} Portalzugänge")),
    )


@dataclass(frozen=True, slots=True)
class MergePreview:
    """Exact counts of what moves to the survivor (R7), shown before merging."""

    survivor_id: int
    other_id: int
    suggested_survivor_id: int
    differing_fields: tuple[str, ...]
    jobs: int
    history_entries: int
    portal_login: bool
    both_have_login: bool
    channels_moving: int
    channels_duplicate: int
    not_duplicate_marks: int

    @property
    def summary_de(self) -> str:
        return german(self.text)

    def summary(self) -> str:
        """What the survivor takes over, as a sentence, in the installed language."""
        return render(self.text)

    @property
    def text(self) -> Message:
        if not (self.jobs or self.history_entries or self.portal_login):
            return Message(T("Es gibt keine Jobs, History oder Portalzugang zu übernehmen"))
        return msg(
            T("Übernommen werden: {taken}"), taken=_taken_over(self.jobs, self.history_entries, self.portal_login)
        )


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    a: ContactCard
    b: ContactCard
    reasons: tuple[str, ...]
    score: int


@dataclass(frozen=True, slots=True)
class PortalPreview:
    """What the contact would see in the portal (B7)."""

    contact_id: int
    readiness: Readiness
    role_name: str
    job_visibility: JobVisibility
    applicant_data: ApplicantData
    jobs: tuple[JobView, ...]
