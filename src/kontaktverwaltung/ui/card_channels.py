"""Every e-mail and phone of a card within reach (issue 14): the "+N" popup that lists them all
(click one to write or call: S5, not recorded in the history), the "Kopieren" menu (one address,
one number, or the whole card as text) and the vCard a card is dragged out as (``text/vcard``,
the export's own vCard code)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from kontaktverwaltung.ui.card_text import by_kind, card_as_text, channel_kind_label
from kontaktverwaltung.ui.icons import icon

if TYPE_CHECKING:
    from kontaktverwaltung.domain.exporting.records import ExportChannel, ExportContact

VCARD_MIME = "text/vcard"
KIND_ICONS = {"email": "email", "phone": "call", "mobile": "mobile", "fax": "fax"}


def channel_url(channel: ExportChannel) -> QUrl:
    """mailto: for an e-mail, tel: for a phone (E.164)."""
    return QUrl(f"mailto:{channel.normalized}" if channel.kind == "email" else f"tel:{channel.normalized}")


def channels_menu(parent: QWidget, contact: ExportContact) -> QMenu:
    """The popup of the card's "+N": every e-mail and phone; a click writes or calls."""
    menu = QMenu(parent)
    menu.setObjectName("channelsMenu")
    menu.setToolTipsVisible(True)
    for kinds in (("email",), ("phone", "mobile", "fax")):
        channels = [c for c in contact.channels if c.kind in kinds]
        if not channels:
            continue
        menu.addSection(
            QCoreApplication.translate("CardChannels", "E-Mail schreiben")
            if kinds == ("email",)
            else QCoreApplication.translate("CardChannels", "Anrufen")
        )  # (S5: not recorded in the history)
        for channel in channels:
            text = f"{channel.display}\t{channel_kind_label(channel)}"
            action = menu.addAction(icon(KIND_ICONS.get(channel.kind, "call")), text)
            action.setEnabled(channel.kind != "fax")  # a fax number is listed, not called
            action.triggered.connect(lambda _checked=False, c=channel: QDesktopServices.openUrl(channel_url(c)))
    return menu


def add_copy_menu(menu: QMenu, contact: Callable[[], ExportContact | None], copy_card: Callable[[], None]) -> QMenu:
    """ "Kopieren" in a card's context menu: the card as text, each e-mail, each phone. The
    contact is read when the submenu opens (not for every right click)."""
    copy = menu.addMenu(icon("copy"), QCoreApplication.translate("CardChannels", "Kop&ieren"))
    copy.setObjectName("copyMenu")

    def fill() -> None:
        copy.clear()
        copy.addAction(
            icon("copy"), QCoreApplication.translate("CardChannels", "Ganze Visitenkarte als Text"), copy_card
        )
        found = contact()
        if found is None:
            return
        if found.channels:
            copy.addSeparator()
        for channel in by_kind(found):
            action = copy.addAction(
                icon(KIND_ICONS.get(channel.kind, "call")), f"{channel.display}\t{channel_kind_label(channel)}"
            )
            action.triggered.connect(
                lambda _checked=False, text=channel.display: QGuiApplication.clipboard().setText(text)
            )

    copy.aboutToShow.connect(fill)
    return copy


def card_mime(contacts: list[ExportContact]) -> QMimeData:
    """What a card dragged out of the window carries: the vCards (text/vcard) and the cards as text."""
    from kontaktverwaltung.domain.exporting import vcard  # (when a card is first dragged, not at start)

    data = QMimeData()
    if contacts:
        data.setData(VCARD_MIME, QByteArray("".join(vcard.vcard(c) for c in contacts).encode("utf-8")))
        data.setText("\n\n".join(card_as_text(c) for c in contacts))
    return data
