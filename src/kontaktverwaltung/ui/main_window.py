"""The main window: customers on the left, "Standorte und Ansprechpartner" of the selected
customer on the right (S1–S6, S14), global search (B8), undo/redo of everything (B1)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.conflicts import changed_fields
from kontaktverwaltung.domain.errors import ConflictError, DomainError
from kontaktverwaltung.domain.records import ContactCard, CustomerPanel, CustomerView, LocationView
from kontaktverwaltung.domain.text import counted, number
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.background import BackgroundLoader, wait_for_all
from kontaktverwaltung.ui.card_delegate import CARD_HEIGHT, LOCATION_BAND, ContactCardDelegate
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, current_language, error_text
from kontaktverwaltung.ui.lazy import lazy_modules, load_now
from kontaktverwaltung.ui.live import LiveUpdates
from kontaktverwaltung.ui.models import CustomerListModel, ObjectRole, PanelModel
from kontaktverwaltung.ui.views import RowListView

if TYPE_CHECKING:
    from kontaktverwaltung.domain.live import Changes
    from kontaktverwaltung.services import contact_form, contacts, customers, locations, merge, portal
    from kontaktverwaltung.services import live as live_service
    from kontaktverwaltung.services.common import Context, Done
    from kontaktverwaltung.ui import (
        contact_dialog,
        dialogs,
        global_search,
        history_panel,
        jobs_panel,
        merge_dialog,
        portal_preview,
        roles_dialog,
        undo,
    )
else:  # loaded by the background task that opens the database (see ui/lazy.py)
    contact_form, contacts, customers, locations, merge, portal = lazy_modules(
        "kontaktverwaltung.services", "contact_form contacts customers locations merge portal"
    )
    contact_dialog, dialogs, global_search, history_panel, jobs_panel = lazy_modules(
        "kontaktverwaltung.ui", "contact_dialog dialogs global_search history_panel jobs_panel"
    )
    merge_dialog, portal_preview, roles_dialog, undo = lazy_modules(
        "kontaktverwaltung.ui", "merge_dialog portal_preview roles_dialog undo"
    )
    (live_service,) = lazy_modules("kontaktverwaltung.services", "live")
_DATABASE_MODULES = (
    *(contact_form, contacts, customers, locations, merge, portal, live_service),
    *(contact_dialog, dialogs, global_search, history_panel, jobs_panel),
    *(merge_dialog, portal_preview, roles_dialog, undo),
)

T = TypeVar("T")
SEARCH_CUSTOMERS = QT_TRANSLATE_NOOP("MainWindow", "Kunden suchen: Name, Nummer, Ort")
BACKGROUND_CUSTOMERS = 2000  # more customers than this: the list loads off the UI thread at start
LIVE_PATIENCE_MS = 300  # others' changes wait this long while the user holds the mouse
BACKGROUND_CONTACTS = 1000  # customers with more contacts open off the UI thread, with a busy bar


class MainWindow(QMainWindow):
    # The QActions of the automation contract, created in _build_actions (objectName = attribute).
    actionNewCustomer: QAction
    actionEditCustomer: QAction
    actionDeleteCustomer: QAction
    actionNewLocation: QAction
    actionEditLocation: QAction
    actionDeleteLocation: QAction
    actionNewContact: QAction
    actionEditContact: QAction
    actionDeleteContact: QAction
    actionDeactivateContact: QAction
    actionMergeContact: QAction
    actionMoveContact: QAction
    actionEmailContact: QAction
    actionCallContact: QAction
    actionGlobalSearch: QAction
    actionPortalPreview: QAction
    actionContactHistory: QAction
    actionManageRoles: QAction
    actionAddDocument: QAction
    actionAbout: QAction
    actionFocusSearch: QAction
    actionUndo: QAction
    actionRedo: QAction

    ctx: Context  # who makes the changes: set once the database is open
    openFailed = Signal(object)  # the DomainError (or other error) that kept the database closed

    openProgress = Signal(str)  # what opening the database is busy with (a migration, a wait)

    def __init__(self, open_database: Callable[[Callable[[str], None]], Context], database_label: str) -> None:
        """The window, shown at once; ``open_database`` runs in the background, then the list loads."""
        super().__init__()
        self.opened = False
        self.database_label = database_label
        self.open_error: Exception | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kontaktverwaltung – {0}[*]").format(database_label))
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)  # a method: no call after the window is gone
        self.customer_model = CustomerListModel()
        self.panel_model = PanelModel()
        self.panel_model.moveRequested.connect(self._move_by_drop)
        self.panel_loader = BackgroundLoader(self)
        self.customer_loader = BackgroundLoader(self)
        self.live_loader = BackgroundLoader(self)  # others' changes, read off the UI thread
        self.live: LiveUpdates | None = None
        self._live_start: int | None = None  # the change log position the first load was read at
        self._shown = 0  # counts every panel and list shown: a refresh read before one is stale
        self._live_pending: Changes | None = None
        self._build_actions()
        self._build_ui()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Datenbank: {0}").format(database_label))
        self.link_label = QLabel(self)
        self.link_label.setObjectName("connectionState")
        self.link_label.setStyleSheet("color:#b3261e; font-weight:600; padding:0 6px")
        self.link_label.setToolTip(
            self.tr(
                "Der Datenbankserver antwortet nicht. Die Ansicht zeigt den letzten Stand; was Sie in einem "
                "Formular eingeben, bleibt erhalten. Die Verbindung wird alle zwei Sekunden neu versucht."
            )
        )
        self.link_label.hide()
        self.statusBar().addPermanentWidget(self.link_label)
        self._open(open_database, database_label)

    # --- building --------------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        meaning: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if meaning:
            action.setIcon(icon(meaning))
        action.setToolTip(tip or text.replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(lambda _checked=False: self._guarded(slot))
        self.addAction(action)
        setattr(self, name, action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        a("actionNewCustomer", self.tr("Neuer &Kunde…"), self.new_customer, "Ctrl+Shift+N", "customer")
        a("actionEditCustomer", self.tr("Kunde &bearbeiten…"), self.edit_customer)
        a("actionDeleteCustomer", self.tr("Kunde &löschen…"), self.delete_customer)
        a(
            "actionAddDocument",
            self.tr("&Dokument hinzufügen…"),
            self.add_document,
            None,
            "document",
            self.tr("Ein Dokument (Vertrag, Angebot …) beim Kunden ablegen"),
        )
        a("actionNewLocation", self.tr("Neuer &Standort…"), self.new_location, "Ctrl+Shift+L", "location")
        a("actionEditLocation", self.tr("Standort bearbeiten…"), self.edit_location)
        a("actionDeleteLocation", self.tr("Standort löschen…"), self.delete_location)
        a(
            "actionNewContact",
            self.tr("Neuer &Ansprechpartner…"),
            self.new_contact,
            QKeySequence.StandardKey.New,
            "add-contact",
        )
        a("actionEditContact", self.tr("Ansprechpartner &bearbeiten…"), self.edit_contact, "F2", "edit")
        a(
            "actionDeleteContact",
            self.tr("Ansprechpartner &löschen…"),
            self.delete_contact,
            QKeySequence.StandardKey.Delete,
            "delete",
        )
        a(
            "actionDeactivateContact",
            self.tr("Ansprechpartner de&aktivieren/aktivieren…"),
            self.toggle_active,
            "Ctrl+D",
            "deactivate",
        )
        a("actionMergeContact", self.tr("Mit Duplikat &zusammenführen…"), self.merge_contact, "Ctrl+M", "merge")
        a("actionMoveContact", self.tr("An anderen Standort &verschieben…"), self.move_contact, "Ctrl+Shift+M", "move")
        a(
            "actionEmailContact",
            self.tr("E-&Mail schreiben"),
            self.email_contact,
            "Ctrl+E",
            "email",
            self.tr("E-Mail an den Ansprechpartner (wird nicht in der History gespeichert)"),
        )
        a(
            "actionCallContact",
            self.tr("An&rufen"),
            self.call_contact,
            "Ctrl+T",
            "call",
            self.tr("Den Ansprechpartner anrufen (wird nicht in der History gespeichert)"),
        )
        a(
            "actionPortalPreview",
            self.tr("Als dieser Ansprechpartner &ansehen…"),
            self.show_portal_preview,
            "Ctrl+Shift+P",
            "portal-ok",
            self.tr("Zeigt, ob die Anmeldung im Kundenportal klappt und was die Person dort sieht"),
        )
        a(
            "actionContactHistory",
            self.tr("&History des Ansprechpartners…"),
            self.show_contact_history,
            "Ctrl+Shift+H",  # (Cmd+H hides the app on macOS)
            "document",
            self.tr("Jede Änderung an diesem Ansprechpartner: was, wer, wann"),
        )
        a(
            "actionManageRoles",
            self.tr("Kunden&rollen verwalten…"),
            self.manage_roles,
            None,
            None,
            self.tr("Rollen anlegen und festlegen, welche Jobs und Bewerberdaten sie im Portal sehen"),
        )
        a(
            "actionGlobalSearch",
            self.tr("&Globale Suche…"),
            self.global_search,
            "Ctrl+K",
            "search",
            self.tr("Ansprechpartner in allen Kunden suchen"),
        )
        a(
            "actionFocusSearch",
            self.tr("Ansprechpartner suchen"),
            self._focus_contact_search,
            QKeySequence.StandardKey.Find,
        )
        undo = self.undo_stack.createUndoAction(self, self.tr("&Rückgängig"))
        undo.setObjectName("actionUndo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Wiederholen"))
        redo.setObjectName("actionRedo")
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        redo.setIcon(icon("redo"))
        self.actionUndo, self.actionRedo = undo, redo
        # "Rückgängig: Ansprechpartner verschieben" – Qt would write "Rückgängig Ansprechpartner …".
        # (Methods, not lambdas: Qt drops the connection with the window, so a late signal
        # while the application shuts down never reaches a deleted action.)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        self.addActions([undo, redo])

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _undo_text_changed(self, text: str) -> None:
        self.actionUndo.setText(self.tr("&Rückgängig: {0}").format(text) if text else self.tr("&Rückgängig"))

    def _redo_text_changed(self, text: str) -> None:
        self.actionRedo.setText(self.tr("&Wiederholen: {0}").format(text) if text else self.tr("&Wiederholen"))

    def _build_ui(self) -> None:
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        self.customer_search = QLineEdit(left)
        self.customer_search.setObjectName("customerSearch")
        self.customer_search.setPlaceholderText(self.tr(SEARCH_CUSTOMERS))
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.textChanged.connect(self.customer_model.set_filter)
        # Two lines of text per customer, with the padding a list row has.
        self.customer_list = RowListView(left, 2 * self.fontMetrics().lineSpacing() + 10)
        self.customer_list.setObjectName("customerList")
        self.customer_list.setModel(self.customer_model)
        self.customer_list.setAlternatingRowColors(True)
        self.customer_list.selectionModel().currentChanged.connect(self._customer_selected)
        new_customer = QPushButton(icon("add"), self.tr("Neuer Kunde"), left)
        new_customer.setToolTip(self.tr("Einen neuen Kunden anlegen (Strg+Umschalt+N)"))
        new_customer.clicked.connect(self.actionNewCustomer.trigger)
        left_layout.addWidget(self.customer_search)
        left_layout.addWidget(self.customer_list, 1)
        left_layout.addWidget(new_customer)

        self.right = QStackedWidget(splitter)
        self.location_panel = QWidget(self.right)
        self.location_panel.setObjectName("locationPanel")
        panel_layout = QVBoxLayout(self.location_panel)
        panel_layout.setContentsMargins(4, 8, 8, 8)
        self.customer_title = QLabel(self.location_panel)
        self.customer_title.setObjectName("customerTitle")
        self.customer_title.setTextFormat(Qt.TextFormat.RichText)
        # A long customer name must not push the customer list aside: the title gives way.
        self.customer_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.customer_title.setWordWrap(True)  # … and wraps (longer languages, narrow windows)
        header = QHBoxLayout()
        header.addWidget(self.customer_title, 1)
        for action in (self.actionAddDocument, self.actionEditCustomer, self.actionDeleteCustomer):
            button = QPushButton(action.text().replace("…", "").replace("&", ""), self.location_panel)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            header.addWidget(button)
        panel_layout.addLayout(header)
        # The customer's pages: the seed's "Standorte und Ansprechpartner", then jobs and history.
        self.customer_tabs = QTabWidget(self.location_panel)
        self.customer_tabs.setObjectName("customerTabs")
        self.customer_tabs.setDocumentMode(True)
        panel_layout.addWidget(self.customer_tabs, 1)
        self.contacts_page = QWidget(self.customer_tabs)
        self.contacts_page.setObjectName("contactsPage")
        contacts_layout = QVBoxLayout(self.contacts_page)
        contacts_layout.setContentsMargins(0, 6, 0, 0)
        self.customer_tabs.addTab(self.contacts_page, icon("location"), self.tr("Standorte und &Ansprechpartner"))
        tools = QHBoxLayout()
        self.contact_search = QLineEdit(self.contacts_page)
        self.contact_search.setObjectName("contactSearch")
        self.contact_search.setPlaceholderText(
            self.tr("Ansprechpartner suchen: Name, E-Mail, Telefon, Position, Standort (Strg+F)")
        )
        self.contact_search.setClearButtonEnabled(True)
        self.contact_search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.contact_search.textChanged.connect(self._filter_contacts)
        self.new_location_button = QPushButton(icon("add"), self.tr("Neuer Standort"), self.contacts_page)
        self.new_location_button.setObjectName("newLocationButton")
        self.new_location_button.setToolTip(self.tr("Einen neuen Standort für diesen Kunden anlegen (Strg+Umschalt+L)"))
        self.new_location_button.clicked.connect(self.actionNewLocation.trigger)
        tools.addWidget(self.contact_search, 1)
        tools.addWidget(self.new_location_button)
        contacts_layout.addLayout(tools)
        self.panel_view = RowListView(self.contacts_page, CARD_HEIGHT)
        self.panel_view.setObjectName("contactCards")
        self.panel_view.setModel(self.panel_model)
        # A location row keeps room above its band to set it apart from the cards before it; the
        # first row has nothing before it, so it is only as high as the band.
        self.panel_model.modelReset.connect(self._first_row_height)
        self.delegate = ContactCardDelegate(self.panel_view)
        self.delegate.actionRequested.connect(self._card_icon)
        self.panel_view.setItemDelegate(self.delegate)
        self.panel_view.setMouseTracking(True)
        self.panel_view.setDragEnabled(True)
        self.panel_view.setAcceptDrops(True)
        self.panel_view.setDropIndicatorShown(True)
        self.panel_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.panel_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.panel_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.panel_view.customContextMenuRequested.connect(self._context_menu)
        self.panel_view.activated.connect(lambda _index: self.actionEditContact.trigger())
        self.panel_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.loading = QProgressBar(self.contacts_page)
        self.loading.setObjectName("panelLoading")
        self.loading.setRange(0, 0)  # busy: the database answers in one piece
        self.loading.setTextVisible(False)
        self.loading.hide()
        contacts_layout.addWidget(self.loading)
        self.panel_empty = QLabel(self.contacts_page)
        self.panel_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel_empty.setWordWrap(True)
        self.panel_empty.hide()
        contacts_layout.addWidget(self.panel_view, 1)
        contacts_layout.addWidget(self.panel_empty, 1)
        self.right.addWidget(self.location_panel)
        self.right.addWidget(self._empty_state())
        self.right.addWidget(self._nothing_selected())
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 960])
        splitter.setCollapsible(0, False)
        left.setMinimumWidth(240)
        self.setCentralWidget(splitter)

    def _empty_state(self) -> QWidget:
        page = QWidget(self.right)
        page.setObjectName("emptyState")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("<h2>Willkommen in der Kontaktverwaltung</h2>"), page)
        text = QLabel(
            self.tr(
                "Noch keine Kunden angelegt. Legen Sie den ersten Kunden an –\n"
                "oder laden Sie Demodaten, um alles gefahrlos auszuprobieren."
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
        create.clicked.connect(self.actionNewCustomer.trigger)
        demo = QPushButton(icon("database"), self.tr("Demodaten laden"), page)
        demo.setObjectName("emptyDemoButton")
        demo.setToolTip(self.tr("200 erfundene Kunden mit Standorten und Ansprechpartnern anlegen"))
        demo.clicked.connect(lambda: self._guarded(self.load_demo))
        buttons.addWidget(create)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _nothing_selected(self) -> QWidget:
        self.nothing_label = QLabel(self.tr("Bitte links einen Kunden wählen."), self.right)
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return self.nothing_label

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        # Not through _action/_guarded: the settings must open even when the database did not.
        self.actionDatabaseSettings = QAction(icon("database"), self.tr("&Datenbank…"), self)
        self.actionDatabaseSettings.setObjectName("actionDatabaseSettings")
        self.actionDatabaseSettings.setStatusTip(
            self.tr("Lokale Datei oder Datenbankserver wählen, Anzeigename für die History")
        )
        self.actionDatabaseSettings.triggered.connect(lambda _checked=False: self.database_settings())
        file_menu.addAction(self.actionDatabaseSettings)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Beenden"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit = bar.addMenu(self.tr("&Bearbeiten"))
        edit.addActions([self.actionUndo, self.actionRedo])
        edit.addSeparator()
        edit.addAction(self.actionGlobalSearch)
        customer_menu = bar.addMenu(self.tr("&Kunde"))
        customer_menu.addActions([self.actionNewCustomer, self.actionEditCustomer, self.actionDeleteCustomer])
        customer_menu.addAction(self.actionAddDocument)
        customer_menu.addSeparator()
        customer_menu.addActions([self.actionNewLocation, self.actionEditLocation, self.actionDeleteLocation])
        customer_menu.addSeparator()
        customer_menu.addAction(self.actionManageRoles)
        contact_menu = bar.addMenu(self.tr("&Ansprechpartner"))
        contact_menu.addActions(self._contact_actions())
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        self.actionAbout = QAction(self.tr("Über &Kontaktverwaltung…"), self)
        self.actionAbout.setObjectName("actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the app menu
        self.actionAbout.setStatusTip(self.tr("Version, Lizenz, verwendete Datenbank und Datenordner"))
        self.actionAbout.triggered.connect(lambda _checked=False: self.show_about())
        help_menu.addAction(self.actionAbout)
        toolbar = self.addToolBar(self.tr("Werkzeuge"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.actionUndo, self.actionRedo])
        toolbar.addSeparator()
        toolbar.addActions([self.actionNewCustomer, self.actionNewLocation, self.actionNewContact])
        toolbar.addSeparator()
        toolbar.addAction(self.actionGlobalSearch)

    def show_about(self) -> None:
        from kontaktverwaltung.ui.identity import default_data_folder, show_about

        show_about(self, self.database_label, default_data_folder())

    def database_settings(self) -> None:
        """Issue 5: which database this workstation opens, and the author of its history entries."""
        from kontaktverwaltung.ui.database_dialog import DatabaseDialog  # loads the store: not at start

        DatabaseDialog(self).exec()

    def _contact_actions(self) -> list[QAction]:
        return [
            self.actionNewContact,
            self.actionEditContact,
            self.actionMoveContact,
            self.actionMergeContact,
            self.actionDeactivateContact,
            self.actionDeleteContact,
            self.actionEmailContact,
            self.actionCallContact,
            self.actionPortalPreview,
            self.actionContactHistory,
        ]

    # --- state ----------------------------------------------------------------------------------

    def current_customer(self) -> CustomerView | None:
        index = self.customer_list.currentIndex()
        return self.customer_model.customer_at(index.row()) if index.isValid() else None

    def current_card(self) -> ContactCard | None:
        obj = self.panel_view.currentIndex().data(ObjectRole)
        return obj if isinstance(obj, ContactCard) else None

    def current_location(self) -> LocationView | None:
        """The selected location, the location of the selected card, or the customer's first one."""
        index = self.panel_view.currentIndex()
        if index.isValid():
            found = self.panel_model.location_of_row(index.row())
            if found is not None:
                return found
        panel = self.panel_model.panel
        return panel.locations[0] if panel and panel.locations else None

    def _open(self, open_database: Callable[[Callable[[str], None]], Context], database_label: str) -> None:
        """Open the database off the UI thread; a small customer list comes with it."""
        self.customer_search.setEnabled(False)
        self.nothing_label.setText(self.tr("Datenbank wird geöffnet: {0} …").format(database_label))
        self.nothing_label.setWordWrap(True)
        self.openProgress.connect(self._open_progress)
        self.right.setCurrentIndex(2)
        self._update_actions()

        def work() -> tuple[Context, int, list[CustomerView] | None, int]:
            load_now(*_DATABASE_MODULES)
            ctx = open_database(self.openProgress.emit)  # a signal: safe from the worker thread
            position = live_service.newest_position()  # others' changes from here on are shown
            count = customers.customer_count()
            return ctx, count, customers.list_customers() if count <= BACKGROUND_CUSTOMERS else None, position

        def opened(result: tuple[Context, int, list[CustomerView] | None, int]) -> None:
            self.ctx, count, customer_list, self._live_start = result
            self.opened = True
            self._build_customer_tabs()
            self._start_live_updates()
            if customer_list is None:
                self._load_customers_in_background(count)
            else:
                self._show_customers(customer_list, None)

        def failed(error: Exception) -> None:
            self.open_error = error
            self.nothing_label.setText(
                self.tr("Die Datenbank {0} konnte nicht geöffnet werden.").format(database_label)
            )
            self.statusBar().showMessage(error_text(error))
            self.openFailed.emit(error)

        self.customer_loader.run(work, opened, failed)

    def _first_row_height(self) -> None:
        if self.panel_model.rowCount():
            self.panel_view.verticalHeader().resizeSection(0, LOCATION_BAND + 8)

    def _open_progress(self, text: str) -> None:
        if not self.opened:
            self.nothing_label.setText(text)
            self.statusBar().showMessage(text)

    def _build_customer_tabs(self) -> None:
        """Jobs and History beside the cards; built once the database is open (they need it)."""
        self.jobs_panel = jobs_panel.JobsPanel(
            self.ctx, lambda done, refresh: self._apply(done, refresh), self.customer_tabs
        )
        self.jobs_panel.jobsChanged.connect(lambda: self.reload_panel())  # portal readiness on the cards
        self.history_panel = history_panel.HistoryPanel(self.customer_tabs)
        self.customer_tabs.addTab(self.jobs_panel, icon("portal-ok"), self.tr("&Jobs"))
        self.customer_tabs.addTab(self.history_panel, icon("document"), self.tr("&History"))
        self.customer_tabs.currentChanged.connect(lambda _index: self._refresh_customer_tab())

    def _refresh_customer_tab(self) -> None:
        """Only the tab in view is loaded: opening a big customer does not wait for its history."""
        page = self.customer_tabs.currentWidget()
        panel = self.panel_model.panel
        customer = panel.customer if panel is not None else None
        if page is getattr(self, "jobs_panel", None):
            self.jobs_panel.set_customer(customer.id if customer else None, panel.contacts if panel else ())
        elif page is getattr(self, "history_panel", None):
            if customer is not None:
                self.history_panel.show_customer(customer.id, customer.name)
            else:
                self.history_panel.clear()

    def _load_customers_in_background(self, count: int) -> None:
        """A big customer list loads off the UI thread: the window stays usable."""
        self.customer_search.setEnabled(False)
        self.customer_search.setPlaceholderText(
            self.tr("{0} Kunden werden geladen …").format(number(count, current_language()))
        )
        self.nothing_label.setText(self.tr("{0} Kunden werden geladen …").format(number(count, current_language())))
        self.right.setCurrentIndex(2)
        self._update_actions()

        def loaded(result: list[CustomerView]) -> None:
            self._show_customers(result, None)

        def failed(error: Exception) -> None:
            self.customer_search.setEnabled(True)
            prompts.warn(self, self.tr("Kunden können nicht geladen werden"), error_text(error))

        self.customer_loader.run(customers.list_customers, loaded, failed)

    def reload_customers(self, select_id: int | None = None) -> None:
        current = self.current_customer()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.customer_loader.cancel()
        self._show_customers(customers.list_customers(), select_id)

    def _show_customers(self, customer_list: list[CustomerView], select_id: int | None) -> None:
        self.nothing_label.setText(self.tr("Bitte links einen Kunden wählen."))
        self.customer_search.setEnabled(True)
        self.customer_search.setPlaceholderText(self.tr(SEARCH_CUSTOMERS))
        self._shown += 1
        self.customer_model.set_customers(customer_list)
        if not self.customer_model.has_customers:
            self.panel_model.set_panel(None)
            self.right.setCurrentIndex(1)
            self._update_actions()
            return
        row = self.customer_model.row_of(select_id) if select_id is not None else -1
        if row < 0 and self.customer_model.rowCount():
            row = 0  # open the first customer rather than an empty page
        if row < 0:
            self.right.setCurrentIndex(2)
            self.panel_model.set_panel(None)
        else:
            if self.customer_list.currentIndex().row() == row:
                self.reload_panel()
            else:
                self.customer_list.setCurrentIndex(self.customer_model.index(row))  # loads the panel
        self._update_actions()

    def _customer_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer = self.current_customer()
        if customer is not None and customer.contact_count > BACKGROUND_CONTACTS:
            self._load_panel_in_background(customer)
        else:
            self.panel_loader.cancel()
            self.reload_panel()

    def _load_panel_in_background(self, customer: CustomerView) -> None:
        """A large customer opens off the UI thread; the window stays responsive meanwhile."""
        self.panel_model.set_panel(None)
        self.right.setCurrentIndex(0)
        self.customer_title.setText(f"<b style='font-size:15pt'>{escape(customer.name)}</b>")
        self.panel_empty.setText(
            self.tr("„{0}“ wird geöffnet – {1} Ansprechpartner …").format(
                customer.name, number(customer.contact_count, current_language())
            )
        )
        self.panel_empty.show()
        self.panel_view.hide()
        self.loading.show()
        self._update_actions()

        def load() -> tuple[Any, list[str], dict[int, str]]:
            panel = customers.load_panel(customer.id)
            return panel, list(panel.documents), PanelModel.search_texts(panel)

        def loaded(result: tuple[Any, list[str], dict[int, str]]) -> None:
            self.loading.hide()
            current = self.current_customer()
            if current is not None and current.id == customer.id:
                panel, documents, texts = result
                self._show_panel(panel, documents, keep=None, scroll=None, texts=texts)

        def failed(error: Exception) -> None:
            self.loading.hide()
            prompts.warn(self, self.tr("Kunde kann nicht geöffnet werden"), error_text(error))

        self.panel_loader.run(load, loaded, failed)

    def reload_panel(self, select_contact: int | None = None) -> None:
        """Load the selected customer's locations and cards; keep the selection and scroll position."""
        customer = self.current_customer()
        if customer is None:
            self.panel_model.set_panel(None)
            self.right.setCurrentIndex(1 if not self.customer_model.has_customers else 2)
            self._update_actions()
            return
        keep = select_contact if select_contact is not None else (card.id if (card := self.current_card()) else None)
        same_customer = self.panel_model.panel is not None and self.panel_model.panel.customer.id == customer.id
        scroll = self.panel_view.verticalScrollBar().value() if same_customer else None
        self.panel_loader.cancel()
        panel = customers.load_panel(customer.id)
        self._show_panel(panel, list(panel.documents), keep, scroll)

    def _show_panel(
        self,
        panel: CustomerPanel,
        documents: list[str],
        keep: int | None,
        scroll: int | None,
        texts: dict[int, str] | None = None,
    ) -> None:
        self.loading.hide()
        self._shown += 1
        self.panel_model.set_panel(panel, texts)
        self.right.setCurrentIndex(0)
        number = self.tr("Kundennummer {0}").format(escape(panel.customer.number))
        language = current_language()
        locations = counted(len(panel.locations), self.tr("Standort"), self.tr("Standorte"), language)
        contacts = counted(
            len(panel.contacts), self.tr("Ansprechpartner", "einer"), self.tr("Ansprechpartner", "mehrere"), language
        )
        documents_count = counted(len(documents), self.tr("Dokument"), self.tr("Dokumente"), language)
        self.customer_title.setText(
            f"<b style='font-size:15pt'>{escape(panel.customer.name)}</b><br>"
            f"<span style='color:#5b6570'>{number} · {locations} · {contacts}"
            f"{' · ' + documents_count if documents else ''}</span>"
        )
        self.customer_title.setToolTip(self.tr("Dokumente:") + "\n" + "\n".join(documents) if documents else "")
        if scroll is not None:
            self.panel_view.verticalScrollBar().setValue(scroll)
        if keep is not None and (row := self.panel_model.row_of_contact(keep)) >= 0:
            self.panel_view.setCurrentIndex(self.panel_model.index(row))
            self.panel_view.scrollTo(self.panel_model.index(row))
        self._show_panel_hint()
        self._update_actions()
        self._refresh_customer_tab()

    def _filter_contacts(self, text: str) -> None:
        self.panel_model.set_filter(text)
        self._show_panel_hint()
        panel = self.panel_model.panel
        if panel is not None and text.strip():
            shown, total = self.panel_model.visible_contacts, len(panel.contacts)
            self.statusBar().showMessage(
                self.tr("{0} von {1} Ansprechpartnern passen zu „{2}“").format(shown, total, text.strip())
            )
        else:
            self.statusBar().clearMessage()

    def _show_panel_hint(self) -> None:
        panel = self.panel_model.panel
        hint = ""
        if panel is not None and not panel.locations:
            hint = self.tr("Dieser Kunde hat noch keinen Standort. Legen Sie mit „Neuer Standort“ den ersten an.")
        elif panel is not None and self.panel_model.rowCount() == 0:
            hint = self.tr("Kein Ansprechpartner passt zu „{0}“.").format(self.panel_model.query)
        self.panel_empty.setText(hint)
        self.panel_empty.setVisible(bool(hint))
        self.panel_view.setVisible(not hint)

    def _update_actions(self) -> None:
        has_customer = self.current_customer() is not None
        card = self.current_card()
        for action in (
            self.actionEditCustomer,
            self.actionDeleteCustomer,
            self.actionNewLocation,
            self.actionAddDocument,
        ):
            action.setEnabled(has_customer)
        self.new_location_button.setEnabled(has_customer)
        has_location = self.current_location() is not None
        for action in (self.actionNewContact, self.actionEditLocation, self.actionDeleteLocation):
            action.setEnabled(has_location)
        for action in (
            self.actionEditContact,
            self.actionDeleteContact,
            self.actionDeactivateContact,
            self.actionMergeContact,
            self.actionMoveContact,
            self.actionPortalPreview,
            self.actionContactHistory,
        ):
            action.setEnabled(card is not None)
        self.actionEmailContact.setEnabled(bool(card and card.email_address))
        self.actionCallContact.setEnabled(bool(card and card.phone_e164))
        if card is not None:
            self.actionDeactivateContact.setText(
                self.tr("Ansprechpartner &aktivieren") if not card.active else self.tr("Ansprechpartner de&aktivieren…")
            )

    def _focus_contact_search(self) -> None:
        self.contact_search.setFocus()
        self.contact_search.selectAll()

    # --- others' changes, a lost server (issue 5) -------------------------------------------------

    def _start_live_updates(self) -> None:
        self.live = LiveUpdates(self, self._live_start)
        self.live.changed.connect(self._others_changed)
        self.live.reachable.connect(self._reachable_changed)
        self.live.start()

    def _others_changed(self, changes: Changes) -> None:
        """Someone (maybe this window itself) changed data: show it without disturbing the user."""
        self._live_pending = changes if self._live_pending is None else self._live_pending | changes
        if not self.live_loader.busy:
            self._live_refresh()

    def _live_later(self, changes: Changes, delay_ms: int) -> None:
        """Keep ``changes`` for a later refresh (nothing others changed is dropped)."""
        self._live_pending = changes if self._live_pending is None else self._live_pending | changes
        QTimer.singleShot(delay_ms, self._live_refresh)

    def _live_refresh(self) -> None:
        if self.live_loader.busy or self._live_pending is None or not self.opened:
            return  # a refresh is under way: it runs again for what came meanwhile when it is done
        changes, self._live_pending = self._live_pending, None
        customer = self.current_customer()
        customer_id = customer.id if customer is not None else None
        if changes.concerns(customer_id) and self.panel_loader.busy:
            self._live_later(changes, LIVE_PATIENCE_MS)  # a big customer is just opening: after it
            return
        asked = None if changes.everything else set(changes.customers)
        with_list = changes.customer_list
        with_panel = changes.concerns(customer_id)
        shown = self._shown

        def work() -> tuple[list[CustomerView] | None, tuple[CustomerPanel, list[str], dict[int, str]] | None]:
            fresh = customers.list_customers(asked) if with_list else None
            panel = None
            if with_panel and customer_id is not None:
                try:
                    loaded = customers.load_panel(customer_id)
                    panel = loaded, list(loaded.documents), PanelModel.search_texts(loaded)
                except DomainError:
                    panel = None  # the customer is gone: the list tells
            return fresh, panel

        def done(result: tuple[list[CustomerView] | None, Any]) -> None:
            if _user_busy():  # never reset a view under a pressed mouse, a drag or an open menu
                self._live_later(changes, LIVE_PATIENCE_MS)
                return
            if shown != self._shown:  # the window reloaded meanwhile (its own change): read again
                self._live_later(changes, 0)
                return
            self._take_live(result[0], asked, result[1], customer_id)
            self._live_refresh()  # what came in meanwhile

        def failed(_error: Exception) -> None:  # the server gone: the watcher says so; try again later
            self._live_later(changes, 2000)

        self.live_loader.run(work, done, failed)

    def _take_live(
        self,
        fresh: list[CustomerView] | None,
        asked: set[int] | None,
        panel: tuple[CustomerPanel, list[str], dict[int, str]] | None,
        customer_id: int | None,
    ) -> None:
        notices: list[str] = []
        before = self.current_customer()
        if fresh is not None:
            gone = self.customer_model.take_changes(fresh, asked)
            if before is not None and before.id in gone:
                notices.append(
                    self.tr("Der Kunde „{0}“ wurde an einem anderen Arbeitsplatz gelöscht.").format(before.name)
                )
                self.customer_list.clearSelection()
                self.panel_model.set_panel(None)
                self.right.setCurrentIndex(1 if not self.customer_model.has_customers else 2)
                self._update_actions()
        current = self.current_customer()
        old = self.panel_model.panel
        if panel is not None and current is not None and current.id == customer_id and old is not None:
            loaded, documents, texts = panel
            card = self.current_card()
            location = self.current_location() if card is None else None
            still_there = {n.id for n in loaded.contacts}
            removed = [c for c in old.contacts if c.id not in still_there]
            scroll = self.panel_view.verticalScrollBar().value()
            self._show_panel(loaded, documents, None, None, texts)
            row = (
                self.panel_model.row_of_contact(card.id)
                if card is not None
                else self.panel_model.row_of_location(location.id)
                if location is not None
                else -1
            )
            if row >= 0:  # the same card (or location) selected again, without scrolling to it
                self.panel_view.setCurrentIndex(self.panel_model.index(row))
            self.panel_view.verticalScrollBar().setValue(scroll)
            self._update_actions()
            if len(removed) == 1:
                notices.append(
                    self.tr("„{0}“ wurde an einem anderen Arbeitsplatz entfernt.").format(
                        removed[0].name(current_language())
                    )
                )
            elif removed:
                notices.append(
                    self.tr("{0} Ansprechpartner wurden an einem anderen Arbeitsplatz entfernt.").format(len(removed))
                )
        if notices:
            self.statusBar().showMessage(" ".join(notices), 10_000)

    def _reachable_changed(self, reachable: bool) -> None:
        if reachable:
            self.link_label.hide()
            self.statusBar().showMessage(self.tr("Die Verbindung zum Datenbankserver steht wieder."), 6000)
        else:
            self.link_label.setText(self.tr("Keine Verbindung zum Datenbankserver – neuer Versuch läuft …"))
            self.link_label.show()

    # --- running changes -------------------------------------------------------------------------

    def _guarded(self, slot: Callable[[], Any]) -> None:
        """Every action: a DomainError becomes a German message, never a traceback."""
        if not self.opened:  # the database is still opening: say so instead of doing nothing
            self.statusBar().showMessage(self.tr("Die Datenbank wird noch geöffnet – bitte einen Moment."), 3000)
            return
        try:
            slot()
        except DomainError as error:
            prompts.warn(self, self.tr("Nicht möglich"), error_text(error))
        except Exception as error:  # the database locked, the server gone …: a message, no traceback
            prompts.warn(self, self.tr("Nicht möglich"), error_text(error))

    def _apply(self, done: Done[T], refresh: Callable[[], None]) -> T:
        """Put a change the service has made onto the undo stack (B1)."""
        if not done.change:  # saved without any change: nothing to undo
            refresh()
            return done.value
        command = undo.ServiceCommand(
            done.change, refresh, lambda error: prompts.warn(self, self.tr("Nicht möglich"), error_text(error))
        )
        self.undo_stack.push(command)
        refresh()
        return done.value

    def _refresh_all(self) -> None:
        self.reload_customers()

    # --- customers (S14) ------------------------------------------------------------------------

    def new_customer(self) -> None:
        dialog = dialogs.CustomerDialog(self, None)
        done = dialogs.run_until_saved(dialog, lambda: customers.create_customer(self.ctx, dialog.value()))
        if done is not None:
            self.customer_search.clear()
            customer_id = self._apply(done, self._refresh_all)
            self.reload_customers(select_id=customer_id)

    def edit_customer(self) -> None:
        customer = self.current_customer()
        if customer is None:
            return
        dialog = dialogs.CustomerDialog(self, customer)
        done = dialogs.run_until_saved(
            dialog, lambda: customers.edit_customer(self.ctx, customer.id, dialog.version, dialog.value())
        )
        if done is not None:
            self._apply(done, self._refresh_all)

    def delete_customer(self) -> None:
        customer = self.current_customer()
        if customer is None:
            return
        impact = customers.delete_customer_impact(customer.id)
        if prompts.confirm(
            self,
            self.tr("Kunde löschen"),
            self.tr("„{0}“ wirklich löschen?\n\n{1}\n\nSie können das mit „Rückgängig“ (Strg+Z) zurücknehmen.").format(
                customer.name, impact.summary(current_language())
            ),
        ):
            self._apply(customers.delete_customer(self.ctx, customer.id), self._refresh_all)

    def add_document(self) -> None:
        """Attach a document to the customer (S14); undoable like everything else."""
        customer = self.current_customer()
        if customer is None:
            return
        path = prompts.pick_file(self, self.tr("Dokument für „{0}“ hinzufügen").format(customer.name))
        if path is None:
            return
        try:
            content = Path(path).read_bytes()
        except OSError as error:
            prompts.warn(
                self,
                self.tr("Dokument hinzufügen"),
                self.tr("Die Datei kann nicht gelesen werden: {0}").format(error.strerror),
            )
            return
        self._apply(customers.add_document(self.ctx, customer.id, Path(path).name, content), self.reload_panel)
        self.statusBar().showMessage(self.tr("Dokument „{0}“ hinzugefügt.").format(Path(path).name), 5000)

    def load_demo(self) -> None:
        from kontaktverwaltung.services.demo import generate

        self.statusBar().showMessage(self.tr("Demodaten werden angelegt …"))
        generate(200, seed=1, author=self.ctx.author)
        self.undo_stack.clear()
        self.reload_customers()
        self.statusBar().showMessage(self.tr("Demodaten geladen: 200 Kunden."), 5000)

    # --- locations (S3, S6, R9) -----------------------------------------------------------------

    def new_location(self) -> None:
        customer = self.current_customer()
        if customer is None:
            return
        dialog = dialogs.LocationDialog(self, None)
        done = dialogs.run_until_saved(dialog, lambda: locations.create_location(self.ctx, customer.id, dialog.value()))
        if done is not None:
            location_id = self._apply(done, self.reload_panel)
            if (row := self.panel_model.row_of_location(location_id)) >= 0:
                self.panel_view.setCurrentIndex(self.panel_model.index(row))
                self.panel_view.scrollTo(self.panel_model.index(row))

    def edit_location(self) -> None:
        location = self.current_location()
        if location is None:
            return
        dialog = dialogs.LocationDialog(self, location)
        done = dialogs.run_until_saved(
            dialog, lambda: locations.edit_location(self.ctx, location.id, dialog.version, dialog.value())
        )
        if done is not None:
            self._apply(done, self.reload_panel)

    def delete_location(self) -> None:
        location = self.current_location()
        panel = self.panel_model.panel
        if location is None or panel is None:
            return
        count = len(self.panel_model.contacts_at(location.id))
        target: int | None = None
        if count:
            others = [loc for loc in panel.locations if loc.id != location.id]
            if not others:
                prompts.warn(
                    self,
                    self.tr("Standort löschen"),
                    self.tr(
                        "„{0}“ hat noch {1} Ansprechpartner und es gibt keinen anderen "
                        "Standort, zu dem sie verschoben werden könnten. Legen Sie zuerst einen an."
                    ).format(location.name, count),
                )
                return
            if not prompts.ask_location_with_contacts(self, location.name, count):
                return
            dialog = dialogs.MoveContactDialog(self, others, location.id)
            if not dialog.exec() or dialog.chosen_location_id() is None:
                return
            target = dialog.chosen_location_id()
        elif not prompts.confirm(
            self, self.tr("Standort löschen"), self.tr("Standort „{0}“ löschen?").format(location.name)
        ):
            return
        self._apply(locations.delete_location(self.ctx, location.id, target), self.reload_panel)

    # --- contacts (S3, S4, S5, S7) ----------------------------------------------------------------

    def new_contact(self) -> None:
        location = self.current_location()
        if location is None:
            return
        self._contact_dialog(location.id, None)

    def edit_contact(self) -> None:
        card = self.current_card()
        if card is not None:
            self._contact_dialog(card.location_id, card)

    def _contact_dialog(self, location_id: int, card: ContactCard | None, deactivate: bool = False) -> None:
        """The contact dialog (S7–S13): everything it holds is saved in one undoable step."""
        dialog = contact_dialog.ContactDialog(self, location_id, card, self.ctx.region, deactivate)
        done = dialogs.run_until_saved(  # the dialog's version moves on when it takes in others' changes
            dialog, lambda: contact_form.save_contact(self.ctx, dialog.contact_id, dialog.version, dialog.value())
        )
        dialog.deleteLater()  # (and with it a typed password)
        if done is not None:
            saved = self._apply(done, self.reload_panel)
            self.reload_panel(select_contact=saved)

    def delete_contact(self) -> None:
        card = self.current_card()
        if card is None:
            return
        answer = prompts.ask_delete_contact(self, contacts.delete_impact(card.id, current_language()))
        if answer == "deactivate":
            self._deactivate(card)
        elif answer == "delete":
            self._on_current_version(
                card, self.tr("löschen"), lambda version: contacts.delete_contact(self.ctx, card.id, version)
            )

    def toggle_active(self) -> None:
        card = self.current_card()
        if card is None:
            return
        if card.active:
            self._deactivate(card)
        else:
            self._on_current_version(
                card, self.tr("aktivieren"), lambda version: contacts.set_active(self.ctx, card.id, version, True)
            )

    def _on_current_version(self, card: ContactCard, action: str, change: Callable[[int], Done[Any]]) -> None:
        """Delete, move or activate the card as the user saw it. If someone changed the contact
        meanwhile, nothing happens silently (B5): the changes are shown field by field and the user
        decides whether to go on with the contact as it is now."""
        try:
            self._apply(change(card.version), self.reload_panel)
            return
        except ConflictError:
            now = contacts.contact_card(card.id)  # gone meanwhile: NotFound, said by _guarded
        locations = {loc.id: loc.name for loc in self.panel_model.panel.locations} if self.panel_model.panel else {}
        seen, current = ({**c._asdict(), "location_name": locations.get(c.location_id, "")} for c in (card, now))
        if prompts.ask_changed_meanwhile(
            self, action, card.name(current_language()), changed_fields(seen, current, language=current_language())
        ):
            self._apply(change(now.version), self.reload_panel)
        else:
            self.reload_panel()

    def _deactivate(self, card: ContactCard) -> None:
        """Deactivating asks why (S9) in the contact dialog, which offers a successor (B11)."""
        self._contact_dialog(card.location_id, card, deactivate=True)

    def show_portal_preview(self) -> None:
        """B7: what the contact would see in the portal, and whether login works."""
        card = self.current_card()
        if card is None:
            return
        preview = portal_preview.PortalPreviewDialog(
            self, card, contacts.channels_of(card.id), portal.portal_preview(card.id)
        )
        preview.exec()

    def show_contact_history(self) -> None:
        """B2: every change to this contact – what, who, when – newest first."""
        card = self.current_card()
        if card is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("contactHistoryDialog")
        dialog.setWindowTitle(self.tr("History – {0}").format(card.name(current_language())))
        dialog.resize(820, 520)
        layout = QVBoxLayout(dialog)
        view = history_panel.HistoryPanel(dialog)
        view.show_contact(card.id, card.name(current_language()))
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.exec()

    def manage_roles(self) -> None:
        """S11: the customer roles and what each sees in the portal; every change undoable."""
        dialog = roles_dialog.RolesDialog(self, lambda done: self._apply(done, self.reload_panel), self.ctx)
        dialog.exec()

    def move_contact(self) -> None:
        card = self.current_card()
        panel = self.panel_model.panel
        if card is None or panel is None:
            return
        others = [loc for loc in panel.locations if loc.id != card.location_id]
        if not others:
            prompts.warn(self, self.tr("Verschieben"), self.tr("Dieser Kunde hat keinen anderen Standort."))
            return
        dialog = dialogs.MoveContactDialog(self, others, card.location_id)
        if dialog.exec() and (target := dialog.chosen_location_id()) is not None:
            self._on_current_version(
                card, self.tr("verschieben"), lambda version: contacts.move_contact(self.ctx, card.id, version, target)
            )

    def _move_by_drop(self, contact_id: int, location_id: int) -> None:
        card = (
            next((c for c in self.panel_model.panel.contacts if c.id == contact_id), None)
            if self.panel_model.panel
            else None
        )
        if card is None or card.location_id == location_id:
            return

        def move() -> None:
            self._on_current_version(
                card,
                self.tr("verschieben"),
                lambda version: contacts.move_contact(self.ctx, card.id, version, location_id),
            )

        # After the drop has finished: reloading the model inside dropMimeData would pull the rug.
        QTimer.singleShot(0, lambda: self._guarded(move))

    def merge_contact(self) -> None:
        """The merge flow (S4, R7): pick the duplicate, the survivor and each differing value."""
        card = self.current_card()
        if card is None:
            return
        done = merge_dialog.run_merge(self, self.ctx, card.id)
        if done is not None:
            survivor = done.value
            self._apply(done, lambda: self.reload_panel(select_contact=survivor))

    def email_contact(self) -> None:
        """Direct contact (S5): opens the mail program; deliberately not written to the history."""
        card = self.current_card()
        if card and card.email_address:
            QDesktopServices.openUrl(QUrl(f"mailto:{card.email_address}"))

    def call_contact(self) -> None:
        card = self.current_card()
        if card and card.phone_e164:
            QDesktopServices.openUrl(QUrl(f"tel:{card.phone_e164}"))

    def _card_icon(self, action_name: str, index: QModelIndex) -> None:
        self.panel_view.setCurrentIndex(index)
        getattr(self, action_name).trigger()

    def _context_menu(self, pos: Any) -> None:
        index = self.panel_view.indexAt(pos)
        if not index.isValid():
            return
        self.panel_view.setCurrentIndex(index)
        menu = QMenu(self)
        if self.current_card() is not None:
            menu.addActions(self._contact_actions())
        else:
            menu.addActions([self.actionNewContact, self.actionEditLocation, self.actionDeleteLocation])
        menu.exec(self.panel_view.viewport().mapToGlobal(pos))

    # --- global search (B8) -------------------------------------------------------------------------

    def global_search(self) -> None:
        dialog = global_search.GlobalSearchDialog(self)
        if dialog.exec() and (hit := dialog.chosen()) is not None:
            self.open_contact(hit.customer_id, hit.contact_id)

    def open_contact(self, customer_id: int, contact_id: int) -> None:
        self.customer_search.clear()
        self.contact_search.clear()
        row = self.customer_model.row_of(customer_id)
        if row >= 0:
            self.customer_list.setCurrentIndex(self.customer_model.index(row))
            self.customer_list.scrollTo(self.customer_model.index(row))
            self.reload_panel(select_contact=contact_id)
            self.panel_view.setFocus()

    def closeEvent(self, event: Any) -> None:
        if self.live is not None:
            self.live.stop()
        self.panel_loader.cancel()
        self.customer_loader.cancel()
        self.live_loader.cancel()
        wait_for_all()  # a load still running must not outlive the window's database
        super().closeEvent(event)

    def wait_until_loaded(self, timeout_ms: int = 30_000) -> None:
        """Block until background loads are in (the screenshot command, tests)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QThread

        deadline = QDeadlineTimer(timeout_ms)
        while (self.panel_loader.busy or self.customer_loader.busy) and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            QThread.msleep(2)  # give the worker the interpreter instead of spinning

    def open_customer_number(self, number: str) -> None:
        """Select a customer by its number (the screenshot command's --customer)."""
        customer_id = customers.customer_id_by_number(number)
        self.customer_search.clear()
        row = self.customer_model.row_of(customer_id)
        if row >= 0:
            self.customer_list.setCurrentIndex(self.customer_model.index(row))
            self.customer_list.scrollTo(self.customer_model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)


def _user_busy() -> bool:
    """A mouse button held (a drag, a selection being made) or a menu open."""
    return QApplication.mouseButtons() != Qt.MouseButton.NoButton or QApplication.activePopupWidget() is not None
