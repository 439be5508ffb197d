"""The right side of the window (S1): the selected customer's "Standorte und Ansprechpartner"
(ui/location_panel.py), or a page instead of it: a welcome with first steps on an empty database,
a line of text (pick a customer, the database is opening …)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.location_panel import LocationPanel

if TYPE_CHECKING:
    from kontaktverwaltung.ui.window_actions import WindowActions


class Page(enum.Enum):
    """What the right side shows."""

    CUSTOMER = enum.auto()  # the location panel of the selected customer
    NO_CUSTOMERS = enum.auto()  # the database has none yet: a welcome with first steps
    MESSAGE = enum.auto()  # a line of text: pick a customer, the database is opening …


class CustomerPages(QStackedWidget):
    demoRequested = Signal()  # "Demodaten laden" on the welcome page

    def __init__(self, parent: QWidget | None, actions: WindowActions) -> None:
        super().__init__(parent)
        self.panel = LocationPanel(self, actions)
        self.message = QLabel(self.tr("Bitte links einen Kunden wählen."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = {
            Page.CUSTOMER: self.panel,
            Page.NO_CUSTOMERS: self._welcome(actions),
            Page.MESSAGE: self.message,
        }
        for page in self._pages.values():
            self.addWidget(page)

    def show_page(self, page: Page) -> None:
        self.setCurrentWidget(self._pages[page])

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.show_page(Page.MESSAGE)

    def show_no_customer(self, has_customers: bool) -> None:
        """No customer selected: the welcome page on an empty database, else "please pick one"."""
        self.panel.clear()
        self.show_page(Page.MESSAGE if has_customers else Page.NO_CUSTOMERS)

    def _welcome(self, actions: WindowActions) -> QWidget:
        page = QWidget(self)
        page.setObjectName("emptyState")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("<h2>Willkommen in der Kontaktverwaltung</h2>"), page)
        text = QLabel(
            self.tr(
                "Noch keine Kunden angelegt. Legen Sie den ersten Kunden an, importieren Sie\n"
                "Ihre Kontakte (Outlook, Google, Excel, vCard) – oder laden Sie Demodaten,\n"
                "um alles gefahrlos auszuprobieren."
            ),
            page,
        )
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        create = QPushButton(icon("customer"), self.tr("Neuen Kunden anlegen"), page)
        create.setObjectName("emptyNewCustomerButton")
        create.clicked.connect(actions.actionNewCustomer.trigger)
        demo = QPushButton(icon("database"), self.tr("Demodaten laden"), page)
        demo.setObjectName("emptyDemoButton")
        demo.setToolTip(self.tr("200 erfundene Kunden mit Standorten und Ansprechpartnern anlegen"))
        demo.clicked.connect(self.demoRequested)
        importing = QPushButton(icon("import"), self.tr("Kontakte importieren…"), page)
        importing.setObjectName("emptyImportButton")
        importing.setToolTip(actions.actionImport.toolTip())
        importing.clicked.connect(actions.actionImport.trigger)
        buttons.addWidget(create)
        buttons.addWidget(importing)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page
