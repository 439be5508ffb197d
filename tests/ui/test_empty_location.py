"""Issue 14 item 9: an empty location offers "Ansprechpartner anlegen" on its own row, and the
button creates the contact at that location."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from kontaktverwaltung.ui.card_delegate import empty_action_rect
from tests.factories import make_location
from tests.ui.driving import button, click, drawn_texts, modal_script, type_text
from tests.ui.test_main_window import header_index, rows


def test_an_empty_location_offers_to_add_a_contact_on_its_row(window, qtbot, ctx, monkeypatch):
    window.show()
    qtbot.waitExposed(window)
    assert "Ansprechpartner anlegen" not in drawn_texts(window, monkeypatch)  # both locations have people
    make_location(ctx, window.current_customer().id, "Filiale Linz", "Linz")
    window.reload_panel()
    QApplication.processEvents()
    assert drawn_texts(window, monkeypatch).count("Ansprechpartner anlegen") == 1  # only on the empty one

    def fill(dialog):
        assert dialog.findChild(QComboBox, "locationCombo").currentText().startswith("Filiale Linz")
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Zoë")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Gruber")
        click(button(dialog, "saveButton"))

    view = window.panel_view
    index = header_index(window, "Filiale Linz")
    view.scrollTo(index)
    pressed = empty_action_rect(view.visualRect(index), view.fontMetrics()).center()
    with modal_script(fill):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pressed)
    assert rows(window)[-2:] == ["Filiale Linz", "Zoë Gruber"]
    assert "Ansprechpartner anlegen" not in drawn_texts(window, monkeypatch)  # no longer empty
