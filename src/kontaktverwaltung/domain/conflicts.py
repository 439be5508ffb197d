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
