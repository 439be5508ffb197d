"""Candidates for duplicate pairs (B3), blocked in SQL: only contacts of one customer that share an
e-mail, a phone, a same-sounding name key or a last name are read, never all pairs of all contacts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import peewee as pw

from kontaktverwaltung.store.db import current
from kontaktverwaltung.store.models import Contact, ContactChannel, NotDuplicate

CHUNK = 5000


def _rows(query: pw.Query) -> list[tuple[Any, ...]]:
    return list(current().execute(query).fetchall())


def _only(query: pw.ModelSelect, customer_id: int | None) -> pw.ModelSelect:
    return query if customer_id is None else query.where(Contact.customer == customer_id)


def _channel_groups(emails: bool, customer_id: int | None, limit: int) -> list[tuple[Any, int]]:
    kind = (ContactChannel.kind == "email") if emails else (ContactChannel.kind != "email")
    groups = (
        _only(
            ContactChannel.select(Contact.customer.alias("cu"), ContactChannel.normalized.alias("k"))
            .join(Contact)
            .where(kind),
            customer_id,
        )
        .group_by(Contact.customer, ContactChannel.normalized)
        .having(pw.fn.COUNT(ContactChannel.contact.distinct()).between(2, limit))
        .alias("g")
    )
    members = _only(
        ContactChannel.select(Contact.customer, ContactChannel.normalized, ContactChannel.contact)
        .join(Contact)
        .switch(ContactChannel)
        .join(groups, on=((groups.c.cu == Contact.customer) & (groups.c.k == ContactChannel.normalized)))
        .where(kind),
        customer_id,
    )
    return [((customer, key), contact) for customer, key, contact in _rows(members)]


def _contact_groups(column: Any, customer_id: int | None, limit: int) -> list[tuple[Any, int]]:
    # A window count, not a join with a grouped subquery: SQLite joins on an expression by
    # scanning (5 s on the reference set); the window is one sort (0.3 s), on every backend.
    size = pw.fn.COUNT(Contact.id).over(partition_by=[Contact.customer, column]).alias("n")
    inner = (
        _only(Contact.select(Contact.id, Contact.customer, column.alias("k"), size), customer_id)
        .where(pw.fn.LENGTH(column) > 0)
        .alias("w")
    )
    members = pw.Select([inner], [inner.c.customer_id, inner.c.k, inner.c.id]).where(inner.c.n.between(2, limit))
    return [((customer, key), contact_id) for customer, key, contact_id in _rows(members)]


def candidate_groups(customer_id: int | None = None, limit: int = 60) -> list[list[int]]:
    """Groups of contacts of one customer (or of each customer) that may be the same person: the
    same e-mail, the same phone, the same name key (Kölner Phonetik + initial) or the same last
    name. Groups larger than ``limit`` (a switchboard number, "Müller" at a big customer) say
    nothing and are skipped, so the work stays linear in the number of contacts."""
    blocks: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for tag, found in (
        ("e", _channel_groups(True, customer_id, limit)),
        ("t", _channel_groups(False, customer_id, limit)),
        ("p", _contact_groups(Contact.name_key, customer_id, limit)),
        ("l", _contact_groups(pw.fn.LOWER(Contact.last_name), customer_id, limit)),
    ):
        for key, contact_id in found:
            blocks[(tag, *key)].append(contact_id)
    return [sorted(set(members)) for members in blocks.values() if len(set(members)) > 1]


def person_keys(contact_ids: Iterable[int]) -> list[tuple[int, str, str, str, list[str], list[str]]]:
    """(id, first, last, name_key, e-mails, phones) of these contacts: two queries per 5,000."""
    wanted = sorted(set(contact_ids))
    result = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        channels: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        query = ContactChannel.select(ContactChannel.contact, ContactChannel.kind, ContactChannel.normalized).where(
            ContactChannel.contact.in_(chunk)
        )
        for contact_id, kind, normalized in _rows(query):
            channels[contact_id][0 if kind == "email" else 1].append(normalized)
        contacts = Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.name_key).where(
            Contact.id.in_(chunk)
        )
        result += [(cid, first, last, key, *channels[cid]) for cid, first, last, key in _rows(contacts)]
    return result


def not_duplicate_pairs(customer_id: int | None = None) -> set[tuple[int, int]]:
    """Pairs marked "not a duplicate" (of one customer, or all)."""
    query = NotDuplicate.select(NotDuplicate.contact_a, NotDuplicate.contact_b)
    if customer_id is not None:
        query = query.join(Contact, on=(NotDuplicate.contact_a == Contact.id)).where(Contact.customer == customer_id)
    return {(a, b) for a, b in _rows(query)}
