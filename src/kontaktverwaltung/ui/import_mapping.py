"""The import dialog's column mapping (B4, R12): one row per column of the file with its first
value and a box for what it is imported as; recognised and remembered columns filled in, an
unknown one marked. The boxes are made a few at a time, so a wide file never holds the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from kontaktverwaltung.domain.importing.aliases import FIELDS, IGNORE, default_mapping, field_label
from kontaktverwaltung.domain.importing.records import Table
from kontaktverwaltung.services.imports import RowStatus
from kontaktverwaltung.ui.import_preview import STATUS_COLOURS
from kontaktverwaltung.ui.language import translate

ROWS_AT_ONCE = 12


class ColumnMapping(QObject):
    """Works the mapping table of the form; ``changed`` when the user maps a column otherwise."""

    changed = Signal()

    def __init__(self, table: QTableWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._fields: QStandardItemModel | None = None
        self._field_keys = {key for key, _label in FIELDS}
        self._mapping: list[str | None] = []  # each column's field, as its box shows it
        self._combos_made = 0
        self._generation = 0
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)

    def fill(self, file_table: Table | None, remembered: Sequence[str | None] | None) -> None:
        """The columns of ``file_table`` (None: a vCard file, nothing to map), each mapped as
        ``remembered`` (the user's mapping of the same headers before) or as recognised."""
        table = self.table
        table.setRowCount(0)
        self._mapping = []
        self._combos_made = 0
        if file_table is None:
            return
        headers = file_table.headers
        if self._fields is None:
            # One list of fields for every column's box: filling ~90 boxes with 30 items each
            # kept the window from answering for a tenth of a second (Outlook's 92 columns).
            self._fields = QStandardItemModel(self)
            for key, _label in FIELDS:
                entry = QStandardItem(field_label(key))
                entry.setData(key, Qt.ItemDataRole.UserRole)
                self._fields.appendRow(entry)
        recognised = default_mapping(headers)
        example = file_table.rows[0][1] if file_table.rows else ()
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
                item.setForeground(QColor(STATUS_COLOURS[RowStatus.SKIPPED]))
                item.setToolTip(
                    translate("ImportDialog", "Unbekannte Spalte: bitte zuordnen, sonst wird sie nicht übernommen.")
                )
            self._mapping.append(chosen if chosen in self._field_keys else IGNORE)
        self._make_combos()

    def _make_combos(self, generation: int | None = None) -> None:
        """The columns' boxes, ROWS_AT_ONCE at a time: Outlook's 92 made at once held the window
        30-80 ms (setModel is most of it). The preview reads the mapping from ``mapping()``, not
        the boxes."""
        if generation is not None and generation != self._generation:
            return  # another file read meanwhile
        self._generation += 1
        end = min(len(self._mapping), self._combos_made + ROWS_AT_ONCE)
        fields = self._fields
        if fields is None:
            return  # no table read
        for row in range(self._combos_made, end):
            combo = QComboBox(self.table)
            combo.setObjectName(f"mappingCombo{row}")
            combo.setModel(fields)
            combo.setCurrentIndex(max(0, combo.findData(self._mapping[row])))
            combo.currentIndexChanged.connect(lambda _i, row=row, combo=combo: self._combo_changed(row, combo))
            self.table.setCellWidget(row, 2, combo)
        self._combos_made = end
        if end < len(self._mapping):
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._make_combos(generation))

    def _combo_changed(self, row: int, combo: QComboBox) -> None:
        self._mapping[row] = combo.currentData()
        self.changed.emit()

    def mapping(self) -> list[str | None]:
        return list(self._mapping)

    def set_mapping(self, column: int, field: str) -> None:
        """As if the user chose ``field`` in the box of ``column`` (made now if not yet)."""
        while self._combos_made <= column < len(self._mapping):
            self._make_combos()
        combo = self.table.cellWidget(column, 2)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(field))
