"""The jobs tab: new jobs through the dialog, "Freigabe für Portale" on and off, the R4 hint,
undo of every change (S13, R4, B1), driven as a user would."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionViewItem, QWidget

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.domain.results import JobView
from kontaktverwaltung.services import common, contacts, customers, portal
from kontaktverwaltung.services.common import Context, Done
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.jobs_panel import NO_JOBS, NO_RELEASED_JOB, JobDialog, JobsModel, JobsPanel
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, shown_error, type_text


class Applied:
    """The main window's ``apply``: collects each Done (its undo stack) and refreshes."""

    def __init__(self) -> None:
        self.dones: list[Done[Any]] = []

    def __call__(self, done: Done[Any], refresh: Any) -> Any:
        self.dones.append(done)
        refresh()
        return done.value


@pytest.fixture
def customer(db, ctx: Context) -> int:
    customer_id = make_customer(ctx, "Alpenbau GmbH")
    location_id = make_location(ctx, customer_id)
    make_contact(ctx, location_id, "Anna", "Berger", position="Leitung Personal")
    make_contact(ctx, location_id, "Jörg", "Öztürk")
    return customer_id


def open_panel(qtbot, ctx: Context, customer_id: int | None) -> tuple[JobsPanel, Applied]:
    applied = Applied()
    panel = JobsPanel(ctx, applied)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    contacts = list(customers.load_panel(customer_id).contacts) if customer_id is not None else []
    panel.set_customer(customer_id, contacts)
    panel.show()
    return panel, applied


def select_row(panel: JobsPanel, row: int) -> None:
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, JobsModel.TITLE))


def released_in_db(customer_id: int) -> list[bool]:
    return [job.released for job in portal.jobs_of(customer_id)]


def hint_shown(panel: JobsPanel) -> bool:
    return panel.hint.isVisibleTo(panel) and panel.hint.text() == NO_RELEASED_JOB


def new_job(title: str, responsible: str | None = None, release: bool = False):
    def fill_in_and_save(dialog: QWidget) -> None:
        assert isinstance(dialog, JobDialog)
        assert dialog.windowTitle() == "Neuer Job"
        type_text(dialog.ui.titleEdit, title)
        if responsible is not None:
            combo = dialog.ui.responsibleCombo
            combo.setFocus()
            while not combo.currentText().startswith(responsible):
                QTest.keyClick(combo, Qt.Key.Key_Down)
        if release:
            dialog.ui.releaseCheck.setFocus()
            QTest.keyClick(dialog.ui.releaseCheck, Qt.Key.Key_Space)
            assert dialog.ui.releaseCheck.isChecked()
        click(button(dialog, "saveButton"))

    return fill_in_and_save


# --- the model ------------------------------------------------------------------------------------


def test_jobs_model_is_a_sound_qt_model(qtmodeltester):
    model = JobsModel()
    released = datetime.datetime(2024, 3, 5, 9, 30)
    model.set_jobs(
        [
            JobView(1, 1, 7, "Buchhalter/in", 3, 4, "Anna Berger", True, True, released),
            JobView(2, 1, 7, "Lagerlogistiker/in", None, None, "", False, False, None),
        ]
    )
    qtmodeltester.check(model)
    assert [model.job_at(row).title for row in range(2)] == ["Lagerlogistiker/in", "Buchhalter/in"]  # newest first
    assert model.index(1, JobsModel.RELEASED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, JobsModel.RELEASED_AT).data() == "05.03.2024"
    assert model.index(0, JobsModel.RESPONSIBLE).data() == "—"
    assert model.index(0, JobsModel.STATUS).data() == "geschlossen"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Titel",
        "Verantwortlich",
        "Freigabe für Portale",
        "Freigegeben am",
        "Status",
    ]


# --- creating and releasing (S13, R4, B1) -----------------------------------------------------------


