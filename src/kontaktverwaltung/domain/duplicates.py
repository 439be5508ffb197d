"""Which contacts look like the same person (B3)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kontaktverwaltung.domain.messages import Message, T, render
from kontaktverwaltung.domain.text import search_key

SIMILAR_NAME_SCORE = 88.0


def phonetic_key(first_name: str, last_name: str) -> str:
    """Kölner Phonetik of the last name plus the first initial: "Meier"/"Mayer"/"Maier" share one.

    Empty without a last name: an initial alone says nothing about sounding alike.
    """
    if not last_name.strip():
        return ""
    # cologne_phonetics.encode splits the lowered name at hyphens and spaces and codes each word
    # alone: coded here word by word, each word once (an import codes 20,000 names).
    last = " ".join(_word_code(word) for word in last_name.replace("-", " ").lower().split(" "))
    if not last:
        return ""
    return f"{last}|{search_key(first_name)[:1]}"


@functools.lru_cache(maxsize=8192)
def _word_code(word: str) -> str:
    import cologne_phonetics  # imported on use: not on the start path of the window

    return cologne_phonetics.encode(word)[0][1]


@dataclass(frozen=True, slots=True)
class PersonKey:
    id: int
    name: str  # folded "first last"
    phonetic: str
    emails: frozenset[str]
    phones: frozenset[str]


def duplicate_reasons(a: PersonKey, b: PersonKey) -> list[str]:
    """Why two contacts look like duplicates, in German, strongest first; empty: they don't."""
    reasons: list[str] = []
    if a.emails & b.emails:
        reasons.append(T("gleiche E-Mail-Adresse"))
    if a.phones & b.phones:
        reasons.append(T("gleiche Telefonnummer"))
    if a.name and a.name == b.name:
        reasons.append(T("gleicher Name"))
    elif a.phonetic and a.phonetic == b.phonetic:
        reasons.append(T("gleich klingender Name"))
    elif a.name and b.name and _similarity(a.name, b.name) >= SIMILAR_NAME_SCORE:
        reasons.append(T("ähnlicher Name"))
    return reasons


def reason_label(reason: str) -> str:
    """A reason of ``duplicate_reasons`` (a catalogue key) in the installed language."""
    return render(Message(reason))


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # imported on use: not on the start path of the window

    return fuzz.ratio(a, b)


def duplicate_score(reasons: list[str]) -> int:
    weights = {
        "gleiche E-Mail-Adresse": 50,
        "gleiche Telefonnummer": 40,
        "gleicher Name": 35,
        "gleich klingender Name": 25,
        "ähnlicher Name": 20,
    }
    return sum(weights.get(r, 0) for r in reasons)
