"""Dialogs for customers, locations and contacts (S3, S6, S7, S14, R8, R11).

Each dialog only collects input (``value()``) and shows what the service refused
(``show_problems()``), at the field the problem belongs to. Saving is the caller's job, through
:func:`run_until_saved`, so a refused input keeps the dialog open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
from kontaktverwaltung.domain.contact import ContactInput, Salutation
from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.records import ChannelView, ContactCard, CustomerView, LocationView
from kontaktverwaltung.services import contacts as contact_service
from kontaktverwaltung.services.customers import CustomerInput
from kontaktverwaltung.services.locations import LocationInput
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.generated.ui_customer_dialog import Ui_CustomerDialog
from kontaktverwaltung.ui.generated.ui_location_dialog import Ui_LocationDialog

T = TypeVar("T")


def _error_color(widget: QWidget) -> QColor:
    """A red that stays readable on light and on dark window backgrounds."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#b3261e")


def _style_error_label(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, _error_color(label))
    label.setPalette(palette)
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
        self._fields = fields
        for widget, label in fields.values():
            _style_error_label(label)
            _when_edited(widget, partial(self._hide, label))
        _style_error_label(general)
        self.clear()

    @staticmethod
    def _hide(label: QLabel) -> None:
        label.clear()
        label.setVisible(False)

    def clear(self) -> None:
        for _widget, label in self._fields.values():
            self._hide(label)
        self._hide(self._general)

    def show(self, error: DomainError, language: str = "de") -> None:
        self.clear()
        messages: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in error.problems:
            if problem.field in self._fields:
                messages.setdefault(problem.field, []).append(problem.message(language))
            else:
                general.append(problem.message(language))
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

    def message_at(self, field: str) -> str:
        """The message shown at a field ("" when none)."""
        return self._fields[field][1].text()

    @property
    def general_message(self) -> str:
        return self._general.text()


