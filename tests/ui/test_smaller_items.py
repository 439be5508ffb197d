"""The smaller items of issue 14 (item 9): German and Swiss inactive reasons, "Land" as a country
list, …"""

from __future__ import annotations

import pytest

from kontaktverwaltung.domain.contact import InactiveReason
from kontaktverwaltung.services import contacts
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click
from tests.ui.test_contact_dialog import choose, items, open_dialog, run, toggle

pytestmark = pytest.mark.usefixtures("db")


def test_inactive_reasons_speak_austrian_german_and_swiss(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    dialog = open_dialog(qtbot, location, anna)
    reasons = items(dialog.ui.reasonCombo)
    for reason in ("Karenz", "Elternzeit", "Mutterschutz", "Mutterschaftsurlaub", "Bildungskarenz", "Krankheit"):
        assert reason in reasons

    def deactivate(_modal) -> None:
        toggle(dialog.ui.activeCheck)
        choose(dialog.ui.reasonCombo, "Elternzeit")
        click(button(dialog, "saveButton"))

    run(dialog, ctx, deactivate)
    card = contacts.contact_card(anna)
    assert not card.active and card.inactive_reason == InactiveReason.ELTERNZEIT.value


def test_the_country_of_a_location_is_chosen_by_name_and_an_imported_code_is_kept(qtbot, ctx):
    from kontaktverwaltung.services import locations
    from kontaktverwaltung.ui.customer_dialogs import LocationDialog

    customer = make_customer(ctx)
    dialog = LocationDialog(None, None)
    qtbot.addWidget(dialog)
    combo = dialog.ui.countryCombo
    names = items(combo)
    assert names[:3] == ["Österreich (AT)", "Deutschland (DE)", "Schweiz (CH)"]
    assert "Italien (IT)" in names and "Vereinigtes Königreich (GB)" in names
    choose(combo, "Schweiz (CH)")
    assert dialog.value().country == "CH"
    rare = locations.create_location(ctx, customer, locations.LocationInput("Filiale Reykjavík", country="IS")).value
    editing = LocationDialog(None, locations.location(rare))
    qtbot.addWidget(editing)
    assert editing.ui.countryCombo.currentText() == "IS" and editing.value().country == "IS"


def test_inactive_contacts_can_be_hidden_and_shown_again(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox

    from tests.ui.test_main_window import rows, select_card

    check = window.findChild(QCheckBox, "hideInactiveCheck")
    assert check.text() == "&Inaktive ausblenden" and not check.isChecked()
    assert "Frau Petra Öztürk" in rows(window)  # inactive (Karenz)
    select_card(window, "Jürgen Weiß")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert rows(window) == ["Zentrale Wien", "Frau Anna Berger", "Herr Jürgen Weiß", "Werk Graz"]
    assert window.current_card().last_name == "Weiß"  # the selection stays
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert "Frau Petra Öztürk" in rows(window)


def test_a_customer_without_locations_offers_a_button_for_the_first(window, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from kontaktverwaltung.services import customers as customer_service
    from tests.ui.driving import modal_script

    new = customer_service.create_customer(window.ctx, customer_service.CustomerInput("K-9", "Leer GmbH")).value
    window.reload_customers(select_id=new)
    first = window.findChild(QPushButton, "firstLocationButton")
    assert first.isVisible() and "keinen Standort" in window.panel_empty.text()

    def opened(dialog) -> None:
        assert dialog.objectName() == "LocationDialog"
        dialog.done(0)

    with modal_script(opened):
        click(first)
    window.reload_customers(select_id=customer_service.customer_id_by_number("K-1"))
    assert not first.isVisible()
