"""One contact's history in a dialog of its own (B2): every change – what, who, when – newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from kontaktverwaltung.domain.records import ContactCard
from kontaktverwaltung.ui.history_panel import HistoryPanel
from kontaktverwaltung.ui.views import fit_to_screen


class ContactHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, card: ContactCard) -> None:
        super().__init__(parent)
        self.setObjectName("contactHistoryDialog")
        self.setWindowTitle(self.tr("History – {0}").format(card.name()))
        self.resize(1000, 560)  # the texts name people and places: room for them (a small screen: fitted)
        layout = QVBoxLayout(self)
        self.view = HistoryPanel(self)
        self.view.show_contact(card.id, card.name())
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)
