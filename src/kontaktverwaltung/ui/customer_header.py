"""The open customer's header (S1): its name, number and counts, its note and a link to its
documents, beside the buttons for the customer ("Dokument hinzufügen", "Kunde bearbeiten", "Kunde
löschen"). Where the name would wrap beside those, the buttons show only their icons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kontaktverwaltung.domain.records import CustomerPanel
from kontaktverwaltung.domain.text import counted
from kontaktverwaltung.ui import palette

NOTE_SHOWN = 100  # characters of the customer's note in the header; all of it on "Dokumente und Notizen"


class CustomerHeader(QWidget):
    documentsWanted = Signal()  # the link to the customer's documents

    def __init__(self, parent: QWidget | None, actions: list[QAction]) -> None:
        super().__init__(parent)
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("customerTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        # A long customer name must not push the customer list aside: the title gives way.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setWordWrap(True)  # … and wraps (longer languages, narrow windows)
        self.title.linkActivated.connect(lambda _link: self.documentsWanted.emit())
        layout.addWidget(self.title, 1)
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(action.icon(), action.text().replace("…", "").replace("&", ""), self)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(button.text())  # also when it shows only its icon
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
            self.buttons.append(button)
        self._names = [button.text() for button in self.buttons]
        self._lines = ("", "")  # the customer's name and the line below it, as text
        self._named_width: int | None = None  # the buttons' width with their names

    def show_customer(self, panel: CustomerPanel, documents: list[str]) -> None:
        from html import escape  # (~2 ms to import: once a customer opens, not at start)

        customer = panel.customer
        number = self.tr("Kundennummer {0}").format(customer.number)
        locations = counted(len(panel.locations), self.tr("Standort"), self.tr("Standorte"))
        contacts = counted(
            customer.contact_count, self.tr("Ansprechpartner", "einer"), self.tr("Ansprechpartner", "mehrere")
        )
        documents_count = counted(len(documents), self.tr("Dokument"), self.tr("Dokumente"))
        secondary = palette.secondary_text(self).name()
        notes = " ".join(customer.notes.split())
        notes_label = self.tr("Notiz:")
        notes_line = (
            f"<br><span style='color:{secondary}'>{escape(notes_label)}</span> "
            f"{escape(notes if len(notes) <= NOTE_SHOWN else notes[: NOTE_SHOWN - 1] + '…')}"
            if notes
            else ""
        )
        documents_link = f" · <a href='documents'>{documents_count}</a>" if documents else ""
        self.title.setText(
            f"<b style='font-size:15pt'>{escape(customer.name)}</b><br>"
            f"<span style='color:{secondary}'>{escape(number)} · {locations} · {contacts}{documents_link}</span>"
            f"{notes_line}"
        )
        self.title.setToolTip(self.tr("Dokumente:") + "\n" + "\n".join(documents) if documents else "")
        below = f"{number} · {locations} · {contacts}"
        self._lines = (customer.name, f"{below} · {documents_count}" if documents else below)
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Where the customer's name (or the line below it) would wrap beside the buttons with their
        names, in a window half a screen wide, the buttons show only their icons (the names stay in
        their tooltips), and the name keeps its line."""
        name, below = self._lines
        if not name:
            return
        big = self.title.font()
        big.setPointSizeF(15)
        big.setBold(True)
        needed = max(QFontMetrics(big).horizontalAdvance(name), self.title.fontMetrics().horizontalAdvance(below))
        spacing = max(self._layout.spacing(), 0)
        if self._named_width is None:  # measured once, while the buttons still show their names
            for button in self.buttons:
                button.ensurePolished()
            self._named_width = sum(button.sizeHint().width() + spacing for button in self.buttons)
        show_names = self.width() - self._named_width >= needed + 8
        for button, name_of_button in zip(self.buttons, self._names, strict=True):
            if button.text() != (wanted := name_of_button if show_names else ""):
                button.setText(wanted)
