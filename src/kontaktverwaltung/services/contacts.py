"""Contacts: create and edit (S7, S8, S10, R1, R2, R11), activate/deactivate (S9, R5, B11),
move (R8) and delete (R6). Duplicates (B3): services/duplicates.py."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from kontaktverwaltung.domain.channels import Channel
from kontaktverwaltung.domain.contact import (
    ContactInput,
    InactiveReason,
    ValidContact,
    derived_columns,
    field_text,
    reason_text,
    validate_contact,
    validate_inactive_until,
)
from kontaktverwaltung.domain.errors import ConflictError, DomainError, Problem, RuleViolation, ValidationError
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.messages import Message, T, counted, joined, msg
from kontaktverwaltung.domain.records import ChannelView, ContactCard, LocationView
from kontaktverwaltung.domain.results import ContactRow, DeleteImpact
from kontaktverwaltung.domain.username import first_free_username, normalize_username, username_base
from kontaktverwaltung.services.common import Context, Done, record_history
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.changes import Recorder, stale_record
from kontaktverwaltung.store.db import IntegrityError, retrying, transaction
from kontaktverwaltung.store.links import CONTACT_LINKS, OnDelete, count_links
from kontaktverwaltung.store.models import Contact, ContactChannel, Job, LoginAddress
from kontaktverwaltung.store.rows import contact_columns

AMBIGUOUS_LOGIN = T(
    "„{shown}“ gehört schon einem anderen Ansprechpartner mit Portalzugang – "
    "die Anmeldung mit dieser Adresse wäre nicht eindeutig."
)

# The fields whose change the history names.
HISTORY_FIELDS = {
    key: field_text(key)
    for key in (
        *("salutation", "title", "first_name", "last_name", "position", "department", "notes"),
        *("role", "username", "location", "channels"),
    )
}


def contact_card(contact_id: int) -> ContactCard:
    return repo.contact_card(contact_id)


def channels_of(contact_id: int) -> tuple[ChannelView, ...]:
    """All e-mail addresses and phone numbers of a contact, for the contact dialog (S10)."""
    return repo.channels_of(contact_id)


def channels_of_contacts(contact_ids: list[int]) -> dict[int, tuple[ChannelView, ...]]:
    """``channels_of`` of several contacts in one read (the cards a phone search found)."""
    return repo.channels_of_contacts(*contact_ids)


def _columns(valid: ValidContact, location_id: int, username: str | None, role_id: int | None) -> dict[str, Any]:
    """The contact's stored columns from validated input, derived search columns included."""
    derived = derived_columns(
        valid.first_name,
        valid.last_name,
        valid.position,
        valid.department,
        [(c.kind.value, c.normalized) for c in valid.channels],
    )
    return dict(
        location=location_id,
        salutation=valid.salutation.value,
        title=valid.title,
        first_name=valid.first_name,
        last_name=valid.last_name,
        position=valid.position,
        department=valid.department,
        notes=valid.notes,
        username=username,
        role=role_id,
        **derived,
    )


def free_username(first_name: str, last_name: str) -> str:
    base = username_base(first_name, last_name)
    taken = repo.usernames_starting_with(base)
    return first_free_username(base, taken.__contains__)


def _checked_username(text: str, contact_id: int | None) -> str:
    """R1: a username typed by a user must be well-formed and not taken by anyone else."""
    username = normalize_username(text)
    owner = repo.username_owner(username)
    if owner is not None and owner != contact_id:
        raise ValidationError(
            Problem.of(
                T("Der Benutzername „{username}“ ist schon vergeben. Vorschlag: {suggestion}"),
                "username",
                username=username,
                suggestion=_suggest(username),
            )
        )
    return username


def _suggest(username: str) -> str:
    base = username.rstrip("0123456789") or username
    return first_free_username(base, repo.usernames_starting_with(base).__contains__)


