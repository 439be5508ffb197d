"""No lost update (B5): what to do with a form whose record someone else saved meanwhile."""

from __future__ import annotations

from collections.abc import Mapping

from kontaktverwaltung.domain.contact import FIELD_LABELS, field_label
from kontaktverwaltung.domain.messages import Message, T, render


def three_way(
    base: Mapping[str, object], mine: Mapping[str, object], theirs: Mapping[str, object]
) -> tuple[list[str], list[str]]:
    """Compare a form (``mine``) and the record as saved now (``theirs``) with what the form was
    opened with (``base``), field by field.

    Returns the fields to take from ``theirs`` without asking (only they changed them) and the
    fields in conflict (both changed them, differently), each in the order of ``base``. A field
    only the user changed, or both changed alike, is neither: the form keeps it."""
    take: list[str] = []
    conflicts: list[str] = []
    for field, original in base.items():
        mine_changed = mine.get(field) != original
        theirs_changed = theirs.get(field) != original
        if theirs_changed and not mine_changed:
            take.append(field)
        elif theirs_changed and mine.get(field) != theirs.get(field):
            conflicts.append(field)
    return take, conflicts


# A contact card's fields (ContactCard names) and the contact field each shows, in the order the
# "changed meanwhile" question lists them.
CARD_FIELDS: dict[str, str] = {
    "salutation": "salutation",
    "title": "title",
    "first_name": "first_name",
    "last_name": "last_name",
    "position": "position",
    "department": "department",
    "notes": "notes",
    "location_name": "location",
    "role_name": "role",
    "username": "username",
    "primary_email": "email",
    "primary_phone": "phone",
    "active": "active",
}


def changed_fields(
    seen: Mapping[str, object],
    now: Mapping[str, object],
    labels: Mapping[str, str] | None = None,
) -> list[tuple[str, str, str]]:
    """The fields someone changed since the user saw the record: (label, as seen, as now), labelled
    in the installed language unless ``labels`` are given."""
    if labels is None:
        labels = {card: field_label(field) for card, field in CARD_FIELDS.items()}
    return [
        (label, shown_value(seen.get(field)), shown_value(now.get(field)))
        for field, label in labels.items()
        if seen.get(field) != now.get(field)
    ]


def shown_value(value: object) -> str:
    """A field's value as a conflict shows it: "aktiv"/"inaktiv" for a flag, "–" for nothing."""
    if isinstance(value, bool):
        return render(Message(T("aktiv") if value else T("inaktiv")))
    return str(value) if value not in (None, "") else "–"


def conflict_field_label(field: str) -> str:
    """The label of a field an offline conflict names (R14): a contact's field by its name, any
    other by the catalogue text the sync gives (or, unknown, as it is)."""
    return render(Message(FIELD_LABELS.get(field, field)))
