"""The editing use cases of the window: new, edit, delete customers, locations and contacts, move,
merge, (de)activate, documents, roles (S3–S14, R7–R9, B5, B7, B8). Each asks the user in a
dialog, calls one service and puts the change on the undo stack; a refused or failed call
becomes a message (``run``: the guard around every action), never a traceback.

The controller knows the selection, not the widgets: it tells the window what to show again by
signals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from kontaktverwaltung.domain.conflicts import changed_fields
from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.domain.errors import ConflictError, DomainError
from kontaktverwaltung.domain.records import ContactCard, LocationView
from kontaktverwaltung.ui.language import error_text
from kontaktverwaltung.ui.lazy import lazy_modules

if TYPE_CHECKING:
    from kontaktverwaltung.services import bulk_contacts, contact_form, contacts, customers, locations, portal
    from kontaktverwaltung.services.common import Context, Done
    from kontaktverwaltung.ui import (
        contact_dialog,
        contact_history,
        contact_place,
        customer_dialogs,
        duplicate_hint,
        duplicates_dialog,
        export_dialog,
        failures,
        forms,
        global_search,
        import_dialog,
        merge_dialog,
        portal_preview,
        prompts,
        roles_dialog,
    )
    from kontaktverwaltung.ui.customer_pane import CustomerPane
    from kontaktverwaltung.ui.location_panel import LocationPanel
    from kontaktverwaltung.ui.undo_controller import UndoController
else:  # loaded by the background task that opens the database (see ui/lazy.py)
    contact_form, contacts, customers, locations, portal = lazy_modules(
        "kontaktverwaltung.services", "contact_form contacts customers locations portal"
    )
    (bulk_contacts,) = lazy_modules("kontaktverwaltung.services", "bulk_contacts")
    contact_dialog, contact_history, customer_dialogs, global_search = lazy_modules(
        "kontaktverwaltung.ui", "contact_dialog contact_history customer_dialogs global_search"
    )
    merge_dialog, portal_preview, roles_dialog = lazy_modules(
        "kontaktverwaltung.ui", "merge_dialog portal_preview roles_dialog"
    )
    duplicate_hint, duplicates_dialog, export_dialog, import_dialog = lazy_modules(
        "kontaktverwaltung.ui", "duplicate_hint duplicates_dialog export_dialog import_dialog"
    )
    # Needed once something is edited: loaded with the others after the first frame (issue 15).
    contact_place, failures, forms, prompts = lazy_modules(
        "kontaktverwaltung.ui", "contact_place failures forms prompts"
    )
DATABASE_MODULES = (
    *(bulk_contacts, contact_form, contacts, customers, locations, portal),
    *(contact_dialog, contact_history, customer_dialogs, global_search, merge_dialog, portal_preview, roles_dialog),
    *(duplicate_hint, duplicates_dialog, export_dialog, import_dialog),
    *(contact_place, failures, forms, prompts),
)


class EditingController(QObject):
    customersChanged = Signal(object)  # show the customer list again, with this customer id selected (None: as is)
    panelChanged = Signal(object)  # show the customer's cards again, with this contact id selected (None: as is)
    contactWanted = Signal(int, int)  # open this customer at this contact (global search)
    status = Signal(str, int)  # a note for the status bar, shown this many ms (0: until the next)

    def __init__(
        self, window: QWidget, undo: UndoController, customer_pane: CustomerPane, panel: LocationPanel
    ) -> None:
        super().__init__(window)
        self._window = window  # the dialogs' parent
        self.undo = undo
        self._customers = customer_pane
        self._panel = panel
        self.ctx: Context | None = None  # who makes the changes: set once the database is open

    # --- the guard ------------------------------------------------------------------------------

    def run(self, use_case: Callable[[], Any]) -> None:
        """Every action: a DomainError becomes a German message, never a traceback."""
        if self.ctx is None:  # the database is still opening: say so instead of doing nothing
            self.status.emit(self.tr("Die Datenbank wird noch geöffnet – bitte einen Moment."), 3000)
            return
        try:
            use_case()
        except DomainError as error:
            prompts.warn(self._window, self.tr("Nicht möglich"), error_text(error))
        except Exception as error:  # a failure no rule foresaw: logged, then a message
            failures.report_unexpected(self._window, self.tr("Nicht möglich"), error)

    def _apply(self, done: Done[Any], refresh: Callable[[], None]) -> Any:
        return self.undo.apply(done, refresh)

    def _show_customers(self, select_id: int | None = None) -> None:
        self.customersChanged.emit(select_id)

    def _show_panel(self, select_contact: int | None = None) -> None:
        self.panelChanged.emit(select_contact)

    @property
    def _ctx(self) -> Context:
        assert self.ctx is not None  # run() calls use cases only once the database is open
        return self.ctx

    # --- customers (S14) ------------------------------------------------------------------------

    def new_customer(self) -> None:
        dialog = customer_dialogs.CustomerDialog(self._window, None)
        done = forms.run_until_saved(dialog, lambda: customers.create_customer(self._ctx, dialog.value()))
        if done is not None:
            self._customers.search.clear()
            customer_id = done.value
            self._apply(done, lambda: self._show_customers(customer_id))  # one reload, with it selected

    def edit_customer(self) -> None:
        customer = self._customers.current()
        if customer is None:
            return
        dialog = customer_dialogs.CustomerDialog(self._window, customer)
        done = forms.run_until_saved(
            dialog, lambda: customers.edit_customer(self._ctx, customer.id, dialog.version, dialog.value())
        )
        if done is not None:
            self._apply(done, self._show_customers)

    def delete_customer(self) -> None:
        customer = self._customers.current()
        if customer is None:
            return
        impact = customers.delete_customer_impact(customer.id)
        if prompts.ask_delete_customer(self._window, customer.name, impact.summary()):
            self._apply(customers.delete_customer(self._ctx, customer.id), self._show_customers)

    def load_demo(self) -> None:
        from kontaktverwaltung.services.demo import generate

        self.status.emit(self.tr("Demodaten werden angelegt …"), 0)
        generate(200, seed=1, author=self._ctx.author)
        self.undo.clear()
        self._show_customers()
        self.status.emit(self.tr("Demodaten geladen: 200 Kunden."), 5000)

    # --- locations (S3, S6, R9) -----------------------------------------------------------------

    def new_location(self) -> None:
        customer = self._customers.current()
        if customer is None:
            return
        dialog = customer_dialogs.LocationDialog(self._window, None)
        done = forms.run_until_saved(dialog, lambda: locations.create_location(self._ctx, customer.id, dialog.value()))
        if done is not None:
            self._panel.select_location(self._apply(done, self._show_panel))

    def edit_location(self) -> None:
        location = self._panel.current_location()
        if location is None:
            return
        dialog = customer_dialogs.LocationDialog(self._window, location)
        done = forms.run_until_saved(
            dialog, lambda: locations.edit_location(self._ctx, location.id, dialog.version, dialog.value())
        )
        if done is not None:
            self._apply(done, self._show_panel)

    def delete_location(self) -> None:
        location = self._panel.current_location()
        panel = self._panel.panel
        if location is None or panel is None:
            return
        count = len(self._panel.model.contacts_at(location.id))
        target: int | None = None
        if count:
            others = [loc for loc in panel.locations if loc.id != location.id]
            if not others:
                prompts.warn(
                    self._window,
                    self.tr("Standort löschen"),
                    self.tr(
                        "„{0}“ hat noch {1} Ansprechpartner und es gibt keinen anderen "
                        "Standort, zu dem sie verschoben werden könnten. Legen Sie zuerst einen an."
                    ).format(location.name, count),
                )
                return
            if not prompts.ask_location_with_contacts(self._window, location.name, count):
                return
            dialog = customer_dialogs.MoveContactDialog(self._window, panel.locations, location.id, count=count)
            if not dialog.exec() or dialog.chosen_location_id() is None:
                return
            target = dialog.chosen_location_id()
        elif not prompts.confirm(
            self._window, self.tr("Standort löschen"), self.tr("Standort „{0}“ löschen?").format(location.name)
        ):
            return
        self._apply(locations.delete_location(self._ctx, location.id, target), self._show_panel)

    def manage_roles(self) -> None:
        """S11: the customer roles and what each sees in the portal; every change undoable."""
        dialog = roles_dialog.RolesDialog(self._window, lambda done: self._apply(done, self._show_panel), self._ctx)
        dialog.exec()

    # --- contacts (S3, S4, S5, S7) ----------------------------------------------------------------

    def new_contact(self) -> None:
        location = self._panel.current_location()
        if location is not None:
            self._contact_dialog(location.id, None)

    def edit_contact(self) -> None:
        card = self._panel.current_card()
        if card is not None:
            self._contact_dialog(card.location_id, card)

    def _contact_dialog(
        self,
        location_id: int,
        card: ContactCard | None,
        deactivate: bool = False,
        carried: tuple[Any, Any] | None = None,
    ) -> None:
        """The contact dialog (S7–S13): everything it holds is saved in one undoable step.
        ``carried``: (empty, typed) forms of a new contact whose "Diesen öffnen" opened this one."""
        panel = self._panel.panel
        place = contact_place.ContactPlace(panel.customer.name, panel.locations) if panel is not None else None
        dialog = contact_dialog.ContactDialog(self._window, location_id, card, self._ctx.region, deactivate, place)
        if carried is not None:  # nothing typed is lost (S12): it comes along as unsaved changes
            duplicate_hint.carry_typed(dialog, *carried, self._ctx.region)
        hint = None
        if card is None:  # B3: a likely duplicate shows while the new contact is typed
            customer_id = panel.customer.id if panel is not None else locations.location(location_id).customer_id
            hint = duplicate_hint.DuplicateHint(dialog, self._ctx, customer_id)
        done = forms.run_until_saved(  # the dialog's version moves on when it takes in others' changes
            dialog, lambda: contact_form.save_contact(self._ctx, dialog.contact_id, dialog.version, dialog.value())
        )
        dialog.deleteLater()  # (and with it a typed password)
        if done is not None:
            saved = done.value
            self._apply(done, lambda: self._show_panel(saved))  # one reload, with the saved card selected
        elif hint is not None and hint.wanted is not None:  # "Diesen öffnen": the existing one instead
            wanted, carried = hint.wanted, (hint.start, hint.typed)
            self._show_panel(wanted.id)
            self._contact_dialog(wanted.location_id, wanted, carried=carried)

    def delete_contact(self) -> None:
        card = self._panel.current_card()
        if card is None:
            return
        answer = prompts.ask_delete_contact(self._window, contacts.delete_impact(card.id))
        if answer == "deactivate":
            self._contact_dialog(card.location_id, card, deactivate=True)
        elif answer == "delete":
            self._on_current_version(
                card, self.tr("löschen"), lambda version: contacts.delete_contact(self._ctx, card.id, version)
            )

    def toggle_active(self) -> None:
        """Deactivating asks why (S9) in the contact dialog, which offers a successor (B11)."""
        card = self._panel.current_card()
        if len(self._panel.selected_cards()) > 1:
            self._toggle_active_of_several(self._panel.selected_cards())
            return
        if card is None:
            return
        if card.active:
            self._contact_dialog(card.location_id, card, deactivate=True)
        else:
            self._on_current_version(
                card, self.tr("aktivieren"), lambda version: contacts.set_active(self._ctx, card.id, version, True)
            )

    def _on_current_version(self, card: ContactCard, action: str, change: Callable[[int], Done[Any]]) -> None:
        """Delete, move or activate the card as the user saw it. If someone changed the contact
        meanwhile, nothing happens silently (B5): the changes are shown field by field and the user
        decides whether to go on with the contact as it is now."""
        try:
            self._apply(change(card.version), self._show_panel)
            return
        except ConflictError:
            now = contacts.contact_card(card.id)  # gone meanwhile: NotFound, said by run()
        panel = self._panel.panel
        names = {loc.id: loc.name for loc in panel.locations} if panel else {}
        seen, current = ({**c._asdict(), "location_name": names.get(c.location_id, "")} for c in (card, now))
        if prompts.ask_changed_meanwhile(
            self._window,
            action,
            card.name(),
            changed_fields(seen, current),
        ):
            self._apply(change(now.version), self._show_panel)
        else:
            self._show_panel()

    def move_contact(self) -> None:
        card = self._panel.current_card()
        panel = self._panel.panel
        if len(self._panel.selected_cards()) > 1 and panel is not None:
            self._move_several(self._panel.selected_cards(), panel.locations)
            return
        if card is None or panel is None:
            return
        others = [loc for loc in panel.locations if loc.id != card.location_id]
        if not others:
            prompts.warn(self._window, self.tr("Verschieben"), self.tr("Dieser Kunde hat keinen anderen Standort."))
            return
        dialog = customer_dialogs.MoveContactDialog(self._window, panel.locations, card.location_id, card.name())
        if dialog.exec() and (target := dialog.chosen_location_id()) is not None:
            self._on_current_version(
                card, self.tr("verschieben"), lambda version: contacts.move_contact(self._ctx, card.id, version, target)
            )

    def move_by_drop(self, contact_id: int, location_id: int) -> None:
        panel = self._panel.panel
        card = next((c for c in panel.contacts if c.id == contact_id), None) if panel else None
        if card is None or card.location_id == location_id:
            return

        def move() -> None:
            self._on_current_version(
                card,
                self.tr("verschieben"),
                lambda version: contacts.move_contact(self._ctx, card.id, version, location_id),
            )

        # After the drop has finished: reloading the model inside dropMimeData would pull the rug.
        QTimer.singleShot(0, lambda: self.run(move))

    def move_several_by_drop(self, contact_ids: list[int], location_id: int) -> None:
        """Several selected cards dragged onto a location: all of them move there, one undo step."""
        panel = self._panel.panel
        wanted = set(contact_ids)
        seen = [(c.id, c.version) for c in panel.contacts if c.id in wanted] if panel else []
        if not seen:
            return

        def move() -> None:
            self._apply(bulk_contacts.move_contacts(self._ctx, seen, location_id), self._show_panel)

        QTimer.singleShot(0, lambda: self.run(move))  # after the drop, as for one card

    def merge_contact(self) -> None:
        """The merge flow (S4, R7): pick the duplicate, the survivor and each differing value."""
        card = self._panel.current_card()
        if card is None:
            return
        done = merge_dialog.run_merge(self._window, self._ctx, card.id)
        if done is not None:
            survivor = done.value
            self._apply(done, lambda: self._show_panel(survivor))

    def email_contact(self) -> None:
        """Direct contact (S5): opens the mail program; deliberately not written to the history.
        Several cards selected: one e-mail to all of them (each at their primary address)."""
        addresses = [c.email_address for c in self._panel.selected_cards() if c.email_address]
        card = self._panel.current_card()
        if len(addresses) < 2:
            addresses = [card.email_address] if card and card.email_address else []
        if addresses:
            QDesktopServices.openUrl(QUrl(f"mailto:{','.join(addresses)}"))

    # --- several cards at once (issue 14: Ctrl/Shift-click, then one action, one undo step) -------

    def _move_several(self, cards: list[ContactCard], places: Sequence[LocationView]) -> None:
        here = {c.location_id for c in cards}
        dialog = customer_dialogs.MoveContactDialog(
            self._window, places, here.pop() if len(here) == 1 else None, count=len(cards)
        )
        if dialog.exec() and (target := dialog.chosen_location_id()) is not None:
            seen = [(c.id, c.version) for c in cards]
            self._apply(bulk_contacts.move_contacts(self._ctx, seen, target), self._show_panel)

    def _toggle_active_of_several(self, cards: list[ContactCard]) -> None:
        """Any of them active: deactivate those, for one reason asked once (S9); else activate all."""
        seen = [(c.id, c.version) for c in cards]
        if not any(c.active for c in cards):
            self._apply(bulk_contacts.set_contacts_active(self._ctx, seen, True), self._show_panel)
            return
        reasons = [(r.value, r.label()) for r in InactiveReason]
        chosen = prompts.ask_inactive_reason(self._window, sum(bool(c.active) for c in cards), reasons)
        if chosen is not None:
            done = bulk_contacts.set_contacts_active(self._ctx, seen, False, InactiveReason(chosen))
            self._apply(done, self._show_panel)

    def call_contact(self) -> None:
        number = self._panel.phone_to_call(self._panel.current_card())
        if number:
            QDesktopServices.openUrl(QUrl(f"tel:{number}"))

    def show_portal_preview(self) -> None:
        """B7: what the contact would see in the portal, and whether login works."""
        card = self._panel.current_card()
        if card is None:
            return
        preview = portal_preview.PortalPreviewDialog(
            self._window, card, contacts.channels_of(card.id), portal.portal_preview(card.id)
        )
        preview.exec()

    def show_contact_history(self) -> None:
        """B2: every change to this contact – what, who, when – newest first."""
        card = self._panel.current_card()
        if card is not None:
            contact_history.ContactHistoryDialog(self._window, card).exec()

    def global_search(self) -> None:
        """B8: contacts of all customers; the one picked opens."""
        dialog = global_search.GlobalSearchDialog(self._window)
        if dialog.exec() and (hit := dialog.chosen()) is not None:
            self.contactWanted.emit(hit.customer_id, hit.contact_id)

    # --- import, export, duplicates (B3, B4) ------------------------------------------------------

    def _show_all(self) -> None:
        self._show_customers()
        self._show_panel()

    def import_contacts(self, path: str | None = None) -> None:
        """Import a vCard, CSV or Excel file (R12): the dialog previews, the import is one undo step."""
        dialog = import_dialog.ImportDialog(
            self._ctx, self._window, path, on_imported=lambda done: self._apply(done, self._show_all)
        )
        dialog.exec()

    def undo_import(self, history_entry_id: int) -> None:
        """ "Import rückgängig machen" at an import's History entry (R12): the whole import taken
        back in one step, itself undoable (Strg+Z writes it again)."""
        from kontaktverwaltung.services import imports  # loaded with the import dialog by now

        kept = imports.import_of_history_entry(history_entry_id)
        if kept is None:
            prompts.warn(
                self._window,
                self.tr("Import rückgängig machen"),
                self.tr("Dieser Import ist schon rückgängig gemacht oder wird nicht mehr aufbewahrt."),
            )
            return
        question = self.tr(
            "Den Import „{0}“ vom {1} ganz zurücknehmen?\n\nAnsprechpartner, die er angelegt hat, werden "
            "entfernt: {2}. Die er aktualisiert hat, bekommen ihre früheren Werte zurück: {3}."
        ).format(kept.file_name or kept.description, f"{kept.at:%d.%m.%Y %H:%M}", kept.created, kept.updated)
        if prompts.confirm(self._window, self.tr("Import rückgängig machen"), question):
            done = imports.undo_import(self._ctx, kept.import_id)
            self._apply(done, self._show_all)
            self.status.emit(self.tr("Import „{0}“ zurückgenommen.").format(kept.file_name), 8000)

    def print_customer(self) -> None:
        """actionPrintCustomer (R13): the selected customer's contact sheet, printed or as a PDF."""
        customer = self._customers.current()
        if customer is None:
            return
        printed = export_dialog.print_contact_sheet(self._window, customer.id)
        if printed is not None:
            self.status.emit(self.tr("Gedruckt: {0}").format(printed), 8000)

    def export_contacts(self) -> None:
        """Export (R13): the whole database, the selected customer, or the cards the search shows."""
        customer = self._customers.current()
        shown = self._panel.model.shown_contact_ids() if customer is not None else None
        selected = [c.id for c in self._panel.selected_cards()]
        dialog = export_dialog.ExportDialog(
            self._window,
            (customer.id, customer.name) if customer is not None else None,
            selected if len(selected) > 1 else shown,
        )
        if len(selected) > 1:  # several cards selected: those are what the user means
            dialog.ui.shownRadio.setText(self.tr("Die {0} ausgewählten Ansprechpartner").format(len(selected)))
            dialog.ui.shownRadio.setChecked(True)
        dialog.exported.connect(
            lambda result: self.status.emit(self.tr("Exportiert: {0}").format(str(result.path)), 8000)
        )
        dialog.exec()

    def show_duplicates(self) -> None:
        """Likely duplicates of the selected customer (or of all customers) with one-click merge (B3)."""
        customer = self._customers.current()
        dialog = duplicates_dialog.DuplicatesDialog(self._window, self._ctx, customer.id if customer else None)

        def merge(a: int, b: int) -> None:
            done = merge_dialog.run_merge(dialog, self._ctx, a, b)
            if done is not None:
                self._apply(done, self._show_all)
                dialog.reload()

        dialog.mergeRequested.connect(lambda a, b: self.run(lambda: merge(a, b)))
        from kontaktverwaltung.services.common import Done as Changed  # loaded with the database

        dialog.changeMade.connect(lambda change: self._apply(Changed(None, change), self._show_all))
        dialog.exec()
