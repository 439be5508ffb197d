"""Several contacts at once (issue 14, "Bulk"): move them to another location, or deactivate or
activate them, in ONE transaction and ONE undo step. Each contact goes through the same use case
as alone (R8, S9, R5), with the version the user saw, so a contact changed meanwhile stops the
whole step (B5) and nothing is half done."""

from __future__ import annotations

from collections.abc import Sequence

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.domain.messages import T, counted
from kontaktverwaltung.services import contacts
from kontaktverwaltung.services.common import Context, Done, combined
from kontaktverwaltung.store.db import transaction

# (contact id, the version the user saw)
Seen = tuple[int, int | None]


def move_contacts(ctx: Context, seen: Sequence[Seen], location_id: int) -> Done[int]:
    """Move these contacts to ``location_id`` (R8; those already there stay). Returns how many moved."""
    parts = []
    with transaction():
        for contact_id, version in seen:
            if contacts.contact_card(contact_id).location_id != location_id:
                parts.append(contacts.move_contact(ctx, contact_id, version, location_id).change)
    description = counted(
        len(parts), T("{count:n} Ansprechpartner verschieben", "einer"), T("{count:n} Ansprechpartner verschieben")
    )
    return Done(len(parts), combined(description, *parts))


def set_contacts_active(
    ctx: Context, seen: Sequence[Seen], active: bool, reason: InactiveReason | None = None
) -> Done[int]:
    """Activate, or deactivate with ``reason`` (S9, R5), these contacts; those already in that
    state stay as they are. Returns how many changed."""
    parts = []
    with transaction():
        for contact_id, version in seen:
            if bool(contacts.contact_card(contact_id).active) != active:
                parts.append(contacts.set_active(ctx, contact_id, version, active, reason).change)
    if active:
        description = counted(
            len(parts),
            T("{count:n} Ansprechpartner aktivieren", "einer"),
            T("{count:n} Ansprechpartner aktivieren"),
        )
    else:
        description = counted(
            len(parts),
            T("{count:n} Ansprechpartner deaktivieren", "einer"),
            T("{count:n} Ansprechpartner deaktivieren"),
        )
    return Done(len(parts), combined(description, *parts))
