"""Settings of their own (Strg+,), the help pages (F1), the shortcut list, and every dialog
fitting a 1366×768 laptop at 125 % (issue 14 item 8)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAction, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QWidget

from kontaktverwaltung.app import build_main_window
from kontaktverwaltung.services import customers
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.help_dialog import help_html
from kontaktverwaltung.ui.settings import Settings
from kontaktverwaltung.ui.settings_dialog import SettingsDialog
from tests.ui.driving import button, click, modal_script, type_text

# 1366×768 at 125 %: 1093×614 logical pixels; the task bar takes 40 of them, the title bar about 32.
SCREEN = QRect(0, 0, 1093, 614 - 40)
LAPTOP = QSize(SCREEN.width(), SCREEN.height() - 32)


def test_settings_keep_language_author_and_phone_region(qtbot, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: told.append(text))
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.regionCombo.currentData() == "AT"
    assert [ui.regionCombo.itemData(i) for i in range(3)] == ["AT", "DE", "CH"]
    type_text(ui.authorEdit, "Anna Müller")
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findData("DE"))
    click(button(dialog, "saveButton"))
    settings = Settings()
    assert (settings.author, settings.phone_region) == ("Anna Müller", "DE")
    assert told and "nächsten Start" in told[0]


def test_the_phone_region_is_where_numbers_without_a_country_code_are_read(qtbot, empty_db_url, ctx):
    Settings().phone_region = "DE"
    window = build_main_window(empty_db_url)
    qtbot.addWidget(window)
    assert window.ctx.region == "DE"
    from kontaktverwaltung.services import contacts
    from tests.factories import make_contact, make_customer, make_location

    location = make_location(ctx, make_customer(ctx))
    saved = make_contact(window.ctx, location, "Karl", "Kraus", phones=("030 1234567",))
    assert contacts.contact_card(saved).phone_e164 == "+49301234567"
    window.close()


def test_ctrl_comma_opens_the_settings_and_the_database_dialog_no_longer_holds_them(window):
    action = window.findChild(QAction, "actionSettings")
    assert action.shortcut() == QKeySequence("Ctrl+,")

    def look(dialog: QWidget) -> None:
        assert dialog.objectName() == "SettingsDialog"
        dialog.reject()

    with modal_script(look):
        action.trigger()
    from kontaktverwaltung.ui.generated.ui_database_dialog import Ui_DatabaseDialog

    assert not hasattr(Ui_DatabaseDialog(), "authorEdit")


def test_f1_shows_the_help_pages_in_the_ui_language(window):
    action = window.findChild(QAction, "actionHelp")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)

    def read(dialog: QWidget) -> None:
        assert dialog.objectName() == "HelpDialog"
        text = dialog.findChild(QTextBrowser, "helpBrowser").toPlainText()
        for topic in ("Standorte und Ansprechpartner", "Benutzername", "Aktiv oder inaktiv", "Kundenrolle"):
            assert topic in text
        assert "nicht in der History" in text  # contacting directly is not recorded (S5)
        dialog.reject()

    with modal_script(read):
        action.trigger()


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_link_of_the_help_pages_leads_to_a_topic(language):
    page = help_html(language)
    targets = set(re.findall(r'href="#(\w+)"', page))
    assert len(targets) >= 10
    assert targets <= set(re.findall(r'name="(\w+)"', page))
    assert ("Locations and contacts" in page) == (language == "en")


def test_the_shortcut_list_is_read_from_the_window_s_actions(window):
    def read(dialog: QWidget) -> None:
        assert dialog.objectName() == "ShortcutsDialog"
        text = dialog.findChild(QTextBrowser, "helpBrowser").toPlainText()
        for key, what in (
            (window.actionPrintCustomer, "Kontaktblatt drucken"),
            (window.actionGlobalSearch, "Globale Suche"),
            (window.actionSettings, "Einstellungen"),
        ):
            assert key.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in text
            assert what in text
        dialog.reject()

    with modal_script(read):
        window.findChild(QAction, "actionShortcuts").trigger()


def _dialogs(window) -> list[QDialog]:
    from kontaktverwaltung.services import duplicates
    from kontaktverwaltung.ui.contact_dialog import ContactDialog
    from kontaktverwaltung.ui.contact_history import ContactHistoryDialog
    from kontaktverwaltung.ui.customer_dialogs import CustomerDialog, LocationDialog, MoveContactDialog
    from kontaktverwaltung.ui.database_dialog import DatabaseDialog
    from kontaktverwaltung.ui.duplicates_dialog import DuplicatesDialog
    from kontaktverwaltung.ui.export_dialog import ExportDialog
    from kontaktverwaltung.ui.global_search import GlobalSearchDialog
    from kontaktverwaltung.ui.help_dialog import HelpDialog, ShortcutsDialog
    from kontaktverwaltung.ui.identity import AboutDialog
    from kontaktverwaltung.ui.import_dialog import ImportDialog
    from kontaktverwaltung.ui.merge_dialog import MergeDialog
    from kontaktverwaltung.ui.roles_dialog import RolesDialog

    panel = customers.load_panel(window.current_customer().id)
    card = next(c for c in panel.contacts if c.last_name == "Weiß")
    return [
        ContactDialog(window, card.location_id, card),
        ContactDialog(window, card.location_id, None),
        MergeDialog(window, card, duplicates.merge_candidates(card.id), list(panel.locations)),
        CustomerDialog(window, None),
        LocationDialog(window, None),
        MoveContactDialog(window, list(panel.locations[1:]), card.location_id),
        RolesDialog(window, lambda done: done.value, window.ctx),
        DatabaseDialog(window),
        SettingsDialog(window),
        HelpDialog(window),
        ShortcutsDialog(window),
        ImportDialog(window.ctx, window, None),
        ExportDialog(window, (panel.customer.id, panel.customer.name), None),
        DuplicatesDialog(window, window.ctx, panel.customer.id),
        ContactHistoryDialog(window, card),
        GlobalSearchDialog(window),
        AboutDialog(window, "SQLite: daten.sqlite3", "/home/nutzer/.local/share/Kontaktverwaltung"),
    ]


def test_every_dialog_fits_a_1366x768_laptop_at_125_percent(window, qtbot, monkeypatch):
    """Every dialog opens within the laptop's screen and can be made that small without hiding
    anything (its minimum size): Speichern is never below the screen's edge."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SCREEN)
    too_big = []
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        name = dialog.objectName() or type(dialog).__name__
        for what, size in (("needs", dialog.minimumSizeHint()), ("opens with", dialog.size())):
            if size.width() > LAPTOP.width() or size.height() > LAPTOP.height():
                too_big.append(f"{name} {what} {size.width()}×{size.height()}")
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
    assert too_big == [], "\n".join(too_big)
