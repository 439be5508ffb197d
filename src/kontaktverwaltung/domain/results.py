"""Plain data that single use cases hand to their dialogs and the CLI: the results of one action,
loaded when that action is first used, not at start (issue 15: each frozen, slotted dataclass costs
~0.6 ms to create, and domain/records.py is imported before the main window shows)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kontaktverwaltung.domain.contact import NamedPerson, display_name
from kontaktverwaltung.domain.messages import Message, Summarised, T, counts, msg, render
from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility, Readiness

if TYPE_CHECKING:
    from kontaktverwaltung.domain.records import ContactCard


@dataclass(frozen=True, slots=True)
class ContactRow(NamedPerson):
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
class DeleteImpact(Summarised):
    """What deleting a contact loses (R6): the dialog shows these counts."""

    contact_id: int
    display_name: str
    jobs: int
    history_entries: int
    portal_login: bool
    channels: int

    @property
    def text(self) -> Message:
        """What is lost, e.g. "2 Jobs, 12 History-Einträge und 1 Portalzugang" ("" for nothing)."""
        return _taken_over(self.jobs, self.history_entries, self.portal_login)


def _taken_over(jobs: int, history_entries: int, portal_login: bool) -> Message:
    """ "2 Jobs, 12 History-Einträge und 1 Portalzugang" – what a deletion loses or a merge moves."""
    return counts(
        (jobs, T("{count:n} Job"), T("{count:n} Jobs")),
        (history_entries, T("{count:n} History-Eintrag"), T("{count:n} History-Einträge")),
        (int(portal_login), T("{count:n} Portalzugang"), T("{count:n} Portalzugänge")),
    )


@dataclass(frozen=True, slots=True)
class MergePreview(Summarised):
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
    def text(self) -> Message:
        """What the survivor takes over, as a sentence."""
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
