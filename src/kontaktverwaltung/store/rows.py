"""Typed rows and the model's columns: one place that knows how their names differ."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from kontaktverwaltung.domain.results import ContactRow

# ContactRow's names for the model's link fields; every other column keeps its name.
_ROW_NAMES = {"customer": "customer_id", "location": "location_id", "role": "role_id"}
_COLUMN_NAMES = {row: column for column, row in _ROW_NAMES.items()}


def as_contact_row(columns: dict[str, Any]) -> ContactRow:
    """The typed row of a contact's columns as peewee reads them (links as ids)."""
    row = {_ROW_NAMES.get(k, k): v for k, v in columns.items()}
    row["active"] = bool(row["active"])
    return ContactRow(**row)


def contact_columns(row: ContactRow) -> dict[str, Any]:
    """The typed row as the model's columns again (for the change recorder)."""
    return {_COLUMN_NAMES.get(f.name, f.name): getattr(row, f.name) for f in fields(row)}