def username_problem(text: str, contact_id: int | None = None) -> Problem | None:
    """For checking a username as the user types: the problem, or None when it can be used."""
    try:
        _checked_username(text, contact_id)
    except ValidationError as error:
        return error.problems[0]
    return None


def check_login_emails(
    emails: Sequence[tuple[str, str]], except_ids: Sequence[int], rows: Sequence[int] | None = None
) -> None:
    """R2: the e-mails (shown, normalised) of a contact with portal login must not belong to
    another contact with a login: logging in with such an address would be ambiguous.

    ``rows``: the form row of each e-mail, so the message appears at the field it was typed in."""
    clashes = repo.login_emails_elsewhere([normalized for _, normalized in emails], except_ids)
    rows = rows if rows is not None else range(len(emails))
    if clashes:
        problems = [
            _ambiguous_login(f"emails[{row}]", shown)
            for row, (shown, normalized) in zip(rows, emails, strict=True)
            if normalized in clashes
        ]
        # The database named an address this list spells differently: still refused, never a crash.
        raise RuleViolation(problems or [_ambiguous_login(None, ", ".join(clashes))])


def _ambiguous_login(field: str | None, shown: str) -> Problem:
    return Problem.of(AMBIGUOUS_LOGIN, field, shown=shown)


def sync_login_addresses(
    rec: Recorder,
    contact_id: int,
    has_login: bool,
    emails: Sequence[tuple[str, str]],
    rows: Sequence[int] | None = None,
) -> None:
    """Bring the contact's rows in the table of login addresses (R2) in line with its e-mails
    (shown, normalised): all of them while it has a portal login, none without. The table's
    unique index refuses an address another login holds, also one claimed a moment ago by
    another workstation whose transaction ran at the same time; the refusal is shown at the field."""
    wanted = {normalized: position for position, (_shown, normalized) in enumerate(emails)} if has_login else {}
    current = repo.login_addresses_of(contact_id)
    rec.delete_by(LoginAddress, {"id": [row_id for address, row_id in current.items() if address not in wanted]})
    fields = list(rows) if rows is not None else list(range(len(emails)))
    for address, position in wanted.items():
        if address in current:
            continue
        try:
            rec.insert(LoginAddress, address=address, contact=contact_id)
        except IntegrityError as error:
            raise RuleViolation(_ambiguous_login(f"emails[{fields[position]}]", emails[position][0])) from error


def _role_or_default(role_id: int | None) -> int | None:
    if role_id is not None:
        repo.role(role_id)
        return role_id
    roles = repo.roles()
    return roles[0].id if roles else None


def _insert_channels(rec: Recorder, contact_id: int, channels: list[Channel]) -> None:
    for c in channels:
        rec.insert(
            ContactChannel,
            contact=contact_id,
            kind=c.kind.value,
            value=c.value[:255],
            normalized=c.normalized,
            display=c.display,
            label=c.label,
            is_primary=c.primary,
            position=c.position,
        )


def unique_username_guard(error: IntegrityError) -> DomainError:
    """What a refused write means for the user: the username taken a moment ago (unique index),
    or a role or location deleted meanwhile by someone else (a foreign key) – the latter is a
    conflict, so the contact form takes in what is saved now and can be saved again."""
    if "username" in str(error).lower():
        return ValidationError(
            Problem.of(
                T("Der Benutzername wurde gerade von jemand anderem vergeben. Bitte erneut speichern."), "username"
            )
        )
    return ConflictError(
        Problem.of(
            T(
                "Eine verknüpfte Angabe (z. B. die Rolle oder der Standort) wurde inzwischen von jemand "
                "anderem gelöscht. Es wurde nichts gespeichert."
            )
        )
    )


