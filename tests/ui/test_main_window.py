"""The main window as a recruiter uses it (S1–S6, S14, B1, B8, B12)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

import kontaktverwaltung
from kontaktverwaltung.app import build_main_window, run_gui
from kontaktverwaltung.cli import main
from kontaktverwaltung.domain.contact import InactiveReason, Salutation
from kontaktverwaltung.domain.errors import DatabaseUnavailable
from kontaktverwaltung.services import contacts, customers
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.services.history import history_of_contact
from kontaktverwaltung.store.db import sqlite_url
from kontaktverwaltung.store.opening import close_database, open_database
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.card_delegate import icon_rects
from kontaktverwaltung.ui.models import KindRole, ObjectRole, RowKind
from kontaktverwaltung.ui.views import RowListView
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, retype, settle_background, type_text


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


def test_the_window_needs_no_database_code_to_appear():
    """Start to a usable window: the store, peewee and the drivers load after the window shows, and
    so do the records only single actions hand over (domain/results.py: ~10 ms of dataclasses) and
    what only an opened customer or a dragged card needs (html, the vCard export: ~2 ms)."""
    modules = [
        "peewee",
        "psycopg2",
        "pymysql",
        "html",
        "kontaktverwaltung.store.db",
        "kontaktverwaltung.domain.results",
    ]
    code = f"import sys, kontaktverwaltung.ui.main_window; print(sorted(set({modules!r}) & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_window_s_modules_are_not_read_as_source_at_start():
    """PySide6's import hook would read the source of every module imported after it (10-15 ms of
    the start, ~8 MB of lines kept); the app takes them, as its installed build does, for modules
    without PySide's opt-in features, which none of its modules uses."""
    code = (
        "import sys, linecache, kontaktverwaltung.app, kontaktverwaltung.ui.main_window; "
        "print(sorted(f for f in linecache.cache if 'kontaktverwaltung' in f))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    sources = Path(kontaktverwaltung.__file__).parent.rglob("*.py")
    assert not [s for s in sources if "from __feature__" in s.read_text(encoding="utf-8")]


SHOWN_BEFORE_THE_STORE = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
from kontaktverwaltung.app import build_main_window
window = build_main_window(sys.argv[1], wait=False)
window.show()
QApplication.processEvents()
database_code = {"peewee", "psycopg2", "pymysql", "kontaktverwaltung.store.db", "kontaktverwaltung.domain.results"}
database_code &= set(sys.modules)
search = window.findChild(QLineEdit, "customerSearch")
print(sorted(database_code), window.menuBar().actions()[0].text(), search.isEnabled())
window.wait_until_loaded()
print(window.customer_model.rowCount(), window.current_customer().name)
window.close()
"""


def test_the_window_shows_before_the_store_is_imported_then_fills_the_list(tmp_path):
    """Start (issue 15): menus and a usable customer search on the screen before any database code
    is imported; the database opens and the list fills after the first frame."""
    url = _database_with_one_contact(tmp_path / "daten.sqlite3")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SHOWN_BEFORE_THE_STORE, url], capture_output=True, text=True, check=True, env=env
    ).stdout.splitlines()
    assert out == ["[] &Datei True", "1 Müller & Söhne GmbH"]


CLOSED_WHILE_LOADING = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kontaktverwaltung.app import build_main_window
from kontaktverwaltung.ui import main_window
main_window.BACKGROUND_CUSTOMERS = 0  # the first screenful, then the rest in the background
window = build_main_window(sys.argv[1], wait=False)
window.show()
QTimer.singleShot(int(sys.argv[2]), window.close)
QApplication.exec()
print("ended")
"""


@pytest.mark.parametrize("after_ms", [0, 40, 200])
def test_closing_the_window_while_it_opens_and_loads_prints_nothing(tmp_path, after_ms):
    url = _database_with_one_contact(tmp_path / "daten.sqlite3")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CLOSED_WHILE_LOADING, url, str(after_ms)], capture_output=True, text=True, env=env
    )
    said = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert (result.returncode, result.stdout.strip(), said) == (0, "ended", [])


def test_the_window_shows_before_the_database_is_open_and_ignores_actions_until_then(qtbot, tmp_path):
    url = _database_with_one_contact(tmp_path / "daten.sqlite3")
    window = build_main_window(url, wait=False)
    qtbot.addWidget(window)
    window.show()
    if not window.opened:  # usually still opening here; on a fast machine it may be done
        assert window.nothing_label.text().startswith("Datenbank wird geöffnet:")
        with modal_script():  # no dialog may open: nothing to create a customer in yet
            window.actionNewCustomer.trigger()
    window.wait_until_loaded()
    assert window.opened and window.customer_model.rowCount() == 1
    assert window.current_customer().name == "Müller & Söhne GmbH"
    window.close()
    close_database()


