"""Icons by meaning, from one registry (qtawesome names live only here)."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtGui import QIcon

ICONS: dict[str, str] = {
    "email": "fa5s.envelope",
    "call": "fa5s.phone",
    "merge": "mdi6.call-merge",
    "move": "mdi6.account-arrow-right",
    "edit": "fa5s.pen",
    "delete": "fa5s.trash-alt",
    "add-contact": "fa5s.user-plus",
    "add": "fa5s.plus",
    "location": "fa5s.map-marker-alt",
    "customer": "fa5s.building",
    "search": "fa5s.search",
    "undo": "fa5s.undo",
    "redo": "fa5s.redo",
    "deactivate": "fa5s.user-slash",
    "activate": "fa5s.user-check",
    "portal-ok": "fa5s.key",
    "portal-locked": "fa5s.lock",
    "database": "fa5s.database",
    "document": "fa5s.file-alt",
}


@cache
def icon(meaning: str, color: str = "#4a5560") -> QIcon:
    return qta.icon(ICONS[meaning], color=color)
