"""One error family for everything a user can get wrong or run into.

Each problem names the field it belongs to (so a dialog can show it there) and carries its
message in German and English. The UI shows ``message("de")`` by default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    field: str | None
    de: str
    en: str

    def message(self, language: str = "de") -> str:
        return self.en if language == "en" else self.de


class DomainError(Exception):
    """Base of every error a service raises on purpose. Never a traceback for the user."""

    def __init__(self, problems: Problem | Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = (problems,) if isinstance(problems, Problem) else tuple(problems)
        if not self.problems:
            raise ValueError("a DomainError needs at least one problem")
        super().__init__(self.message())

    @classmethod
    def of(cls, de: str, en: str, field: str | None = None) -> DomainError:
        return cls(Problem(field, de, en))

    @property
    def field(self) -> str | None:
        return self.problems[0].field

    def message(self, language: str = "de") -> str:
        return "\n".join(p.message(language) for p in self.problems)

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
            Problem(
                None,
                "Keine Verbindung zum Datenbankserver. Es wurde nichts gespeichert; Ihre Eingaben bleiben "
                "erhalten. Die Kontaktverwaltung verbindet sich von selbst wieder.",
                "No connection to the database server. Nothing was saved; your input is kept. "
                "Kontaktverwaltung reconnects by itself.",
            )
        )
        self.detail = detail
