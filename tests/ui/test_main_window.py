"""The (placeholder) main window and the screenshot command of the automation contract."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from kontaktverwaltung.app import build_main_window
from kontaktverwaltung.cli import main
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store.db import sqlite_url
from kontaktverwaltung.store.opening import close_database, open_database
from tests.factories import make_contact, make_customer, make_location


def _database_with_one_contact(path: Path) -> str:
    url = sqlite_url(path)
    open_database(url)
    ctx = Context("Test")
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Müller & Söhne GmbH")), "Jürgen", "Weiß")
    close_database()
    return url


def test_window_shows_which_database_is_open_and_what_it_holds(qtbot, tmp_path):
    url = _database_with_one_contact(tmp_path / "daten.sqlite3")
    window = build_main_window(url)
    qtbot.addWidget(window)
    assert "daten.sqlite3" in window.windowTitle()
    overview = window.findChild(QLabel, "overviewLabel")
    assert overview.text() == "1 Kunden · 1 Standorte · 1 Ansprechpartner"
    close_database()


def test_screenshot_command_writes_a_1280x800_png(qtbot, tmp_path, capsys):
    url = _database_with_one_contact(tmp_path / "daten.sqlite3")
    target = tmp_path / "bild.png"
    assert main(["--db", url, "screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert "gespeichert" in capsys.readouterr().out
    close_database()
