"""The dialog "Ansprechpartner bearbeiten" (S7–S13, B11, B12), from ui/contact_dialog.ui.

The dialog only collects input (``value()``: a ContactForm) and shows what the service refused at
the field it belongs to; ``services.contact_form.save_contact`` saves it all in one step.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.channels import (
    DEFAULT_REGION,
    ChannelInput,
    ChannelKind,
    normalize_email,
    normalize_phone,
)
from kontaktverwaltung.domain.contact import ContactInput, InactiveReason, Salutation, reason_label
from kontaktverwaltung.domain.errors import ConflictError, ConnectionLost, DomainError, Problem
from kontaktverwaltung.domain.messages import render
from kontaktverwaltung.domain.portal import portal_readiness, role_summary
from kontaktverwaltung.domain.records import ChannelView, ContactCard
from kontaktverwaltung.domain.results import RoleView
from kontaktverwaltung.domain.text import enumeration, number
from kontaktverwaltung.services import contact_form, contacts, portal
from kontaktverwaltung.services import history as history_service
from kontaktverwaltung.services.contact_form import ContactForm
from kontaktverwaltung.ui.contact_place import ContactPlace, LocationRow
from kontaktverwaltung.ui.forms import FieldErrors, FormDialog, saved_meanwhile_text, standard_buttons, take_in_theirs
from kontaktverwaltung.ui.generated.ui_contact_dialog import Ui_ContactDialog
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP
from kontaktverwaltung.ui.views import keep_content_shown

SALUTATIONS = (
    ("—", Salutation.NONE),
    (QT_TRANSLATE_NOOP("ContactDialog", "Herr"), Salutation.HERR),
    (QT_TRANSLATE_NOOP("ContactDialog", "Frau"), Salutation.FRAU),
    (QT_TRANSLATE_NOOP("ContactDialog", "divers"), Salutation.DIVERS),
)
# Stored as the e-mail's label (German, as before); shown translated (context "ChannelRow").
EMAIL_LABELS = (
    QT_TRANSLATE_NOOP("ChannelRow", "Arbeit"),
    QT_TRANSLATE_NOOP("ChannelRow", "Privat"),
    QT_TRANSLATE_NOOP("ChannelRow", "Sonstige"),
)
PHONE_KINDS = (ChannelKind.PHONE, ChannelKind.MOBILE, ChannelKind.FAX)
NOBODY = QT_TRANSLATE_NOOP("ContactDialog", "— niemand —")
# The fields compared when someone else saved the contact meanwhile (B5), as the user knows them.
CONFLICT_LABELS = {
    "salutation": QT_TRANSLATE_NOOP("ContactDialog", "Anrede"),
    "title": QT_TRANSLATE_NOOP("ContactDialog", "Titel"),
    "first_name": QT_TRANSLATE_NOOP("ContactDialog", "Vorname"),
    "last_name": QT_TRANSLATE_NOOP("ContactDialog", "Nachname"),
    "position": QT_TRANSLATE_NOOP("ContactDialog", "Position"),
    "department": QT_TRANSLATE_NOOP("ContactDialog", "Abteilung"),
    "notes": QT_TRANSLATE_NOOP("ContactDialog", "Notizen"),
    "username": QT_TRANSLATE_NOOP("ContactDialog", "Benutzername"),
    "role": QT_TRANSLATE_NOOP("ContactDialog", "Rolle"),
    "status": QT_TRANSLATE_NOOP("ContactDialog", "Status"),
    "channels": QT_TRANSLATE_NOOP("ContactDialog", "E-Mail und Telefon"),
    "location": QT_TRANSLATE_NOOP("ContactDialog", "Standort"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactDialog", text)


def _form_label(channel: ChannelView) -> str:
    """A channel's label as its form row holds it: an e-mail without one shows the first type."""
    return channel.label if ChannelKind(channel.kind).is_phone else (channel.label or EMAIL_LABELS[0])


