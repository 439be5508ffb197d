"""B3 while typing: a new contact that looks like one the customer already has (same e-mail, same
phone, same, same-sounding or similar name) shows a hint under the name, with "Diesen öffnen"
(close the form, edit the existing contact instead) and "Trotzdem anlegen" (it is someone else:
the hint goes away for that contact).

"Diesen öffnen" loses nothing typed (S12): what the new form held beyond the match is carried into
the existing contact's form as changes the user sees listed, saves, or cancels like any other
(``carry_typed``). A recruiter who typed a new phone number or position from a business card wants
it on the person they already have, not retyped, and not saved behind their back.

The comparison is the duplicates service's (``similar_contacts``), run off the UI thread a moment
after the user stops typing, so typing never waits; the customer's contacts are read at the first
look and kept for the form (10,000 contacts: 0.2 s to read, 0.04 s per look).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QMargins, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kontaktverwaltung.domain.channels import ChannelKind, normalize_email, normalize_phone
from kontaktverwaltung.domain.contact import Salutation
from kontaktverwaltung.domain.duplicates import PersonKey, reason_label
from kontaktverwaltung.domain.errors import Problem
from kontaktverwaltung.domain.records import ContactCard
from kontaktverwaltung.services.duplicates import people_of, similar_contacts
from kontaktverwaltung.ui import palette
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.contact_dialog import CONFLICT_LABELS, ChannelList

if TYPE_CHECKING:
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.services.contact_form import ContactForm
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
        self.start: ContactForm = dialog.value()  # the empty form: what the user typed is what differs
        self.typed: ContactForm | None = None  # the form as it was when the user chose ``wanted``
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
        self._fit()

    def _fit(self) -> None:
        """The wrapped text keeps all its lines when the form is short (a small screen at 125 %):
        Qt's form layout does not ask a wrapping label for its height at its width."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        if self.isVisible() and width > 0 and layout is not None:
            self.label.setMinimumHeight(self.label.heightForWidth(width))
            layout.invalidate()  # (its cached minimum still has the label's old height)
            self.setMinimumHeight(layout.minimumSize().height())  # and the buttons under it, not over it

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _stop(self) -> None:
        self._timer.stop()
        self._loader.cancel()

    # --- the user's choice ----------------------------------------------------------------------

    def _open_existing(self) -> None:
        if self.matches:
            self.wanted = self.matches[0][0]
            self.typed = self._dialog.value()
            self._stop()
            # No "discard changes?" question: nothing is discarded, ``carry_typed`` takes it along.
            QDialog.done(self._dialog, QDialog.DialogCode.Rejected)

    def _ignore(self) -> None:
        self._ignored.update(card.id for card, _reasons in self.matches)
        self.matches = []
        self.hide()


def _channel_key(kind: ChannelKind, text: str, region: str) -> str:
    """A channel as compared: normalised (as merge unites them, R7), else as typed."""
    result = normalize_phone(text, "", region) if kind.is_phone else normalize_email(text, "")
    return ("phone:" if kind.is_phone else "email:") + (
        text.strip().casefold() if isinstance(result, Problem) else result[0]
    )


