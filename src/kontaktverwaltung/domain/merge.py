"""Merging two records of the same person (R7): who survives, which value wins, channels united."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from kontaktverwaltung.domain.messages import Message, T, msg

Side = Literal["survivor", "other"]

# The contact fields a user chooses between when the two differ, in the order the dialog shows.
MERGE_FIELDS: tuple[str, ...] = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "position",
    "department",
    "notes",
    "location",
    "role",
    "active",
    "inactive_reason",
    "inactive_until",
)

# The active state and its reason and end date are one choice: a reason without its state means nothing.
STATUS_FIELDS: tuple[str, ...] = ("active", "inactive_reason", "inactive_until")


@dataclass(frozen=True, slots=True)
class MergeSide:
    id: int
    active: bool
    created_at: datetime.datetime


def suggest_survivor(a: MergeSide, b: MergeSide) -> int:
    """The older active one: active beats inactive, then the earlier created (then the lower id)."""
    return min((a, b), key=lambda s: (not s.active, s.created_at, s.id)).id


def _empty(value: Any) -> bool:
    return value is None or value == ""


def default_choice(survivor_value: Any, other_value: Any) -> Side:
    """Whose value a field keeps unless the user chooses: the survivor's, unless it is empty and
    the other's is not (R7)."""
    return "other" if _empty(survivor_value) and not _empty(other_value) else "survivor"


def choice_rows(fields: list[str]) -> list[tuple[str, ...]]:
    """The differing fields as the rows a user decides, in MERGE_FIELDS order: one field each,
    except the active state, which decides its reason and end date with it."""
    rows: list[tuple[str, ...]] = []
    for name in fields:
        if name not in STATUS_FIELDS:
            rows.append((name,))
        elif not any(row == STATUS_FIELDS for row in rows):
            rows.append(STATUS_FIELDS)
    return rows


def _day(side: MergeSide) -> str:
    return f"{side.created_at:%d.%m.%Y}"


def survivor_note(survivor: MergeSide, other: MergeSide) -> Message:
    """Why this one survives, or why the suggestion (the older active one) was another (R7).
    Dates as everywhere in the app, in English too: 01.03.2025."""
    mine, theirs = _day(survivor), _day(other)
    if suggest_survivor(survivor, other) == survivor.id:
        if survivor.active != other.active:
            return Message(T("Vorschlag: Der aktive Eintrag bleibt erhalten, der andere ist inaktiv."))
        if mine == theirs:
            if survivor.active:
                key = T(
                    "Vorschlag: Der ältere aktive Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst)."
                )
            else:
                key = T("Vorschlag: Der ältere Eintrag bleibt erhalten (beide am {day} angelegt, dieser zuerst).")
            return msg(key, day=mine)
        if survivor.active:
            key = T("Vorschlag: Der ältere aktive Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).")
        else:
            key = T("Vorschlag: Der ältere Eintrag bleibt erhalten (angelegt am {day}, der andere am {other}).")
        return msg(key, day=mine, other=theirs)
    if survivor.active != other.active:
        return Message(T("Abweichend vom Vorschlag: Der gewählte Eintrag ist inaktiv, der andere aktiv."))
    if mine == theirs:
        return msg(
            T("Abweichend vom Vorschlag: Der andere Eintrag wurde am selben Tag ({other}) früher angelegt."),
            other=theirs,
        )
    return msg(
        T("Abweichend vom Vorschlag: Der andere Eintrag ist älter (angelegt am {other}, der gewählte am {day})."),
        day=mine,
        other=theirs,
    )


def merged_values(
    survivor: Mapping[str, Any],
    other: Mapping[str, Any],
    choices: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Field values of the merged contact.

    ``choices`` maps a field to "survivor" or "other". Without a choice the survivor's non-empty
    value wins and its empty fields are filled from the other (R7).
    """
    choices = choices or {}
    result: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        pick = choices.get(name) or default_choice(survivor.get(name), other.get(name))
        if pick == "other":
            result[name] = other.get(name)
        else:
            result[name] = survivor.get(name)
    if result.get("active"):
        result["inactive_reason"] = ""
        result["inactive_until"] = None
    if name_pair_broken(result):
        result["first_name"], result["last_name"] = survivor.get("first_name"), survivor.get("last_name")
    return result


def name_pair_broken(values: Mapping[str, Any]) -> bool:
    return _empty(values.get("first_name")) and _empty(values.get("last_name"))


def differing_fields(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    return [name for name in MERGE_FIELDS if a.get(name) != b.get(name)]


@dataclass(frozen=True, slots=True)
class ChannelRow:
    id: int
    kind: str
    normalized: str
    is_primary: bool


def unite_channels(survivor: list[ChannelRow], other: list[ChannelRow]) -> tuple[list[int], list[int]]:
    """Which of the other's channels move to the survivor, and which are dropped as duplicates.

    Compared normalised; e-mails and phones are separate groups; the survivor's primary is kept,
    so a moving channel never stays primary.
    """

    def group(row: ChannelRow) -> bool:
        return row.kind != "email"

    known = {(group(c), c.normalized) for c in survivor}
    move: list[int] = []
    drop: list[int] = []
    for row in other:
        key = (group(row), row.normalized)
        if key in known:
            drop.append(row.id)
        else:
            known.add(key)
            move.append(row.id)
    return move, drop


def stays_primary(moved: ChannelRow, survivor: list[ChannelRow]) -> bool:
    """A channel moving to the survivor stays primary only where the survivor has no primary of
    its group (e-mail, or phone) at all: the survivor's primary is kept."""
    groups_with_primary = {row.kind == "email" for row in survivor if row.is_primary}
    return moved.is_primary and (moved.kind == "email") not in groups_with_primary
