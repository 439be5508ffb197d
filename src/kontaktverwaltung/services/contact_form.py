"""The contact dialog's one save (S7–S13, B11): everything the form holds, in one step."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kontaktverwaltung.domain.channels import validate_channels
from kontaktverwaltung.domain.contact import ContactInput, InactiveReason, display_name
from kontaktverwaltung.domain.text import sort_key
from kontaktverwaltung.services import contacts, portal
from kontaktverwaltung.services.common import Context, Done, combined
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.db import transaction


@dataclass(frozen=True, slots=True)
class ContactForm:
    """What the contact dialog hands over: the data, the active state and a new password."""

    data: ContactInput
    active: bool = True
    inactive_reason: InactiveReason | None = None
    inactive_until: datetime.date | None = None
    successor_id: int | None = None  # B11: who takes over jobs and role of a contact who left
    new_password: str | None = None  # S13: None keeps the password as it is


@dataclass(frozen=True, slots=True)
class ContactState:
    """What the dialog shows beside the card's data when it opens an existing contact."""

    contact_id: int
    version: int
    username: str
    active: bool
    inactive_reason: InactiveReason | None
    inactive_until: datetime.date | None
    has_password: bool
    location_id: int = 0


def contact_state(contact_id: int) -> ContactState:
    row = repo.contact_row(contact_id)
    reason = row["inactive_reason"] or None
    return ContactState(
        contact_id,
        row["version"],
        row["username"] or "",
        bool(row["active"]),
        InactiveReason(reason) if reason else None,
        row["inactive_until"],
        bool(row["password_hash"]),
        row["location"],
    )


def successors(contact_id: int, language: str = "de") -> list[tuple[int, str]]:
    """Who can take over when the contact leaves the company (B11): the customer's other active
    contacts, by name."""
    people = [
        (cid, display_name(sal, title, first, last, language), last, first)
        for cid, sal, title, first, last in repo.active_colleagues(contact_id)
    ]
    people.sort(key=lambda p: (sort_key(p[2]), sort_key(p[3]), p[0]))
    return [(cid, name) for cid, name, _, _ in people]


def open_jobs(contact_id: int) -> int:
    """How many open jobs the contact is responsible for (handed over with B11)."""
    return len(repo.open_job_ids_of(contact_id))


def save_contact(ctx: Context, contact_id: int | None, version: int | None, form: ContactForm) -> Done[int]:
    """Create (``contact_id`` None) or change a contact with all the dialog holds, as ONE
    transaction and ONE undo step: its location (R8: another one moves it there), data and
    channels (S7, S10, R11), username (S8, R1), role (S11), active state with reason and "bis"
    date (S9, R5) and hand-over to a successor (B11), and a new portal password (S13, R4). If any
    part is refused, nothing is saved. Returns the contact's id."""
    parts = []
    with transaction():
        if contact_id is None:
            created = contacts.create_contact(ctx, form.data)
            contact_id = created.value
            parts.append(created.change)
            was_active, was_reason, was_until = True, None, None
        else:
            before = contact_state(contact_id)
            if form.data.location_id is not None and before.location_id != form.data.location_id:
                # Another location chosen in the form: a move (R8, recorded as one), then the rest.
                moved = contacts.move_contact(ctx, contact_id, version, form.data.location_id)
                parts.append(moved.change)
                version = moved.value
            parts.append(contacts.edit_contact(ctx, contact_id, version, form.data).change)
            was_active, was_reason, was_until = before.active, before.inactive_reason, before.inactive_until
        wanted = (
            form.active,
            None if form.active else form.inactive_reason,
            None if form.active else form.inactive_until,
        )
        if wanted != (was_active, was_reason, was_until):
            parts.append(
                contacts.set_active(
                    ctx,
                    contact_id,
                    None,
                    form.active,
                    form.inactive_reason,
                    form.inactive_until,
                    form.successor_id,
                ).change
            )
        if form.new_password:
            # R2 before set_password does it: only the form knows the row each address was typed
            # in (a blank row above counts), so the message appears at the right field.
            channels, _problems = validate_channels(form.data.channels, ctx.region)
            emails = [c for c in channels if not c.kind.is_phone]
            contacts.check_login_emails(
                [(c.display, c.normalized) for c in emails], [contact_id], [c.row for c in emails]
            )
            parts.append(portal.set_password(ctx, contact_id, form.new_password).change)
    # The undo entry is named after the first part that changed something ("… deaktivieren" when
    # only the status changed); a save without any change leaves no undo entry at all.
    return Done(contact_id, combined(next((p.description for p in parts if p), parts[0].description), *parts))
