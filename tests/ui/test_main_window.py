"""The main window as a recruiter uses it (S1–S6, S14, B1, B8, B12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton, QWidget

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


def test_screenshot_command_writes_a_1280x800_png(qtbot, tmp_path, capsys):
    url = _database_with_one_contact(tmp_path / "daten.sqlite3")
    target = tmp_path / "bild.png"
    assert main(["--db", url, "screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert "gespeichert" in capsys.readouterr().out
    close_database()


def test_an_empty_database_offers_a_first_customer_and_demo_data(qtbot, tmp_path):
    window = build_main_window(sqlite_url(tmp_path / "leer.sqlite3"))
    qtbot.addWidget(window)
    window.show()
    empty = window.findChild(QWidget, "emptyState")
    assert empty.isVisible()
    assert window.findChild(QPushButton, "emptyNewCustomerButton").text() == "Neuen Kunden anlegen"
    qtbot.mouseClick(window.findChild(QPushButton, "emptyDemoButton"), Qt.MouseButton.LeftButton)
    assert window.customer_model.rowCount() == 200
    assert window.findChild(QWidget, "locationPanel").isVisible()
    close_database()
