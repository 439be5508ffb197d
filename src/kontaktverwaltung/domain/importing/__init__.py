"""Reading address books for the import (R12): vCard, CSV and Excel files, and the header aliases
that map their columns. Pure Python: no Qt, no database."""

from __future__ import annotations

from pathlib import Path

from kontaktverwaltung.domain.importing.records import (
    ImportRecord,
    ImportSource,
    RawChannel,
    RowProblem,
    Table,
    UnreadableFile,
    unreadable,
)
from kontaktverwaltung.domain.importing.tabular import read_csv, records_of
from kontaktverwaltung.domain.importing.vcard import looks_like_vcard, read_vcards
from kontaktverwaltung.domain.importing.xlsx import read_xlsx
from kontaktverwaltung.domain.messages import T

__all__ = [
    "ImportRecord",
    "ImportSource",
    "RawChannel",
    "RowProblem",
    "Table",
    "UnreadableFile",
    "read_bytes",
    "read_path",
    "records_of",
]

MSG_CANNOT_OPEN = T("Die Datei lässt sich nicht öffnen: {detail}")


def read_bytes(data: bytes, name: str = "", encoding: str | None = None, sheet: str | None = None) -> ImportSource:
    """A file's content as a table or as vCard records; raises only :class:`UnreadableFile`.

    The kind follows the content (a vCard starts with BEGIN:VCARD, an .xlsx is a zip) and then
    the name's extension, so a mislabelled file is still read right."""
    suffix = Path(name).suffix.lower()
    if looks_like_vcard(data) or suffix in (".vcf", ".vcard"):
        records, used = read_vcards(data, encoding)
        return ImportSource("vcard", records=tuple(records), encoding=used)
    if suffix in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        return ImportSource("xlsx", table=read_xlsx(data, sheet))
    table = read_csv(data, encoding)
    return ImportSource("csv", table=table, encoding=table.encoding)


def read_path(path: str | Path, encoding: str | None = None, sheet: str | None = None) -> ImportSource:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise unreadable(MSG_CANNOT_OPEN, detail=detail) from error
    return read_bytes(data, Path(path).name, encoding, sheet)


def records(
    source: ImportSource, mapping: list[str | None] | None = None, limit: int | None = None
) -> list[ImportRecord]:
    """The records of a read file (the first ``limit`` only, for a quick first preview): a table
    through its column mapping, a vCard file as read."""
    if source.table is not None:
        return records_of(source.table, mapping, limit)
    return list(source.records[:limit])
