"""No lost update in the forms (B5): someone else saved the record while the form was open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget

from kontaktverwaltung.domain.conflicts import three_way
from kontaktverwaltung.services import contacts
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.services.contact_form import ContactForm, save_contact
from tests.factories import contact_input, make_contact, make_customer, make_location
from tests.ui.driving import button, click, retype, shown_error
from tests.ui.test_contact_dialog import open_dialog, run

pytestmark = pytest.mark.usefixtures("db")

COLLEAGUE = Context("Kollegin am anderen Arbeitsplatz")


def test_three_way_takes_what_only_they_changed_and_asks_where_both_did():
    base = {"a": 1, "b": 1, "c": 1, "d": 1}
    mine = {"a": 2, "b": 1, "c": 3, "d": 4}
    theirs = {"a": 1, "b": 5, "c": 6, "d": 4}
    assert three_way(base, mine, theirs) == (["b"], ["c"])  # a: only mine, d: both alike


def _colleague_saves(location: int, contact: int, **fields: str) -> None:
    """Another workstation saves the contact (its own form, its own version)."""
    card = contacts.contact_card(contact)
    values = {"position": card.position, "department": card.department, **fields}
    data = contact_input(location, card.first_name, card.last_name, emails=("anna@firma.at",), **values)
    save_contact(COLLEAGUE, contact, None, ContactForm(data))


def test_their_change_to_another_field_is_taken_in_and_mine_kept(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), position="Einkauf")
    dialog = open_dialog(qtbot, location, anna)
    seen: list[str] = []

    def rename_while_a_colleague_saves(modal: QWidget) -> None:
        retype(dialog.ui.lastNameEdit, "Berger-Huber")
        _colleague_saves(location, anna, position="Leitung Einkauf")
        click(button(dialog, "saveButton"))

    def told_and_save_again(modal: QWidget) -> None:
        assert modal is dialog  # still open: nothing was overwritten
        seen.append(shown_error(dialog, "generalError"))
        assert dialog.ui.positionEdit.text() == "Leitung Einkauf"  # theirs, taken in
        assert dialog.ui.lastNameEdit.text() == "Berger-Huber"  # mine, kept
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, rename_while_a_colleague_saves, told_and_save_again) is not None
    assert seen[0].startswith("Kollegin am anderen Arbeitsplatz hat das inzwischen gespeichert.")  # named
    card = contacts.contact_card(anna)
    assert (card.last_name, card.position) == ("Berger-Huber", "Leitung Einkauf")


@pytest.mark.parametrize(("pick", "expected"), [("theirs", "Leitung Einkauf"), ("mine", "Assistenz")])
def test_a_field_both_changed_is_asked_for_and_the_choice_is_saved(qtbot, ctx, pick, expected):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), position="Einkauf")
    dialog = open_dialog(qtbot, location, anna)
    offered: list[tuple[str, str]] = []

    def change_position_while_a_colleague_does_too(modal: QWidget) -> None:
        retype(dialog.ui.positionEdit, "Assistenz")
        _colleague_saves(location, anna, position="Leitung Einkauf", department="Einkauf")
        click(button(dialog, "saveButton"))

    def choose(modal: QWidget) -> None:
        assert modal.objectName() == "ConflictDialog"
        mine = modal.findChild(QRadioButton, "mine_position")
        theirs = modal.findChild(QRadioButton, "theirs_position")
        offered.append((mine.text(), theirs.text()))
        intro = modal.findChild(QLabel).text()
        assert "wurde inzwischen von Kollegin am anderen Arbeitsplatz gespeichert" in intro  # not "jemand anderem"
        assert modal.findChild(QRadioButton, "mine_department") is None  # only they changed it: not asked
        (theirs if pick == "theirs" else mine).setChecked(True)
        click(button(modal, "saveButton"))

    def save_again(modal: QWidget) -> None:
        assert modal is dialog and dialog.ui.positionEdit.text() == expected
        assert dialog.ui.departmentEdit.text() == "Einkauf"
        assert modal.findChild(QLabel, "generalError").isVisible()
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, change_position_while_a_colleague_does_too, choose, save_again) is not None
    assert offered == [("Assistenz", "Leitung Einkauf")]
    card = contacts.contact_card(anna)
    assert (card.position, card.department) == (expected, "Einkauf")


def test_a_move_made_meanwhile_stands_after_saving_again(qtbot, ctx):
    customer = make_customer(ctx)
    vienna, graz = make_location(ctx, customer, "Wien"), make_location(ctx, customer, "Graz", "Graz")
    anna = make_contact(ctx, vienna, "Anna", "Berger", emails=("anna@firma.at",))
    dialog = open_dialog(qtbot, vienna, anna)

    def change_while_a_colleague_moves_her(modal: QWidget) -> None:
        retype(dialog.ui.positionEdit, "Einkauf")
        contacts.move_contact(COLLEAGUE, anna, None, graz)
        click(button(dialog, "saveButton"))

    def save_again(modal: QWidget) -> None:
        assert modal is dialog
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, change_while_a_colleague_moves_her, save_again) is not None
    card = contacts.contact_card(anna)
    assert (card.location_id, card.position) == (graz, "Einkauf")


@pytest.mark.parametrize("holds_it", [True, False])
def test_a_role_deleted_meanwhile_is_replaced_in_the_form_not_blamed_on_the_username(qtbot, ctx, holds_it):
    from kontaktverwaltung.services import portal

    location = make_location(ctx, make_customer(ctx))
    roles = {r.name: r.id for r in portal.roles()}
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    if holds_it:  # her saved role is deleted: the replacement comes into the form
        save_contact(
            ctx,
            anna,
            None,
            ContactForm(contact_input(location, emails=("anna@firma.at",), role_id=roles["Nur Kontakt"])),
        )
    dialog = open_dialog(qtbot, location, anna)
    if holds_it:
        retype(dialog.ui.positionEdit, "Einkauf")
    else:  # the role she is being given is deleted: she keeps the one she has
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(roles["Nur Kontakt"]))
    messages: list[str] = []

    def save_after_an_admin_deleted_the_role(modal: QWidget) -> None:
        portal.delete_role(COLLEAGUE, roles["Nur Kontakt"], roles["Personalabteilung"])
        click(button(dialog, "saveButton"))

    def told_and_save_again(modal: QWidget) -> None:
        messages.append(shown_error(dialog, "generalError"))
        assert shown_error(dialog, "usernameError") == ""
        click(button(dialog, "saveButton"))

    assert run(dialog, ctx, save_after_an_admin_deleted_the_role, told_and_save_again) is not None
    assert messages[0].startswith("Jemand anderes hat das inzwischen gespeichert.")
    assert contacts.contact_card(anna).role_name == ("Personalabteilung" if holds_it else "Standard")


# --- the same for customers and locations ------------------------------------------------------


def test_customer_form_takes_in_a_colleagues_rename_and_keeps_my_notes(qtbot, ctx):
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services.customers import CustomerInput
    from kontaktverwaltung.ui.customer_dialogs import CustomerDialog
    from kontaktverwaltung.ui.forms import run_until_saved
    from tests.ui.driving import modal_script

    customer = make_customer(ctx, "Alpenbau GmbH", "K-1")
    dialog = CustomerDialog(None, customers.customer(customer))
    qtbot.addWidget(dialog)

    def note_while_a_colleague_renames(modal: QWidget) -> None:
        dialog.ui.notesEdit.setPlainText("Rahmenvertrag bis 2027")
        customers.edit_customer(COLLEAGUE, customer, None, CustomerInput("K-1", "Alpenbau Holding GmbH"))
        click(button(dialog, "saveButton"))

    def save_again(modal: QWidget) -> None:
        assert modal is dialog and dialog.ui.nameEdit.text() == "Alpenbau Holding GmbH"
        click(button(dialog, "saveButton"))

    with modal_script(note_while_a_colleague_renames, save_again):
        done = run_until_saved(dialog, lambda: customers.edit_customer(ctx, customer, dialog.version, dialog.value()))
    assert done is not None
    now = customers.customer(customer)
    assert (now.name, now.notes) == ("Alpenbau Holding GmbH", "Rahmenvertrag bis 2027")


def test_location_form_asks_when_both_changed_the_street(qtbot, ctx):
    from kontaktverwaltung.services import locations
    from kontaktverwaltung.services.locations import LocationInput
    from kontaktverwaltung.ui.customer_dialogs import LocationDialog
    from kontaktverwaltung.ui.forms import run_until_saved
    from tests.ui.driving import modal_script

    location = make_location(ctx, make_customer(ctx), "Zentrale")
    dialog = LocationDialog(None, locations.location(location))
    qtbot.addWidget(dialog)

    def change_street_while_a_colleague_does_too(modal: QWidget) -> None:
        retype(dialog.ui.streetEdit, "Hauptplatz 2")
        current = locations.location(location)
        locations.edit_location(COLLEAGUE, location, None, LocationInput(current.name, "Ringstraße 5", city="Wien"))
        click(button(dialog, "saveButton"))

    def take_theirs(modal: QWidget) -> None:
        assert modal.objectName() == "ConflictDialog"
        assert "von Kollegin am anderen Arbeitsplatz gespeichert" in modal.findChild(QLabel).text()
        assert modal.findChild(QRadioButton, "mine_street").text() == "Hauptplatz 2"
        modal.findChild(QRadioButton, "theirs_street").setChecked(True)
        click(button(modal, "saveButton"))

    def save_again(modal: QWidget) -> None:
        assert modal is dialog and dialog.ui.streetEdit.text() == "Ringstraße 5"
        click(button(dialog, "saveButton"))

    with modal_script(change_street_while_a_colleague_does_too, take_theirs, save_again):
        done = run_until_saved(dialog, lambda: locations.edit_location(ctx, location, dialog.version, dialog.value()))
    assert done is not None
    assert (locations.location(location).street, locations.location(location).city) == ("Ringstraße 5", "Wien")
