"""The app's colours by role, for light and dark (STYLE.md: colours by role, from one module).

Widgets take their colours from the QPalette; what we paint ourselves (cards, location bands,
badges, notes) asks here by role and gets the shade that reads on the palette in use: a dark
window background means the dark shades.
"""

from __future__ import annotations

import enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class Role(enum.Enum):
    ACCENT = enum.auto()  # selection bar and border, the location pin, a hovered icon
    ICON = enum.auto()  # icons on cards and bands when not hovered
    ICON_OFF = enum.auto()  # an icon with nothing behind it (no e-mail, no phone): not clickable
    SECONDARY_TEXT = enum.auto()  # addresses, positions, roles, the counts under a name
    CARD = enum.auto()  # an active contact's card
    CARD_INACTIVE = enum.auto()  # a deactivated contact's card
    CARD_BORDER = enum.auto()
    NAME = enum.auto()  # an active contact's name
    NAME_INACTIVE = enum.auto()
    CONTACT_LINE = enum.auto()  # e-mail and phone on a card
    LOCATION_BAND = enum.auto()  # the band a location's cards hang from
    GOOD = enum.auto()  # "the portal login works"
    WARNING = enum.auto()  # "not in the portal yet", and other gentle warnings
    BADGE = enum.auto()  # the "Inaktiv: …" badge's background …
    BADGE_TEXT = enum.auto()  # … and its text
    ERROR = enum.auto()  # messages at fields, a lost server
    SUCCESS = enum.auto()  # "the connection works"
    DUPLICATE_REASON = enum.auto()  # why a contact looks like a duplicate
    SEARCH_HIT = enum.auto()  # behind a word on a card the contact search matched


_LIGHT = {
    Role.ACCENT: "#3b6ea5",
    Role.ICON: "#8a949e",
    Role.ICON_OFF: "#d9dee3",
    Role.SECONDARY_TEXT: "#5b6570",
    Role.CARD: "#ffffff",
    Role.CARD_INACTIVE: "#f3f3f3",
    Role.CARD_BORDER: "#d5dbe1",
    Role.NAME: "#1f2a33",
    Role.NAME_INACTIVE: "#7a838c",
    Role.CONTACT_LINE: "#2c3e50",
    Role.LOCATION_BAND: "#e8eef5",
    Role.GOOD: "#2e7d32",
    Role.WARNING: "#8a6d3b",
    Role.BADGE: "#fbe3c8",
    Role.BADGE_TEXT: "#8a4b08",
    Role.ERROR: "#b3261e",
    Role.SUCCESS: "#1a7f37",
    Role.DUPLICATE_REASON: "#8a5300",
    Role.SEARCH_HIT: "#ffe58a",
}
_DARK = {
    Role.ACCENT: "#79a8dc",
    Role.ICON: "#8f99a3",
    Role.ICON_OFF: "#434b53",
    Role.SECONDARY_TEXT: "#a4afba",
    Role.CARD: "#262b31",
    Role.CARD_INACTIVE: "#1e2125",
    Role.CARD_BORDER: "#414b55",
    Role.NAME: "#e8eef4",
    Role.NAME_INACTIVE: "#8b949e",
    Role.CONTACT_LINE: "#cfd8e1",
    Role.LOCATION_BAND: "#2b3641",
    Role.GOOD: "#81c784",
    Role.WARNING: "#d9b56f",
    Role.BADGE: "#5b3d1a",
    Role.BADGE_TEXT: "#ffd9ad",
    Role.ERROR: "#ff7b72",
    Role.SUCCESS: "#7ee787",
    Role.DUPLICATE_REASON: "#f0b35a",
    Role.SEARCH_HIT: "#6b5a1e",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def color(role: Role, palette: QPalette | None = None) -> QColor:
    """The colour of ``role`` on ``palette`` (by default the application's)."""
    if palette is None:
        palette = QApplication.palette()
    return QColor((_DARK if is_dark(palette) else _LIGHT)[role])


def of(widget: QWidget, role: Role) -> QColor:
    """The colour of ``role`` on the palette ``widget`` is drawn with."""
    return color(role, widget.palette())


def secondary_text(widget: QWidget) -> QColor:
    return of(widget, Role.SECONDARY_TEXT)
