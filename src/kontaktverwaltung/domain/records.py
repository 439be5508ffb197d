"""Plain data the services hand to the UI and CLI: everything a view shows, no further queries."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility, Readiness


@dataclass(frozen=True, slots=True)
class CustomerView:
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


@dataclass(frozen=True, slots=True)
class ContactCard:
    id: int
    version: int
    customer_id: int
    location_id: int
    salutation: str
    title: str
    first_name: str
    last_name: str
    display_name: str
    position: str
    department: str
    notes: str
    username: str | None
    has_password: bool
    active: bool
    inactive_reason: str
    inactive_until: datetime.date | None
    role_id: int | None
    role_name: str
    channels: tuple[ChannelView, ...]
    readiness: Readiness
    search_text: str
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @property
    def emails(self) -> tuple[ChannelView, ...]:
        return tuple(c for c in self.channels if c.kind == "email")

    @property
    def phones(self) -> tuple[ChannelView, ...]:
        return tuple(c for c in self.channels if c.kind != "email")

    @property
    def primary_email(self) -> str:
        return next((c.display for c in self.emails if c.is_primary), "")

    @property
    def primary_phone(self) -> str:
        return next((c.display for c in self.phones if c.is_primary), "")


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

    def contacts_at(self, location_id: int) -> list[ContactCard]:
        return [c for c in self.contacts if c.location_id == location_id]


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
        parts = [
            f"{self.jobs} Job{'s' if self.jobs != 1 else ''}",
            f"{self.history_entries} History-Einträge" if self.history_entries != 1 else "1 History-Eintrag",
        ]
        if self.portal_login:
            parts.append("1 Portalzugang")
        return ", ".join(parts)


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
        parts = [
            f"{self.jobs} Job{'s' if self.jobs != 1 else ''}",
            f"{self.history_entries} History-Einträge" if self.history_entries != 1 else "1 History-Eintrag",
            f"{1 if self.portal_login else 0} Portalzugang",
        ]
        return ", ".join(parts) + (" werden übernommen" if sum((self.jobs, self.history_entries)) != 1 else " wird übernommen")


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
