"""The contact dialog's one save (S7–S13, B11): everything the form holds, in one step."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import Any

from kontaktverwaltung.domain.contact import ContactInput, InactiveReason, display_name, validate_contact
from kontaktverwaltung.domain.errors import RuleViolation
from kontaktverwaltung.domain.messages import T, msg
from kontaktverwaltung.domain.text import sort_key
from kontaktverwaltung.services import contacts, portal
from kontaktverwaltung.services.common import Context, Done, combined
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.changes import Recorder
from kontaktverwaltung.store.db import IntegrityError, transaction
from kontaktverwaltung.store.models import Contact


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
    row = repo.contact(contact_id)
    reason = row.inactive_reason or None
    return ContactState(
        contact_id,
        row.version,
        row.username or "",
        row.active,
        InactiveReason(reason) if reason else None,
        row.inactive_until,
        row.has_login,
        row.location_id,
    )


def successors(contact_id: int) -> list[tuple[int, str]]:
    """Who can take over when the contact leaves the company (B11): the customer's other active
    contacts, by name."""
    people = [
        (cid, display_name(sal, title, first, last), last, first)
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
    part is refused, nothing is saved. Returns the contact's id.

    The contact's row is read (and locked) once and written once, with one new version: the
    parts (move, data, status, password) decide on that row and hand back the columns they change."""
    valid = validate_contact(form.data, ctx.region)
    password_hash = portal.hash_password(form.new_password) if form.new_password else None  # ~0.3 s: before locks
    try:
        with transaction():
            if contact_id is None:
                created = contacts.create_contact(ctx, form.data)
                contact_id = created.value
                inserted = next(s.rows[0] for s in created.change.steps if s.model is Contact and s.kind == "insert")
                current = repo.as_contact_row(inserted)
                rec = Recorder(created.change.description)
                values: dict[str, Any] = {}
            else:
                created = None
                location = repo.location(valid.location_id)
                current = contacts.locked_contact(contact_id, version)
                name = valid.name_text
                rec = Recorder(msg(T("Ansprechpartner „{name}“ bearbeiten"), name=name))
                moved: dict[str, Any] = {}
                if location.id != current.location_id:  # another location chosen: a move (R8), recorded as one
                    moved = contacts.move_part(ctx, rec, current, location, name)
                    rec.change.description = msg(T("Ansprechpartner „{name}“ verschieben"), name=name)
                there = replace(current, location_id=location.id)
                values = {**moved, **contacts.edit_part(ctx, rec, there, valid, form.data.username, location)}
            had_login = current.has_login
            if password_hash is not None:
                blocker = portal.customer_password_blocker(current.customer_id)
                if blocker:
                    raise RuleViolation(blocker)
            if created is None and (had_login or password_hash is not None):
                contacts.check_channel_logins(valid, contact_id)
            name = valid.name_text
            # The undo entry is named after the first part that changed something ("… deaktivieren"
            # when only the status changed); a save without any change leaves no undo entry at all.
            described = bool(values) or created is not None
            if _status(form) != (current.active, current.inactive_reason, current.inactive_until):
                status = contacts.active_values(form.active, form.inactive_reason, form.inactive_until)
                contacts.active_part(ctx, rec, current, name, status, form.successor_id)
                if not described:
                    rec.change.description = msg(
                        T("Ansprechpartner „{name}“ aktivieren")
                        if form.active
                        else T("Ansprechpartner „{name}“ deaktivieren"),
                        name=name,
                    )
                    described = True
                values.update(status)
            if password_hash is not None:
                if created is not None:
                    contacts.check_channel_logins(valid, contact_id)
                username = values.get("username", current.username)
                values.update(portal.password_part(ctx, rec, current, name, password_hash, username))
                if not described:
                    rec.change.description = msg(T("Passwort für „{name}“ setzen"), name=name)
            if values:
                rec.update_loaded(Contact, current, None if created else version, **values)
                if had_login or password_hash is not None:  # without a login there are no login addresses
                    contacts.sync_channel_logins(rec, valid, contact_id, True)
    except IntegrityError as error:
        raise contacts.unique_username_guard(error) from error
    # Nothing changed: no new version, no empty history entry (B2), no undo entry.
    change = combined(rec.change.description, created.change, rec.change) if created else rec.change
    return Done(contact_id, change)


def _status(form: ContactForm) -> tuple[bool, str, datetime.date | None]:
    """The status the form asks for, as stored: active, inactive reason, "bis" date."""
    if form.active:
        return True, "", None
    return False, form.inactive_reason.value if form.inactive_reason else "", form.inactive_until
