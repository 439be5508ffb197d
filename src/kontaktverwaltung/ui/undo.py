"""Undo/redo (B1): one QUndoCommand per use case, built on the services' exact reversal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.messages import render
from kontaktverwaltung.services import common
from kontaktverwaltung.services.common import ChangeSet


class ServiceCommand(QUndoCommand):
    """A change a service has already made; undo and redo replay it exactly.

    If the data changed meanwhile (another user, B5), the service refuses; the command reports it
    through ``on_error`` and becomes obsolete, so the stack never pretends it undid something.
    """

    def __init__(self, change: ChangeSet, after: Callable[[], None], on_error: Callable[[DomainError], None]) -> None:
        super().__init__(render(change.description))  # in the UI's language
        self.change = change
        self._after = after
        self._on_error = on_error
        self._done = True  # the service call that produced the change already applied it

    def redo(self) -> None:
        if self._done:
            return
        self._replay(common.redo)

    def undo(self) -> None:
        self._replay(common.undo)

    def _replay(self, action: Callable[[ChangeSet], None]) -> None:
        try:
            action(self.change)
        except DomainError as error:
            self.setObsolete(True)
            self._on_error(error)
            return
        finally:
            self._done = False
        self._after()
