"""Which characters a text field may hold (R11): every backend stores them, every reader sees them.

Refused, with a message at the field: C0 control characters (tab and line breaks only where a
field has lines, i.e. notes), lone surrogates (no encoding can store them), the bidirectional
overrides and isolates that make a name read differently from what it is, and a value made of
invisible characters only (a name of U+200B would be an invisible card).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from kontaktverwaltung.domain.errors import Problem
from kontaktverwaltung.domain.messages import T

CONTROL = T("Enthält ein Steuerzeichen (z. B. aus einer kopierten Tabelle), das nicht gespeichert werden kann.")
LINE_BREAK = T("Zeilenumbrüche und Tabulatoren sind hier nicht erlaubt.")
SURROGATE = T("Enthält ein ungültiges Zeichen (ein halbes Unicode-Zeichenpaar), das nicht gespeichert werden kann.")
BIDI = T("Enthält ein unsichtbares Zeichen, das die Schreibrichtung umkehrt. Bitte den Text neu eintippen.")
INVISIBLE = T("Enthält nur unsichtbare Zeichen.")

LINE_CHARACTERS = frozenset("\t\n\r")
# Explicit embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Zs", "Zl", "Zp", "Cc", "Mn", "Me"})


def _is_control(ch: str) -> bool:
    return ch < " " or ch == "\x7f"


def text_problem(field: str, value: str, lines: bool = False) -> Problem | None:
    """Why ``value`` cannot be stored in ``field``, or None. ``lines``: tab and line breaks allowed."""
    if value.isascii() and value.isprintable():
        return None  # the usual case, at C speed
    for ch in value:
        if _is_control(ch):
            if lines and ch in LINE_CHARACTERS:
                continue
            if ch in LINE_CHARACTERS:
                return Problem.of(LINE_BREAK, field)
            return Problem.of(CONTROL, field)
        if "\ud800" <= ch <= "\udfff":
            return Problem.of(SURROGATE, field)
        if ch in BIDI_CONTROLS:
            return Problem.of(BIDI, field)
    if value and all(unicodedata.category(ch) in _INVISIBLE_CATEGORIES or ch.isspace() for ch in value):
        return Problem.of(INVISIBLE, field)
    return None


def text_problems(values: Mapping[str, str], lines: Iterable[str] = ("notes",)) -> list[Problem]:
    """``text_problem`` for every field of a form; ``lines`` names the fields that have lines."""
    multiline = set(lines)
    found = (text_problem(name, value, name in multiline) for name, value in values.items())
    return [p for p in found if p is not None]


def visible(value: str) -> str:
    """A search query without what no stored text can contain (controls, surrogates, overrides)."""
    if value.isascii() and value.isprintable():
        return value
    return "".join(
        " " if _is_control(ch) else ch for ch in value if not ("\ud800" <= ch <= "\udfff" or ch in BIDI_CONTROLS)
    )