def test_a_file_that_is_no_database_is_reported_and_the_app_ends(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "kaputt.sqlite3"
    broken.write_bytes(b"Das ist keine Datenbank." * 100)
    with pytest.raises(DatabaseUnavailable):
        build_main_window(sqlite_url(broken))
    warnings: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, title, text: warnings.append(f"{title}: {text}"))
    guard = QTimer(singleShot=True, interval=20_000)  # never hang the suite …
    guard.timeout.connect(lambda: QApplication.instance().exit(99))
    guard.start()
    try:
        assert run_gui(sqlite_url(broken)) == 2
    finally:
        guard.stop()  # … and never end a later test's event loops
    assert warnings and warnings[0].startswith("Datenbank kann nicht geöffnet werden: „")
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_the_app_logs_to_its_data_folder_once_the_window_is_painted(qtbot, tmp_path, monkeypatch):
    """The log file's set-up (logging.handlers: ~20 ms of imports) waits for the first frame."""
    import logging

    from kontaktverwaltung import app
    from kontaktverwaltung.domain.urls import default_database_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "benutzerdaten"))
    monkeypatch.setattr(app, "_logging_to_file", [])  # as in a new process
    log_file = default_database_path().parent / "kontaktverwaltung.log"
    url = _database_with_one_contact(tmp_path / "daten.sqlite3")

    def look() -> None:
        if log_file.exists():
            QApplication.instance().exit(0)

    poll = QTimer(interval=20)
    poll.timeout.connect(look)
    poll.start()
    guard = QTimer(singleShot=True, interval=20_000)  # never hang the suite
    guard.timeout.connect(lambda: QApplication.instance().exit(99))
    guard.start()
    try:
        assert run_gui(url) == 0
    finally:
        poll.stop()
        guard.stop()
        QApplication.setQuitOnLastWindowClosed(False)  # a quit left behind would end a later test's dialog
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.processEvents()
        QApplication.setQuitOnLastWindowClosed(True)
        for handler in app._logging_to_file:
            if handler is not None:
                logging.getLogger("kontaktverwaltung").removeHandler(handler)
                handler.close()
        app._logging_to_file.clear()
        close_database()
    assert log_file.exists()


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


# --- a recruiter at work, on every database backend ----------------------------------------------


@pytest.fixture
def window(empty_db_url, qtbot, ctx):
    """The main window on a customer with two locations, four contacts (one inactive)."""
    window = build_main_window(empty_db_url)
    qtbot.addWidget(window)
    customer = make_customer(ctx, "Müller & Söhne GmbH", "K-1")
    vienna = make_location(ctx, customer, "Zentrale Wien")
    graz = make_location(ctx, customer, "Werk Graz", "Graz")
    make_contact(
        ctx,
        vienna,
        "Jürgen",
        "Weiß",
        emails=("j.weiss@mueller.at",),
        phones=("0664 1234567",),
        position="Personalleiter",
        salutation=Salutation.HERR,
    )
    make_contact(ctx, vienna, "Anna", "Berger", emails=("a.berger@mueller.at",))
    petra = make_contact(ctx, graz, "Petra", "Öztürk", phones=("+49 30 1234567",))
    contacts.set_active(ctx, petra, None, False, InactiveReason.KARENZ)
    make_customer(ctx, "Zweite AG", "K-2")
    window.reload_customers()
    window.resize(1280, 800)
    window.show()
    yield window
    window.undo_stack.clear()
    settle_background()  # pytest-qt closed the window: its late results arrive while its database is bound
    close_database()


def cards(window) -> list[str]:
    model = window.panel_model
    return [
        model.index(r).data(Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
        if model.index(r).data(KindRole) == RowKind.CONTACT
    ]


def rows(window) -> list[str]:
    model = window.panel_model
    return [model.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def select_card(window, name: str) -> QModelIndex:
    model = window.panel_model
    for r in range(model.rowCount()):
        index = model.index(r)
        if index.data(KindRole) == RowKind.CONTACT and name in index.data(Qt.ItemDataRole.DisplayRole):
            window.panel_view.setCurrentIndex(index)
            return index
    raise AssertionError(f"no card {name}")


def click_icon(window, qtbot, index: QModelIndex, action: str) -> None:
    """Click the icon of a card or location header, where the delegate draws it."""
    view = window.panel_view
    view.scrollTo(index)
    rect = view.visualRect(index)
    kind = RowKind(index.data(KindRole))
    box = next(box for _m, name, _tip, box in icon_rects(rect, kind) if name.value == action)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def header_index(window, name: str) -> QModelIndex:
    model = window.panel_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r).data(KindRole) == RowKind.LOCATION and model.index(r).data() == name
    )
    return model.index(row)


