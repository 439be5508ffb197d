"""The customer and location forms (S3, S6, S14) and the choice of another location for
contacts (R8, R9). Shared form behaviour lives in ui/forms.py."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kontaktverwaltung.domain.records import CustomerView, LocationView
from kontaktverwaltung.domain.text import number
from kontaktverwaltung.services import customers as customer_service
from kontaktverwaltung.services import history as history_service
from kontaktverwaltung.services import locations as location_service
from kontaktverwaltung.services.customers import CustomerInput
from kontaktverwaltung.services.locations import LocationInput
from kontaktverwaltung.ui.countries import fill_country_combo
from kontaktverwaltung.ui.forms import FieldErrors, FormDialog, standard_buttons
from kontaktverwaltung.ui.generated.ui_customer_dialog import Ui_CustomerDialog
from kontaktverwaltung.ui.generated.ui_location_dialog import Ui_LocationDialog
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP

# --- customer (S14) -----------------------------------------------------------------------------


class CustomerDialog(FormDialog):
    def __init__(self, parent: QWidget | None, customer: CustomerView | None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerDialog()
        self.ui.setupUi(self)
        self.setObjectName("CustomerDialog")
        self.customer = customer
        self._history_mark = history_service.newest_entry_id() if customer is not None else 0
        ui = self.ui
        standard_buttons(ui.buttonBox)
        self.errors = FieldErrors(
            ui.generalError,
            {
                "number": (ui.numberEdit, ui.numberError),
                "name": (ui.nameEdit, ui.nameError),
                "notes": (ui.notesEdit, ui.notesError),
            },
        )
        self.version = customer.version if customer is not None else None
        self.field_labels = {"number": self.tr("Kundennummer"), "name": self.tr("Name"), "notes": self.tr("Notizen")}
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

    def saved_now(self) -> tuple[int, object] | None:
        if self.customer is None:
            return None
        now = customer_service.customer(self.customer.id)
        return now.version, CustomerInput(now.number, now.name, now.notes)

    def saved_by(self) -> str:
        if self.customer is None:
            return ""
        return history_service.last_author_of_customer(self.customer.id, self._history_mark) or ""

    def set_field(self, name: str, value: object) -> None:
        ui = self.ui
        if name == "notes":
            ui.notesEdit.setPlainText(str(value))
        else:
            {"number": ui.numberEdit, "name": ui.nameEdit}[name].setText(str(value))


# --- location (S3, S6) --------------------------------------------------------------------------


class LocationDialog(FormDialog):
    def __init__(self, parent: QWidget | None, location: LocationView | None) -> None:
        super().__init__(parent)
        self.ui = Ui_LocationDialog()
        self.ui.setupUi(self)
        self.setObjectName("LocationDialog")
        self.location = location
        self._history_mark = history_service.newest_entry_id() if location is not None else 0
        ui = self.ui
        standard_buttons(ui.buttonBox)
        self.errors = FieldErrors(
            ui.generalError,
            {
                "name": (ui.nameEdit, ui.nameError),
                "street": (ui.streetEdit, ui.streetError),
                "postal_code": (ui.postalCodeEdit, ui.postalCodeError),
                "city": (ui.cityEdit, ui.cityError),
                "country": (ui.countryCombo, ui.countryError),
                "phone": (ui.phoneEdit, ui.phoneError),
            },
        )
        self.version = location.version if location is not None else None
        self.field_labels = {
            "name": self.tr("Name"),
            "street": self.tr("Straße"),
            "postal_code": self.tr("PLZ"),
            "city": self.tr("Ort"),
            "country": self.tr("Land"),
            "phone": self.tr("Telefon"),
        }
        fill_country_combo(ui.countryCombo, location.country if location is not None else "AT")
        if location is None:
            self.setWindowTitle(self.tr("Neuer Standort"))
        else:
            self.setWindowTitle(self.tr("Standort bearbeiten"))
            ui.nameEdit.setText(location.name)
            ui.streetEdit.setText(location.street)
            ui.postalCodeEdit.setText(location.postal_code)
            ui.cityEdit.setText(location.city)
            ui.phoneEdit.setText(location.phone)
        ui.nameEdit.setFocus()

    def value(self) -> LocationInput:
        ui = self.ui
        return LocationInput(
            name=ui.nameEdit.text(),
            street=ui.streetEdit.text(),
            postal_code=ui.postalCodeEdit.text(),
            city=ui.cityEdit.text(),
            country=str(ui.countryCombo.currentData() or ""),
            phone=ui.phoneEdit.text(),
        )

    def saved_now(self) -> tuple[int, object] | None:
        if self.location is None:
            return None
        now = location_service.location(self.location.id)
        return now.version, LocationInput(now.name, now.street, now.postal_code, now.city, now.country, now.phone)

    def saved_by(self) -> str:
        if self.location is None:
            return ""
        return history_service.last_author_of_location(self.location.id, self._history_mark) or ""

    def set_field(self, name: str, value: object) -> None:
        ui = self.ui
        edits = {
            "name": ui.nameEdit,
            "street": ui.streetEdit,
            "postal_code": ui.postalCodeEdit,
            "city": ui.cityEdit,
            "phone": ui.phoneEdit,
        }
        if name == "country":
            fill_country_combo(ui.countryCombo, str(value))
        else:
            edits[name].setText(str(value))


class MoveContactDialog(FormDialog):
    """Pick another location of the same customer (R8): for one contact (``contact_name``), for
    several (``count``), or for all contacts of a location that is about to be deleted (R9).

    ``locations`` are the customer's locations; the current one is named and left out of the list.
    """

    def __init__(
        self,
        parent: QWidget | None,
        locations: Sequence[LocationView],
        current_location_id: int | None,
        contact_name: str = "",
        count: int = 1,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MoveContactDialog")
        self.setMinimumWidth(420)
        current = next((loc for loc in locations if loc.id == current_location_id), None)
        others = [loc for loc in locations if loc.id != current_location_id]
        if contact_name:
            self.setWindowTitle(self.tr("{0} verschieben").format(contact_name))
        elif count > 1:
            self.setWindowTitle(self.tr("{0} Ansprechpartner verschieben").format(number(count)))
        else:
            self.setWindowTitle(self.tr("Ansprechpartner verschieben"))

        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        place = current.name if current is not None else ""
        if contact_name and place:
            text = self.tr("„{0}“ von „{1}“ an einen anderen Standort verschieben.").format(contact_name, place)
        elif contact_name:
            text = self.tr("„{0}“ an einen anderen Standort verschieben.").format(contact_name)
        elif count > 1 and place:
            text = self.tr("Die {0} Ansprechpartner von „{1}“ an einen anderen Standort verschieben.").format(
                number(count), place
            )
        elif count > 1:
            text = self.tr("Die {0} Ansprechpartner an einen anderen Standort verschieben.").format(number(count))
        elif place:
            text = self.tr("Den Ansprechpartner von „{0}“ an einen anderen Standort verschieben.").format(place)
        else:
            text = self.tr("Den Ansprechpartner an einen anderen Standort verschieben.")
        stays = (
            self.tr("Jobs und History bleiben bei den Personen.")
            if count > 1
            else self.tr("Jobs und History bleiben bei der Person.")
        )
        intro.setText(text + "\n" + stays)
        layout.addWidget(intro)

        list_label = QLabel(self.tr("&Neuer Standort:"), self)
        layout.addWidget(list_label)
        self.locationList = QListWidget(self)
        self.locationList.setObjectName("locationList")
        self.locationList.setAlternatingRowColors(True)  # two lines each: where one place ends shows
        self.locationList.setSpacing(2)
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
        standard_buttons(self.buttonBox, QT_TRANSLATE_NOOP("FormDialog", "&Verschieben"))
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
        # No row may look chosen while "Verschieben" is off: the only other location is chosen;
        # among several none is, not even as the current row focus would give (Down picks the first).
        if len(others) == 1:
            self.locationList.setCurrentRow(0)
        else:  # (through the view, which remembers it: focus then does not make the first row current)
            self.locationList.setCurrentIndex(QModelIndex())
        self.locationList.setFocus()

    def _selection_changed(self) -> None:
        self._ok.setEnabled(self.chosen_location_id() is not None)

    def chosen_location_id(self) -> int | None:
        items = self.locationList.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None
