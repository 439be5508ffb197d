"""Issue 14 item 9: the contact search marks what it found on the cards, and a phone search that
found a phone the card does not show brings that phone onto the card ("Treffer: …")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kontaktverwaltung.ui.card_delegate import CardAction, icon_meaning
from kontaktverwaltung.ui.models import PhoneHitRole
from kontaktverwaltung.ui.palette import Role, color
from tests.ui.driving import drawn_texts
from tests.ui.test_cards import reachable  # noqa: F401  (a fixture, used by name)
from tests.ui.test_main_window import click_icon, select_card


def search(window, text: str) -> None:
    window.contact_search.clear()
    QTest.keyClicks(window.contact_search, text)
    QApplication.processEvents()


def marked_pixels(window) -> int:
    """How many pixels of the cards carry the search marker's colour."""
    image = window.panel_view.viewport().grab().toImage()
    marker = color(Role.SEARCH_HIT, window.panel_view.palette()).rgb()
    step = 2
    return sum(
        1 for y in range(0, image.height(), step) for x in range(0, image.width(), step) if image.pixel(x, y) == marker
    )


def test_the_words_the_search_found_are_marked_on_the_cards(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert marked_pixels(window) == 0
    search(window, "weiss")  # "Jürgen Weiß", folded as the search folds
    assert marked_pixels(window) > 50
    search(window, "")
    assert marked_pixels(window) == 0
    assert QColor(color(Role.SEARCH_HIT)).isValid()


def test_a_phone_the_card_does_not_show_comes_onto_the_card(window, qtbot, reachable, monkeypatch):  # noqa: F811
    window.show()
    qtbot.waitExposed(window)
    before = drawn_texts(window, monkeypatch)
    assert not any("5550002" in text.replace(" ", "") for text in before)  # the landline is not on the card
    search(window, "01 5550002")
    drawn = drawn_texts(window, monkeypatch)
    hit = [text for text in drawn if text.startswith("Treffer: ")]
    assert hit and "5550002" in hit[0].replace(" ", ""), drawn
    assert marked_pixels(window) > 20
    search(window, "0676 5550001")  # the card's own mobile: shown as always, marked
    drawn = drawn_texts(window, monkeypatch)
    assert not any(text.startswith("Treffer: ") for text in drawn)
    assert any("5550001" in text.replace(" ", "") for text in drawn)
    assert marked_pixels(window) > 20


@pytest.fixture
def dialled(window, qtbot, reachable, monkeypatch) -> list[str]:  # noqa: F811
    """The numbers the window dials (tel: links handed to the system), Lena Huber's card shown."""
    numbers: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: numbers.append(url.toString()) or True)
    window.show()
    qtbot.waitExposed(window)
    return numbers


def test_calling_a_card_that_shows_a_found_phone_dials_that_phone(window, qtbot, dialled):
    """A phone search brought the landline onto Lena Huber's card ("Treffer: 01 5550002"): the
    call icon shows a landline and calling dials that number, not her mobile."""
    search(window, "5550002")
    index = select_card(window, "Lena Huber")
    assert icon_meaning("call", CardAction.CALL, window.current_card(), index.data(PhoneHitRole)) == "call"
    click_icon(window, qtbot, index, "actionCallContact")
    window.actionCallContact.trigger()
    assert dialled == ["tel:+4315550002", "tel:+4315550002"]
    search(window, "")  # without the search her card shows her mobile again: that one is called
    select_card(window, "Lena Huber")
    window.actionCallContact.trigger()
    assert dialled[-1] == "tel:+436765550001"


def test_a_found_fax_is_not_called(window, qtbot, dialled):
    """A phone search that found Lena Huber's fax shows it on the card; there is nothing to call:
    neither its call icon nor Strg+T dials."""
    search(window, "5550003")
    index = select_card(window, "Lena Huber")
    click_icon(window, qtbot, index, "actionCallContact")
    assert not window.actionCallContact.isEnabled()
    window.actionCallContact.trigger()
    assert dialled == []
    search(window, "")  # her card shows her mobile again: that one can be called
    select_card(window, "Lena Huber")
    window.actionCallContact.trigger()
    assert dialled == ["tel:+436765550001"]
