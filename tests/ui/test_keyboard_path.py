"""A recruiter's day on the keyboard (issue 14): from the customer search to a card and what the
keys do there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from kontaktverwaltung.ui import prompts
from tests.ui.driving import modal_script, retype, type_text
from tests.ui.test_main_window import header_index, rows, select_card
from tests.ui.test_window_parts import _count_loads


def _focus(window, widget) -> None:
    window.activateWindow()
    widget.setFocus()
    QApplication.processEvents()


def test_enter_in_the_customer_search_opens_the_first_match(window):
    search = window.customer_search
    _focus(window, search)
    type_text(search, "zweite")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert window.current_customer().name == "Zweite AG"
    assert "Zweite AG" in window.customer_title.text()
    assert window.customer_list.hasFocus()  # the arrows go on from here


def test_down_in_the_customer_search_opens_the_first_match(window):
    search = window.customer_search
    _focus(window, search)
    type_text(search, "k-")
    QTest.keyClick(search, Qt.Key.Key_Down)
    assert window.current_customer().name == "Müller & Söhne GmbH"
    assert rows(window)[0] == "Zentrale Wien"


def test_the_right_side_lets_go_of_a_customer_the_search_hides(window, monkeypatch):
    counts = _count_loads(monkeypatch)
    search = window.customer_search
    type_text(search, "mü")  # Müller still matches: it stays open, not read again
    assert window.current_customer().name == "Müller & Söhne GmbH"
    assert window.pages.currentWidget() is window.panel
    assert counts["load_panel"] == 0
    retype(search, "zweite")  # no longer in the list: no longer on the right
    assert window.current_customer() is None
    assert window.pages.currentWidget() is window.nothing_label
    assert "Ein Kunde passt zu „zweite“" in window.nothing_label.text()
    retype(search, "niemand")
    assert "Kein Kunde passt zu „niemand“" in window.nothing_label.text()


def test_three_tabs_lead_from_the_customer_search_to_the_cards(window):
    search = window.customer_search
    _focus(window, search)
    passed = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        passed.append(QApplication.focusWidget())
    assert passed == [window.customer_list, window.contact_search, window.panel_view]
    assert not any(isinstance(w, QPushButton) for w in passed)  # not past "Kunde löschen"


def test_enter_on_a_card_opens_it_and_on_a_location_opens_the_location(window):
    view = window.panel_view
    select_card(window, "Anna Berger")
    _focus(window, view)
    opened = []
    with modal_script(lambda dialog: opened.append(dialog.objectName()) or dialog.reject()):
        QTest.keyClick(view, Qt.Key.Key_Return)
    view.setCurrentIndex(header_index(window, "Werk Graz"))
    _focus(window, view)
    with modal_script(lambda dialog: opened.append(dialog.objectName()) or dialog.reject()):
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened == ["ContactDialog", "LocationDialog"]


def test_del_on_a_card_deletes_it(window, monkeypatch):
    view = window.panel_view
    select_card(window, "Jürgen Weiß")
    _focus(window, view)
    monkeypatch.setattr(prompts, "ask_delete_contact", lambda parent, impact: "delete")
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "Herr Jürgen Weiß" not in rows(window)
    window.actionUndo.trigger()
    assert "Herr Jürgen Weiß" in rows(window)


def test_ctrl_c_on_a_card_copies_it_as_text(window):
    view = window.panel_view
    select_card(window, "Jürgen Weiß")
    _focus(window, view)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "Herr Jürgen Weiß"
    assert "Personalleiter" in text and "Müller & Söhne GmbH – Zentrale Wien" in text
    assert "j.weiss@mueller.at" in text and "0664 1234567" in text


def test_ctrl_c_in_the_contact_search_still_copies_the_typed_text(window):
    select_card(window, "Jürgen Weiß")
    search = window.contact_search
    _focus(window, search)
    type_text(search, "weiss")
    search.selectAll()
    QTest.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "weiss"
