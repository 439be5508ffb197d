"""The contact card shows what the person has (issue 14): every e-mail and phone within reach
("+N"), icons by kind, no dead icons, copy, and a vCard when dragged out."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontMetrics, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QStyleOptionViewItem

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import Salutation
from kontaktverwaltung.services import contacts, customers
from kontaktverwaltung.store import db
from kontaktverwaltung.ui import palette, prompts
from kontaktverwaltung.ui.card_channels import VCARD_MIME
from kontaktverwaltung.ui.card_delegate import _contact_line_rect, contact_line, icon_rects
from kontaktverwaltung.ui.models import RowKind
from tests.factories import contact_input
from tests.ui.driving import drawn_texts
from tests.ui.test_main_window import click_icon, select_card


@pytest.fixture
def reachable(window, ctx):
    """Lena Huber at Zentrale Wien: two e-mails, a mobile (primary), a landline and a fax."""
    location = window.current_location().id
    data = contact_input(location, "Lena", "Huber", salutation=Salutation.FRAU)
    channels = [
        ChannelInput(ChannelKind.EMAIL, "l.huber@mueller.at", "Arbeit", primary=True),
        ChannelInput(ChannelKind.EMAIL, "lena.huber@gmx.at", "Privat"),
        ChannelInput(ChannelKind.MOBILE, "0676 5550001", primary=True),
        ChannelInput(ChannelKind.PHONE, "01 5550002", "Durchwahl"),
        ChannelInput(ChannelKind.FAX, "01 5550003"),
    ]
    contacts.create_contact(ctx, replace(data, channels=channels))
    window.reload_panel()
    return select_card(window, "Lena Huber")


def _menus(monkeypatch) -> list[list[str]]:
    """The menus that pop up, as the texts of their entries (they are not shown: offscreen)."""
    shown: list[list[str]] = []

    def record(menu, _pos):
        shown.append([a.text() for a in menu.actions() if a.text()])

    monkeypatch.setattr(prompts, "popup", record)
    return shown


def _click_more(window, index) -> None:
    view = window.panel_view
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.font = view.font()
    card = index.data(Qt.ItemDataRole.UserRole + 1)
    box = next(
        box
        for kind, box, _text in contact_line(_contact_line_rect(option, card), card, view.fontMetrics())
        if kind == "more"
    )
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_the_card_knows_its_channels_without_another_query(window, reachable):
    card = window.current_card()
    assert (card.primary_email, card.primary_phone, card.primary_phone_kind) == (
        "l.huber@mueller.at",
        "0676 5550001",
        "mobile",
    )
    assert card.more_channels == 3
    with db.counting_queries() as queries:  # this thread's only: the window's background loads do not count
        customers.load_panel(window.current_customer().id)
    assert queries[0] == 4  # as before: customer, locations, roles, cards (issue 5)


def test_plus_n_lists_every_e_mail_and_phone(window, reachable, monkeypatch):
    shown = _menus(monkeypatch)
    _click_more(window, reachable)
    assert shown == [
        [
            "E-Mail schreiben",
            "l.huber@mueller.at\tE-Mail (Arbeit)",
            "lena.huber@gmx.at\tE-Mail (Privat)",
            "Anrufen",
            "0676 5550001\tMobil",
            "01 5550002\tTelefon (Durchwahl)",
            "01 5550003\tFax",
        ]
    ]


def test_an_icon_with_nothing_behind_it_is_off_and_does_nothing(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    index = select_card(window, "Anna Berger")  # an e-mail, no phone
    click_icon(window, qtbot, index, "actionCallContact")
    assert opened == []
    view = window.panel_view
    image = view.viewport().grab().toImage()
    ratio = view.viewport().devicePixelRatioF()
    boxes = {a.value: box for _m, a, _t, box in icon_rects(view.visualRect(index), RowKind.CONTACT)}

    def colours(box) -> set[str]:
        return {
            QColor(image.pixel(int(x * ratio), int(y * ratio))).name()
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
        }

    off = palette.color(palette.Role.ICON_OFF, view.palette()).name()
    assert off in colours(boxes["actionCallContact"])
    assert off not in colours(boxes["actionEmailContact"])
    click_icon(window, qtbot, index, "actionEmailContact")
    assert opened == ["mailto:a.berger@mueller.at"]


def test_the_call_icon_shows_a_mobile_for_a_mobile_number(window, reachable):
    from kontaktverwaltung.ui.card_delegate import CardAction, icon_meaning

    assert icon_meaning("call", CardAction.CALL, window.current_card()) == "mobile"
    weiss = select_card(window, "Jürgen Weiß")
    assert icon_meaning("call", CardAction.CALL, weiss.data(Qt.ItemDataRole.UserRole + 1)) == "call"


def test_ctrl_c_copies_every_channel(window, reachable):
    view = window.panel_view
    window.activateWindow()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines() == [
        "Frau Lena Huber",
        "Müller & Söhne GmbH – Zentrale Wien",
        "Ringstraße 1, 1010 Wien",
        "E-Mail (Arbeit): l.huber@mueller.at",
        "E-Mail (Privat): lena.huber@gmx.at",
        "Mobil: 0676 5550001",
        "Telefon (Durchwahl): 01 5550002",
        "Fax: 01 5550003",
    ]


def test_the_context_menu_copies_one_phone(window, reachable, monkeypatch):
    menus: list[QMenu] = []
    monkeypatch.setattr(prompts, "popup", lambda menu, _pos: menus.append(menu))
    view = window.panel_view
    view.customContextMenuRequested.emit(view.visualRect(reachable).center())
    copy = menus[0].findChild(QMenu, "copyMenu")
    copy.aboutToShow.emit()
    entries = {a.text(): a for a in copy.actions() if a.text()}
    assert next(iter(entries)) == "Ganze Visitenkarte als Text"
    entries["01 5550002\tTelefon (Durchwahl)"].trigger()
    assert QGuiApplication.clipboard().text() == "01 5550002"


def test_a_card_dragged_out_is_a_vcard(window, reachable):
    data = window.panel_model.mimeData([reachable])
    text = bytes(data.data(VCARD_MIME).data()).decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "FN:Lena Huber\r\n" in text and "lena.huber@gmx.at" in text and "TYPE=CELL" in text
    assert data.text().startswith("Frau Lena Huber\n")
    assert data.hasFormat("application/x-kontaktverwaltung-contact")  # still movable onto a location


def test_a_window_half_a_screen_wide_shows_whole_names_and_e_mail_addresses(window, ctx, monkeypatch):
    """The e-mail and phone line reaches up to the portal state beside it, the name up to the icons
    (not to columns kept free for the longest text or an inactive badge): snapped beside a browser,
    the card still shows the whole name and address."""
    location = window.current_location().id
    data = contact_input(location, "Caroline", "Fink-Steinmoser", salutation=Salutation.FRAU, title="Mag.")
    channels = [
        ChannelInput(ChannelKind.EMAIL, "caroline.fink@steinmoser-stadler.at", "Arbeit", primary=True),
        ChannelInput(ChannelKind.PHONE, "+49 89 3000753", primary=True),
        ChannelInput(ChannelKind.EMAIL, "c.fink@gmx.at", "Privat"),
    ]
    contacts.create_contact(ctx, replace(data, channels=channels))
    window.reload_panel()
    window.resize(960, 1000)
    window.show()
    index = select_card(window, "Caroline Fink")
    window.panel_view.scrollTo(index)
    assert window.panel_view.visualRect(index).width() < 640  # the cards' width, half of a 1920 screen
    drawn = drawn_texts(window, monkeypatch)
    assert "caroline.fink@steinmoser-stadler.at" in drawn and "+49 89 3000753" in drawn
    assert "Frau Mag. Caroline Fink-Steinmoser" in drawn


def test_beside_a_name_that_would_wrap_the_customer_buttons_show_only_their_icons(window, ctx):
    """A window half a screen wide: "Dokument hinzufügen", "Kunde bearbeiten", "Kunde löschen"
    would leave the customer's name a third of the header (two lines, the line below three): they
    show their icons then, their names in their tooltips, and the name keeps its line."""
    name = "Steinmoser & Stadler Holzbau GmbH"
    customers.edit_customer(ctx, window.current_customer().id, None, customers.CustomerInput("K-1", name))
    window.reload_panel()
    panel = window.panel
    buttons = panel.header.buttons
    assert [b.text() for b in buttons] == ["Dokument hinzufügen", "Kunde bearbeiten", "Kunde löschen"]
    window.resize(960, 800)
    QGuiApplication.processEvents()
    assert [b.text() for b in buttons] == ["", "", ""]
    assert all(not b.icon().isNull() for b in buttons)
    assert [b.toolTip() for b in buttons][1:] == ["Kunde bearbeiten", "Kunde löschen"]
    big = QFont(panel.header.title.font())
    big.setPointSizeF(15)
    big.setBold(True)
    assert QFontMetrics(big).horizontalAdvance(name) < panel.header.title.width()  # on one line
    window.resize(1280, 800)
    QGuiApplication.processEvents()
    assert [b.text() for b in buttons] == ["Dokument hinzufügen", "Kunde bearbeiten", "Kunde löschen"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_with_a_larger_font_the_cards_grow_instead_of_clipping_their_last_line(empty_db_url, qtbot, ctx):
    """A user who set a larger font (13 pt instead of 9): the three lines of a card fit in it."""
    from kontaktverwaltung.app import build_main_window
    from kontaktverwaltung.store.opening import close_database
    from kontaktverwaltung.ui.card_delegate import CARD_HEIGHT, card_height

    app = QGuiApplication.instance()
    usual = app.font()
    assert card_height(QFontMetrics(usual)) == CARD_HEIGHT
    larger = QFont(usual)
    larger.setPointSizeF(13)
    app.setFont(larger)
    try:
        window = build_main_window(empty_db_url)
        qtbot.addWidget(window)
        view = window.panel_view
        line = view.fontMetrics().height()
        assert view.verticalHeader().defaultSectionSize() >= 3 * line + 34 > CARD_HEIGHT
    finally:
        app.setFont(usual)
        close_database()
