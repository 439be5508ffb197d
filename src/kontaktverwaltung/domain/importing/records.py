"""What the readers hand on: a table of cells (CSV, .xlsx) or finished records (vCard), and the
one error a file that cannot be read raises (R12)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.errors import DomainError, Problem


class UnreadableFile(DomainError):
    """The file cannot be read as contacts; nothing was written. The message is one German line."""


def unreadable(key: str, **params: Any) -> UnreadableFile:
    """``key``: a T("…") text with ``params`` (domain/messages.py)."""
    return UnreadableFile(Problem.of(key, "file", **params))


@dataclass(frozen=True, slots=True)
class RawChannel:
    """An e-mail address or phone number as the file has it; ``source`` names its column or property."""

    kind: ChannelKind
    value: str
    label: str = ""
    primary: bool = False
    source: str = ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something about one row of the file that the user should know; the row is still imported
    (without that value) unless the problem says otherwise."""

    row: int
    field: str
    value: str
    problem: Problem

    def message(self) -> str:
        return self.problem.message()


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One person of the file, with where they work. Texts are stripped; "" means "not given"."""

    row: int  # as the user counts: the CSV/Excel row (header = 1), the card number in a vCard file
    contact_id: int | None = None  # Kontakt-ID / X-KV-KONTAKT-ID of an earlier export
    customer_number: str = ""
    company: str = ""
    location: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""  # ISO code when known, else as written ("" for none)
    salutation: str = ""  # Herr / Frau / divers or ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    position: str = ""
    department: str = ""
    notes: str = ""
    channels: tuple[RawChannel, ...] = ()
    problems: tuple[RowProblem, ...] = ()

    @property
    def has_name(self) -> bool:
        return bool(self.first_name or self.last_name)


@dataclass(frozen=True, slots=True)
class Table:
    """A CSV file or an Excel sheet: the header row and the data rows with their row numbers."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str = ""  # "utf-8-sig", "utf-8", "cp1252" …; "" for .xlsx
    delimiter: str = ""
    sheets: tuple[str, ...] = ()  # .xlsx: every sheet's name
    sheet: str = ""


@dataclass(frozen=True, slots=True)
class ImportSource:
    """A file read: a table that still needs its column mapping, or the records of a vCard file."""

    kind: str  # "csv" | "xlsx" | "vcard"
    table: Table | None = None
    records: tuple[ImportRecord, ...] = field(default_factory=tuple)
    encoding: str = ""
