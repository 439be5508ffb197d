"""What every form of the app shares (R11, S12, B5, B6): the problems at their fields
(:class:`FieldErrors`), the dialog that shows them (:class:`FormDialog`), saving until it works
(:func:`run_until_saved`), taking in what someone else saved meanwhile (:func:`take_in_theirs`)
and the standard buttons (:func:`standard_buttons`).

Each dialog only collects input (``value()``) and shows what the service refused
(``show_problems()``), at the field the problem belongs to. Saving is the caller's job, through
:func:`run_until_saved`, so a refused input keeps the dialog open with everything typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.conflicts import three_way
from kontaktverwaltung.domain.errors import ConflictError, ConnectionLost, DomainError, Problem
from kontaktverwaltung.domain.messages import Message, T, msg
from kontaktverwaltung.ui import palette, prompts
from kontaktverwaltung.ui.failures import log
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP
from kontaktverwaltung.ui.views import fit_to_screen

Saved = TypeVar("Saved")


def style_error_label(label: QLabel) -> None:
    """A label for a message at a field: red that reads on light and dark (ui/palette.py)."""
    colors = label.palette()
    colors.setColor(QPalette.ColorRole.WindowText, palette.of(label, palette.Role.ERROR))
    label.setPalette(colors)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user input; never render it as HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _when_edited(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` when the user changes the field."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _text: slot())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(lambda _index: slot())


class FieldErrors:
    """Shows a DomainError's problems beside the fields they belong to (R11).

    ``fields`` maps a problem's field name to (input widget, error label), in form order. Each
    error label sits right under its field, in a vertical box with it (a box layout gives a
    wrapped label exactly the height of its text; a form row would pad it), hidden until needed.
    A problem of an unknown field (or of none) goes to ``general``. Editing a field hides its
    message.
    """

    def __init__(self, general: QLabel, fields: dict[str, tuple[QWidget, QLabel]]) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.add_fields(fields)
        style_error_label(general)
        self.clear()

    def add_fields(self, fields: dict[str, tuple[QWidget, QLabel]]) -> None:
        """Fields of rows added later (a form's e-mail and phone rows); a name given again is
        re-pointed, e.g. after a row above it was removed."""
        for name, (widget, label) in fields.items():
            self._fields[name] = (widget, label)
            if not label.property("kvErrorLabel"):  # marked on the label: a Python id can be reused
                label.setProperty("kvErrorLabel", True)
                style_error_label(label)
                _when_edited(widget, partial(self._hide, label))
                self._hide(label)

    def remove_fields(self, prefix: str) -> None:
        for name in [n for n in self._fields if n.startswith(prefix)]:
            del self._fields[name]

    def show_at(self, field: str, message: str) -> None:
        """One field's message (checked as the user leaves the field), or none for ""."""
        widget_label = self._fields.get(field)
        if widget_label is not None:
            widget_label[1].setText(message)
            widget_label[1].setVisible(bool(message))

    @staticmethod
    def _hide(label: QLabel) -> None:
        label.clear()
        label.setVisible(False)

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            self._hide(label)
        self._hide(self._general)

    def show(self, error: DomainError) -> None:
        """Each problem in the UI's language (domain/messages.py, installed by ui/language.py)."""
        self.clear()
        messages: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in error.problems:
            if problem.field in self._fields:
                messages.setdefault(problem.field, []).append(problem.message())
            else:
                general.append(problem.message())
        first: QWidget | None = None
        for name, (widget, label) in self._fields.items():
            if name in messages:
                label.setText("\n".join(messages[name]))
                label.setVisible(True)
                first = first or widget
        if general:
            self._general.setText("\n".join(general))
            self._general.setVisible(True)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()


def standard_buttons(box: QDialogButtonBox, save_text: str = QT_TRANSLATE_NOOP("FormDialog", "&Speichern")) -> None:
    """Our texts and objectNames on a form's Save/OK and Cancel buttons (Qt's own texts are English
    unless Qt's translations are loaded): ``saveButton`` is the default, ``cancelButton``."""
    texts = {
        QDialogButtonBox.StandardButton.Save: save_text,
        QDialogButtonBox.StandardButton.Ok: save_text,
        QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("FormDialog", "Abbrechen"),
    }
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(QCoreApplication.translate("FormDialog", text))
    save = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
    if save is not None:
        save.setObjectName("saveButton")
        save.setDefault(True)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setObjectName("cancelButton")


class FormDialog(QDialog):
    """A dialog whose input a service validates: it can show the service's problems.

    A form with a ``value()`` remembers what it held when it was first shown; cancelling or
    closing it after a change asks whether to save, discard or go on editing (S12)."""

    errors: FieldErrors
    _opened_with: object = None

    _fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # a form made for a big screen opens within a laptop's (issue 14 item 8)
            self._fitted = True
            fit_to_screen(self)
        if self._opened_with is None:
            self._opened_with = self._form_value()
        super().showEvent(event)

    def _form_value(self) -> object:
        value = getattr(self, "value", None)
        return value() if callable(value) else None

    def keep_as_opened(self) -> None:
        """What the form holds now is its unchanged state: what is put in after this is a change
        the user is asked about before it is dropped (S12)."""
        self._opened_with = self._form_value()

    def has_unsaved_changes(self) -> bool:
        return self._opened_with is not None and self._form_value() != self._opened_with

    def reject(self) -> None:
        if self.has_unsaved_changes():
            choice = prompts.ask_unsaved_changes(self)
            if choice == "cancel":
                return
            if choice == "save":
                self.accept()
                return
        super().reject()

    def show_problems(self, error: DomainError) -> None:
        """Show each problem's message at its field and focus the first bad field.

        "Someone else saved it meanwhile" (B5) brings their saved values into the form instead:
        see :meth:`take_in_saved`."""
        if isinstance(error, ConflictError) and self.take_in_saved():
            self.errors.clear()
            self.errors.show(DomainError(Problem(None, saved_meanwhile_text(self.saved_by()))))
            self._grow_to_fit()
            return
        self.errors.show(error)
        self._grow_to_fit()

    # B5 for a form over one versioned record: subclasses say how to read the record as saved now
    # (its version and the input the form would hold for it) and how to set one field.
    version: int | None = None
    field_labels: dict[str, str] = {}  # noqa: RUF012 – read-only, per subclass

    def saved_now(self) -> tuple[int, object] | None:
        return None

    def saved_by(self) -> str:
        """Who saved the record last ("" when unknown): a conflict names them (B5)."""
        return ""

    def set_field(self, name: str, value: object) -> None:
        raise NotImplementedError

    def take_in_saved(self) -> bool:
        """Fields only someone else changed come into the form; fields both changed are offered
        side by side; the user's other input stays, and the form goes on from their version."""
        saved = self.saved_now()
        if saved is None or not dataclasses.is_dataclass(self._opened_with):
            return False
        version, theirs_value = saved
        base, mine, theirs = (
            dataclasses.asdict(cast(Any, value)) for value in (self._opened_with, self._form_value(), theirs_value)
        )
        take = take_in_theirs(
            self,
            self.windowTitle(),
            base,
            mine,
            theirs,
            lambda f: (self.field_labels.get(f, f), str(mine[f]), str(theirs[f])),
            self.saved_by(),
        )
        if take is None:
            return False
        for name in take:
            self.set_field(name, theirs[name])
        self._opened_with, self.version = theirs_value, version
        return True

    def _grow_to_fit(self) -> None:
        """Make room for the messages. A window's minimum height ignores how many lines a
        wrapped label needs at the window's width, so without this a message could be cut off."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


RETRY_SAVE_MS = 2000


def run_until_saved(dialog: FormDialog, save: Callable[[], Saved]) -> Saved | None:
    """Show ``dialog`` until ``save()`` succeeds (its result) or the user cancels (None).

    A DomainError from ``save`` keeps the dialog open with the problems at their fields and
    everything typed kept (R11, S12). The services save in one transaction, so a refused save
    has written nothing.
    """
    saved: list[Saved] = []
    retry = QTimer(dialog)  # the server gone: the save is tried again by itself (B6) …
    retry.setSingleShot(True)
    retry.setInterval(RETRY_SAVE_MS)
    typing = _TypingWatch(dialog, retry)  # … until the user types or clicks in the form again

    def attempt() -> bool:
        try:
            saved.append(save())
            return True
        except ConnectionLost as error:
            dialog.show_problems(
                DomainError.of(
                    T(
                        "{problem} Gespeichert wird von selbst, sobald der Server wieder antwortet "
                        "(neuer Versuch alle zwei Sekunden) – oder mit „Abbrechen“ verwerfen."
                    ),
                    problem=error.problems[0].text,
                )
            )
            retry.start()
        except DomainError as error:
            dialog.show_problems(error)
        except Exception as error:  # e.g. the database locked: keep the input
            dialog.show_problems(unexpected(error))
        return False

    def retry_now() -> None:  # the dialog stays shown meanwhile
        if attempt():
            QDialog.done(dialog, QDialog.DialogCode.Accepted)

    retry.timeout.connect(retry_now)
    app = QCoreApplication.instance()
    assert app is not None  # a dialog exists, so the application does
    app.installEventFilter(typing)
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if saved:
                return saved[0]
            retry.stop()
            if attempt():
                return saved[0]
        return None
    finally:
        retry.stop()
        app.removeEventFilter(typing)


class _TypingWatch(QObject):
    """Stops the automatic save retry as soon as the user types or clicks in the form: from then
    on it is theirs to press „Speichern“ (a half-typed field is never saved by itself)."""

    def __init__(self, dialog: QDialog, retry: QTimer) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._retry = retry

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._retry.isActive()
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)
            and isinstance(watched, QWidget)
            and watched.window() is self._dialog
        ):
            self._retry.stop()
        return False


def unexpected(error: Exception) -> DomainError:
    """An error no rule foresaw (the database locked, the connection lost) as a German message;
    the transaction was rolled back, so nothing was saved half. Logged first (ui/failures.py)."""
    from kontaktverwaltung.services.common import retry_may_help  # the store: not at start

    log.error("Speichern fehlgeschlagen: %s", error, exc_info=(type(error), error, error.__traceback__))
    if retry_may_help(error):
        return DomainError(
            Problem.of(
                T(
                    "Speichern ist gerade nicht möglich: {error}. Es wurde nichts gespeichert; "
                    "Ihre Eingaben sind erhalten – bitte gleich noch einmal versuchen."
                ),
                error=error,
            )
        )
    return DomainError(  # a retry would fail the same way: say so instead of inviting one
        Problem.of(
            T(
                "Speichern ist nicht möglich: {error}. Es wurde nichts gespeichert; Ihre "
                "Eingaben sind erhalten. Bitte die Eingaben prüfen; bleibt der Fehler, bitte ihn "
                "so melden."
            ),
            error=error,
        )
    )


# --- someone else saved meanwhile (B5) ------------------------------------------------------------


def saved_meanwhile_text(author: str) -> Message:
    """The note above a form that took in what ``author`` (or, unknown, someone else) saved meanwhile."""
    if author:
        return msg(
            T(
                "{author} hat das inzwischen gespeichert. Diese Änderungen sind jetzt im Formular; "
                "Ihre Eingaben sind erhalten. Bitte prüfen und erneut speichern."
            ),
            author=author,
        )
    return Message(
        T(
            "Jemand anderes hat das inzwischen gespeichert. Seine Änderungen "
            "sind jetzt im Formular; Ihre Eingaben sind erhalten. Bitte prüfen "
            "und erneut speichern."
        )
    )


class ConflictDialog(QDialog):
    """Per field: the value saved meanwhile by someone else, or the user's own (B5).

    ``rows``: (field, label, yours, theirs) as shown. ``choices()``: field → "mine" | "theirs"."""

    def __init__(
        self, parent: QWidget | None, name: str, rows: Sequence[tuple[str, str, str, str]], author: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Gleichzeitig geändert"))
        layout = QVBoxLayout(self)
        text = (
            self.tr(
                "„{0}“ wurde inzwischen von {1} gespeichert, und dieselben Angaben haben auch Sie "
                "geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im Formular "
                "noch beides zusammenführen und speichern."
            ).format(name, author)
            if author
            else self.tr(
                "„{0}“ wurde inzwischen von jemand anderem gespeichert, und dieselben Angaben haben "
                "auch Sie geändert. Bitte je Zeile wählen, was gelten soll – danach können Sie im "
                "Formular noch beides zusammenführen und speichern."
            ).format(name)
        )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        self.setMinimumWidth(560)
        grid = QGridLayout()
        grid.setVerticalSpacing(10)
        grid.setHorizontalSpacing(16)
        for column, title in enumerate((self.tr("Angabe"), self.tr("Ihre Eingabe"), self.tr("Inzwischen gespeichert"))):
            header = QLabel(f"<b>{title}</b>", self)
            grid.addWidget(header, 0, column)
        self._groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, (field, label, mine, theirs) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label + ":", self), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            mine_button = QRadioButton(mine or self.tr("(leer)"), self)
            theirs_button = QRadioButton(theirs or self.tr("(leer)"), self)
            mine_button.setObjectName(f"mine_{field}")
            theirs_button.setObjectName(f"theirs_{field}")
            for button in (mine_button, theirs_button):
                group.addButton(button)
            mine_button.setChecked(True)
            grid.addWidget(mine_button, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(theirs_button, row, 2, Qt.AlignmentFlag.AlignTop)
            self._groups[field] = (mine_button, theirs_button)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Übernehmen"))
        ok.setObjectName("saveButton")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, str]:
        return {field: "theirs" if theirs.isChecked() else "mine" for field, (_m, theirs) in self._groups.items()}


def take_in_theirs(
    parent: QWidget,
    name: str,
    base: dict[str, Any],
    mine: dict[str, Any],
    theirs: dict[str, Any],
    row: Callable[[str], tuple[str, str, str]],
    author: str = "",
) -> list[str] | None:
    """B5, the intake of what someone else saved while the user edited ``name``: ``base`` is what
    the form opened with, ``mine`` what it holds, ``theirs`` what is saved now. Fields only they
    changed are taken; where both changed, the user picks per field (``row(field)``: label, mine,
    theirs as shown). Returns the fields to take from ``theirs``; None: the user cancelled."""
    take, conflicts = three_way(base, mine, theirs)
    if conflicts:
        chooser = ConflictDialog(parent, name, [(f, *row(f)) for f in conflicts], author)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        take += [f for f, choice in chooser.choices().items() if choice == "theirs"]
    return take