class ChannelRow(QWidget):
    """One e-mail address or phone number: value, type, primary choice, trash icon, message."""

    def __init__(self, parent: QWidget, phones: bool, number: int) -> None:
        super().__init__(parent)
        self.phones = phones
        self.label = ""  # an e-mail row's label is its type; a phone row keeps its label as it was
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(6)
        prefix = "phone" if phones else "email"
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{prefix}Edit{number}")
        self.edit.setMaxLength(255)
        self.edit.setPlaceholderText(self.tr("z. B. 0664 1234567") if phones else self.tr("name@firma.at"))
        self.kind = QComboBox(self)
        self.kind.setObjectName(f"{prefix}KindCombo{number}")
        if phones:
            for kind in PHONE_KINDS:
                self.kind.addItem(kind.label(), kind.value)
        else:
            for text in EMAIL_LABELS:
                self.kind.addItem(self.tr(text), text)
        self.kind.setToolTip(self.tr("Art der Telefonnummer") if phones else self.tr("Art der E-Mail-Adresse"))
        self.kind.setMinimumContentsLength(8)  # the same width in both lists: the rows line up
        self.primary = QRadioButton(self.tr("Haupt"), self)
        self.primary.setObjectName(f"{prefix}Primary{number}")
        self.primary.setToolTip(
            self.tr("Hauptnummer: steht auf der Karte und wird angerufen")
            if phones
            else self.tr("Hauptadresse: steht auf der Karte und bekommt die E-Mails")
        )
        self.remove = QToolButton(self)
        self.remove.setObjectName(f"{prefix}RemoveButton{number}")
        self.remove.setIcon(icon("delete"))
        self.remove.setToolTip(
            self.tr("Diese Telefonnummer entfernen") if phones else self.tr("Diese E-Mail-Adresse entfernen")
        )
        self.remove.setAutoRaise(True)
        line.addWidget(self.edit, 1)
        line.addWidget(self.kind)
        line.addWidget(self.primary)
        line.addWidget(self.remove)
        layout.addLayout(line)
        self.error = QLabel(self)
        self.error.setObjectName(f"{prefix}Error{number}")
        layout.addWidget(self.error)

    def set_value(self, kind: str, value: str, label: str) -> None:
        self.edit.setText(value)
        self.edit.setCursorPosition(0)  # a long address shows its start, not its end
        self.label = label
        if self.phones:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        elif label:
            if self.kind.findData(label) < 0:
                self.kind.addItem(label, label)
            self.kind.setCurrentIndex(self.kind.findData(label))

    def channel_input(self) -> ChannelInput:
        if self.phones:
            return ChannelInput(
                ChannelKind(self.kind.currentData()), self.edit.text(), self.label, self.primary.isChecked()
            )
        return ChannelInput(ChannelKind.EMAIL, self.edit.text(), self.kind.currentData(), self.primary.isChecked())


