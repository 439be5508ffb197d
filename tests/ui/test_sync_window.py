"""Offline work in the window (issue 16, B6, R14): "Synchronisieren", the switch to the offline copy
and back, the offline state in the status bar and the "Konflikte" dialog.

These tests drive the window against a stand-in for services/sync.py on SQLite files (a "server"
file and its "copy"), so they are quick and show what the window does; tests/ui/test_sync_server.py
runs the real sync against PostgreSQL and MariaDB."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QTableWidget, QToolButton, QWidget

from kontaktverwaltung.app import build_main_window
from kontaktverwaltung.domain.errors import DatabaseUnavailable
from kontaktverwaltung.domain.messages import Message, T
from kontaktverwaltung.services import customers
from kontaktverwaltung.services import sync as sync_service
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.services.sync import SyncConflict, SyncResult
from kontaktverwaltung.store.db import sqlite_url
from kontaktverwaltung.store.models import HistoryEntry
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.ui import sync_controller
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, retype
from tests.ui.test_main_window import cards, select_card


@dataclass
class FakeSync:
    """services/sync.py as the window sees it: the "server" and its copy are two SQLite files."""

    server: str
    copy: str
    has_copy: bool = True
    synced: list[str] = field(default_factory=list)
    decided: list[tuple[int, str]] = field(default_factory=list)
    conflicts: list[SyncConflict] = field(default_factory=list)
    history_at_copy: int = 0  # the copy's history entries when it was opened: later ones wait

    def is_syncable(self, url: str) -> bool:
        return url == self.server

    def has_offline_copy(self, url: str) -> bool:
        return self.has_copy

    def open_offline(self, url: str) -> None:
        assert url == self.server
        open_database(self.copy)
        self.history_at_copy = HistoryEntry.select().count()

    def pending_changes(self, url: str) -> int:
        return HistoryEntry.select().count() - self.history_at_copy

    def sync(self, url: str, progress=None) -> SyncResult:
        assert url == self.server
        if progress is not None:
            progress(1, 2)
            progress(2, 2)
        self.synced.append(url)
        return SyncResult(3, 12, tuple(self.conflicts))

    def open_conflicts(self, url: str) -> list[SyncConflict]:
        return list(self.conflicts)

    def decide(self, url: str, conflict_id: int, take: str) -> None:
        self.decided.append((conflict_id, take))
        self.conflicts = [c for c in self.conflicts if c.id != conflict_id]


def _server_with_data(path: Path) -> str:
    url = sqlite_url(path)
    open_database(url)
    ctx = Context("Test")
    customer = make_customer(ctx, "Müller & Söhne GmbH", "K-1")
    make_contact(ctx, make_location(ctx, customer, "Zentrale Wien"), "Anna", "Berger")
    close_database()
    return url


@pytest.fixture
def fake_sync(tmp_path, monkeypatch) -> FakeSync:
    server = _server_with_data(tmp_path / "server.sqlite3")
    shutil.copy(tmp_path / "server.sqlite3", tmp_path / "kopie.sqlite3")  # a copy as of the last sync
    fake = FakeSync(server, sqlite_url(tmp_path / "kopie.sqlite3"))
    for name in ("is_syncable", "has_offline_copy", "open_offline", "pending_changes", "sync", "open_conflicts"):
        monkeypatch.setattr(sync_service, name, getattr(fake, name))
    monkeypatch.setattr(sync_service, "decide", fake.decide)
    return fake


@pytest.fixture
def window_on_server(fake_sync, qtbot):
    window = build_main_window(fake_sync.server)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.close()
    close_database()


def offline_text(window) -> str:
    label = window.findChild(QLabel, "offlineState")
    return label.text() if not label.isHidden() else ""


def test_sync_runs_in_the_background_and_says_the_result_in_words(window_on_server, fake_sync, qtbot):
    window = window_on_server
    action = window.actionSync
    assert action.objectName() == "actionSync" and action.shortcut().toString() == "F9"
    assert action in window.menuBar().actions()[0].menu().actions()  # Datei
    assert action.isEnabled() and action.toolTip()
    action.trigger()
    qtbot.waitUntil(lambda: "Synchronisiert" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage() == "Synchronisiert: 3 gesendet, 12 empfangen"
    assert fake_sync.synced == [fake_sync.server]
    assert not window.findChild(QWidget, "syncProgress").isVisible() and action.isEnabled()


def test_on_a_local_file_sync_is_disabled_and_says_why(qtbot, tmp_path):
    window = build_main_window(_server_with_data(tmp_path / "lokal.sqlite3"))
    qtbot.addWidget(window)
    assert not window.actionSync.isEnabled()
    assert "lokale Datenbank-Datei" in window.actionSync.toolTip()
    window.close()
    close_database()


def test_the_server_going_away_switches_to_the_copy_keeping_an_open_form(window_on_server, fake_sync, qtbot):
    window = window_on_server
    select_card(window, "Anna Berger")
    seen: list[str] = []

    def type_then_lose_the_server(modal: QWidget) -> None:
        retype(modal.findChild(QLineEdit, "firstNameEdit"), "Annemarie")
        window.live_refresh.reachable.emit(False)  # the watcher noticed the server is gone
        qtbot.waitUntil(lambda: offline_text(window) != "", timeout=5000)
        seen.append(offline_text(window))
        assert modal.findChild(QLineEdit, "firstNameEdit").text() == "Annemarie"  # nothing typed is lost
        click(button(modal, "saveButton"))

    with modal_script(type_then_lose_the_server):
        window.actionEditContact.trigger()
    assert seen == ["Offline – 0 Änderungen warten auf Übertragung"]
    qtbot.waitUntil(lambda: any("Annemarie Berger" in c for c in cards(window)), timeout=5000)
    assert offline_text(window) == "Offline – 1 Änderung wartet auf Übertragung"
    assert not window.findChild(QLabel, "connectionState").isVisible()
    assert window.live is None  # nothing asks the server while it is away
    window.actionUndo.trigger()  # the count follows undo too (the stand-in counts history entries)
    assert offline_text(window) == "Offline – 0 Änderungen warten auf Übertragung"


def test_the_server_back_syncs_switches_back_and_shows_the_servers_data(fake_sync, qtbot, monkeypatch):
    monkeypatch.setattr(sync_controller, "PROBE_EVERY_MS", 50)
    window = build_main_window(fake_sync.server)
    qtbot.addWidget(window)
    window.show()
    fake_sync.has_copy = True
    monkeypatch.setattr(
        sync_service, "sync", lambda url, progress=None: (_ for _ in ()).throw(DatabaseUnavailable.of("weg"))
    )
    window.live_refresh.reachable.emit(False)
    qtbot.waitUntil(lambda: offline_text(window) != "", timeout=5000)
    # Meanwhile a colleague renamed the customer on the server.
    other = build_plain_sql(fake_sync.server)
    other("UPDATE customer SET name = 'Müller & Söhne KG', version = version + 1")
    monkeypatch.setattr(sync_service, "sync", fake_sync.sync)  # the server answers again
    qtbot.waitUntil(lambda: offline_text(window) == "", timeout=5000)
    assert fake_sync.synced == [fake_sync.server]
    assert window.statusBar().currentMessage() == (
        "Wieder mit dem Server verbunden. Synchronisiert: 3 gesendet, 12 empfangen"
    )
    qtbot.waitUntil(lambda: window.current_customer().name == "Müller & Söhne KG", timeout=5000)
    assert window.live is not None  # others' changes are followed again
    window.close()
    close_database()


def build_plain_sql(url: str):
    from tests.ui.test_live_refresh import plain_sql

    return lambda statement: plain_sql(url, statement)


def test_unreachable_at_start_opens_the_copy_and_without_one_says_so(fake_sync, qtbot, tmp_path):
    gone = "postgresql://kv@127.0.0.1:1/kontakte"  # nothing listens there
    fake_sync.server = gone
    window = build_main_window(gone)
    qtbot.addWidget(window)
    assert offline_text(window) == "Offline – 0 Änderungen warten auf Übertragung"
    assert "nicht erreichbar" in window.findChild(QLabel, "offlineState").toolTip()
    assert window.customer_model.rowCount() == 1
    window.close()
    close_database()
    fake_sync.has_copy = False
    with pytest.raises(DatabaseUnavailable):
        build_main_window(gone)


def _conflicts() -> list[SyncConflict]:
    return [
        SyncConflict(
            7,
            "contact",
            1,
            Message(T("Kontakt {name}: offline geändert, auf dem Server auch"), {"name": "Anna Berger"}),
            (("position", "Leitung Einkauf", "Einkauf"), ("first_name", "Anna", "Anne")),
            "field",
        ),
        SyncConflict(8, "contact", 2, Message("Kontakt Jürgen Weiß"), (), "delete"),
    ]


def test_conflicts_are_listed_side_by_side_and_leave_the_list_once_decided(window_on_server, fake_sync, qtbot):
    window = window_on_server
    fake_sync.conflicts = _conflicts()
    window.actionSync.trigger()
    note = window.findChild(QToolButton, "conflictsNote")
    qtbot.waitUntil(note.isVisible, timeout=5000)
    assert note.text() == "2 Konflikte"
    assert "2 Konflikte warten auf Ihre Entscheidung" in window.statusBar().currentMessage()
    shown: list[object] = []

    def decide_both(modal: QWidget) -> None:
        listing = modal.findChild(QListWidget, "conflictList")
        table = modal.findChild(QTableWidget, "fieldTable")
        shown.append([listing.item(r).text() for r in range(listing.count())])
        shown.append([[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())])
        click(modal.findChild(QPushButton, "takeMineButton"))
        shown.append(modal.findChild(QLabel, "whatLabel").text())
        click(modal.findChild(QPushButton, "takeServerButton"))
        shown.append((listing.count(), modal.findChild(QLabel, "whatLabel").text()))
        click(button(modal, "closeButton"))

    with modal_script(decide_both):
        click(note)
    assert shown[0] == ["Kontakt Anna Berger: offline geändert, auf dem Server auch", "Kontakt Jürgen Weiß"]
    assert shown[1] == [["Position", "Leitung Einkauf", "Einkauf"], ["Vorname", "Anna", "Anne"]]
    assert "nicht gelöscht" in str(shown[2])  # delete vs. edit: what happened, in words
    assert shown[3][0] == 0 and "Keine offenen Konflikte" in shown[3][1]
    assert fake_sync.decided == [(7, "mine"), (8, "server")]
    assert not note.isVisible()
    assert customers.customer_count() == 1
