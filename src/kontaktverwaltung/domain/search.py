"""How a search query is understood (R10): the same rule for SQL and for in-memory filtering."""

from __future__ import annotations

from collections.abc import Iterable

from kontaktverwaltung.domain.storable import visible
from kontaktverwaltung.domain.text import digits, looks_like_phone_query, search_key


def query_tokens(query: str) -> list[str]:
    """Tokens that must all occur in a contact's folded text.

    A query of phone characters becomes one run of digits ("0664 1234" → "06641234"; an
    international "0043 664" → "43664"), so it finds the number however it was typed.
    Characters no stored text can contain (NUL and other controls, lone surrogates) are ignored.
    """
    query = visible(query)
    if looks_like_phone_query(query):
        number = digits(query.replace("(0)", ""))  # "+43 (0)664 …": the trunk zero is not dialled
        if number.startswith("00"):
            number = number[2:]
        return [number]
    return [t for t in search_key(query).split(" ") if t]


def card_text(contact_text: str, location_text: str) -> str:
    """What a card is searched by in memory: its own folded text and its location's."""
    return f"{contact_text}\n{location_text}"


def matching(tokens: list[str], texts: dict[int, str], among: Iterable[int] | None = None) -> set[int]:
    """The keys whose text contains every token (R10); ``among`` narrows the candidates."""
    candidates = texts.keys() if among is None else among
    if len(tokens) == 1:
        token = tokens[0]
        return {key for key in candidates if token in texts[key]}
    return {key for key in candidates if all(t in texts[key] for t in tokens)}


def matches(tokens: list[str], *texts: str) -> bool:
    """True when every token occurs in one of the texts (a contact's and its location's)."""
    return all(any(token in text for text in texts) for token in tokens)
