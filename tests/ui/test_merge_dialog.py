"""The merge dialog (S4, R7, B1), driven as a user would: pick the duplicate, swap the survivor,
choose values, choose the login; then the database is checked, and undo restores it exactly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget

from kontaktverwaltung.domain.errors import NotFound
from kontaktverwaltung.services import common, contacts, duplicates, locations, merge, portal
from kontaktverwaltung.services.history import history_of_contact
from kontaktverwaltung.store.db import counting_queries
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.merge_dialog import ID_ROLE, REASONS_ROLE, MergeDialog, run_merge
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location
from tests.ui.driving import button, click, modal_script, shown_error, type_text

pytestmark = pytest.mark.usefixtures("db")


# --- driving the dialog -------------------------------------------------------------------------


def as_merge_dialog(modal: QWidget) -> MergeDialog:
    assert isinstance(modal, MergeDialog), type(modal).__name__
    assert modal.objectName() == "MergeDialog"
    return modal


def listed(dialog: MergeDialog) -> list[tuple[int, tuple[str, ...]]]:
    """The candidates as the list shows them, top to bottom, with their reasons."""
    model = dialog.ui.candidateList.model()
    return [
        (int(model.index(row, 0).data(ID_ROLE)), tuple(model.index(row, 0).data(REASONS_ROLE)))
        for row in range(model.rowCount())
    ]


def click_candidate(dialog: MergeDialog, contact_id: int) -> None:
    view = dialog.ui.candidateList
    model = view.model()
    index = next(
        (model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == contact_id),
        QModelIndex(),
    )
    assert index.isValid(), f"contact {contact_id} is not listed"
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.visualRect(index).center()
    )


def radio(dialog: QWidget, name: str) -> QRadioButton:
    found = dialog.findChild(QRadioButton, name)
    assert found is not None and found.isVisibleTo(dialog), name
    return found


def shown_channels(dialog: MergeDialog) -> list[tuple[str, str]]:
    grid = dialog.ui.channelsGrid
    rows = []
    for row in range(grid.rowCount()):
        kind, value = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
        if kind is not None and value is not None:
            rows.append((kind.widget().text(), value.widget().text()))
    return rows


def _release_a_job(ctx, customer):
    job = portal.create_job(ctx, customer, "Freigegebener Job").value
    portal.set_job_released(ctx, job, True)


# --- the whole flow -----------------------------------------------------------------------------


def test_pick_swap_choose_and_merge_then_undo_restores_everything(qtbot, ctx):
    customer = make_customer(ctx)
    wien, graz = make_location(ctx, customer, "Zentrale", "Wien"), make_location(ctx, customer, "Filiale", "Graz")
    anna = make_contact(
        ctx, wien, "Anna", "Berger", emails=("anna@firma.at",), phones=("0664 1234567",),
        position="Leiterin Einkauf", department="Vertrieb",
    )  # fmt: skip
    make_contact(ctx, wien, "Bernd", "Kurz", emails=("bernd@firma.at",))
    twin = make_contact(
        ctx, graz, "Anna", "Berger", emails=("ANNA@firma.at", "a.berger@gmx.at"), phones=("+43 1 5556666",),
        title="Mag.", department="Einkauf", notes="Bevorzugt Anrufe",
    )  # fmt: skip
    portal.create_job(ctx, customer, "Buchhalter/in", anna)
    annas_history = {h.id for h in history_of_contact(anna)}
    expected_summary = merge.merge_preview(twin, anna).summary_de
    before = dump_database()

    def pick_swap_choose_and_merge(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        assert dialog.windowTitle() == "Ansprechpartner zusammenführen"
        assert listed(dialog)[0] == (twin, ("gleiche E-Mail-Adresse", "gleicher Name"))
        click_candidate(dialog, twin)
        # the older active one survives by default, and the dialog says why
        assert radio(dialog, "survivorFirstRadio").isChecked()
        assert "Frau Anna Berger – angelegt am" in radio(dialog, "survivorFirstRadio").text()
        assert dialog.ui.survivorNote.text().startswith("Vorschlag: Der ältere aktive Eintrag bleibt erhalten")
        assert radio(dialog, "positionLeftRadio").isChecked()

        click(radio(dialog, "survivorSecondRadio"))  # the twin survives instead: everything recomputed
        assert dialog.ui.survivorNote.text().startswith("Abweichend vom Vorschlag")
        rows = [label.text() for label in dialog.ui.comparisonContent.findChildren(QLabel) if label.objectName()]
        assert {"Titel:", "Position:", "Abteilung:", "Notizen:", "Standort:"} <= set(rows)
        assert radio(dialog, "titleRightRadio").isChecked()  # the survivor's non-empty value wins
        assert radio(dialog, "positionLeftRadio").isChecked()  # its empty field is filled from the other
        assert radio(dialog, "departmentRightRadio").isChecked()
        assert radio(dialog, "departmentLeftRadio").text() == "Vertrieb"
        assert radio(dialog, "locationRightRadio").text() == "Filiale (Graz)"
        click(radio(dialog, "departmentLeftRadio"))  # but the department of the other stays

        assert shown_channels(dialog) == [
            ("E-Mail:", "ANNA@firma.at"),
            ("E-Mail:", "a.berger@gmx.at"),
            ("Telefon:", "01 5556666"),
            ("Telefon:", "0664 1234567"),
        ]
        assert "1 Angabe des anderen Eintrags ist doppelt" in dialog.ui.channelsNote.text()
        assert dialog.ui.summaryLabel.text() == f"{expected_summary}."
        assert dialog.ui.summaryLabel.text().startswith("Übernommen werden: 1 Job und ")
        assert not dialog.ui.loginGroup.isVisibleTo(dialog)
        click(button(dialog, "saveButton"))

    with modal_script(pick_swap_choose_and_merge):
        done = run_merge(None, ctx, anna)

    assert done is not None and done.value == twin
    card = contacts.contact_card(twin)
    assert (card.title, card.position, card.department, card.notes) == (
        "Mag.",
        "Leiterin Einkauf",
        "Vertrieb",
        "Bevorzugt Anrufe",
    )
    assert card.location_id == graz
    assert [(c.kind, c.normalized, c.is_primary) for c in contacts.channels_of(twin)] == [
        ("email", "anna@firma.at", True),
        ("email", "a.berger@gmx.at", False),
        ("phone", "+4315556666", True),
        ("phone", "+436641234567", False),
    ]
    with pytest.raises(NotFound):
        contacts.contact_card(anna)
    assert portal.jobs_of(customer)[0].responsible_id == twin
    assert annas_history <= {h.id for h in history_of_contact(twin)}

    common.undo(done.change)
    assert dump_database() == before


def test_cancel_writes_nothing(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), position="Einkauf")
    before = dump_database()

    def look_and_cancel(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        assert dialog.ui.comparisonStack.currentWidget() is dialog.ui.comparisonPage  # the likely duplicate
        assert button(dialog, "saveButton").isEnabled()
        click(radio(dialog, "positionRightRadio"))
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # no "unsaved changes" question: Escape just cancels

    with modal_script(look_and_cancel):
        assert run_merge(None, ctx, anna) is None
    assert dump_database() == before


def test_enter_merges_only_once_a_candidate_is_chosen(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    karl = make_contact(ctx, location, "Karl", "Huber")

    def press_enter_then_choose_and_press_enter(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        assert dialog.focusWidget() is dialog.ui.candidateFilter  # no likely duplicate: nothing chosen yet
        assert dialog.ui.comparisonStack.currentWidget() is dialog.ui.emptyPage
        save = button(dialog, "saveButton")
        assert save.text() == "Zusammenführen" and save.isDefault() and not save.isEnabled()
        assert save.toolTip() == "Bitte zuerst links den doppelten Eintrag wählen."
        QTest.keyClick(dialog.ui.candidateFilter, Qt.Key.Key_Return)
        assert dialog.isVisible()  # nothing happened
        QTest.keyClick(dialog.ui.candidateFilter, Qt.Key.Key_Down)  # into the list: the first one is chosen
        assert dialog.focusWidget() is dialog.ui.candidateList
        assert dialog.merge_request() is not None and dialog.merge_request().other_id == karl
        QTest.keyClick(dialog.ui.candidateList, Qt.Key.Key_Return)

    with modal_script(press_enter_then_choose_and_press_enter):
        done = run_merge(None, ctx, anna)
    assert done is not None and done.value == anna
    assert [c.id for c, _ in duplicates.merge_candidates(make_contact(ctx, location, "Eva", "Gruber"))] == [anna]


def test_a_pair_from_the_duplicates_view_opens_with_the_other_chosen(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))  # the likely duplicate
    karl = make_contact(ctx, location, "Karl", "Huber")

    def check_and_cancel(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        request = dialog.merge_request()
        assert request is not None and (request.survivor_id, request.other_id) == (anna, karl)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with modal_script(check_and_cancel):
        assert run_merge(None, ctx, anna, other_id=karl) is None


def test_the_filter_narrows_the_list_the_way_the_search_does(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger")
    mueller = make_contact(ctx, location, "Jürgen", "Müller", phones=("+43 664 1234567",))
    for first, last in (("Karl", "Huber"), ("Eva", "Gruber"), ("Lena", "Moser")):
        make_contact(ctx, location, first, last)

    def filter_and_cancel(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        assert dialog.ui.candidateCount.text() == "4 weitere Ansprechpartner"
        type_text(dialog.ui.candidateFilter, "muller")
        assert [cid for cid, _ in listed(dialog)] == [mueller]
        assert dialog.ui.candidateCount.text() == "1 von 4 angezeigt"
        dialog.ui.candidateFilter.clear()
        type_text(dialog.ui.candidateFilter, "0664 1234")
        assert [cid for cid, _ in listed(dialog)] == [mueller]
        dialog.ui.candidateFilter.clear()
        assert len(listed(dialog)) == 4
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with modal_script(filter_and_cancel):
        assert run_merge(None, ctx, anna) is None


def test_both_logins_need_a_choice_and_the_chosen_one_survives(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    first = make_contact(ctx, location, "Max", "Mustermann", emails=("max@firma.at",))
    second = make_contact(ctx, location, "Max", "Mustermann", emails=("max@gmx.at",))
    _release_a_job(ctx, customer)
    portal.set_password(ctx, first, "passwort-des-ersten")
    portal.set_password(ctx, second, "passwort-des-zweiten")

    def choose_the_second_login(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        click_candidate(dialog, second)
        assert dialog.ui.loginGroup.isVisibleTo(dialog)
        assert not radio(dialog, "loginFirstRadio").isChecked() and not radio(dialog, "loginSecondRadio").isChecked()
        save = button(dialog, "saveButton")
        assert not save.isEnabled()
        assert save.toolTip() == "Bitte zuerst wählen, welcher Portalzugang erhalten bleibt."
        assert "Portalzugang" not in dialog.ui.summaryLabel.text()  # none moves until the other's is chosen
        assert radio(dialog, "loginSecondRadio").text().endswith("Benutzername mmustermann2")
        click(radio(dialog, "loginSecondRadio"))
        assert dialog.ui.summaryLabel.text().endswith("1 Portalzugang.")
        assert "mmustermann2" in dialog.ui.summaryNote.text()
        click(radio(dialog, "survivorSecondRadio"))  # swapping keeps the login chosen: the second's
        assert radio(dialog, "loginSecondRadio").isChecked()
        assert "Portalzugang" not in dialog.ui.summaryLabel.text()  # the survivor's own login stays
        click(radio(dialog, "survivorFirstRadio"))
        click(save)

    with modal_script(choose_the_second_login):
        done = run_merge(None, ctx, first)
    assert done is not None and done.value == first
    assert contacts.contact_card(first).username == "mmustermann2"
    assert portal.authenticate("max@firma.at", "passwort-des-zweiten") == first
    assert portal.authenticate("mmustermann", "passwort-des-ersten") is None


def test_a_refused_merge_is_shown_in_the_dialog_and_writes_nothing(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    twin = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    seen: list[str] = []

    def someone_else_edits_then_merge(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        contacts.move_contact(ctx, twin, None, location)  # another user saves the twin meanwhile
        click(button(dialog, "saveButton"))

    def refused_then_merge_again(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        seen.append(shown_error(dialog, "generalError"))
        assert contacts.contact_card(twin).id == twin  # nothing merged
        click(button(dialog, "saveButton"))  # the dialog shows the current state now: this merges

    with modal_script(someone_else_edits_then_merge, refused_then_merge_again):
        done = run_merge(None, ctx, anna)
    assert seen[0].startswith("Einer der beiden Einträge wurde inzwischen von jemand anderem geändert")
    assert done is not None and done.value == anna
    assert [c.id for c in contacts.channels_of(anna)] and not duplicates.merge_candidates(anna)


def test_only_contacts_of_the_same_customer_are_offered(qtbot, ctx):
    mine = make_location(ctx, make_customer(ctx, "Alpenbau GmbH"))
    theirs = make_location(ctx, make_customer(ctx, "Bergbahnen AG"))
    anna = make_contact(ctx, mine, "Anna", "Berger", emails=("anna@firma.at",))
    colleague = make_contact(ctx, mine, "Karl", "Huber")
    make_contact(ctx, theirs, "Anna", "Berger", emails=("anna@firma.at",))  # same person data, other customer

    def look_and_cancel(modal: QWidget) -> None:
        dialog = as_merge_dialog(modal)
        assert listed(dialog) == [(colleague, ())]
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with modal_script(look_and_cancel):
        assert run_merge(None, ctx, anna) is None


def test_without_another_contact_a_warning_instead_of_the_dialog(qtbot, ctx, monkeypatch):
    anna = make_contact(ctx, make_location(ctx, make_customer(ctx)), "Anna", "Berger")
    make_contact(ctx, make_location(ctx, make_customer(ctx, "Andere GmbH")), "Anna", "Berger")
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warnings.append((title, text)))
    before = dump_database()
    assert run_merge(None, ctx, anna) is None
    assert warnings == [
        (
            "Ansprechpartner zusammenführen",
            "„Frau Anna Berger“ ist der einzige Ansprechpartner dieses Kunden – es gibt keinen Eintrag, "
            "mit dem er zusammengeführt werden könnte.",
        )
    ]
    assert dump_database() == before


# --- look and feel ------------------------------------------------------------------------------


def test_dialog_is_german_with_tooltips_a_sensible_size_and_tab_order(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), position="Einkauf")
    twin = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), department="Lager & Logistik")
    dialog = MergeDialog(
        None, contacts.contact_card(anna), duplicates.merge_candidates(anna), locations.locations_of(customer)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # roomy enough for the side-by-side fields, small enough for a 1366×768 laptop at 125 % (issue 14)
    assert dialog.minimumSize().width() >= 760 and 480 <= dialog.minimumSize().height() <= 540
    assert dialog.merge_request() is not None and dialog.merge_request().other_id == twin
    assert sorted(b.text() for b in dialog.ui.buttonBox.buttons()) == ["Abbrechen", "Zusammenführen"]
    assert radio(dialog, "departmentRightRadio").text() == "Lager && Logistik"  # shown as typed, no shortcut
    for widget in (
        dialog.ui.candidateFilter,
        dialog.ui.candidateList,
        radio(dialog, "survivorFirstRadio"),
        radio(dialog, "departmentLeftRadio"),
        button(dialog, "saveButton"),
        button(dialog, "cancelButton"),
    ):
        assert widget.toolTip(), widget.objectName()
    assert "Keine" not in dialog.ui.summaryLabel.text() and dialog.ui.summaryLabel.isVisible()

    dialog.ui.candidateFilter.setFocus()
    order = []
    for _ in range(10):
        order.append(dialog.focusWidget().objectName())
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert (
        order
        == [  # as the eye reads: the list, who survives, row by row, the buttons
            "candidateFilter",
            "candidateList",
            "survivorFirstRadio",
            "survivorSecondRadio",
            "positionLeftRadio",
            "positionRightRadio",
            "departmentLeftRadio",
            "departmentRightRadio",
            *order[8:],  # the buttons, in the platform's order
        ]
    )
    assert sorted(order[8:]) == ["cancelButton", "saveButton"]


def test_the_smallest_window_shows_the_counts_without_scrolling(qtbot, ctx):
    customer = make_customer(ctx)
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))
    make_contact(
        ctx, location, "Anna", "Berger", emails=("anna@firma.at",), title="Mag.", position="Leitung",
        department="Einkauf", notes="Sehr lange Notiz " * 30,
    )  # fmt: skip
    dialog = MergeDialog(
        None, contacts.contact_card(anna), duplicates.merge_candidates(anna), locations.locations_of(customer)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.minimumSize())
    qtbot.waitExposed(dialog)
    summary = dialog.ui.summaryLabel
    bottom = summary.mapTo(dialog, summary.rect().bottomLeft()).y()
    assert summary.isVisible() and bottom <= dialog.ui.buttonBox.mapTo(dialog, dialog.ui.buttonBox.rect().topLeft()).y()
    notes = radio(dialog, "notesRightRadio")
    assert notes.text().endswith("…") and notes.toolTip().startswith("Sehr lange Notiz")
    assert notes.geometry().right() <= dialog.ui.comparisonContent.width()


def test_a_candidate_click_reads_the_pair_once_and_swapping_reads_nothing(qtbot, ctx):
    """Issue 11: the dialog read the same two rows three times per click. It loads the pair once
    and passes it on; choosing the other survivor recomputes from what is loaded."""
    location = make_location(ctx, make_customer(ctx))
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",), phones=("0664 1234567",))
    make_contact(ctx, location, "Anna", "Berger", emails=("anna@firma.at",))  # the likely one, chosen at once
    twin = make_contact(ctx, location, "Anna", "Bergmann", position="Einkauf")
    dialog = MergeDialog(
        None, contacts.contact_card(anna), duplicates.merge_candidates(anna), locations.locations_of(location)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with counting_queries() as clicked:
        click_candidate(dialog, twin)
    assert radio(dialog, "survivorFirstRadio").isChecked()
    with counting_queries() as swapped:
        click(radio(dialog, "survivorSecondRadio"))
    assert radio(dialog, "positionRightRadio").isChecked()
    assert (clicked[0], swapped[0]) == (CLICK_STATEMENTS, 0)


CLICK_STATEMENTS = 5  # was 19: the same two rows read three times, links counted table by table
