"""The list of likely duplicates (B3, actionDuplicates): pairs across the database or of one
customer with their reasons, the two cards side by side, "Zusammenführen" and "Keine Dublette".

The dialog does not merge itself: ``mergeRequested(a, b)`` asks the window to open its merge
dialog on that pair (then ``reload()``). "Keine Dublette" is saved through the service and its
change is handed out by ``changeMade(ChangeSet)`` for the window's undo stack."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kontaktverwaltung.domain.duplicates import reason_label
from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.records import ContactCard
from kontaktverwaltung.domain.results import DuplicatePair
from kontaktverwaltung.services import customers as customer_service
from kontaktverwaltung.services import duplicates as duplicate_service
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.generated.ui_duplicates_dialog import Ui_DuplicatesDialog
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, error_text
from kontaktverwaltung.ui.views import fit_to_screen

_HEADERS = (
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Ansprechpartner"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Möglicherweise dieselbe Person"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Gründe"),
    QT_TRANSLATE_NOOP("DuplicatesDialog", "Kunde"),
)
_Index = QModelIndex | QPersistentModelIndex


class DuplicatePairModel(QAbstractTableModel):
    """One row per pair: both names, the reasons in the UI's language, the customer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []
        self.customer_names: dict[int, str] = {}

    def reset(self, pairs: list[DuplicatePair], customer_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.pairs, self.customer_names = list(pairs), customer_names
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.pairs[row]
        self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DuplicatesDialog", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if column == 0:
            return pair.a.name()
        if column == 1:
            return pair.b.name()
        if column == 2:
            return ", ".join(reason_label(reason) for reason in pair.reasons)
        return self.customer_names.get(pair.a.customer_id, "")


def card_html(card: ContactCard) -> str:
    """A contact as the duplicates dialog shows it beside its twin."""
    lines = [f"<b>{escape(card.name())}</b>"]
    lines += [escape(part) for part in (card.position, card.department) if part]
    lines += [escape(part) for part in (card.primary_email, card.primary_phone) if part]
    if card.username:
        lines.append(escape(QCoreApplication.translate("DuplicatesDialog", "Benutzername: {0}").format(card.username)))
    if not card.active:
        inactive = QCoreApplication.translate("DuplicatesDialog", "inaktiv")
        lines.append(f"<i>{escape(inactive)}</i>")
    number = QCoreApplication.translate("DuplicatesDialog", "Nr. {0}").format(card.id)
    lines.append(f"<span style='color:gray'>{escape(number)}</span>")
    return "<br>".join(lines)


class DuplicatesDialog(QDialog):
    mergeRequested = Signal(int, int)  # the pair's contact ids: open the merge dialog on them
    changeMade = Signal(object)  # a ChangeSet ("Keine Dublette"), for the undo stack

    def __init__(self, parent: QWidget | None, ctx: Context, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.ui = Ui_DuplicatesDialog()
        self.ui.setupUi(self)
        self.model = DuplicatePairModel(self)
        self.ui.pairTable.setModel(self.model)
        header = self.ui.pairTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 220, 260)):
            self.ui.pairTable.setColumnWidth(column, width)
        self.ui.pairTable.verticalHeader().hide()
        self.ui.splitter.setSizes([380, 160])
        fit_to_screen(self)
        self.ui.pairTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.ui.mergeButton.clicked.connect(self._merge)
        self.ui.notDuplicateButton.clicked.connect(self._not_duplicate)
        self.loader = BackgroundLoader(self)
        self.reload()

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Look for pairs again (after a merge, or when the data changed), off the UI thread."""
        self.ui.summaryLabel.setText(
            QCoreApplication.translate("DuplicatesDialog", "Suche wahrscheinliche Dubletten …")
        )
        self._set_busy(True)
        customer_id = self.customer_id

        def work() -> tuple[list[DuplicatePair], dict[int, str]]:
            pairs = duplicate_service.duplicate_pairs(customer_id)
            ids = {pair.a.customer_id for pair in pairs}
            names = {c.id: f"{c.name} ({c.number})" for c in customer_service.list_customers(ids)} if ids else {}
            return pairs, names

        self.loader.run(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[DuplicatePair], dict[int, str]]) -> None:
        pairs, names = result
        self.model.reset(pairs, names)
        self._fit_columns()
        self._set_busy(False)
        if pairs:
            self.ui.pairTable.selectRow(0)
        self._show_current()

    def _fit_columns(self) -> None:
        """Names and reasons as wide as the longest of the first rows (within limits): the reasons
        are why a pair is listed, so they are never cut; the customer takes the rest."""
        table = self.ui.pairTable
        metrics, header = table.fontMetrics(), table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # a header is drawn bold while its column holds the current cell
        heads = QFontMetrics(bold)
        padding, shown = 24, range(min(self.model.rowCount(), 300))
        for column, limit in ((0, 28), (1, 28), (2, 60)):
            texts = [str(self.model.index(row, column).data()) for row in shown]
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            title = heads.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            table.setColumnWidth(column, max(title, min(widest, metrics.averageCharWidth() * limit)) + padding)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.ui.summaryLabel.setText(error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self.ui.pairTable.setEnabled(not busy)
        self._update_buttons(busy)

    def _update_buttons(self, busy: bool = False) -> None:
        chosen = not busy and self.current_pair() is not None
        self.ui.mergeButton.setEnabled(chosen)
        self.ui.notDuplicateButton.setEnabled(chosen)

    # --- the chosen pair ------------------------------------------------------------------------

    def current_pair(self) -> DuplicatePair | None:
        row = self.ui.pairTable.currentIndex().row()
        return self.model.pairs[row] if 0 <= row < len(self.model.pairs) else None

    def _show_current(self) -> None:
        count = len(self.model.pairs)
        if self.ui.pairTable.isEnabled():
            if count == 0:
                summary = QCoreApplication.translate("DuplicatesDialog", "Keine wahrscheinlichen Dubletten gefunden.")
            elif count == 1:
                summary = QCoreApplication.translate("DuplicatesDialog", "1 wahrscheinliche Dublette.")
            else:
                summary = QCoreApplication.translate("DuplicatesDialog", "{0} wahrscheinliche Dubletten.").format(count)
            self.ui.summaryLabel.setText(summary)
        pair = self.current_pair()
        self.ui.firstCard.setText(card_html(pair.a) if pair else "")
        self.ui.secondCard.setText(card_html(pair.b) if pair else "")
        self._update_buttons()

    def _merge(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.mergeRequested.emit(pair.a.id, pair.b.id)

    def _not_duplicate(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        row = self.ui.pairTable.currentIndex().row()
        try:
            done = duplicate_service.mark_not_duplicate(self.ctx, pair.a.id, pair.b.id)
        except DomainError as error:
            prompts.warn(self, self.windowTitle(), error_text(error))
            return
        self.model.remove(row)
        if self.model.pairs:
            self.ui.pairTable.selectRow(min(row, len(self.model.pairs) - 1))
        self._show_current()
        if done.change:
            self.changeMade.emit(done.change)
