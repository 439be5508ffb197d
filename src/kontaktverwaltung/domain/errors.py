"""One error family for everything a user can get wrong or run into.

Each problem names the field it belongs to (so a dialog can show it there) and carries its
message as a key with parameters (domain/messages.py), rendered in the user's language when shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kontaktverwaltung.domain.messages import Message, T, msg, render


@dataclass(frozen=True, slots=True)
class Problem:
    field: str | None
    text: Message

    @classmethod
    def of(cls, key: str, field: str | None = None, **params: Any) -> Problem:
        """``Problem.of(T("Bitte „{name}“ angeben."), field="name", name=…)``."""
        return cls(field, msg(key, **params))

    def message(self) -> str:
        """The text in the installed language (domain/messages.py)."""
        return render(self.text)


class DomainError(Exception):
    """Base of every error a service raises on purpose. Never a traceback for the user."""

    def __init__(self, problems: Problem | Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = (problems,) if isinstance(problems, Problem) else tuple(problems)
        if not self.problems:
            raise ValueError("a DomainError needs at least one problem")
        super().__init__(self.message())

    def __str__(self) -> str:  # rendered when shown, in the language installed then
        return self.message()

    @classmethod
    def of(cls, key: str, field: str | None = None, **params: Any) -> DomainError:
        """``DomainError.of(T("Der Kunde „{name}“ …"), field="name", name=name)``."""
        return cls(Problem(field, msg(key, **params)))

    @property
    def field(self) -> str | None:
        return self.problems[0].field

    def message(self) -> str:
        """Every problem's text in the installed language, one per line."""
        return "\n".join(p.message() for p in self.problems)

    def for_field(self, field: str) -> list[Problem]:
        return [p for p in self.problems if p.field == field]


class ValidationError(DomainError):
    """Input that cannot be saved as typed (R11). Nothing was written."""


class RuleViolation(DomainError):
    """Input is well-formed but a business rule forbids it (R1–R9)."""


class NotFound(DomainError):
    """The record is gone (deleted meanwhile, or never existed)."""


class ConflictError(DomainError):
    """Someone else changed the record since it was loaded; nothing was overwritten."""


class SchemaTooNew(DomainError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseUnavailable(DomainError):
    """The database cannot be opened or reached."""


class ConnectionLost(DatabaseUnavailable):
    """The database server went away during work (B6). Nothing was half-saved: the transaction
    did not commit. The app reconnects by itself; what the user typed stays in the form."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            Problem.of(
                T(
                    "Keine Verbindung zum Datenbankserver. Es wurde nichts gespeichert; Ihre Eingaben bleiben "
                    "erhalten. Die Kontaktverwaltung verbindet sich von selbst wieder."
                )
            )
        )
        self.detail = detail
