"""Opening a big customer (issue 15): the first cards are on screen at once, the others come in
the background without a reset; the selection, the scroll position, the search, saving, undo and
others' changes keep working while they come and after."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLineEdit, QProgressBar

from kontaktverwaltung.services import customers
from kontaktverwaltung.store.models import Contact
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.background import wait_for_all
from kontaktverwaltung.ui.models import ObjectRole
from tests.services.test_load_customer import _bulk_customer
from tests.ui.driving import button, click, modal_script, retype, type_text
from tests.ui.test_live_refresh import plain_sql, until
from tests.ui.test_main_window import cards


@pytest.fixture
def held(monkeypatch) -> Iterator[threading.Event]:
    """The cards after the first screenful wait until the test sets the event."""
    gate = threading.Event()
    original = customers.load_pending

    def held_back(panel):
        gate.wait(30)
        return original(panel)

    monkeypatch.setattr(customers, "load_pending", held_back)
    try:
        yield gate
    finally:
        gate.set()
        wait_for_all()


def _open(window, contacts: int, locations: int, renamed: str = "") -> int:
    """The customer "K-GROSS" selected; ``renamed``: the Hubers among its contacts are called so."""
    big = _bulk_customer("K-GROSS", contacts, locations)
    if renamed:
        Contact.update(last_name=renamed).where(
            (Contact.customer == big) & Contact.last_name.startswith("Huber")
        ).execute()
    window.reload_customers(select_id=big)
    assert window.current_customer().id == big
    return big


def _bar(window) -> QProgressBar:
    return window.findChild(QProgressBar, "panelLoading")


def _complete(window) -> bool:
    panel = window.panel_model.panel
    return panel is not None and panel.complete and not window.panel.loader.busy


def test_the_first_cards_show_before_the_customer_is_read_and_all_come(window, qtbot, held):
    big = _open(window, 1_200, 30)
    # On screen right away, before any of the others is read: a screenful, the total in the headline.
    assert 0 < window.panel_model.visible_contacts < 1_200
    assert window.panel_view.isVisible() and not window.panel_empty.isVisible()
    assert "1.200 Ansprechpartner" in window.customer_title.text()
    assert _bar(window).isVisible() and _bar(window).value() == window.panel_model.visible_contacts
    first = cards(window)
    held.set()
    qtbot.waitUntil(lambda: _complete(window), timeout=20_000)
    assert window.panel_model.visible_contacts == 1_200 and not _bar(window).isVisible()
    assert window.panel_model.panel == customers.load_panel(big)  # every card, in order, once
    assert cards(window)[: len(first)] == first  # the first ones stayed where they were


def test_the_search_while_cards_come_never_says_no_match(window, qtbot, held):
    big = _open(window, 1_200, 30)
    full = customers.load_panel(big)
    late = full.contacts_at(full.locations[-1].id)[-1]  # on the last location: read last
    type_text(window.contact_search, late.primary_email)
    assert window.panel_model.visible_contacts == 0
    assert "Kein Ansprechpartner passt" not in window.panel_empty.text()
    assert "Bisher passt kein Ansprechpartner" in window.panel_empty.text()
    held.set()
    qtbot.waitUntil(lambda: _complete(window), timeout=20_000)
    assert window.panel_model.visible_contacts == 1 and window.panel_view.isVisible()
    assert cards(window) == [late.name()]
    window.contact_search.clear()
    type_text(window.contact_search, "Anna")
    assert window.panel_model.visible_contacts == sum(c.first_name == "Anna" for c in full.contacts)


def test_the_selection_and_the_card_at_the_top_stay_while_cards_come(window, qtbot, held):
    # One location: its other cards come in among the first ones, and before them where the
    # database sorts otherwise than a German reader (SQLite puts "Ärger" after "Zach").
    _open(window, 1_200, 1, renamed="Ärger")
    view = window.panel_view
    window.panel.select_contact(window.panel_model.panel.contacts[30].id)
    selected = window.current_card()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    top = view.indexAt(QPoint(0, 0))
    at_top, offset = top.data(ObjectRole), view.visualRect(top).top()
    held.set()
    qtbot.waitUntil(lambda: _complete(window), timeout=20_000)
    assert window.current_card() == selected
    assert [card.id for card in window.panel.selected_cards()] == [selected.id]
    now = view.indexAt(QPoint(0, 0))
    assert now.data(ObjectRole) == at_top and view.visualRect(now).top() == offset


def test_a_delete_and_its_undo_while_cards_come_show_the_whole_customer(window, qtbot, held, monkeypatch):
    _open(window, 1_200, 30)
    victim = window.panel_model.panel.contacts[0]
    window.panel.select_contact(victim.id)
    monkeypatch.setattr(prompts, "ask_delete_contact", lambda parent, impact: "delete")
    window.actionDeleteContact.trigger()
    qtbot.waitUntil(lambda: window.panel_model.visible_contacts == 1_199, timeout=20_000)  # read in the background
    assert victim.id not in {c.id for c in window.panel.panel.contacts}
    window.actionUndo.trigger()
    qtbot.waitUntil(lambda: window.panel_model.visible_contacts == 1_200, timeout=20_000)
    held.set()  # the cards read for the first view come late: they are not taken again
    wait_for_all()
    qtbot.wait(50)
    ids = [c.id for c in window.panel.panel.contacts]
    assert len(ids) == len(set(ids)) == 1_200 and window.panel_model.visible_contacts == 1_200
    assert not _bar(window).isVisible()


def test_a_colleagues_change_while_cards_come_shows_once_they_are_in(window, qtbot, held, empty_db_url):
    big = _open(window, 1_200, 30)
    full = customers.load_panel(big)
    late = full.contacts_at(full.locations[-1].id)[0]
    plain_sql(empty_db_url, f"UPDATE contact SET last_name = 'Spätzünder', version = version + 1 WHERE id = {late.id}")
    held.set()
    until(qtbot, lambda: any("Spätzünder" in name for name in cards(window)))
    assert window.panel_model.visible_contacts == 1_200


def test_saving_a_card_of_a_big_customer_shows_it_keeping_selection_and_scroll(window, qtbot, monkeypatch):
    # The customer is read again off the UI thread: the window never waits for its 1,200 cards.
    _open(window, 1_200, 30)
    qtbot.waitUntil(lambda: _complete(window), timeout=20_000)
    view = window.panel_view
    edited = window.panel_model.panel.contacts[600]
    window.panel.select_contact(edited.id)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    read_here: list[bool] = []
    original = customers.load_panel
    main = threading.current_thread()
    monkeypatch.setattr(
        customers,
        "load_panel",
        lambda *a, **k: read_here.append(threading.current_thread() is main) or original(*a, **k),
    )

    def change(dialog):
        retype(dialog.findChild(QLineEdit, "lastNameEdit"), "Neuname")
        click(button(dialog, "saveButton"))

    with modal_script(change):
        window.actionEditContact.trigger()
    until(qtbot, lambda: any("Neuname" in name for name in cards(window)))
    assert read_here and not any(read_here)  # read in the background (live refresh may read it once more)
    assert window.current_card().id == edited.id and window.current_card().last_name == "Neuname"
    assert view.verticalScrollBar().value() == scroll
    assert window.panel_model.visible_contacts == 1_200


def test_jobs_and_history_are_read_only_when_their_tab_is_shown(window, qtbot, monkeypatch):
    from kontaktverwaltung.services import history, portal

    read: list[str] = []
    for module, name in ((portal, "jobs_of"), (history, "history_of_customer")):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _o=original, _n=name, **k: read.append(_n) or _o(*a, **k))
    _open(window, 1_200, 30)
    qtbot.waitUntil(lambda: _complete(window), timeout=20_000)
    assert read == []  # opening the customer read neither
    window.panel.tabs.setCurrentWidget(window.panel.jobs_panel)
    assert read == ["jobs_of"]
    assert len(window.panel.jobs_panel.contacts) == 1_200  # every card offered as responsible person
    window.panel.tabs.setCurrentWidget(window.panel.history_panel)
    assert read == ["jobs_of", "history_of_customer"]
