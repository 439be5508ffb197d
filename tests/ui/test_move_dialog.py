"""The move dialog names who moves and from where, singular or plural, and never shows a row as
chosen while "Verschieben" is off (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from kontaktverwaltung.domain.records import LocationView
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.customer_dialogs import MoveContactDialog
from tests.ui.driving import button, modal_script
from tests.ui.test_main_window import header_index, select_card

VIENNA = LocationView(1, 1, 1, "Zentrale Wien", "Ring 1", "1010", "Wien", "AT", "", 0, "")
GRAZ = LocationView(2, 1, 1, "Werk Graz", "Lend 2", "8020", "Graz", "AT", "", 1, "")
LINZ = LocationView(3, 1, 1, "Lager Linz", "", "4020", "Linz", "AT", "", 2, "")


def _intro(dialog) -> str:
    return dialog.findChild(QLabel, "introLabel").text()


def test_one_person_is_named_with_the_location_they_leave(qtbot):
    dialog = MoveContactDialog(None, [VIENNA, GRAZ, LINZ], 1, "Frau Anna Berger")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Frau Anna Berger verschieben"
    assert _intro(dialog) == (
        "„Frau Anna Berger“ von „Zentrale Wien“ an einen anderen Standort verschieben.\n"
        "Jobs und History bleiben bei der Person."
    )


def test_several_people_are_counted_in_the_plural(qtbot):
    dialog = MoveContactDialog(None, [VIENNA, GRAZ], 1, count=3)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "3 Ansprechpartner verschieben"
    assert _intro(dialog) == (
        "Die 3 Ansprechpartner von „Zentrale Wien“ an einen anderen Standort verschieben.\n"
        "Jobs und History bleiben bei den Personen."
    )
    one = MoveContactDialog(None, [VIENNA, GRAZ], 1, count=1)
    qtbot.addWidget(one)
    assert _intro(one).startswith("Den Ansprechpartner von „Zentrale Wien“")


def test_no_row_looks_chosen_while_verschieben_is_off(qtbot):
    dialog = MoveContactDialog(None, [VIENNA, GRAZ, LINZ], 1, "Frau Anna Berger")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.locationList.setFocus()
    move = button(dialog, "saveButton")
    assert not move.isEnabled()
    assert dialog.locationList.currentRow() == -1 and not dialog.locationList.selectedItems()
    QTest.keyClick(dialog.locationList, Qt.Key.Key_Down)  # the arrow picks the first one
    assert dialog.locationList.selectedItems() and move.isEnabled()
    dialog.done(0)


def test_the_only_other_location_is_chosen_at_once(qtbot):
    dialog = MoveContactDialog(None, [VIENNA, GRAZ], 1, "Frau Anna Berger")
    qtbot.addWidget(dialog)
    assert dialog.chosen_location_id() == 2 and button(dialog, "saveButton").isEnabled()


def test_the_window_names_the_card_and_its_location(window):
    select_card(window, "Anna Berger")
    seen = []

    def look(dialog):
        seen.append((dialog.windowTitle(), _intro(dialog).splitlines()[0]))
        dialog.done(0)

    with modal_script(look):
        window.actionMoveContact.trigger()
    assert seen == [
        (
            "Frau Anna Berger verschieben",
            "„Frau Anna Berger“ von „Zentrale Wien“ an einen anderen Standort verschieben.",
        )
    ]


def test_deleting_a_location_names_how_many_move_and_from_where(window, monkeypatch):
    monkeypatch.setattr(prompts, "ask_location_with_contacts", lambda parent, name, count: True)
    window.panel_view.setCurrentIndex(header_index(window, "Zentrale Wien"))
    seen = []

    def look(dialog):
        seen.append((dialog.windowTitle(), _intro(dialog).splitlines()[0]))
        dialog.done(0)

    with modal_script(look):
        window.actionDeleteLocation.trigger()
    assert seen == [
        (
            "2 Ansprechpartner verschieben",
            "Die 2 Ansprechpartner von „Zentrale Wien“ an einen anderen Standort verschieben.",
        )
    ]


def test_each_location_of_two_lines_stands_apart_from_the_next(qtbot):
    dialog = MoveContactDialog(None, [VIENNA, GRAZ, LINZ], 1, "Frau Anna Berger")
    qtbot.addWidget(dialog)
    assert dialog.locationList.alternatingRowColors() and dialog.locationList.spacing() > 0