class ChannelList(QObject):
    """The e-mail or the phone rows of the form (S10): "+" adds one, the trash icon removes one;
    exactly one of them is the primary (as the service will store it)."""

    changed = Signal()

    def __init__(
        self,
        dialog: QWidget,
        layout: QVBoxLayout,
        add_button: QWidget,
        phones: bool,
        errors: FieldErrors,
        region: str,
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._layout = layout
        self._add_button = add_button
        self.phones = phones
        self._errors = errors
        self._region = region
        self._group = QButtonGroup(self)
        self.rows: list[ChannelRow] = []
        self._made = 0

    @property
    def prefix(self) -> str:
        return "phones" if self.phones else "emails"

    def add(self, kind: str = "", value: str = "", label: str = "", primary: bool = False) -> ChannelRow:
        row = ChannelRow(self._dialog, self.phones, self._made)
        self._made += 1
        row.set_value(kind or (ChannelKind.PHONE.value if self.phones else ChannelKind.EMAIL.value), value, label)
        self._group.addButton(row.primary)
        row.primary.setChecked(primary or not self.rows)
        row.remove.clicked.connect(lambda: self.remove(row))
        row.edit.editingFinished.connect(lambda: self._check(row))
        row.edit.textEdited.connect(lambda _text: self.changed.emit())
        row.kind.activated.connect(lambda _index: self.changed.emit())
        row.primary.toggled.connect(lambda _on: self.changed.emit())
        self._layout.addWidget(row)
        # A row made after the form would come after "Speichern" in the tab order: put it where it
        # is shown, right before the "+" button (Qt only orders after a widget that takes focus).
        previous: QWidget = self._add_button
        while (before := previous.previousInFocusChain()) is not None and before is not self._dialog:
            previous = before
            if previous.focusPolicy() & Qt.FocusPolicy.TabFocus:
                break
        for widget in (row.edit, row.kind, row.primary, row.remove):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.rows.append(row)
        self._renumber()
        self.changed.emit()
        return row

    def remove(self, row: ChannelRow) -> None:
        was_primary = row.primary.isChecked()
        index = self.rows.index(row)
        self.rows.remove(row)
        self._group.removeButton(row.primary)
        row.hide()
        row.deleteLater()
        if was_primary and self.rows:
            self.rows[0].primary.setChecked(True)
        self._renumber()
        if self.rows:  # the keyboard stays in the list: on the row that took the removed one's place
            self.rows[min(index, len(self.rows) - 1)].edit.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        for row in self.rows:
            self._group.removeButton(row.primary)
            row.hide()
            row.deleteLater()
        self.rows = []
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        """Problems name rows by their place in the form: ``emails[2]`` is the third e-mail row."""
        self._errors.remove_fields(self.prefix + "[")
        self._errors.add_fields({f"{self.prefix}[{i}]": (row.edit, row.error) for i, row in enumerate(self.rows)})

    def _check(self, row: ChannelRow) -> None:
        """As the user leaves a field: say at once what is wrong, and show a phone number formatted (S10)."""
        if row not in self.rows:
            return
        field = f"{self.prefix}[{self.rows.index(row)}]"
        text = row.edit.text()
        if not text.strip():
            self._errors.show_at(field, "")
            return
        result = normalize_phone(text, field, self._region) if self.phones else normalize_email(text, field)
        if isinstance(result, Problem):
            self._errors.show_at(field, result.message())
            return
        self._errors.show_at(field, "")
        if self.phones and result[1] != text:
            row.edit.setText(result[1])

    def inputs(self) -> list[ChannelInput]:
        return [row.channel_input() for row in self.rows]


class ContactDialog(FormDialog):
    """Create a contact at a location (``card`` None) or edit one (S7–S13)."""

    def __init__(
        self,
        parent: QWidget | None,
        location_id: int,
        card: ContactCard | None = None,
        region: str = DEFAULT_REGION,
        deactivate: bool = False,
        place: ContactPlace | None = None,
    ) -> None:
        """``deactivate``: opened to deactivate the contact (S9): "Aktiv" cleared, the reason
        chosen next; "Ausgeschieden" then offers the hand-over to a successor (B11)."""
        super().__init__(parent)
        self.ui = ui = Ui_ContactDialog()
        ui.setupUi(self)
        self.setObjectName("ContactDialog")
        self.location_id = location_id
        self.card = card
        self.contact_id = card.id if card is not None else None
        self.version = card.version if card is not None else None
        self._history_mark = history_service.newest_entry_id() if card is not None else 0  # B5: who saved since
        self._region = region
        self._username_touched = card is not None  # an existing username is never rewritten as names change
        self.place = place if place is not None else ContactPlace.of_location(location_id)
        self.location_row = LocationRow(self, ui.personForm, self.place, location_id, card)
        self.location_combo = self.location_row.combo
        title = self.tr("Neuer Ansprechpartner – {0}") if card is None else self.tr("Ansprechpartner bearbeiten – {0}")
        self.setWindowTitle(title.format(self.place.customer_name))  # which customer (issue 14)
        standard_buttons(ui.buttonBox)
        keep_content_shown(self, ui.scrollArea)  # on a short screen the form scrolls
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.errors = FieldErrors(
            ui.generalError,
            {
                "title": (ui.titleEdit, ui.titleError),
                "first_name": (ui.firstNameEdit, ui.firstNameError),
                "last_name": (ui.lastNameEdit, ui.lastNameError),
                "position": (ui.positionEdit, ui.positionError),
                "department": (ui.departmentEdit, ui.departmentError),
                "notes": (ui.notesEdit, ui.notesError),
                "username": (ui.usernameEdit, ui.usernameError),
                "inactive_reason": (ui.reasonCombo, ui.inactiveReasonError),
                "inactive_until": (ui.untilEdit, ui.inactiveUntilError),
                "successor": (ui.successorCombo, ui.successorError),
                "password": (ui.passwordEdit, ui.passwordError),
                "location": (self.location_combo, self.location_row.error),
            },
        )
        self.emails = ChannelList(self, ui.emailRows, ui.addEmailButton, False, self.errors, region)
        self.phones = ChannelList(self, ui.phoneRows, ui.addPhoneButton, True, self.errors, region)
        for button, meaning in ((ui.addEmailButton, "add"), (ui.addPhoneButton, "add")):
            button.setIcon(icon(meaning))
        ui.addEmailButton.clicked.connect(lambda: self.emails.add().edit.setFocus())
        ui.addPhoneButton.clicked.connect(lambda: self.phones.add().edit.setFocus())
        for keys, button in (("Ctrl+Shift+E", ui.addEmailButton), ("Ctrl+Shift+T", ui.addPhoneButton)):
            QShortcut(QKeySequence(keys), self).activated.connect(button.click)
        for label in (ui.loginHint, ui.roleSummary, ui.passwordHint, ui.successorHint):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        for text, salutation in SALUTATIONS:
            ui.salutationCombo.addItem(_t(text), salutation.value)
        # No reason is chosen for the user: unticking "Aktiv" and saving asks for one at the field,
        # instead of recording "Karenz" for someone who left (S9). An active contact shows no reason.
        ui.reasonCombo.addItem(self.tr("— bitte wählen —"), None)
        for reason in InactiveReason:
            ui.reasonCombo.addItem(reason.label(), reason.value)
        ui.untilEdit.setMinimumDate(QDate.currentDate())
        ui.untilEdit.setDate(QDate.currentDate().addMonths(12))
        self._roles: list[RoleView] = portal.roles()
        for role in self._roles:
            ui.roleCombo.addItem(role.name, role.id)
        self._blocker = portal.password_blocker(card.id) if card is not None else self._blocker_of_location(location_id)
        self._successors_loaded = False
        self._offer_successor = False
        self._fill(card)

        self._username_timer = QTimer(self, singleShot=True, interval=250)
        self._username_timer.timeout.connect(self._update_username)
        for edit in (ui.firstNameEdit, ui.lastNameEdit):
            edit.textEdited.connect(lambda _text: self._username_timer.start())
        ui.usernameEdit.textEdited.connect(self._username_edited)
        ui.activeCheck.toggled.connect(lambda _on: self._update_state())
        ui.reasonCombo.activated.connect(lambda _index: self._update_state())
        ui.untilCheck.toggled.connect(lambda _on: self._update_state())
        ui.roleCombo.currentIndexChanged.connect(lambda _index: self._update_role())
        ui.passwordEdit.textChanged.connect(lambda _text: self._update_portal())
        ui.generatePasswordButton.clicked.connect(self._generate_password)
        ui.copyPasswordButton.clicked.connect(self._copy_password)
        self._opened_state = self._form_state()  # what the form held before the user typed (B5)
        if deactivate:
            ui.activeCheck.setChecked(False)
        self._update_state()
        self._update_role()
        (ui.reasonCombo if deactivate else ui.firstNameEdit).setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        # A username check still pending when the dialog closes would query the database for a
        # form nobody sees any more, maybe after that database was closed.
        self._username_timer.stop()
        super().hideEvent(event)

    # --- filling --------------------------------------------------------------------------------

    @staticmethod
    def _blocker_of_location(location_id: int) -> Problem | None:
        from kontaktverwaltung.services import locations

        return portal.customer_password_blocker(locations.location(location_id).customer_id)

    def _fill(self, card: ContactCard | None) -> None:
        ui = self.ui
        if card is None:
            ui.activeCheck.setChecked(True)
            self.emails.add()
            self.phones.add()
            return
        ui.salutationCombo.setCurrentIndex(max(0, ui.salutationCombo.findData(card.salutation)))
        ui.titleEdit.setText(card.title)
        ui.firstNameEdit.setText(card.first_name)
        ui.lastNameEdit.setText(card.last_name)
        ui.positionEdit.setText(card.position)
        ui.departmentEdit.setText(card.department)
        ui.notesEdit.setPlainText(card.notes)
        ui.usernameEdit.setText(card.username or "")
        ui.activeCheck.setChecked(card.active)
        if card.inactive_reason:
            ui.reasonCombo.setCurrentIndex(max(0, ui.reasonCombo.findData(card.inactive_reason)))
        if card.inactive_until is not None:
            ui.untilCheck.setChecked(True)
            until = card.inactive_until
            ui.untilEdit.setMinimumDate(min(QDate(until.year, until.month, until.day), QDate.currentDate()))
            ui.untilEdit.setDate(QDate(until.year, until.month, until.day))
        if card.role_id is not None:
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(card.role_id)))
        channels: tuple[ChannelView, ...] = contacts.channels_of(card.id)
        for channel in channels:
            target = self.phones if ChannelKind(channel.kind).is_phone else self.emails
            target.add(channel.kind, channel.display, channel.label, channel.is_primary)
        if not self.emails.rows:
            self.emails.add()
        if not self.phones.rows:
            self.phones.add()

    # --- reacting ------------------------------------------------------------------------------

    def _username_edited(self, _text: str) -> None:
        self._username_touched = True
        self._username_timer.start()

    def _update_username(self) -> None:
        """R1: a new contact's username follows the name until the user types one; either way it
        is checked against all customers as it changes (S8)."""
        ui = self.ui
        try:
            if not self._username_touched:
                first, last = ui.firstNameEdit.text().strip(), ui.lastNameEdit.text().strip()
                ui.usernameEdit.setText(contacts.free_username(first, last) if (first or last) else "")
            text = ui.usernameEdit.text().strip()
            problem = contacts.username_problem(text, self.contact_id) if text else None
        except ConnectionLost:  # the server went away while typing: the window says so (or goes
            return  # offline); the name is checked again as it changes, and when saving
        self.errors.show_at("username", problem.message() if problem else "")

    def _update_state(self) -> None:
        ui = self.ui
        inactive = not ui.activeCheck.isChecked()
        for widget in (ui.reasonLabel, ui.reasonCombo, ui.untilLabel, ui.untilCheck):
            widget.setEnabled(inactive)
        ui.untilEdit.setEnabled(inactive and ui.untilCheck.isChecked())
        leaving = inactive and ui.reasonCombo.currentData() == InactiveReason.AUSGESCHIEDEN.value
        offer = leaving and self.card is not None and self.card.active  # B11: when someone leaves
        self._offer_successor = offer
        if offer and not self._successors_loaded:
            self._load_successors()
        for widget in (ui.successorLabel, ui.successorCombo, ui.successorHint):
            widget.setVisible(offer)
        # Reason and "bis" only matter for an inactive contact: shown only then.
        for row in range(ui.inactiveForm.rowCount()):
            field = ui.inactiveForm.itemAt(row, QFormLayout.ItemRole.FieldRole)
            is_successor = field is not None and field.layout() is ui.successorBox
            is_hint = field is not None and field.widget() is ui.successorHint
            ui.inactiveForm.setRowVisible(row, offer if (is_successor or is_hint) else inactive)
        self._update_portal()

    def _load_successors(self) -> None:
        assert self.card is not None
        ui = self.ui
        ui.successorCombo.addItem(_t(NOBODY), None)
        for contact_id, name in contact_form.successors(self.card.id):
            ui.successorCombo.addItem(name, contact_id)
        jobs = contact_form.open_jobs(self.card.id)
        handed = [self.tr("1 offenen Job") if jobs == 1 else self.tr("{0} offene Jobs").format(number(jobs))]
        if self.card.role_name:
            handed.append(self.tr("die Kundenrolle „{0}“").format(self.card.role_name))
        ui.successorHint.setText(self.tr("Die gewählte Person übernimmt {0}.").format(enumeration(handed)))
        self._successors_loaded = True

    def _update_role(self) -> None:
        role = next((r for r in self._roles if r.id == self.ui.roleCombo.currentData()), None)
        self.ui.roleSummary.setText(
            role_summary(role.job_visibility, role.applicant_data) if role else self.tr("Keine Rolle gewählt.")
        )

    def _update_portal(self) -> None:
        """B12 in the form: can this contact log in once saved, and if not, why (S13, R4)."""
        ui = self.ui
        blocked = self._blocker is not None
        for widget in (ui.passwordEdit, ui.generatePasswordButton, ui.passwordLabel):
            widget.setEnabled(not blocked)
        ui.copyPasswordButton.setEnabled(not blocked and bool(ui.passwordEdit.text()))
        has_password = (self.card is not None and self.card.has_password) or bool(ui.passwordEdit.text())
        readiness = portal_readiness(ui.activeCheck.isChecked(), has_password, not blocked)
        ui.readinessLabel.setText(readiness.summary())
        if self._blocker is not None:
            ui.passwordHint.setText(self._blocker.message())
        elif self.card is not None and self.card.has_password:
            ui.passwordHint.setText(self.tr("Ein Passwort ist gesetzt. Ein neues ersetzt es beim Speichern."))
        else:
            ui.passwordHint.setText(self.tr("Leer lassen, wenn (noch) kein Portalzugang gewünscht ist."))

    def _generate_password(self) -> None:
        self.ui.passwordEdit.setText(portal.generate_password())
        self.ui.passwordEdit.setFocus()

    def _copy_password(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.passwordEdit.text())
        self.ui.passwordHint.setText(self.tr("Passwort kopiert – es wird beim Speichern gesetzt."))

    # --- someone else saved meanwhile (B5) -------------------------------------------------------

    def _form_state(self) -> dict[str, object]:
        """The form as comparable values, one per field of FIELD_LABELS."""
        ui = self.ui
        active = ui.activeCheck.isChecked()
        until = ui.untilEdit.date().toPython() if ui.untilCheck.isChecked() else None
        return {
            "salutation": ui.salutationCombo.currentData() or "",
            "title": ui.titleEdit.text().strip(),
            "first_name": ui.firstNameEdit.text().strip(),
            "last_name": ui.lastNameEdit.text().strip(),
            "position": ui.positionEdit.text().strip(),
            "department": ui.departmentEdit.text().strip(),
            "notes": ui.notesEdit.toPlainText().strip(),
            "username": ui.usernameEdit.text().strip(),
            "role": ui.roleCombo.currentData(),
            "status": (True, None, None) if active else (False, ui.reasonCombo.currentData(), until),
            "channels": tuple(
                (c.kind.value, c.value.strip(), c.label, c.primary)
                for c in (*self.emails.inputs(), *self.phones.inputs())
                if c.value.strip()
            ),
            "location": self.location_combo.currentData(),
        }

    def _saved_state(self, card: ContactCard, channels: tuple[ChannelView, ...]) -> dict[str, object]:
        """The saved record in the same terms as ``_form_state`` (as the form would show it)."""
        return {
            "salutation": card.salutation,
            "title": card.title.strip(),
            "first_name": card.first_name.strip(),
            "last_name": card.last_name.strip(),
            "position": card.position.strip(),
            "department": card.department.strip(),
            "notes": card.notes.strip(),
            "username": card.username or "",
            "role": card.role_id,
            "status": (True, None, None) if card.active else (False, card.inactive_reason or None, card.inactive_until),
            "channels": tuple(
                (
                    c.kind,
                    c.display,
                    c.label if ChannelKind(c.kind).is_phone else (c.label or EMAIL_LABELS[0]),
                    c.is_primary,
                )
                for c in channels
            ),
            "location": card.location_id,
        }

    def _shown(self, field: str, value: object) -> str:
        if field == "salutation":
            return next((_t(text) for text, s in SALUTATIONS if s.value == value), "")
        if field == "role":
            return next((r.name for r in self._roles if r.id == value), "")
        if field == "location":
            return self.place.location_name(value)
        if field == "status" and isinstance(value, tuple):
            active, reason, until = value
            if active:
                return QCoreApplication.translate("ContactDialog", "aktiv")
            reason = reason_label(reason) if reason else None
            reason = reason or QCoreApplication.translate("ContactDialog", "ohne Grund")
            if until:
                return QCoreApplication.translate("ContactDialog", "inaktiv ({0} bis {1})").format(
                    reason, f"{until:%d.%m.%Y}"
                )
            return QCoreApplication.translate("ContactDialog", "inaktiv ({0})").format(reason)
        if field == "channels" and isinstance(value, tuple):
            return "\n".join(f"{ChannelKind(kind).label()}: {text}" for kind, text, _label, _primary in value)
        return str(value or "")

    def _take_saved(self, field: str, card: ContactCard, channels: tuple[ChannelView, ...]) -> None:
        """Put the saved value of one field into the form."""
        ui = self.ui
        edits = {
            "title": (ui.titleEdit, card.title),
            "first_name": (ui.firstNameEdit, card.first_name),
            "last_name": (ui.lastNameEdit, card.last_name),
            "position": (ui.positionEdit, card.position),
            "department": (ui.departmentEdit, card.department),
            "username": (ui.usernameEdit, card.username or ""),
        }
        if field in edits:
            edit, text = edits[field]
            edit.setText(text)
        elif field == "notes":
            ui.notesEdit.setPlainText(card.notes)
        elif field == "salutation":
            ui.salutationCombo.setCurrentIndex(max(0, ui.salutationCombo.findData(card.salutation)))
        elif field == "role":
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(card.role_id)))
        elif field == "location":
            self.location_combo.setCurrentIndex(max(0, self.location_combo.findData(card.location_id)))
        elif field == "status":
            ui.activeCheck.setChecked(card.active)
            ui.reasonCombo.setCurrentIndex(max(0, ui.reasonCombo.findData(card.inactive_reason or None)))
            ui.untilCheck.setChecked(card.inactive_until is not None)
            if card.inactive_until is not None:
                until = card.inactive_until
                ui.untilEdit.setDate(QDate(until.year, until.month, until.day))
        elif field == "channels":
            for rows in (self.emails, self.phones):
                rows.clear()
            for channel in channels:
                target = self.phones if ChannelKind(channel.kind).is_phone else self.emails
                target.add(channel.kind, channel.display, channel.label, channel.is_primary)

    def saved_by(self) -> str:
        """Who saved this contact last: a conflict names them (B5)."""
        mark = self._history_mark
        return (history_service.last_author_of_contact(self.card.id, mark) or "") if self.card is not None else ""

    def take_in_what_others_saved(self) -> bool:
        """After "someone else changed it meanwhile" (B5): bring their saved values into the form
        where only they changed something, ask per field where both did, and go on from their
        version. Nothing is overwritten silently; the user saves again. False: nothing to do."""
        if self.card is None:
            return False
        current = contacts.contact_card(self.card.id)
        channels = contacts.channels_of(self.card.id)
        theirs = self._saved_state(current, channels)
        mine = self._form_state()
        take = take_in_theirs(
            self,
            current.name(),
            self._opened_state,
            mine,
            theirs,
            lambda f: (_t(CONFLICT_LABELS[f]), self._shown(f, mine[f]), self._shown(f, theirs[f])),
            self.saved_by(),
        )
        if take is None:
            return False
        for field in take:
            self._take_saved(field, current, channels)
        self._reload_roles(fallback=current.role_id)  # a role may have been deleted meanwhile
        self.card, self.version, self._opened_state = current, current.version, theirs
        self.location_id = current.location_id
        self.location_row.set_card(current)
        self._update_state()
        self._update_role()
        return True

    def _reload_roles(self, fallback: int | None) -> None:
        """The roles as they are now; a chosen role that no longer exists gives way to ``fallback``."""
        combo = self.ui.roleCombo
        chosen = combo.currentData()
        self._roles = portal.roles()
        combo.blockSignals(True)
        combo.clear()
        for role in self._roles:
            combo.addItem(role.name, role.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(fallback)))
        combo.blockSignals(False)

    def show_problems(self, error: DomainError) -> None:
        if isinstance(error, ConflictError) and self.take_in_what_others_saved():
            self.errors.clear()
            self.ui.generalError.setText(render(saved_meanwhile_text(self.saved_by())))
            self.ui.generalError.show()
            return
        super().show_problems(error)

    # --- result --------------------------------------------------------------------------------

    def value(self) -> ContactForm:
        ui = self.ui
        username = ui.usernameEdit.text().strip()
        if self.card is not None and username == (self.card.username or ""):
            username = ""  # unchanged: keep
        until = ui.untilEdit.date().toPython() if ui.untilCheck.isChecked() else None
        active = ui.activeCheck.isChecked()
        reason = ui.reasonCombo.currentData()
        chosen = self.location_combo.currentData()
        data = ContactInput(
            location_id=chosen if chosen is not None else self.location_id,
            first_name=ui.firstNameEdit.text(),
            last_name=ui.lastNameEdit.text(),
            salutation=Salutation(ui.salutationCombo.currentData() or ""),
            title=ui.titleEdit.text(),
            position=ui.positionEdit.text(),
            department=ui.departmentEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            role_id=ui.roleCombo.currentData(),
            channels=[*self.emails.inputs(), *self.phones.inputs()],
            username=(username or None) if self._username_touched or self.card is not None else None,
        )
        # Not isVisible(): the caller reads the value after exec() has hidden the dialog.
        successor = ui.successorCombo.currentData() if self._offer_successor else None
        return ContactForm(
            data,
            active=active,
            inactive_reason=None if active or reason is None else InactiveReason(reason),
            inactive_until=None if active else _as_date(until),
            successor_id=successor,
            new_password=ui.passwordEdit.text() or None,
        )


def _as_date(value: object) -> datetime.date | None:
    return value if isinstance(value, datetime.date) else None
