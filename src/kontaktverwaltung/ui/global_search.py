"""Global search (B8): find a contact across all customers; Enter opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.records import SearchHit
from kontaktverwaltung.services.search import search_contacts


class GlobalSearchDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlobalSearchDialog")
        self.setWindowTitle("Globale Suche")
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("globalSearchEdit")
        self.query.setPlaceholderText("Name, E-Mail, Telefonnummer, Position oder Standort – in allen Kunden")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("globalSearchResults")
        self.results.setAlternatingRowColors(True)
        self.info = QLabel("Tippen Sie, um zu suchen.", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Open).setText("Öffnen")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Abbrechen")
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        for widget in (self.query, self.results, self.info):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # wait for a pause in typing: each search is a database query
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._open)
        self.results.itemActivated.connect(lambda _item: self._open())

    def search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        self.results.clear()
        if not text:
            self.info.setText("Tippen Sie, um zu suchen.")
            return
        result = search_contacts(text)
        for hit in result.hits:
            status = "" if hit.active else " (inaktiv)"
            line = (
                f"{hit.display_name}{status} – {hit.position or 'ohne Position'}\n"
                f"{hit.customer_name} ({hit.customer_number}) · {hit.location_name} · "
                f"{hit.primary_email or hit.primary_phone or 'keine Kontaktdaten'}"
            )
            item = QListWidgetItem(line, self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit)
        if result.hits:
            self.results.setCurrentRow(0)
        more = " – es gibt mehr, bitte genauer suchen" if result.more else ""
        self.info.setText(f"{len(result.hits)} Treffer{more}" if result.hits else f"Nichts gefunden zu „{text}“.")

    def chosen(self) -> SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(Qt.ItemDataRole.UserRole) if item else None
        return hit if isinstance(hit, SearchHit) else None

    def _open(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.search()
        if self.chosen() is not None:
            self.accept()
