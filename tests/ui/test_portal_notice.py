"""The portal state is said once (issue 14): no released job in the customer's header, with
"Job freigeben…"; on each card only what is about that person."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from kontaktverwaltung.services import portal
from kontaktverwaltung.ui.models import ObjectRole
from tests.ui.driving import button, click, modal_script, type_text
from tests.ui.test_main_window import select_card


def _notice(window) -> QWidget:
    return window.findChild(QWidget, "portalNotice")


def _card_portal_text(window, name: str) -> str:
    return select_card(window, name).data(ObjectRole).readiness.personal()


def test_no_released_job_is_said_once_in_the_header_not_on_every_card(window):
    assert _notice(window).isVisible()
    assert "Noch kein Job dieses Kunden ist freigegeben" in window.findChild(QLabel, "portalNoticeText").text()
    assert _card_portal_text(window, "Anna Berger") == "Portal: kein Passwort"
    assert _card_portal_text(window, "Petra Öztürk") == "Portal: gesperrt (inaktiv)"


def test_job_freigeben_creates_a_released_job_and_the_notice_goes(window):
    def released_job(dialog):
        assert dialog.objectName() == "JobDialog"
        assert dialog.findChild(QCheckBox, "releaseCheck").isChecked()
        type_text(dialog.findChild(QLineEdit, "titleEdit"), "Lagerlogistiker (m/w/d)")
        click(button(dialog, "saveButton"))

    with modal_script(released_job):
        click(window.findChild(QPushButton, "releaseJobButton"))
    assert window.panel.tabs.currentWidget() is window.jobs_panel
    assert not _notice(window).isVisible()
    window.actionUndo.trigger()
    window.panel.tabs.setCurrentIndex(0)
    assert _notice(window).isVisible()


def test_job_freigeben_selects_a_job_waiting_for_release(window, ctx):
    customer = window.current_customer().id
    portal.create_job(ctx, customer, "Buchhalter (m/w/d)", None, released=False)
    window.reload_panel()
    click(window.findChild(QPushButton, "releaseJobButton"))
    assert window.jobs_panel.current_job().title == "Buchhalter (m/w/d)"
    assert window.jobs_panel.table.hasFocus() or not window.isActiveWindow()


def test_another_customer_with_a_released_job_shows_no_notice(window, ctx):
    window.open_customer_number("K-2")
    assert not _notice(window).isVisible()  # no contacts: nobody to tell
    customer = window.current_customer().id
    window.open_customer_number("K-1")
    portal.create_job(ctx, window.current_customer().id, "Job", None, released=True)
    window.reload_panel()
    assert not _notice(window).isVisible()
    assert customer != window.current_customer().id
