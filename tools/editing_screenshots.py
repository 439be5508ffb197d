"""Screenshots of the main window's editing and secondary dialogs, every one of them for looking at
(German, English, a small laptop screen with 125 % scaling):

    .venv/bin/python tools/editing_screenshots.py --out /tmp/shots [--language en] [--screen 1366x768 --scale 1.25]
        customer (new, edit), location (new, edit), contact (edit, new, new with a duplicate
        hint, deactivate), roles, merge, move, portal preview, contact history, the delete and
        other questions, settings, database, help, shortcuts, about, global search

The data is the demo database (``demo --customers 50 --seed 4``) in a temporary folder, opened by
the main window as the app opens it; each dialog is made with the arguments the window's editing
controller (ui/editing.py) or the window (ui/main_window.py) gives it, filled from the customer
in view: one with several locations and a contact with several e-mails and phones. A dialog the
app runs with exec() is shown instead (the questions of ui/prompts.py, made inside their
functions, are grabbed from their exec() and closed unanswered), so nothing is changed. A dialog
that fails is reported, and the others are still taken. Nothing of the user's (database,
settings) is touched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_setup import grab, offscreen, parse_screenshot_arguments, screenshot_parser, settle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kontaktverwaltung.domain.records import ContactCard
    from kontaktverwaltung.ui.main_window import MainWindow

MODAL_TIMEOUT_S = 20
HARMLESS = ("This plugin does not support propagateSizeHints",)  # the offscreen platform's chatter


def _arguments() -> argparse.Namespace:
    parser = screenshot_parser(
        __doc__,
        docs_help="(not offered: these dialogs have no picture in the README)",
        out_help="folder for every dialog (customer_edit.png, contact_edit.png, …)",
    )
    args = parse_screenshot_arguments(parser)
    if args.docs:
        parser.error("--docs: these dialogs have no picture in the README; use --out FOLDER")
    return args


class Shots:
    """Takes one dialog after the other into ``out``; a dialog that fails is reported, not fatal."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.taken: list[Path] = []
        self.failed: list[str] = []

    def take(self, name: str, make: Callable[[], QWidget], before: Callable[[Any], None] | None = None) -> None:
        """``make`` builds the dialog as the app would; it is shown, ``before`` (typing, choosing)
        done on it, then grabbed as ``name``.png and closed unsaved."""
        dialog = None
        try:
            dialog = make()
            dialog.show()
            settle()
            if before is not None:
                before(dialog)
            settle()
            self._save(dialog, name)
        except Exception as error:
            self._fail(name, error)
        finally:
            if dialog is not None:
                _close(dialog)

    def take_modal(self, name: str, ask: Callable[[], object]) -> None:
        """``ask`` runs a question of ui/prompts.py (a message box it makes and runs with exec()):
        the box is grabbed once it shows, then closed unanswered (its "Abbrechen" answer)."""
        state: dict[str, Any] = {"done": False, "error": None, "start": time.monotonic()}

        def look() -> None:
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication

            if state["done"]:
                return
            box = QApplication.activeModalWidget()
            if box is None or not box.isVisible():
                if time.monotonic() - state["start"] > MODAL_TIMEOUT_S:
                    state["error"] = TimeoutError(f"no dialog showed within {MODAL_TIMEOUT_S} s")
                    return
                QTimer.singleShot(20, look)
                return
            try:
                settle()
                self._save(box, name)
            except Exception as error:
                state["error"] = error
            finally:
                _close(box)

        try:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, look)
            ask()
        except Exception as error:
            state["error"] = state["error"] or error
        finally:
            state["done"] = True
        if state["error"] is not None:
            self._fail(name, state["error"])
        elif not (self.out / f"{name}.png").exists():
            self._fail(name, RuntimeError("the question returned without showing a dialog"))

    def _save(self, dialog: QWidget, name: str) -> None:
        path = grab(dialog, self.out / f"{name}.png")
        screen = dialog.screen().availableGeometry()
        note = ""
        if dialog.width() > screen.width() or dialog.height() > screen.height():
            note = f"  LARGER THAN THE SCREEN ({screen.width()}x{screen.height()})"
        print(f"{path}  {dialog.width()}x{dialog.height()}{note}")
        self.taken.append(path)

    def _fail(self, name: str, error: BaseException) -> None:
        self.failed.append(name)
        print(f"FAILED {name}: {type(error).__name__}: {error}", file=sys.stderr)
        trace = "".join(traceback.format_exception(error)).rstrip()
        print("    " + trace.replace("\n", "\n    "), file=sys.stderr)


