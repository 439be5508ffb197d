"""The undo stack of the window (B1): every change a service made, its Undo/Redo actions and
their texts ("Rückgängig: Ansprechpartner verschieben")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoStack

from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import error_text
from kontaktverwaltung.ui.lazy import lazy_modules

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kontaktverwaltung.services.common import Done
    from kontaktverwaltung.ui import prompts
else:
    (prompts,) = lazy_modules("kontaktverwaltung.ui", "prompts")  # Qt's dialog classes: not before the window

T = TypeVar("T")


class UndoController(QObject):
    modifiedChanged = Signal(bool)  # whether there is something to undo since the last clean state

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._clean_changed)  # a method: no call after the window is gone
        self.actionUndo = self.stack.createUndoAction(window, self.tr("&Rückgängig"))
        self.actionUndo.setObjectName("actionUndo")
        self.actionUndo.setShortcut(QKeySequence.StandardKey.Undo)
        self.actionUndo.setIcon(icon("undo"))
        self.actionRedo = self.stack.createRedoAction(window, self.tr("&Wiederholen"))
        self.actionRedo.setObjectName("actionRedo")
        self.actionRedo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.actionRedo.setIcon(icon("redo"))
        # "Rückgängig: Ansprechpartner verschieben" – Qt would write "Rückgängig Ansprechpartner …".
        # (Methods, not lambdas: Qt drops the connection with the window, so a late signal
        # while the application shuts down never reaches a deleted action.)
        self.stack.undoTextChanged.connect(self._undo_text_changed)
        self.stack.redoTextChanged.connect(self._redo_text_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def _undo_text_changed(self, text: str) -> None:
        self.actionUndo.setText(self.tr("&Rückgängig: {0}").format(text) if text else self.tr("&Rückgängig"))

    def _redo_text_changed(self, text: str) -> None:
        self.actionRedo.setText(self.tr("&Wiederholen: {0}").format(text) if text else self.tr("&Wiederholen"))

    def apply(self, done: Done[T], refresh: Callable[[], None]) -> T:
        """Put a change the service has made onto the undo stack; ``refresh`` shows it (also
        after undo and redo)."""
        if done.change:  # saved without any change: nothing to undo
            from kontaktverwaltung.ui.undo import ServiceCommand  # loads the services: not at start

            self.stack.push(ServiceCommand(done.change, refresh, self._cannot))
        refresh()
        return done.value

    def _cannot(self, error: Exception) -> None:
        prompts.warn(self._window, self.tr("Nicht möglich"), error_text(error))

    def clear(self) -> None:
        self.stack.clear()