def test_a_new_job_released_by_the_user_removes_the_hint_and_undo_restores_it(qtbot, db, ctx, customer):
    panel, applied = open_panel(qtbot, ctx, customer)
    assert hint_shown(panel)
    assert panel.empty_label.text() == NO_JOBS and panel.empty_label.isVisibleTo(panel)

    with modal_script(new_job("Buchhalter/in", responsible="Anna Berger")):
        click(panel.empty_new_button)

    job = portal.jobs_of(customer)[0]
    assert (job.title, job.responsible_name, job.released) == ("Buchhalter/in", "Anna Berger", False)
    assert panel.table.isVisibleTo(panel) and panel.model.rowCount() == 1
    assert panel.current_job() == job  # the new job is selected
    assert hint_shown(panel)  # created, but not released yet

    with qtbot.waitSignal(panel.jobsChanged):
        click(panel.release_button)
    assert not panel.hint.isVisibleTo(panel)
    job = portal.jobs_of(customer)[0]
    assert job.released and job.released_at is not None
    assert panel.model.index(0, JobsModel.RELEASED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.release_button.text() == "Freigabe zurücknehmen"
    assert portal.password_blocker(customers.load_panel(customer).contacts[0].id) is None  # R4 lifted

    common.undo(applied.dones[-1].change)  # what the window's undo stack does, then its refresh
    panel.refresh()
    assert released_in_db(customer) == [False]
    assert hint_shown(panel) and panel.release_button.text() == "Für Portale freigeben"

    common.undo(applied.dones[0].change)
    panel.refresh()
    assert portal.jobs_of(customer) == []
    assert panel.empty_label.isVisibleTo(panel) and panel.model.rowCount() == 0


def test_releasing_in_the_dialog_is_one_undo_step(qtbot, db, ctx, customer):
    panel, applied = open_panel(qtbot, ctx, customer)

    with modal_script(new_job("Projektleiter/in", release=True)):
        click(panel.empty_new_button)

    assert len(applied.dones) == 1
    assert str(applied.dones[0].change.description) == "Job „Projektleiter/in“ anlegen und freigeben"
    assert released_in_db(customer) == [True]
    assert not panel.hint.isVisibleTo(panel)
    common.undo(applied.dones[0].change)
    panel.refresh()
    assert portal.jobs_of(customer) == [] and hint_shown(panel)


def test_an_empty_title_is_refused_at_the_field_and_nothing_is_saved(qtbot, db, ctx, customer):
    panel, applied = open_panel(qtbot, ctx, customer)

    def save_without_title(dialog: QWidget) -> None:
        type_text(dialog.ui.titleEdit, "   ")  # type: ignore[attr-defined]
        click(button(dialog, "saveButton"))

    def refused(dialog: QWidget) -> None:
        assert isinstance(dialog, JobDialog)  # open again, with the message at the title
        assert shown_error(dialog, "titleError") == "Bitte einen Jobtitel (höchstens 200 Zeichen) eingeben."
        assert shown_error(dialog, "generalError") == ""
        assert dialog.focusWidget() is dialog.ui.titleEdit
        assert portal.jobs_of(customer) == [] and applied.dones == []
        type_text(dialog.ui.titleEdit, "Buchhalter/in")
        assert shown_error(dialog, "titleError") == ""  # typing takes the message away
        click(button(dialog, "saveButton"))

    with modal_script(save_without_title, refused):
        click(panel.empty_new_button)
    assert [job.title for job in portal.jobs_of(customer)] == ["Buchhalter/in"]
    assert len(applied.dones) == 1


def test_the_dialog_offers_the_active_contacts_of_the_customer(qtbot, db, ctx, customer):
    location_id = customers.load_panel(customer).locations[0].id
    leaving = make_contact(ctx, location_id, "Karl", "Kainz")
    contacts.set_active(ctx, leaving, None, False, InactiveReason.AUSGESCHIEDEN)  # hands jobs on, takes none (B11)
    cards = customers.load_panel(customer).contacts
    dialog = JobDialog(None, cards)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "responsibleCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— niemand —",
        "Anna Berger – Leitung Personal",
        "Jörg Öztürk",  # DIN 5007: Ö among the O, after B
    ]
    assert dialog.value().responsible_id is None


