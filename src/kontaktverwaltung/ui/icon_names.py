"""The icon registry: meaning → qtawesome glyph name. The one place that names glyphs.

Plain Python without Qt: tools/icons.py reads it at build time and draws the glyphs into
generated/icon_paths.py, which ui/icons.py paints at run time (no icon font is loaded).
After a change here run `python tools/icons.py`.
"""

from __future__ import annotations

ICONS: dict[str, str] = {
    "email": "fa5s.envelope",
    "call": "fa5s.phone",
    "mobile": "fa5s.mobile-alt",
    "copy": "fa5s.copy",
    "fax": "fa5s.fax",
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
    "import": "fa5s.file-import",
    "export": "fa5s.file-export",
    "history": "fa5s.history",
    "open": "fa5s.external-link-alt",
    "save": "fa5s.save",
    "print": "fa5s.print",
    "help": "fa5s.question-circle",
    "settings": "fa5s.cog",
    "keyboard": "fa5s.keyboard",
    "sync": "fa5s.sync-alt",
    "conflict": "fa5s.exclamation-triangle",
}
