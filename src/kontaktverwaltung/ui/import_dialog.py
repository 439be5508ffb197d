"""Kontakte importieren (B4, R12): file, encoding, sheet, column mapping, a preview of what each
row will do, then the import with a progress bar and cancel, and last what it did ("Schließen").

Reading, previewing and importing run in worker threads (ui/background.py): the first 200 rows
are previewed first, the rest follows; the window never waits. The finished import is handed to
``on_imported`` (the main window puts it on its undo stack: one step, B1).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from kontaktverwaltung.domain.importing import ImportRecord, ImportSource, RowProblem, records
from kontaktverwaltung.domain.importing.aliases import FIELDS, IGNORE, default_mapping, field_label
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
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, error_text
from kontaktverwaltung.ui.settings import remember_mapping, remembered_mapping
from kontaktverwaltung.ui.views import fit_to_screen

FIRST_ROWS = 200
MAPPING_ROWS_AT_ONCE = 12
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
STATUS_TEXTS = {
    RowStatus.CREATED: QT_TRANSLATE_NOOP("ImportDialog", "neu"),
    RowStatus.UPDATED: QT_TRANSLATE_NOOP("ImportDialog", "aktualisiert"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("ImportDialog", "unverändert"),
    RowStatus.SKIPPED: QT_TRANSLATE_NOOP("ImportDialog", "Problem"),
}
CHOICE_TEXTS = {
    RowChoice.AUTO: "",
    RowChoice.SKIP: QT_TRANSLATE_NOOP("ImportDialog", "überspringen"),
    RowChoice.NEW: QT_TRANSLATE_NOOP("ImportDialog", "als neuer Kontakt"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Zeile"),
    QT_TRANSLATE_NOOP("ImportDialog", "Ergebnis"),
    QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Kunde"),
    QT_TRANSLATE_NOOP("ImportDialog", "Bestehender Kontakt"),
    QT_TRANSLATE_NOOP("ImportDialog", "Auswahl"),
    QT_TRANSLATE_NOOP("ImportDialog", "Hinweise"),
)
# The fields the import names itself in its notes (a note about a file's column names the column
# as the file has it, which stays as it is).
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Firma"),
    QT_TRANSLATE_NOOP("ImportDialog", "Kontakt-ID"),
    QT_TRANSLATE_NOOP("ImportDialog", "Titel"),
    QT_TRANSLATE_NOOP("ImportDialog", "Vorname"),
    QT_TRANSLATE_NOOP("ImportDialog", "Nachname"),
    QT_TRANSLATE_NOOP("ImportDialog", "Position"),
    QT_TRANSLATE_NOOP("ImportDialog", "Abteilung"),
    QT_TRANSLATE_NOOP("ImportDialog", "Notizen"),
)
NOTE_COLUMNS = (  # "Hinweise kopieren": one line per note
    QT_TRANSLATE_NOOP("ImportDialog", "Zeile"),
    QT_TRANSLATE_NOOP("ImportDialog", "Spalte"),
    QT_TRANSLATE_NOOP("ImportDialog", "Wert"),
    QT_TRANSLATE_NOOP("ImportDialog", "Hinweis"),
)
_STATUS_COLOURS = {RowStatus.CREATED: "#2e7d32", RowStatus.UPDATED: "#1565c0", RowStatus.SKIPPED: "#c62828"}


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate finds in a plain function."""
    return QCoreApplication.translate(context, text)


def note_text(problem: RowProblem) -> str:
    """ "Field: message", the value too where the message does not say it."""
    message = problem.message()
    if problem.value and problem.value not in message:
        message = translate("ImportDialog", "„{0}“: {1}").format(problem.value, message)
    field = translate("ImportDialog", problem.field) if problem.field in FIELD_LABELS else problem.field
    return f"{field}: {message}" if field else message


Tally = tuple[list[RowOutcome], dict[RowStatus, int], int]  # the lines, how many of each result, notes


def tallied(outcomes: list[RowOutcome]) -> Tally:
    """The preview's lines with their counts, made in the worker: counting 20,000 lines in the
    window held it 20-50 ms, at every change of the controls."""
    count = dict.fromkeys(RowStatus, 0)
    notes = 0
    for outcome in outcomes:
        count[outcome.status] += 1
        notes += len(outcome.problems)
    return outcomes, count, notes


