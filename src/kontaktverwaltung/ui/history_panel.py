"""The history of a customer or of one contact (B2): who changed what and when, newest first,
filtered as you type and by kind. Read-only, but for one thing: an import's entry offers "Import
rückgängig machen" (R12), which the window carries out. Direct contact (S5) is never recorded, so
it never shows here."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.results import HistoryItem
from kontaktverwaltung.domain.search import matches, query_tokens
from kontaktverwaltung.domain.text import number, searchable
from kontaktverwaltung.services import history as history_service
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP
from kontaktverwaltung.ui.models import ObjectRole, RowTableModel
from kontaktverwaltung.ui.views import RowListView

Index = QModelIndex | QPersistentModelIndex
HISTORY_LIMIT = 500  # the newest entries; older ones are rarely looked for here
FILTER_PLACEHOLDER = QT_TRANSLATE_NOOP("HistoryPanel", "History filtern: Text, Person, Art")


def when_text(at: datetime.datetime | None, with_time: bool = True) -> str:
    """ "08.01.2024 08:14" (or "08.01.2024"), as German readers write dates."""
    if at is None:
        return ""
    return at.strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


def kind_label(kind: str) -> str:
    """The label of a stored kind in the UI's language; a kind this version does not know shows as stored."""
    try:
        return HistoryKind(kind).label()
    except ValueError:
        return kind


