"""Text folding shared by usernames (R1), search (R10) and duplicate detection (B3)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from kontaktverwaltung.domain import messages

# Letters that Unicode does not decompose into a base letter plus accent.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "Þ": "th",
        "Ð": "d",
        "ı": "i",
    }
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_NOT_DIGIT = re.compile(r"\D+")


class _AccentTable(dict[int, str]):
    """Character → the same character without accents, worked out once per character.

    ``str.translate`` then folds whole texts at C speed: the customer list folds 20,000 names
    at start, the search every stored text.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        special = _SPECIAL.get(code)
        if special is not None:
            folded = str(special)
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code] = folded
        return folded


_ACCENTS = _AccentTable()


def strip_accents(text: str) -> str:
    return text if text.isascii() else text.translate(_ACCENTS)


def ascii_fold(text: str) -> str:
    """German transliteration, lower case: "Müller" → "mueller", "José" → "jose", "ß" → "ss"."""
    return strip_accents(text.translate(_UMLAUTS)).lower()


def search_key(text: str) -> str:
    """Fold text so that spelling variants compare equal (R10).

    "Müller", "Mueller", "muller" and "MÜLLER" all become "muller": umlauts lose their dots,
    and the transliterations ae/oe/ue are folded the same way, on stored text and query alike.
    """
    folded = strip_accents(text).lower().replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return " ".join(folded.split())


_SORT = str.maketrans(
    {
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "ê": "e",
        "á": "a",
        "à": "a",
        "â": "a",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "ú": "u",
        "ù": "u",
        "û": "u",
        "í": "i",
        "ì": "i",
        "î": "i",
        "ç": "c",
        "č": "c",
        "š": "s",
        "ž": "z",
        "ć": "c",
        "ñ": "n",
        "ł": "l",
        "ø": "o",
    }
)


def sort_key(text: str) -> str:
    """Alphabetical as a German reader files names (DIN 5007-1): "Öztürk" among the O, not after Z.
    A translate table, not Unicode decomposition: it runs for every card of a large customer."""
    return text.casefold().translate(_SORT)


def searchable(text: str) -> str:
    """What is stored for searching: the folded text, plus the unfolded spelling where ae/oe/ue
    folding changed it, so a query that starts inside such a pair ("eder" in "mariaeder") still
    finds it."""
    plain = " ".join(strip_accents(text).lower().split())
    folded = plain.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return folded if plain == folded else f"{folded} {plain}"


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def looks_like_phone_query(text: str) -> bool:
    """A query made only of phone characters with at least three digits searches phones."""
    stripped = text.strip()
    return bool(stripped) and len(digits(stripped)) >= 3 and re.fullmatch(r"[\d\s+()/.\-]+", stripped) is not None


def german_number(number: int) -> str:
    """A count as Germans write it: 196.599."""
    return messages.german_number(number)


def number(count: int) -> str:
    """A count in the installed number format: 196.599 in German, 196,599 in English."""
    return messages.number(count)


def counted(count: int, singular: str, plural: str) -> str:
    """ "1 Standort", "2 Standorte", "10.000 Ansprechpartner" – the words already translated (tr)."""
    return f"{number(count)} {singular if count == 1 else plural}"


def enumeration(items: Sequence[str]) -> str:
    """ "a", "a und b", "a, b und c" ("" for none); "a, b and c" in English."""
    return messages.render(messages.enumeration(list(items)))


def counts(*parts: tuple[int, str, str]) -> str:
    """The non-zero counts as an enumeration: counts((2, "Job", "Jobs"), (0, …)) → "2 Jobs"."""
    return enumeration([counted(n, singular, plural) for n, singular, plural in parts if n])
