"""THE registry of tables that point at contacts (R7, R6).

Merge, delete and the "what will be lost / what will move" counts all walk this one list, so
a new link table cannot be forgotten: tests/store/test_links.py fails for any foreign key to
Contact that is not registered here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import peewee as pw

from kontaktverwaltung.store.models import (
    BaseModel,
    ContactChannel,
    ContactMerge,
    HistoryEntry,
    Job,
    LoginAddress,
    NotDuplicate,
)


class OnMerge(enum.Enum):
    REPOINT = "repoint"  # the row now belongs to the survivor
    UNITE_CHANNELS = "unite"  # duplicates (compared normalised) are dropped, the rest move
    PAIR = "pair"  # a pair of contacts: pairs between the two vanish, duplicate pairs collapse
    RECOMPUTE = "recompute"  # derived from the merged contact: dropped for both, written anew after


class OnDelete(enum.Enum):
    DELETE = "delete"  # the row has no meaning without the contact
    DETACH = "detach"  # the row stays, its link is set to NULL (the link is lost, R6)


@dataclass(frozen=True)
class ContactLink:
    model: type[BaseModel]
    field: pw.ForeignKeyField
    label_de: str
    on_merge: OnMerge
    on_delete: OnDelete


CONTACT_LINKS: tuple[ContactLink, ...] = (
    ContactLink(
        ContactChannel,
        ContactChannel.contact,
        "E-Mail-Adressen und Telefonnummern",
        OnMerge.UNITE_CHANNELS,
        OnDelete.DELETE,
    ),
    ContactLink(Job, Job.responsible, "Jobs", OnMerge.REPOINT, OnDelete.DETACH),
    ContactLink(HistoryEntry, HistoryEntry.contact, "History-Einträge", OnMerge.REPOINT, OnDelete.DETACH),
    ContactLink(NotDuplicate, NotDuplicate.contact_a, "„Kein Duplikat“-Markierungen", OnMerge.PAIR, OnDelete.DELETE),
    ContactLink(NotDuplicate, NotDuplicate.contact_b, "„Kein Duplikat“-Markierungen", OnMerge.PAIR, OnDelete.DELETE),
    ContactLink(ContactMerge, ContactMerge.survivor, "Zusammenführungen", OnMerge.REPOINT, OnDelete.DELETE),
    ContactLink(LoginAddress, LoginAddress.contact, "Anmelde-Adressen", OnMerge.RECOMPUTE, OnDelete.DELETE),
)


def count_links(contact_id: int) -> dict[pw.ForeignKeyField, int]:
    """How many rows of each registered link point at the contact (one query per link table)."""
    return {link.field: link.model.select().where(link.field == contact_id).count() for link in CONTACT_LINKS}


def count_links_of(*contact_ids: int) -> dict[int, dict[pw.ForeignKeyField, int]]:
    """``count_links`` of several contacts in ONE statement (a UNION ALL over the link tables)."""
    ids = list(contact_ids)
    parts = [
        link.model.select(
            pw.Value(index).alias("link"), link.field.alias("contact"), pw.fn.COUNT(pw.SQL("*")).alias("n")
        )
        .where(link.field.in_(ids))
        .group_by(link.field)
        for index, link in enumerate(CONTACT_LINKS)
    ]
    union = parts[0]
    for part in parts[1:]:
        union = union + part  # UNION ALL
    counts = {i: {link.field: 0 for link in CONTACT_LINKS} for i in ids}
    for index, contact_id, n in union.tuples():
        counts[contact_id][CONTACT_LINKS[int(index)].field] = int(n)
    return counts
