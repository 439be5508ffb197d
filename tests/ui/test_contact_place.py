"""Where a contact goes (issue 14): the contact dialog names the customer and has `locationCombo`;
another location moves the contact on saving, in one undo step. Runs on every backend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.services import common, contacts
from kontaktverwaltung.services.history import history_of_contact
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, retype, type_text
from tests.ui.test_contact_dialog import open_dialog, run
from tests.ui.test_main_window import header_index, select_card


def _choose(combo: QComboBox, name: str) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith(name)))


def test_a_new_contact_names_its_customer_and_goes_where_chosen(qtbot, ctx, db):
    customer = make_customer(ctx, "Alpenbau GmbH")
    vienna = make_location(ctx, customer, "Zentrale", "Wien")
    graz = make_location(ctx, customer, "Werk Graz", "Graz")
    make_location(ctx, make_customer(ctx, "Andere AG"), "Fremd")  # not offered: another customer
    dialog = open_dialog(qtbot, vienna)
    assert "Alpenbau GmbH" in dialog.windowTitle()
    combo = dialog.findChild(QComboBox, "locationCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Zentrale – Ringstraße 1, 1010 Wien",
        "Werk Graz – Ringstraße 1, 1010 Graz",
    ]
    assert combo.currentData() == vienna

    def fill(d):
        _choose(d.findChild(QComboBox, "locationCombo"), "Werk Graz")
        type_text(d.ui.lastNameEdit, "Huber")
        click(button(d, "saveButton"))

    done = run(dialog, ctx, fill)
    assert contacts.contact_card(done.value).location_id == graz


def test_another_location_moves_the_contact_on_saving_in_one_undo_step(qtbot, ctx, db):
    customer = make_customer(ctx, "Alpenbau GmbH")
    vienna = make_location(ctx, customer, "Zentrale", "Wien")
    make_location(ctx, customer, "Werk Graz", "Graz")
    anna = make_contact(ctx, vienna, "Anna", "Berger")
    before = dump_database()
    dialog = open_dialog(qtbot, vienna, anna)
    assert dialog.windowTitle() == "Ansprechpartner bearbeiten – Alpenbau GmbH"
    hint = dialog.findChild(QLabel, "locationHint")
    assert hint.isHidden()

    def move_and_rename(d):
        _choose(d.findChild(QComboBox, "locationCombo"), "Werk Graz")
        assert not hint.isHidden() and "verschoben" in hint.text()
        retype(d.ui.lastNameEdit, "Berger-Huber")
        click(button(d, "saveButton"))

    done = run(dialog, ctx, move_and_rename)
    card = contacts.contact_card(anna)
    assert card.last_name == "Berger-Huber"
    assert card.location_id != vienna
    kinds = [entry.kind for entry in history_of_contact(anna)]
    assert HistoryKind.MOVED.value in kinds and HistoryKind.EDITED.value in kinds
    common.undo(done.change)  # one step takes the move and the edit back
    assert dump_database() == before


def test_a_new_contact_from_the_window_starts_at_the_selected_location(window):
    window.panel_view.setCurrentIndex(header_index(window, "Werk Graz"))
    seen = []

    def look(dialog):
        seen.append((dialog.windowTitle(), dialog.findChild(QComboBox, "locationCombo").currentText()))
        dialog.done(0)

    with modal_script(look):
        window.actionNewContact.trigger()
    select_card(window, "Anna Berger")
    with modal_script(look):
        window.actionEditContact.trigger()
    assert seen == [
        ("Neuer Ansprechpartner – Müller & Söhne GmbH", "Werk Graz – Ringstraße 1, 1010 Graz"),
        ("Ansprechpartner bearbeiten – Müller & Söhne GmbH", "Zentrale Wien – Ringstraße 1, 1010 Wien"),
    ]


def _next_tab_stop(widget, forward: bool = True):
    """Where Tab (Shift+Tab) goes from ``widget``: the next widget in the chain that takes Tab focus."""
    step = (lambda w: w.nextInFocusChain()) if forward else (lambda w: w.previousInFocusChain())
    found = step(widget)
    while not (found.focusPolicy() & Qt.FocusPolicy.TabFocus and found.isEnabled()):
        found = step(found)
    return found


def test_the_location_comes_first_in_the_tab_order(qtbot, ctx, db):
    vienna = make_location(ctx, make_customer(ctx), "Zentrale")
    dialog = open_dialog(qtbot, vienna)
    combo = dialog.findChild(QComboBox, "locationCombo")
    assert _next_tab_stop(combo) is dialog.ui.salutationCombo
    assert _next_tab_stop(dialog.ui.salutationCombo, forward=False) is combo


def test_a_long_address_ends_in_an_ellipsis_instead_of_being_cut_off(qtbot, ctx, db):
    customer = make_customer(ctx, "Alpenbau GmbH")
    vienna = make_location(ctx, customer, "Zentrale mit einem sehr langen Namen " * 3, "Wien")
    dialog = open_dialog(qtbot, vienna)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.findChild(QComboBox, "locationCombo")
    combo.resize(200, combo.height())
    assert combo.shown_text().endswith("…")
    assert combo.fontMetrics().horizontalAdvance(combo.shown_text()) < 200
    assert combo.currentText().endswith("Wien")  # the list and the data keep the whole text
