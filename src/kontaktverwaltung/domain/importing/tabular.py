"""CSV and Excel files: encoding, delimiter and header row (R12), and a row's cells turned into a
record through the column mapping."""

from __future__ import annotations

import codecs
import csv
import functools
import io
import itertools
from collections import Counter
from collections.abc import Sequence

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.errors import Problem
from kontaktverwaltung.domain.importing import aliases as a
from kontaktverwaltung.domain.importing.records import ImportRecord, RawChannel, RowProblem, Table, unreadable
from kontaktverwaltung.domain.messages import T

DELIMITERS = (";", ",", "\t", "|")
SAMPLE_ROWS = 2000  # rows a delimiter is judged on (a whole file read four times took 4x as long)
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "iso-8859-1", "utf-16", "mac_roman")
MAX_BYTES = 200 * 1024 * 1024
GOOGLE_SEPARATOR = " ::: "
FORMULA_GUARD = ("'=", "'+", "'-", "'@")

MSG_EMPTY = T("Die Datei ist leer.")
MSG_BINARY = T("Die Datei ist keine Textdatei (CSV) – bitte eine CSV-, vCard- oder Excel-Datei wählen.")
MSG_HEADER_ONLY = T("Die Datei enthält nur die Kopfzeile, keine Kontakte.")
MSG_TOO_BIG = T("Die Datei ist größer als 200 MB.")
MSG_NO_COLUMNS = T("In der Datei sind keine Spalten zu erkennen (Trennzeichen ; , Tabulator oder |).")
MSG_BAD_ENCODING = T("Die Datei passt nicht zur Zeichenkodierung {encoding}.")
MSG_BAD_ID = T("„{value}“ ist keine Kontakt-ID (eine Zahl).")
MSG_EXCHANGE = T("Exchange-Adresse (Typ EX) ohne E-Mail-Adresse – nicht übernommen.")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with: the BOM's, else strict UTF-8, else Windows-1252
    (R12: never a guess that turns "é" into "č"). ``encoding`` overrides the detection."""
    if not data.strip():
        raise unreadable(MSG_EMPTY)
    if encoding:
        try:
            return codecs.decode(data, encoding), encoding
        except (UnicodeDecodeError, LookupError) as error:
            raise unreadable(MSG_BAD_ENCODING, encoding=encoding) from error
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return codecs.decode(data, name), name
            except UnicodeDecodeError as error:
                raise unreadable(MSG_BINARY) from error
    if b"\x00" in data:
        raise unreadable(MSG_BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; a text file never holds them, a binary one does.
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 1000) or _control_characters(text) > max(3, len(text) // 200):
        raise unreadable(MSG_BINARY)
    return text, "cp1252"


def _control_characters(text: str) -> int:
    return sum(1 for ch in text[:100_000] if ord(ch) < 32 and ch not in "\r\n\t")


def _parse(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, tuple[str, ...]]]:
    """(record number, stripped cells) of every row, or of the first ``limit``; blank rows are
    kept as () so row numbers stay true.

    A loop of Python's own, not ``list(reader)``: between its rows the interpreter lets other
    threads run, where ``list`` over the C reader holds its lock for the whole file (90 ms for
    20,000 rows, the import dialog's window frozen as long). Each row's list of cells is freed as
    soon as its stripped copy is made: freed all at once, 20,000 of them held the lock 20-50 ms."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    rows = enumerate(itertools.islice(reader, limit), start=1)
    return [(number, tuple(map(str.strip, cells))) for number, cells in rows]


def _score(rows: list[tuple[int, tuple[str, ...]]]) -> tuple[int, int, int]:
    """How well a delimiter fits: rows with the usual column count (constant count wins), then columns."""
    counts = Counter(len(cells) for _, cells in rows if any(cells))
    if not counts:
        return (0, 0, 0)
    width, hits = counts.most_common(1)[0]
    if width < 2:
        return (0, 0, 0)
    constant = int(hits == sum(counts.values()))
    return (constant, hits, width)


def read_csv(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """A CSV file as a table (R12): encoding as :func:`decode`, the delimiter of ``; , TAB |`` that
    gives every row the same number of columns, quoted cells over several lines."""
    if len(data) > MAX_BYTES:
        raise unreadable(MSG_TOO_BIG)
    text, used = decode(data, encoding)
    if "\x00" in text:
        raise unreadable(MSG_BINARY)
    try:
        if delimiter:
            best, rows = delimiter, _parse(text, delimiter)
        else:
            # Each delimiter is judged on the first rows; the file is then read once, with the best.
            best, score = "", (0, 0, 0)
            for candidate in DELIMITERS:
                if candidate not in text:
                    continue
                candidate_score = _score(_parse(text, candidate, SAMPLE_ROWS))
                if candidate_score > score:
                    best, score = candidate, candidate_score
            rows = _parse(text, best) if best else []
    except csv.Error as error:
        raise unreadable(MSG_BINARY) from error
    if not best:
        if not text.strip():
            raise unreadable(MSG_EMPTY)
        if _control_characters(text):
            raise unreadable(MSG_NO_COLUMNS)
        best, rows = ";", _parse(text, ";")  # a list of one column ("Name", "E-Mail")
    return table_of(rows, used, best)


def table_of(
    rows: Sequence[tuple[int, Sequence[str]]], encoding: str = "", delimiter: str = "", **extra: object
) -> Table:
    """The first non-blank row is the header; blank rows are dropped. The readers strip the cells
    as they read them (a 20,000-row Outlook file has 1.8 million: once is enough)."""
    content = [(n, tuple(cells)) for n, cells in rows if any(cells)]
    if not content:
        raise unreadable(MSG_EMPTY)
    (_, headers), data = content[0], content[1:]
    if not data:
        raise unreadable(MSG_HEADER_ONLY)
    width = len(headers)
    padded = tuple((n, cells[:width] + ("",) * (width - len(cells))) for n, cells in data)
    return Table(headers, padded, encoding, delimiter, **extra)  # type: ignore[arg-type]


def unguard(cell: str) -> str:
    """Undo the export's formula guard (R13): exactly one apostrophe before = + - @."""
    return cell[1:] if cell.startswith(FORMULA_GUARD) else cell


_EMAIL_LABELS = {a.EMAIL: "Arbeit", a.EMAIL_HOME: "Privat", a.EMAIL_OTHER: ""}
_PHONES = {
    a.PHONE: (ChannelKind.PHONE, ""),
    a.PHONE_HOME: (ChannelKind.PHONE, "Privat"),
    a.PHONE_OTHER: (ChannelKind.PHONE, "Sonstige"),
    a.MOBILE: (ChannelKind.MOBILE, ""),
    a.FAX: (ChannelKind.FAX, ""),
    a.FAX_HOME: (ChannelKind.FAX, "Privat"),
}


def _google_type(text: str) -> tuple[bool, str]:
    """Google's type cell: "* Work" marks the primary one. Returns (primary, type without marker)."""
    stripped = text.strip()
    if stripped.startswith("*"):
        return True, stripped.lstrip("* ").strip()
    return False, stripped


@functools.lru_cache(maxsize=1024)  # a file's few type words ("SMTP", "* Work"), on every row
def _phone_kind(type_text: str, default: tuple[ChannelKind, str]) -> tuple[ChannelKind, str]:
    folded = a.fold_header(type_text)
    if "fax" in folded:
        return ChannelKind.FAX, "Privat" if "home" in folded or "privat" in folded else ""
    if "mobil" in folded or "cell" in folded or "handy" in folded:
        return ChannelKind.MOBILE, ""
    if "home" in folded or "privat" in folded:
        return ChannelKind.PHONE, "Privat"
    if "work" in folded or "arbeit" in folded or "business" in folded:
        return ChannelKind.PHONE, ""
    if folded in ("other", "sonstige"):
        return ChannelKind.PHONE, "Sonstige"
    return default


@functools.lru_cache(maxsize=1024)
def _email_label(type_text: str, default: str) -> str:
    folded = a.fold_header(type_text)
    if "home" in folded or "privat" in folded:
        return "Privat"
    if "work" in folded or "arbeit" in folded:
        return "Arbeit"
    if folded in ("other", "sonstige"):
        return "Sonstige"
    return default


# A mapped column: its place in the row, header, field and e-mail/phone group.
_Column = tuple[int, str, str, int]


def _mapped_columns(headers: Sequence[str], mapping: Sequence[str | None]) -> list[_Column]:
    """The columns a field is mapped to, worked out once per file (Outlook has 90-odd columns,
    most of them unused): a row then looks only at these."""
    return [
        (index, header, field, a.channel_group(header))
        for index, (header, field) in enumerate(zip(headers, mapping, strict=False))
        if field
    ]


def record_of(row: int, headers: Sequence[str], cells: Sequence[str], mapping: Sequence[str | None]) -> ImportRecord:
    """One row through the column mapping: names, company, address and every e-mail and phone."""
    return _record_of(row, cells, _mapped_columns(headers, mapping))


def _record_of(row: int, cells: Sequence[str], columns: Sequence[_Column]) -> ImportRecord:
    values: dict[str, list[str]] = {}
    types: dict[tuple[str, int], str] = {}
    channel_cells: list[tuple[str, str, str, int]] = []  # (field, cell, header, group)
    width = len(cells)
    for index, header, field, group in columns:
        if index >= width or not cells[index]:  # most of a row's cells are empty
            continue
        cell = unguard(cells[index].strip())
        if not cell:
            continue
        if field in (a.EMAIL_TYPE, a.PHONE_TYPE):
            types[(field, group)] = cell
        elif field in _EMAIL_LABELS or field in _PHONES:
            channel_cells.append((field, cell, header, group))
        else:
            values.setdefault(field, []).append(cell)
    problems: list[RowProblem] = []
    channels: list[RawChannel] = []
    for field, cell, header, group in channel_cells:
        is_email = field in _EMAIL_LABELS
        type_text = types.get((a.EMAIL_TYPE if is_email else a.PHONE_TYPE, group), "")
        marked, type_name = _google_type(type_text)
        if (is_email and type_name.upper() == "EX") or cell.upper().startswith("/O="):
            problems.append(RowProblem(row, header, cell, Problem.of(MSG_EXCHANGE, header)))
            continue
        for part in cell.split(GOOGLE_SEPARATOR.strip()) if GOOGLE_SEPARATOR.strip() in cell else [cell]:
            part = part.strip()
            if not part:
                continue
            if is_email:
                label = _email_label(type_name, _EMAIL_LABELS[field])
                channels.append(RawChannel(ChannelKind.EMAIL, part, label, marked, header))
            else:
                kind, label = _phone_kind(type_name, _PHONES[field])
                channels.append(RawChannel(kind, part, label, marked, header))
            marked = False  # of Google's "a ::: b" only the first carries the type's marker

    def one(field: str, joiner: str = " ") -> str:
        return joiner.join(values.get(field, []))

    first, last = one(a.FIRST_NAME), one(a.LAST_NAME)
    middle = one(a.MIDDLE_NAME)
    if middle:
        first = f"{first} {middle}".strip()
    if not first and not last and values.get(a.FULL_NAME):
        first, _, last = one(a.FULL_NAME).rpartition(" ")
    salutation, title = a.split_salutation(one(a.SALUTATION))
    given_title = one(a.TITLE)
    if given_title:
        more_salutation, given_title = a.split_salutation(given_title)
        salutation = salutation or more_salutation
        title = " ".join(t for t in (title, given_title) if t)
    contact_id: int | None = None
    raw_id = one(a.CONTACT_ID)
    if raw_id:
        if raw_id.isdigit():
            contact_id = int(raw_id)
        else:
            problems.append(RowProblem(row, a.field_label(a.CONTACT_ID), raw_id, _bad_id(raw_id)))
    street = ", ".join(values.get(a.STREET, []) + values.get(a.STREET_MORE, []))
    country_text = one(a.COUNTRY)
    return ImportRecord(
        row=row,
        contact_id=contact_id,
        customer_number=one(a.CUSTOMER_NUMBER),
        company=one(a.COMPANY),
        location=one(a.LOCATION),
        street=street,
        postal_code=one(a.POSTAL_CODE),
        city=one(a.CITY),
        country=a.country_code(country_text) or country_text,
        salutation=salutation,
        title=title,
        first_name=first,
        last_name=last,
        position=one(a.POSITION, ", "),
        department=one(a.DEPARTMENT, ", "),
        notes=one(a.NOTES, "\n"),
        channels=tuple(channels),
        problems=tuple(problems),
    )


def _bad_id(value: str) -> Problem:
    return Problem.of(MSG_BAD_ID, a.CONTACT_ID, value=value)


def records_of(
    table: Table, mapping: Sequence[str | None] | None = None, limit: int | None = None
) -> list[ImportRecord]:
    """The data rows of the table as records; ``mapping`` defaults to the recognised columns."""
    fields = list(mapping) if mapping is not None else a.default_mapping(table.headers)
    columns = _mapped_columns(table.headers, fields)
    return [_record_of(n, cells, columns) for n, cells in table.rows[:limit]]
