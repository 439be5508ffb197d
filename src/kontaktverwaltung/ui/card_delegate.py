"""Contact cards and location headers, painted by one delegate (no widget per card).

Icons on a card or header are hit-tested here (``editorEvent``) and reported as the
:class:`CardAction` they stand for; the location panel runs the same QAction a menu or shortcut
would.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from kontaktverwaltung.domain.channels import phone_search_digits
from kontaktverwaltung.domain.contact import reason_label
from kontaktverwaltung.domain.records import ContactCard, LocationView
from kontaktverwaltung.domain.text import searchable
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP
from kontaktverwaltung.ui.models import (
    EmptyRole,
    KindRole,
    ObjectRole,
    PhoneHit,
    PhoneHitRole,
    RowKind,
    TokensRole,
    number_to_call,
)
from kontaktverwaltung.ui.palette import Role, color

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

Index = QModelIndex | QPersistentModelIndex

# Every row has the same height, so the view lays out 10,000 rows without asking for each one's
# size. A location row draws its band at the bottom: the space above separates the groups.
CARD_HEIGHT = 86  # at the usual font sizes; a larger font makes taller cards (card_height)
LOCATION_BAND = 44
ICON = 18
ICON_GAP = 8
CARD_INDENT = 28
RIGHT_COLUMN = 260  # role and portal state, right-aligned under the icons


class CardAction(enum.Enum):
    """What an icon on a card or location header asks for (the value: its QAction's objectName)."""

    EMAIL = "actionEmailContact"
    CALL = "actionCallContact"
    MERGE = "actionMergeContact"
    MOVE = "actionMoveContact"
    EDIT = "actionEditContact"
    DELETE = "actionDeleteContact"
    NEW_CONTACT = "actionNewContact"
    MORE_CHANNELS = "moreChannels"  # the card's "+N": every e-mail and phone (no QAction)
    EDIT_LOCATION = "actionEditLocation"
    DELETE_LOCATION = "actionDeleteLocation"


# (icon meaning, action, tooltip) – the tooltips are translated where they are shown.
CARD_ICONS: tuple[tuple[str, CardAction, str], ...] = (
    (
        "email",
        CardAction.EMAIL,
        QT_TRANSLATE_NOOP("ContactCardDelegate", "E-Mail schreiben (wird nicht in der History gespeichert)"),
    ),
    (
        "call",
        CardAction.CALL,
        QT_TRANSLATE_NOOP("ContactCardDelegate", "Anrufen (wird nicht in der History gespeichert)"),
    ),
    ("merge", CardAction.MERGE, QT_TRANSLATE_NOOP("ContactCardDelegate", "Mit einem Duplikat zusammenführen")),
    ("move", CardAction.MOVE, QT_TRANSLATE_NOOP("ContactCardDelegate", "An einen anderen Standort verschieben")),
    ("edit", CardAction.EDIT, QT_TRANSLATE_NOOP("ContactCardDelegate", "Ansprechpartner bearbeiten")),
    ("delete", CardAction.DELETE, QT_TRANSLATE_NOOP("ContactCardDelegate", "Ansprechpartner löschen")),
)
LOCATION_ICONS: tuple[tuple[str, CardAction, str], ...] = (
    (
        "add-contact",
        CardAction.NEW_CONTACT,
        QT_TRANSLATE_NOOP("ContactCardDelegate", "Neuen Ansprechpartner an diesem Standort anlegen"),
    ),
    ("edit", CardAction.EDIT_LOCATION, QT_TRANSLATE_NOOP("ContactCardDelegate", "Standort bearbeiten")),
    ("delete", CardAction.DELETE_LOCATION, QT_TRANSLATE_NOOP("ContactCardDelegate", "Standort löschen")),
)


def icon_rects(rect: QRect, kind: RowKind) -> list[tuple[str, CardAction, str, QRect]]:
    """Where each icon of a row is drawn: (meaning, action, tooltip, rect), right-aligned."""
    icons = CARD_ICONS if kind is RowKind.CONTACT else LOCATION_ICONS
    top = rect.top() + 12 if kind is RowKind.CONTACT else rect.bottom() - LOCATION_BAND // 2 - ICON // 2 - 1
    right = rect.right() - 14
    result = []
    for meaning, action, tip in reversed(icons):
        box = QRect(right - ICON, top, ICON, ICON)
        result.append((meaning, action, tip, box))
        right -= ICON + ICON_GAP
    return list(reversed(result))


EMPTY_ACTION = QT_TRANSLATE_NOOP("ContactCardDelegate", "Ansprechpartner anlegen")
EMPTY_TIP = QT_TRANSLATE_NOOP("ContactCardDelegate", "Den ersten Ansprechpartner an diesem Standort anlegen (Strg+N)")


def empty_action_rect(rect: QRect, metrics: QFontMetrics) -> QRect:
    """Where an empty location's "Ansprechpartner anlegen" goes: in its band, left of its icons."""
    text = QCoreApplication.translate("ContactCardDelegate", EMPTY_ACTION)
    width = metrics.horizontalAdvance(text) + LINE_ICON + 26
    height = metrics.height() + 10
    icons = icon_rects(rect, RowKind.LOCATION)
    centre = icons[0][3].center().y()
    return QRect(icons[0][3].left() - 16 - width, centre - height // 2, width, height)


OFF_TIPS = {  # an icon with nothing behind it says why instead of doing nothing
    CardAction.EMAIL: QT_TRANSLATE_NOOP("ContactCardDelegate", "Keine E-Mail-Adresse hinterlegt"),
    CardAction.CALL: QT_TRANSLATE_NOOP("ContactCardDelegate", "Keine Telefonnummer hinterlegt"),
}
LINE_ICON = 14  # the e-mail and phone icons in the card's contact line
PHONE_ICONS = {"mobile": "mobile", "fax": "fax"}  # else "call"


def icon_enabled(action: CardAction, card: object, hit: PhoneHit | None = None) -> bool:
    """Whether an icon on this row has something to act on (no e-mail: no e-mail icon to click).
    ``hit``: the phone a phone search brought onto the card, the one the call icon calls."""
    if not isinstance(card, ContactCard):
        return True
    if action is CardAction.EMAIL:
        return bool(card.email_address)
    if action is CardAction.CALL:
        return bool(number_to_call(card, hit))
    return True


def icon_meaning(meaning: str, action: CardAction, card: object, hit: PhoneHit | None = None) -> str:
    """The call icon shows the kind of the number it calls: a mobile or a landline."""
    if action is CardAction.CALL and isinstance(card, ContactCard):
        return PHONE_ICONS.get(hit.kind if hit else card.primary_phone_kind, meaning)
    return meaning


_WORD = re.compile(r"\S+")


def marked_words(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the words are that a search token occurs in (start, end): what a card
    marks. Folded as the search folds ("Weiß" is marked for "weiss")."""
    if not tokens or not text:
        return []
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if any(t in searchable(m.group()) for t in tokens)]


def contact_line(
    rect: QRect, card: ContactCard, metrics: QFontMetrics, phone: str | None = None
) -> list[tuple[str, QRect, str]]:
    """The parts of a card's e-mail and phone line, left to right: ("email" | "phone" | "more" |
    "none", rect, text; an icon's part has no text). One layout for painting and for clicks.
    ``phone``: shown instead of the card's own phone (the one a phone search found)."""
    x, top, line, right = rect.left(), rect.top(), rect.height(), rect.right()
    parts: list[tuple[str, QRect, str]] = []
    more = f"+{card.more_channels}" if card.more_channels > 0 else ""
    more_width = metrics.horizontalAdvance(more) + 8 + 16 if more else 0  # with the gap before it
    shown = [(k, t) for k, t in (("email", card.primary_email), ("phone", phone or card.primary_phone)) if t]
    for i, (kind, text) in enumerate(shown):
        room = right - more_width - x - LINE_ICON - 4
        if i + 1 < len(shown):  # the e-mail leaves the phone at least its own width
            room -= 16 + min(metrics.horizontalAdvance(shown[-1][1]) + LINE_ICON + 4, room // 2)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, max(room, 0))
        parts.append((kind, QRect(x, top + (line - LINE_ICON) // 2, LINE_ICON, LINE_ICON), ""))
        advance = metrics.horizontalAdvance(text)
        parts.append((kind, QRect(x + LINE_ICON + 4, top, advance, line), text))
        x += LINE_ICON + 4 + advance + 16
    if not shown:
        parts.append(("none", QRect(x, top, rect.width() - more_width, line), ""))
    if more:
        parts.append(("more", QRect(x, top, more_width - 16, line), more))
    return parts


def _state() -> type[QStyle.StateFlag]:
    """QStyle's StateFlag, looked up when a card is painted: naming QStyle when the window's
    modules load would make its 20 Python enums (~4 ms) before the first frame."""
    return QtWidgets.QStyle.StateFlag


def card_height(metrics: QFontMetrics) -> int:
    """A card's height: its three lines of text (name, position, e-mail and phone), their gaps and
    the margins; a larger font (a user's accessibility setting) gives taller cards, not clipped ones."""
    return max(CARD_HEIGHT, 3 * metrics.height() + 34)


def _contact_line_rect(option: QStyleOptionViewItem, card: ContactCard) -> QRect:
    """Where a card's e-mail and phone line goes: the third line, up to the portal state at its
    right end (a window half a screen wide shows whole e-mail addresses beside a short one)."""
    rect = option.rect.adjusted(CARD_INDENT, 4, -4, -4)
    metrics = QFontMetrics(option.font)
    line = metrics.height()
    left, top = rect.left() + 14, rect.top() + 10 + 2 * line + 8
    return QRect(left, top, rect.right() - left - _beside(metrics, card.readiness.personal()), line)


def _beside(metrics: QFontMetrics, text: str) -> int:
    """How much of a card's line a text of the right column takes, with the gap before it."""
    return min(metrics.horizontalAdvance(text), RIGHT_COLUMN) + 12 + 16


def _color(option: QStyleOptionViewItem, role: Role) -> QColor:
    """Colours by role, on the palette the view paints with: cards follow light and dark."""
    return color(role, option.palette)


class ContactCardDelegate(QStyledItemDelegate):
    actionRequested = Signal(object, QModelIndex)  # the icon's CardAction, its row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hover_icon: tuple[int, str] | None = None
        self._tokens: list[str] = []
        self._phone_hit: PhoneHit | None = None
        self._empty = False

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(400, card_height(option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = RowKind(index.data(KindRole))
        obj = index.data(ObjectRole)
        self._tokens = index.data(TokensRole) or []  # the contact search's words, marked
        self._phone_hit = index.data(PhoneHitRole) if self._tokens else None
        self._empty = kind is RowKind.LOCATION and bool(index.data(EmptyRole))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind is RowKind.LOCATION:
            self._paint_location(painter, option, obj)
        else:
            self._paint_card(painter, option, obj)
        painter.restore()

    def _paint_location(self, painter: QPainter, option: QStyleOptionViewItem, location: LocationView) -> None:
        rect = QRect(
            option.rect.left() + 4, option.rect.bottom() - LOCATION_BAND, option.rect.width() - 8, LOCATION_BAND - 2
        )
        palette = option.palette
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_color(option, Role.LOCATION_BAND))
        painter.drawRoundedRect(rect, 6, 6)
        icon("location", _color(option, Role.ACCENT).name()).paint(
            painter, QRect(rect.left() + 10, rect.center().y() - 8, 16, 16)
        )
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.08)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        icons = icon_rects(option.rect, RowKind.LOCATION)
        text_right = icons[0][3].left() - 12
        if self._empty:  # nobody here yet: the way to the first contact, on the row itself
            button = empty_action_rect(option.rect, QFontMetrics(option.font))
            text_right = button.left() - 12
        name_rect = QRect(rect.left() + 34, rect.top(), text_right - rect.left() - 34, rect.height())
        metrics = QFontMetrics(bold)
        name = metrics.elidedText(location.name, Qt.TextElideMode.ElideRight, name_rect.width() // 2)
        tokens = self._tokens
        self._mark(painter, option, name_rect, name, metrics, marked_words(name, tokens), centred=True)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(option.font)
        painter.setPen(_color(option, Role.SECONDARY_TEXT))
        address_rect = name_rect.adjusted(metrics.horizontalAdvance(name) + 16, 0, 0, 0)
        address = QFontMetrics(option.font).elidedText(
            location.address, Qt.TextElideMode.ElideRight, address_rect.width()
        )
        spans = marked_words(address, tokens)
        self._mark(painter, option, address_rect, address, QFontMetrics(option.font), spans, centred=True)
        painter.setPen(_color(option, Role.SECONDARY_TEXT))
        painter.drawText(address_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, address)
        if self._empty:
            self._paint_empty_action(painter, option, empty_action_rect(option.rect, QFontMetrics(option.font)))
        self._paint_icons(painter, icons, option, location)

    def _paint_empty_action(self, painter: QPainter, option: QStyleOptionViewItem, button: QRect) -> None:
        """A small button: an outlined pill with the add-contact icon and its text."""
        hovered = bool(option.state & _state().State_MouseOver)
        accent = _color(option, Role.ACCENT)
        painter.setPen(accent)
        painter.setBrush(_color(option, Role.CARD))
        painter.drawRoundedRect(button, button.height() // 2, button.height() // 2)
        icon("add-contact", accent.name() if hovered else _color(option, Role.ICON).name()).paint(
            painter, QRect(button.left() + 10, button.center().y() - LINE_ICON // 2, LINE_ICON, LINE_ICON)
        )
        painter.setFont(option.font)
        painter.setPen(accent)
        painter.drawText(
            button.adjusted(LINE_ICON + 16, 0, 0, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("ContactCardDelegate", EMPTY_ACTION),
        )

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, card: ContactCard) -> None:
        rect = option.rect.adjusted(CARD_INDENT, 4, -4, -4)
        selected = bool(option.state & _state().State_Selected)
        painter.setPen(_color(option, Role.ACCENT if selected else Role.CARD_BORDER))
        painter.setBrush(_color(option, Role.CARD if card.active else Role.CARD_INACTIVE))
        painter.drawRoundedRect(rect, 6, 6)
        if selected:
            painter.setBrush(_color(option, Role.ACCENT))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        icons = icon_rects(option.rect, RowKind.CONTACT)
        left = rect.left() + 14
        line = QFontMetrics(option.font).height()
        right_col = RIGHT_COLUMN
        text_width = icons[0][3].left() - left - 12
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(_color(option, Role.NAME if card.active else Role.NAME_INACTIVE))
        name_metrics = QFontMetrics(bold)
        badge = self._badge(option, card)  # an inactive card's "Inaktiv: …" after the name
        room = text_width - (badge[2].horizontalAdvance(badge[0]) + 22 if badge else 0)
        name = name_metrics.elidedText(card.name(), Qt.TextElideMode.ElideRight, room)
        top = rect.top() + 10
        self._mark(
            painter, option, QRect(left, top, text_width, line), name, name_metrics, marked_words(name, self._tokens)
        )
        painter.setPen(_color(option, Role.NAME if card.active else Role.NAME_INACTIVE))
        painter.drawText(QRect(left, top, text_width, line), Qt.AlignmentFlag.AlignLeft, name)
        if badge:
            self._paint_badge(painter, option, left + name_metrics.horizontalAdvance(name) + 10, top, badge)
        painter.setFont(option.font)
        painter.setPen(_color(option, Role.SECONDARY_TEXT))
        metrics = QFontMetrics(option.font)
        role_text = self.tr("Rolle: {0}").format(card.role_name) if card.role_name else self.tr("Keine Kundenrolle")
        job = " · ".join(p for p in (card.position, card.department) if p)
        bottom_width = rect.right() - left - _beside(metrics, role_text)
        job_rect = QRect(left, top + line + 4, bottom_width, line)
        job = metrics.elidedText(job or "—", Qt.TextElideMode.ElideRight, bottom_width)
        self._mark(painter, option, job_rect, job, metrics, marked_words(job, self._tokens))
        painter.setPen(_color(option, Role.SECONDARY_TEXT))
        painter.drawText(job_rect, Qt.AlignmentFlag.AlignLeft, job)
        self._paint_contact_line(painter, option, card, _contact_line_rect(option, card))
        right_rect = QRect(rect.right() - right_col - 12, top + line + 4, right_col, line)
        painter.setPen(_color(option, Role.SECONDARY_TEXT))
        painter.drawText(
            right_rect,
            Qt.AlignmentFlag.AlignRight,
            metrics.elidedText(role_text, Qt.TextElideMode.ElideRight, right_col),
        )
        readiness = card.readiness
        # Only the person's own state, calm unless it works; no released job is said in the header.
        painter.setPen(_color(option, Role.GOOD if readiness.can_login else Role.SECONDARY_TEXT))
        portal_text = readiness.personal()
        painter.drawText(
            right_rect.translated(0, line + 4),
            Qt.AlignmentFlag.AlignRight,
            metrics.elidedText(portal_text, Qt.TextElideMode.ElideRight, right_col),
        )
        self._paint_icons(painter, icons, option, card)

    def _paint_contact_line(
        self, painter: QPainter, option: QStyleOptionViewItem, card: ContactCard, rect: QRect
    ) -> None:
        """The primary e-mail and phone with an icon of their kind, and "+N" for the others. A phone
        search that found another of the card's phones shows that one ("Treffer: …"), marked."""
        ink, accent = _color(option, Role.CONTACT_LINE), _color(option, Role.ACCENT)
        metrics = QFontMetrics(option.font)
        hit, tokens = self._phone_hit, self._tokens
        phone_kind = hit.kind if hit else card.primary_phone_kind
        phone = self.tr("Treffer: {0}").format(hit.shown) if hit else None
        phone_found = bool(hit) or (
            len(tokens) == 1
            and tokens[0].isdigit()
            and bool(card.phone_e164)
            and tokens[0] in phone_search_digits(card.phone_e164)
        )
        for kind, box, text in contact_line(rect, card, metrics, phone):
            if kind == "none":
                painter.setPen(_color(option, Role.SECONDARY_TEXT))
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, self.tr("keine E-Mail oder Telefonnummer"))
            elif not text:
                meaning = "email" if kind == "email" else PHONE_ICONS.get(phone_kind, "call")
                icon(meaning, _color(option, Role.ICON).name()).paint(painter, box)
            else:
                if kind == "phone" and phone_found:
                    start = max(text.find(hit.shown), 0) if hit else 0  # the number, not "Treffer:"
                    self._mark(painter, option, box, text, metrics, [(start, len(text))])
                elif kind == "email":
                    self._mark(painter, option, box, text, metrics, marked_words(text, tokens))
                painter.setPen(accent if kind == "more" else ink)
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft, text)

    @staticmethod
    def _mark(
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        text: str,
        metrics: QFontMetrics,
        spans: list[tuple[int, int]],
        centred: bool = False,
    ) -> None:
        """A marker behind the words a search found, before the text is drawn over it."""
        if not spans:
            return
        height = metrics.height()
        top = rect.center().y() - height // 2 if centred else rect.top()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_color(option, Role.SEARCH_HIT))
        for start, end in spans:
            x = rect.left() + metrics.horizontalAdvance(text[:start])
            width = min(metrics.horizontalAdvance(text[start:end]), rect.right() - x)
            if width > 0:
                painter.drawRoundedRect(QRect(x - 2, top, width + 4, height), 3, 3)
        painter.restore()

    def _badge(self, option: QStyleOptionViewItem, card: ContactCard) -> tuple[str, QFont, QFontMetrics] | None:
        """An inactive card's badge: its text, in a smaller font; None for an active card."""
        if card.active:
            return None
        reason = reason_label(card.inactive_reason) or self.tr("ohne Grund")
        if card.inactive_until:
            text = self.tr("Inaktiv: {0} bis {1}").format(reason, f"{card.inactive_until:%d.%m.%Y}")
        else:
            text = self.tr("Inaktiv: {0}").format(reason)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return text, small, QFontMetrics(small)

    def _paint_badge(
        self, painter: QPainter, option: QStyleOptionViewItem, x: int, y: int, badge: tuple[str, QFont, QFontMetrics]
    ) -> None:
        text, small, metrics = badge
        box = QRect(x, y - 1, metrics.horizontalAdvance(text) + 12, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_color(option, Role.BADGE))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(_color(option, Role.BADGE_TEXT))
        painter.setFont(small)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(option.font)

    def _paint_icons(
        self,
        painter: QPainter,
        icons: list[tuple[str, CardAction, str, QRect]],
        option: QStyleOptionViewItem,
        obj: object,
    ) -> None:
        hovered = bool(option.state & _state().State_MouseOver)
        color = (_color(option, Role.ACCENT if hovered else Role.ICON)).name()
        off = _color(option, Role.ICON_OFF).name()
        hit = self._phone_hit
        for meaning, action, _tip, box in icons:
            shown = icon_meaning(meaning, action, obj, hit)
            icon(shown, color if icon_enabled(action, obj, hit) else off).paint(painter, box)

    def _hit(
        self, option: QStyleOptionViewItem, index: Index, pos: QPoint, clicking: bool = False
    ) -> tuple[CardAction, str] | None:
        """The icon (or "+N") under ``pos`` and its tooltip; a click ignores icons that are off."""
        kind = RowKind(index.data(KindRole))
        obj = index.data(ObjectRole)
        for _meaning, action, tip, box in icon_rects(option.rect, kind):
            if box.adjusted(-4, -4, 4, 4).contains(pos):
                if icon_enabled(action, obj, index.data(PhoneHitRole)):
                    return action, QCoreApplication.translate("ContactCardDelegate", tip)
                if clicking:
                    return None
                return action, QCoreApplication.translate("ContactCardDelegate", OFF_TIPS[action])
        empty = kind is RowKind.LOCATION and index.data(EmptyRole)
        if empty and empty_action_rect(option.rect, QFontMetrics(option.font)).contains(pos):
            return CardAction.NEW_CONTACT, QCoreApplication.translate("ContactCardDelegate", EMPTY_TIP)
        if isinstance(obj, ContactCard) and obj.more_channels > 0:
            hit = index.data(PhoneHitRole)
            phone = self.tr("Treffer: {0}").format(hit.shown) if hit else None
            parts = contact_line(_contact_line_rect(option, obj), obj, QFontMetrics(option.font), phone)
            if any(kind == "more" and box.adjusted(-4, -4, 4, 4).contains(pos) for kind, box, _text in parts):
                return CardAction.MORE_CHANNELS, self.tr("Alle E-Mail-Adressen und Telefonnummern")
        return None

    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and (hit := self._hit(option, index, event.position().toPoint(), clicking=True))
        ):
            self.actionRequested.emit(hit[0], index.model().index(index.row(), 0))
            return True
        return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            hit = self._hit(option, index, event.pos())
            if hit:
                QToolTip.showText(event.globalPos(), hit[1], view)
                return True
            obj = index.data(ObjectRole)
            if isinstance(obj, ContactCard):
                QToolTip.showText(
                    event.globalPos(),
                    f"{obj.name()}\n{obj.readiness.summary()}",
                    view,
                )
                return True
        return super().helpEvent(event, view, option, index)