def _close(dialog: QWidget) -> None:
    """Close without saving and without the "unsaved changes?" question of a form."""
    from PySide6.QtWidgets import QDialog

    try:
        if isinstance(dialog, QDialog):
            QDialog.done(dialog, QDialog.DialogCode.Rejected)
        else:
            dialog.close()
        dialog.deleteLater()
        settle()
    except Exception as error:
        print(f"(closing {dialog.objectName() or type(dialog).__name__}: {error})", file=sys.stderr)


class Subjects(NamedTuple):
    """Whom the dialogs show (ids of the demo data)."""

    number: str  # a customer with several locations, in view for most dialogs
    contact_id: int  # its contact with the most e-mails and phones
    portal_id: int  # a contact who can sign in to the portal and sees released jobs
    merge_ids: tuple[int, int | None]  # the strongest duplicate pair


def _subjects() -> Subjects:
    from kontaktverwaltung.services import contacts, customers, duplicates, portal

    best: tuple[tuple[int, ...], str, int] | None = None
    ready: tuple[tuple[int, ...], int] | None = None
    for customer in customers.list_customers():
        panel = customers.load_panel(customer.id)
        for card in panel.contacts:
            channels = len(contacts.channels_of(card.id))
            preview = portal.portal_preview(card.id)
            login = (int(preview.readiness.can_login), len(preview.jobs), channels)
            if ready is None or login > ready[0]:
                ready = (login, card.id)
            if len(panel.locations) < 2:
                continue
            score = (channels, int(bool(card.username and card.active)), len(panel.locations))
            if best is None or score > best[0]:
                best = (score, customer.number, card.id)
    if best is None or ready is None:
        raise SystemExit("the demo data has no customer with several locations")
    pairs = duplicates.duplicate_pairs()
    pair = (pairs[0].a.id, pairs[0].b.id) if pairs else (best[2], None)
    return Subjects(best[1], best[2], ready[1], pair)


def _open_at(window: MainWindow, contact_id: int) -> ContactCard:
    """The window shows the contact's customer with that card selected, as a click on it would."""
    from kontaktverwaltung.services import contacts

    card = contacts.contact_card(contact_id)
    window.open_contact(card.customer_id, contact_id)
    window.wait_until_loaded()

    def selected_id() -> int | None:
        current = window.current_card()
        return current.id if current is not None else None

    settle(lambda: selected_id() == contact_id)
    settle()
    selected = window.current_card()
    assert selected is not None
    return selected


def _type(widget: QWidget, text: str) -> None:
    """Type into a field as the user would (its textEdited signals fire)."""
    from PySide6.QtTest import QTest

    widget.setFocus()
    QTest.keyClicks(widget, text)


def _quiet_qt_messages(_kind: object, _context: object, message: str) -> None:
    if not message.startswith(HARMLESS):
        print(message, file=sys.stderr)


