"""actionPrintCustomer (R13, issue 14): the customer's contact sheet to a printer or a PDF file,
the same sheet the PDF export writes."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from kontaktverwaltung.services import exports
from kontaktverwaltung.ui import contact_sheet, prompts
from tests.ui.driving import modal_script, type_text


def test_ctrl_p_prints_the_contact_sheet_of_the_selected_customer(window, monkeypatch, tmp_path):
    action = window.findChild(QAction, "actionPrintCustomer")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action.isEnabled()
    target = tmp_path / "blatt.pdf"
    asked: list[str] = []

    def to_pdf(parent, printer: QPrinter, title: str) -> bool:
        asked.append(title)
        assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what "Print to file (PDF)" sets
        printer.setOutputFileName(str(target))
        return True

    printed = []
    real_print = contact_sheet.print_sheet
    monkeypatch.setattr(prompts, "pick_printer", to_pdf)
    monkeypatch.setattr(
        contact_sheet, "print_sheet", lambda sheet, device: printed.append(sheet) or real_print(sheet, device)
    )
    action.trigger()
    customer = window.current_customer()
    assert asked == [f"Kontaktblatt {customer.name}"]
    assert printed == [exports.contact_sheet(customer.id)]  # the sheet `export --format pdf` writes
    assert [(loc.name, [p.name() for p in loc.people]) for loc in printed[0].locations] == [
        ("Zentrale Wien", ["Frau Anna Berger", "Herr Jürgen Weiß"]),
        ("Werk Graz", ["Frau Petra Öztürk"]),
    ]
    assert target.read_bytes().startswith(b"%PDF-") and target.stat().st_size > 2000
    assert window.statusBar().currentMessage() == f"Gedruckt: Kontaktblatt {customer.name}"


def test_the_print_dialog_opens_and_cancel_prints_nothing(window, monkeypatch):
    printed = []
    monkeypatch.setattr(contact_sheet, "print_sheet", lambda sheet, device: printed.append(sheet))

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintDialog)
        assert dialog.windowTitle() == f"Kontaktblatt {window.current_customer().name}"
        dialog.reject()

    with modal_script(cancel):
        window.actionPrintCustomer.trigger()
    assert printed == []


def test_without_a_customer_there_is_nothing_to_print(window):
    type_text(window.customer_search, "niemand hier")  # the search hides every customer
    assert window.current_customer() is None
    assert not window.actionPrintCustomer.isEnabled()
