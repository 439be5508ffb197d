"""Several cards at once (issue 14, "Bulk"): Ctrl/Shift-click, then move, deactivate, export or
e-mail them together; each change is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.ui import prompts
from tests.conftest import dump_database
from tests.ui.driving import button, click, modal_script
from tests.ui.test_main_window import drag_with_the_mouse, header_index, rows, select_card


def _click(window, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a card where it has text, not an icon (its left part)."""
    index = select_card(window, name) if modifier == Qt.KeyboardModifier.NoModifier else _index(window, name)
    rect = window.panel_view.visualRect(index)
    QTest.mouseClick(window.panel_view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.topLeft() + QPoint(60, 14))


def _index(window, name: str):
    model = window.panel_model
    return next(model.index(r) for r in range(model.rowCount()) if name in (model.index(r).data() or ""))


def _select_two(window) -> None:
    _click(window, "Anna Berger")
    _click(window, "Jürgen Weiß", Qt.KeyboardModifier.ControlModifier)
    assert [c.last_name for c in window.panel.selected_cards()] == ["Berger", "Weiß"]


def test_shift_click_selects_a_range_of_cards(window):
    _click(window, "Anna Berger")
    _click(window, "Petra Öztürk", Qt.KeyboardModifier.ShiftModifier)
    assert [c.last_name for c in window.panel.selected_cards()] == ["Berger", "Weiß", "Öztürk"]


def test_several_cards_move_together_in_one_undo_step(window):
    _select_two(window)
    assert window.actionMoveContact.text().replace("&", "") == "2 Ansprechpartner verschieben…"
    assert not window.actionEditContact.isEnabled()  # one at a time
    before = dump_database()
    seen = []

    def to_graz(dialog):
        seen.append(dialog.windowTitle())
        assert dialog.chosen_location_id() is not None  # the only other location
        click(button(dialog, "saveButton"))

    with modal_script(to_graz):
        window.actionMoveContact.trigger()
    assert seen == ["2 Ansprechpartner verschieben"]
    assert rows(window)[0] == "Zentrale Wien" and rows(window)[1] == "Werk Graz"  # Wien is empty now
    assert {"Frau Anna Berger", "Herr Jürgen Weiß"} <= set(rows(window)[2:])
    assert window.undo_stack.undoText() == "2 Ansprechpartner verschieben"
    window.actionUndo.trigger()
    assert dump_database() == before


def test_several_cards_are_deactivated_for_one_reason_in_one_undo_step(window, monkeypatch):
    _select_two(window)
    asked = []
    monkeypatch.setattr(prompts, "ask_inactive_reason", lambda parent, count, reasons: asked.append(count) or "Karenz")
    before = dump_database()
    window.actionDeactivateContact.trigger()
    assert asked == [2]
    cards = {c.last_name: c for c in window.panel_model.panel.contacts}
    assert not cards["Berger"].active and not cards["Weiß"].active
    assert cards["Berger"].inactive_reason == InactiveReason.KARENZ.value
    window.actionUndo.trigger()
    assert dump_database() == before


def test_one_e_mail_to_several_cards(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    _select_two(window)
    window.actionEmailContact.trigger()
    assert opened == ["mailto:a.berger@mueller.at,j.weiss@mueller.at"]


def test_several_cards_are_what_the_export_offers(window):
    _select_two(window)
    ids = tuple(c.id for c in window.panel.selected_cards())
    seen = []

    def look(dialog):
        seen.append((dialog.ui.shownRadio.text(), dialog.ui.shownRadio.isChecked(), dialog.scope().contact_ids))
        dialog.reject()

    with modal_script(look):
        window.actionExport.trigger()
    assert seen == [("Die 2 ausgewählten Ansprechpartner", True, ids)]


def test_several_cards_dragged_onto_a_location_move_together(window, qtbot, monkeypatch):
    qtbot.waitExposed(window)
    _select_two(window)
    before = dump_database()
    drag_with_the_mouse(window, qtbot, monkeypatch, _index(window, "Anna Berger"), header_index(window, "Werk Graz"))
    qtbot.waitUntil(lambda: rows(window)[1] == "Werk Graz")
    moved = {
        c.last_name
        for c in window.panel_model.panel.contacts
        if c.location_id == window.panel_model.panel.locations[1].id
    }
    assert {"Berger", "Weiß"} <= moved
    window.actionUndo.trigger()
    assert dump_database() == before


def test_a_colleagues_change_keeps_the_cards_selected(window, qtbot, empty_db_url):
    from tests.ui.test_live_refresh import plain_sql, until

    _select_two(window)
    petra = next(c.id for c in window.panel_model.panel.contacts if c.last_name == "Öztürk")
    plain_sql(empty_db_url, f"UPDATE contact SET first_name = 'Petronella', version = version + 1 WHERE id = {petra}")
    until(qtbot, lambda: any("Petronella" in c.first_name for c in window.panel_model.panel.contacts))
    assert [c.last_name for c in window.panel.selected_cards()] == ["Berger", "Weiß"]
