"""Search for contacts, within one customer (S2) and across all customers (B8), by the rule R10."""

from __future__ import annotations

from dataclasses import dataclass

from kontaktverwaltung.domain.records import ContactCard, LocationView
from kontaktverwaltung.domain.results import SearchHit
from kontaktverwaltung.domain.search import card_text, matching, query_tokens
from kontaktverwaltung.store import repo


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[SearchHit]
    more: bool  # there are more hits than shown: the user should narrow the search


def search_contacts(query: str, customer_id: int | None = None, limit: int = 200) -> SearchResult:
    """Name, e-mail, phone digits, position, department and location; case-, accent- and
    umlaut-insensitive ("Mueller" and "muller" find "Müller"); phone by digits (R10)."""
    hits = repo.search_contacts(query_tokens(query), customer_id, limit)
    return SearchResult(hits[:limit], len(hits) > limit)


def filter_cards(query: str, cards: list[ContactCard], locations: dict[int, LocationView]) -> list[ContactCard]:
    """The same rule in memory, as the open customer's search bar applies it (S2)."""
    tokens = query_tokens(query)
    if not tokens:
        return list(cards)
    texts = {c.id: card_text(c.search_text, locations[c.location_id].search_text) for c in cards}
    hits = matching(tokens, texts)
    return [card for card in cards if card.id in hits]
