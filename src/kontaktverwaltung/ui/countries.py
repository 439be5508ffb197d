"""The countries the app offers by name – for a location's "Land" and the phone region (R11) –
as ISO codes with their German names (translated where shown). The agencies' own countries come
first; a code not in the list (an import's) is still shown, as its code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP

HOME = (
    ("AT", QT_TRANSLATE_NOOP("Countries", "Österreich")),
    ("DE", QT_TRANSLATE_NOOP("Countries", "Deutschland")),
    ("CH", QT_TRANSLATE_NOOP("Countries", "Schweiz")),
    ("LI", QT_TRANSLATE_NOOP("Countries", "Liechtenstein")),
)
OTHERS = (
    ("BE", QT_TRANSLATE_NOOP("Countries", "Belgien")),
    ("BG", QT_TRANSLATE_NOOP("Countries", "Bulgarien")),
    ("DK", QT_TRANSLATE_NOOP("Countries", "Dänemark")),
    ("EE", QT_TRANSLATE_NOOP("Countries", "Estland")),
    ("FI", QT_TRANSLATE_NOOP("Countries", "Finnland")),
    ("FR", QT_TRANSLATE_NOOP("Countries", "Frankreich")),
    ("GR", QT_TRANSLATE_NOOP("Countries", "Griechenland")),
    ("IE", QT_TRANSLATE_NOOP("Countries", "Irland")),
    ("IT", QT_TRANSLATE_NOOP("Countries", "Italien")),
    ("HR", QT_TRANSLATE_NOOP("Countries", "Kroatien")),
    ("LV", QT_TRANSLATE_NOOP("Countries", "Lettland")),
    ("LT", QT_TRANSLATE_NOOP("Countries", "Litauen")),
    ("LU", QT_TRANSLATE_NOOP("Countries", "Luxemburg")),
    ("NL", QT_TRANSLATE_NOOP("Countries", "Niederlande")),
    ("NO", QT_TRANSLATE_NOOP("Countries", "Norwegen")),
    ("PL", QT_TRANSLATE_NOOP("Countries", "Polen")),
    ("PT", QT_TRANSLATE_NOOP("Countries", "Portugal")),
    ("RO", QT_TRANSLATE_NOOP("Countries", "Rumänien")),
    ("SE", QT_TRANSLATE_NOOP("Countries", "Schweden")),
    ("RS", QT_TRANSLATE_NOOP("Countries", "Serbien")),
    ("SK", QT_TRANSLATE_NOOP("Countries", "Slowakei")),
    ("SI", QT_TRANSLATE_NOOP("Countries", "Slowenien")),
    ("ES", QT_TRANSLATE_NOOP("Countries", "Spanien")),
    ("CZ", QT_TRANSLATE_NOOP("Countries", "Tschechien")),
    ("TR", QT_TRANSLATE_NOOP("Countries", "Türkei")),
    ("UA", QT_TRANSLATE_NOOP("Countries", "Ukraine")),
    ("HU", QT_TRANSLATE_NOOP("Countries", "Ungarn")),
    ("GB", QT_TRANSLATE_NOOP("Countries", "Vereinigtes Königreich")),
    ("US", QT_TRANSLATE_NOOP("Countries", "Vereinigte Staaten")),
)


def country_name(code: str) -> str:
    """The country's name in the UI's language; an unknown code as it is."""
    for known, name in (*HOME, *OTHERS):
        if known == code.upper():
            return QCoreApplication.translate("Countries", name)
    return code


def fill_country_combo(combo: QComboBox, current: str) -> None:
    """The home countries, a separator, the others by name; ``current`` selected (added as its
    code when the list does not know it)."""
    combo.clear()
    for code, name in HOME:
        combo.addItem(f"{QCoreApplication.translate('Countries', name)} ({code})", code)
    combo.insertSeparator(combo.count())
    others = sorted(((QCoreApplication.translate("Countries", name), code) for code, name in OTHERS))
    for name, code in others:
        combo.addItem(f"{name} ({code})", code)
    code = current.strip().upper()
    if code and combo.findData(code) < 0:
        combo.addItem(code, code)
    combo.setCurrentIndex(max(combo.findData(code or "AT"), 0))
