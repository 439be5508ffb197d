"""Export of contacts (R13, B4): vCard 3.0/4.0, CSV for Excel, .xlsx, and the data of the PDF
contact sheet (drawn by ui/contact_sheet.py: services stay free of Qt).

Scope: the whole database, one customer, or a list of contact ids (the cards a search shows).
Files are written next to their target and moved into place when complete, so a failed or
cancelled export never leaves half a file or destroys the previous one.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import enum
import errno
import os
import re
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kontaktverwaltung.domain.errors import DomainError, Problem, ValidationError
from kontaktverwaltung.domain.exporting import table, vcard
from kontaktverwaltung.domain.exporting.records import ExportContact
from kontaktverwaltung.domain.exporting.sheet import ContactSheet, SheetLocation, SheetPerson
from kontaktverwaltung.domain.messages import Message, T, plain
from kontaktverwaltung.store import exporting, repo

# --- messages (German source texts; English in the catalogue, docs/translations.md) ------------
UNKNOWN_FORMAT = T("Unbekanntes Exportformat „{text}“. Möglich sind: vcf, csv, xlsx, pdf.")
FORMAT_NOT_GIVEN = T(
    "Welches Format? Bitte --format vcf, csv, xlsx oder pdf angeben (die Endung von „{path}“ sagt es nicht)."
)
UNKNOWN_VCARD_VERSION = T("Unbekannte vCard-Version „{text}“. Möglich sind 3.0 und 4.0.")
PDF_NEEDS_CUSTOMER = T("Das PDF-Kontaktblatt gibt es für einen Kunden: bitte einen Kunden wählen (--customer NUMMER).")
PER_CONTACT_ONLY_VCARD = T("Eine Datei je Ansprechpartner gibt es nur für vCard.")
CANNOT_WRITE = T("„{path}“ kann nicht geschrieben werden: {reason}. Es wurde nichts exportiert.")
NOT_A_FOLDER = T("„{path}“ ist eine Datei; für eine Datei je Ansprechpartner bitte einen Ordner angeben.")
CANCELLED = T("Export abgebrochen. Es wurde keine Datei geschrieben.")
WRITE_REASONS = {
    errno.EACCES: T("keine Schreibrechte"),
    errno.EPERM: T("keine Schreibrechte"),
    errno.EROFS: T("der Datenträger ist schreibgeschützt"),
    errno.ENOENT: T("den Ordner gibt es nicht"),
    errno.ENOTDIR: T("ein Teil des Pfads ist kein Ordner"),
    errno.EISDIR: T("dort liegt ein Ordner"),
    errno.ENOSPC: T("der Datenträger ist voll"),
}


class ExportFormat(enum.StrEnum):
    VCARD = "vcf"
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"

    @classmethod
    def parse(cls, text: str) -> ExportFormat:
        """A format as typed: "vcf" (also "vcard"), "csv", "xlsx" (also "excel"), "pdf"."""
        folded = text.strip().lower().lstrip(".")
        folded = {"vcard": "vcf", "excel": "xlsx"}.get(folded, folded)
        try:
            return cls(folded)
        except ValueError:
            raise ValidationError(Problem.of(UNKNOWN_FORMAT, "format", text=text)) from None

    @classmethod
    def of_file(cls, path: Path) -> ExportFormat | None:
        """The format a file name suggests (".vcf", ".csv", ".xlsx", ".pdf"), or None."""
        try:
            return cls(path.suffix.lower().lstrip("."))
        except ValueError:
            return None


def format_for(text: str | None, path: Path, per_contact: bool = False) -> ExportFormat:
    """The format asked for, else the one the file name suggests; a folder of cards is vCard."""
    if text:
        return ExportFormat.parse(text)
    found = ExportFormat.of_file(Path(path)) or (ExportFormat.VCARD if per_contact else None)
    if found is None:
        raise ValidationError(Problem.of(FORMAT_NOT_GIVEN, "format", path=path))
    return found


@dataclass(frozen=True, slots=True)
class ExportScope:
    """Which contacts: one customer, these contact ids, or (both None) the whole database."""

    customer_id: int | None = None
    contact_ids: tuple[int, ...] | None = None

    @classmethod
    def whole_database(cls) -> ExportScope:
        return cls()

    @classmethod
    def customer(cls, customer_id: int) -> ExportScope:
        return cls(customer_id=customer_id)

    @classmethod
    def contacts(cls, contact_ids: Sequence[int]) -> ExportScope:
        return cls(contact_ids=tuple(contact_ids))


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    contacts: int
    files: int = 1


# progress(done, total): called after each batch of contacts; returning False cancels the export.
Progress = Callable[[int, int], bool]


class ExportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(Problem.of(CANCELLED, None))


def count_contacts(scope: ExportScope) -> int:
    return exporting.count_contacts(scope.customer_id, scope.contact_ids)


def _cannot_write(path: Path, error: OSError) -> DomainError:
    known = WRITE_REASONS.get(error.errno or 0)
    reason = Message(known) if known else plain(error.strerror or str(error))
    return DomainError(Problem.of(CANNOT_WRITE, "file", path=path, reason=reason))


@contextlib.contextmanager
def target_file(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write into; moved onto ``path`` only when the block
    completes. Any failure removes it, leaves ``path`` as it was and says why in German/English."""
    path = Path(path)
    if path.is_dir():
        raise _cannot_write(path, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    # Not mkstemp: its file is private (0600) and would stay so after the move; this one gets the
    # permissions any new file of the user gets.
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.teil")
    try:
        with open(temporary, "x"):
            pass
    except OSError as error:
        raise _cannot_write(path, error) from error
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        raise _cannot_write(path, error) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _batches(scope: ExportScope, progress: Progress | None) -> Iterator[list[ExportContact]]:
    total = count_contacts(scope) if progress is not None else 0
    done = 0
    for batch in exporting.export_batches(scope.customer_id, scope.contact_ids):
        yield batch
        done += len(batch)
        if progress is not None and progress(done, total) is False:
            raise ExportCancelled()


def _checked_version(version: str) -> str:
    if version not in vcard.VERSIONS:
        raise ValidationError(Problem.of(UNKNOWN_VCARD_VERSION, "vcard_version", text=version))
    return version


def export_vcard(
    path: Path,
    scope: ExportScope,
    version: str = vcard.DEFAULT_VERSION,
    per_contact: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """R13: vCard 3.0 (4.0 on request), UTF-8, CRLF, TYPE on every TEL/EMAIL/ADR, PREF kept.

    One file with every card, or (``per_contact``) a folder with one file per contact: Outlook
    reads only the first card of a file."""
    version = _checked_version(version)
    path = Path(path)
    if per_contact:
        return _export_vcard_files(path, scope, version, progress)
    count = 0
    with target_file(path) as temporary, open(temporary, "w", encoding="utf-8", newline="") as out:
        for batch in _batches(scope, progress):
            out.write("".join(vcard.vcard(contact, version) for contact in batch))
            count += len(batch)
    return ExportResult(path, count)


_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_file_name(text: str) -> str:
    """``text`` as a file name every system accepts: no folders, none of the characters Windows
    forbids ("" when nothing is left)."""
    return _UNSAFE_IN_FILE_NAMES.sub(" ", text).strip(" .")


def card_file_name(contact: ExportContact, taken: set[str]) -> str:
    """ "Anna Müller.vcf"; a second "Anna Müller" gets her id: "Anna Müller (17).vcf".
    Characters Windows forbids are dropped; ``taken`` holds the lower-cased names used so far."""
    name = " ".join(part for part in (contact.first_name, contact.last_name) if part)
    name = safe_file_name(name)[:100] or f"Ansprechpartner {contact.id}"
    file_name = f"{name}.vcf"
    if file_name.lower() in taken:
        file_name = f"{name} ({contact.id}).vcf"
    taken.add(file_name.lower())
    return file_name


def _export_vcard_files(folder: Path, scope: ExportScope, version: str, progress: Progress | None) -> ExportResult:
    if folder.exists() and not folder.is_dir():
        raise DomainError(Problem.of(NOT_A_FOLDER, "file", path=folder))
    try:
        folder.mkdir(exist_ok=True)
        taken = {entry.name.lower() for entry in folder.iterdir()}
    except OSError as error:
        raise _cannot_write(folder, error) from error
    count = 0
    for batch in _batches(scope, progress):
        for contact in batch:
            target = folder / card_file_name(contact, taken)
            try:
                with open(target, "w", encoding="utf-8", newline="") as out:
                    out.write(vcard.vcard(contact, version))
            except OSError as error:
                raise _cannot_write(target, error) from error
            count += 1
    return ExportResult(folder, count, count)


def _table_rows(scope: ExportScope, progress: Progress | None) -> tuple[list[str], Iterator[list[list[str]]]]:
    widths = table.ChannelWidths.of(exporting.widest_channels(scope.customer_id, scope.contact_ids))

    def rows() -> Iterator[list[list[str]]]:
        for batch in _batches(scope, progress):
            yield [table.row(contact, widths) for contact in batch]

    return table.header(widths), rows()


def export_csv(path: Path, scope: ExportScope, progress: Progress | None = None) -> ExportResult:
    """R13: CSV for Excel in German-speaking countries: UTF-8 with BOM, ``;``, CRLF, the shared
    column set with a stable "Kontakt-ID", cells a spreadsheet would run as formulas guarded."""
    header, batches = _table_rows(scope, progress)
    count = 0
    path = Path(path)
    with target_file(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for rows in batches:
            writer.writerows([[table.guard(cell) for cell in row] for row in rows])
            count += len(rows)
    return ExportResult(path, count)


def export_xlsx(path: Path, scope: ExportScope, progress: Progress | None = None) -> ExportResult:
    """R13: an Excel workbook whose every cell is text (phone numbers keep their "+" and leading
    zeros, nothing is read as a date or a formula), columns formatted as text for later edits."""
    import xlsxwriter  # imported on use: not needed on the window's start path

    header, batches = _table_rows(scope, progress)
    count = 0
    path = Path(path)
    with target_file(path) as temporary:
        options = {
            "constant_memory": True,  # rows stream to the file: memory stays flat
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        }
        workbook = xlsxwriter.Workbook(str(temporary), options)
        try:
            sheet = workbook.add_worksheet("Ansprechpartner")
            text = workbook.add_format({"num_format": "@"})
            bold = workbook.add_format({"num_format": "@", "bold": True})
            sheet.set_column(0, len(header) - 1, 18, text)
            sheet.freeze_panes(1, 0)
            sheet.write_row(0, 0, header, bold)
            row_number = 1
            for rows in batches:
                for cells in rows:
                    for column, cell in enumerate(cells):
                        if cell:
                            sheet.write_string(row_number, column, cell)
                    row_number += 1
                count += len(rows)
            sheet.autofilter(0, 0, max(row_number - 1, 1), len(header) - 1)
        finally:
            workbook.close()
    return ExportResult(path, count)


def export_contacts(
    file_format: ExportFormat,
    path: Path,
    scope: ExportScope,
    vcard_version: str = vcard.DEFAULT_VERSION,
    per_contact: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """One entry for the CLI and the export dialog: vCard, CSV or .xlsx (the PDF sheet is drawn
    by the UI from ``contact_sheet``)."""
    if per_contact and file_format is not ExportFormat.VCARD:
        raise ValidationError(Problem.of(PER_CONTACT_ONLY_VCARD, "per_contact"))
    if file_format is ExportFormat.VCARD:
        return export_vcard(path, scope, vcard_version, per_contact, progress)
    if file_format is ExportFormat.CSV:
        return export_csv(path, scope, progress)
    if file_format is ExportFormat.XLSX:
        return export_xlsx(path, scope, progress)
    if scope.customer_id is None:
        raise ValidationError(Problem.of(PDF_NEEDS_CUSTOMER, "customer"))
    raise ValueError("the PDF contact sheet is drawn by ui.contact_sheet")


def contacts_for(contact_ids: Sequence[int]) -> list[ExportContact]:
    """These contacts with everything an export writes (all e-mails and phones, the customer and
    the location's address), in the order asked for: what a card copies, lists or drags out."""
    found = {c.id: c for batch in exporting.export_batches(None, tuple(contact_ids)) for c in batch}
    return [found[i] for i in contact_ids if i in found]


def vcard_text(contact_ids: Sequence[int], version: str = vcard.DEFAULT_VERSION) -> str:
    """R13: the vCards of these contacts as one text, as the export file would hold them."""
    return "".join(vcard.vcard(contact, _checked_version(version)) for contact in contacts_for(contact_ids))


def contact_sheet(customer_id: int) -> ContactSheet:
    """R13: the printable contact sheet of a customer: its locations in the panel's order, each with
    its people (by name) and their position, role, e-mails and phones. Five queries."""
    panel = repo.load_panel(customer_id)
    channels: dict[int, list[tuple[str, str]]] = {}
    for batch in exporting.export_batches(customer_id):
        for contact in batch:
            channels[contact.id] = [(c.kind, c.display) for c in contact.channels]  # as the app shows them
    people: dict[int, list[SheetPerson]] = {}
    for card in panel.contacts:  # sorted by name
        own = channels.get(card.id, [])
        people.setdefault(card.location_id, []).append(
            SheetPerson(
                card.salutation,
                card.title,
                card.first_name,
                card.last_name,
                card.position,
                card.department,
                card.role_name,
                bool(card.active),
                tuple(value for kind, value in own if kind == "email"),
                tuple((kind, value) for kind, value in own if kind != "email"),
            )
        )
    locations = tuple(
        SheetLocation(
            location.name,
            location.street,
            location.postal_code,
            location.city,
            location.country,
            location.phone,
            tuple(people.get(location.id, ())),
        )
        for location in panel.locations
    )
    return ContactSheet(panel.customer.number, panel.customer.name, locations, datetime.date.today())