def carry_typed(dialog: ContactDialog, start: ContactForm, typed: ContactForm, region: str) -> None:
    """ "Diesen öffnen" (S12, B3): what the user typed into the new form goes into the existing
    contact's form as unsaved changes – e-mails and phones it lacks are added (its primary stays),
    empty fields filled, a different position, title, department, salutation, role, status or
    location replaces the stored one, notes are appended. The names stay as stored (they are how the
    user recognised the person); a different spelling is named in the note. The note at the top
    lists what came along; cancelling asks before it is dropped, like any change."""
    dialog.keep_as_opened()
    ui, now, was = dialog.ui, typed.data, start.data
    taken: list[str] = []
    kept: list[str] = []

    def label(field: str) -> str:
        return QCoreApplication.translate("ContactDialog", CONFLICT_LABELS[field])

    for field, edit, value in (
        ("first_name", ui.firstNameEdit, now.first_name),
        ("last_name", ui.lastNameEdit, now.last_name),
    ):
        stored = edit.text().strip()
        if value.strip() and value.strip() != stored:
            if stored:
                kept.append(
                    QCoreApplication.translate("DuplicateHint", "{0} „{1}“ (eingegeben: „{2}“)").format(
                        label(field), stored, value.strip()
                    )
                )
            else:
                edit.setText(value.strip())
                taken.append(label(field))
    for field, edit, value in (
        ("title", ui.titleEdit, now.title),
        ("position", ui.positionEdit, now.position),
        ("department", ui.departmentEdit, now.department),
        ("username", ui.usernameEdit, now.username or ""),
    ):
        if value.strip() and value.strip() != edit.text().strip():
            edit.setText(value.strip())
            taken.append(label(field))
    notes = ui.notesEdit.toPlainText()
    if now.notes.strip() and now.notes.strip() not in notes:
        ui.notesEdit.setPlainText(f"{notes.rstrip()}\n{now.notes.strip()}" if notes.strip() else now.notes.strip())
        taken.append(label("notes"))
    choices = (
        ("salutation", ui.salutationCombo, now.salutation.value, now.salutation != Salutation.NONE),
        ("role", ui.roleCombo, now.role_id, now.role_id != was.role_id),
        ("location", dialog.location_combo, now.location_id, now.location_id != was.location_id),
    )
    for field, combo, data, typed_in in choices:
        if typed_in and combo.currentData() != data and (index := combo.findData(data)) >= 0:
            combo.setCurrentIndex(index)
            taken.append(label(field))
    if not typed.active and ui.activeCheck.isChecked():
        if typed.inactive_reason is not None:
            ui.reasonCombo.setCurrentIndex(max(0, ui.reasonCombo.findData(typed.inactive_reason.value)))
        if typed.inactive_until is not None:
            ui.untilCheck.setChecked(True)
            until = typed.inactive_until
            ui.untilEdit.setDate(QDate(until.year, until.month, until.day))
        ui.activeCheck.setChecked(False)  # last: it shows the reason's consequences (B11)
        taken.append(label("status"))
    lists = {False: dialog.emails, True: dialog.phones}
    known = {_channel_key(c.kind, c.value, region) for rows in lists.values() for c in rows.inputs() if c.value.strip()}
    for channel in now.channels:
        key = _channel_key(channel.kind, channel.value, region)
        if not channel.value.strip() or key in known:
            continue
        known.add(key)
        rows: ChannelList = lists[channel.kind.is_phone]
        empty = next((row for row in rows.rows if not row.edit.text().strip()), None)
        row = empty if empty is not None else rows.add()
        row.set_value(channel.kind.value, channel.value.strip(), channel.label)
        taken.append(
            QCoreApplication.translate("DuplicateHint", "{0} „{1}“").format(channel.kind.label(), channel.value.strip())
        )
    if typed.new_password and ui.passwordEdit.isEnabled():
        ui.passwordEdit.setText(typed.new_password)
        taken.append(QCoreApplication.translate("DuplicateHint", "das neue Portal-Passwort"))
    if not (taken or kept):
        return
    parts = []
    if taken:
        parts.append(
            QCoreApplication.translate(
                "DuplicateHint",
                "Aus Ihrer Eingabe übernommen: {0}. Speichern übernimmt es, Abbrechen verwirft es nach Rückfrage.",
            ).format(", ".join(taken))
        )
    if kept:
        parts.append(
            QCoreApplication.translate("DuplicateHint", "Der Name bleibt wie gespeichert: {0}.").format(", ".join(kept))
        )
    note = QLabel(" ".join(parts), dialog)
    note.setObjectName("carriedOverNote")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes typed text
    note.setContentsMargins(0, 0, 0, 6)
    ui.mainLayout.insertWidget(0, note)
