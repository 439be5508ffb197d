"""Contacts as table rows for CSV and Excel (R13), in the columns the import reads back.

The header is shared with the import (its alias table knows every one of these names), so an
edited export re-imports as updates of the same contacts through "Kontakt-ID".
"""

from __future__ import annotations

from dataclasses import dataclass

from kontaktverwaltung.domain.exporting.records import ExportContact, international_phone

LEADING_COLUMNS = (
    "Kontakt-ID",
    "Kundennummer",
    "Firma",
    "Standort",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Position",
    "Abteilung",
)
# Channel kinds in column order with their header word: "E-Mail", "E-Mail 2", …
CHANNEL_COLUMNS = (("email", "E-Mail"), ("phone", "Telefon"), ("mobile", "Mobil"), ("fax", "Fax"))
TRAILING_COLUMNS = ("Notizen",)

# A spreadsheet takes a cell starting with one of these for a formula ("=HYPERLINK(…)" from a
# hostile import would run when the file is opened). The import removes exactly this guard.
FORMULA_STARTS = ("=", "+", "-", "@")
FORMULA_GUARD = "'"


def guard(cell: str) -> str:
    """R13: a cell a spreadsheet would read as a formula gets a leading apostrophe."""
    return FORMULA_GUARD + cell if cell.startswith(FORMULA_STARTS) else cell


@dataclass(frozen=True, slots=True)
class ChannelWidths:
    """How many columns each channel kind gets: as many as the widest contact needs, at least one."""

    email: int = 1
    phone: int = 1
    mobile: int = 1
    fax: int = 1

    @classmethod
    def of(cls, widest: dict[str, int]) -> ChannelWidths:
        return cls(*(max(1, int(widest.get(kind, 0))) for kind, _ in CHANNEL_COLUMNS))

    def width(self, kind: str) -> int:
        return int(getattr(self, kind))


def header(widths: ChannelWidths) -> list[str]:
    columns = list(LEADING_COLUMNS)
    for kind, word in CHANNEL_COLUMNS:
        columns += [word if n == 1 else f"{word} {n}" for n in range(1, widths.width(kind) + 1)]
    return columns + list(TRAILING_COLUMNS)


def row(contact: ExportContact, widths: ChannelWidths) -> list[str]:
    """The contact's cells under ``header(widths)``, unguarded: the first of each kind is its primary."""
    c = contact
    cells = [
        str(c.id),
        c.customer_number,
        c.customer_name,
        c.location_name,
        c.street,
        c.postal_code,
        c.city,
        c.country,
        c.salutation,
        c.title,
        c.first_name,
        c.last_name,
        c.position,
        c.department,
    ]
    for kind, _ in CHANNEL_COLUMNS:
        values = [
            ch.display if kind == "email" else international_phone(ch.display, ch.normalized)
            for ch in c.channels
            if ch.kind == kind
        ]
        width = widths.width(kind)
        cells += values[:width] + [""] * (width - len(values))
    cells.append(c.notes)
    return cells