def test_opening_a_customer_shows_its_locations_with_their_cards(window):
    assert window.current_customer().name == "Müller & Söhne GmbH"
    assert rows(window) == ["Zentrale Wien", "Frau Anna Berger", "Herr Jürgen Weiß", "Werk Graz", "Frau Petra Öztürk"]
    petra = window.panel_model.index(4).data(ObjectRole)
    assert not petra.active and petra.readiness.short_de == "Portal: gesperrt (inaktiv)"
    for name in ("customerList", "customerSearch", "locationPanel", "contactSearch", "newLocationButton"):
        assert window.findChild(QWidget, name) is not None, name


def test_models_behave(window, qtmodeltester):
    qtmodeltester.check(window.customer_model)
    qtmodeltester.check(window.panel_model)


def test_search_bar_filters_cards_as_you_type(window, qtbot):
    search = window.findChild(QLineEdit, "contactSearch")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    type_text(search, "weiss")
    assert rows(window) == ["Zentrale Wien", "Herr Jürgen Weiß"]
    retype(search, "0664 1234")
    assert cards(window) == ["Herr Jürgen Weiß"]
    retype(search, "graz")
    assert cards(window) == ["Frau Petra Öztürk"]
    retype(search, "niemand")
    assert rows(window) == [] and "Kein Ansprechpartner passt" in window.panel_empty.text()


def test_the_selected_card_stays_selected_while_the_search_narrows(window, qtbot, qtmodeltester):
    qtmodeltester.check(window.panel_model)  # its layout changes while typing are checked too
    everyone = cards(window)
    window.panel.select_contact(next(c.id for c in window.panel_model.panel.contacts if c.last_name == "Weiß"))
    search = window.findChild(QLineEdit, "contactSearch")
    type_text(search, "w")
    type_text(search, "ei")
    assert window.current_card().last_name == "Weiß"
    assert window.panel_view.selectionModel().isRowSelected(rows(window).index("Herr Jürgen Weiß"))
    first = window.panel_view.verticalHeader()
    assert first.sectionSize(0) < first.sectionSize(1)  # the first row is still the short one, a location
    retype(search, "graz")
    assert window.current_card() is None and cards(window) == ["Frau Petra Öztürk"]
    search.clear()
    assert cards(window) == everyone


def test_customer_search_finds_by_name_number_and_city(window):
    search = window.findChild(QLineEdit, "customerSearch")
    type_text(search, "mueller")
    assert [window.customer_model.customer_at(r).name for r in range(window.customer_model.rowCount())] == [
        "Müller & Söhne GmbH"
    ]
    retype(search, "K-2")
    assert window.customer_model.customer_at(0).name == "Zweite AG"


def test_new_location_through_the_button_and_undo_redo(window, qtbot):
    def fill(dialog):
        type_text(dialog.ui.nameEdit, "Lager Linz")
        type_text(dialog.ui.cityEdit, "Linz")
        click(button(dialog, "saveButton"))

    with modal_script(fill):
        qtbot.mouseClick(window.findChild(QPushButton, "newLocationButton"), Qt.MouseButton.LeftButton)
    assert "Lager Linz" in rows(window)
    assert window.actionUndo.text().replace("&", "") == "Rückgängig: Standort „Lager Linz“ anlegen"
    window.actionUndo.trigger()
    assert "Lager Linz" not in rows(window)
    assert [loc.name for loc in customers.load_panel(window.current_customer().id).locations] == [
        "Zentrale Wien",
        "Werk Graz",
    ]
    window.actionRedo.trigger()
    assert "Lager Linz" in rows(window)


def test_add_contact_with_the_location_icon(window, qtbot):
    def fill(dialog):
        assert dialog.objectName() == "ContactDialog"
        type_text(dialog.findChild(QLineEdit, "firstNameEdit"), "Zoë")
        type_text(dialog.findChild(QLineEdit, "lastNameEdit"), "Gruber")
        click(button(dialog, "saveButton"))

    with modal_script(fill):
        click_icon(window, qtbot, header_index(window, "Werk Graz"), "actionNewContact")
    assert rows(window)[-2:] == ["Frau Petra Öztürk", "Zoë Gruber"] or "Zoë Gruber" in rows(window)
    card = window.current_card()
    assert card.display_name.endswith("Zoë Gruber") and card.username == "zgruber"
    assert window.panel_model.location_of_row(window.panel_view.currentIndex().row()).name == "Werk Graz"
    window.actionUndo.trigger()
    assert not any("Gruber" in r for r in rows(window))