def _german_buttons(box: QDialogButtonBox, save_text: str = "&Speichern") -> None:
    """Qt's own button texts are English unless Qt's translations are loaded; ours are German."""
    texts = {
        QDialogButtonBox.StandardButton.Save: save_text,
        QDialogButtonBox.StandardButton.Ok: save_text,
        QDialogButtonBox.StandardButton.Cancel: "Abbrechen",
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

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened_with is None:
            self._opened_with = self._form_value()
        super().showEvent(event)

    def _form_value(self) -> object:
        value = getattr(self, "value", None)
        return value() if callable(value) else None

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
        """Show each problem's German message at its field and focus the first bad field."""
        self.errors.show(error)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make room for the messages. A window's minimum height ignores how many lines a
        wrapped label needs at the window's width, so without this a message could be cut off."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


def run_until_saved(dialog: FormDialog, save: Callable[[], T]) -> T | None:
    """Show ``dialog`` until ``save()`` succeeds (its result) or the user cancels (None).

    A DomainError from ``save`` keeps the dialog open with the problems at their fields and
    everything typed kept (R11, S12). The services save in one transaction, so a refused save
    has written nothing.
    """
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return save()
        except DomainError as error:
            dialog.show_problems(error)
    return None


# --- customer (S14) -----------------------------------------------------------------------------


class CustomerDialog(FormDialog):
    def __init__(self, parent: QWidget | None, customer: CustomerView | None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerDialog()
        self.ui.setupUi(self)
        self.setObjectName("CustomerDialog")
        self.customer = customer
        ui = self.ui
        _german_buttons(ui.buttonBox)
        self.errors = FieldErrors(
            ui.generalError,
            {
                "number": (ui.numberEdit, ui.numberError),
                "name": (ui.nameEdit, ui.nameError),
                "notes": (ui.notesEdit, ui.notesError),
            },
        )
        if customer is None:
            self.setWindowTitle(self.tr("Neuer Kunde"))
        else:
            self.setWindowTitle(self.tr("Kunde bearbeiten"))
            ui.numberEdit.setText(customer.number)
            ui.nameEdit.setText(customer.name)
            ui.notesEdit.setPlainText(customer.notes)
        ui.numberEdit.setFocus()

    def value(self) -> CustomerInput:
        ui = self.ui
        return CustomerInput(ui.numberEdit.text(), ui.nameEdit.text(), ui.notesEdit.toPlainText())


# --- location (S3, S6) --------------------------------------------------------------------------


class LocationDialog(FormDialog):
    def __init__(self, parent: QWidget | None, location: LocationView | None) -> None:
        super().__init__(parent)
        self.ui = Ui_LocationDialog()
        self.ui.setupUi(self)
        self.setObjectName("LocationDialog")
        self.location = location
        ui = self.ui
        _german_buttons(ui.buttonBox)
        self.errors = FieldErrors(
            ui.generalError,
            {
                "name": (ui.nameEdit, ui.nameError),
                "street": (ui.streetEdit, ui.streetError),
                "postal_code": (ui.postalCodeEdit, ui.postalCodeError),
                "city": (ui.cityEdit, ui.cityError),
                "country": (ui.countryEdit, ui.countryError),
                "phone": (ui.phoneEdit, ui.phoneError),
            },
        )
        if location is None:
            self.setWindowTitle(self.tr("Neuer Standort"))
        else:
            self.setWindowTitle(self.tr("Standort bearbeiten"))
            ui.nameEdit.setText(location.name)
            ui.streetEdit.setText(location.street)
            ui.postalCodeEdit.setText(location.postal_code)
            ui.cityEdit.setText(location.city)
            ui.countryEdit.setText(location.country)
            ui.phoneEdit.setText(location.phone)
        ui.nameEdit.setFocus()

    def value(self) -> LocationInput:
        ui = self.ui
        return LocationInput(
            name=ui.nameEdit.text(),
            street=ui.streetEdit.text(),
            postal_code=ui.postalCodeEdit.text(),
            city=ui.cityEdit.text(),
            country=ui.countryEdit.text().strip().upper(),
            phone=ui.phoneEdit.text(),
        )


# --- contact (S7, S10) --------------------------------------------------------------------------

_SALUTATIONS = (
    ("—", Salutation.NONE),
    ("Herr", Salutation.HERR),
    ("Frau", Salutation.FRAU),
    ("divers", Salutation.DIVERS),
)


def _primary(channels: Sequence[ChannelView]) -> ChannelView | None:
    return next((c for c in channels if c.is_primary), channels[0] if channels else None)


class ContactDialog(FormDialog):
    """Create or edit a contact (S7). This version edits the primary e-mail address and phone
    number; the contact's other channels are kept unchanged (S10 comes with the full form)."""

    def __init__(
        self,
        parent: QWidget | None,
        location_id: int,
        card: ContactCard | None = None,
        channels: tuple[ChannelView, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ContactDialog")
        self.location_id = location_id
        self.card = card
        if channels is None:  # saving must never drop channels the caller forgot to hand over
            channels = contact_service.channels_of(card.id) if card is not None else ()
        self._channels = tuple(sorted(channels, key=lambda c: c.position))
        emails = [c for c in self._channels if c.kind == ChannelKind.EMAIL]
        phones = [c for c in self._channels if c.kind != ChannelKind.EMAIL]
        self._email = _primary(emails)
        self._phone = _primary(phones)
        # Field names count within each group in the order value() hands the channels over.
        email_index = emails.index(self._email) if self._email else len(emails)
        phone_index = phones.index(self._phone) if self._phone else len(phones)

        self.setWindowTitle(self.tr("Neuer Ansprechpartner") if card is None else self.tr("Ansprechpartner bearbeiten"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.salutationCombo = QComboBox(self)
        self.salutationCombo.setObjectName("salutationCombo")
        for text, salutation in _SALUTATIONS:
            self.salutationCombo.addItem(text, salutation.value)
        self.salutationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.salutationCombo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.titleEdit = self._line_edit("titleEdit", 40, self.tr("z. B. Mag., Dr., DI"))
        self.firstNameEdit = self._line_edit("firstNameEdit", 100)
        self.lastNameEdit = self._line_edit("lastNameEdit", 100)
        self.positionEdit = self._line_edit("positionEdit", 150, self.tr("z. B. Leitung Personal"))
        self.departmentEdit = self._line_edit("departmentEdit", 150, self.tr("z. B. Personalabteilung"))
        self.emailEdit = self._line_edit("emailEdit", 255, self.tr("name@firma.at"))
        self.phoneEdit = self._line_edit("phoneEdit", 255, self.tr("z. B. 0664 1234567 oder +49 30 1234567"))
        self.notesEdit = QPlainTextEdit(self)
        self.notesEdit.setObjectName("notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        rows: list[tuple[str, str, QWidget]] = [
            ("salutation", self.tr("&Anrede:"), self.salutationCombo),
            ("title", self.tr("&Titel:"), self.titleEdit),
            ("first_name", self.tr("&Vorname:"), self.firstNameEdit),
            ("last_name", self.tr("&Nachname:"), self.lastNameEdit),
            ("position", self.tr("&Position:"), self.positionEdit),
            ("department", self.tr("A&bteilung:"), self.departmentEdit),
            (f"emails[{email_index}]", self.tr("&E-Mail:"), self.emailEdit),
            (f"phones[{phone_index}]", self.tr("Tele&fon:"), self.phoneEdit),
            ("notes", self.tr("N&otizen:"), self.notesEdit),
        ]
        fields: dict[str, tuple[QWidget, QLabel]] = {}
        for name, text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            box = QVBoxLayout()  # the field with its error message right under it (as in the .ui forms)
            box.setSpacing(2)
            box.addWidget(widget)
            error = QLabel(self)
            error.setObjectName(widget.objectName().removesuffix("Edit").removesuffix("Combo") + "Error")
            box.addWidget(error)
            if name.startswith("phones"):
                self._add_other_channels_hint(box)
            form.addRow(label, box)
            fields[name] = (widget, error)

        self.generalError = QLabel(self)
        self.generalError.setObjectName("generalError")
        layout.addWidget(self.generalError)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("buttonBox")
        _german_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.errors = FieldErrors(self.generalError, fields)

        if card is not None:
            self.salutationCombo.setCurrentIndex(max(0, self.salutationCombo.findData(card.salutation)))
            self.titleEdit.setText(card.title)
            self.firstNameEdit.setText(card.first_name)
            self.lastNameEdit.setText(card.last_name)
            self.positionEdit.setText(card.position)
            self.departmentEdit.setText(card.department)
            self.notesEdit.setPlainText(card.notes)
        self.emailEdit.setText(self._email.display if self._email else "")
        self.phoneEdit.setText(self._phone.display if self._phone else "")
        self.firstNameEdit.setFocus()

    def _line_edit(self, name: str, max_length: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.setPlaceholderText(placeholder)
        return edit

    def _add_other_channels_hint(self, box: QVBoxLayout) -> None:
        others = [c for c in self._channels if c is not self._email and c is not self._phone]
        if not others:
            return
        listed = ", ".join(f"{ChannelKind(c.kind).label_de} {c.display}" for c in others)
        hint = QLabel(self.tr("Weitere Kontaktdaten bleiben unverändert: {0}").format(listed), self)
        hint.setObjectName("otherChannelsHint")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box.addWidget(hint)

    @staticmethod
    def _typed(edit: QLineEdit, current: ChannelView | None) -> str:
        """The text of a channel field; an untouched field keeps the value as once typed."""
        text = edit.text()
        if current is not None and text.strip() == current.display:
            return current.value
        return text

    def value(self) -> ContactInput:
        channels: list[ChannelInput] = []
        for channel in self._channels:
            kind = ChannelKind(channel.kind)
            if channel is self._email:
                channels.append(ChannelInput(kind, self._typed(self.emailEdit, channel), channel.label, primary=True))
            elif channel is self._phone:
                channels.append(ChannelInput(kind, self._typed(self.phoneEdit, channel), channel.label, primary=True))
            else:
                channels.append(ChannelInput(kind, channel.value, channel.label, channel.is_primary))
        if self._email is None:
            channels.append(ChannelInput(ChannelKind.EMAIL, self.emailEdit.text(), primary=True))
        if self._phone is None:
            channels.append(ChannelInput(ChannelKind.PHONE, self.phoneEdit.text(), primary=True))
        return ContactInput(
            location_id=self.location_id,
            first_name=self.firstNameEdit.text(),
            last_name=self.lastNameEdit.text(),
            salutation=Salutation(self.salutationCombo.currentData() or ""),
            title=self.titleEdit.text(),
            position=self.positionEdit.text(),
            department=self.departmentEdit.text(),
            notes=self.notesEdit.toPlainText(),
            role_id=self.card.role_id if self.card is not None else None,
            channels=channels,
            username=None,  # new: generated (R1); edited: kept
        )


# --- move (R8) ----------------------------------------------------------------------------------


class MoveContactDialog(FormDialog):
    """Pick another location of the same customer (R8): for one contact (``contact_name``), or
    for all contacts of a location that is about to be deleted (R9).

    ``locations`` are the customer's locations; the current one is left out of the list.
    """

    def __init__(
        self,
        parent: QWidget | None,
        locations: Sequence[LocationView],
        current_location_id: int,
        contact_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MoveContactDialog")
        self.setWindowTitle(self.tr("Ansprechpartner verschieben"))
        self.setMinimumWidth(420)
        current = next((loc for loc in locations if loc.id == current_location_id), None)
        others = [loc for loc in locations if loc.id != current_location_id]

        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        if contact_name:
            text = self.tr("„{0}“ an einen anderen Standort verschieben.").format(contact_name)
        else:
            text = self.tr("Die Ansprechpartner an einen anderen Standort verschieben.")
        if current is not None:
            text += " " + self.tr("Derzeit: {0}.").format(current.name)
        intro.setText(text + "\n" + self.tr("Jobs und History bleiben bei der Person."))
        layout.addWidget(intro)

        list_label = QLabel(self.tr("&Neuer Standort:"), self)
        layout.addWidget(list_label)
        self.locationList = QListWidget(self)
        self.locationList.setObjectName("locationList")
        list_label.setBuddy(self.locationList)
        for location in others:
            item = QListWidgetItem(f"{location.name}\n{location.address or self.tr('(keine Adresse)')}")
            item.setData(Qt.ItemDataRole.UserRole, location.id)
            self.locationList.addItem(item)
        layout.addWidget(self.locationList)
        if not others:
            list_label.setVisible(False)
            self.locationList.setVisible(False)
            empty = QLabel(
                self.tr("Dieser Kunde hat keinen anderen Standort. Legen Sie zuerst einen neuen Standort an."), self
            )
            empty.setObjectName("noOtherLocationLabel")
            empty.setWordWrap(True)
            layout.addWidget(empty)

        self.generalError = QLabel(self)
        self.generalError.setObjectName("generalError")
        layout.addWidget(self.generalError)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttonBox.setObjectName("buttonBox")
        _german_buttons(self.buttonBox, "&Verschieben")
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        # No per-field rows: a refused move (e.g. changed by someone meanwhile) is shown in general.
        self.errors = FieldErrors(self.generalError, {})

        self._ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        self.locationList.itemSelectionChanged.connect(self._selection_changed)
        # Enter is the default button's; a double click picks and moves in one go.
        self.locationList.itemDoubleClicked.connect(lambda _item: self.accept())
        self.locationList.setFocus()

    def _selection_changed(self) -> None:
        self._ok.setEnabled(self.chosen_location_id() is not None)

    def chosen_location_id(self) -> int | None:
        items = self.locationList.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None