def main() -> int:
    args = _arguments()
    work = offscreen(args, "kv-editing-screenshots-")
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kontaktverwaltung.app import application, build_main_window
    from kontaktverwaltung.domain.conflicts import changed_fields
    from kontaktverwaltung.domain.contact import InactiveReason
    from kontaktverwaltung.services import contacts, customers, duplicates, locations, portal
    from kontaktverwaltung.services.demo import generate
    from kontaktverwaltung.store.opening import close_database, open_database
    from kontaktverwaltung.ui import (
        contact_dialog,
        contact_history,
        contact_place,
        customer_dialogs,
        database_dialog,
        duplicate_hint,
        global_search,
        help_dialog,
        identity,
        merge_dialog,
        portal_preview,
        prompts,
        roles_dialog,
        settings_dialog,
    )

    qInstallMessageHandler(_quiet_qt_messages)
    application()
    url = f"sqlite:///{work / 'demo.sqlite3'}"
    open_database(url)
    generate(50, 4)
    subjects = _subjects()
    close_database()  # the window opens it, as the app does

    window = build_main_window(url)
    screen = QApplication.primaryScreen().availableGeometry()
    window.resize(min(1280, screen.width() * 4 // 5), min(800, screen.height() * 4 // 5))
    window.show()
    window.open_customer_number(subjects.number)
    window.wait_until_loaded()
    settle()
    print(f"screen {screen.width()}x{screen.height()} (logical pixels); customer {subjects.number}")
    ctx = window.ctx
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    shots = Shots(out)

    def tr(text: str) -> str:  # the controller's words, as it says them
        return QCoreApplication.translate("EditingController", text)

    card = _open_at(window, subjects.contact_id)
    panel = window.panel.panel
    assert panel is not None
    customer = window.current_customer()
    location = window.current_location()
    assert customer is not None and location is not None

    # --- customers and locations (EditingController.new_customer … edit_location) -----------------
    shots.take("customer_new", lambda: customer_dialogs.CustomerDialog(window, None))
    shots.take("customer_edit", lambda: customer_dialogs.CustomerDialog(window, customer))
    shots.take("location_new", lambda: customer_dialogs.LocationDialog(window, None))
    shots.take("location_edit", lambda: customer_dialogs.LocationDialog(window, location))

    # --- contacts (EditingController._contact_dialog) ---------------------------------------------
    hints: list[duplicate_hint.DuplicateHint] = []  # of the new contact's forms, newest last

    def contact_form(card: ContactCard | None, deactivate: bool = False) -> QWidget:
        """For the card, or a new contact at the location in view, of the customer in view."""
        shown = window.panel.panel
        where = window.current_location()
        assert shown is not None and where is not None
        place = contact_place.ContactPlace(shown.customer.name, shown.locations)
        location_id = card.location_id if card is not None else where.id
        dialog = contact_dialog.ContactDialog(window, location_id, card, ctx.region, deactivate, place)
        if card is None:  # B3: a likely duplicate shows while the new contact is typed
            hints.append(duplicate_hint.DuplicateHint(dialog, ctx, shown.customer.id))
        return dialog

    def preview(card: ContactCard) -> QWidget:
        return portal_preview.PortalPreviewDialog(
            window, card, contacts.channels_of(card.id), portal.portal_preview(card.id)
        )

    shots.take("contact_edit", lambda: contact_form(card))
    shots.take("contact_new", lambda: contact_form(None))
    twin = next((c for c in panel.contacts if c.id != card.id and c.last_name), card)

    def type_a_twin(dialog: Any) -> None:  # B3: the hint under the name
        _type(dialog.ui.firstNameEdit, twin.first_name)
        _type(dialog.ui.lastNameEdit, twin.last_name)
        settle(lambda: not hints[-1].looking)

    shots.take("contact_new_duplicate_hint", lambda: contact_form(None), type_a_twin)
    shots.take("contact_deactivate", lambda: contact_form(card, deactivate=True))

    # --- roles, move, merge, portal, history ------------------------------------------------------
    shots.take(
        "roles",
        lambda: roles_dialog.RolesDialog(window, lambda done: window.undo.apply(done, window.reload_panel), ctx),
    )
    shots.take(
        "move_contact",
        lambda: customer_dialogs.MoveContactDialog(window, panel.locations, card.location_id, card.name()),
    )
    at_location = len(window.panel.model.contacts_at(location.id))
    shots.take(  # "Standort löschen" of a location with contacts: where they go first (R9)
        "move_contacts_of_location",
        lambda: customer_dialogs.MoveContactDialog(window, panel.locations, location.id, count=at_location),
    )
    shots.take(  # several cards selected (issue 14)
        "move_several",
        lambda: customer_dialogs.MoveContactDialog(window, panel.locations, None, count=3),
    )
    shots.take("portal_preview_no_login", lambda: preview(card))
    shots.take("contact_history", lambda: contact_history.ContactHistoryDialog(window, card))

    # --- the questions (ui/prompts.py, as the controller asks them) -------------------------------
    shots.take_modal("delete_contact", lambda: prompts.ask_delete_contact(window, contacts.delete_impact(card.id)))
    shots.take_modal(
        "delete_customer",
        lambda: prompts.ask_delete_customer(
            window, customer.name, customers.delete_customer_impact(customer.id).summary()
        ),
    )
    shots.take_modal(
        "delete_location_with_contacts",
        lambda: prompts.ask_location_with_contacts(window, location.name, at_location),
    )
    shots.take_modal(
        "delete_location_empty",
        lambda: prompts.confirm(
            window, tr("Standort löschen"), tr("Standort „{0}“ löschen?").format(panel.locations[-1].name)
        ),
    )
    shots.take_modal(
        "deactivate_several",
        lambda: prompts.ask_inactive_reason(window, 3, [(r.value, r.label()) for r in InactiveReason]),
    )
    names = {loc.id: loc.name for loc in panel.locations}
    seen = {**card._asdict(), "location_name": names.get(card.location_id, "")}
    now = {**seen, "position": "Leitung Personal und Recruiting", "department": "Human Resources", "version": 99}
    shots.take_modal(
        "changed_meanwhile",
        lambda: prompts.ask_changed_meanwhile(window, tr("löschen"), card.name(), changed_fields(seen, now)),
    )
    shots.take_modal("unsaved_changes", lambda: prompts.ask_unsaved_changes(window))

    # --- a contact who can sign in to the portal (another customer) -------------------------------
    def open_portal_contact() -> ContactCard:
        return _open_at(window, subjects.portal_id)

    shots.take("contact_edit_portal", lambda: contact_form(open_portal_contact()))
    shots.take("portal_preview", lambda: preview(open_portal_contact()))

    # --- merge (EditingController.merge_contact, the pair as the duplicates view offers it) -------
    def merge() -> QWidget:
        first = _open_at(window, subjects.merge_ids[0])
        candidates = duplicates.merge_candidates(first.id)
        dialog = merge_dialog.MergeDialog(window, first, candidates, locations.locations_of(first.customer_id))
        if subjects.merge_ids[1] is not None:
            dialog.choose_candidate(subjects.merge_ids[1])
        return dialog

    shots.take("merge", merge)

    # --- the window's own (MainWindow.settings … show_about) and the global search ----------------
    shots.take("settings", lambda: settings_dialog.SettingsDialog(window))
    shots.take("database", lambda: database_dialog.DatabaseDialog(window))

    def server(dialog: Any) -> None:  # "Datenbankserver" chosen and filled in
        ui = dialog.ui
        ui.serverRadio.setChecked(True)
        ui.hostEdit.setText("db01.example.net")
        ui.databaseEdit.setText("kv_main")
        ui.userEdit.setText("recruiting")
        ui.passwordEdit.setText("s3cret-pass")

    shots.take("database_server", lambda: database_dialog.DatabaseDialog(window), server)
    shots.take("help", lambda: help_dialog.HelpDialog(window, window.window_actions.actionShortcuts))
    shots.take("shortcuts", lambda: help_dialog.ShortcutsDialog(window))
    shots.take("about", lambda: identity.AboutDialog(window, window.database_label, identity.default_data_folder()))

    def search(dialog: Any) -> None:
        _type(dialog.query, "huber")
        settle(lambda: dialog.results.count() > 0)

    shots.take("global_search", lambda: global_search.GlobalSearchDialog(window), search)

    # --- the history of a contact changed a few times (in the temporary database) -----------------
    def changed_history() -> QWidget:
        card = _open_at(window, subjects.contact_id)
        shown = window.panel.panel
        assert shown is not None
        there = next(loc.id for loc in shown.locations if loc.id != card.location_id)
        for change in (
            lambda version: contacts.move_contact(ctx, card.id, version, there),
            lambda version: contacts.set_active(ctx, card.id, version, False, InactiveReason.BILDUNGSKARENZ),
            lambda version: contacts.set_active(ctx, card.id, version, True),
            lambda version: contacts.move_contact(ctx, card.id, version, card.location_id),
        ):
            window.undo.apply(change(contacts.contact_card(card.id).version), window.reload_panel)
        return contact_history.ContactHistoryDialog(window, _open_at(window, card.id))

    shots.take("contact_history_changes", changed_history)

    window.close()
    settle()
    close_database()
    shutil.rmtree(work, ignore_errors=True)
    print(f"{len(shots.taken)} screenshots in {out}", end="")
    print(f"; FAILED: {', '.join(shots.failed)}" if shots.failed else "")
    return 1 if shots.failed else 0


if __name__ == "__main__":
    sys.exit(main())