def test_edit_contact_with_the_card_icon(window, qtbot):
    index = select_card(window, "Anna Berger")

    def change(dialog):
        retype(dialog.findChild(QLineEdit, "lastNameEdit"), "Berger-Huber")
        click(button(dialog, "saveButton"))

    with modal_script(change):
        click_icon(window, qtbot, index, "actionEditContact")
    assert "Frau Anna Berger-Huber" in rows(window)
    window.actionUndo.trigger()
    assert "Frau Anna Berger" in rows(window)


def test_delete_recommends_deactivating_and_undo_restores(window, qtbot, monkeypatch):
    index = select_card(window, "Jürgen Weiß")
    asked = []
    monkeypatch.setattr(prompts, "ask_delete_contact", lambda parent, impact: asked.append(impact) or "delete")
    before = dump_database()
    click_icon(window, qtbot, index, "actionDeleteContact")
    assert asked[0].display_name == "Herr Jürgen Weiß"
    assert "Herr Jürgen Weiß" not in rows(window)
    window.actionUndo.trigger()
    assert dump_database() == before
    assert "Herr Jürgen Weiß" in rows(window)


def test_delete_offers_deactivation_instead(window, qtbot, monkeypatch):
    select_card(window, "Anna Berger")
    monkeypatch.setattr(prompts, "ask_delete_contact", lambda parent, impact: "deactivate")

    def choose_the_reason(dialog):
        assert dialog.objectName() == "ContactDialog"
        assert not dialog.findChild(QCheckBox, "activeCheck").isChecked()
        reason = dialog.findChild(QComboBox, "reasonCombo")
        assert reason.hasFocus()
        reason.setCurrentIndex(reason.findText("Bildungskarenz"))
        click(button(dialog, "saveButton"))

    with modal_script(choose_the_reason):
        window.actionDeleteContact.trigger()
    card = window.current_card()
    assert card.display_name == "Frau Anna Berger" and not card.active and card.inactive_reason == "Bildungskarenz"


def drag_with_the_mouse(window, qtbot, monkeypatch, source: QModelIndex, target: QModelIndex) -> None:
    """Press on a card, move the mouse until the view starts dragging, and drop it on the target.

    Everything up to the start of the drag is real mouse input through the window. The system's
    drag loop cannot run offscreen, so it is played by delivering the drag-enter, drag-move and
    drop events Qt would send to the view under the mouse, carrying the data the view dragged."""
    view = window.panel_view
    dragged: list[QMimeData] = []

    def play_system_drag(self, actions):
        data = self.model().mimeData(self.selectedIndexes())
        dragged.append(data)
        viewport = self.viewport()
        at = QPointF(self.visualRect(target).center())
        buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        for event in (
            QDragEnterEvent(at.toPoint(), actions, data, buttons, modifiers),
            QDragMoveEvent(at.toPoint(), actions, data, buttons, modifiers),
        ):
            QApplication.sendEvent(viewport, event)
            assert event.isAccepted(), "the view refuses the card over the target"
        QApplication.sendEvent(viewport, QDropEvent(at, actions, data, buttons, modifiers))

    monkeypatch.setattr(RowListView, "startDrag", play_system_drag, raising=False)
    handle = window.windowHandle()
    press = view.viewport().mapTo(window, view.visualRect(source).center())
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    QTest.mouseMove(handle, press + QPoint(0, 3))
    QTest.mouseMove(handle, press + QPoint(0, QApplication.startDragDistance() + 10))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    assert dragged, "moving the pressed mouse did not start a drag"


def test_drag_a_card_onto_another_location_moves_it(window, qtbot, monkeypatch):
    qtbot.waitExposed(window)
    source = select_card(window, "Anna Berger")
    drag_with_the_mouse(window, qtbot, monkeypatch, source, header_index(window, "Werk Graz"))
    qtbot.waitUntil(lambda: "Frau Anna Berger" in rows(window)[-2:])
    moved = next(c for c in customers.load_panel(window.current_customer().id).contacts if c.last_name == "Berger")
    assert window.panel_model.location_of_row(window.panel_model.row_of_contact(moved.id)).name == "Werk Graz"
    assert window.actionUndo.text().replace("&", "") == "Rückgängig: Ansprechpartner „Frau Anna Berger“ verschieben"
    window.actionUndo.trigger()
    assert rows(window)[:3] == ["Zentrale Wien", "Frau Anna Berger", "Herr Jürgen Weiß"]
    window.actionRedo.trigger()
    assert "Frau Anna Berger" in rows(window)[-2:]


def test_a_card_dropped_on_its_own_location_stays(window, qtbot, monkeypatch):
    qtbot.waitExposed(window)
    before = rows(window)
    source = select_card(window, "Anna Berger")
    drag_with_the_mouse(window, qtbot, monkeypatch, source, header_index(window, "Zentrale Wien"))
    qtbot.wait(50)
    assert rows(window) == before
    assert not window.undo_stack.canUndo()


