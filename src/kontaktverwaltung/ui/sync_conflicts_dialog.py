"""Konflikte (issue 16, R14): the changes made offline whose record was changed on the server
meanwhile, each listed until decided. Per field the user's offline value and the server's stand
side by side; "Meine übernehmen" or "Server-Stand übernehmen" decides the selected conflict, which
then leaves the list.

The decisions are the sync service's (``decide``); the dialog only shows and asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from kontaktverwaltung.domain.conflicts import conflict_field_label, shown_value
from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.messages import render
from kontaktverwaltung.services import sync as sync_service
from kontaktverwaltung.services.sync import SyncConflict
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.generated.ui_sync_conflicts_dialog import Ui_SyncConflictsDialog
from kontaktverwaltung.ui.views import fit_to_screen


class SyncConflictsDialog(QDialog):
    def __init__(self, parent: QWidget | None, server_url: str) -> None:
        super().__init__(parent)
        self.server_url = server_url
        self.ui = Ui_SyncConflictsDialog()
        self.ui.setupUi(self)
        table = self.ui.fieldTable
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setSizes([140, 300])
        bold = self.ui.whatLabel.font()
        bold.setBold(True)
        self.ui.whatLabel.setFont(bold)
        fit_to_screen(self)
        self.ui.conflictList.currentRowChanged.connect(lambda _row: self._show_current())
        self.ui.takeMineButton.clicked.connect(lambda _checked=False: self._decide("mine"))
        self.ui.takeServerButton.clicked.connect(lambda _checked=False: self._decide("server"))
        self._conflicts: list[SyncConflict] = []
        self._load()

    def kind_text(self, kind: str) -> str:
        """What happened to the record on each side, when there are no fields to set side by side."""
        texts = {
            "delete": self.tr(
                "Offline gelöscht – auf dem Server inzwischen geändert. Der Datensatz wurde nicht gelöscht."
            ),
            "merge": self.tr(
                "Offline zusammengeführt – auf dem Server wurde einer der beiden inzwischen geändert. "
                "Die Zusammenführung wurde nicht ausgeführt."
            ),
            "rejected": self.tr("Der Server hat diese offline gemachte Änderung abgelehnt."),
        }
        return texts.get(kind, "")

    def remaining(self) -> list[SyncConflict]:
        """The conflicts still undecided."""
        return list(self._conflicts)

    def _load(self, keep_row: int = 0) -> None:
        try:
            self._conflicts = list(sync_service.open_conflicts(self.server_url))
        except DomainError as error:
            self._conflicts = []
            prompts.warn(self, self.tr("Konflikte"), error.message())
        listing = self.ui.conflictList
        listing.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(render(conflict.what), listing)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
        if self._conflicts:
            listing.setCurrentRow(min(keep_row, len(self._conflicts) - 1))
        self._show_current()

    def _current(self) -> SyncConflict | None:
        row = self.ui.conflictList.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _show_current(self) -> None:
        conflict = self._current()
        table = self.ui.fieldTable
        table.setRowCount(0)
        for button in (self.ui.takeMineButton, self.ui.takeServerButton):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.ui.whatLabel.setText(
                self.tr("Keine offenen Konflikte: Alles, was offline geändert wurde, ist beim Server angekommen.")
            )
            table.hide()
            return
        explanation = self.kind_text(conflict.kind)
        what = render(conflict.what)
        self.ui.whatLabel.setText(f"{what}\n{explanation}" if explanation else what)
        table.setVisible(bool(conflict.fields))
        table.setRowCount(len(conflict.fields))
        for row, (field, mine, theirs) in enumerate(conflict.fields):
            for column, text in enumerate((conflict_field_label(field), shown_value(mine), shown_value(theirs))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)

    def _decide(self, take: str) -> None:
        conflict = self._current()
        if conflict is None:
            return
        row = self.ui.conflictList.currentRow()
        try:
            sync_service.decide(self.server_url, conflict.id, "mine" if take == "mine" else "server")
        except DomainError as error:
            prompts.warn(self, self.tr("Nicht möglich"), error.message())
            return
        self._load(row)  # decided ones leave the list; the undecided stay