class HistoryModel(RowTableModel):
    """History entries in the order the service gives them (newest first), filtered in plain
    Python over pre-folded text (R10 folding: "müller" finds "Müller" and "Mueller")."""

    WHEN, KIND, AUTHOR, TEXT = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Wann"),
        QT_TRANSLATE_NOOP("HistoryModel", "Was"),
        QT_TRANSLATE_NOOP("HistoryModel", "Wer"),
        QT_TRANSLATE_NOOP("HistoryModel", "Text"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._all: list[HistoryItem] = []
        self._texts: list[str] = []
        self._said: dict[int, str] = {}  # entry id -> what it says, in the UI's language
        self._rows: list[HistoryItem] = []
        self._query = ""
        self._kind: str | None = None

    def set_items(self, items: list[HistoryItem]) -> None:
        self._all = items
        self._said = {i.id: i.message() for i in items}  # rendered once, when shown (schema 11)
        self._texts = [searchable(f"{self._said[i.id]} {i.author} {kind_label(i.kind)}") for i in items]
        self._apply_filter()

    def set_filter(self, query: str, kind: str | None) -> None:
        """Entries whose text, author or kind label contain every word of ``query``, of ``kind``
        (None: every kind)."""
        if (query, kind) == (self._query, self._kind):
            return
        self._query, self._kind = query, kind
        self._apply_filter()

    def _apply_filter(self) -> None:
        tokens = query_tokens(self._query)
        kind = self._kind
        self.beginResetModel()
        self._rows = [
            item
            for item, text in zip(self._all, self._texts, strict=True)
            if (kind is None or item.kind == kind) and (not tokens or matches(tokens, text))
        ]
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many entries are loaded (the filter may hide some)."""
        return len(self._all)

    @property
    def authors(self) -> set[str]:
        return {item.author for item in self._all}

    @property
    def is_filtered(self) -> bool:
        return bool(self._query.strip()) or self._kind is not None

    def item_at(self, row: int) -> HistoryItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model interface ---------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return when_text(item.at)
            if column == self.KIND:
                return kind_label(item.kind)
            if column == self.AUTHOR:
                return item.author
            if column == self.TEXT:
                return " ".join(self._said[item.id].split())  # one line in the table; the tooltip has it all
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole entry: a cut-off text or a narrow column never hides anything.
            when = item.at.strftime("%d.%m.%Y, %H:%M:%S")
            return f"{when} · {kind_label(item.kind)} · {item.author}\n{self._said[item.id]}"
        if role == ObjectRole:
            return item
        return None


class HistoryPanel(QWidget):
    """ "History" beside "Standorte und Ansprechpartner": a customer's entries, or one contact's.

    The main window calls :meth:`show_customer` or :meth:`show_contact`, and :meth:`refresh`
    after changes (an undo included). ``undoImportRequested(entry_id)``: the user wants the import
    that entry tells of undone."""

    undoImportRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._subject: tuple[str, int] | None = None  # ("customer" | "contact", id)
        self.model = HistoryModel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        self.heading = QLabel(self)
        self.heading.setObjectName("historyHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.hide()
        layout.addWidget(self.heading)

        tools = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("historyFilter")
        self.filter_edit.setPlaceholderText(self.tr(FILTER_PLACEHOLDER))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("historyKindCombo")
        self.kind_combo.setToolTip(self.tr("Nur Einträge dieser Art zeigen"))
        self.kind_combo.setAccessibleName(self.tr("Art"))
        self.kind_combo.addItem(self.tr("Alle Arten"), None)
        for kind in HistoryKind:
            self.kind_combo.addItem(kind.label(), kind.value)
        self.kind_combo.setMaxVisibleItems(len(HistoryKind) + 1)  # all kinds at once, no scrolling
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("historyCount")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.undo_import_action = QAction(icon("undo"), self.tr("Import rückgängig machen"), self)
        self.undo_import_action.setObjectName("actionUndoImport")
        self.undo_import_action.setToolTip(
            self.tr(
                "Den ganzen Import zurücknehmen: neu angelegte Ansprechpartner entfernen, "
                "aktualisierte wiederherstellen"
            )
        )
        self.undo_import_action.triggered.connect(self._undo_import)
        self.undo_import_button = QToolButton(self)
        self.undo_import_button.setObjectName("undoImportButton")
        self.undo_import_button.setDefaultAction(self.undo_import_action)
        self.undo_import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo_import_button.hide()  # shown while an import's entry is selected
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.kind_combo)
        tools.addWidget(self.undo_import_button)
        tools.addWidget(self.count_label)
        layout.addLayout(tools)

        self.pages = QStackedWidget(self)
        self.table = RowListView(self.pages, self.fontMetrics().lineSpacing() + 10)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().show()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName("History")
        self._size_columns()
        self.table.selectionModel().currentChanged.connect(lambda _now, _before: self._offer_undo())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.empty_label = QLabel(self.pages)
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)
        layout.addWidget(self.pages, 1)
        self._show_state()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 24
        widest_kind = max(metrics.horizontalAdvance(kind.label()) for kind in HistoryKind)
        widths = {
            HistoryModel.WHEN: metrics.horizontalAdvance("88.88.8888 88:88") + padding,
            HistoryModel.KIND: widest_kind + padding,  # every label whole: they are short
            HistoryModel.AUTHOR: metrics.horizontalAdvance("M" * 9) + padding,
        }
        self._author_width = widths[HistoryModel.AUTHOR]
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(HistoryModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(metrics.horizontalAdvance(self.tr("Wann")) + padding)

    # --- what is shown --------------------------------------------------------------------------

    def show_customer(self, customer_id: int, name: str = "") -> None:
        """Every entry of the customer (its contacts' included)."""
        self._subject = ("customer", customer_id)
        self.heading.setText(self.tr("Alle Änderungen beim Kunden „{0}“").format(name) if name else "")
        self.refresh()

    def show_contact(self, contact_id: int, name: str = "") -> None:
        """Only the entries about this contact."""
        self._subject = ("contact", contact_id)
        self.heading.setText(self.tr("Änderungen an „{0}“").format(name) if name else "")
        self.refresh()

    def clear(self) -> None:
        """Nothing selected: an empty panel."""
        self._subject = None
        self.heading.setText("")
        self.model.set_items([])
        self._show_state()

    def refresh(self) -> None:
        """Load the entries again (after a change, an undo or a redo)."""
        if self._subject is None:
            self.model.set_items([])
        elif self._subject[0] == "customer":
            self.model.set_items(history_service.history_of_customer(self._subject[1], limit=HISTORY_LIMIT))
        else:
            self.model.set_items(history_service.history_of_contact(self._subject[1], limit=HISTORY_LIMIT))
        self._fit_author_column()
        self._show_state()

    def selected_import_entry(self) -> HistoryItem | None:
        """The selected entry if it tells of an import."""
        item = self.model.item_at(self.table.currentIndex().row())
        return item if item is not None and item.kind == HistoryKind.IMPORTED.value else None

    def _offer_undo(self) -> None:
        self.undo_import_button.setVisible(self.selected_import_entry() is not None)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        if self.selected_import_entry() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.undo_import_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _undo_import(self) -> None:
        entry = self.selected_import_entry()
        if entry is not None:
            self.undoImportRequested.emit(entry.id)

    def _fit_author_column(self) -> None:
        """Wide enough for the authors shown (within limits): a name is who did it, keep it whole."""
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(a) for a in self.model.authors), default=0)
        self.table.horizontalHeader().resizeSection(
            HistoryModel.AUTHOR, max(self._author_width, min(widest + 24, metrics.horizontalAdvance("M" * 20)))
        )

    def _filter_changed(self, *_args: object) -> None:
        self.model.set_filter(self.filter_edit.text(), self.kind_combo.currentData())
        self._show_state()

    def _show_state(self) -> None:
        self.heading.setVisible(bool(self.heading.text()))
        shown, total = self.model.rowCount(), self.model.total
        if self._subject is None:
            empty = self.tr("Kein Kunde gewählt.")
        elif total == 0:
            empty = (
                self.tr("Noch keine Einträge für diesen Ansprechpartner.")
                if self._subject[0] == "contact"
                else self.tr("Noch keine Einträge für diesen Kunden.")
            )
        else:
            empty = self.tr("Kein Eintrag passt zum Filter.")
        self.empty_label.setText(empty)
        self.pages.setCurrentWidget(self.table if shown else self.empty_label)
        self._offer_undo()
        self.count_label.setText(self._count_text(shown, total))

    def _count_text(self, shown: int, total: int) -> str:
        """ "40 Einträge", "3 von 40 Einträgen"; at the limit it says these are only the newest."""
        if not total:
            return ""
        limited = total >= HISTORY_LIMIT
        if self.model.is_filtered:
            if limited:
                return self.tr("{0} von den neuesten {1} Einträgen").format(number(shown), number(total))
            return self.tr("{0} von {1} Einträgen").format(number(shown), number(total))
        if limited:
            return self.tr("Die neuesten {0} Einträge").format(number(total))
        return self.tr("1 Eintrag") if total == 1 else self.tr("{0} Einträge").format(number(total))