def create_contact(ctx: Context, data: ContactInput) -> Done[int]:
    """A new contact at a location (S3). The username is generated (R1) unless one is given."""
    valid = validate_contact(data, ctx.region)
    location = repo.location(valid.location_id)
    name = valid.name_text
    rec = Recorder(msg(T("Ansprechpartner „{name}“ anlegen"), name=name))
    try:
        with transaction():
            username = (
                _checked_username(data.username, None)
                if data.username
                else free_username(valid.first_name, valid.last_name)
            )
            values = _columns(valid, location.id, username, _role_or_default(valid.role_id))
            contact_id = rec.insert(Contact, customer=location.customer_id, active=True, **values)
            _insert_channels(rec, contact_id, valid.channels)
            record_history(
                rec,
                ctx,
                location.customer_id,
                HistoryKind.CREATED,
                msg(T("„{name}“ am Standort „{location}“ angelegt"), name=name, location=location.name),
                contact_id=contact_id,
                location_id=location.id,
            )
    except IntegrityError as error:
        raise unique_username_guard(error) from error
    return Done(contact_id, rec.change)


def edit_contact(ctx: Context, contact_id: int, version: int | None, data: ContactInput) -> Done[int]:
    """Change and complete a contact's data (S7, S10). All fields and channels in one step.

    ``data.username`` None keeps the current username. Returns the new version.
    """
    valid = validate_contact(data, ctx.region)
    location = repo.location(valid.location_id)
    name = valid.name_text
    rec = Recorder(msg(T("Ansprechpartner „{name}“ bearbeiten"), name=name))
    try:
        with transaction():
            current = locked_contact(contact_id, version)
            has_login = current.has_login
            if has_login:
                check_channel_logins(valid, contact_id)
            values = edit_part(ctx, rec, current, valid, data.username, location)
            if not values:  # nothing to save: no new version, no empty history entry (B2)
                return Done(current.version, rec.change)
            new_version = rec.update_loaded(Contact, current, version, **values)
            sync_channel_logins(rec, valid, contact_id, has_login)
    except IntegrityError as error:
        raise unique_username_guard(error) from error
    return Done(new_version, rec.change)


def locked_contact(contact_id: int, version: int | None) -> ContactRow:
    """The contact's row, read once and locked until the transaction ends; refused when someone
    saved it since ``version`` was loaded (B5)."""
    (row,) = repo.locked_contacts(contact_id)
    if version is not None and row.version != version:
        raise stale_record()
    return row


def check_channel_logins(valid: ValidContact, contact_id: int) -> None:
    """R2 for a contact with a portal login: its e-mails must not be another login's."""
    emails = [c for c in valid.channels if not c.kind.is_phone]
    check_login_emails([(c.display, c.normalized) for c in emails], [contact_id], [c.row for c in emails])


def sync_channel_logins(rec: Recorder, valid: ValidContact, contact_id: int, has_login: bool) -> None:
    emails = [c for c in valid.channels if not c.kind.is_phone]
    sync_login_addresses(
        rec, contact_id, has_login, [(c.display, c.normalized) for c in emails], [c.row for c in emails]
    )


def edit_part(
    ctx: Context,
    rec: Recorder,
    current: ContactRow,
    valid: ValidContact,
    username_text: str | None,
    location: LocationView,
) -> dict[str, Any]:
    """The data part of a contact's save (S7, S10), on its row as read: the username (R1), the
    channels and the history entry. Returns the columns to write, {} when nothing changed; the
    caller writes them with one new version and brings the login addresses in line (R2)."""
    if location.customer_id != current.customer_id:
        raise _other_customer("location")
    contact_id = current.id
    username = current.username if username_text is None else _checked_username(username_text, contact_id)
    role = valid.role_id if valid.role_id is not None else current.role_id
    values = _columns(valid, location.id, username, role)
    old_channels = [(c.kind, c.normalized, c.display, c.label, c.is_primary) for c in repo.channels_of(contact_id)]
    new_channels = [(c.kind.value, c.normalized, c.display, c.label, c.primary) for c in valid.channels]
    stored = contact_columns(current)
    changed = [HISTORY_FIELDS[k] for k, v in values.items() if k in HISTORY_FIELDS and stored.get(k) != v]
    if old_channels != new_channels:
        changed.append(HISTORY_FIELDS["channels"])
        rec.delete_by(ContactChannel, {"contact": contact_id})
        _insert_channels(rec, contact_id, valid.channels)
    if not changed:
        return {}
    name = valid.name_text
    text = msg(T("„{name}“ bearbeitet: {fields}"), name=name, fields=joined(changed, ", "))
    record_history(
        rec, ctx, location.customer_id, HistoryKind.EDITED, text, contact_id=contact_id, location_id=location.id
    )
    return values


