"""The selected customer's "Standorte und Ansprechpartner" (S2–S6, S14): its header
(ui/customer_header.py), its tabs, the contact search and the cards; one of the pages of the
window's right side (ui/customer_pages.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.records import ContactCard, CustomerPanel, CustomerView, LocationView
from kontaktverwaltung.domain.text import number
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.card_channels import add_copy_menu, card_mime, channels_menu
from kontaktverwaltung.ui.card_delegate import LOCATION_BAND, CardAction, ContactCardDelegate, card_height
from kontaktverwaltung.ui.card_text import card_as_text
from kontaktverwaltung.ui.customer_header import CustomerHeader
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import error_text
from kontaktverwaltung.ui.lazy import lazy_modules
from kontaktverwaltung.ui.models import ObjectRole, PanelModel, number_to_call
from kontaktverwaltung.ui.portal_notice import PortalNotice
from kontaktverwaltung.ui.views import RowListView

if TYPE_CHECKING:
    from kontaktverwaltung.domain.exporting.records import ExportContact
    from kontaktverwaltung.services import contacts, customers, exports
    from kontaktverwaltung.ui import prompts
    from kontaktverwaltung.ui.documents_panel import DocumentsPanel
    from kontaktverwaltung.ui.history_panel import HistoryPanel
    from kontaktverwaltung.ui.jobs_panel import JobsPanel
    from kontaktverwaltung.ui.window_actions import WindowActions
else:  # loaded by the background task that opens the database (see ui/lazy.py)
    contacts, customers, exports = lazy_modules("kontaktverwaltung.services", "contacts customers exports")
    (prompts,) = lazy_modules("kontaktverwaltung.ui", "prompts")  # Qt's dialog classes: not before the window

# Customers with more contacts open with their first screenful of cards; the others are read in
# the background, a bar showing how far (issue 15). Up to this many, all cards are read at once
# (within a few tens of milliseconds) and are all there when the customer shows.
STREAM_ABOVE = 1000


class LocationPanel(QWidget):
    """One customer: its name and counts, the tabs, and on the first tab its locations with their
    contact cards (drawn by the card delegate), searchable. Loads the customer itself; a big one
    off the UI thread."""

    selectionChanged = Signal()  # another card or location is current, or the cards were reloaded
    status = Signal(str)  # a passing note for the status bar ("" clears it)

    def __init__(self, pages: QStackedWidget, actions: WindowActions) -> None:
        super().__init__(pages)
        self.setObjectName("locationPanel")
        self._pages = pages
        self._actions = actions
        self.model = PanelModel()
        self.loader = BackgroundLoader(self)
        self.shown = 0  # counts every panel shown: a refresh read before one is stale
        self._wanted: int | None = None  # the customer a background load is for
        self.jobs_panel: JobsPanel | None = None
        self.documents_panel: DocumentsPanel | None = None
        self.history_panel: HistoryPanel | None = None
        # builds those three when they are wanted before they were built (the window sets it)
        self.build_tabs: Callable[[], None] = lambda: None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        self.header = CustomerHeader(self, actions.customer_actions())
        self.header.documentsWanted.connect(self.show_documents)
        layout.addWidget(self.header)
        self.portal_notice = PortalNotice(self)  # no released job: said once, here (issue 14)
        self.portal_notice.releaseRequested.connect(self.release_a_job)
        layout.addWidget(self.portal_notice)
        # The customer's pages: the seed's "Standorte und Ansprechpartner", then jobs and history.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customerTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._contacts_page(), icon("location"), self.tr("&Standorte und Ansprechpartner"))

    def _contacts_page(self) -> QWidget:
        page = QWidget(self.tabs)
        page.setObjectName("contactsPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        tools = QHBoxLayout()
        self.search = QLineEdit(page)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(
            self.tr("Ansprechpartner suchen: Name, E-Mail, Telefon, Position, Standort (Strg+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._filter)
        new_location = self._actions.actionNewLocation
        self.new_location_button = QPushButton(icon("add"), self.tr("&Neuer Standort"), page)
        self.new_location_button.setObjectName("newLocationButton")
        self.new_location_button.setToolTip(self.tr("Einen neuen Standort für diesen Kunden anlegen (Strg+Umschalt+L)"))
        self.new_location_button.clicked.connect(new_location.trigger)
        new_location.changed.connect(lambda: self.new_location_button.setEnabled(new_location.isEnabled()))
        tools.addWidget(self.search, 1)
        self.hide_inactive = QCheckBox(self.tr("&Inaktive ausblenden"), page)
        self.hide_inactive.setObjectName("hideInactiveCheck")
        self.hide_inactive.setToolTip(
            self.tr("Deaktivierte Ansprechpartner (Karenz, ausgeschieden …) nicht als Visitenkarten zeigen")
        )
        self.hide_inactive.toggled.connect(self._hide_inactive_toggled)
        tools.addWidget(self.hide_inactive)
        tools.addWidget(self.new_location_button)
        layout.addLayout(tools)
        self.view = RowListView(page, 0)
        self.view.set_row_height(card_height(self.view.fontMetrics()))  # taller with a larger font
        self.view.setObjectName("contactCards")
        self.view.setModel(self.model)
        # A location row keeps room above its band to set it apart from the cards before it; the
        # first row has nothing before it, so it is only as high as the band.
        self.model.modelReset.connect(self._first_row_height)
        self.model.modelReset.connect(self.selectionChanged)
        self.model.layoutChanged.connect(self.selectionChanged)  # a search: the selected card may be gone
        self.delegate = ContactCardDelegate(self.view)
        self.delegate.actionRequested.connect(self._card_icon)
        self.view.setItemDelegate(self.delegate)
        self.model.exported = lambda ids: card_mime(exports.contacts_for(ids))  # a card dragged out: its vCard
        self.model.phones_of = _phones_of
        self.view.setMouseTracking(True)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(lambda _index: self._open_current())
        self.view.installEventFilter(self)
        self.view.addAction(self._actions.actionCopyContact)  # Ctrl+C on the cards, not elsewhere
        self.view.selectionModel().currentChanged.connect(lambda *_: self.selectionChanged.emit())
        # Several cards (Ctrl/Shift-click) are moved, (de)activated, exported or written to together.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        self.loading = QProgressBar(page)
        self.loading.setObjectName("panelLoading")
        self.loading.setTextVisible(False)
        self.loading.hide()
        layout.addWidget(self.loading)
        # The hint instead of the cards; a customer without locations gets the way on right under it
        # (issue 14 item 9). The box shows whenever the hint does.
        self.empty_box = QWidget(page)
        box = QVBoxLayout(self.empty_box)
        self.empty = QLabel(self.empty_box)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.first_location_button = QPushButton(icon("location"), self.tr("Ersten Standort an&legen…"), self.empty_box)
        self.first_location_button.setObjectName("firstLocationButton")
        self.first_location_button.clicked.connect(self._actions.actionNewLocation.trigger)
        self.first_location_button.hide()
        box.addStretch(1)
        box.addWidget(self.empty)
        box.addWidget(self.first_location_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self.empty_box.hide()
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_box, 1)
        return page

    def add_customer_tabs(self, jobs: JobsPanel, documents: DocumentsPanel, history: HistoryPanel) -> None:
        """Jobs, documents and History beside the cards; added once the database is open (they need it)."""
        self.jobs_panel, self.documents_panel, self.history_panel = jobs, documents, history
        self.tabs.addTab(jobs, icon("portal-ok"), self.tr("&Jobs"))
        self.tabs.addTab(documents, icon("document"), self.tr("D&okumente und Notizen"))
        self.tabs.addTab(history, icon("history"), self.tr("His&tory"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_tab())

    # --- state ----------------------------------------------------------------------------------

    @property
    def panel(self) -> CustomerPanel | None:
        return self.model.panel

    def current_card(self) -> ContactCard | None:
        obj = self.view.currentIndex().data(ObjectRole)
        return obj if isinstance(obj, ContactCard) else None

    def phone_to_call(self, card: ContactCard | None) -> str:
        """The number calling this card dials: the one it shows (a phone search may have brought
        another of its phones onto it), as E.164; "" for none or a fax."""
        return number_to_call(card, self.model.phone_hit(card)) if card is not None else ""

    def selected_cards(self) -> list[ContactCard]:
        """The cards selected (in the panel's order); location rows in the selection do not count."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        cards = [self.model.index(row).data(ObjectRole) for row in rows]
        return [card for card in cards if isinstance(card, ContactCard)]

    def current_location(self) -> LocationView | None:
        """The selected location, the location of the selected card, or the customer's first one."""
        index = self.view.currentIndex()
        if index.isValid():
            found = self.model.location_of_row(index.row())
            if found is not None:
                return found
        panel = self.model.panel
        return panel.locations[0] if panel and panel.locations else None

    def select_contact(self, contact_id: int) -> bool:
        return self._select(self.model.row_of_contact(contact_id))

    def select_location(self, location_id: int) -> bool:
        return self._select(self.model.row_of_location(location_id))

    def _select(self, row: int, scroll: bool = True) -> bool:
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row))
        if scroll:
            self.view.scrollTo(self.model.index(row))
        return True

    # --- loading --------------------------------------------------------------------------------

    def open(self, customer: CustomerView) -> None:
        """The user picked ``customer``: a big one shows its first screenful of cards at once and
        reads the others in the background (issue 15)."""
        if customer.contact_count > STREAM_ABOVE:
            self._open_streaming(customer)
        else:
            self.reload(customer)

    def clear(self) -> None:
        self._wanted = None
        self.loader.cancel()
        self.model.set_panel(None)
        self.portal_notice.show_for(None)

    def release_a_job(self) -> None:
        """ "Job freigeben…": the customer's jobs, ready to release one (or to create one)."""
        self.build_tabs()
        if self.jobs_panel is not None:
            self.tabs.setCurrentWidget(self.jobs_panel)
            self.jobs_panel.release_a_job()

    def reload(self, customer: CustomerView, select_contact: int | None = None) -> None:
        """Load the customer's locations and cards; keep the selection and scroll position."""
        keep = select_contact if select_contact is not None else (card.id if (card := self.current_card()) else None)
        same_customer = self.model.panel is not None and self.model.panel.customer.id == customer.id
        scroll = self.view.verticalScrollBar().value() if same_customer else None
        if same_customer and customer.contact_count > STREAM_ABOVE:
            self._reload_in_background(customer, select_contact)
            return
        self.loader.cancel()
        self._wanted = customer.id
        panel = customers.load_panel(customer.id)
        self.show_panel(panel, list(panel.documents), keep, scroll)

    def _reload_in_background(self, customer: CustomerView, select_contact: int | None) -> None:
        """A big customer read again (after a save, a job or a document changed): off the UI
        thread, shown as it is then with the same card selected and the view where it was (a
        10,000-card customer read on the UI thread froze the window for 200–400 ms)."""
        self.loader.cancel()
        self._wanted = customer.id

        def load() -> tuple[CustomerPanel, list[str], dict[int, str]]:
            panel = customers.load_panel(customer.id)
            return panel, list(panel.documents), PanelModel.search_texts(panel)

        def loaded(result: tuple[CustomerPanel, list[str], dict[int, str]]) -> None:
            if self._wanted != customer.id:
                return  # another customer opened meanwhile
            self.take_refreshed(*result)
            if select_contact is not None:
                self.select_contact(select_contact)

        def failed(error: Exception) -> None:
            prompts.warn(self, self.tr("Kunde kann nicht geöffnet werden"), error_text(error))

        self.loader.run(load, loaded, failed)

    def _open_streaming(self, customer: CustomerView) -> None:
        """The first screenful of cards in a few small queries, shown (and painted) at once; then
        the other locations' cards in groups, off the UI thread, appended as they come."""
        self.loader.cancel()
        self._wanted = customer.id
        panel = customers.load_panel_head(customer.id)
        self.show_panel(panel, list(panel.documents), keep=None, scroll=None)
        if self.view.isVisible():
            self.view.viewport().repaint()  # the first cards on screen before the rest is read
        self._stream(panel)

    def _stream(self, panel: CustomerPanel) -> None:
        """Read the next pending group of the panel's locations; show it, then the next."""
        if panel.complete:
            self.loading.hide()
            return
        self.loading.setRange(0, panel.customer.contact_count)
        self.loading.setValue(len(panel.contacts))
        self.loading.show()

        group = panel.pending[0]

        def load() -> tuple[CustomerPanel, dict[int, str], tuple[int, ...]]:
            more = customers.load_pending(panel)
            return more, PanelModel.search_texts(more, (c for c in more.contacts if c.location_id in group)), group

        def loaded(result: tuple[CustomerPanel, dict[int, str], tuple[int, ...]]) -> None:
            if self.model.panel is panel:  # still the customer (and the reading) the cards are for
                self._take_more(*result)
                self._stream(result[0])

        def failed(error: Exception) -> None:
            self.loading.hide()
            prompts.warn(self, self.tr("Kunde kann nicht geöffnet werden"), error_text(error))

        self.loader.run(load, loaded, failed)

    def _take_more(self, panel: CustomerPanel, texts: dict[int, str], locations: tuple[int, ...]) -> None:
        """More cards of the customer in view: rows come in where they belong, the card at the top
        of the view stays where it is, the selection stays, the search applies to them too."""
        top = self.view.indexAt(QPoint(0, 0))
        anchor = top.data(ObjectRole) if top.isValid() else None
        offset = self.view.visualRect(top).top() if top.isValid() else 0
        self.view.verticalHeader().resizeSection(0, self.view.verticalHeader().defaultSectionSize())
        self.model.add_cards(panel, texts, locations)
        self._first_row_height()
        if anchor is not None:
            row = (
                self.model.row_of_contact(anchor.id)
                if isinstance(anchor, ContactCard)
                else self.model.row_of_location(anchor.id)
            )
            if row >= 0:
                moved = self.view.visualRect(self.model.index(row)).top() - offset
                if moved:
                    bar = self.view.verticalScrollBar()
                    bar.setValue(bar.value() + moved)
        self.loading.setValue(len(panel.contacts))
        self._show_hint()
        if self.model.query.strip():
            self._search_status()
        if panel.complete:
            self.loading.hide()
            if self.jobs_panel is not None and self.jobs_panel.customer_id == panel.customer.id:
                self.jobs_panel.contacts = list(panel.contacts)  # a new job's responsible person
        self.selectionChanged.emit()

    def show_panel(
        self,
        panel: CustomerPanel,
        documents: list[str],
        keep: int | None,
        scroll: int | None,
        texts: dict[int, str] | None = None,
        in_place: bool = False,
    ) -> None:
        """``in_place``: the customer shown read again; its rows change without a model reset."""
        self.loading.hide()
        self.shown += 1
        self._wanted = panel.customer.id
        if in_place:
            self.model.refresh_panel(panel, texts)
            self._first_row_height()
            self.selectionChanged.emit()
        else:
            self.model.set_panel(panel, texts)
        self._pages.setCurrentWidget(self)  # instead of a message or the welcome page
        self.header.show_customer(panel, documents)
        self.portal_notice.show_for(panel)
        if scroll is not None:
            self.view.verticalScrollBar().setValue(scroll)
        if keep is not None:
            self.select_contact(keep)
        self._show_hint()
        self._refresh_tab()

    def take_refreshed(self, panel: CustomerPanel, documents: list[str], texts: dict[int, str]) -> list[ContactCard]:
        """Others changed this customer: show it as it is now, with the same card (or location)
        selected and the view where it was. Returns the cards that are gone."""
        old = self.model.panel
        still_there = {n.id for n in panel.contacts}
        removed = [c for c in old.contacts if c.id not in still_there] if old is not None else []
        scroll = self.view.verticalScrollBar().value()
        if old is not None and old.customer.id == panel.customer.id:  # its rows change in place:
            self.show_panel(panel, documents, None, None, texts, in_place=True)  # the selection follows
            self.view.verticalScrollBar().setValue(scroll)
            return removed
        card = self.current_card()
        selected = [c.id for c in self.selected_cards()]
        location = self.current_location() if card is None else None
        self.show_panel(panel, documents, None, None, texts)
        row = (
            self.model.row_of_contact(card.id)
            if card is not None
            else self.model.row_of_location(location.id)
            if location is not None
            else -1
        )
        self._select(row, scroll=False)  # the same card (or location) selected again, without scrolling to it
        for contact_id in selected if len(selected) > 1 else ():  # and the others of a multiple selection
            found = self.model.row_of_contact(contact_id)
            if found >= 0:
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                self.view.selectionModel().select(self.model.index(found), flags)
        self.view.verticalScrollBar().setValue(scroll)
        return removed

    def _first_row_height(self) -> None:
        if self.model.rowCount():
            self.view.verticalHeader().resizeSection(0, LOCATION_BAND + 8)

    def _refresh_tab(self) -> None:
        """Only the tab in view is loaded: opening a big customer does not wait for its history."""
        page = self.tabs.currentWidget()
        panel = self.model.panel
        customer = panel.customer if panel is not None else None
        if self.jobs_panel is not None and page is self.jobs_panel:
            self.jobs_panel.set_customer(customer.id if customer else None, panel.contacts if panel else ())
        elif self.documents_panel is not None and page is self.documents_panel:
            self.documents_panel.set_customer(customer)
        elif self.history_panel is not None and page is self.history_panel:
            if customer is not None:
                self.history_panel.show_customer(customer.id, customer.name)
            else:
                self.history_panel.clear()

    def show_documents(self) -> None:
        """Bring "Dokumente und Notizen" to the front (the header's links, "Dokument hinzufügen")."""
        self.build_tabs()
        if self.documents_panel is not None:
            self.tabs.setCurrentWidget(self.documents_panel)

    # --- searching ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _hide_inactive_toggled(self, hide: bool) -> None:
        self.model.set_hide_inactive(hide)
        self._show_hint()
        self.selectionChanged.emit()

    def _filter(self, text: str) -> None:
        # The rows change in place: the first row's own height must not stick to the location that
        # has it now, wherever that location moves.
        self.view.verticalHeader().resizeSection(0, self.view.verticalHeader().defaultSectionSize())
        self.model.set_filter(text)
        self._first_row_height()
        self._show_hint()
        self._search_status()
        self.selectionChanged.emit()  # the same cards may show another phone now: what calling dials

    def _search_status(self) -> None:
        """How many cards the search shows, in the status bar; while a big customer's cards are
        still coming, that it is so far."""
        panel, text = self.model.panel, self.model.query.strip()
        if panel is None or not text:
            self.status.emit("")
        elif panel.complete:
            shown, total = self.model.visible_contacts, len(panel.contacts)
            self.status.emit(self.tr("{0} von {1} Ansprechpartnern passen zu „{2}“").format(shown, total, text))
        else:
            self.status.emit(
                self.tr("Bisher passen {0} Ansprechpartner zu „{1}“ – {2} von {3} geladen …").format(
                    self.model.visible_contacts, text, number(len(panel.contacts)), number(panel.customer.contact_count)
                )
            )

    def _show_hint(self) -> None:
        panel = self.model.panel
        hint = ""
        if panel is not None and not panel.locations:
            hint = self.tr("Dieser Kunde hat noch keinen Standort. Legen Sie mit „Neuer Standort“ den ersten an.")
        elif panel is not None and self.model.rowCount() == 0 and not panel.complete:
            # Never "no match" before every card is here: the search goes on as they come.
            hint = self.tr(
                "Bisher passt kein Ansprechpartner zu „{0}“ – {1} von {2} geladen, die Suche läuft weiter …"
            ).format(self.model.query, number(len(panel.contacts)), number(panel.customer.contact_count))
        elif panel is not None and self.model.rowCount() == 0:
            hint = self.tr("Kein Ansprechpartner passt zu „{0}“.").format(self.model.query)
        self.empty.setText(hint)
        self.empty_box.setVisible(bool(hint))
        self.view.setVisible(not hint)
        self.first_location_button.setVisible(panel is not None and not panel.locations)

    # --- the keyboard on the cards -------------------------------------------------------------

    def _open_current(self) -> None:
        """Enter or a double click: open the card, or the location of a header."""
        actions = self._actions
        (actions.actionEditContact if self.current_card() is not None else actions.actionEditLocation).trigger()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Del on a location header deletes the location (on a card the action's shortcut does)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.current_card() is None
            and self.view.currentIndex().isValid()
        ):
            self._actions.actionDeleteLocation.trigger()
            return True
        return super().eventFilter(watched, event)

    def copy_card(self) -> None:
        """Ctrl+C on a card: the card as text with every e-mail and phone, for a mail or a note."""
        card = self.current_card()
        contact = self._export_contact()
        if card is None or contact is None:
            return
        QGuiApplication.clipboard().setText(card_as_text(contact))
        self.status.emit(self.tr("Visitenkarte von {0} kopiert").format(card.name()))

    def _export_contact(self) -> ExportContact | None:
        """The selected card with all it has (read when asked: a copy, the "+N" list, a drag)."""
        card = self.current_card()
        found = exports.contacts_for([card.id]) if card is not None else []
        return found[0] if found else None

    def show_channels(self, index: QModelIndex) -> None:
        """The card's "+N": a list of every e-mail and phone, under the pointer."""
        self.view.setCurrentIndex(index)
        contact = self._export_contact()
        if contact is not None:
            prompts.popup(channels_menu(self, contact), QCursor.pos())

    # --- icons and menus on the cards -----------------------------------------------------------

    def _card_icon(self, action: CardAction, index: QModelIndex) -> None:
        if action is CardAction.MORE_CHANNELS:
            self.show_channels(index)
            return
        self.view.setCurrentIndex(index)
        self._actions.for_card_icons()[action].trigger()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        selection = self.view.selectionModel()
        if selection.isSelected(index):  # a right click into several selected cards keeps them all
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        if self.current_card() is not None:
            menu.addActions(self._actions.contact_actions())
            add_copy_menu(menu, self._export_contact, self.copy_card)
        else:
            menu.addActions(self._actions.location_actions())
        prompts.popup(menu, self.view.viewport().mapToGlobal(pos))


def _phones_of(contact_ids: list[int]) -> dict[int, list[tuple[str, str, str]]]:
    """Cards' phones (kind, as shown, E.164) in one read: which of them a phone search found."""
    return {
        contact_id: [(c.kind, c.display, c.normalized) for c in channels if c.kind != "email"]
        for contact_id, channels in contacts.channels_of_contacts(contact_ids).items()
    }