class PreviewModel(QAbstractTableModel):
    """One line per row of the file: what the import does with it (R12)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes: list[RowOutcome] = []
        self.choices: dict[int, RowChoice] = {}
        self.notes = 0  # how many notes the lines have

    def set_outcomes(self, outcomes: Sequence[RowOutcome], notes: int | None = None) -> None:
        """``notes``: their count where known (else counted here: a few lines only)."""
        self.notes = sum(len(o.problems) for o in outcomes) if notes is None else notes
        self.beginResetModel()
        old, self.outcomes = self.outcomes, list(outcomes)
        self.endResetModel()
        drop(old)  # 20,000 lines freed at once would hold the window ~0.1 s

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ImportDialog", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.outcomes):
            return None
        outcome = self.outcomes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(outcome.row),
                translate("ImportDialog", STATUS_TEXTS[outcome.status]),
                outcome.name,
                outcome.customer,
                outcome.matched,
                translate("ImportDialog", CHOICE_TEXTS[self.choices.get(outcome.row, RowChoice.AUTO)]),
                " · ".join(note_text(p) for p in outcome.problems),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and outcome.problems:
            return "\n".join(note_text(p) for p in outcome.problems)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and outcome.status in _STATUS_COLOURS:
            return QColor(_STATUS_COLOURS[outcome.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


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
        self._fields: QStandardItemModel | None = None
        self._field_keys = {key for key, _label in FIELDS}
        self._mapping: list[str | None] = []  # each column's field, as its box shows it
        self._combos_made = 0  # the boxes are made a few at a time (see _make_combos)
        self._combos_generation = 0
        self._phones: PhoneReadings = {}  # read by the preview, not again by the import
        self.model = PreviewModel(self)
        self.ui.previewTable.setModel(self.model)
        self._size_preview_columns()
        self.ui.previewTable.verticalHeader().setVisible(False)
        self.ui.previewTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_row_notes())
        self.model.modelReset.connect(self._show_row_notes)
        self.ui.rowNotesLabel.setVisible(False)
        mapping_header = self.ui.mappingTable.horizontalHeader()
        mapping_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        mapping_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        mapping_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.mappingTable.verticalHeader().setVisible(False)
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
        # Python lets a busy worker thread keep the GIL for 5 ms at a time, and every Qt event the
        # window handles needs it: the window paused up to 0.5 s while a 20,000-row file was
        # previewed. With 1 ms turns it pauses under 0.1 s and the work takes no longer.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, 0.001))
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

    def _size_preview_columns(self) -> None:
        """Short columns as wide as their words, names ~22 characters; the notes take the rest
        (and the selected row's notes are shown whole under the table)."""
        table = self.ui.previewTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        bold = QFont(header.font())
        bold.setBold(True)  # a header is drawn bold while its column holds the current cell
        cells, heads = table.fontMetrics(), QFontMetrics(bold)
        padding = 24

        def fitting(*texts: str) -> int:
            return max(cells.horizontalAdvance(translate("ImportDialog", t)) for t in texts) + padding

        def heading(column: int) -> int:
            return heads.horizontalAdvance(translate("ImportDialog", COLUMNS[column])) + padding

        name = cells.averageCharWidth() * 22 + padding
        widths = (
            max(fitting("00000"), heading(0)),
            max(fitting(*STATUS_TEXTS.values()), heading(1)),
            max(name, heading(2)),
            max(name, heading(3)),
            max(name, heading(4)),
            max(fitting(*(t for t in CHOICE_TEXTS.values() if t)), heading(5)),
        )
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)

    def _fit_names(self) -> None:
        """Name, customer and matched contact as wide as the first rows need (within limits)."""
        table, metrics = self.ui.previewTable, self.ui.previewTable.fontMetrics()
        limit = metrics.averageCharWidth() * 32
        for column in (2, 3, 4):
            texts = [str(self.model.index(row, column).data()) for row in range(min(self.model.rowCount(), 200))]
            widest = max((metrics.horizontalAdvance(text) + 24 for text in texts), default=0)
            table.setColumnWidth(column, max(table.columnWidth(column), min(widest, limit)))

    def notes_table(self) -> str:
        """Every note of the rows shown, tab-separated with a header: pasted into Excel, a list to
        work through."""
        header = [translate("ImportDialog", t) for t in NOTE_COLUMNS]
        lines = ["\t".join(header)]
        for outcome in self.model.outcomes:
            for p in outcome.problems:
                field = translate("ImportDialog", p.field) if p.field in FIELD_LABELS else p.field
                cells = (str(p.row), field, p.value, p.message())
                lines.append("\t".join(" ".join(cell.split()) for cell in cells))
        return "\r\n".join(lines) + "\r\n"

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
        label.setStyleSheet(f"color: {_STATUS_COLOURS[RowStatus.SKIPPED]};")
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
        self._update_controls()

    # mapping -------------------------------------------------------------------------------------

    def _fill_mapping(self) -> None:
        table = self.ui.mappingTable
        table.setRowCount(0)
        self._mapping = []
        self._combos_made = 0
        if self.source is None or self.source.table is None:
            return
        headers = self.source.table.headers
        if self._fields is None:
            # One list of fields for every column's box: filling ~90 boxes with 30 items each
            # kept the window from answering for a tenth of a second (Outlook's 92 columns).
            self._fields = QStandardItemModel(self)
            for key, _label in FIELDS:
                entry = QStandardItem(field_label(key))
                entry.setData(key, Qt.ItemDataRole.UserRole)
                self._fields.appendRow(entry)
        recognised = default_mapping(headers)
        remembered = remembered_mapping(headers)
        example = self.source.table.rows[0][1] if self.source.table.rows else ()
        table.setRowCount(len(headers))
        for row, header in enumerate(headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 0, item)
            sample = QTableWidgetItem(example[row].replace("\n", " ⏎ ") if row < len(example) else "")
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 1, sample)
            chosen = remembered[row] if remembered is not None else recognised[row]
            if chosen is None:
                item.setForeground(QColor(_STATUS_COLOURS[RowStatus.SKIPPED]))
                item.setToolTip(
                    translate("ImportDialog", "Unbekannte Spalte: bitte zuordnen, sonst wird sie nicht übernommen.")
                )
            self._mapping.append(chosen if chosen in self._field_keys else IGNORE)
        self._make_combos()

    def _make_combos(self, generation: int | None = None) -> None:
        """The columns' boxes, MAPPING_ROWS_AT_ONCE at a time: Outlook's 92 made at once held the
        window 30-80 ms (setModel is most of it). The preview reads the mapping from
        ``self._mapping``, not the boxes."""
        if generation is not None and generation != self._combos_generation:
            return  # another file read meanwhile
        self._combos_generation += 1
        table, end = self.ui.mappingTable, min(len(self._mapping), self._combos_made + MAPPING_ROWS_AT_ONCE)
        fields = self._fields
        if fields is None:
            return  # no table read
        for row in range(self._combos_made, end):
            combo = QComboBox(table)
            combo.setObjectName(f"mappingCombo{row}")
            combo.setModel(fields)
            combo.setCurrentIndex(max(0, combo.findData(self._mapping[row])))
            combo.currentIndexChanged.connect(lambda _i, row=row, combo=combo: self._combo_changed(row, combo))
            table.setCellWidget(row, 2, combo)
        self._combos_made = end
        if end < len(self._mapping):
            generation = self._combos_generation
            QTimer.singleShot(0, self, lambda: self._make_combos(generation))

    def _combo_changed(self, row: int, combo: QComboBox) -> None:
        self._mapping[row] = combo.currentData()
        self._mapping_changed()

    def mapping(self) -> list[str | None]:
        return list(self._mapping)

    def set_mapping(self, column: int, field: str) -> None:
        while self._combos_made <= column < len(self._mapping):
            self._make_combos()
        combo = self.ui.mappingTable.cellWidget(column, 2)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(field))

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

    def done(self, result: int) -> None:
        sys.setswitchinterval(self._switch_interval)
        super().done(result)

    # the rest ------------------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet(f"color: {_STATUS_COLOURS[RowStatus.SKIPPED]};" if error else "")

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
