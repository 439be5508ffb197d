"""The customer list on the left (S1, S14): search, the list, "Neuer Kunde"; a big list loads off
the UI thread. It says which customer the user opened (``customerChanged``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kontaktverwaltung.domain.records import CustomerView, FirstCustomers
from kontaktverwaltung.domain.text import number
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, error_text
from kontaktverwaltung.ui.lazy import after_painted, lazy_modules
from kontaktverwaltung.ui.models import CustomerListModel
from kontaktverwaltung.ui.views import RowListView

if TYPE_CHECKING:
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.ui import prompts
else:  # loaded by the background task that opens the database (see ui/lazy.py)
    (customers,) = lazy_modules("kontaktverwaltung.services", "customers")
    (prompts,) = lazy_modules("kontaktverwaltung.ui", "prompts")  # Qt's dialog classes: not before the window

SEARCH_CUSTOMERS = QT_TRANSLATE_NOOP("CustomerPane", "Kunden suchen: Name, Nummer, Ort")


class CustomerPane(QWidget):
    customerChanged = Signal(object)  # the CustomerView now selected (None: none)

    def __init__(self, parent: QWidget | None, new_customer: QAction) -> None:
        super().__init__(parent)
        self.model = CustomerListModel()
        self.loader = BackgroundLoader(self)
        self._rest_waiting = False  # the rest of a long list is read once the first rows are painted
        self.shown = 0  # counts every list shown: a refresh read before one is stale
        self._told: int | None = None  # the customer last told by ``customerChanged``
        self._first_look = False  # the first customers shown before the database is open
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr(SEARCH_CUSTOMERS))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Enter oder Pfeil nach unten öffnet den ersten Treffer"))
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        # Two lines of text per customer, with the padding a list row has.
        self.list = RowListView(self, 2 * self.fontMetrics().lineSpacing() + 10)
        self.list.setObjectName("customerList")
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        button = self.new_button = QPushButton(icon("add"), self.tr("Neuer Kunde"), self)
        button.setToolTip(self.tr("Einen neuen Kunden anlegen (Strg+Umschalt+N)"))
        button.clicked.connect(new_customer.trigger)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(button)
        self.setMinimumWidth(240)

    def current(self) -> CustomerView | None:
        """The customer selected (none while the database is not open yet)."""
        return None if self._first_look else self._selected()

    def _selected(self) -> CustomerView | None:
        index = self.list.currentIndex()
        return self.model.customer_at(index.row()) if index.isValid() else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._tell()

    def _tell(self) -> None:
        """Say which customer is selected now, once per change (a search keeping it says nothing)."""
        customer = self.current()
        wanted = customer.id if customer is not None else None
        if wanted != self._told:
            self._told = wanted
            self.customerChanged.emit(customer)

    def _filter(self, text: str) -> None:
        """Filter the list; the customer on the right stays selected while it matches, and the
        right side lets go of it when it no longer does (issue 14)."""
        chosen = self._selected() if self._first_look else None  # (nothing is told before the database opens)
        shown = chosen.id if chosen is not None else self._told
        self.model.set_filter(text)  # a model reset: the selection is gone without a signal
        row = self.model.row_of(shown) if shown is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))  # the same customer: nothing told
            self.list.scrollTo(self.model.index(row))
        elif shown is not None:
            self._tell()  # no longer in the list: the right side shows none

    def open_first_match(self) -> bool:
        """Enter or Down in the search: select the first match, show it, go on in the list."""
        if not self.model.rowCount():
            return False
        self.list.setCurrentIndex(self.model.index(0))
        self.list.scrollToTop()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self.open_first_match()
        return super().eventFilter(watched, event)

    def show_customers(
        self, customer_list: list[CustomerView], select_id: int | None, texts: list[str] | None = None
    ) -> bool:
        """Show the list and select ``select_id`` (else the first customer). True when the
        selection moved (``customerChanged`` told), False when the caller must show the panel."""
        if self._first_look:
            self._first_look = False
            chosen = self._selected()
            if select_id is None and chosen is not None:
                select_id = chosen.id  # a customer chosen in the first look opens now
        self.search.setPlaceholderText(self.tr(SEARCH_CUSTOMERS))
        self.shown += 1
        self.model.set_customers(customer_list, texts)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0  # open the first customer rather than an empty page
        if row < 0:
            self._told = None
            return False
        told = self._told
        self._told = -1  # told again even for the same customer: the caller expects it
        self.list.setCurrentIndex(self.model.index(row))
        if self._told == -1:  # (the current index did not move: nobody was told)
            self._told = told
            return False
        return True

    def show_first_look(self, first: FirstCustomers) -> None:
        """The first customers, before the database is open: to look at, search and choose from;
        the customer chosen opens with the database (``show_customers``)."""
        if not first.customers:
            return
        self._first_look = True
        self.model.set_customers(first.customers)
        if first.total > len(first.customers):
            self.say_loading(first.total)

    def forget_first_look(self) -> None:
        """The database could not be opened: its customers are not shown as if they were at hand."""
        if self._first_look:
            self._first_look = False
            self.model.set_customers([])
            self.search.setPlaceholderText(self.tr(SEARCH_CUSTOMERS))

    def extend_customers(self, customer_list: list[CustomerView], texts: list[str]) -> bool:
        """The whole list below the first screenful shown so far (see ``CustomerListModel.extend``)."""
        if not self.model.extend(customer_list, texts):
            return False
        self.shown += 1
        self.search.setPlaceholderText(self.tr(SEARCH_CUSTOMERS))
        return True

    def select(self, customer_id: int, center: bool = False) -> bool:
        """Select that customer (the search cleared, so it is in the list); False if unknown."""
        self.search.clear()
        row = self.model.row_of(customer_id)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        hint = QAbstractItemView.ScrollHint.PositionAtCenter if center else QAbstractItemView.ScrollHint.EnsureVisible
        self.list.scrollTo(self.model.index(row), hint)
        return True

    def say_loading(self, count: int) -> None:
        """The search field says that the list is not complete yet."""
        self.search.setPlaceholderText(self.tr("{0} Kunden werden geladen …").format(number(count)))

    def load_in_background(self, count: int, loaded: Callable[[tuple[list[CustomerView], list[str]]], None]) -> None:
        """A big customer list loads off the UI thread: the window stays usable, and what is typed
        into the search meanwhile filters the list once it is in. The load starts once the list
        shown so far is painted: it holds the interpreter a while, and the window waits for it at
        every row it paints (the first customers came 30-40 ms later)."""
        self.say_loading(count)
        self._rest_waiting = True

        def failed(error: Exception) -> None:
            prompts.warn(self, self.tr("Kunden können nicht geladen werden"), error_text(error))

        def load() -> tuple[list[CustomerView], list[str]]:
            customer_list = customers.list_customers()
            return customer_list, CustomerListModel.search_texts(customer_list)

        def start() -> None:
            if self._rest_waiting:  # (not cancelled meanwhile)
                self._rest_waiting = False
                self.loader.run(load, loaded, failed)

        after_painted(self.list.viewport(), start)

    @property
    def loading(self) -> bool:
        """The list is being read, or will be once the list shown so far is painted."""
        return self._rest_waiting or self.loader.busy

    def cancel_loading(self) -> None:
        """What is being read (or about to be) will not be shown."""
        self._rest_waiting = False
        self.loader.cancel()
