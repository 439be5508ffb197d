"""The export dialog (R13, actionExport): format, which contacts (the whole database, the selected
customer, or the cards the current search shows), one file or one per contact, vCard version.

The export runs off the UI thread (the PDF sheet, drawn by Qt, in it: one customer is quick);
Cancel while it runs stops it and writes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.services import exports
from kontaktverwaltung.services.exports import ExportFormat, ExportResult, ExportScope
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.generated.ui_export_dialog import Ui_ExportDialog
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, error_text

_FORMATS = (
    (ExportFormat.VCARD, QT_TRANSLATE_NOOP("ExportDialog", "vCard (.vcf) – Outlook, Apple, Google, Thunderbird")),
    (ExportFormat.CSV, QT_TRANSLATE_NOOP("ExportDialog", "CSV für Excel (.csv)")),
    (ExportFormat.XLSX, QT_TRANSLATE_NOOP("ExportDialog", "Excel-Arbeitsmappe (.xlsx)")),
    (ExportFormat.PDF, QT_TRANSLATE_NOOP("ExportDialog", "PDF-Kontaktblatt des Kunden (.pdf)")),
)
_FILTERS = {
    ExportFormat.VCARD: QT_TRANSLATE_NOOP("ExportDialog", "vCard (*.vcf)"),
    ExportFormat.CSV: QT_TRANSLATE_NOOP("ExportDialog", "CSV (*.csv)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Excel (*.xlsx)"),
    ExportFormat.PDF: QT_TRANSLATE_NOOP("ExportDialog", "PDF (*.pdf)"),
}


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportResult, once the file is in place

    def __init__(
        self,
        parent: QWidget | None,
        customer: tuple[int, str] | None = None,
        shown_ids: Sequence[int] | None = None,
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        self.customer = customer
        self.shown_ids = tuple(shown_ids) if shown_ids is not None else None
        self.folder = Path(folder) if folder else Path.home()
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("ExportDialog", "&Exportieren"))
        self.ok_button.setObjectName("exportButton")
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("ExportDialog", "Abbrechen"))
        for file_format, label in _FORMATS:
            self.ui.formatCombo.addItem(QCoreApplication.translate("ExportDialog", label), file_format)
        for version in ("3.0", "4.0"):
            self.ui.versionCombo.addItem(version, version)
        if customer is not None:
            self.ui.customerRadio.setText(
                QCoreApplication.translate("ExportDialog", "Die des Kunden „{0}“").format(customer[1])
            )
        else:
            self.ui.customerRadio.setEnabled(False)
        if self.shown_ids is not None:
            shown = (
                QCoreApplication.translate("ExportDialog", "Der angezeigte Ansprechpartner")
                if len(self.shown_ids) == 1
                else QCoreApplication.translate("ExportDialog", "Die {0} angezeigten Ansprechpartner").format(
                    len(self.shown_ids)
                )
            )
            self.ui.shownRadio.setText(shown)
        else:
            self.ui.shownRadio.setEnabled(False)
        (self.ui.customerRadio if customer is not None else self.ui.wholeDatabaseRadio).setChecked(True)
        self.loader = BackgroundLoader(self)
        self._cancelled = False
        self._running = False
        self.ui.formatCombo.currentIndexChanged.connect(lambda _: self._format_changed())
        self.ui.perContactCheck.toggled.connect(lambda _: self._format_changed())
        self.ui.browseButton.clicked.connect(self._browse)
        self.ok_button.clicked.connect(self._export)
        self._format_changed()

    # --- the choices ----------------------------------------------------------------------------

    @property
    def file_format(self) -> ExportFormat:
        return ExportFormat(self.ui.formatCombo.currentData())

    def scope(self) -> ExportScope:
        if self.ui.customerRadio.isChecked() and self.customer is not None:
            return ExportScope.customer(self.customer[0])
        if self.ui.shownRadio.isChecked() and self.shown_ids is not None:
            return ExportScope.contacts(self.shown_ids)
        return ExportScope.whole_database()

    def _suggested_name(self) -> str:
        base = self.customer[1] if self.customer is not None and self.ui.customerRadio.isChecked() else "Kontakte"
        base = exports.safe_file_name(base) or "Kontakte"
        if self.ui.perContactCheck.isChecked() and self.file_format is ExportFormat.VCARD:
            return base
        return f"{base}.{self.file_format.value}"

    def _format_changed(self) -> None:
        vcard = self.file_format is ExportFormat.VCARD
        pdf = self.file_format is ExportFormat.PDF
        self.ui.versionCombo.setEnabled(vcard)
        self.ui.perContactCheck.setEnabled(vcard)
        if pdf:  # the contact sheet is one customer's
            self.ui.customerRadio.setChecked(True)
        self.ui.wholeDatabaseRadio.setEnabled(not pdf)
        self.ui.shownRadio.setEnabled(not pdf and self.shown_ids is not None)
        self.ok_button.setEnabled(not pdf or self.customer is not None)
        self.ui.statusLabel.setText(
            QCoreApplication.translate(
                "ExportDialog", "Das PDF-Kontaktblatt gibt es für einen Kunden: bitte zuerst einen Kunden wählen."
            )
            if pdf and self.customer is None
            else ""
        )
        current = self.ui.fileEdit.text().strip()
        folder = Path(current).parent if current else self.folder
        self.ui.fileEdit.setText(str(folder / self._suggested_name()))

    def _browse(self) -> None:
        per_contact = self.ui.perContactCheck.isChecked() and self.file_format is ExportFormat.VCARD
        chosen = prompts.pick_export_target(
            self,
            self.windowTitle(),
            self.ui.fileEdit.text(),
            QCoreApplication.translate("ExportDialog", _FILTERS[self.file_format]),
            folder=per_contact,
        )
        if chosen:
            self.ui.fileEdit.setText(chosen)

    # --- exporting ------------------------------------------------------------------------------

    def _export(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            self.ui.statusLabel.setText(
                QCoreApplication.translate("ExportDialog", "Bitte angeben, wohin exportiert wird.")
            )
            return
        path, scope, file_format = Path(text), self.scope(), self.file_format
        per_contact = self.ui.perContactCheck.isChecked() and file_format is ExportFormat.VCARD
        version = str(self.ui.versionCombo.currentData())
        if file_format is ExportFormat.PDF:
            self._export_pdf(path)
            return
        self._running, self._cancelled = True, False
        self._set_busy(True)
        self.ui.statusLabel.setText(QCoreApplication.translate("ExportDialog", "Wird exportiert …"))

        def work() -> ExportResult:
            return exports.export_contacts(
                file_format, path, scope, version, per_contact, progress=lambda done, total: not self._cancelled
            )

        self.loader.run(work, self._done, self._failed)

    def _export_pdf(self, path: Path) -> None:
        from kontaktverwaltung.ui.contact_sheet import write_pdf

        assert self.customer is not None
        try:
            sheet = exports.contact_sheet(self.customer[0])
            with exports.target_file(path) as temporary:
                write_pdf(sheet, temporary)
        except DomainError as error:
            self.ui.statusLabel.setText(error_text(error))
            return
        self._done(ExportResult(path, sheet.people))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ok_button, self.ui.formatCombo, self.ui.fileEdit, self.ui.browseButton):
            widget.setEnabled(not busy)

    def _done(self, result: ExportResult) -> None:
        self._running = False
        self._set_busy(False)
        self.ui.statusLabel.setText(
            QCoreApplication.translate("ExportDialog", "{0} Ansprechpartner exportiert: {1}").format(
                result.contacts, result.path
            )
        )
        self.exported.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._running = False
        self._set_busy(False)
        self._format_changed_keep_path()
        if isinstance(error, exports.ExportCancelled):
            super().reject()
            return
        self.ui.statusLabel.setText(error_text(error))

    def _format_changed_keep_path(self) -> None:
        pdf = self.file_format is ExportFormat.PDF
        self.ok_button.setEnabled(not pdf or self.customer is not None)

    def reject(self) -> None:
        """Cancel: while exporting, stop it (nothing is written); else close."""
        if self._running:
            self._cancelled = True
            self.ui.statusLabel.setText(QCoreApplication.translate("ExportDialog", "Wird abgebrochen …"))
            return
        super().reject()


def print_contact_sheet(parent: QWidget | None, customer_id: int) -> str | None:
    """actionPrintCustomer (R13): the customer's contact sheet – the same one the PDF export writes –
    to a printer or, chosen in the print dialog, a PDF file. Returns the sheet's title once printed,
    None when the user cancels."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from kontaktverwaltung.ui.contact_sheet import prepare_printer, print_sheet, sheet_title

    sheet = exports.contact_sheet(customer_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(sheet, printer)
    if not QPrinterInfo.availablePrinters():  # only "print to PDF": offer a file name, not a bare folder
        printer.setOutputFileName(str(Path.home() / f"{exports.safe_file_name(sheet_title(sheet))}.pdf"))
    if not prompts.pick_printer(parent, printer, sheet_title(sheet)):
        return None
    print_sheet(sheet, printer)
    return sheet_title(sheet)
