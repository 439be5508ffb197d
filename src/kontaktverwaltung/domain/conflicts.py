"""No lost update (B5): what to do with a form whose record someone else saved meanwhile."""

from __future__ import annotations

from collections.abc import Mapping


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


# What a contact card shows, as the user would name it, for "changed meanwhile" questions.
CARD_FIELDS = {
    "salutation": "Anrede",
    "title": "Titel",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "position": "Position",
    "department": "Abteilung",
    "notes": "Notizen",
    "location_name": "Standort",
    "role_name": "Kundenrolle",
    "username": "Benutzername",
    "primary_email": "E-Mail",
    "primary_phone": "Telefon",
    "active": "Status",
}

CARD_FIELDS_EN = {
    "salutation": "Salutation",
    "title": "Title",
    "first_name": "First name",
    "last_name": "Last name",
    "position": "Position",
    "department": "Department",
    "notes": "Notes",
    "location_name": "Location",
    "role_name": "Client role",
    "username": "Username",
    "primary_email": "E-mail",
    "primary_phone": "Phone",
    "active": "Status",
}


def changed_fields(
    seen: Mapping[str, object],
    now: Mapping[str, object],
    labels: Mapping[str, str] | None = None,
    language: str = "de",
) -> list[tuple[str, str, str]]:
    """The fields someone changed since the user saw the record: (label, as seen, as now), labelled
    in ``language`` unless ``labels`` are given."""
    german = language == "de"
    if labels is None:
        labels = CARD_FIELDS if german else CARD_FIELDS_EN

    def shown(value: object) -> str:
        if isinstance(value, bool):
            if german:
                return "aktiv" if value else "inaktiv"
            return "active" if value else "inactive"
        return str(value) if value not in (None, "") else "–"

    return [
        (label, shown(seen.get(field)), shown(now.get(field)))
        for field, label in labels.items()
        if seen.get(field) != now.get(field)
    ]
