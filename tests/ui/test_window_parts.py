"""The window's parts as a user notices them: one reload per save, cards readable in dark mode,
unexpected failures in the log file."""

from __future__ import annotations

import logging
import logging.handlers
import threading

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from kontaktverwaltung.services import customers
from kontaktverwaltung.ui import failures
from kontaktverwaltung.ui.card_delegate import CARD_INDENT
from tests.ui.driving import button, click, modal_script, type_text
from tests.ui.test_main_window import rows, select_card


def _count_loads(monkeypatch) -> dict[str, int]:
    """How often the window (the UI thread: not the live refresh in the background) reads the
    customer list and a customer's cards."""
    counts = {"list_customers": 0, "load_panel": 0}
    for name in counts:
        original = getattr(customers, name)

        def counting(*args, _name=name, _original=original, **kwargs):
            if threading.current_thread() is threading.main_thread():
                counts[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(customers, name, counting)
    return counts


def test_saving_a_new_contact_reads_the_cards_once(window, monkeypatch):
    counts = _count_loads(monkeypatch)

    def fill(dialog):
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Lena")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Huber")
        click(button(dialog, "saveButton"))

    with modal_script(fill):
        window.actionNewContact.trigger()
    assert window.current_card().display_name.endswith("Lena Huber")  # shown and selected …
    assert counts == {"list_customers": 0, "load_panel": 1}  # … after one read


def test_saving_a_new_customer_reads_the_list_once(window, monkeypatch):
    counts = _count_loads(monkeypatch)

    def fill(dialog):
        type_text(dialog.ui.numberEdit, "K-9")
        type_text(dialog.ui.nameEdit, "Neue GmbH")
        click(button(dialog, "saveButton"))

    with modal_script(fill):
        window.actionNewCustomer.trigger()
    assert window.current_customer().name == "Neue GmbH"
    assert counts == {"list_customers": 1, "load_panel": 1}  # the list, then the new customer's page


def _dark(palette: QPalette) -> QPalette:
    dark = QPalette(palette)
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1c1f"),
        (QPalette.ColorRole.AlternateBase, "#26272b"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(color))
    return dark


def _card_colours(window, name: str) -> tuple[int, int]:
    """(lightness of the card's background, lightness of the lightest pixel of its name line)."""
    view = window.panel_view
    index = select_card(window, name)
    view.clearSelection()  # unselected: the card's own colours
    rect = view.visualRect(index)
    image = view.viewport().grab().toImage()
    background = image.pixelColor(rect.left() + CARD_INDENT + 8, rect.bottom() - 10).lightness()
    top = rect.top() + 14
    name_line = [
        image.pixelColor(x, y).lightness()
        for x in range(rect.left() + CARD_INDENT + 14, rect.left() + CARD_INDENT + 160)
        for y in range(top, top + 14)
    ]
    return background, (max(name_line) if background < 128 else min(name_line))


def test_cards_follow_a_dark_palette(window):
    assert "Herr Jürgen Weiß" in rows(window)
    light_background, light_text = _card_colours(window, "Jürgen Weiß")
    assert light_background > 200 and light_text < 100  # dark text on a light card
    window.panel_view.setPalette(_dark(window.panel_view.palette()))
    dark_background, dark_text = _card_colours(window, "Jürgen Weiß")
    assert dark_background < 80, "the card is dark"
    assert dark_text > 180, "the name on it is light"


def test_an_unexpected_failure_is_written_to_the_log_file(tmp_path, logged_errors):
    handler = failures.log_to_file(tmp_path / "daten")
    assert handler is not None
    try:
        try:
            raise RuntimeError("Platte voll")
        except RuntimeError as error:
            text = failures.unexpected_text(error)
    finally:
        logging.getLogger("kontaktverwaltung").removeHandler(handler)
        handler.close()
    assert text == "Unerwarteter Fehler: Platte voll"
    log = (tmp_path / "daten" / "kontaktverwaltung.log").read_text(encoding="utf-8")
    assert "Platte voll" in log and "Traceback" in log and "RuntimeError" in log
    assert len(logged_errors) == 1
    assert isinstance(handler, logging.handlers.RotatingFileHandler) and handler.maxBytes > 0


def test_a_failing_action_is_logged_then_told(window, monkeypatch, logged_errors):
    from kontaktverwaltung.ui import prompts

    told: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(customers, "delete_customer_impact", lambda _id: (_ for _ in ()).throw(OSError("kaputt")))
    window.actionDeleteCustomer.trigger()
    assert told == ["Unerwarteter Fehler: kaputt"]
    assert [r.getMessage() for r in logged_errors] == ["Unerwarteter Fehler: kaputt"]
