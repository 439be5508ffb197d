"""The window's commands: every QAction, the menus and the toolbar, and which of them the current
selection allows (one ``update(selection)``). What an action does is wired by the window."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from kontaktverwaltung.domain.records import ContactCard, CustomerView, LocationView
from kontaktverwaltung.ui.card_delegate import CardAction
from kontaktverwaltung.ui.icons import icon


@dataclass(frozen=True)
class Selection:
    """What the user has selected: a customer, the location in view (of the selected card, or the
    customer's first one) and a contact card."""

    customer: CustomerView | None = None
    location: LocationView | None = None
    card: ContactCard | None = None
    cards: list[ContactCard] = field(default_factory=list)  # all selected cards (Ctrl/Shift-click)
    phone: str = ""  # what calling the card dials: the phone it shows, not a fax (ui/models.number_to_call)


class WindowActions(QObject):
    """The QActions of the automation contract (objectName = attribute), shared by menus, toolbar,
    context menu, shortcuts and card icons."""

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
    actionSettings: QAction
    actionHelp: QAction
    actionShortcuts: QAction
    actionFocusSearch: QAction
    actionDatabaseSettings: QAction
    actionQuit: QAction
    actionImport: QAction
    actionExport: QAction
    actionPrintCustomer: QAction
    actionDuplicates: QAction
    actionCopyContact: QAction
    actionSync: QAction
    actionConflicts: QAction

    def __init__(self, window: QMainWindow, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.actionUndo, self.actionRedo = undo, redo
        self._build()
        window.addActions([undo, redo])

    def _action(
        self,
        name: str,
        text: str,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        meaning: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self.window)  # the window's child: found by objectName, shortcuts work
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if meaning:
            action.setIcon(icon(meaning))
        action.setToolTip(tip or text.replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        self.window.addAction(action)
        return action

    def _build(self) -> None:
        a = self._action
        self.actionNewCustomer = a("actionNewCustomer", self.tr("Neuer &Kunde…"), "Ctrl+Shift+N", "customer")
        self.actionEditCustomer = a("actionEditCustomer", self.tr("Kunde &bearbeiten…"), None, "edit")
        self.actionDeleteCustomer = a("actionDeleteCustomer", self.tr("Kunde &löschen…"), None, "delete")
        self.actionAddDocument = a(
            "actionAddDocument",
            self.tr("&Dokument hinzufügen…"),
            None,
            "document",
            self.tr("Ein Dokument (Vertrag, Angebot …) beim Kunden ablegen"),
        )
        self.actionNewLocation = a("actionNewLocation", self.tr("Neuer &Standort…"), "Ctrl+Shift+L", "location")
        self.actionEditLocation = a("actionEditLocation", self.tr("Standort bearbeiten…"), None, "edit")
        self.actionDeleteLocation = a("actionDeleteLocation", self.tr("Standort löschen…"), None, "delete")
        self.actionNewContact = a(
            "actionNewContact", self.tr("Neuer &Ansprechpartner…"), QKeySequence.StandardKey.New, "add-contact"
        )
        self.actionEditContact = a("actionEditContact", self.tr("Ansprechpartner &bearbeiten…"), "F2", "edit")
        self.actionDeleteContact = a(
            "actionDeleteContact", self.tr("Ansprechpartner &löschen…"), QKeySequence.StandardKey.Delete, "delete"
        )
        self.actionDeactivateContact = a(
            "actionDeactivateContact", self.tr("Ansprechpartner de&aktivieren/aktivieren…"), "Ctrl+D", "deactivate"
        )
        self.actionMergeContact = a("actionMergeContact", self.tr("Mit Duplikat &zusammenführen…"), "Ctrl+M", "merge")
        self.actionMoveContact = a(
            "actionMoveContact", self.tr("An anderen Standort &verschieben…"), "Ctrl+Shift+M", "move"
        )
        self.actionEmailContact = a(
            "actionEmailContact",
            self.tr("E-&Mail schreiben"),
            "Ctrl+E",
            "email",
            self.tr("E-Mail an den Ansprechpartner (wird nicht in der History gespeichert)"),
        )
        self.actionCallContact = a(
            "actionCallContact",
            self.tr("An&rufen"),
            "Ctrl+T",
            "call",
            self.tr("Den Ansprechpartner anrufen (wird nicht in der History gespeichert)"),
        )
        self.actionPortalPreview = a(
            "actionPortalPreview",
            self.tr("Als dieser Ansprechpartner &ansehen…"),
            "Ctrl+Shift+P",
            "portal-ok",
            self.tr("Zeigt, ob die Anmeldung im Kundenportal klappt und was die Person dort sieht"),
        )
        self.actionContactHistory = a(
            "actionContactHistory",
            self.tr("&History des Ansprechpartners…"),
            "Ctrl+Shift+H",  # (Cmd+H hides the app on macOS)
            "document",
            self.tr("Jede Änderung an diesem Ansprechpartner: was, wer, wann"),
        )
        self.actionManageRoles = a(
            "actionManageRoles",
            self.tr("Kunden&rollen verwalten…"),
            None,
            None,
            self.tr("Rollen anlegen und festlegen, welche Jobs und Bewerberdaten sie im Portal sehen"),
        )
        self.actionGlobalSearch = a(
            "actionGlobalSearch",
            self.tr("&Globale Suche…"),
            "Ctrl+K",
            "search",
            self.tr("Ansprechpartner in allen Kunden suchen"),
        )
        self.actionImport = a(
            "actionImport",
            self.tr("&Importieren…"),
            "Ctrl+I",
            "import",
            self.tr("Kontakte aus vCard, CSV oder Excel übernehmen: Vorschau, dann ein Schritt zum Rückgängigmachen"),
        )
        self.actionExport = a(
            "actionExport",
            self.tr("&Exportieren…"),
            "Ctrl+Shift+E",
            "export",
            self.tr("Ansprechpartner als vCard, CSV, Excel oder PDF-Kontaktblatt speichern"),
        )
        self.actionPrintCustomer = a(
            "actionPrintCustomer",
            self.tr("Kon&taktblatt drucken…"),
            QKeySequence.StandardKey.Print,
            "print",
            self.tr(
                "Das Kontaktblatt des Kunden drucken oder als PDF speichern: Standorte, Personen, Position, "
                "E-Mail, Telefon, Rolle"
            ),
        )
        self.actionDuplicates = a(
            "actionDuplicates",
            self.tr("&Dubletten…"),
            "Ctrl+Shift+D",
            "merge",
            self.tr("Wahrscheinlich doppelt angelegte Ansprechpartner finden und zusammenführen"),
        )
        self.actionCopyContact = a(
            "actionCopyContact",
            self.tr("Visitenkarte &kopieren"),
            QKeySequence.StandardKey.Copy,
            "copy",
            self.tr("Die Visitenkarte als Text in die Zwischenablage (Name, Position, Standort, E-Mail, Telefon)"),
        )
        # Ctrl+C copies a card only where the cards have the focus (the panel adds it to its view).
        self.actionCopyContact.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.window.removeAction(self.actionCopyContact)
        self.actionSync = a(
            "actionSync",
            self.tr("&Synchronisieren"),
            "F9",
            "sync",
            self.tr("Die Offline-Kopie und den Server abgleichen: Ihre Änderungen senden, die der anderen holen"),
        )
        self.actionConflicts = a(
            "actionConflicts",
            self.tr("&Konflikte…"),
            None,
            "conflict",
            self.tr("Offline und auf dem Server verschieden geänderte Angaben ansehen und entscheiden"),
        )
        self.actionFocusSearch = a(
            "actionFocusSearch", self.tr("Ansprechpartner suchen"), QKeySequence.StandardKey.Find
        )
        # The settings must open even when the database did not: the window does not guard it.
        self.actionDatabaseSettings = QAction(icon("database"), self.tr("&Datenbank…"), self.window)
        self.actionDatabaseSettings.setObjectName("actionDatabaseSettings")
        self.actionDatabaseSettings.setStatusTip(
            self.tr("Lokale Datei oder Datenbankserver wählen, Anzeigename für die History")
        )
        self.actionQuit = QAction(self.tr("&Beenden"), self.window)
        self.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        # Settings and help open also when the database did not: the window does not guard them.
        self.actionSettings = QAction(icon("settings"), self.tr("&Einstellungen…"), self.window)
        self.actionSettings.setObjectName("actionSettings")
        self.actionSettings.setShortcut(QKeySequence("Ctrl+,"))
        self.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the app menu
        self.actionSettings.setStatusTip(self.tr("Sprache, Ihr Name in der History, Land für Telefonnummern"))
        self.actionHelp = QAction(icon("help"), self.tr("&Hilfe zur Kontaktverwaltung"), self.window)
        self.actionHelp.setObjectName("actionHelp")
        self.actionHelp.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.actionHelp.setStatusTip(self.tr("Wie Kunden, Standorte und Ansprechpartner gepflegt werden"))
        self.actionShortcuts = QAction(icon("keyboard"), self.tr("&Tastenkürzel"), self.window)
        self.actionShortcuts.setObjectName("actionShortcuts")
        self.actionShortcuts.setStatusTip(self.tr("Alle Tastenkürzel auf einen Blick"))
        for action in (self.actionSettings, self.actionHelp, self.actionShortcuts):
            self.window.addAction(action)
        self.actionAbout = QAction(self.tr("Über &Kontaktverwaltung…"), self.window)
        self.actionAbout.setObjectName("actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the app menu
        self.actionAbout.setStatusTip(self.tr("Version, Lizenz, verwendete Datenbank und Datenordner"))

    def contact_actions(self) -> list[QAction]:
        """What can be done with a contact card (its menu, its context menu)."""
        return [
            self.actionNewContact,
            self.actionEditContact,
            self.actionMoveContact,
            self.actionMergeContact,
            self.actionDeactivateContact,
            self.actionDeleteContact,
            self.actionEmailContact,
            self.actionCallContact,
            self.actionCopyContact,
            self.actionPortalPreview,
            self.actionContactHistory,
        ]

    def location_actions(self) -> list[QAction]:
        """What can be done with a location (its header's context menu)."""
        return [self.actionNewContact, self.actionEditLocation, self.actionDeleteLocation]

    def customer_actions(self) -> list[QAction]:
        """The buttons beside the customer's name."""
        return [self.actionAddDocument, self.actionEditCustomer, self.actionDeleteCustomer]

    def for_card_icons(self) -> dict[CardAction, QAction]:
        """The action each icon on a card or location header stands for."""
        return {
            CardAction.EMAIL: self.actionEmailContact,
            CardAction.CALL: self.actionCallContact,
            CardAction.MERGE: self.actionMergeContact,
            CardAction.MOVE: self.actionMoveContact,
            CardAction.EDIT: self.actionEditContact,
            CardAction.DELETE: self.actionDeleteContact,
            CardAction.NEW_CONTACT: self.actionNewContact,
            CardAction.EDIT_LOCATION: self.actionEditLocation,
            CardAction.DELETE_LOCATION: self.actionDeleteLocation,
        }

    def build_menus(self) -> None:
        """The menu bar and the toolbar."""
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        file_menu.addActions([self.actionImport, self.actionExport])
        file_menu.addAction(self.actionPrintCustomer)
        file_menu.addSeparator()
        file_menu.addAction(self.actionDatabaseSettings)
        file_menu.addActions([self.actionSync, self.actionConflicts])
        file_menu.addSeparator()
        file_menu.addAction(self.actionQuit)
        edit = bar.addMenu(self.tr("&Bearbeiten"))
        edit.addActions([self.actionUndo, self.actionRedo])
        edit.addSeparator()
        edit.addAction(self.actionGlobalSearch)
        edit.addAction(self.actionDuplicates)
        edit.addSeparator()
        edit.addAction(self.actionSettings)
        customer_menu = bar.addMenu(self.tr("&Kunde"))
        customer_menu.addActions([self.actionNewCustomer, self.actionEditCustomer, self.actionDeleteCustomer])
        customer_menu.addAction(self.actionAddDocument)
        customer_menu.addAction(self.actionPrintCustomer)
        customer_menu.addSeparator()
        customer_menu.addActions([self.actionNewLocation, self.actionEditLocation, self.actionDeleteLocation])
        customer_menu.addSeparator()
        customer_menu.addAction(self.actionManageRoles)
        contact_menu = bar.addMenu(self.tr("&Ansprechpartner"))
        contact_menu.addActions(self.contact_actions())
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addActions([self.actionHelp, self.actionShortcuts])
        help_menu.addSeparator()
        help_menu.addAction(self.actionAbout)
        self.toolbar = toolbar = self.window.addToolBar(self.tr("Werkzeuge"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.actionUndo, self.actionRedo])
        toolbar.addSeparator()
        toolbar.addActions([self.actionNewCustomer, self.actionNewLocation, self.actionNewContact])
        toolbar.addSeparator()
        toolbar.addAction(self.actionGlobalSearch)

    def update(self, selection: Selection) -> None:
        """Enable what the selection allows; name the (de)activate action after the card's state."""
        has_customer = selection.customer is not None
        for action in [*self.customer_actions(), self.actionNewLocation, self.actionPrintCustomer]:
            action.setEnabled(has_customer)
        for action in self.location_actions():
            action.setEnabled(selection.location is not None)
        card = selection.card
        for action in (
            self.actionEditContact,
            self.actionDeleteContact,
            self.actionDeactivateContact,
            self.actionMergeContact,
            self.actionMoveContact,
            self.actionCopyContact,
            self.actionPortalPreview,
            self.actionContactHistory,
        ):
            action.setEnabled(card is not None)
        self.actionEmailContact.setEnabled(bool(card and card.email_address))
        self.actionCallContact.setEnabled(bool(card and selection.phone))
        if card is not None:
            self.actionDeactivateContact.setText(
                self.tr("Ansprechpartner &aktivieren") if not card.active else self.tr("Ansprechpartner de&aktivieren…")
            )
        several = selection.cards if len(selection.cards) > 1 else []
        if several:  # move, (de)activate, export and write to them together; one at a time for the rest
            for action in (self.actionEditContact, self.actionMergeContact, self.actionDeleteContact):
                action.setEnabled(False)
            for action in (self.actionPortalPreview, self.actionContactHistory, self.actionCallContact):
                action.setEnabled(False)
            self.actionEmailContact.setEnabled(any(c.email_address for c in several))
            count = len(several)
            self.actionMoveContact.setText(self.tr("{0} Ansprechpartner &verschieben…").format(count))
            self.actionDeactivateContact.setText(
                self.tr("{0} Ansprechpartner de&aktivieren…").format(count)
                if any(c.active for c in several)
                else self.tr("{0} Ansprechpartner &aktivieren").format(count)
            )
            self.actionEmailContact.setText(self.tr("E-&Mail an {0} Ansprechpartner").format(count))
        else:
            self.actionMoveContact.setText(self.tr("An anderen Standort &verschieben…"))
            self.actionEmailContact.setText(self.tr("E-&Mail schreiben"))
