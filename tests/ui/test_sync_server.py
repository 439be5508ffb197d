"""Offline work in the window against a real server (issue 16, R14, B6): the first sync makes the
copy, the server goes away under an open form, the form is saved on the copy, the status bar
counts the change waiting, and once the server answers again the window syncs and switches back."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kontaktverwaltung.app import build_main_window
from kontaktverwaltung.services import customers
from kontaktverwaltung.services import sync as sync_service
from kontaktverwaltung.store import db as dbmod
from kontaktverwaltung.store import opening
from kontaktverwaltung.store.opening import close_database
from kontaktverwaltung.ui import sync_controller
from tests.factories import make_contact, make_customer, make_location
from tests.proxy import Proxy
from tests.ui.driving import button, click, modal_script, retype
from tests.ui.test_main_window import cards, select_card


def first_name_on_server(url: str, contact_id: int) -> str:
    other = dbmod.connect_url(url)
    other.connect()
    try:
        return other.execute_sql(f"SELECT first_name FROM contact WHERE id = {contact_id}").fetchone()[0]
    finally:
        other.close()


@pytest.fixture
def window_through_proxy(backend, empty_db_url, qtbot, ctx, monkeypatch):
    if backend == "sqlite":
        pytest.skip("a SQLite file needs no offline copy")
    monkeypatch.setattr(sync_controller, "PROBE_EVERY_MS", 100)
    proxy, url = Proxy.for_url(empty_db_url)
    window = build_main_window(url)
    qtbot.addWidget(window)
    customer = make_customer(ctx, "Müller & Söhne GmbH", "K-1")
    make_contact(ctx, make_location(ctx, customer), "Anna", "Berger")
    window.reload_customers()
    window.show()
    yield window, proxy, url
    window.close()
    proxy.close()
    close_database()


def test_offline_under_an_open_form_then_back_with_the_change_on_the_server(window_through_proxy, qtbot, monkeypatch):
    window, proxy, url = window_through_proxy
    window.actionSync.trigger()  # the first sync makes the copy
    qtbot.waitUntil(lambda: "Synchronisiert" in window.statusBar().currentMessage(), timeout=20_000)
    assert sync_service.has_offline_copy(url)
    select_card(window, "Anna Berger")
    anna = window.current_card().id
    state = window.findChild(QLabel, "offlineState")
    seen: list[str] = []

    def type_then_lose_the_server(modal: QWidget) -> None:
        retype(modal.findChild(QLineEdit, "firstNameEdit"), "Annemarie")
        proxy.cut()
        qtbot.waitUntil(lambda: not state.isHidden(), timeout=10_000)
        seen.append(state.text())
        seen.append(modal.findChild(QLineEdit, "firstNameEdit").text())
        click(button(modal, "saveButton"))  # saved on the copy

    with modal_script(type_then_lose_the_server, deadline_ms=20_000):
        window.actionEditContact.trigger()
    assert seen == ["Offline – 0 Änderungen warten auf Übertragung", "Annemarie"]
    qtbot.waitUntil(lambda: any("Annemarie Berger" in c for c in cards(window)), timeout=5000)
    assert state.text() == "Offline – 1 Änderung wartet auf Übertragung"
    assert not window.findChild(QLabel, "connectionState").isVisible()

    connected_in: list[bool] = []  # per connect to the server: whether on the UI thread
    real_connect = opening._connect
    main = threading.current_thread()
    monkeypatch.setattr(
        opening,
        "_connect",
        lambda db, *a: connected_in.append(threading.current_thread() is main) or real_connect(db, *a),
    )
    proxy.resume()  # the probe notices, the window syncs and switches back
    qtbot.waitUntil(lambda: state.isHidden(), timeout=20_000)
    # the window's switch back waits for no connect on the UI thread: the sync's thread made it
    assert connected_in and not any(connected_in)
    assert customers.customer_count() == 1  # and the UI thread works on the server with it
    assert window.statusBar().currentMessage().startswith("Wieder mit dem Server verbunden. Synchronisiert: 1 gesendet")
    assert first_name_on_server(url, anna) == "Annemarie"
    assert window.live is not None and any("Annemarie Berger" in c for c in cards(window))
