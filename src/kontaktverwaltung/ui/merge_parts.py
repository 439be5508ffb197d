"""The parts of the merge dialog (S4, R7): the list of candidates (filter and two-line delegate)
and a value to choose in the side-by-side comparison."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from kontaktverwaltung.domain.records import ContactCard, LocationView
from kontaktverwaltung.ui import palette as colors
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP

EMPTY_VALUE = QT_TRANSLATE_NOOP("ValueChoice", "(keine Angabe)")

ID_ROLE = Qt.ItemDataRole.UserRole
REASONS_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2


def mnemonic_safe(text: str) -> str:
    """A button's "&" marks its shortcut key: a "&" in user data must show as itself."""
    return text.replace("&", "&&")


def one_line(text: str) -> str:
    return " ".join(text.split())


def muted(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder grey, readable on light and dark backgrounds."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    widget.setPalette(palette)


def bold_font(widget: QWidget) -> None:
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)


# --- candidates ---------------------------------------------------------------------------------


class CandidateFilter(QSortFilterProxyModel):
    """Shows the candidates whose ids the search rule (R10) let through; all without a query."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visible: set[int] | None = None

    def show_only(self, ids: set[int] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateRowsFilter() is deprecated
            self.beginFilterChange()
            self._visible = ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._visible = ids
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._visible is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return int(index.data(ID_ROLE)) in self._visible


class CandidateDelegate(QStyledItemDelegate):
    """Two lines per candidate: the name, then why it looks like a duplicate (in an accent colour)
    and where the person works."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, 2 * line + 2 * self.PADDING + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        accent = text if selected else colors.color(colors.Role.DUPLICATE_REASON, palette)

        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        metrics = painter.fontMetrics()
        name = metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)

        painter.setFont(opt.font)
        metrics = painter.fontMetrics()
        second = QRect(rect.left(), rect.top() + metrics.height() + 2, rect.width(), metrics.height())
        reasons = ", ".join(index.data(REASONS_ROLE) or ())
        details = str(index.data(DETAILS_ROLE) or "")
        x = second.left()
        if reasons:
            shown = metrics.elidedText(reasons, Qt.TextElideMode.ElideRight, second.width())
            painter.setPen(accent)
            painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, shown)
            x += metrics.horizontalAdvance(shown)
            details = f" · {details}" if details else ""
        if details and x < second.right():
            rest = QRect(x, second.top(), second.right() - x, second.height())
            painter.setPen(muted)
            shown = metrics.elidedText(details, Qt.TextElideMode.ElideRight, rest.width())
            painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, shown)
        painter.restore()


def candidate_details(card: ContactCard, locations: dict[int, LocationView]) -> str:
    location = locations.get(card.location_id)
    parts = [card.position, location.name if location else "", card.primary_email or card.primary_phone]
    if not card.active:
        parts.insert(0, QCoreApplication.translate("MergeDialog", "inaktiv"))
    return " · ".join(p for p in parts if p)


# --- one value to choose ------------------------------------------------------------------------


class ValueChoice(QRadioButton):
    """A value of one side in the comparison: one line, elided to the column's width, the whole
    value in the tooltip."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self._full = one_line(value) or self.tr(EMPTY_VALUE)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if not value:
            muted(self)
        self.setToolTip(
            self.tr("{0}\n\nDiesen Wert übernehmen").format(value)
            if value
            else self.tr("Keine Angabe: das Feld bleibt leer")
        )
        super().setText(mnemonic_safe(self._full))

    def _indicator_width(self) -> int:
        option = QStyleOptionButton()
        option.initFrom(self)
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self) + style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing, option, self
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 160), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._indicator_width() + 40, super().minimumSizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole cell chooses, not only the indicator and text

    def resizeEvent(self, event: QResizeEvent) -> None:
        room = max(20, self.width() - self._indicator_width() - 6)
        super().setText(mnemonic_safe(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)))
        super().resizeEvent(event)
