"""B3 while typing: a new contact that looks like one the customer already has (same e-mail, same
phone, same, same-sounding or similar name) shows a hint under the name, with "Diesen öffnen"
(close the form, edit the existing contact instead) and "Trotzdem anlegen" (it is someone else:
the hint goes away for that contact).

The comparison is the duplicates service's (``similar_contacts``), run off the UI thread a moment
after the user stops typing, so typing never waits; the customer's contacts are read at the first
look and kept for the form (10,000 contacts: 0.2 s to read, 0.04 s per look).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kontaktverwaltung.domain.duplicates import PersonKey, reason_label
from kontaktverwaltung.domain.records import ContactCard
from kontaktverwaltung.services.duplicates import people_of, similar_contacts
from kontaktverwaltung.ui import palette
from kontaktverwaltung.ui.background import BackgroundLoader

if TYPE_CHECKING:
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.ui.contact_dialog import ContactDialog

DELAY_MS = 300  # after the last keystroke: one look per pause, not one per key


class DuplicateHint(QFrame):
    """The hint under the last name of a new contact's form. ``wanted``: the existing contact the
    user chose to open instead (the form was closed for it)."""

    def __init__(self, dialog: ContactDialog, ctx: Context, customer_id: int) -> None:
        super().__init__(dialog)
        self.setObjectName("duplicateHint")
        self._dialog = dialog
        self._ctx = ctx
        self._customer_id = customer_id
        self.wanted: ContactCard | None = None
        self.matches: list[tuple[ContactCard, tuple[str, ...]]] = []
        self._ignored: set[int] = set()
        self._people: tuple[PersonKey, ...] | None = None  # the customer's contacts, read at the first look
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.label = QLabel(self)
        self.label.setObjectName("duplicateHintText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        colour = palette.of(self, palette.Role.DUPLICATE_REASON).name()
        self.label.setStyleSheet(f"color: {colour};")
        layout.addWidget(self.label)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Diesen &öffnen"), self)
        self.open_button.setObjectName("duplicateHintOpen")
        self.open_button.setToolTip(self.tr("Dieses Formular schließen und den vorhandenen Ansprechpartner bearbeiten"))
        self.ignore_button = QPushButton(self.tr("Trotzdem an&legen"), self)
        self.ignore_button.setObjectName("duplicateHintIgnore")
        self.ignore_button.setToolTip(self.tr("Es ist eine andere Person: den Hinweis ausblenden und weiter erfassen"))
        for button in (self.open_button, self.ignore_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard where it was typing
            button.setAutoDefault(False)  # Enter in the form still saves
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open_existing)
        self.ignore_button.clicked.connect(self._ignore)
        self.hide()

        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._look)
        self._loader = BackgroundLoader(self)
        ui = dialog.ui
        ui.lastNameBox.addWidget(self)  # under the name (and its error line)
        for edit in (ui.firstNameEdit, ui.lastNameEdit):
            edit.textEdited.connect(lambda _text: self._timer.start())
        for channels in (dialog.emails, dialog.phones):
            channels.changed.connect(self._timer.start)
        dialog.finished.connect(self._stop)

    # --- looking --------------------------------------------------------------------------------

    @property
    def looking(self) -> bool:
        """A look is due or running (tests wait for it to end)."""
        return self._timer.isActive() or self._loader.busy

    def _look(self) -> None:
        data = self._dialog.value().data
        if not (data.first_name.strip() or data.last_name.strip() or any(c.value.strip() for c in data.channels)):
            self._show([])
            return
        ctx, customer_id, people = self._ctx, self._customer_id, self._people

        def look() -> tuple[tuple[PersonKey, ...], list[tuple[ContactCard, tuple[str, ...]]]]:
            known = people if people is not None else people_of(customer_id)  # read once per form
            return known, similar_contacts(ctx, customer_id, data, people=known)

        self._loader.run(look, self._looked, self._failed)

    def _looked(self, result: tuple[tuple[PersonKey, ...], list[tuple[ContactCard, tuple[str, ...]]]]) -> None:
        self._people, found = result
        self._show(found)

    def _failed(self, _error: Exception) -> None:
        self._show([])  # a hint, not a check: saving reports what is wrong

    def _show(self, found: list[tuple[ContactCard, tuple[str, ...]]]) -> None:
        self.matches = [(card, reasons) for card, reasons in found if card.id not in self._ignored]
        if not self.matches:
            self.hide()
            return
        card, reasons = self.matches[0]
        details = " · ".join(part for part in (card.position, card.primary_email, card.primary_phone) if part)
        name = f"{card.name()} ({details})" if details else card.name()
        why = ", ".join(reason_label(reason) for reason in reasons)
        text = self.tr("Gibt es diese Person schon? {0} – {1}.").format(name, why)
        if len(self.matches) > 1:
            text += " " + self.tr("Dazu {0} weitere ähnliche.").format(len(self.matches) - 1)
        self.label.setText(text)
        self.show()

    def _stop(self) -> None:
        self._timer.stop()
        self._loader.cancel()

    # --- the user's choice ----------------------------------------------------------------------

    def _open_existing(self) -> None:
        if self.matches:
            self.wanted = self.matches[0][0]
            self._stop()
            # The user chose the existing contact over this form: no "discard changes?" question.
            QDialog.done(self._dialog, QDialog.DialogCode.Rejected)

    def _ignore(self) -> None:
        self._ignored.update(card.id for card, _reasons in self.matches)
        self.matches = []
        self.hide()
