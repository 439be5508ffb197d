"""Datei → Datenbank… (issue 5, items 1 and 6): where the data lives, the password in the OS vault,
"Verbindung testen" against the real servers, and who the history names."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from kontaktverwaltung import cli
from kontaktverwaltung.app import build_main_window, run_gui
from kontaktverwaltung.domain.history import default_author
from kontaktverwaltung.domain.urls import DatabaseChoice, DatabaseKind, default_database_path, sqlite_url
from kontaktverwaltung.services import customers
from kontaktverwaltung.services.history import history_of_customer
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store.models import SchemaVersion
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.store.schema import LATEST
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.database_dialog import DatabaseDialog
from kontaktverwaltung.ui.settings import VAULT_SERVICE, Settings, configured_url
from tests.conftest import backend_url
from tests.ui.driving import click, modal_script, retype, shown_error, type_text

SERVER = DatabaseChoice(DatabaseKind.POSTGRESQL, host="db.agentur.local", port=5432, database="kontakte", user="anna")
PASSWORD = "Geh:eim@Wien/2024%"


@pytest.fixture
def dialog(qtbot) -> DatabaseDialog:
    shown = DatabaseDialog(None)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def choose(radio: QRadioButton) -> None:
    """Click a radio button on its circle (a click in the middle of a wide one hits nothing)."""
    QTest.mouseClick(radio, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def _fill_server(dialog: DatabaseDialog, choice: DatabaseChoice, password: str) -> None:
    ui = dialog.ui
    choose(ui.serverRadio)
    ui.kindCombo.setCurrentIndex(0 if choice.kind is DatabaseKind.POSTGRESQL else 1)
    retype(ui.hostEdit, choice.host)
    ui.portSpin.setValue(choice.port)
    retype(ui.databaseEdit, choice.database)
    retype(ui.userEdit, choice.user)
    retype(ui.passwordEdit, password)


def _server_choice(url: str) -> tuple[DatabaseChoice, str]:
    parsed = urlparse(url)
    kind = DatabaseKind.POSTGRESQL if parsed.scheme.startswith("postgres") else DatabaseKind.MYSQL
    choice = DatabaseChoice(kind, "", parsed.hostname or "", parsed.port or 0, parsed.path.lstrip("/"), parsed.username)
    return choice, parsed.password or ""


def _test_result(qtbot, dialog: DatabaseDialog) -> str:
    click(dialog.ui.testConnectionButton)
    qtbot.waitUntil(lambda: not dialog.testing, timeout=20_000)
    return dialog.ui.testResultLabel.text()


# --- the form -------------------------------------------------------------------------------------


def test_the_dialog_speaks_german_and_starts_on_the_local_file(dialog):
    ui = dialog.ui
    assert dialog.objectName() == "DatabaseDialog" and dialog.windowTitle() == "Datenbank"
    assert [b.text() for b in ui.buttonBox.buttons()] in (["&Speichern", "Abbrechen"], ["Abbrechen", "&Speichern"])
    assert ui.localRadio.text() == "&Lokale Datei (Standard)" and ui.localRadio.isChecked()
    assert ui.fileRadio.text() == "&Andere Datei…" and ui.serverRadio.text() == "Se&rver"
    assert [ui.kindCombo.itemText(i) for i in range(ui.kindCombo.count())] == ["PostgreSQL", "MariaDB/MySQL"]
    assert ui.testConnectionButton.objectName() == "testConnectionButton"
    assert ui.localPathLabel.text() == str(default_database_path())
    assert not ui.serverBox.isEnabled() and not ui.filePathEdit.isEnabled()
    assert "Passwort-Tresor des Betriebssystems gespeichert" in ui.vaultLabel.text()


def test_the_dialog_is_as_tall_as_its_content_no_empty_band_above_the_buttons(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    above_buttons = dialog.ui.buttonBox.y() - (
        dialog.ui.testConnectionButton.y() + dialog.ui.testConnectionButton.height()
    )
    assert above_buttons < 40


def test_each_choice_enables_its_own_fields(dialog):
    ui = dialog.ui
    choose(ui.fileRadio)
    assert ui.filePathEdit.isEnabled() and ui.browseButton.isEnabled() and not ui.serverBox.isEnabled()
    choose(ui.serverRadio)
    assert ui.serverBox.isEnabled() and not ui.filePathEdit.isEnabled()


def test_the_port_follows_the_kind_unless_set_by_hand(dialog):
    ui = dialog.ui
    choose(ui.serverRadio)
    assert ui.portSpin.value() == 5432
    ui.kindCombo.setCurrentIndex(1)
    assert ui.portSpin.value() == 3306
    ui.kindCombo.setCurrentIndex(0)
    assert ui.portSpin.value() == 5432
    ui.portSpin.setValue(6432)  # a connection pooler, say
    ui.kindCombo.setCurrentIndex(1)
    assert ui.portSpin.value() == 6432


def test_browse_puts_the_chosen_file_in(dialog, monkeypatch, tmp_path):
    chosen = str(tmp_path / "team.sqlite3")
    monkeypatch.setattr(prompts, "pick_database_file", lambda _parent, _title, _start: chosen)
    choose(dialog.ui.fileRadio)
    click(dialog.ui.browseButton)
    assert dialog.ui.filePathEdit.text() == chosen
    assert dialog.choice() == DatabaseChoice(DatabaseKind.FILE, file=chosen, port=5432)


def test_missing_server_details_are_shown_at_their_fields_and_nothing_is_saved(dialog):
    choose(dialog.ui.serverRadio)
    click(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert shown_error(dialog, "hostError").startswith("Bitte den Server angeben")
    assert shown_error(dialog, "databaseError") == "Bitte den Namen der Datenbank angeben."
    assert shown_error(dialog, "userError") == "Bitte den Benutzernamen angeben."
    assert Settings().database == DatabaseChoice()


# --- saving ---------------------------------------------------------------------------------------


def test_saving_keeps_the_settings_and_the_password_only_in_the_vault(dialog, vault, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: told.append(text))
    _fill_server(dialog, SERVER, PASSWORD)
    click(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save))
    assert not dialog.isVisible()
    settings = Settings()
    assert settings.database == SERVER
    assert vault.passwords == {(VAULT_SERVICE, "anna@db.agentur.local:5432/kontakte"): PASSWORD}
    ini = Path(settings.qsettings.fileName())
    text = ini.read_text(encoding="utf-8")
    assert "db.agentur.local" in text  # the file is the one written …
    assert PASSWORD not in text and "Geh" not in text  # … and holds no password, in no form
    assert told and "beim nächsten Start" in told[0]
    # Opened again, the dialog shows what was saved, the password from the vault.
    again = DatabaseDialog(None)
    assert again.choice() == SERVER and again.password() == PASSWORD
    again.deleteLater()


def test_cancel_discards_everything(dialog, vault):
    _fill_server(dialog, SERVER, PASSWORD)
    click(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel))
    assert not dialog.isVisible()
    assert Settings().database == DatabaseChoice() and Settings().author == default_author()
    assert vault.passwords == {}


def test_a_changed_login_takes_its_old_password_out_of_the_vault(qtbot, vault, monkeypatch):
    monkeypatch.setattr(prompts, "inform", lambda *_args: None)
    settings = Settings()
    settings.database = SERVER
    vault.set_password(VAULT_SERVICE, SERVER.password_key, PASSWORD)
    dialog = DatabaseDialog(None)
    qtbot.addWidget(dialog)
    retype(dialog.ui.userEdit, "bernd")
    dialog.accept()
    assert vault.passwords == {(VAULT_SERVICE, "bernd@db.agentur.local:5432/kontakte"): PASSWORD}


def test_without_a_vault_the_dialog_says_so_and_the_password_is_asked_at_start(qtbot, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: told.append(text))
    dialog = DatabaseDialog(None)
    qtbot.addWidget(dialog)
    assert "keinen Passwort-Tresor" in dialog.ui.vaultLabel.text()
    assert "bei jedem Start abgefragt" in dialog.ui.vaultLabel.text()
    _fill_server(dialog, SERVER, PASSWORD)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert told and "bei jedem Start abgefragt" in told[0]
    settings = Settings()
    assert settings.ask_password_at_start and PASSWORD not in Path(settings.qsettings.fileName()).read_text()
    asked: list[DatabaseChoice] = []
    url = configured_url(lambda choice: asked.append(choice) or PASSWORD)
    assert asked == [SERVER]
    assert dbmod.connect_url(url).connect_params["password"] == PASSWORD
    assert configured_url(lambda _choice: None) is None  # cancelled at start


# --- "Verbindung testen" on the real servers ------------------------------------------------------


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_connection_test_is_fine_on_the_server(qtbot, dialog, backend, tmp_path):
    url = backend_url(backend, tmp_path)
    open_database(url)
    close_database()
    choice, password = _server_choice(url)
    _fill_server(dialog, choice, password)
    assert _test_result(qtbot, dialog) == f"Verbindung in Ordnung (Schema {LATEST})"


def test_connection_test_names_an_unreachable_server(qtbot, dialog, tmp_path):
    choice, _ = _server_choice(backend_url("postgresql", tmp_path))
    _fill_server(dialog, DatabaseChoice(choice.kind, "", choice.host, 1, choice.database, choice.user), "")
    text = _test_result(qtbot, dialog)
    assert "nicht erreichbar" in text and f"{choice.host}:1" in text


def test_connection_test_names_a_wrong_password(qtbot, dialog, tmp_path):
    choice, _ = _server_choice(backend_url("mysql", tmp_path))
    _fill_server(dialog, choice, "ganz-falsch")
    text = _test_result(qtbot, dialog)
    assert f"Benutzername „{choice.user}“ oder Passwort ist falsch" in text


def test_connection_test_names_a_missing_database(qtbot, dialog, tmp_path):
    choice, password = _server_choice(backend_url("postgresql", tmp_path))
    _fill_server(dialog, DatabaseChoice(choice.kind, "", choice.host, choice.port, "kv_fehlt", choice.user), password)
    assert "gibt es keine Datenbank „kv_fehlt“" in _test_result(qtbot, dialog)


def test_connection_test_refuses_a_newer_schema(qtbot, dialog, tmp_path):
    url = backend_url("mysql", tmp_path)
    open_database(url)
    SchemaVersion.create(version=LATEST + 1, applied_at=dbmod.now(), app_version="99.0")
    close_database()
    choice, password = _server_choice(url)
    _fill_server(dialog, choice, password)
    assert "mit einer neueren Version der Kontaktverwaltung angelegt" in _test_result(qtbot, dialog)


def test_connection_test_on_a_file_and_a_form_not_filled_in(qtbot, dialog, tmp_path):
    choose(dialog.ui.fileRadio)
    assert _test_result(qtbot, dialog) == "Bitte zuerst die markierten Angaben ergänzen."
    assert shown_error(dialog, "fileError") == "Bitte eine Datei wählen."
    type_text(dialog.ui.filePathEdit, str(tmp_path / "neu.sqlite3"))
    assert "wird beim ersten Öffnen angelegt" in _test_result(qtbot, dialog)
    assert not (tmp_path / "neu.sqlite3").exists()


# --- the settings decide which database opens, --db overrides -------------------------------------


def test_without_db_the_settings_name_the_database_and_db_overrides(tmp_path, capsys):
    chosen = tmp_path / "team" / "kunden.sqlite3"
    settings = Settings()
    settings.database = DatabaseChoice(DatabaseKind.FILE, file=str(chosen))
    settings.save()
    assert cli.main(["migrate"]) == 0
    close_database()
    assert str(chosen) in capsys.readouterr().out and chosen.exists()
    other = tmp_path / "andere.sqlite3"
    assert cli.main(["--db", sqlite_url(other), "migrate"]) == 0
    close_database()
    assert str(other) in capsys.readouterr().out and other.exists()


def test_without_settings_the_local_default_file_opens(capsys):
    assert cli.main(["migrate"]) == 0
    close_database()
    assert str(default_database_path()) in capsys.readouterr().out


def test_a_server_in_the_settings_gets_its_password_from_the_vault(vault):
    settings = Settings()
    settings.database = SERVER
    vault.set_password(VAULT_SERVICE, SERVER.password_key, PASSWORD)
    url = configured_url()
    assert url is not None and url.startswith("postgresql://anna:") and "?mariadb" not in url
    assert dbmod.connect_url(url).connect_params["password"] == PASSWORD


# --- the author (item 6) and the main window ------------------------------------------------------


def test_the_author_from_the_settings_signs_the_history(qtbot, tmp_path):
    Settings().author = "Anna Müller"
    window = build_main_window(sqlite_url(tmp_path / "daten.sqlite3"))
    qtbot.addWidget(window)
    assert window.ctx.author == "Anna Müller"
    customer_id = customers.create_customer(window.ctx, customers.CustomerInput("K-1", "Alpenbau", "")).value
    assert {entry.author for entry in history_of_customer(customer_id)} == {"Anna Müller"}
    window.close()
    close_database()


def test_without_a_name_the_os_login_signs(qtbot, tmp_path):
    window = build_main_window(sqlite_url(tmp_path / "daten.sqlite3"))
    qtbot.addWidget(window)
    assert window.ctx.author == default_author()
    window.close()
    close_database()


def test_datei_datenbank_opens_the_dialog_even_when_the_database_did_not_open(qtbot, tmp_path):
    broken = tmp_path / "kaputt.sqlite3"
    broken.write_bytes(b"Keine Datenbank." * 100)
    window = build_main_window(sqlite_url(broken), wait=False)
    qtbot.addWidget(window)
    window.wait_until_loaded()
    assert window.open_error is not None
    action = window.findChild(type(window.actionUndo), "actionDatabaseSettings")
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions() and action.text() == "&Datenbank…"
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(dialog.objectName())
        click(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel))

    with modal_script(look):
        action.trigger()
    assert seen == ["DatabaseDialog"]
    window.close()
    close_database()


def test_a_database_from_the_settings_that_cannot_open_can_be_changed_at_start(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "kaputt.sqlite3"
    broken.write_bytes(b"Keine Datenbank." * 100)
    settings = Settings()
    settings.database = DatabaseChoice(DatabaseKind.FILE, file=str(broken))
    settings.save()
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_change_database", lambda _parent, _title, text: asked.append(text) or True)
    good = tmp_path / "gut.sqlite3"

    def choose_another_file(dialog: QWidget) -> None:
        retype(dialog.ui.filePathEdit, str(good))
        click(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save))

    app = QApplication.instance()
    opened: list[str] = []

    def poll() -> None:  # the new window, open on the new file: done
        for widget in app.topLevelWidgets():
            if getattr(widget, "opened", False) and widget.isVisible():
                opened.append(widget.windowTitle())
                app.exit(0)

    poller = QTimer(interval=20)
    poller.timeout.connect(poll)
    guard = QTimer(singleShot=True, interval=20_000)
    guard.timeout.connect(lambda: app.exit(99))
    poller.start()
    guard.start()
    try:
        with modal_script(choose_another_file):
            assert run_gui(sqlite_url(broken), from_settings=True) == 0
    finally:
        poller.stop()
        guard.stop()
    assert asked and "kaputt.sqlite3" in asked[0]
    assert opened and str(good) in opened[0] and good.exists()
    assert Settings().database.file == str(good)
    for widget in app.topLevelWidgets():
        widget.close()
    close_database()
