"""Where a contact goes (issue 14): the contact dialog names the customer in its title and has a
"Standort" row, the ``locationCombo`` of the automation contract. A new contact goes to the
location chosen there (the selected one to begin with); another location for an existing contact
moves it there on saving, in the same undo step (R8)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.records import ContactCard, LocationView
from kontaktverwaltung.ui.icons import icon


@dataclass(frozen=True)
class ContactPlace:
    """A contact's customer (its name) and the customer's locations."""

    customer_name: str
    locations: tuple[LocationView, ...]

    @classmethod
    def of_location(cls, location_id: int) -> ContactPlace:
        """Read from the database (a dialog opened without the window's panel)."""
        from kontaktverwaltung.services import customers, locations

        customer_id = locations.location(location_id).customer_id
        return cls(customers.customer(customer_id).name, tuple(locations.locations_of(customer_id)))

    def location_name(self, location_id: object) -> str:
        return next((loc.name for loc in self.locations if loc.id == location_id), "")


class ElidingCombo(QComboBox):
    """A combo whose chosen text ends in "…" where it does not fit (a long address), instead of
    being cut off mid-letter; the list it opens shows every text in full."""

    def shown_text(self) -> str:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, max(room, 0))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class LocationRow(QWidget):
    """The "Standort" row at the top of the person's form: the combo, a hint when saving will
    move the person, and the place for a message about it."""

    def __init__(
        self, dialog: QWidget, form: QFormLayout, place: ContactPlace, location_id: int, card: ContactCard | None
    ) -> None:
        super().__init__(dialog)
        self.card = card
        self.combo = ElidingCombo(dialog)
        self.combo.setObjectName("locationCombo")
        self.combo.setToolTip(self.tr("An welchem Standort des Kunden die Person arbeitet"))
        for location in place.locations:
            text = f"{location.name} – {location.address}" if location.address else location.name
            self.combo.addItem(icon("location"), text, location.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(location_id)))
        self.combo.setMinimumContentsLength(20)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hint = QLabel(dialog)
        self.hint.setObjectName("locationHint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setWordWrap(True)
        self.error = QLabel(dialog)
        self.error.setObjectName("locationError")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        for widget in (self.combo, self.hint, self.error):
            box.addWidget(widget)
        label = QLabel(self.tr("Standort:"), dialog)  # (every letter of it is some other field's Alt key)
        label.setBuddy(self.combo)
        form.insertRow(0, label, self)  # made last, so last in the Tab chain: right before the first field
        self.combo.currentIndexChanged.connect(lambda _index: self.update_hint())
        self.update_hint()

    def set_card(self, card: ContactCard) -> None:
        """The contact as saved now (someone else's save was taken in): the hint compares with it."""
        self.card = card
        self.update_hint()

    def update_hint(self) -> None:
        chosen = self.combo.currentData()
        moving = self.card is not None and chosen is not None and chosen != self.card.location_id
        self.hint.setText(
            self.tr("Beim Speichern wird die Person an diesen Standort verschoben; Jobs und History bleiben bei ihr.")
            if moving
            else ""
        )
        self.hint.setVisible(moving)
