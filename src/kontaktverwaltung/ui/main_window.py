"""The main window: customers on the left, "Standorte und Ansprechpartner" of the selected
customer on the right (S1–S6, S14), global search (B8), undo/redo of everything (B1).

The window composes; its parts work and talk by signals (STYLE.md): the actions
(ui/window_actions.py), the customer pane, the location panel with the pages around it, the
editing controller (the use cases), the undo controller and the live refresh of others' changes.
The window opens the database, and keeps the two panes and the actions in step."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from kontaktverwaltung.domain.errors import DatabaseUnavailable
from kontaktverwaltung.domain.records import ContactCard, CustomerView, FirstCustomers, LocationView
from kontaktverwaltung.domain.text import number
from kontaktverwaltung.services.first_look import remember as remember_first_customers
from kontaktverwaltung.ui import editing, palette, sync_controller
from kontaktverwaltung.ui.background import BackgroundLoader, wait_for_all
from kontaktverwaltung.ui.customer_pages import CustomerPages
from kontaktverwaltung.ui.customer_pane import CustomerPane
from kontaktverwaltung.ui.editing import EditingController
from kontaktverwaltung.ui.language import error_text
from kontaktverwaltung.ui.lazy import after_painted, lazy_modules, load_in_turns, load_now
from kontaktverwaltung.ui.settings import Settings
from kontaktverwaltung.ui.sync_controller import SyncController
from kontaktverwaltung.ui.undo_controller import UndoController
from kontaktverwaltung.ui.window_actions import Selection, WindowActions

if TYPE_CHECKING:
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services import live as live_service
    from kontaktverwaltung.services import sync as sync_service
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.ui import documents_panel, history_panel, jobs_panel, live_refresh, undo
    from kontaktverwaltung.ui.documents_panel import DocumentsPanel
    from kontaktverwaltung.ui.history_panel import HistoryPanel
    from kontaktverwaltung.ui.jobs_panel import JobsPanel
else:  # loaded by the background task that opens the database (see ui/lazy.py)
    customers, live_service, sync_service = lazy_modules("kontaktverwaltung.services", "customers live sync")
    documents_panel, history_panel, jobs_panel, live_refresh, undo = lazy_modules(
        "kontaktverwaltung.ui", "documents_panel history_panel jobs_panel live_refresh undo"
    )
# What opening the database and showing the list need (the offline copy's too: the server may be
# away at start); the customer's Jobs, Documents and History tabs load once the first screenful
# of customers is shown (on the UI thread, as the window's modules do: ui/lazy.py), what editing
# needs (the dialogs and their services) after that.
_OPENING_MODULES = (*(customers, live_service, sync_service), *sync_controller.DATABASE_MODULES)
_TAB_MODULES = (documents_panel, history_panel, jobs_panel)

BACKGROUND_CUSTOMERS = 2000  # more customers than this: the list loads off the UI thread at start
FIRST_SCREENFUL = 100  # ... and its first rows come first (a tall window shows about 50)
WARM_UP_LATEST_MS = 3000  # what editing needs loads after the list, or this long after opening at the latest
UNPAINTED_START_MS = 500  # a window shown but never painted (minimised at start) opens its database anyway


class OpenDatabase(Protocol):
    """Opens the window's database (``offline``: the server's offline copy) and says who works."""

    def __call__(self, progress: Callable[[str], None], offline: bool = False) -> Context: ...


class MainWindow(QMainWindow):
    openFailed = Signal(object)  # the DomainError (or other error) that kept the database closed
    openProgress = Signal(str)  # what opening the database is busy with (a migration, a wait)
    firstPainted = Signal()  # the first frame is on the screen: work that can wait for it may start
    _opening: Callable[[], None] | None = None  # starts opening the database, until it started
    _painted = False  # the first frame was painted
    _said_painted = False  # ``firstPainted`` was emitted
    _editing_loading = False  # what editing needs is loading or loaded

    def __init__(
        self,
        open_database: OpenDatabase,
        database_label: str,
        server_url: str | None = None,
        first_look: FirstCustomers | None = None,
    ) -> None:
        """The window, shown at once; ``open_database`` runs in the background, then the list loads.
        ``server_url``: the database's URL, for its offline copy (issue 16). ``first_look``: how
        many customers there are and the first of them, read from a local file before the database
        opens (services/first_look.py): listed in the first frame, to look at, search and choose
        from; the customer chosen opens with the database."""
        super().__init__()
        self.setAcceptDrops(True)  # an address book dropped on the window is imported (R12)
        self.opened = False
        self.database_label = database_label
        self.open_error: Exception | None = None
        self._opening_said = ""  # the last word on opening (a migration) the status bar shows
        self.live_refresh: live_refresh.LiveRefresh | None = None
        # Loads what editing needs once the database is open (a module that fails to load fails
        # again, and is reported, where it is used).
        self._modules = BackgroundLoader(self)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kontaktverwaltung – {0}[*]").format(database_label))
        self.undo = UndoController(self)
        self.undo.modifiedChanged.connect(self.setWindowModified)
        self.window_actions = WindowActions(self, self.undo.actionUndo, self.undo.actionRedo)
        splitter = QSplitter(self)
        self.customer_pane = CustomerPane(splitter, self.window_actions.actionNewCustomer)
        self.pages = CustomerPages(splitter, self.window_actions)
        self.panel = self.pages.panel
        self.panel.build_tabs = self._build_customer_tabs  # a tab wanted before it was built
        splitter.addWidget(self.customer_pane)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 960])
        splitter.setCollapsible(0, False)
        self.setCentralWidget(splitter)
        self.editing = EditingController(self, self.undo, self.customer_pane, self.panel)
        self._expose_for_automation()
        self._wire()
        self._tab_order()
        self.window_actions.build_menus()
        self._open_database = open_database
        self._url = server_url
        self.sync = SyncController(self, self.window_actions, server_url, self._switch_database)
        self.undo.stack.indexChanged.connect(lambda _index: self.sync.update_pending())
        self.sync.decided.connect(lambda: self.live_refresh and self.live_refresh.reload_everything())
        self.statusBar().showMessage(self.tr("Datenbank: {0}").format(database_label))
        self.link_label = QLabel(self)
        self.link_label.setObjectName("connectionState")
        self.link_label.setStyleSheet(
            f"color:{palette.of(self, palette.Role.ERROR).name()}; font-weight:600; padding:0 6px"
        )
        self.link_label.setToolTip(
            self.tr(
                "Der Datenbankserver antwortet nicht. Die Ansicht zeigt den letzten Stand; was Sie in einem "
                "Formular eingeben, bleibt erhalten. Die Verbindung wird alle zwei Sekunden neu versucht."
            )
        )
        self.link_label.hide()
        self.statusBar().addPermanentWidget(self.link_label)
        self._place()
        if first_look is not None:
            self.customer_pane.show_first_look(first_look)
        self._open(open_database, database_label)

    # The first size: about 1280×800, or 80 % of the screen where that is smaller.
    FIRST_SIZE = (1280, 800)
    _maximize = False  # opens maximized (a small screen), unless its caller sizes it first

    def _place(self) -> None:
        """Where the user left the window last time; the first time the first size, centred. On a
        screen where 80 % is less than the first size (a 1366×768 laptop at 125 %: 874×491, the
        customer's name wrapping, its tabs scrolling) it opens maximized; that size stays its
        size when the user restores it."""
        saved = Settings().window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = QGuiApplication.primaryScreen()
        width, height = self.FIRST_SIZE
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width() * 4 // 5), min(height, area.height() * 4 // 5)
            self.move(area.center() - QPoint(width // 2, height // 2))
        super().resize(width, height)
        self._maximize = screen is not None and (width, height) != self.FIRST_SIZE

    def resize(self, *size: Any) -> None:  # QWidget.resize in both its forms
        """Sized by its caller (the screenshot command and the benchmarks: 1280×800): not maximized."""
        self._maximize = False
        super().resize(*size)

    def _expose_for_automation(self) -> None:
        """The names tests and the automation contract use on the window: its QActions
        (``window.actionNewContact``), its models, lists and labels."""
        for action in vars(self.window_actions).values():  # (findChildren would wrap every child: ~10 ms)
            if isinstance(action, QAction) and action.objectName().startswith("action"):
                setattr(self, action.objectName(), action)
        self.undo_stack = self.undo.stack
        self.customer_model, self.customer_list = self.customer_pane.model, self.customer_pane.list
        self.customer_search = self.customer_pane.search
        self.panel_model, self.panel_view = self.panel.model, self.panel.view
        self.customer_title, self.panel_empty = self.panel.header.title, self.panel.empty
        self.contact_search = self.panel.search
        self.nothing_label = self.pages.message

    def _wire(self) -> None:
        """What each action does, and how the parts keep each other up to date."""
        actions, editing = self.window_actions, self.editing
        use_cases: dict[QAction, Callable[[], Any]] = {
            actions.actionNewCustomer: editing.new_customer,
            actions.actionEditCustomer: editing.edit_customer,
            actions.actionDeleteCustomer: editing.delete_customer,
            actions.actionAddDocument: self.add_document,
            actions.actionNewLocation: editing.new_location,
            actions.actionEditLocation: editing.edit_location,
            actions.actionDeleteLocation: editing.delete_location,
            actions.actionNewContact: editing.new_contact,
            actions.actionEditContact: editing.edit_contact,
            actions.actionDeleteContact: editing.delete_contact,
            actions.actionDeactivateContact: editing.toggle_active,
            actions.actionMergeContact: editing.merge_contact,
            actions.actionMoveContact: editing.move_contact,
            actions.actionEmailContact: editing.email_contact,
            actions.actionCallContact: editing.call_contact,
            actions.actionPortalPreview: editing.show_portal_preview,
            actions.actionContactHistory: editing.show_contact_history,
            actions.actionManageRoles: editing.manage_roles,
            actions.actionGlobalSearch: editing.global_search,
            actions.actionImport: editing.import_contacts,
            actions.actionExport: editing.export_contacts,
            actions.actionPrintCustomer: editing.print_customer,
            actions.actionDuplicates: editing.show_duplicates,
            actions.actionFocusSearch: self.panel.focus_search,
            actions.actionCopyContact: self.panel.copy_card,
        }
        for action, use_case in use_cases.items():
            action.triggered.connect(lambda _checked=False, use_case=use_case: editing.run(use_case))
        actions.actionDatabaseSettings.triggered.connect(lambda _checked=False: self.database_settings())
        actions.actionAbout.triggered.connect(lambda _checked=False: self.show_about())
        actions.actionSettings.triggered.connect(lambda _checked=False: self.settings())
        actions.actionHelp.triggered.connect(lambda _checked=False: self.show_help())
        actions.actionShortcuts.triggered.connect(lambda _checked=False: self.show_shortcuts())
        actions.actionQuit.triggered.connect(self.close)
        self.pages.demoRequested.connect(lambda: editing.run(editing.load_demo))
        self.panel.model.moveRequested.connect(editing.move_by_drop)
        self.panel.model.severalMoveRequested.connect(editing.move_several_by_drop)
        editing.customersChanged.connect(lambda select_id: self.reload_customers(select_id))
        editing.panelChanged.connect(lambda select_contact: self.reload_panel(select_contact))
        editing.contactWanted.connect(self.open_contact)
        editing.status.connect(self.statusBar().showMessage)
        self.customer_pane.customerChanged.connect(self._customer_selected)
        self.customer_pane.search.textChanged.connect(lambda _text: self._search_note())
        self.customer_pane.model.modelReset.connect(self._update_actions)
        self.panel.selectionChanged.connect(self._update_actions)
        self.panel.status.connect(self._panel_status)
        self.openProgress.connect(self._open_progress)

    def _tab_order(self) -> None:
        """The keyboard path (issue 14): customer search → customers → contact search → cards, then
        the rest (new location, the tabs, the customer's buttons, "Neuer Kunde")."""
        pane, panel = self.customer_pane, self.panel
        chain = [
            pane.search,
            pane.list,
            panel.search,
            panel.view,
            panel.new_location_button,
            panel.tabs.tabBar(),
            *panel.header.buttons,
            pane.new_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # --- state ----------------------------------------------------------------------------------

    @property
    def ctx(self) -> Context:
        """Who makes the changes (set once the database is open)."""
        assert self.editing.ctx is not None
        return self.editing.ctx

    @property
    def live(self) -> Any:
        """The watcher of others' changes (once the database is open)."""
        return self.live_refresh.live if self.live_refresh is not None else None

    def current_customer(self) -> CustomerView | None:
        return self.customer_pane.current()

    def current_card(self) -> ContactCard | None:
        return self.panel.current_card()

    def current_location(self) -> LocationView | None:
        return self.panel.current_location()

    def _update_actions(self) -> None:
        card = self.current_card()
        self.window_actions.update(
            Selection(
                self.current_customer(),
                self.current_location(),
                card,
                self.panel.selected_cards(),
                self.panel.phone_to_call(card),
            )
        )

    def _panel_status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    # --- opening the database -------------------------------------------------------------------

    def _open(self, open_database: OpenDatabase, database_label: str) -> None:
        """Open the database off the UI thread once the window has painted its first frame; a small
        customer list comes with it. Started earlier, the background thread's imports (store,
        peewee, drivers: a few hundred milliseconds of Python holding the interpreter) would
        compete with building and painting the window (issue 15)."""
        self.nothing_label.setWordWrap(True)
        self.pages.show_message(self.tr("Datenbank wird geöffnet: {0} …").format(database_label))
        self._update_actions()

        def work() -> tuple[Context, int, list[CustomerView], int | None, Exception | None]:
            load_now(*_OPENING_MODULES)
            try:
                ctx = open_database(self.openProgress.emit)  # a signal: safe from the worker thread
                offline_because = None
            except DatabaseUnavailable as error:  # the server away: its offline copy, if there is one (R14)
                if not self.sync.may_start_offline():
                    raise
                ctx, offline_because = open_database(self.openProgress.emit, offline=True), error
            # others' changes from here on are shown (offline: nobody else writes the copy)
            position = live_service.newest_position() if offline_because is None else None
            count = customers.customer_count()
            if count > BACKGROUND_CUSTOMERS:  # a screenful first; the rest loads while it is shown
                return ctx, count, customers.first_customers(FIRST_SCREENFUL), position, offline_because
            return ctx, count, customers.list_customers(), position, offline_because

        def opened(result: tuple[Context, int, list[CustomerView], int | None, Exception | None]) -> None:
            self.editing.ctx, count, customer_list, live_start, offline_because = result
            self.opened = True
            if self.statusBar().currentMessage() == self._opening_said:  # "… wird auf den neuesten Stand gebracht"
                self.statusBar().showMessage(self.tr("Datenbank: {0}").format(database_label))
            self._start_live_refresh(live_start, watch=offline_because is None)
            self.sync.opened(offline_because)
            self._show_customers(customer_list, None)
            if count > BACKGROUND_CUSTOMERS:  # (its reading starts once the first rows are painted)
                self._load_customers_in_background(count)
                QTimer.singleShot(WARM_UP_LATEST_MS, self, self._load_editing_modules)
            # the list is painted first, then the tabs' modules load (here, the first of them kept
            # the first customers from the screen 20-30 ms)
            after_painted(self.customer_list.viewport(), lambda: self._after_first_customers(count))

        def failed(error: Exception) -> None:
            self.open_error = error
            self.customer_pane.forget_first_look()
            self.nothing_label.setText(
                self.tr("Die Datenbank {0} konnte nicht geöffnet werden.").format(database_label)
            )
            self.statusBar().showMessage(error_text(error))
            self.openFailed.emit(error)

        self._opening = lambda: self.customer_pane.loader.run(work, opened, failed)

    def _after_first_customers(self, count: int) -> None:
        load_in_turns(self, _TAB_MODULES, self._build_customer_tabs)
        if count <= BACKGROUND_CUSTOMERS:  # (a long list's rest is read first)
            self._load_editing_modules()

    def _start_opening(self) -> None:
        """Open the database now, once: the first frame is painted, or someone waits for it."""
        start, self._opening = self._opening, None
        if start is not None:
            start()

    def showEvent(self, event: Any) -> None:
        if self._maximize:
            self._maximize = False
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        super().showEvent(event)
        if self._opening is not None:
            QTimer.singleShot(UNPAINTED_START_MS, self, self._first_frame_shown)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self, self._first_frame_shown)  # after the frame is on the screen
        return handled

    def _first_frame_shown(self) -> None:
        """After the first frame (or a while after showing, for a window never painted)."""
        self._start_opening()
        if not self._said_painted:
            self._said_painted = True
            self.firstPainted.emit()

    def _load_editing_modules(self) -> None:
        """What editing needs (the dialogs, their services), loaded in the background once: after
        the customer list is in, not beside it (both are Python, and would take turns)."""
        if not self._editing_loading:
            self._editing_loading = True
            self._modules.run(
                lambda: load_now(*editing.DATABASE_MODULES),  # the services; the dialogs then here:
                lambda _none: load_in_turns(self, editing.DATABASE_MODULES),
                lambda _error: None,
            )

    def _open_progress(self, text: str) -> None:
        if not self.opened:
            self.nothing_label.setText(text)
            self.statusBar().showMessage(text)
            self._opening_said = text  # replaced by the normal status once the database is open

    def _build_customer_tabs(self) -> None:
        """The customer's Jobs, Documents and History tabs, once the database is open: after the
        first customers are painted (their modules loaded a turn at a time), or here and now when
        one of them is asked for before (Dokument hinzufügen, Job freigeben, the header's links)."""
        if self._tabs_built or not self.opened:
            return
        jobs = jobs_panel.JobsPanel(self.ctx, self.undo.apply, self.panel.tabs)
        jobs.jobsChanged.connect(lambda: self.reload_panel())  # portal readiness on the cards
        history = history_panel.HistoryPanel(self.panel.tabs)
        history.undoImportRequested.connect(lambda entry: self.editing.run(lambda: self.editing.undo_import(entry)))
        documents = documents_panel.DocumentsPanel(
            self.ctx, self.undo.apply, self.window_actions.actionEditCustomer, self.panel.tabs
        )
        documents.documentsChanged.connect(lambda: self.reload_panel())  # the header counts them
        documents.status.connect(self.statusBar().showMessage)
        self.panel.add_customer_tabs(jobs, documents, history)

    @property
    def _tabs_built(self) -> bool:
        return self.panel.jobs_panel is not None

    # the customer's tabs (once built), by the names tests and automation use on the window
    @property
    def jobs_panel(self) -> JobsPanel | None:
        return self.panel.jobs_panel

    @property
    def documents_panel(self) -> DocumentsPanel | None:
        return self.panel.documents_panel

    @property
    def history_panel(self) -> HistoryPanel | None:
        return self.panel.history_panel

    def _start_live_refresh(self, start: int | None, watch: bool = True) -> None:
        """Show others' changes; ``watch``: as they happen (not on the offline copy: nobody else
        writes it, and the server is not asked while it is away)."""
        self.live_refresh = live_refresh.LiveRefresh(self, self.customer_pane, self.pages, start, watch)
        self.live_refresh.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.live_refresh.reachable.connect(self._reachable_changed)

    def _switch_database(self, offline: bool) -> None:
        """Work on the offline copy (True) or on the server again (False), keeping what is shown,
        the selection and any open form (issue 16); then show what the other database holds.
        Raises a DomainError when it cannot be opened (the window stays where it was)."""
        self._open_database(self.openProgress.emit, offline=offline)
        if self.live_refresh is not None:
            self.live_refresh.stop(timeout=0)
        self.link_label.hide()
        self._start_live_refresh(None if offline else live_service.newest_position(), watch=not offline)
        assert self.live_refresh is not None
        self.live_refresh.reload_everything()

    def _reachable_changed(self, reachable: bool) -> None:
        if not reachable and self.sync.server_lost():
            return  # working on the offline copy now: the status bar says so
        if reachable:
            self.link_label.hide()
            self.statusBar().showMessage(self.tr("Die Verbindung zum Datenbankserver steht wieder."), 6000)
        else:
            self.link_label.setText(self.tr("Keine Verbindung zum Datenbankserver – neuer Versuch läuft …"))
            self.link_label.show()

    # --- keeping the list and the panel in step -------------------------------------------------

    def _load_customers_in_background(self, count: int) -> None:
        """The first screenful is shown (and the first customer opened); the rest comes in below
        it, the selection, the scroll position and what is typed into the search kept."""
        self.customer_pane.load_in_background(count, self._rest_of_customers)

    def _rest_of_customers(self, result: tuple[list[CustomerView], list[str]]) -> None:
        self._load_editing_modules()
        customer_list, texts = result
        if self.customer_pane.extend_customers(customer_list, texts):
            self._search_note()
            return
        current = self.current_customer()  # others changed the first rows meanwhile: the list anew
        self._show_customers(customer_list, current.id if current is not None else None, texts)

    def reload_customers(self, select_id: int | None = None) -> None:
        current = self.current_customer()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.customer_pane.cancel_loading()
        self._show_customers(customers.list_customers(), select_id)

    def _show_customers(
        self, customer_list: list[CustomerView], select_id: int | None, texts: list[str] | None = None
    ) -> None:
        self.nothing_label.setText(self.tr("Bitte links einen Kunden wählen."))
        if not self.customer_pane.show_customers(customer_list, select_id, texts):
            self.reload_panel()  # the same customer (or none) stays selected: show it as it is now

    def _customer_selected(self, customer: CustomerView | None) -> None:
        if customer is None:
            self.pages.show_no_customer(self.customer_pane.model.has_customers)
            self._search_note()
        else:
            self.panel.open(customer)

    def _search_note(self) -> None:
        """No customer selected while searching: say what matches and how to open it."""
        query = self.customer_pane.search.text().strip()
        if not self.opened or self.current_customer() is not None or not self.customer_pane.model.has_customers:
            return
        matches = self.customer_pane.model.rowCount()
        if not query:
            self.nothing_label.setText(self.tr("Bitte links einen Kunden wählen."))
        elif matches == 1:
            self.nothing_label.setText(self.tr("Ein Kunde passt zu „{0}“. Enter öffnet ihn.").format(query))
        elif matches:
            self.nothing_label.setText(
                self.tr(
                    "{0} Kunden passen zu „{1}“. Enter öffnet den ersten, die Pfeiltasten wählen einen anderen."
                ).format(number(matches), query)
            )
        else:
            self.nothing_label.setText(self.tr("Kein Kunde passt zu „{0}“.").format(query))

    def reload_panel(self, select_contact: int | None = None) -> None:
        """Load the selected customer's locations and cards; keep the selection and scroll position."""
        customer = self.current_customer()
        if customer is None:
            self.pages.show_no_customer(self.customer_pane.model.has_customers)
        else:
            self.panel.reload(customer, select_contact)

    def open_contact(self, customer_id: int, contact_id: int) -> None:
        self.panel.search.clear()
        if self.customer_pane.select(customer_id):
            self.reload_panel(select_contact=contact_id)
            self.panel.view.setFocus()

    def open_customer_number(self, number: str) -> None:
        """Select a customer by its number (the screenshot command's --customer)."""
        self.customer_pane.select(customers.customer_id_by_number(number), center=True)

    def add_document(self) -> None:
        """ "Dokument hinzufügen…" (S14): the customer's documents come to the front, then the picker."""
        if self.current_customer() is not None:
            self.panel.show_documents()  # (which builds the tabs if they are not yet)
            if self.documents_panel is not None:
                self.documents_panel.add_from_picker()

    # --- the window -----------------------------------------------------------------------------

    def show_about(self) -> None:
        from kontaktverwaltung.ui.identity import default_data_folder, show_about

        show_about(self, self.database_label, default_data_folder())

    def settings(self) -> None:
        """Bearbeiten → Einstellungen: language, author, phone region (issue 14 item 8)."""
        from kontaktverwaltung.ui.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    def show_help(self) -> None:
        from kontaktverwaltung.ui.help_dialog import HelpDialog

        HelpDialog(self, self.window_actions.actionShortcuts).exec()

    def show_shortcuts(self) -> None:
        from kontaktverwaltung.ui.help_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def database_settings(self) -> None:
        """Issue 5: which database this workstation opens, and the author of its history entries."""
        from kontaktverwaltung.ui.database_dialog import DatabaseDialog  # loads the store: not at start

        DatabaseDialog(self).exec()

    def dragEnterEvent(self, event: Any) -> None:
        """A vCard, CSV or Excel file dragged onto the window can be imported (R12)."""
        if _import_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        path = _import_path(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.editing.run(lambda: self.editing.import_contacts(path))

    def closeEvent(self, event: Any) -> None:
        self._opening = None  # closed before its first frame: nothing to open any more
        Settings().window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if self.live_refresh is not None:
            self.live_refresh.stop()
        self.sync.stop()
        self.panel.loader.cancel()
        self.customer_pane.cancel_loading()
        wait_for_all()  # a load still running must not outlive the window's database
        super().closeEvent(event)
        if event.isAccepted() and self.opened and self._url is not None:
            self.hide()  # off the screen first: the checkpoint may copy a large log on a slow share
            remember_first_customers(self._url, FIRST_SCREENFUL, Settings.first_look_file())

    def wait_until_loaded(self, timeout_ms: int = 30_000) -> None:
        """Block until background loads are in (the screenshot command, tests)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QThread

        self._start_opening()
        deadline = QDeadlineTimer(timeout_ms)

        def busy() -> bool:
            return self.panel.loader.busy or self.customer_pane.loading or (self.opened and not self._tabs_built)

        while busy() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            QThread.msleep(2)  # give the worker the interpreter instead of spinning


IMPORT_SUFFIXES = (".vcf", ".vcard", ".csv", ".txt", ".xlsx")


def _import_path(data: Any) -> str | None:
    """The one local address-book file in a drag, or None."""
    urls = data.urls() if data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(IMPORT_SUFFIXES) else None
