"""The open customer's header (S1): its name, number and counts, its note and a link to its
documents, beside the buttons for the customer ("Dokument hinzufügen", "Kunde bearbeiten", "Kunde
löschen"). Where the name would wrap beside those, the buttons show only their icons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QIcon
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
            button = QPushButton(action.text().replace("…", "").replace("&", ""), self)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(button.text())  # also when it shows only its icon
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
            self.buttons.append(button)
        self._faces = [(button.text(), action.icon()) for button, action in zip(self.buttons, actions, strict=True)]
        self._name = ""  # the customer's, shown
        self._width_named: int | None = None  # the buttons' width with their names

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
        self._name = customer.name
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._width_named = None  # measured anew
            self._fit()

    def _fit(self) -> None:
        """Where the customer's name would wrap beside the buttons with their names (a window half a
        screen wide), the buttons show their icons instead (the names stay in their tooltips), and
        the name keeps its line."""
        name = self._name
        if not name:
            return
        big = self.title.font()
        big.setPointSizeF(15)
        big.setBold(True)
        needed = QFontMetrics(big).horizontalAdvance(name)
        # The header's own width (the title's is not laid out while the page is hidden), less the
        # buttons with their names and the gaps before them (-1: the style's, ~6 px).
        gap = max(self._layout.spacing(), 6)
        named = self.width() - self._named_width() - gap * len(self.buttons) >= needed + 8
        for button, face in zip(self.buttons, self._faces, strict=True):
            self._show(button, face, named)

    @staticmethod
    def _show(button: QPushButton, face: tuple[str, QIcon], named: bool) -> None:
        text, icon = face
        if button.text() != (text if named else ""):
            button.setText(text if named else "")
            button.setIcon(QIcon() if named else icon)

    def _named_width(self) -> int:
        """The buttons' width with their names, whatever they show now."""
        if self._width_named is None:
            self._width_named = 0
            for button, face in zip(self.buttons, self._faces, strict=True):
                named = bool(button.text())
                self._show(button, face, True)
                self._width_named += button.sizeHint().width()
                self._show(button, face, named)
        return self._width_named
