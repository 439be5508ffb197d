"""Merging two records of the same person (R7): who survives, which value wins, channels united."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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
        pick = choices.get(name)
        if pick == "other" or (pick is None and _empty(survivor.get(name)) and not _empty(other.get(name))):
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