def _other_customer(field: str) -> RuleViolation:
    return RuleViolation(Problem.of(T("Das geht nur innerhalb desselben Kunden."), field))


def set_active(
    ctx: Context,
    contact_id: int,
    version: int | None,
    active: bool,
    reason: InactiveReason | None = None,
    until: datetime.date | None = None,
    successor_id: int | None = None,
) -> Done[int]:
    """Activate or deactivate a contact (S9, R5): every link stays; an inactive contact's portal
    access is locked. With ``successor_id`` (B11) the contact's open jobs and portal role go to the
    successor at the same customer, in the same step."""
    values = active_values(active, reason, until)
    rec = Recorder(Message(""))
    with transaction():
        current = locked_contact(contact_id, version)
        name = current.name_text
        rec.change.description = msg(
            T("Ansprechpartner „{name}“ aktivieren") if active else T("Ansprechpartner „{name}“ deaktivieren"),
            name=name,
        )
        active_part(ctx, rec, current, name, values, successor_id)
        new_version = rec.update_loaded(Contact, current, version, **values)
    return Done(new_version, rec.change)


def active_values(active: bool, reason: InactiveReason | None, until: datetime.date | None) -> dict[str, Any]:
    """The columns of an active or inactive contact (S9), checked: a reason, no "bis" in the past."""
    if active:
        return dict(active=True, inactive_reason="", inactive_until=None)
    if reason is None:
        raise ValidationError(Problem.of(T("Bitte einen Grund wählen (z. B. Karenz)."), "inactive_reason"))
    validate_inactive_until(until, datetime.date.today())
    return dict(active=False, inactive_reason=InactiveReason(reason).value, inactive_until=until)


def active_part(
    ctx: Context,
    rec: Recorder,
    current: ContactRow,
    name: Message,
    values: dict[str, Any],
    successor_id: int | None,
) -> None:
    """The status part of a contact's save (S9, R5, B11), on its row as read: the history entry
    and the hand-over to a successor; the caller writes ``values`` with the row's new version."""
    active = values["active"]
    until = values["inactive_until"]
    if active:
        text = msg(T("„{name}“ aktiviert – Portalzugang wieder möglich"), name=name)
    elif until:
        text = msg(
            T("„{name}“ deaktiviert ({reason} bis {until}) – Portalzugang gesperrt"),
            name=name,
            reason=reason_text(str(values["inactive_reason"])),
            until=f"{until:%d.%m.%Y}",
        )
    else:
        text = msg(
            T("„{name}“ deaktiviert ({reason}) – Portalzugang gesperrt"),
            name=name,
            reason=reason_text(str(values["inactive_reason"])),
        )
    record_history(
        rec,
        ctx,
        current.customer_id,
        HistoryKind.ACTIVATED if active else HistoryKind.DEACTIVATED,
        text,
        contact_id=current.id,
        location_id=current.location_id,
    )
    if successor_id is not None and not active:
        _hand_over(rec, ctx, current, name, successor_id)


