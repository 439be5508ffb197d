"""The history (B2): every change with who and when, newest first. Direct contact (S5) is never in it."""

from __future__ import annotations

from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.results import HistoryItem
from kontaktverwaltung.store import repo


def history_of_customer(customer_id: int, limit: int = 500) -> list[HistoryItem]:
    return repo.history(customer_id=customer_id, limit=limit)


def history_of_contact(contact_id: int, limit: int = 500) -> list[HistoryItem]:
    return repo.history(contact_id=contact_id, limit=limit)


def newest_entry_id() -> int | None:
    """A mark in the history: what a form opened after (``last_author_of_…(after=mark)``). None
    when the database cannot say right now (a lost server): the form opens all the same."""
    try:
        return repo.newest_history_id()
    except Exception:  # best effort: naming who saved meanwhile must never keep a form from opening
        return None


def last_author_of_contact(contact_id: int, after: int | None) -> str | None:
    """Who changed the contact since the history entry ``after`` (B5: a conflict names them
    instead of "someone else"); None when the history does not say."""
    return None if after is None else repo.last_author(contact_id=contact_id, after=after)


def last_author_of_location(location_id: int, after: int | None) -> str | None:
    kinds = (HistoryKind.LOCATION_CREATED, HistoryKind.LOCATION_EDITED)
    if after is None:
        return None
    return repo.last_author(location_id=location_id, kinds=[k.value for k in kinds], after=after)


def last_author_of_customer(customer_id: int, after: int | None) -> str | None:
    kinds = (HistoryKind.CUSTOMER_CREATED, HistoryKind.CUSTOMER_EDITED)
    if after is None:
        return None
    return repo.last_author(customer_id=customer_id, kinds=[k.value for k in kinds], after=after)
