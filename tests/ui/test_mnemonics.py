"""Issue 14, keyboard path: every Alt+letter of the main window leads to one place only – the menu
bar's menus, the customer's tabs and the buttons of the customer's page – in German and in English
(the English catalogue chooses its own letters)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication

from kontaktverwaltung.app import build_main_window
from kontaktverwaltung.store.opening import close_database
from kontaktverwaltung.ui import language
from tests.ui.test_translations import show, small_database  # noqa: F401  (a fixture, used by name)

MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def window_mnemonics(qtbot, url) -> list[tuple[str, str]]:
    window = build_main_window(url)
    window.resize(1366, 768)
    show(qtbot, window)
    window.open_customer_number("K-1")
    window.wait_until_loaded()
    QApplication.processEvents()
    texts = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    tabs = window.panel.tabs
    texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [b.text() for b in window.panel.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    found = [(letter, text) for text in texts if (letter := mnemonic(text))]
    close_database()
    return found


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_alt_letter_of_the_main_window_is_unique(qtbot, qapp, small_database, code):  # noqa: F811
    url, _location = small_database
    language.install_translators(qapp, code)
    try:
        found = window_mnemonics(qtbot, url)
    finally:
        language.install_translators(qapp, "de")
        for translator in language._installed:
            qapp.removeTranslator(translator)
        language._installed.clear()
    letters = [letter for letter, _text in found]
    assert len(found) >= 10, found  # five menus, four tabs, the page's own buttons
    twice = sorted({letter for letter in letters if letters.count(letter) > 1})
    clashes = [f"Alt+{c.upper()}: " + " / ".join(t for m, t in found if m == c) for c in twice]
    assert clashes == []
