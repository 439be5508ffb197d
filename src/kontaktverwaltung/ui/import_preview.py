"""The import dialog's preview (B4, R12): one line per row of the file with what the import does
with it, its texts and colours, the widths of its columns, and its notes as a table to paste."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from kontaktverwaltung.domain.importing import RowProblem
from kontaktverwaltung.services.imports import RowChoice, RowOutcome, RowStatus
from kontaktverwaltung.ui.collector import drop
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, translate

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
STATUS_COLOURS = {RowStatus.CREATED: "#2e7d32", RowStatus.UPDATED: "#1565c0", RowStatus.SKIPPED: "#c62828"}


def note_text(problem: RowProblem) -> str:
    """ "Field: message", the value too where the message does not say it."""
    message = problem.message()
    if problem.value and problem.value not in message:
        message = translate("ImportDialog", "„{0}“: {1}").format(problem.value, message)
    field = field_name(problem)
    return f"{field}: {message}" if field else message


def field_name(problem: RowProblem) -> str:
    """The field a note is about: the import's own names translated, a file's column as it is."""
    return translate("ImportDialog", problem.field) if problem.field in FIELD_LABELS else problem.field


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
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and outcome.status in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[outcome.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def size_columns(table: QTableView) -> None:
    """Short columns as wide as their words, names ~22 characters; the notes take the rest
    (and the selected row's notes are shown whole under the table)."""
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


def fit_names(table: QTableView, model: PreviewModel) -> None:
    """Name, customer and matched contact as wide as the first rows need (within limits)."""
    metrics = table.fontMetrics()
    limit = metrics.averageCharWidth() * 32
    for column in (2, 3, 4):
        texts = [str(model.index(row, column).data()) for row in range(min(model.rowCount(), 200))]
        widest = max((metrics.horizontalAdvance(text) + 24 for text in texts), default=0)
        table.setColumnWidth(column, max(table.columnWidth(column), min(widest, limit)))


def notes_table(outcomes: Sequence[RowOutcome]) -> str:
    """Every note of these rows, tab-separated with a header: pasted into Excel, a list to work
    through."""
    lines = ["\t".join(translate("ImportDialog", t) for t in NOTE_COLUMNS)]
    for outcome in outcomes:
        for p in outcome.problems:
            cells = (str(p.row), field_name(p), p.value, p.message())
            lines.append("\t".join(" ".join(cell.split()) for cell in cells))
    return "\r\n".join(lines) + "\r\n"
