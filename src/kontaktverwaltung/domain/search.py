"""How a search query is understood (R10): the same rule for SQL and for in-memory filtering."""

from __future__ import annotations

from kontaktverwaltung.domain.text import digits, looks_like_phone_query, search_key


def query_tokens(query: str) -> list[str]:
    """Tokens that must all occur in a contact's folded text.

    A query of phone characters becomes one run of digits ("0664 1234" → "06641234"; an
    international "0043 664" → "43664"), so it finds the number however it was typed.
    """
    if looks_like_phone_query(query):
        number = digits(query.replace("(0)", ""))  # "+43 (0)664 …": the trunk zero is not dialled
        if number.startswith("00"):
            number = number[2:]
        return [number]
    return [t for t in search_key(query).split(" ") if t]


def matches(tokens: list[str], *texts: str) -> bool:
    """True when every token occurs in one of the texts (a contact's and its location's)."""
    return all(any(token in text for text in texts) for token in tokens)
