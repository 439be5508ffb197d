"""The history (B2): every change with who and when, newest first. Direct contact (S5) is never in it."""

from __future__ import annotations

from kontaktverwaltung.domain.records import HistoryItem
from kontaktverwaltung.store import repo


def history_of_customer(customer_id: int, limit: int = 500) -> list[HistoryItem]:
    return repo.history(customer_id=customer_id, limit=limit)


def history_of_contact(contact_id: int, limit: int = 500) -> list[HistoryItem]:
    return repo.history(contact_id=contact_id, limit=limit)
