"""Kontakte importieren (B4, R12): file, encoding, sheet, column mapping, a preview of what each
row will do, then the import with a progress bar and cancel, and last what it did ("Schließen").

Reading, previewing and importing run in worker threads (ui/background.py): the first 200 rows
are previewed first, the rest follows; the window never waits. The finished import is handed to
``on_imported`` (the main window puts it on its undo stack: one step, B1).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from kontaktverwaltung.domain.importing import ImportRecord, ImportSource, records
from kontaktverwaltung.domain.importing.aliases import IGNORE
from kontaktverwaltung.services.common import Context, Done
from kontaktverwaltung.services.imports import (
    ImportCancelled,
    ImportReport,
    PhoneReadings,
    RowChoice,
    RowOutcome,
    RowStatus,
    import_records,
    preview,
    read_file,
)
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.collector import drop, shed, uncollected
from kontaktverwaltung.ui.generated.ui_import_dialog import Ui_ImportDialog
from kontaktverwaltung.ui.import_mapping import ColumnMapping
from kontaktverwaltung.ui.import_preview import (
    STATUS_COLOURS,
    PreviewModel,
    Tally,
    fit_names,
    note_text,
    notes_table,
    size_columns,
    tallied,
    translate,
)
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, error_text
from kontaktverwaltung.ui.settings import remember_mapping, remembered_mapping
from kontaktverwaltung.ui.views import fit_to_screen

FIRST_ROWS = 200
FILE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Adressbücher (*.vcf *.vcard *.csv *.txt *.xlsx);;Alle Dateien (*)")
ENCODINGS = (
    ("", QT_TRANSLATE_NOOP("ImportDialog", "automatisch")),
    ("utf-8", "UTF-8"),
    ("utf-8-sig", QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 mit BOM")),
    ("cp1252", QT_TRANSLATE_NOOP("ImportDialog", "Windows-1252 (Westeuropa)")),
    ("iso-8859-1", "ISO-8859-1"),
    ("iso-8859-15", "ISO-8859-15"),
    ("utf-16", "UTF-16"),
    ("cp850", QT_TRANSLATE_NOOP("ImportDialog", "DOS (CP 850)")),
    ("mac_roman", "Mac Roman"),
)
ENCODING_NAMES = {"utf-8-sig": "UTF-8 mit BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16"}


class ImportDialog(QDialog):
    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        path: str | Path | None = None,
        on_imported: Callable[[Done[ImportReport]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.on_imported = on_imported
        self.path: Path | None = None
        self.source: ImportSource | None = None
        self.report: ImportReport | None = None
        self._reader = BackgroundLoader(self)
        self._previewer = BackgroundLoader(self)
        self._importer = BackgroundLoader(self)
        self._importing = False
        self._cancel = False
        self._progress = (0, 1)
        self._full_preview = False
        self._phones: PhoneReadings = {}  # read by the preview, not again by the import
        self.model = PreviewModel(self)
        self.ui.previewTable.setModel(self.model)
        size_columns(self.ui.previewTable)
        self.ui.previewTable.verticalHeader().setVisible(False)
        self.ui.previewTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_row_notes())
        self.model.modelReset.connect(self._show_row_notes)
        self.ui.rowNotesLabel.setVisible(False)
        self.columns = ColumnMapping(self.ui.mappingTable, self)
        self.columns.changed.connect(self._mapping_changed)
        for code, text in ENCODINGS:
            self.ui.encodingCombo.addItem(translate("ImportDialog", text), code)
        self.ui.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.encodingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.progressBar.setVisible(False)
        self.ui.sheetLabel.setVisible(False)  # shown for an Excel workbook
        self.ui.sheetCombo.setVisible(False)
        self.ui.splitter.setSizes([220, 360])
        fit_to_screen(self)  # a small laptop screen at 125 % has less room than the form asks for
        self.setAcceptDrops(True)
        self._imported = False
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show_progress)
        self.ui.chooseFileButton.clicked.connect(self._choose_file)
        self.ui.encodingCombo.currentIndexChanged.connect(lambda _i: self._read())
        self.ui.sheetCombo.currentIndexChanged.connect(lambda _i: self._read())
        self.ui.skipButton.clicked.connect(lambda: self._choose_rows(RowChoice.SKIP))
        self.ui.asNewButton.clicked.connect(lambda: self._choose_rows(RowChoice.NEW))
        self.ui.autoButton.clicked.connect(lambda: self._choose_rows(RowChoice.AUTO))
        self.ui.importButton.clicked.connect(self._start_import)
        self.ui.copyNotesButton.clicked.connect(self.copy_notes)
        self.ui.retryButton.clicked.connect(self._retry)
        self.ui.retryButton.hide()  # after a file could not be read or previewed
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.previewTable.selectionModel().selectionChanged.connect(lambda *_: self._update_controls())
        self._update_controls()
        if path is not None:
            self.open_file(path)
        else:  # nothing to map yet: say what to do
            self.ui.mappingPane.setVisible(False)
            self._say(
                translate(
                    "ImportDialog",
                    "Noch keine Datei gewählt: „Datei wählen …“ oder eine vCard-, CSV- oder Excel-Datei auf "
                    "dieses Fenster ziehen. Ein Adressbuch aus Outlook, Google, Apple oder Thunderbird wird erkannt.",
                )
            )

    def _fit_names(self) -> None:
        fit_names(self.ui.previewTable, self.model)

    def notes_table(self) -> str:
        return notes_table(self.model.outcomes)

    def copy_notes(self) -> None:
        QGuiApplication.clipboard().setText(self.notes_table())
        count = self.model.notes
        button = self.ui.copyNotesButton
        button.setText(translate("ImportDialog", "{0} Hinweise kopiert").format(count))
        # Bound to the button: a dialog closed meanwhile takes the timer with it.
        QTimer.singleShot(3000, button, lambda: button.setText(translate("ImportDialog", "Hinweise &kopieren")))

    def _show_row_notes(self) -> None:
        """The selected row's notes in full: the column shows only their start."""
        row = self.ui.previewTable.currentIndex().row()
        outcome = self.model.outcomes[row] if 0 <= row < len(self.model.outcomes) else None
        label = self.ui.rowNotesLabel
        if outcome is None or not outcome.problems:
            label.setVisible(False)
            return
        notes = "\n".join(note_text(p) for p in outcome.problems)
        label.setText(translate("ImportDialog", "Zeile {0}: {1}").format(outcome.row, notes))
        label.setStyleSheet(f"color: {STATUS_COLOURS[RowStatus.SKIPPED]};")
        label.setVisible(True)

    # reading -------------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        chosen = prompts.pick_import_file(
            self, translate("ImportDialog", "Datei für den Import wählen"), translate("ImportDialog", FILE_FILTER)
        )
        if chosen:
            self.open_file(chosen)

    def open_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.ui.fileEdit.setText(str(self.path))
        self.model.choices.clear()
        for combo in (self.ui.encodingCombo, self.ui.sheetCombo):
            combo.blockSignals(True)
        self.ui.encodingCombo.setCurrentIndex(0)
        self.ui.sheetCombo.clear()
        for combo in (self.ui.encodingCombo, self.ui.sheetCombo):
            combo.blockSignals(False)
        self._read()

    def _read(self) -> None:
        if self.path is None:
            return
        path = self.path
        encoding = self.ui.encodingCombo.currentData() or None
        sheet = self.ui.sheetCombo.currentText() or None
        self._let_go_of_source()
        self.model.set_outcomes([])
        self.ui.mappingTable.setRowCount(0)
        self.ui.retryButton.hide()
        self._say(translate("ImportDialog", "Datei wird gelesen …"))
        self._update_controls()
        self._reader.run(lambda: uncollected(read_file, path, encoding, sheet), self._on_read, self._on_error)

    def _let_go_of_source(self) -> None:
        """The file read before, freed in a worker a chunk at a time (see collector.shed): its
        20,000 rows freed here at once held the window 0.1 s when another encoding was chosen."""
        source, phones = self.source, self._phones
        self.source, self._phones = None, {}
        if source is not None:
            drop(list(source.table.rows) if source.table is not None else list(source.records))
        drop(phones)  # nothing reads it any more: a running preview's result is not delivered

    def _on_read(self, source: ImportSource) -> None:
        self.source = source
        detected = ENCODING_NAMES.get(source.encoding, source.encoding)
        self.ui.encodingCombo.blockSignals(True)
        self.ui.encodingCombo.setItemText(
            0,
            translate("ImportDialog", "automatisch: {0}").format(detected)
            if detected
            else translate("ImportDialog", ENCODINGS[0][1]),
        )
        self.ui.encodingCombo.blockSignals(False)
        table = source.table
        is_xlsx = table is not None and bool(table.sheets)
        self.ui.sheetLabel.setVisible(is_xlsx)
        self.ui.sheetCombo.setVisible(is_xlsx)
        self.ui.encodingLabel.setVisible(source.kind != "xlsx")
        self.ui.encodingCombo.setVisible(source.kind != "xlsx")
        if is_xlsx and table is not None and self.ui.sheetCombo.count() != len(table.sheets):
            self.ui.sheetCombo.blockSignals(True)
            self.ui.sheetCombo.clear()
            self.ui.sheetCombo.addItems(list(table.sheets))
            self.ui.sheetCombo.setCurrentText(table.sheet)
            self.ui.sheetCombo.blockSignals(False)
        self.ui.mappingPane.setVisible(table is not None)
        self._fill_mapping()
        self._refresh_preview()

    def _on_error(self, error: Exception) -> None:
        self._say(error_text(error), error=True)
        self.ui.retryButton.show()
        self._update_controls()

    def _retry(self) -> None:
        """The step that failed, again: reading the file, or the preview of what it read."""
        if self.source is None:
            self._read()
        else:
            self._refresh_preview()

    # mapping -------------------------------------------------------------------------------------

    def _fill_mapping(self) -> None:
        table = self.source.table if self.source is not None else None
        self.columns.fill(table, remembered_mapping(table.headers) if table is not None else None)

    def mapping(self) -> list[str | None]:
        return self.columns.mapping()

    def set_mapping(self, column: int, field: str) -> None:
        self.columns.set_mapping(column, field)

    def _mapping_changed(self) -> None:
        if self.source is not None and self.source.table is not None:
            remember_mapping(self.source.table.headers, [m or IGNORE for m in self.mapping()])
        self._refresh_preview()

    def _all_records(self) -> Callable[[Callable[[list[ImportRecord]], Any]], Any]:
        """``work(every record)``, the records built in the worker thread that calls it (20,000
        rows take 0.6 s) and freed there a chunk at a time after the work (see collector.shed)."""
        assert self.source is not None
        source = self.source
        mapping = self.mapping() if source.table is not None else None

        def with_records(work: Callable[[list[ImportRecord]], Any]) -> Any:
            rows = records(source, mapping)
            try:
                return work(rows)
            finally:
                shed(rows)

        return with_records

    # preview -------------------------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        if self.source is None:
            return
        ctx, choices, source = self.ctx, dict(self.model.choices), self.source
        mapping = self.mapping() if source.table is not None else None
        self._full_preview = False
        self.ui.retryButton.hide()
        self._say(translate("ImportDialog", "Vorschau wird berechnet …"))
        self._update_controls()
        phones = self._phones
        self._previewer.run(
            # the first rows' records made there too: 200 rows take 25 ms, the window's time
            lambda: uncollected(
                lambda: preview(ctx, records(source, mapping, FIRST_ROWS), choices=choices, phones=phones)
            ),
            self._on_first_rows,
            self._on_error,
        )

    def _on_first_rows(self, outcomes: list[RowOutcome]) -> None:
        self.model.set_outcomes(outcomes)
        self._fit_names()
        assert self.source is not None
        total = len(self.source.table.rows) if self.source.table is not None else len(self.source.records)
        if total <= FIRST_ROWS:
            self._on_full_preview(tallied(outcomes))
            return
        self._say(
            translate("ImportDialog", "Vorschau der ersten {0} von {1} Zeilen; die übrigen werden geprüft …").format(
                len(outcomes), total
            )
        )
        ctx, choices, everything = self.ctx, dict(self.model.choices), self._all_records()
        phones = self._phones
        self._previewer.run(
            lambda: uncollected(everything, lambda rows: tallied(preview(ctx, rows, choices=choices, phones=phones))),
            self._on_full_preview,
            self._on_error,
        )

    def _on_full_preview(self, tally: Tally) -> None:
        outcomes, count, notes = tally
        self.model.set_outcomes(outcomes, notes)
        self._full_preview = True
        self._say(self._summary(count, notes))
        self._update_controls()

    def _summary(self, count: dict[RowStatus, int], notes: int) -> str:
        return translate(
            "ImportDialog", "{0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise."
        ).format(
            count[RowStatus.CREATED],
            count[RowStatus.UPDATED],
            count[RowStatus.UNCHANGED],
            count[RowStatus.SKIPPED],
            notes,
        )

    def _choose_rows(self, choice: RowChoice) -> None:
        rows = {index.row() for index in self.ui.previewTable.selectionModel().selectedRows()}
        for row in rows:
            number = self.model.outcomes[row].row
            if choice is RowChoice.AUTO:
                self.model.choices.pop(number, None)
            else:
                self.model.choices[number] = choice
        if rows:
            self._refresh_preview()

    # importing -----------------------------------------------------------------------------------

    def _start_import(self) -> None:
        if self.source is None or self.path is None:
            return
        ctx, name, choices, everything = self.ctx, self.path.name, dict(self.model.choices), self._all_records()
        phones = self._phones
        self._importing, self._cancel, self._progress = True, False, (0, max(1, len(self.model.outcomes)))
        self.ui.progressBar.setVisible(True)
        self.ui.progressBar.setValue(0)
        self._say(translate("ImportDialog", "Import läuft …"))
        self._update_controls()
        self._timer.start()

        def progress(done: int, total: int) -> bool:
            self._progress = (done, max(1, total))  # read by the UI thread's timer
            return not self._cancel

        self._importer.run(
            lambda: uncollected(
                everything,
                lambda rows: import_records(ctx, rows, name, choices=choices, progress=progress, phones=phones),
            ),
            self._on_imported,
            self._on_import_failed,
        )

    def _show_progress(self) -> None:
        done, total = self._progress
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(min(done, total))

    def _on_imported(self, done: Done[ImportReport]) -> None:
        self._finish_import()
        self.report = done.value
        if self.on_imported is not None:
            self.on_imported(done)
        self._show_result(done.value)

    def _show_result(self, report: ImportReport) -> None:
        """The last screen: what the import did with each row, how to take it back, "Schließen"."""
        self._imported = True
        self.model.set_outcomes(report.rows, len(report.problems))
        self._show_row_notes()
        self.ui.previewLabel.setText(translate("ImportDialog", "&Ergebnis: was der Import mit jeder Zeile getan hat"))
        self._say(
            translate(
                "ImportDialog",
                "Importiert: {0} neu, {1} aktualisiert, {2} unverändert, {3} nicht übernommen; {4} Hinweise. "
                "Rückgängig mit Strg+Z im Hauptfenster, später mit „Import rückgängig machen“ in der History "
                "des Kunden.",
            ).format(report.created, report.updated, report.unchanged, report.skipped, len(report.problems))
        )
        self.ui.importButton.setVisible(False)
        self.ui.cancelButton.setText(translate("ImportDialog", "Schließen"))
        self.ui.cancelButton.setDefault(True)
        self.ui.cancelButton.setFocus()
        self._update_controls()

    def _on_import_failed(self, error: Exception) -> None:
        self._finish_import()
        if isinstance(error, ImportCancelled):
            self._say(translate("ImportDialog", "Import abgebrochen – es wurde nichts geändert."))
            if self._closing:
                super().reject()
            return
        self._say(error_text(error), error=True)

    _closing = False

    def _finish_import(self) -> None:
        self._timer.stop()
        self._importing = False
        self.ui.progressBar.setVisible(False)
        self._update_controls()

    def reject(self) -> None:
        """Abbrechen: during an import it cancels the import (nothing is written), else closes;
        after the import ("Schließen") the dialog ends accepted."""
        if self._imported:
            self.accept()
            return
        if self._importing:
            self._cancel = True
            self._closing = True
            self._say(translate("ImportDialog", "Import wird abgebrochen …"))
            return
        self._reader.cancel()
        self._previewer.cancel()
        super().reject()

    # the rest ------------------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet(f"color: {STATUS_COLOURS[RowStatus.SKIPPED]};" if error else "")

    def _update_controls(self) -> None:
        ready = self.source is not None and self._full_preview and not self._importing and not self._imported
        self.ui.importButton.setEnabled(ready)
        free = not self._importing and not self._imported
        for widget in (self.ui.chooseFileButton, self.ui.encodingCombo, self.ui.sheetCombo, self.ui.mappingTable):
            widget.setEnabled(free)
        self.ui.copyNotesButton.setVisible(self.model.notes > 0)
        chosen = self.ui.previewTable.selectionModel().hasSelection()
        for button in (self.ui.skipButton, self.ui.asNewButton, self.ui.autoButton):
            button.setEnabled(free and chosen)  # they act on the selected rows

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self._importing and not self._imported:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_file(urls[0].toLocalFile())
            event.acceptProposedAction()
