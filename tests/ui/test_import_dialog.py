"""ImportDialog (B4, R12), driven as a user would: choose a file, see the preview, fix the
encoding or a column, skip a row, import, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from kontaktverwaltung.services import customers
from kontaktverwaltung.services.imports import RowStatus
from kontaktverwaltung.ui.import_dialog import ImportDialog
from tests.conftest import dump_database
from tests.factories import make_contact, make_customer, make_location
from tests.ui.test_translations import english  # noqa: F401  (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("db")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def _open(qtbot, ctx, path: Path) -> tuple[ImportDialog, list]:
    imported: list = []
    dialog = ImportDialog(ctx, None, path, imported.append)
    qtbot.addWidget(dialog, before_close_func=lambda widget: QDialog.done(widget, QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.importButton.isEnabled(), timeout=15_000)
    return dialog, imported


def _statuses(dialog: ImportDialog) -> list[tuple[int, RowStatus]]:
    return [(o.row, o.status) for o in dialog.model.outcomes]


@pytest.fixture(params=["sqlite"])
def backend(request):  # the dialog's own logic does not depend on the backend (the service tests do)
    return request.param


def test_preview_shows_what_each_row_does_and_import_writes_it(qtbot, ctx):
    location = make_location(ctx, make_customer(ctx, "Hofer KG"), "Zentrale Sattledt")
    make_contact(ctx, location, "Eva", "Lindner", emails=("eva.lindner@hofer.at",))
    dialog, imported = _open(qtbot, ctx, FIXTURES / "excel_de.csv")
    assert _statuses(dialog) == [(2, RowStatus.UPDATED), (4, RowStatus.CREATED), (5, RowStatus.CREATED)]
    model = dialog.model
    assert model.data(model.index(0, 4)) == "Eva Lindner"  # the matched existing contact
    assert model.data(model.index(0, 1)) == "aktualisiert"
    assert "2 neu, 1 aktualisiert" in dialog.ui.summaryLabel.text()
    assert dialog.ui.mappingPane.isVisible() and not dialog.ui.sheetCombo.isVisible()
    # Row 5 skipped, row 2 forced to a new contact.
    dialog.ui.previewTable.selectRow(2)
    qtbot.mouseClick(dialog.ui.skipButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (5, RowStatus.SKIPPED) in _statuses(dialog) and dialog.ui.importButton.isEnabled())
    dialog.ui.previewTable.selectRow(0)
    qtbot.mouseClick(dialog.ui.asNewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (2, RowStatus.CREATED) in _statuses(dialog) and dialog.ui.importButton.isEnabled())
    assert model.data(model.index(0, 5)) == "als neuer Kontakt"
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(imported), timeout=15_000)
    report = imported[0].value
    assert (report.created, report.updated, report.skipped) == (2, 0, 1)
    # The result stays on screen until "Schließen": what was done, and how to take it back.
    assert not dialog.ui.importButton.isVisible() and dialog.ui.cancelButton.text() == "Schließen"
    assert dialog.ui.summaryLabel.text().startswith("Importiert: 2 neu, 0 aktualisiert, 0 unverändert, 1 nicht")
    assert "Strg+Z" in dialog.ui.summaryLabel.text()
    assert [o.status for o in dialog.model.outcomes].count(RowStatus.CREATED) == 2
    assert not dialog.ui.skipButton.isEnabled()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    panel = customers.load_panel(customers.customer_id_by_number(customers.list_customers()[0].number))
    assert sorted(c.last_name for c in panel.contacts) == ["Aigner", "Lindner", "Lindner"]


def test_encoding_override_updates_the_preview(qtbot, ctx):
    dialog, _ = _open(qtbot, ctx, FIXTURES / "outlook_de.csv")
    assert dialog.ui.encodingCombo.itemText(0) == "automatisch: Windows-1252"
    assert dialog.model.outcomes[0].name == "Mag. Jürgen Größinger"
    dialog.ui.encodingCombo.setCurrentIndex(dialog.ui.encodingCombo.findData("cp850"))
    qtbot.waitUntil(
        lambda: dialog.ui.importButton.isEnabled() and dialog.model.outcomes[0].name != "Mag. Jürgen Größinger"
    )
    assert "J" in dialog.model.outcomes[0].name  # read as DOS: the umlauts change, the user sees it


def test_unknown_column_is_mapped_by_the_user_and_remembered(qtbot, ctx, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Vorname;Zuname;Betrieb\nAnna;Berger;Alpenbau GmbH\n", encoding="utf-8")
    dialog, _ = _open(qtbot, ctx, path)
    assert dialog.mapping() == ["first_name", "last_name", ""]  # "Betrieb" unknown: not imported yet
    assert [o.status for o in dialog.model.outcomes] == [RowStatus.SKIPPED]  # no company
    dialog.set_mapping(2, "company")
    qtbot.waitUntil(lambda: [o.status for o in dialog.model.outcomes] == [RowStatus.CREATED])
    assert dialog.model.outcomes[0].customer == "Alpenbau GmbH"
    dialog.reject()
    again, _ = _open(qtbot, ctx, path)
    assert again.mapping() == ["first_name", "last_name", "company"]  # remembered for these headers


def test_every_column_of_a_wide_file_gets_its_box_and_can_be_mapped_at_once(qtbot, ctx):
    dialog = ImportDialog(ctx, None, FIXTURES / "outlook_de.csv")
    qtbot.addWidget(dialog, before_close_func=lambda widget: QDialog.done(widget, QDialog.DialogCode.Rejected))
    dialog.show()
    table = dialog.ui.mappingTable
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=15_000)
    last = table.rowCount() - 1
    dialog.set_mapping(last, "notes")  # the last column mapped before the window made its box
    qtbot.waitUntil(lambda: isinstance(table.cellWidget(last - 1, 2), QComboBox))
    boxes = [table.cellWidget(row, 2) for row in range(table.rowCount())]
    assert all(isinstance(box, QComboBox) and box.isVisibleTo(dialog) for box in boxes)  # made a few at a time
    assert [box.currentData() for box in boxes] == dialog.mapping()
    assert dialog.mapping()[last] == "notes" and "first_name" in dialog.mapping()  # the rest as recognised
    qtbot.waitUntil(dialog.ui.importButton.isEnabled, timeout=15_000)


def test_xlsx_offers_its_sheets(qtbot, ctx):
    dialog, _ = _open(qtbot, ctx, FIXTURES / "kontakte.xlsx")
    assert dialog.ui.sheetCombo.isVisible() and not dialog.ui.encodingCombo.isVisible()
    assert [dialog.ui.sheetCombo.itemText(i) for i in range(dialog.ui.sheetCombo.count())] == [
        "Ansprechpartner",
        "Notizen",
    ]
    assert len(dialog.model.outcomes) == 3


def test_unreadable_file_says_why_and_offers_no_import(qtbot, ctx, tmp_path):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"kein zip")
    dialog = ImportDialog(ctx, None, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Excel" in dialog.ui.summaryLabel.text())
    assert not dialog.ui.importButton.isEnabled()


def test_cancel_during_the_import_writes_nothing(qtbot, ctx, tmp_path):
    rows = "".join(f"Firma {i % 7} GmbH;Vorname{i};Nachname{i};p{i}@firma.at\n" for i in range(3000))
    path = tmp_path / "gross.csv"
    path.write_text("Firma;Vorname;Nachname;E-Mail\n" + rows, encoding="utf-8")
    dialog, imported = _open(qtbot, ctx, path)
    before = dump_database()
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    assert not imported
    assert dump_database() == before


def test_the_selected_rows_notes_are_shown_in_full(qtbot, ctx):
    dialog, _ = _open(qtbot, ctx, FIXTURES / "outlook_de.csv")
    notes = dialog.ui.rowNotesLabel
    dialog.ui.previewTable.selectRow(0)
    row = next(i for i, o in enumerate(dialog.model.outcomes) if o.status is RowStatus.SKIPPED)
    dialog.ui.previewTable.selectRow(row)
    assert notes.isVisible()
    assert notes.text().startswith(f"Zeile {dialog.model.outcomes[row].row}: Nachname")
    assert "nicht übernommen" in notes.text()
    clean = next(i for i, o in enumerate(dialog.model.outcomes) if not o.problems)
    dialog.ui.previewTable.selectRow(clean)
    assert not notes.isVisible()


def test_the_dialog_fits_a_small_laptop_screen(qtbot, ctx):
    dialog = ImportDialog(ctx, None)
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= available.width() and dialog.height() <= available.height()


@pytest.mark.usefixtures("english")
def test_the_dialog_speaks_english(qtbot, ctx):
    dialog, _ = _open(qtbot, ctx, FIXTURES / "outlook_de.csv")
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 5)] == ["Client", "Existing contact"]
    row = next(i for i, o in enumerate(model.outcomes) if o.status is RowStatus.SKIPPED)
    assert model.data(model.index(row, 1)) == "problem"
    dialog.ui.previewTable.selectRow(row)
    notes = dialog.ui.rowNotesLabel.text()
    assert notes.startswith(f"Row {model.outcomes[row].row}: Last name: Row without first and last name"), notes
    assert dialog.ui.summaryLabel.text().endswith("notes.")


def test_without_a_file_the_dialog_says_what_to_do(qtbot, ctx):
    dialog = ImportDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Noch keine Datei gewählt" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.mappingPane.isVisible() and not dialog.ui.importButton.isEnabled()
    assert not dialog.ui.skipButton.isEnabled()  # it acts on selected rows: there are none


def test_the_notes_are_copied_as_a_table_for_excel(qtbot, ctx):
    from PySide6.QtGui import QGuiApplication

    dialog, _ = _open(qtbot, ctx, FIXTURES / "outlook_de.csv")
    button = dialog.ui.copyNotesButton
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Zeile\tSpalte\tWert\tHinweis"
    notes = sum(len(o.problems) for o in dialog.model.outcomes)
    assert len(lines) == 1 + notes and notes > 0
    assert any(line.split("\t")[1] == "Nachname" and "nicht übernommen" in line for line in lines[1:])
    assert button.text() == f"{notes} Hinweise kopiert"


def test_no_notes_no_copy_button(qtbot, ctx, tmp_path):
    path = tmp_path / "gut.csv"
    path.write_text("Vorname;Nachname;Firma\nAnna;Berger;Alpenbau GmbH\n", encoding="utf-8")
    dialog, _ = _open(qtbot, ctx, path)
    assert not dialog.ui.copyNotesButton.isVisible()


def test_work_of_the_dialog_runs_without_the_cycle_collector_and_restores_it():
    """Full collections over the 20,000 rows held the window 0.1–0.3 s each; while the dialog's
    work runs there are none, afterwards collecting goes on as before (also after an error)."""
    import gc
    import threading

    from kontaktverwaltung.ui.collector import uncollected

    assert gc.isenabled()
    inside: list[bool] = []
    release = threading.Event()

    def slow() -> None:
        inside.append(gc.isenabled())
        release.wait(5)

    other = threading.Thread(target=uncollected, args=(slow,))
    other.start()
    while not inside:
        release.wait(0.01)
    assert uncollected(gc.isenabled) is False  # two at once: the first to end does not restart it
    assert not gc.isenabled()
    release.set()
    other.join()
    assert inside == [False] and gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        uncollected(lambda: 1 / 0)
    assert gc.isenabled()


def test_a_preview_that_failed_can_be_tried_again(qtbot, ctx, monkeypatch):
    """The database could not be reached while the preview was worked out: the dialog says so and
    offers "Erneut versuchen"; once it can be reached, that brings the preview and the import."""
    from kontaktverwaltung.domain.errors import DatabaseUnavailable, Problem
    from kontaktverwaltung.ui import import_dialog

    working = import_dialog.preview

    def unreachable(*_args, **_kwargs):
        raise DatabaseUnavailable(Problem.of("Die Datenbank ist nicht erreichbar.", "db"))

    monkeypatch.setattr(import_dialog, "preview", unreachable)
    dialog = ImportDialog(ctx, None, FIXTURES / "outlook_de.csv")
    qtbot.addWidget(dialog, before_close_func=lambda widget: QDialog.done(widget, QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.retryButton.isVisible(), timeout=15_000)
    assert "nicht erreichbar" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.importButton.isEnabled()
    monkeypatch.setattr(import_dialog, "preview", working)  # reachable again
    dialog.ui.retryButton.click()
    assert not dialog.ui.retryButton.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.importButton.isEnabled(), timeout=15_000)
    assert dialog.model.outcomes and "nicht erreichbar" not in dialog.ui.summaryLabel.text()


def test_a_file_that_could_not_be_read_can_be_read_again(qtbot, ctx, tmp_path):
    """The file was still being written (or copied) when it was chosen: "Erneut versuchen" reads it
    again once it is whole."""
    path = tmp_path / "kontakte.xlsx"
    path.write_bytes(b"noch nicht fertig")
    dialog = ImportDialog(ctx, None, path)
    qtbot.addWidget(dialog, before_close_func=lambda widget: QDialog.done(widget, QDialog.DialogCode.Rejected))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.retryButton.isVisible(), timeout=15_000)
    assert "Excel" in dialog.ui.summaryLabel.text() and not dialog.ui.importButton.isEnabled()
    path.write_bytes((FIXTURES / "kontakte.xlsx").read_bytes())
    dialog.ui.retryButton.click()
    qtbot.waitUntil(lambda: dialog.ui.importButton.isEnabled(), timeout=15_000)
    assert dialog.model.outcomes and not dialog.ui.retryButton.isVisible()
