"""Reading contacts for an export (R13): a few bulk queries per few thousand contacts, streamed.

No query per contact: the reference set's 200,000 contacts are read in batches by id (keyset
paging), then the batch's channels, customers, locations and roles by id: five queries per 5,000
contacts. Memory stays at one batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import peewee as pw

from kontaktverwaltung.domain.exporting.records import ExportChannel, ExportContact, ordered_channels
from kontaktverwaltung.store.db import current
from kontaktverwaltung.store.models import Contact, ContactChannel, Customer, CustomerRole, Location

BATCH = 5000


def _rows(query: pw.Query) -> list[tuple[Any, ...]]:
    """Rows as the driver returns them: peewee's per-value conversion would cost more than the query."""
    return list(current().execute(query).fetchall())


def _scoped(query: pw.ModelSelect, customer_id: int | None, contact_ids: Sequence[int] | None) -> pw.ModelSelect:
    if customer_id is not None:
        query = query.where(Contact.customer == customer_id)
    if contact_ids is not None:
        query = query.where(Contact.id.in_(list(contact_ids)))
    return query


def count_contacts(customer_id: int | None = None, contact_ids: Sequence[int] | None = None) -> int:
    if contact_ids is not None:
        return sum(
            int(_scoped(Contact.select(pw.fn.COUNT(Contact.id)), customer_id, chunk).scalar() or 0)
            for chunk in _chunks(sorted(set(contact_ids)))
        )
    return int(_scoped(Contact.select(pw.fn.COUNT(Contact.id)), customer_id, None).scalar() or 0)


def widest_channels(customer_id: int | None = None, contact_ids: Sequence[int] | None = None) -> dict[str, int]:
    """The most channels of each kind any one contact in scope has: one grouped query."""
    per_contact = (
        ContactChannel.select(ContactChannel.kind, pw.fn.COUNT(ContactChannel.id).alias("n"))
        .join(Contact)
        .group_by(ContactChannel.contact, ContactChannel.kind)
    )
    widest: dict[str, int] = defaultdict(int)
    chunks = _chunks(sorted(set(contact_ids))) if contact_ids is not None else [None]
    for chunk in chunks:
        inner = _scoped(per_contact, customer_id, chunk).alias("per_contact")
        query = pw.Select([inner], [inner.c.kind, pw.fn.MAX(inner.c.n)]).group_by(inner.c.kind)
        for kind, most in _rows(query):
            widest[kind] = max(widest[kind], int(most))
    return dict(widest)


def _chunks(ids: list[int], size: int = BATCH) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


_CONTACT_COLUMNS = (
    Contact.id,
    Contact.customer,
    Contact.location,
    Contact.role,
    Contact.salutation,
    Contact.title,
    Contact.first_name,
    Contact.last_name,
    Contact.position,
    Contact.department,
    Contact.notes,
)


def _contacts_query() -> pw.ModelSelect:
    # The contact table alone, paged by its primary key: joined with locations, MariaDB chose to
    # scan the locations and sort each batch (0.6 s a batch); customers, locations and roles
    # come by id in their own queries instead.
    return Contact.select(*_CONTACT_COLUMNS)


def _by_id(model: type[Any], columns: tuple[pw.Field, ...], ids: set[int]) -> dict[int, tuple[Any, ...]]:
    if not ids:
        return {}
    query = model.select(model.id, *columns).where(model.id.in_(sorted(ids)))
    return {row[0]: row[1:] for row in _rows(query)}


def _with_channels(rows: list[tuple[Any, ...]], channel_filter: pw.Expression) -> list[ExportContact]:
    """Export rows for these contact rows: their channels, customers, locations and roles by id."""
    channels: dict[int, list[ExportChannel]] = defaultdict(list)
    query = (
        ContactChannel.select(
            ContactChannel.contact,
            ContactChannel.kind,
            ContactChannel.display,
            ContactChannel.normalized,
            ContactChannel.label,
            ContactChannel.is_primary,
        )
        .where(channel_filter)
        .order_by(ContactChannel.contact, ContactChannel.position, ContactChannel.id)
    )
    for contact_id, kind, display, normalized, label, primary in _rows(query):
        channels[contact_id].append(ExportChannel(kind, display, normalized, label, bool(primary)))
    customers = _by_id(Customer, (Customer.number, Customer.name), {row[1] for row in rows})
    locations = _by_id(
        Location,
        (Location.name, Location.street, Location.postal_code, Location.city, Location.country),
        {row[2] for row in rows},
    )
    roles = _by_id(CustomerRole, (CustomerRole.name,), {row[3] for row in rows if row[3] is not None})
    no_location = ("", "", "", "", "")
    return [
        ExportContact._make(
            (
                contact_id,
                *customers.get(customer_id, ("", "")),
                *locations.get(location_id, no_location),
                *person,
                roles.get(role_id, ("",))[0],
                ordered_channels(channels.get(contact_id, [])),
            )
        )
        for contact_id, customer_id, location_id, role_id, *person in rows
    ]


def export_batches(
    customer_id: int | None = None, contact_ids: Sequence[int] | None = None, batch: int = BATCH
) -> Iterator[list[ExportContact]]:
    """Every contact in scope (the whole database, one customer, or these ids) in batches by id:
    five queries per batch."""
    if contact_ids is not None:
        for chunk in _chunks(sorted(set(contact_ids)), batch):
            rows = _rows(_scoped(_contacts_query(), customer_id, chunk).order_by(Contact.id))
            if rows:
                yield _with_channels(rows, ContactChannel.contact.in_([row[0] for row in rows]))
        return
    last = 0
    while True:
        query = _scoped(_contacts_query(), customer_id, None).where(Contact.id > last).order_by(Contact.id).limit(batch)
        rows = _rows(query)
        if not rows:
            return
        first_id, last = rows[0][0], rows[-1][0]
        if customer_id is None:  # every contact in the id range is in the batch: a range scan
            channel_filter = ContactChannel.contact.between(first_id, last)
        else:
            channel_filter = ContactChannel.contact.in_([row[0] for row in rows])
        yield _with_channels(rows, channel_filter)
        if len(rows) < batch:
            return