def test_move_with_the_icon_asks_for_the_target(window, qtbot):
    index = select_card(window, "Jürgen Weiß")

    def choose(dialog):
        assert dialog.objectName() == "MoveContactDialog"
        dialog.findChild(QListWidget).setCurrentRow(0)
        click(button(dialog, "saveButton"))

    card = window.current_card()
    with modal_script(choose):
        click_icon(window, qtbot, index, "actionMoveContact")
    moved = contacts.contact_card(card.id)
    assert window.panel_model.location_of_row(window.panel_model.row_of_contact(moved.id)).name == "Werk Graz"
    assert rows(window) == ["Zentrale Wien", "Frau Anna Berger", "Werk Graz", "Frau Petra Öztürk", "Herr Jürgen Weiß"]


def test_email_and_call_open_the_system_and_leave_no_history(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    index = select_card(window, "Jürgen Weiß")
    card = window.current_card()
    history_before = len(history_of_contact(card.id))
    click_icon(window, qtbot, index, "actionEmailContact")
    click_icon(window, qtbot, index, "actionCallContact")
    assert opened == ["mailto:j.weiss@mueller.at", "tel:+436641234567"]
    assert len(history_of_contact(card.id)) == history_before  # S5: not in the history


def test_global_search_opens_the_customer_and_selects_the_card(window, qtbot):
    window.customer_list.setCurrentIndex(
        window.customer_model.index(window.customer_model.row_of(customers.customer_id_by_number("K-2")))
    )
    assert window.current_customer().name == "Zweite AG"

    def search(dialog):
        type_text(dialog.findChild(QLineEdit, "globalSearchEdit"), "öztürk")
        QTest.keyClick(dialog.findChild(QLineEdit, "globalSearchEdit"), Qt.Key.Key_Return)

    with modal_script(search):
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_customer().name == "Müller & Söhne GmbH"
    assert window.current_card().display_name == "Frau Petra Öztürk"


def test_deleting_a_location_with_contacts_moves_them_first(window, qtbot, monkeypatch):
    monkeypatch.setattr(prompts, "ask_location_with_contacts", lambda parent, name, count: True)

    def choose(dialog):
        dialog.findChild(QListWidget).setCurrentRow(0)
        click(button(dialog, "saveButton"))

    with modal_script(choose):
        click_icon(window, qtbot, header_index(window, "Werk Graz"), "actionDeleteLocation")
    assert rows(window) == ["Zentrale Wien", "Frau Anna Berger", "Frau Petra Öztürk", "Herr Jürgen Weiß"]
    window.actionUndo.trigger()
    assert "Werk Graz" in rows(window)


def test_new_customer_edit_and_delete_with_undo(window, qtbot, monkeypatch):
    def fill(dialog):
        type_text(dialog.ui.numberEdit, "K-3")
        type_text(dialog.ui.nameEdit, "Dritte GmbH")
        click(button(dialog, "saveButton"))

    with modal_script(fill):
        window.actionNewCustomer.trigger()
    assert window.current_customer().name == "Dritte GmbH"
    assert "Neuer Standort" in window.panel_empty.text() or "keinen Standort" in window.panel_empty.text()
    monkeypatch.setattr(prompts, "ask_delete_customer", lambda *args: True)
    window.actionDeleteCustomer.trigger()
    assert window.customer_model.row_of(customers.customer_id_by_number("K-1")) >= 0
    assert all(window.customer_model.customer_at(r).number != "K-3" for r in range(window.customer_model.rowCount()))
    window.actionUndo.trigger()
    assert any(window.customer_model.customer_at(r).number == "K-3" for r in range(window.customer_model.rowCount()))


def test_a_large_customer_opens_in_the_background_with_a_busy_bar(window, qtbot):
    from tests.services.test_load_customer import _bulk_customer

    big = _bulk_customer("K-GROSS", 1_200, 30)
    window.reload_customers(select_id=big)
    assert window.findChild(QProgressBar, "panelLoading").isVisible() or window.panel_model.visible_contacts == 1_200
    qtbot.waitUntil(lambda: window.panel_model.visible_contacts == 1_200, timeout=20_000)
    assert not window.findChild(QProgressBar, "panelLoading").isVisible()
    assert window.panel_view.isVisible()
    assert "1.200 Ansprechpartner" in window.customer_title.text()
    # Choosing another customer meanwhile wins: a late result never shows under the wrong name.
    window.reload_customers(select_id=big)
    window.customer_list.setCurrentIndex(
        window.customer_model.index(window.customer_model.row_of(customers.customer_id_by_number("K-1")))
    )
    window.wait_until_loaded()
    qtbot.wait(50)
    assert window.panel_model.panel.customer.number == "K-1"


def test_a_long_customer_list_loads_in_the_background(empty_db_url, qtbot, ctx, monkeypatch):
    from kontaktverwaltung.ui import main_window

    monkeypatch.setattr(main_window, "BACKGROUND_CUSTOMERS", 2)
    open_database(empty_db_url)
    for number in ("K-1", "K-2", "K-3"):
        make_customer(ctx, f"Kunde {number}", number)
    window = build_main_window(empty_db_url, wait=False)
    qtbot.addWidget(window)
    window.show()
    search = window.findChild(QLineEdit, "customerSearch")
    type_text(search, "k-2")  # while the list is still loading: the search takes it
    qtbot.waitUntil(lambda: window.opened and not window.customer_pane.loading, timeout=20_000)
    assert [window.customer_model.customer_at(row).number for row in range(window.customer_model.rowCount())] == ["K-2"]
    assert search.placeholderText() == "Kunden suchen: Name, Nummer, Ort"
    search.clear()
    assert window.customer_model.rowCount() == 3
    qtbot.waitUntil(lambda: window.current_customer() is not None)
    window.close()
    close_database()


def test_a_long_customer_list_shows_its_first_screenful_first_then_the_rest_below_it(
    empty_db_url, qtbot, ctx, monkeypatch
):
    """Start (issue 15): of a long list, the first rows are listed (and the first customer opened)
    while the rest loads; the rest comes in below them, the user's selection and search kept."""
    import threading

    from kontaktverwaltung.ui import main_window

    monkeypatch.setattr(main_window, "BACKGROUND_CUSTOMERS", 2)
    monkeypatch.setattr(main_window, "FIRST_SCREENFUL", 3)
    open_database(empty_db_url)
    for number, name in (("K-1", "Anker"), ("K-2", "Berger"), ("K-3", "Öztürk"), ("K-4", "Ziegler"), ("K-5", "Bauer")):
        make_customer(ctx, name, number)
    rest_may_come = threading.Event()
    list_all = customers.list_customers

    def held_back(*args):  # the whole list (in the background) waits until the test lets it come
        if not args:
            rest_may_come.wait(20)
        return list_all(*args)

    monkeypatch.setattr(customers, "list_customers", held_back)
    window = build_main_window(empty_db_url, wait=False)
    qtbot.addWidget(window)
    window.show()

    def listed() -> list[str]:
        return [window.customer_model.customer_at(row).name for row in range(window.customer_model.rowCount())]

    try:
        qtbot.waitUntil(lambda: window.customer_model.rowCount() > 0, timeout=20_000)
        assert listed() == ["Anker", "Bauer", "Berger"]  # the first three in the list's order (DIN 5007)
        qtbot.waitUntil(lambda: window.panel_model.panel is not None, timeout=20_000)
        assert window.customer_title.text().count("Anker") == 1  # the first customer is open already
        assert window.customer_search.placeholderText() == "5 Kunden werden geladen …"
        window.customer_list.setCurrentIndex(window.customer_model.index(2))  # the user picks Berger
        type_text(window.customer_search, "er")
        assert listed() == ["Anker", "Bauer", "Berger"]
    finally:
        rest_may_come.set()
    window.wait_until_loaded()
    assert listed() == ["Anker", "Bauer", "Berger", "Ziegler"]  # what matches "er": the rest below
    assert window.current_customer().name == "Berger"
    assert window.customer_search.placeholderText() == "Kunden suchen: Name, Nummer, Ort"
    window.customer_search.clear()
    assert len(listed()) == 5 and window.current_customer().name == "Berger"
    window.close()
    close_database()


def test_the_first_customers_are_listed_in_the_first_frame_and_the_one_chosen_opens_with_the_database(
    empty_db_url, qtbot, ctx
):
    """Start (issue 15): on a local file the first customers are listed before the database is
    open (read from the file: the window's first frame shows them); one chosen meanwhile is not
    opened on a database that is not there yet, but as soon as it is."""
    open_database(empty_db_url)
    for number, name in (("K-1", "Anker"), ("K-2", "Berger"), ("K-3", "Öztürk")):
        make_customer(ctx, name, number)
    close_database()
    window = build_main_window(empty_db_url, wait=False)
    qtbot.addWidget(window)
    if not empty_db_url.startswith("sqlite"):
        assert window.customer_model.rowCount() == 0  # a server's list comes with the database
    else:
        assert not window.opened
        names = [window.customer_model.customer_at(row).name for row in range(window.customer_model.rowCount())]
        assert names == ["Anker", "Berger", "Öztürk"]
        window.customer_list.setCurrentIndex(window.customer_model.index(1))
        assert window.current_customer() is None and not window.actionEditCustomer.isEnabled()
    window.show()
    window.wait_until_loaded()
    chosen = "Berger" if empty_db_url.startswith("sqlite") else "Anker"
    assert window.current_customer().name == chosen
    assert window.customer_title.text().count(chosen) == 1
    window.close()
    close_database()


def test_a_window_closed_and_started_again_lists_the_customers_as_it_left_them(tmp_path, qtbot, ctx, monkeypatch):
    """The first customers are kept at the close: the next start lists them in its first frame
    without reading the database (~1 ms instead of ~20 ms on the reference set), and not once
    another program changed the file meanwhile."""
    import sqlite3

    from kontaktverwaltung.store import first_look
    from kontaktverwaltung.ui.settings import Settings

    url = sqlite_url(tmp_path / "daten.sqlite3")
    open_database(url)
    for number, name in (("K-1", "Anker"), ("K-2", "Berger")):
        make_customer(ctx, name, number)
    close_database()

    def started() -> list[str]:
        window = build_main_window(url, wait=False)
        qtbot.addWidget(window)
        first = [window.customer_model.customer_at(row).name for row in range(window.customer_model.rowCount())]
        window.wait_until_loaded()
        window.close()
        close_database()
        return first

    assert started() == ["Anker", "Berger"]  # read from the file
    assert Settings.first_look_file().exists()

    def locked(*_args):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(first_look, "_read", locked)  # the file cannot be read at start any more
    assert started() == ["Anker", "Berger"]  # as kept at the close
    with sqlite3.connect(tmp_path / "daten.sqlite3") as other:  # another program adds a customer
        other.execute(
            "INSERT INTO customer (version, created_at, updated_at, number, name, notes)"
            " VALUES (1, '2026-01-05', '2026-01-05', 'K-3', 'Aachen Bau', '')"
        )
    assert started() == []  # not the kept list of before: the customers come with the database


def test_first_customers_of_a_database_that_then_cannot_be_opened_are_taken_away(tmp_path, qtbot, ctx, monkeypatch):
    """The file could be read, the opening fails (here: the database became unreachable): the
    list does not go on showing customers as if they were at hand."""
    from kontaktverwaltung import app
    from kontaktverwaltung.domain.errors import Problem

    url = sqlite_url(tmp_path / "daten.sqlite3")
    open_database(url)
    make_customer(ctx, "Anker", "K-1")
    close_database()

    def unreachable(*_args, **_kwargs):
        raise DatabaseUnavailable(Problem.of("Die Datenbank ist nicht erreichbar.", "db"))

    monkeypatch.setattr(app, "_open", unreachable)
    window = build_main_window(url, wait=False)
    qtbot.addWidget(window)
    assert window.customer_model.rowCount() == 1  # the first look
    window.wait_until_loaded()
    assert window.open_error is not None
    assert window.customer_model.rowCount() == 0
    assert window.customer_search.placeholderText() == "Kunden suchen: Name, Nummer, Ort"
    window.close()


def test_the_rest_of_the_list_is_not_added_below_rows_that_are_not_its_start(qapp):
    from kontaktverwaltung.domain.records import CustomerView
    from kontaktverwaltung.ui.models import CustomerListModel

    anker, bauer, ziegler = (
        CustomerView(i, 1, f"K-{i}", name, "", "", 0) for i, name in enumerate(("Anker", "Bauer", "Ziegler"))
    )
    model = CustomerListModel()
    model.set_customers([bauer])
    assert not model.extend([anker, bauer, ziegler], CustomerListModel.search_texts([anker, bauer, ziegler]))
    assert [model.customer_at(row) for row in range(model.rowCount())] == [bauer]  # the caller shows it anew
    assert model.extend([bauer, ziegler], CustomerListModel.search_texts([bauer, ziegler]))
    assert [model.customer_at(row) for row in range(model.rowCount())] == [bauer, ziegler]


def test_portal_preview_shows_login_and_the_jobs_the_contact_would_see(window, qtbot):
    from kontaktverwaltung.services import portal

    ctx = window.ctx
    select_card(window, "Jürgen Weiß")
    card = window.current_card()
    seen: list[tuple[str, str, list[str], str]] = []

    def look(dialog):
        assert dialog.objectName() == "PortalPreviewDialog"
        jobs = dialog.findChild(QListWidget, "jobsList")
        seen.append(
            (
                dialog.findChild(QLabel, "loginLabel").text(),
                dialog.findChild(QLabel, "loginNames").text(),
                [jobs.item(i).text() for i in range(jobs.count())],
                dialog.findChild(QLabel, "jobsEmpty").text(),
            )
        )
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with modal_script(look):
        window.actionPortalPreview.trigger()
    login, names, jobs, empty = seen[0]
    assert login.startswith("✖ Kein Passwort")
    assert "„jweiss“ oder „j.weiss@mueller.at“" in names
    assert jobs == [] and "kein Job freigegeben" in empty

    job = portal.create_job(ctx, card.customer_id, "Lagerlogistiker (m/w/d)", card.id).value
    portal.set_job_released(ctx, job, True)
    portal.set_password(ctx, card.id, "sehr-geheim-123")
    window.reload_panel(select_contact=card.id)
    with modal_script(look):
        window.actionPortalPreview.trigger()
    login, names, jobs, _empty = seen[1]
    assert login == "✔ Kann sich im Kundenportal anmelden"
    assert names.startswith("Anmeldung mit „jweiss“")
    assert jobs == ["Lagerlogistiker (m/w/d) – verantwortlich: Jürgen Weiß"]


def test_merge_a_duplicate_from_the_card_icon_and_undo(window, qtbot):
    vienna = window.panel_model.panel.locations[0]
    make_contact(window.ctx, vienna.id, "Jürgen", "Weiss", emails=("J.Weiss@mueller.at",), position="Leitung")
    window.reload_panel()
    before = dump_database()
    index = select_card(window, "Jürgen Weiß")

    def merge_the_suggested_duplicate(dialog):
        assert dialog.objectName() == "MergeDialog"
        click(button(dialog, "saveButton"))

    with modal_script(merge_the_suggested_duplicate):
        click_icon(window, qtbot, index, "actionMergeContact")
    assert [r for r in rows(window) if "Jürgen" in r] == ["Herr Jürgen Weiß"]
    assert window.actionUndo.text().replace("&", "").startswith("Rückgängig: ")
    window.actionUndo.trigger()
    assert dump_database() == before
    assert len([r for r in rows(window) if "Jürgen" in r]) == 2


def test_a_job_released_in_the_jobs_tab_unlocks_portal_passwords_on_the_cards(window, qtbot):
    tabs = window.findChild(QTabWidget, "customerTabs")
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == [
        "Standorte und Ansprechpartner",
        "Jobs",
        "Dokumente und Notizen",
        "History",
    ]
    tabs.setCurrentIndex(1)
    jobs = window.findChild(QWidget, "jobsPanel")
    assert jobs.isVisible()

    def new_released_job(dialog):
        assert dialog.objectName() == "JobDialog"
        type_text(dialog.findChild(QLineEdit, "titleEdit"), "Lagerlogistiker (m/w/d)")
        dialog.findChild(QCheckBox, "releaseCheck").setChecked(True)
        click(button(dialog, "saveButton"))

    with modal_script(new_released_job):
        click(window.findChild(QPushButton, "emptyNewJobButton"))
    card = next(c for c in window.panel_model.panel.contacts if c.last_name == "Berger")
    assert card.readiness.short_de == "Portal: kein Passwort"  # no longer "noch kein Job freigegeben"
    tabs.setCurrentWidget(window.history_panel)
    history = window.findChild(QWidget, "historyPanel")
    assert history.isVisible() and history.model.rowCount() > 0
    window.actionUndo.trigger()
    card = next(c for c in window.panel_model.panel.contacts if c.last_name == "Berger")
    assert card.readiness.short_de == "Portal: noch kein Job freigegeben"


def test_customer_roles_open_from_the_customer_menu(window, qtbot):
    def close(dialog):
        assert dialog.objectName() == "RolesDialog"
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with modal_script(close):
        window.actionManageRoles.trigger()


def test_an_in_memory_database_is_refused_in_the_window_with_a_reason(qtbot):
    with pytest.raises(DatabaseUnavailable) as refused:
        build_main_window("sqlite:///:memory:")
    assert "nur im Arbeitsspeicher" in refused.value.message()


def test_a_tab_asked_for_before_the_tabs_are_built_is_there_at_once(empty_db_url, qtbot, ctx, monkeypatch):
    """Jobs, Documents and History are built once the first customers are painted; "Job
    freigeben" (the portal notice) or a link in the header before that brings its tab at once."""
    from kontaktverwaltung.ui import main_window

    monkeypatch.setattr(main_window, "after_painted", lambda widget, then: None)  # not built by themselves
    open_database(empty_db_url)
    make_location(ctx, make_customer(ctx, "Alpenbau GmbH", "K-1"), "Zentrale")
    window = build_main_window(empty_db_url, wait=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.opened and window.panel_model.panel is not None, timeout=20_000)
    assert window.jobs_panel is None
    with modal_script(lambda dialog: dialog.reject()):  # no job yet: a new one is offered
        window.panel.release_a_job()
    assert window.panel.tabs.currentWidget() is window.jobs_panel is not None
    window.panel.show_documents()
    assert window.panel.tabs.currentWidget() is window.documents_panel is not None
    window.close()
    close_database()
