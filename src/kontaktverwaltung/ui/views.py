"""Views shared by the main window's lists."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QScrollArea, QTableView, QWidget


class RowListView(QTableView):
    """A one-column list of rows of one fixed height.

    Built on QTableView, not QListView: after a model reset QListView asks the model about every
    row (two Python calls per row: 20,000 for a filtered 10,000-card panel, ~40 ms per
    keystroke), a table with a fixed row height asks only for the rows it paints.
    """

    def __init__(self, parent: QWidget | None, row_height: int) -> None:
        super().__init__(parent)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(row_height)
        self.horizontalHeader().setStretchLastSection(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does in any list
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def set_row_height(self, height: int) -> None:
        self.verticalHeader().setDefaultSectionSize(height)


TITLE_BAR = 48  # what a window's frame and title take of the screen's height


def _available(window: QWidget) -> tuple[int, int] | None:
    screen = window.screen()
    if screen is None:
        return None
    available = screen.availableGeometry()
    return available.width() - 16, available.height() - TITLE_BAR


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window the form made larger than the screen it opens on (a 1366×768 laptop at
    125 % has 1093×614 to offer), keeping its minimum size; call before the first show."""
    available = _available(window)
    if available is None:
        return
    width = max(window.minimumWidth(), min(window.width(), available[0]))
    height = max(window.minimumHeight(), min(window.height(), available[1]))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def fit_to_content(window: QWidget) -> None:
    """As tall as its content at its width (not the height its Designer form was drawn at: an
    empty band above the buttons), within the screen; call before the first show."""
    window.resize(window.width(), content_height(window) or window.height())
    fit_to_screen(window)


def content_height(window: QWidget) -> int:
    """How tall the window's content is at its width, wrapped labels' lines counted (a window's
    minimum height ignores them); 0 without a layout."""
    layout = window.layout()
    if layout is None:
        return 0
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else 0
    return max(needed, layout.totalMinimumSize().height())


class _ContentShown(QObject):
    def __init__(self, window: QWidget, area: QScrollArea) -> None:
        super().__init__(window)
        self._window, self._area = window, area
        contents = area.widget()
        if contents is not None:
            contents.installEventFilter(self)
        window.installEventFilter(self)  # (shown: as tall as its contents, too)
        self._grow_soon = QTimer(self, singleShot=True, interval=0)
        self._grow_soon.timeout.connect(self.grow)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._grow_soon.start()
        return False

    def grow(self) -> None:
        window, available = self._window, _available(self._window)
        wanted = window.sizeHint().height()
        if available is not None and window.isVisible() and wanted > window.height():
            window.resize(window.width(), max(window.height(), min(wanted, available[1])))

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A field that takes the focus (a mnemonic, the first field with an error) comes into view."""
        contents = self._area.widget()
        if new is not None and contents is not None and contents.isAncestorOf(new):
            self._area.ensureWidgetVisible(new)


def keep_content_shown(window: QWidget, area: QScrollArea) -> None:
    """A form whose contents scroll (``area``, set to adjust to them): the window grows with them
    (a hint, an error line, another row) as far as the screen has room, which is what the form's
    minimum size did before it scrolled; beyond that they scroll instead of being squeezed over
    each other (a 1366×768 laptop at 125 %), and the field that takes the focus comes into view."""
    _ContentShown(window, area)
