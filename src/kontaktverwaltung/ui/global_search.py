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

from kontaktverwaltung.domain.results import SearchHit
from kontaktverwaltung.domain.text import number
from kontaktverwaltung.services.search import search_contacts


class GlobalSearchDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlobalSearchDialog")
        self.setWindowTitle(self.tr("Globale Suche"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("globalSearchEdit")
        self.query.setPlaceholderText(self.tr("Name, E-Mail, Telefonnummer, Position oder Standort – in allen Kunden"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("globalSearchResults")
        self.results.setAlternatingRowColors(True)
        self.info = QLabel(self.tr("Tippen Sie, um zu suchen."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Öffnen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
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
            self.info.setText(self.tr("Tippen Sie, um zu suchen."))
            return
        result = search_contacts(text)
        for hit in result.hits:
            name = hit.name()
            name = name if hit.active else self.tr("{0} (inaktiv)").format(name)
            line = self.tr("{0} – {1}\n{2} ({3}) · {4} · {5}").format(
                name,
                hit.position or self.tr("ohne Position"),
                hit.customer_name,
                hit.customer_number,
                hit.location_name,
                hit.primary_email or hit.primary_phone or self.tr("keine Kontaktdaten"),
            )
            item = QListWidgetItem(line, self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit)
        if result.hits:
            self.results.setCurrentRow(0)
        if not result.hits:
            self.info.setText(self.tr("Nichts gefunden zu „{0}“.").format(text))
        elif result.more:
            self.info.setText(self.tr("{0} Treffer – es gibt mehr, bitte genauer suchen").format(len(result.hits)))
        else:
            count = len(result.hits)
            hits = self.tr("{0} Treffer", "einer") if count == 1 else self.tr("{0} Treffer", "mehrere")
            self.info.setText(hits.format(number(count)))

    def chosen(self) -> SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(Qt.ItemDataRole.UserRole) if item else None
        return hit if isinstance(hit, SearchHit) else None

    def _open(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.search()
        if self.chosen() is not None:
            self.accept()
