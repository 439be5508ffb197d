"""The customer's portal state, said once in its header (issue 14): while no job of the customer is
released to the portals nobody of it can log in, so the header says so, with "Job freigeben…",
instead of every card saying "noch kein Job freigegeben"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kontaktverwaltung.domain.records import CustomerPanel
from kontaktverwaltung.ui import palette
from kontaktverwaltung.ui.icons import icon


class PortalNotice(QFrame):
    releaseRequested = Signal()  # "Job freigeben…"

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("portalNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        sign = QLabel(self)
        sign.setPixmap(icon("portal-locked", palette.of(self, palette.Role.WARNING).name()).pixmap(16, 16))
        self.text = QLabel(self)
        self.text.setObjectName("portalNoticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet(f"color: {palette.of(self, palette.Role.WARNING).name()}")
        self.button = QPushButton(icon("portal-ok"), self.tr("Job freigeben…"), self)
        self.button.setObjectName("releaseJobButton")
        self.button.setToolTip(
            self.tr("Zu den Jobs des Kunden: einen Job für die Portale freigeben (oder anlegen und freigeben)")
        )
        self.button.clicked.connect(self.releaseRequested)
        layout.addWidget(sign)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, panel: CustomerPanel | None) -> None:
        """Shown while the customer has contacts and no job released to the portals (S13, R4)."""
        needed = panel is not None and bool(panel.contacts) and not panel.has_released_job
        if needed:
            self.text.setText(
                self.tr(
                    "Kundenportal: Noch kein Job dieses Kunden ist freigegeben – seine Ansprechpartner "
                    "können sich erst danach anmelden, Passwörter erst dann gesetzt werden."
                )
            )
        self.setVisible(needed)