# --- toggling the release -------------------------------------------------------------------------


def _check_box_center(panel: JobsPanel, row: int) -> tuple[QPoint, QPoint]:
    """Where the user clicks: the checkbox, and elsewhere in the "Freigabe für Portale" cell."""
    index = panel.model.index(row, JobsModel.RELEASED)
    rect = panel.table.visualRect(index)
    option = QStyleOptionViewItem()
    option.rect = rect
    panel.table.itemDelegateForColumn(JobsModel.RELEASED).initStyleOption(option, index)
    box = panel.table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, panel.table)
    return box.center(), QPoint(rect.right() - 6, rect.center().y())


def _double_click(widget: QWidget, pos: QPoint) -> None:
    """What the window system sends for a double click: press, release, double click, release."""
    for kind in (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseButtonRelease,
    ):
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
        event = QMouseEvent(
            kind,
            QPointF(pos),
            QPointF(widget.mapToGlobal(pos)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)


def test_space_click_and_double_click_each_toggle_the_release_once(qtbot, db, ctx, customer):
    portal.create_job(ctx, customer, "Buchhalter/in")
    panel, applied = open_panel(qtbot, ctx, customer)
    select_row(panel, 0)

    QTest.keyClick(panel.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: released_in_db(customer) == [True])
    assert len(applied.dones) == 1 and not panel.hint.isVisibleTo(panel)

    box, elsewhere = _check_box_center(panel, 0)
    _double_click(panel.table.viewport(), elsewhere)
    qtbot.waitUntil(lambda: len(applied.dones) == 2)
    assert released_in_db(customer) == [False] and hint_shown(panel)

    _double_click(panel.table.viewport(), box)  # the first click ticks; the double click adds nothing
    qtbot.waitUntil(lambda: len(applied.dones) == 3)
    QApplication.processEvents()
    assert len(applied.dones) == 3 and released_in_db(customer) == [True]

    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    qtbot.waitUntil(lambda: released_in_db(customer) == [False])
    assert panel.current_job() is not None and panel.current_job().title == "Buchhalter/in"  # selection kept


def test_closing_a_job_and_opening_it_again(qtbot, db, ctx, customer):
    portal.create_job(ctx, customer, "Buchhalter/in")
    panel, applied = open_panel(qtbot, ctx, customer)
    select_row(panel, 0)
    assert panel.open_button.text() == "Job schließen"
    click(panel.open_button)
    assert [job.is_open for job in portal.jobs_of(customer)] == [False]
    assert panel.model.index(0, JobsModel.STATUS).data() == "geschlossen"
    assert panel.open_button.text() == "Job wieder öffnen"
    click(panel.open_button)
    assert [job.is_open for job in portal.jobs_of(customer)] == [True]
    assert len(applied.dones) == 2


def test_a_job_changed_meanwhile_is_not_overwritten(qtbot, db, ctx, customer, monkeypatch):
    job_id = portal.create_job(ctx, customer, "Buchhalter/in").value
    panel, applied = open_panel(qtbot, ctx, customer)
    select_row(panel, 0)
    portal.set_job_released(Context("Kollegin"), job_id, True)  # another user, the panel still shows "off"
    warnings: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _parent, _title, text: warnings.append(text))

    click(panel.release_button)  # asks to release the version the panel knows

    assert len(warnings) == 1 and applied.dones == []
    assert released_in_db(customer) == [True]
    assert not panel.hint.isVisibleTo(panel)  # reloaded: what the database holds
    assert panel.release_button.text() == "Freigabe zurücknehmen"


def test_without_customer_the_panel_is_empty(qtbot, db, ctx):
    panel, _applied = open_panel(qtbot, ctx, None)
    assert not panel.hint.isVisibleTo(panel)
    assert not panel.empty_new_button.isVisibleTo(panel)
    assert panel.model.rowCount() == 0