def _hand_over(rec: Recorder, ctx: Context, leaving: ContactRow, name: Message, successor_id: int) -> None:
    successor = repo.contact(successor_id)
    if successor.customer_id != leaving.customer_id or successor_id == leaving.id:
        raise _other_customer("successor")
    job_ids = repo.open_job_ids_of(leaving.id)
    rec.update_by(Job, {"id": job_ids}, responsible=successor_id)
    if leaving.role_id is not None and successor.role_id != leaving.role_id:
        rec.update_versioned(Contact, successor_id, None, role=leaving.role_id)
    successor_name = successor.name_text
    handed = [counted(len(job_ids), T("{count:n} offener Job"), T("{count:n} offene Jobs"))]
    if leaving.role_id is not None and successor.role_id != leaving.role_id:
        handed.append(Message(T("die Kundenrolle")))
    text = msg(
        T("{handed} von „{name}“ an „{successor}“ übergeben"), handed=handed, name=name, successor=successor_name
    )
    customer_id = leaving.customer_id
    record_history(rec, ctx, customer_id, HistoryKind.HANDED_OVER, text, contact_id=leaving.id)
    record_history(rec, ctx, customer_id, HistoryKind.HANDED_OVER, text, contact_id=successor_id)


def move_contact(ctx: Context, contact_id: int, version: int | None, location_id: int) -> Done[int]:
    """Move a contact to another location of the same customer (R8). Links stay with the person;
    earlier history entries keep the location they happened at."""
    target = repo.location(location_id)
    rec = Recorder(Message(""))
    with transaction():
        current = locked_contact(contact_id, version)
        name = current.name_text
        rec.change.description = msg(T("Ansprechpartner „{name}“ verschieben"), name=name)
        values = move_part(ctx, rec, current, target, name)
        new_version = rec.update_loaded(Contact, current, version, **values)
    return Done(new_version, rec.change)


def move_part(ctx: Context, rec: Recorder, current: ContactRow, target: LocationView, name: Message) -> dict[str, Any]:
    """The move part of a contact's save (R8), on its row as read: the history entry "von … nach …";
    returns the column to write."""
    if target.customer_id != current.customer_id:
        raise _other_customer("location")
    source = repo.location(current.location_id)
    record_history(
        rec,
        ctx,
        target.customer_id,
        HistoryKind.MOVED,
        msg(T("„{name}“ von „{source}“ nach „{target}“ verschoben"), name=name, source=source.name, target=target.name),
        contact_id=current.id,
        location_id=target.id,
    )
    return {"location": target.id}


def delete_impact(contact_id: int) -> DeleteImpact:
    """What deleting would lose (R6): jobs, history entries, portal login."""
    row = repo.contact(contact_id)
    counts = count_links(contact_id)
    return DeleteImpact(
        contact_id,
        row.name(),
        jobs=counts[Job.responsible],
        history_entries=counts[next(link.field for link in CONTACT_LINKS if link.label_de == "History-Einträge")],
        portal_login=row.has_login,
        channels=counts[ContactChannel.contact],
    )


def delete_contact(ctx: Context, contact_id: int, version: int | None = None) -> Done[None]:
    """Delete a contact (S4, R6). Links are lost (jobs lose their responsible contact, history
    entries their link); undo within the session restores all of it (B1)."""
    return retrying(lambda: _delete_contact(ctx, contact_id, version))


def _delete_contact(ctx: Context, contact_id: int, version: int | None) -> Done[None]:
    """Read and locked inside the transaction; the version checked there and on the delete (B5)."""
    with transaction():
        row = locked_contact(contact_id, version)
        name = row.name_text
        rec = Recorder(msg(T("Ansprechpartner „{name}“ löschen"), name=name))
        for link in CONTACT_LINKS:
            if link.on_delete is OnDelete.DELETE:
                rec.delete_by(link.model, {link.field.name: contact_id})
            else:
                rec.update_by(link.model, {link.field.name: contact_id}, **{link.field.name: None})
        if rec.delete_by(Contact, {"id": contact_id, "version": row.version}) != 1:
            raise stale_record()
        record_history(
            rec,
            ctx,
            row.customer_id,
            HistoryKind.DELETED,
            msg(T("„{name}“ gelöscht"), name=name),
            location_id=row.location_id,
        )
    return Done(None, rec.change)
