"""The history tab (B2): newest first, filtered by text as you type and by kind; a contact's own
history holds only that contact's entries."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt

from kontaktverwaltung.domain.contact import Salutation
from kontaktverwaltung.domain.history import HistoryKind
from kontaktverwaltung.domain.results import HistoryItem
from kontaktverwaltung.services import contacts, portal
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.ui.history_panel import FILTER_PLACEHOLDER, HistoryModel, HistoryPanel
from tests.factories import contact_input, make_contact, make_customer, make_location
from tests.ui.driving import type_text


def shown(panel: HistoryPanel, column: int = HistoryModel.TEXT) -> list[str]:
    model = panel.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose_kind(panel: HistoryPanel, kind: HistoryKind | None) -> None:
    combo = panel.kind_combo
    combo.setCurrentIndex(combo.findText(kind.label_de if kind else "Alle Arten"))


@pytest.fixture
def history_panel(qtbot) -> HistoryPanel:
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    return panel


@pytest.fixture
def customer(db, ctx: Context) -> dict[str, int]:
    """A customer with a Müller, a Mueller and a Berger, a job, and one edit by a colleague."""
    customer_id = make_customer(ctx, "Alpenbau GmbH")
    location_id = make_location(ctx, customer_id)
    mueller = make_contact(ctx, location_id, "Anna", "Müller")
    mueller2 = make_contact(ctx, location_id, "Max", "Mueller", salutation=Salutation.HERR)
    berger = make_contact(ctx, location_id, "Eva", "Berger")
    portal.create_job(ctx, customer_id, "Buchhalter/in", berger)
    card = contacts.contact_card(berger)
    contacts.edit_contact(
        Context("Kollege Huber"), berger, card.version, contact_input(location_id, "Eva", "Berger", position="Leitung")
    )
    return {"customer": customer_id, "mueller": mueller, "mueller2": mueller2, "berger": berger}


def test_history_model_is_a_sound_qt_model(qtmodeltester):
    model = HistoryModel()
    at = datetime.datetime(2024, 1, 8, 8, 14, 59)
    model.set_items(
        [
            HistoryItem(2, 1, 5, 3, "job_created", "Job „Buchhalter/in“ angelegt", "Anna", at),
            HistoryItem(1, 1, None, None, "from_a_newer_version", "Etwas\nmit zwei Zeilen", "Ben", at),
        ]
    )
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Wann", "Was", "Wer", "Text"]
    assert model.index(0, HistoryModel.WHEN).data() == "08.01.2024 08:14"
    assert model.index(0, HistoryModel.KIND).data() == "Job angelegt"
    assert model.index(1, HistoryModel.KIND).data() == "from_a_newer_version"  # unknown kinds still show
    assert model.index(1, HistoryModel.TEXT).data() == "Etwas mit zwei Zeilen"  # one line in the table
    assert "Etwas\nmit zwei Zeilen" in model.index(1, HistoryModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)


def test_every_kind_has_a_german_label_in_the_kind_filter(history_panel):
    combo = history_panel.kind_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "Alle Arten"
    assert labels[1:] == [kind.label_de for kind in HistoryKind]
    assert all(label and not label.islower() for label in labels)
    assert history_panel.filter_edit.placeholderText() == FILTER_PLACEHOLDER


def test_a_customers_history_is_newest_first(history_panel, customer):
    history_panel.show_customer(customer["customer"], "Alpenbau GmbH")
    texts = shown(history_panel)
    assert texts[0] == "„Frau Eva Berger“ bearbeitet: Position"  # the colleague's edit came last
    assert texts[1] == "Job „Buchhalter/in“ angelegt"
    assert texts[-1] == "Kunde „Alpenbau GmbH“ angelegt"
    items = [history_panel.model.item_at(row) for row in range(history_panel.model.rowCount())]
    assert [(i.at, i.id) for i in items] == sorted(((i.at, i.id) for i in items), reverse=True)
    assert shown(history_panel, HistoryModel.AUTHOR)[:2] == ["Kollege Huber", "Test Recruiterin"]
    assert history_panel.heading.text() == "Alle Änderungen beim Kunden „Alpenbau GmbH“"
    assert history_panel.count_label.text() == f"{len(texts)} Einträge"


def test_typing_mueller_with_umlaut_finds_both_spellings(history_panel, customer):
    history_panel.show_customer(customer["customer"])
    total = history_panel.model.rowCount()

    type_text(history_panel.filter_edit, "müller")

    assert shown(history_panel) == [
        "„Herr Max Mueller“ am Standort „Zentrale“ angelegt",
        "„Frau Anna Müller“ am Standort „Zentrale“ angelegt",
    ]
    assert history_panel.count_label.text() == f"2 von {total} Einträgen"
    history_panel.filter_edit.clear()
    type_text(history_panel.filter_edit, "MUELLER anna")
    assert shown(history_panel) == ["„Frau Anna Müller“ am Standort „Zentrale“ angelegt"]


def test_the_filter_finds_people_and_kinds_and_says_when_nothing_matches(history_panel, customer):
    history_panel.show_customer(customer["customer"])
    type_text(history_panel.filter_edit, "huber")  # the author
    assert shown(history_panel, HistoryModel.AUTHOR) == ["Kollege Huber"]
    history_panel.filter_edit.clear()
    type_text(history_panel.filter_edit, "job angelegt")  # the kind's label
    assert shown(history_panel) == ["Job „Buchhalter/in“ angelegt"]
    history_panel.filter_edit.clear()
    type_text(history_panel.filter_edit, "xyz")
    assert history_panel.model.rowCount() == 0
    assert history_panel.empty_label.isVisibleTo(history_panel)
    assert history_panel.empty_label.text() == "Kein Eintrag passt zum Filter."


def test_the_kind_filter_shows_only_that_kind_and_combines_with_the_text(history_panel, customer):
    history_panel.show_customer(customer["customer"])

    choose_kind(history_panel, HistoryKind.CREATED)
    assert shown(history_panel, HistoryModel.KIND) == ["Ansprechpartner angelegt"] * 3
    type_text(history_panel.filter_edit, "berger")
    assert shown(history_panel) == ["„Frau Eva Berger“ am Standort „Zentrale“ angelegt"]

    choose_kind(history_panel, HistoryKind.JOB_CREATED)
    assert shown(history_panel) == []
    history_panel.filter_edit.clear()
    assert shown(history_panel) == ["Job „Buchhalter/in“ angelegt"]

    choose_kind(history_panel, None)
    assert history_panel.model.rowCount() == history_panel.model.total


def test_a_contacts_history_holds_only_that_contacts_entries(history_panel, customer):
    history_panel.show_contact(customer["berger"], "Frau Eva Berger")
    items = [history_panel.model.item_at(row) for row in range(history_panel.model.rowCount())]
    assert items and {i.contact_id for i in items} == {customer["berger"]}
    assert [i.kind for i in items] == [HistoryKind.EDITED, HistoryKind.JOB_CREATED, HistoryKind.CREATED]
    assert history_panel.heading.text() == "Änderungen an „Frau Eva Berger“"

    history_panel.show_contact(customer["mueller2"])
    assert shown(history_panel) == ["„Herr Max Mueller“ am Standort „Zentrale“ angelegt"]
    assert history_panel.count_label.text() == "1 Eintrag"


def test_refresh_shows_new_entries_and_an_empty_history_says_so(history_panel, db, ctx):
    customer_id = make_customer(ctx, "Bergbahnen Söll AG")
    location_id = make_location(ctx, customer_id)
    contact_id = make_contact(ctx, location_id, "Anna", "Berger")
    history_panel.show_contact(contact_id)
    assert history_panel.model.rowCount() == 1

    portal.create_job(ctx, customer_id, "Liftwart/in", contact_id)
    history_panel.refresh()
    assert shown(history_panel)[0] == "Job „Liftwart/in“ angelegt"

    other = make_customer(ctx, "Leer GmbH")
    history_panel.show_customer(other)
    assert history_panel.model.rowCount() == 1  # only "Kunde angelegt"
    history_panel.clear()
    assert history_panel.empty_label.text() == "Kein Kunde gewählt."
    assert history_panel.empty_label.isVisibleTo(history_panel)


@pytest.fixture
def english_ui(qapp):
    from kontaktverwaltung.ui import language

    language.install_translators(qapp, "en")
    yield
    language.install_translators(qapp, "de")
    for translator in language._installed:
        qapp.removeTranslator(translator)
    language._installed.clear()


def test_the_history_reads_in_the_ui_language_whoever_wrote_it(english_ui, history_panel, customer):
    """Entries keep a text id and values (schema 11), so a German colleague's edit reads in English."""
    history_panel.show_customer(customer["customer"], "Alpenbau GmbH")
    texts = shown(history_panel)
    assert texts[0] == "“Ms Eva Berger” edited: Position"
    assert texts[1] == "Job “Buchhalter/in” created"
    assert texts[-1] == "Client “Alpenbau GmbH” created"
    assert not any("„" in text for text in texts)
    type_text(history_panel.filter_edit, "created")  # the filter searches what is shown
    assert len(shown(history_panel)) == len(texts) - 1
