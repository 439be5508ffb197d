"""The customer, location, contact and move dialogs and the delete prompts, driven as a user
would: typing, clicking, pressing Enter (S3, S4, S6, S7, S10, S14, R6, R8, R9, R11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kontaktverwaltung.domain.records import CustomerView, LocationView
from kontaktverwaltung.domain.results import DeleteImpact
from kontaktverwaltung.services import contacts, customers, locations
from kontaktverwaltung.services.customers import CustomerInput
from kontaktverwaltung.services.locations import LocationInput
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.customer_dialogs import CustomerDialog, LocationDialog, MoveContactDialog
from kontaktverwaltung.ui.forms import run_until_saved
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, retype, shown_error, type_text

# --- customer (S14) ---------------------------------------------------------------------------


def test_customer_dialog_collects_what_was_typed(qtbot):
    dialog = CustomerDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "CustomerDialog"
    assert dialog.windowTitle() == "Neuer Kunde"
    type_text(dialog.ui.numberEdit, "K-1024")
    type_text(dialog.ui.nameEdit, "Müller & Söhne GmbH")
    type_text(dialog.ui.notesEdit, "Rahmenvertrag bis März")
    assert dialog.value() == CustomerInput("K-1024", "Müller & Söhne GmbH", "Rahmenvertrag bis März")


def test_customer_dialog_edits_the_given_customer(qtbot):
    customer = CustomerView(7, 3, "K-7", "Alpenbau GmbH", "Zahlt pünktlich.", "Wien")
    dialog = CustomerDialog(None, customer)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Kunde bearbeiten"
    retype(dialog.ui.nameEdit, "Alpenbau AG")
    assert dialog.value() == CustomerInput("K-7", "Alpenbau AG", "Zahlt pünktlich.")


@pytest.mark.parametrize("make", [lambda: CustomerDialog(None, None), lambda: LocationDialog(None, None)])
def test_form_dialogs_speak_german_and_every_label_has_its_field(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.ui.buttonBox.buttons()] in (
        ["&Speichern", "Abbrechen"],
        ["Abbrechen", "&Speichern"],
    )
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels and all(label.buddy() is not None for label in labels)
    assert all(shown_error(dialog, label.objectName()) == "" for label in dialog.findChildren(QLabel, "generalError"))


def test_taken_customer_number_is_shown_at_the_field_and_nothing_is_saved(qtbot, db, ctx):
    make_customer(ctx, "Alpenbau GmbH", number="K-1")
    dialog = CustomerDialog(None, None)
    qtbot.addWidget(dialog)

    def fill_in_and_save(modal: QWidget) -> None:
        assert modal is dialog
        type_text(dialog.ui.numberEdit, "K-1")
        type_text(dialog.ui.nameEdit, "Bergbahnen Söll AG")
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert modal is dialog  # still open, with what was typed
        assert shown_error(dialog, "numberError") == "Die Kundennummer „K-1“ ist schon vergeben."
        assert shown_error(dialog, "nameError") == ""
        assert dialog.focusWidget() is dialog.ui.numberEdit
        assert dialog.ui.nameEdit.text() == "Bergbahnen Söll AG"
        assert [c.name for c in customers.list_customers()] == ["Alpenbau GmbH"]
        click(button(dialog, "cancelButton"))

    with modal_script(fill_in_and_save, refused, discard):
        assert run_until_saved(dialog, lambda: customers.create_customer(ctx, dialog.value())) is None
    assert [c.name for c in customers.list_customers()] == ["Alpenbau GmbH"]


def test_a_corrected_customer_number_saves_once(qtbot, db, ctx):
    make_customer(ctx, "Alpenbau GmbH", number="K-1")
    dialog = CustomerDialog(None, None)
    qtbot.addWidget(dialog)

    def fill_in_and_save(modal: QWidget) -> None:
        type_text(dialog.ui.numberEdit, "K-1")
        type_text(dialog.ui.nameEdit, "Bergbahnen Söll AG")
        QTest.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # Enter saves

    def correct_and_save(modal: QWidget) -> None:
        retype(dialog.ui.numberEdit, "K-2")
        assert shown_error(dialog, "numberError") == ""  # editing the field takes its message away
        click(button(dialog, "saveButton"))

    with modal_script(fill_in_and_save, correct_and_save):
        done = run_until_saved(dialog, lambda: customers.create_customer(ctx, dialog.value()))
    assert done is not None
    assert sorted((c.number, c.name) for c in customers.list_customers()) == [
        ("K-1", "Alpenbau GmbH"),
        ("K-2", "Bergbahnen Söll AG"),
    ]


# --- location (S3, S6) ------------------------------------------------------------------------


def test_location_dialog_starts_in_austria_and_collects_the_address(qtbot):
    dialog = LocationDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "LocationDialog"
    assert dialog.windowTitle() == "Neuer Standort"
    combo = dialog.ui.countryCombo
    assert combo.currentData() == "AT" and combo.currentText() == "Österreich (AT)"
    assert [combo.itemData(i) for i in range(3)] == ["AT", "DE", "CH"]  # home countries first, by name
    type_text(dialog.ui.nameEdit, "Filiale Graz")
    type_text(dialog.ui.streetEdit, "Herrengasse 5")
    type_text(dialog.ui.postalCodeEdit, "8010")
    type_text(dialog.ui.cityEdit, "Graz")
    type_text(dialog.ui.phoneEdit, "0316 123456")
    assert dialog.value() == LocationInput("Filiale Graz", "Herrengasse 5", "8010", "Graz", "AT", "0316 123456")


def test_location_problems_are_shown_at_their_fields_until_corrected(qtbot, db, ctx):
    customer = make_customer(ctx)
    dialog = LocationDialog(None, None)
    qtbot.addWidget(dialog)

    def without_name(modal: QWidget) -> None:
        type_text(dialog.ui.cityEdit, "Zürich")
        dialog.ui.countryCombo.setCurrentIndex(dialog.ui.countryCombo.findData("CH"))
        click(button(dialog, "saveButton"))

    def refused(modal: QWidget) -> None:
        assert shown_error(dialog, "nameError") == "Bitte einen Namen für den Standort eingeben."
        assert shown_error(dialog, "cityError") == ""
        assert dialog.focusWidget() is dialog.ui.nameEdit  # the first bad field
        assert locations.locations_of(customer) == []
        type_text(dialog.ui.nameEdit, "Niederlassung Zürich")
        click(button(dialog, "saveButton"))

    with modal_script(without_name, refused):
        done = run_until_saved(dialog, lambda: locations.create_location(ctx, customer, dialog.value()))
    assert done is not None
    [saved] = locations.locations_of(customer)
    assert (saved.id, saved.name, saved.city, saved.country) == (done.value, "Niederlassung Zürich", "Zürich", "CH")


# --- move (R8) --------------------------------------------------------------------------------


def test_move_dialog_offers_only_the_other_locations_and_moves_there(qtbot, db, ctx):
    customer = make_customer(ctx)
    home = make_location(ctx, customer, "Zentrale", "Wien")
    graz = make_location(ctx, customer, "Filiale Graz", "Graz")
    make_location(ctx, customer, "Lager Linz", "Linz")
    make_location(ctx, make_customer(ctx, "Andere GmbH"), "Fremder Standort")
    card = contacts.contact_card(make_contact(ctx, home, "Jürgen", "Weiß"))
    dialog = MoveContactDialog(None, locations.locations_of(customer), card.location_id, card.display_name)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "MoveContactDialog"
    assert dialog.windowTitle() == "Frau Jürgen Weiß verschieben"  # the person named (issue 14)
    assert [dialog.locationList.item(i).text() for i in range(dialog.locationList.count())] == [
        "Filiale Graz\nRingstraße 1, 1010 Graz",
        "Lager Linz\nRingstraße 1, 1010 Linz",
    ]
    move = button(dialog, "saveButton")
    assert move.text() == "&Verschieben"
    assert not move.isEnabled()
    assert dialog.chosen_location_id() is None

    def pick_graz(modal: QWidget) -> None:
        item = dialog.locationList.item(0)
        QTest.mouseClick(
            dialog.locationList.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.locationList.visualItemRect(item).center(),
        )
        assert move.isEnabled()
        click(move)

    with modal_script(pick_graz):
        done = run_until_saved(
            dialog, lambda: contacts.move_contact(ctx, card.id, card.version, dialog.chosen_location_id() or 0)
        )
    assert done is not None
    assert dialog.chosen_location_id() == graz
    assert contacts.contact_card(card.id).location_id == graz


def test_move_dialog_says_when_there_is_no_other_location(qtbot):
    only = LocationView(1, 1, 1, "Zentrale", "", "", "", "AT", "", 0, "")
    dialog = MoveContactDialog(None, [only], 1, "Frau Anna Berger")
    qtbot.addWidget(dialog)
    assert dialog.locationList.count() == 0
    assert "keinen anderen Standort" in dialog.findChild(QLabel, "noOtherLocationLabel").text()
    assert not button(dialog, "saveButton").isEnabled()


# --- prompts (S4, R6, R9) ---------------------------------------------------------------------

IMPACT = DeleteImpact(1, "Frau Anna Berger", jobs=2, history_entries=12, portal_login=True, channels=3)


def test_delete_prompt_of_a_contact_without_links_says_so(qtbot):
    texts: list[str] = []

    def read(box: QWidget) -> None:
        texts.append(box.informativeText())
        QTest.keyClick(box, Qt.Key.Key_Escape)

    plain = DeleteImpact(2, "Herr Jan Kurz", jobs=0, history_entries=0, portal_login=False, channels=1)
    with modal_script(read):
        assert prompts.ask_delete_contact(None, plain) == "cancel"
    assert texts[0].startswith("Es hängen keine Jobs, History-Einträge oder Portalzugänge an dieser Person.")
    assert " 0 " not in texts[0]


def test_delete_prompt_names_the_lost_links_and_enter_deactivates_instead(qtbot):
    def read_and_press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.defaultButton().text() == "Stattdessen deaktivieren"
        assert sorted(b.text() for b in box.buttons()) == ["Abbrechen", "Löschen", "Stattdessen deaktivieren"]
        assert "„Frau Anna Berger“" in box.text()
        assert "2 Jobs, 12 History-Einträge und 1 Portalzugang" in box.informativeText()
        assert "stattdessen deaktivieren" in box.informativeText()
        QTest.keyClick(box, Qt.Key.Key_Return)

    with modal_script(read_and_press_enter):
        assert prompts.ask_delete_contact(None, IMPACT) == "deactivate"


@pytest.mark.parametrize(("press", "answer"), [("Löschen", "delete"), ("Abbrechen", "cancel"), ("Escape", "cancel")])
def test_delete_prompt_answers(qtbot, press, answer):
    def choose(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        if press == "Escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            click(next(b for b in box.buttons() if b.text() == press))

    with modal_script(choose):
        assert prompts.ask_delete_contact(None, IMPACT) == answer


@pytest.mark.parametrize(("key", "answer"), [(Qt.Key.Key_Return, True), (Qt.Key.Key_Escape, False)])
def test_location_with_contacts_prompt_offers_to_move_them_first(qtbot, key, answer):
    def read_and_answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "„Filiale Graz“ hat noch 3 Ansprechpartner. Zuerst verschieben?" in box.text()
        assert box.defaultButton().text() == "Verschieben …"
        QTest.keyClick(box, key)

    with modal_script(read_and_answer):
        assert prompts.ask_location_with_contacts(None, "Filiale Graz", 3) is answer


def test_confirm_asks_in_german_and_defaults_to_no(qtbot):
    def read_and_press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert sorted(b.text() for b in box.buttons()) == ["Ja", "Nein"]
        QTest.keyClick(box, Qt.Key.Key_Return)

    with modal_script(read_and_press_enter):
        assert prompts.confirm(None, "Standort löschen", "Standort „Lager“ löschen?") is False


# --- the driver itself ------------------------------------------------------------------------


def test_a_dialog_left_open_fails_the_test_instead_of_hanging(qtbot):
    dialog = CustomerDialog(None, None)
    qtbot.addWidget(dialog)

    def only_look(modal: QWidget) -> None:
        assert modal is dialog

    with pytest.raises(AssertionError, match="still open"), modal_script(only_look):
        assert dialog.exec() == QDialog.DialogCode.Rejected


def test_a_dialog_that_never_opens_fails_at_the_deadline(qtbot):
    def never_played(modal: QWidget) -> None:
        raise AssertionError("unreachable")

    with pytest.raises(AssertionError, match="not played"), modal_script(never_played, deadline_ms=50) as script:
        qtbot.waitUntil(lambda: script.expired)


def test_notes_field_passes_tab_on_to_the_next_control(qtbot):
    dialog = CustomerDialog(None, None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.ui.notesEdit, QPlainTextEdit)
    assert dialog.ui.notesEdit.tabChangesFocus()


# --- unsaved changes (S12) ------------------------------------------------------------------------


def discard(modal: QWidget) -> None:
    """Answer the unsaved-changes question with "Verwerfen"."""
    assert modal.objectName() == "unsavedChangesBox", modal.objectName()
    click(button(modal, "discardButton"))


def test_closing_an_unchanged_form_asks_nothing(qtbot, db, ctx):
    dialog = CustomerDialog(None, None)
    qtbot.addWidget(dialog)
    with modal_script(lambda modal: QTest.keyClick(modal, Qt.Key.Key_Escape)):
        assert run_until_saved(dialog, lambda: customers.create_customer(ctx, dialog.value())) is None


def test_closing_with_changes_asks_and_going_on_keeps_what_was_typed(qtbot, db, ctx):
    dialog = LocationDialog(None, None)
    qtbot.addWidget(dialog)
    seen: list[str] = []

    def type_and_close(modal: QWidget) -> None:
        type_text(dialog.ui.nameEdit, "Werk Süd")
        modal.close()  # the window's close button

    def go_on(modal: QWidget) -> None:
        seen.append(modal.windowTitle())
        assert modal.findChild(QPushButton, "saveButton").isDefault()
        QTest.keyClick(modal, Qt.Key.Key_Escape)  # Escape means "Weiter bearbeiten"

    def still_there(modal: QWidget) -> None:
        assert modal is dialog and dialog.ui.nameEdit.text() == "Werk Süd"
        click(button(dialog, "cancelButton"))

    with modal_script(type_and_close, go_on, still_there, discard):
        assert run_until_saved(dialog, dialog.value) is None
    assert seen == ["Ungespeicherte Änderungen"]


def test_saving_from_the_question_saves(qtbot, db, ctx):
    customer = make_customer(ctx, "Alpenbau GmbH", number="K-1")
    dialog = CustomerDialog(None, customers.list_customers()[0])
    qtbot.addWidget(dialog)

    def rename_and_cancel(modal: QWidget) -> None:
        retype(dialog.ui.nameEdit, "Alpenbau Holding GmbH")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def save(modal: QWidget) -> None:
        click(button(modal, "saveButton"))

    with modal_script(rename_and_cancel, save):
        saved = run_until_saved(dialog, lambda: customers.edit_customer(ctx, customer, None, dialog.value()))
    assert saved is not None
    assert [c.name for c in customers.list_customers()] == ["Alpenbau Holding GmbH"]


def test_discarding_from_the_question_saves_nothing(qtbot, db, ctx):
    customer = make_customer(ctx, "Alpenbau GmbH", number="K-1")
    dialog = CustomerDialog(None, customers.list_customers()[0])
    qtbot.addWidget(dialog)

    def rename_and_cancel(modal: QWidget) -> None:
        retype(dialog.ui.nameEdit, "Alpenbau Holding GmbH")
        click(button(dialog, "cancelButton"))

    with modal_script(rename_and_cancel, discard):
        assert run_until_saved(dialog, lambda: customers.edit_customer(ctx, customer, None, dialog.value())) is None
    assert [c.name for c in customers.list_customers()] == ["Alpenbau GmbH"]


def test_an_unexpected_database_error_keeps_the_form_open_with_a_german_message(qtbot, db, ctx, logged_errors):
    import peewee

    dialog = CustomerDialog(None, None)
    qtbot.addWidget(dialog)
    attempts: list[int] = []

    def save():
        attempts.append(1)
        if len(attempts) == 1:
            raise peewee.OperationalError("database is locked")
        return customers.create_customer(ctx, dialog.value())

    def fill_in_and_save(modal: QWidget) -> None:
        type_text(dialog.ui.numberEdit, "K-7")
        type_text(dialog.ui.nameEdit, "Bergbahnen Söll AG")
        click(button(dialog, "saveButton"))

    def told_and_try_again(modal: QWidget) -> None:
        assert modal is dialog and dialog.ui.nameEdit.text() == "Bergbahnen Söll AG"
        assert shown_error(dialog, "generalError").startswith("Speichern ist gerade nicht möglich: database is locked.")
        click(button(dialog, "saveButton"))

    with modal_script(fill_in_and_save, told_and_try_again):
        assert run_until_saved(dialog, save) is not None
    assert [c.name for c in customers.list_customers()] == ["Bergbahnen Söll AG"]
    assert [r.exc_info[1].args for r in logged_errors if r.exc_info] == [("database is locked",)]  # the log keeps it
