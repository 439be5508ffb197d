"""Kundenrollen verwalten (S11), driven as an administrator would: every change is applied at once
and handed over for the undo stack (B1); names are checked at the field (R11); a role in use is
deleted only with a replacement for its contacts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from kontaktverwaltung.domain.portal import ApplicantData, JobVisibility
from kontaktverwaltung.services import common, contacts, portal
from kontaktverwaltung.services.common import Done
from kontaktverwaltung.ui.roles_dialog import RolesDialog
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, retype, shown_error, type_text

pytestmark = pytest.mark.usefixtures("db")


def _role(name: str):
    return next((r for r in portal.roles() if r.name == name), None)


def _open(qtbot, ctx) -> tuple[RolesDialog, list[Done[Any]]]:
    applied: list[Done[Any]] = []
    dialog = RolesDialog(None, applied.append, ctx)
    # Closed without asking at the end of a test: a name left typed would otherwise ask (S12).
    qtbot.addWidget(dialog, before_close_func=lambda widget: QDialog.done(widget, QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, applied


def _rows(dialog: RolesDialog) -> list[tuple[str, str]]:
    tree = dialog.ui.roleList
    return [(item.text(0), item.text(1)) for item in map(tree.topLevelItem, range(tree.topLevelItemCount()))]


def _item(dialog: RolesDialog, name: str) -> QTreeWidgetItem:
    [item] = dialog.ui.roleList.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    return item


def _click_role(dialog: RolesDialog, name: str) -> None:
    tree = dialog.ui.roleList
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(_item(dialog, name)).center())


def _choose(combo: QComboBox, text: str) -> None:
    """Pick an entry by typing its first letter, as one choice (arrow keys would apply every step)."""
    combo.setFocus()
    QTest.keyClicks(combo, text[0])
    assert combo.currentText() == text


def _selected(dialog: RolesDialog) -> str:
    return " ".join(item.text(0) for item in dialog.ui.roleList.selectedItems())


def _undo_all(applied: list[Done[Any]]) -> None:
    for done in reversed(applied):
        common.undo(done.change)


def _press(name: str):
    """A step that presses the message box button with that text or objectName."""

    def press(modal: QWidget) -> None:
        [chosen] = [b for b in modal.findChildren(QAbstractButton) if name in (b.objectName(), b.text())]
        click(chosen)

    press.__name__ = f"press_{name}"
    return press


def _with_holders(ctx, role_name: str, *names: tuple[str, str]) -> list[int]:
    location = make_location(ctx, make_customer(ctx))
    role_id = _role(role_name).id
    return [make_contact(ctx, location, first, last, role_id=role_id) for first, last in names]


# --- what is shown ----------------------------------------------------------------------------


def test_roles_are_listed_with_their_holders_and_what_they_see(qtbot, ctx):
    _with_holders(ctx, "Standortleitung", ("Anna", "Berger"), ("Bernd", "Huber"))
    dialog, _applied = _open(qtbot, ctx)
    assert dialog.objectName() == "RolesDialog"
    assert dialog.windowTitle() == "Kundenrollen verwalten"
    assert button(dialog, "closeButton").text() == "Schließen"
    assert _rows(dialog) == [
        ("Standard", "0"),
        ("Standortleitung", "2"),
        ("Personalabteilung", "0"),
        ("Nur Kontakt", "0"),
    ]
    assert _selected(dialog) == "Standard"
    assert dialog.ui.usageLabel.text() == (
        "Kein Ansprechpartner hat diese Rolle. Neue Ansprechpartner bekommen sie automatisch."
    )

    _click_role(dialog, "Standortleitung")
    ui = dialog.ui
    assert (ui.nameEdit.text(), ui.jobsCombo.currentText(), ui.applicantsCombo.currentText()) == (
        "Standortleitung",
        "Jobs des eigenen Standorts",
        "Anonymisierte Bewerberdaten",
    )
    assert [ui.jobsCombo.itemText(i) for i in range(ui.jobsCombo.count())] == [
        "Keine Jobs",
        "Eigene Jobs",
        "Jobs des eigenen Standorts",
        "Alle Jobs des Kunden",
    ]
    assert ui.summaryLabel.text() == (
        "Im Kundenportal sieht ein Ansprechpartner mit dieser Rolle die Jobs seines Standorts "
        "und anonymisierte Bewerberdaten."
    )
    assert ui.usageLabel.text() == "2 Ansprechpartner haben diese Rolle."
    assert not ui.renameButton.isEnabled()  # nothing to rename yet
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels and all(label.buddy() is not None for label in labels)


# --- create -----------------------------------------------------------------------------------


def test_a_new_role_is_created_in_one_step_and_undone(qtbot, ctx):
    before = dump_database()
    dialog, applied = _open(qtbot, ctx)
    ui = dialog.ui
    click(ui.newButton)
    assert ui.detailsBox.title() == "Neue Rolle"
    assert dialog.focusWidget() is ui.nameEdit
    assert (ui.jobsCombo.currentText(), ui.applicantsCombo.currentText()) == ("Keine Jobs", "Keine Bewerberdaten")
    assert not ui.deleteButton.isEnabled()
    type_text(ui.nameEdit, "Geschäftsführung")
    _choose(ui.jobsCombo, "Alle Jobs des Kunden")
    _choose(ui.applicantsCombo, "Vollständige Bewerberdaten")
    assert ui.summaryLabel.text() == (
        "Im Kundenportal sieht ein Ansprechpartner mit dieser Rolle alle Jobs des Kunden "
        "und vollständige Bewerberdaten."
    )
    assert applied == [] and dump_database() == before  # nothing is created before "Anlegen"

    click(button(dialog, "createButton"))
    created = _role("Geschäftsführung")
    assert created is not None
    assert (created.job_visibility, created.applicant_data) == (JobVisibility.CUSTOMER, ApplicantData.FULL)
    assert len(applied) == 1 and applied[0].value == created.id
    assert _selected(dialog) == "Geschäftsführung"
    assert ui.renameButton.isVisible() and not ui.createButton.isVisible()

    _undo_all(applied)
    assert dump_database() == before


def test_a_taken_or_empty_name_is_shown_at_the_field_and_nothing_is_saved(qtbot, ctx):
    before = dump_database()
    dialog, applied = _open(qtbot, ctx)
    ui = dialog.ui

    _click_role(dialog, "Nur Kontakt")
    retype(ui.nameEdit, "standard")  # names are unique regardless of case
    click(ui.renameButton)
    assert shown_error(dialog, "nameError") == "Eine Rolle „standard“ gibt es schon."
    assert dialog.focusWidget() is ui.nameEdit
    retype(ui.nameEdit, "   ")
    assert shown_error(dialog, "nameError") == ""  # editing the field takes its message away
    QTest.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    assert shown_error(dialog, "nameError") == "Bitte einen Namen mit höchstens 100 Zeichen eingeben."

    with modal_script(_press("discardButton")):  # leaving the typed name asks first
        click(ui.newButton)
    type_text(ui.nameEdit, "Personalabteilung")
    click(ui.createButton)
    assert shown_error(dialog, "nameError") == "Eine Rolle „Personalabteilung“ gibt es schon."
    assert ui.detailsBox.title() == "Neue Rolle" and ui.nameEdit.text() == "Personalabteilung"
    assert applied == []
    assert dump_database() == before


# --- edit -------------------------------------------------------------------------------------


def test_visible_jobs_and_applicant_data_apply_at_once_and_undo_step_by_step(qtbot, ctx):
    before = dump_database()
    dialog, applied = _open(qtbot, ctx)
    ui = dialog.ui
    _click_role(dialog, "Standard")

    _choose(ui.jobsCombo, "Jobs des eigenen Standorts")
    assert len(applied) == 1
    assert _role("Standard").job_visibility == JobVisibility.LOCATION
    after_jobs = dump_database()
    _choose(ui.applicantsCombo, "Vollständige Bewerberdaten")
    assert len(applied) == 2
    standard = _role("Standard")
    assert (standard.job_visibility, standard.applicant_data) == (JobVisibility.LOCATION, ApplicantData.FULL)
    assert ui.summaryLabel.text().endswith("die Jobs seines Standorts und vollständige Bewerberdaten.")
    assert _selected(dialog) == "Standard"

    common.undo(applied[1].change)
    assert dump_database() == after_jobs
    common.undo(applied[0].change)
    assert dump_database() == before


def test_a_role_is_renamed_with_enter_and_undone(qtbot, ctx):
    before = dump_database()
    dialog, applied = _open(qtbot, ctx)
    ui = dialog.ui
    _click_role(dialog, "Personalabteilung")
    retype(ui.nameEdit, "Human Resources")
    assert ui.renameButton.isEnabled()
    QTest.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    assert [name for name, _count in _rows(dialog)] == ["Standard", "Standortleitung", "Human Resources", "Nur Kontakt"]
    assert _selected(dialog) == "Human Resources"
    assert ui.detailsBox.title() == "Ausgewählte Rolle"
    assert dialog.isVisible()  # Enter renames; it does not close the dialog
    assert len(applied) == 1

    _undo_all(applied)
    assert dump_database() == before


def test_leaving_a_typed_name_asks_to_save_discard_or_go_on(qtbot, ctx):
    dialog, applied = _open(qtbot, ctx)
    ui = dialog.ui
    retype(ui.nameEdit, "Basis")

    with modal_script(_press("cancelButton")):  # "Weiter bearbeiten"
        _click_role(dialog, "Standortleitung")
        qtbot.waitUntil(lambda: _selected(dialog) == "Standard")
    assert ui.nameEdit.text() == "Basis" and applied == []

    with modal_script(_press("saveButton")):
        _click_role(dialog, "Standortleitung")
        qtbot.waitUntil(lambda: _selected(dialog) == "Standortleitung" and len(applied) == 1)
    assert _role("Basis") is not None and _role("Standard") is None
    assert ui.nameEdit.text() == "Standortleitung"

    retype(ui.nameEdit, "Filialleitung")
    with modal_script(_press("discardButton")):
        click(button(dialog, "closeButton"))
    assert not dialog.isVisible()
    assert _role("Standortleitung") is not None and len(applied) == 1


# --- delete -----------------------------------------------------------------------------------


def test_an_unused_role_is_deleted_after_a_yes_and_undone(qtbot, ctx):
    portal.create_role(ctx, "Temporär", JobVisibility.NONE, ApplicantData.NONE)
    before = dump_database()
    dialog, applied = _open(qtbot, ctx)
    _click_role(dialog, "Temporär")

    def says_no(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        assert modal.windowTitle() == "Kundenrolle löschen"
        assert modal.text() == "Die Kundenrolle „Temporär“ löschen? Kein Ansprechpartner hat sie."
        _press("Nein")(modal)

    with modal_script(says_no):
        click(dialog.ui.deleteButton)
    assert applied == [] and dump_database() == before

    with modal_script(_press("Ja")):
        click(dialog.ui.deleteButton)
    assert _role("Temporär") is None
    assert "Temporär" not in [name for name, _count in _rows(dialog)]
    assert _selected(dialog) == "Nur Kontakt"  # the role that was above it
    assert len(applied) == 1

    _undo_all(applied)
    assert dump_database() == before


def test_a_role_in_use_hands_its_contacts_to_the_chosen_replacement(qtbot, ctx):
    holders = _with_holders(ctx, "Standortleitung", ("Anna", "Berger"), ("Jürgen", "Weiß"))
    before = dump_database()
    dialog, applied = _open(qtbot, ctx)
    _click_role(dialog, "Standortleitung")

    def pick_personalabteilung(modal: QWidget) -> None:
        assert modal.objectName() == "replacementRoleBox"
        question = modal.findChild(QLabel).text()
        assert question.startswith(
            "2 Ansprechpartner haben die Rolle „Standortleitung“. Welche Rolle sollen sie stattdessen bekommen?"
        )
        combo = modal.findChild(QComboBox)
        assert [combo.itemText(i) for i in range(combo.count())] == ["Standard", "Personalabteilung", "Nur Kontakt"]
        _choose(combo, "Personalabteilung")
        click(button(modal, "replaceButton"))

    with modal_script(pick_personalabteilung):
        click(dialog.ui.deleteButton)
    assert _role("Standortleitung") is None
    assert {contacts.contact_card(c).role_name for c in holders} == {"Personalabteilung"}
    assert _rows(dialog) == [("Standard", "0"), ("Personalabteilung", "2"), ("Nur Kontakt", "0")]
    assert _selected(dialog) == "Personalabteilung"
    assert len(applied) == 1

    _undo_all(applied)
    assert dump_database() == before
    assert {contacts.contact_card(c).role_name for c in holders} == {"Standortleitung"}


def test_cancelling_the_replacement_question_deletes_nothing(qtbot, ctx):
    holders = _with_holders(ctx, "Personalabteilung", ("Anna", "Berger"))
    before = dump_database()
    dialog, applied = _open(qtbot, ctx)
    _click_role(dialog, "Personalabteilung")

    def cancel(modal: QWidget) -> None:
        assert (
            modal.findChild(QLabel)
            .text()
            .startswith(
                "Ein Ansprechpartner hat die Rolle „Personalabteilung“. Welche Rolle soll er stattdessen bekommen?"
            )
        )
        click(button(modal, "cancelButton"))

    with modal_script(cancel):
        click(dialog.ui.deleteButton)
    assert applied == []
    assert dump_database() == before
    assert contacts.contact_card(holders[0]).role_name == "Personalabteilung"
    assert _selected(dialog) == "Personalabteilung"


def test_changing_what_a_held_role_sees_asks_first_and_names_how_many(qtbot, ctx):
    """Issue 14 item 9: the roles dialog changed what 128 contacts may see without asking."""
    _with_holders(ctx, "Standard", ("Anna", "Berger"), ("Bernd", "Huber"))
    dialog, applied = _open(qtbot, ctx)
    ui = dialog.ui
    _click_role(dialog, "Standard")
    asked: list[str] = []

    def cancel(box) -> None:
        assert box.objectName() == "roleAccessBox" and box.defaultButton().objectName() == "cancelButton"
        asked.append(box.text())
        click(box.findChild(QPushButton, "cancelButton"))

    with modal_script(cancel):
        ui.jobsCombo.setFocus()
        QTest.keyClicks(ui.jobsCombo, "A")  # "Alle Jobs des Kunden"
    assert asked == ["2 Ansprechpartner haben die Rolle „Standard“. Was sie im Portal sehen, ändert sich für alle."]
    assert applied == [] and _role("Standard").job_visibility != JobVisibility.CUSTOMER
    assert ui.jobsCombo.currentText() != "Alle Jobs des Kunden"  # the choice went back

    def change(box) -> None:
        click(box.findChild(QPushButton, "changeButton"))

    with modal_script(change):
        index = ui.jobsCombo.findText("Alle Jobs des Kunden")  # chosen from the open list this time
        ui.jobsCombo.setCurrentIndex(index)
        ui.jobsCombo.activated.emit(index)
    assert len(applied) == 1 and _role("Standard").job_visibility == JobVisibility.CUSTOMER
