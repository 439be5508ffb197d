"""The main window. For now a placeholder that shows what the database holds; the full
"Standorte und Ansprechpartner" screen is the next milestone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from kontaktverwaltung.services.common import Context
from kontaktverwaltung.services.customers import database_overview


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, database_label: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"Kontaktverwaltung – {database_label}")
        overview = database_overview()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel("<h1>Kontaktverwaltung</h1>", central)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        counts = QLabel(
            f"{overview.customers:,} Kunden · {overview.locations:,} Standorte · "
            f"{overview.contacts:,} Ansprechpartner".replace(",", "."),
            central,
        )
        counts.setObjectName("overviewLabel")
        counts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            "Die Ansicht „Standorte und Ansprechpartner“ kommt mit der nächsten Version.\n"
            "Bis dahin arbeiten Sie mit der Befehlszeile: kontaktverwaltung --help",
            central,
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (heading, counts, hint):
            layout.addWidget(widget)
        self.setCentralWidget(central)
        self.statusBar().showMessage(f"Datenbank: {database_label}")
