"""The contact sheet of a customer (R13): an HTML document from the service's plain data, and that
document as a PDF. Printing (actionPrintCustomer) lays the same document onto a QPrinter, so the
printed sheet, the PDF of the export dialog and ``export --format pdf --customer`` are one."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kontaktverwaltung.domain.channels import ChannelKind
from kontaktverwaltung.domain.exporting.sheet import ContactSheet, SheetLocation, SheetPerson
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, current_language

_COLUMNS = (  # header and width in per cent
    (QT_TRANSLATE_NOOP("ContactSheet", "Name und Position"), 34),
    (QT_TRANSLATE_NOOP("ContactSheet", "E-Mail"), 30),
    (QT_TRANSLATE_NOOP("ContactSheet", "Telefon"), 18),
    (QT_TRANSLATE_NOOP("ContactSheet", "Rolle"), 18),
)
_STYLE = """
body { font-family: sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 16pt; margin-bottom: 0; }
h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 2pt; }
p.meta { color: #555; margin-top: 2pt; }
p.place { color: #333; margin-top: 0; margin-bottom: 4pt; }
table { border-collapse: collapse; }
th { text-align: left; background-color: #e8e8e8; font-weight: bold; padding: 3pt; }
td { padding: 3pt; vertical-align: top; border-bottom: 1px solid #cccccc; }
span.muted { color: #777; }
"""


def _phone_line(kind: str, number: str) -> str:
    label = ChannelKind(kind).label() if kind in ChannelKind._value2member_map_ else kind
    return f"{escape(number)} <span class='muted'>({escape(label)})</span>" if kind != "phone" else escape(number)


def _person_row(person: SheetPerson) -> str:
    name = f"<b>{escape(person.name())}</b>"
    if not person.active:
        inactive = QCoreApplication.translate("ContactSheet", "inaktiv")
        name += f" <span class='muted'>({escape(inactive)})</span>"
    job = " · ".join(escape(part) for part in (person.position, person.department) if part)
    if job:
        name += f"<br><span class='muted'>{job}</span>"
    emails = "<br>".join(escape(email) for email in person.emails)
    phones = "<br>".join(_phone_line(kind, number) for kind, number in person.phones)
    return f"<tr><td>{name}</td><td>{emails}</td><td>{phones}</td><td>{escape(person.role)}</td></tr>"


def _location_block(location: SheetLocation) -> str:
    place = [escape(location.address)] if location.address else []
    if location.phone:
        place.append(escape(QCoreApplication.translate("ContactSheet", "Telefon {0}").format(location.phone)))
    parts = [f"<h2>{escape(location.name)}</h2>"]
    if place:
        parts.append(f"<p class='place'>{' · '.join(place)}</p>")
    if not location.people:
        nobody = QCoreApplication.translate("ContactSheet", "Keine Ansprechpartner an diesem Standort.")
        parts.append(f"<p class='meta'>{escape(nobody)}</p>")
        return "".join(parts)
    head = "".join(
        f"<th width='{width}%'>{escape(QCoreApplication.translate('ContactSheet', title))}</th>"
        for title, width in _COLUMNS
    )
    rows = "".join(_person_row(person) for person in location.people)
    parts.append(
        f"<table width='100%' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return "".join(parts)


def sheet_html(sheet: ContactSheet) -> str:
    """The whole sheet as HTML that QTextDocument renders (a subset of HTML 4 and CSS 2)."""
    title = QCoreApplication.translate("ContactSheet", "Kontaktblatt {0}").format(sheet.customer_name)
    date = sheet.made_on.strftime("%d.%m.%Y") if current_language() == "de" else sheet.made_on.isoformat()
    locations = (
        QCoreApplication.translate("ContactSheet", "1 Standort")
        if len(sheet.locations) == 1
        else QCoreApplication.translate("ContactSheet", "{0} Standorte").format(len(sheet.locations))
    )
    people = (
        QCoreApplication.translate("ContactSheet", "1 Ansprechpartner")
        if sheet.people == 1
        else QCoreApplication.translate("ContactSheet", "{0} Ansprechpartner").format(sheet.people)
    )
    meta = QCoreApplication.translate("ContactSheet", "Kundennummer {0} · {1} · {2} · Stand {3}").format(
        sheet.customer_number, locations, people, date
    )
    body = "".join(_location_block(location) for location in sheet.locations)
    if not sheet.locations:
        nothing = QCoreApplication.translate("ContactSheet", "Dieser Kunde hat noch keine Standorte.")
        body = f"<p>{escape(nothing)}</p>"
    return (
        f"<html><head><meta charset='utf-8'><title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1><p class='meta'>{escape(meta)}</p>{body}</body></html>"
    )


def sheet_document(sheet: ContactSheet) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(sheet_html(sheet))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, f"{sheet.customer_name}")
    return document


def print_sheet(sheet: ContactSheet, device: QPagedPaintDevice) -> None:
    """Lay the sheet out onto the pages of a PDF writer or a printer (page numbers at the foot)."""
    sheet_document(sheet).print_(device)


def _full_page_a4() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ keeps 2 cm margins of its own
        QPageLayout.Unit.Millimeter,
    )


def sheet_title(sheet: ContactSheet) -> str:
    return QCoreApplication.translate("ContactSheet", "Kontaktblatt {0}").format(sheet.customer_name)


def prepare_printer(sheet: ContactSheet, printer: QPagedPaintDevice) -> None:
    """A4 like the PDF (the print dialog may change it), the sheet's title as the print job's name."""
    printer.setPageLayout(_full_page_a4())
    if hasattr(printer, "setDocName"):
        printer.setDocName(sheet_title(sheet))


def write_pdf(sheet: ContactSheet, path: Path) -> None:
    """The sheet as an A4 PDF at ``path`` (the caller moves it into place: services.exports.target_file).

    Needs a QGuiApplication (fonts)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(sheet_title(sheet))
    writer.setCreator("Kontaktverwaltung")
    writer.setResolution(300)
    writer.setPageLayout(_full_page_a4())
    print_sheet(sheet, writer)
    del writer  # the file is complete once the writer is gone
