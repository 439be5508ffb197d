"""The core's texts in English for a test that compares both languages (domain/messages.py)."""

from __future__ import annotations

from typing import Protocol

from kontaktverwaltung.domain import messages


class HasMessage(Protocol):
    def message(self) -> str: ...


def in_english(item: HasMessage) -> str:
    """``item.message()`` rendered through the English catalogue, German restored afterwards."""
    before = messages.installed()
    messages.install_catalogue("en")
    try:
        return item.message()
    finally:
        messages.install(before)


class HasName(Protocol):
    def name(self) -> str: ...


def in_english_name(item: HasName) -> str:
    """``item.name()`` (the salutation translated) through the English catalogue."""
    before = messages.installed()
    messages.install_catalogue("en")
    try:
        return item.name()
    finally:
        messages.install(before)
