"""Views shared by the main window's lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window the form made larger than the screen it opens on (a 1366×768 laptop at
    125 % has 1093×614 to offer), keeping its minimum size; call before the first show."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    width = max(window.minimumWidth(), min(window.width(), available.width() - 16))
    height = max(window.minimumHeight(), min(window.height(), available.height() - 48))  # the title bar
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
