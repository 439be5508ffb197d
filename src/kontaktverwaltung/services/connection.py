"""Trying a database before switching to it ("Verbindung testen" in the database settings, issue 5)."""

from __future__ import annotations

from dataclasses import dataclass

from kontaktverwaltung.domain.errors import DomainError, Problem
from kontaktverwaltung.domain.messages import T
from kontaktverwaltung.store.probe import probe_database
from kontaktverwaltung.store.schema import LATEST


@dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of a connection test: fine or not, in words for the user."""

    problem: Problem | None  # why the app could not work on this database; None: it can
    report: Problem  # what the user reads: the problem, or what was found
    version: int | None = None  # the schema found (None: empty, or not reachable)

    @property
    def ok(self) -> bool:
        return self.problem is None

    def message(self) -> str:
        return self.report.message()


def test_connection(url: str) -> ConnectionCheck:
    """Connect to ``url`` on a connection of its own (never the app's open database), read the
    schema version and close; nothing is created or migrated. Reachable, login accepted, the
    database there, and a schema this app knows (B5): ok. Otherwise the problem says which."""
    try:
        found = probe_database(url)
    except DomainError as error:
        return ConnectionCheck(error.problems[0], error.problems[0])
    if found.new_file:
        text = Problem.of(
            T("Verbindung in Ordnung: Die Datei gibt es noch nicht, sie wird beim ersten Öffnen angelegt.")
        )
    elif found.version is None:
        text = Problem.of(
            T("Verbindung in Ordnung: Die Datenbank ist leer, das Schema wird beim ersten Öffnen angelegt.")
        )
    elif found.version < LATEST:
        text = Problem.of(
            T(
                "Verbindung in Ordnung (Schema {version}): Die Datenbank wird beim Öffnen auf "
                "Schema {latest} aktualisiert."
            ),
            version=found.version,
            latest=LATEST,
        )
    else:
        text = Problem.of(T("Verbindung in Ordnung (Schema {version})"), version=found.version)
    return ConnectionCheck(None, text, found.version)
