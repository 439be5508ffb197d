"""The duplicates dialog (B3, actionDuplicates): pairs with reasons, the cards side by side,
"Zusammenführen" handed to the window, "Keine Dublette" remembered and undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kontaktverwaltung.services import common, duplicates
from kontaktverwaltung.ui import language
from kontaktverwaltung.ui.background import wait_for_all
from kontaktverwaltung.ui.duplicates_dialog import DuplicatesDialog
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
def agency(ctx):
    alpen = make_customer(ctx, "Alpenbau GmbH", "K-1")
    vienna = make_location(ctx, alpen)
    people = {
        "meier": make_contact(ctx, vienna, "Karl", "Meier", emails=("karl@alpenbau.at",)),
        "mayer": make_contact(ctx, vienna, "Karl", "Mayer", emails=("KARL@alpenbau.at",)),
        "katharina": make_contact(ctx, vienna, "Katharina", "Berger"),
        "catharina": make_contact(ctx, vienna, "Catharina", "Berger"),
    }
    graz = make_location(ctx, make_customer(ctx, "Talbau AG", "K-2"), "Graz", "Graz")
    people["huber"] = make_contact(ctx, graz, "Eva", "Huber", phones=("0664 1234567",))
    people["hueber"] = make_contact(ctx, graz, "Eva", "Hueber", phones=("+43 664 1234567",))
    return alpen, people


@pytest.fixture
def opened(qtbot, ctx):
    dialogs = []

    def open_dialog(customer_id=None) -> DuplicatesDialog:
        dialog = DuplicatesDialog(None, ctx, customer_id)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        qtbot.waitUntil(lambda: dialog.ui.pairTable.isEnabled())
        return dialog

    yield open_dialog
    wait_for_all()  # no load may still use the database when the test closes it


def rows(dialog: DuplicatesDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_the_pairs_of_a_customer_with_their_reasons_and_both_cards(agency, opened):
    customer, _people = agency
    dialog = opened(customer)
    assert dialog.objectName() == "DuplicatesDialog"
    assert dialog.ui.summaryLabel.text() == "2 wahrscheinliche Dubletten."
    assert rows(dialog) == [
        ("Frau Karl Meier", "Frau Karl Mayer", "gleiche E-Mail-Adresse, gleich klingender Name", "Alpenbau GmbH (K-1)"),
        ("Frau Katharina Berger", "Frau Catharina Berger", "ähnlicher Name", "Alpenbau GmbH (K-1)"),
    ]
    assert "Karl Meier" in dialog.ui.firstCard.text() and "karl@alpenbau.at" in dialog.ui.firstCard.text()
    assert "Karl Mayer" in dialog.ui.secondCard.text()
    dialog.ui.pairTable.selectRow(1)
    assert "Katharina" in dialog.ui.firstCard.text() and "Catharina" in dialog.ui.secondCard.text()


def test_across_the_database_every_customers_pairs(agency, opened):
    dialog = opened()
    assert [row[3] for row in rows(dialog)] == ["Alpenbau GmbH (K-1)", "Talbau AG (K-2)", "Alpenbau GmbH (K-1)"]


def test_merge_asks_the_window_to_merge_that_pair(agency, opened, qtbot):
    customer, people = agency
    dialog = opened(customer)
    with qtbot.waitSignal(dialog.mergeRequested) as merge:
        qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert merge.args == [people["meier"], people["mayer"]]


def test_not_a_duplicate_is_remembered_and_can_be_undone(agency, opened, qtbot):
    customer, people = agency
    dialog = opened(customer)
    with qtbot.waitSignal(dialog.changeMade) as made:
        qtbot.mouseClick(dialog.ui.notDuplicateButton, Qt.MouseButton.LeftButton)
    assert [row[0] for row in rows(dialog)] == ["Frau Katharina Berger"]
    assert dialog.ui.summaryLabel.text() == "1 wahrscheinliche Dublette."
    assert "Katharina" in dialog.ui.firstCard.text()  # the next pair is shown
    assert (people["meier"], people["mayer"]) not in {(p.a.id, p.b.id) for p in duplicates.duplicate_pairs()}
    assert len(opened(customer).model.pairs) == 1  # a new look does not bring it back

    common.undo(made.args[0])
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)


def test_no_pairs_says_so_and_disables_the_buttons(opened, ctx):
    dialog = opened(make_customer(ctx, "Leer GmbH"))
    assert dialog.ui.summaryLabel.text() == "Keine wahrscheinlichen Dubletten gefunden."
    assert not dialog.ui.mergeButton.isEnabled() and not dialog.ui.notDuplicateButton.isEnabled()


def test_the_dialog_speaks_english(agency, opened, qapp):
    customer, _ = agency
    try:
        language.install_translators(qapp, "en")
        dialog = opened(customer)
        assert dialog.windowTitle() == "Duplicates"
        assert dialog.ui.notDuplicateButton.text() == "&Not a duplicate"
        assert dialog.ui.summaryLabel.text() == "2 likely duplicates."
        assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "Reasons"
        assert rows(dialog)[0][:3] == ("Ms Karl Meier", "Ms Karl Mayer", "same e-mail address, similar-sounding name")
    finally:
        language.install_translators(qapp, "de")
        for translator in language._installed:
            qapp.removeTranslator(translator)
        language._installed.clear()
