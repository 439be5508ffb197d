"""The export dialog (R13, actionExport): format, scope, one file or one per contact; the export
runs in the background and the file is there when the dialog says so."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from kontaktverwaltung.services.exports import ExportFormat
from kontaktverwaltung.ui import language
from kontaktverwaltung.ui.background import wait_for_all
from kontaktverwaltung.ui.export_dialog import ExportDialog
from tests.factories import make_contact, make_customer, make_location

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
def agency(ctx):
    customer = make_customer(ctx, "Alpenbau GmbH", "K-1")
    location = make_location(ctx, customer)
    anna = make_contact(ctx, location, "Anna", "Berger", emails=("anna@alpenbau.at",))
    bernd = make_contact(ctx, location, "Bernd", "Öller", phones=("0664 1234567",))
    other = make_contact(ctx, make_location(ctx, make_customer(ctx, "Talbau AG", "K-2")), "Clara", "Zauner")
    return customer, [anna, bernd, other]


@pytest.fixture
def dialog_for(qtbot, tmp_path):
    def make(customer=None, shown=None) -> ExportDialog:
        dialog = ExportDialog(None, customer, shown, str(tmp_path / "export"))
        (tmp_path / "export").mkdir(exist_ok=True)
        qtbot.addWidget(dialog)
        return dialog

    yield make
    wait_for_all()


def choose(dialog: ExportDialog, file_format: ExportFormat) -> None:
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData(file_format))


def export(qtbot, dialog: ExportDialog):
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def test_csv_of_the_selected_customer(agency, dialog_for, qtbot, tmp_path):
    customer, _ = agency
    dialog = dialog_for((customer, "Alpenbau GmbH"))
    assert dialog.objectName() == "ExportDialog"
    assert dialog.ui.customerRadio.isChecked() and dialog.ui.customerRadio.text() == "Die des Kunden „Alpenbau GmbH“"
    choose(dialog, ExportFormat.CSV)
    assert dialog.ui.fileEdit.text() == str(tmp_path / "export" / "Alpenbau GmbH.csv")
    assert not dialog.ui.perContactCheck.isEnabled() and not dialog.ui.versionCombo.isEnabled()
    result = export(qtbot, dialog)
    assert result.contacts == 2
    with open(tmp_path / "export" / "Alpenbau GmbH.csv", encoding="utf-8-sig", newline="") as handle:
        assert [row["Vorname"] for row in csv.DictReader(handle, delimiter=";")] == ["Anna", "Bernd"]


def test_the_cards_shown_by_a_search_as_vcard_40_one_file_each(agency, dialog_for, qtbot, tmp_path):
    _, (anna, _bernd, clara) = agency
    dialog = dialog_for(None, [anna, clara])
    assert not dialog.ui.customerRadio.isEnabled()
    dialog.ui.shownRadio.setChecked(True)
    assert dialog.ui.shownRadio.text() == "Die 2 angezeigten Ansprechpartner"
    dialog.ui.perContactCheck.setChecked(True)
    dialog.ui.versionCombo.setCurrentIndex(dialog.ui.versionCombo.findData("4.0"))
    assert dialog.ui.fileEdit.text() == str(tmp_path / "export" / "Kontakte")
    result = export(qtbot, dialog)
    assert (result.contacts, result.files) == (2, 2)
    folder = tmp_path / "export" / "Kontakte"
    assert sorted(p.name for p in folder.iterdir()) == ["Anna Berger.vcf", "Clara Zauner.vcf"]
    assert "VERSION:4.0" in (folder / "Anna Berger.vcf").read_text(encoding="utf-8")


def test_pdf_needs_a_customer(agency, dialog_for, qtbot, tmp_path):
    dialog = dialog_for()
    choose(dialog, ExportFormat.PDF)
    assert not dialog.ok_button.isEnabled()
    assert "bitte zuerst einen Kunden wählen" in dialog.ui.statusLabel.text()

    customer, _ = agency
    dialog = dialog_for((customer, "Alpenbau GmbH"))
    dialog.ui.wholeDatabaseRadio.setChecked(True)
    choose(dialog, ExportFormat.PDF)
    assert dialog.ui.customerRadio.isChecked() and not dialog.ui.wholeDatabaseRadio.isEnabled()
    assert export(qtbot, dialog).contacts == 2
    assert (tmp_path / "export" / "Alpenbau GmbH.pdf").read_bytes().startswith(b"%PDF-")


def test_a_target_that_cannot_be_written_is_reported_in_the_dialog(agency, dialog_for, qtbot, tmp_path):
    dialog = dialog_for()
    dialog.ui.fileEdit.setText(str(tmp_path / "fehlt" / "k.vcf"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "den Ordner gibt es nicht" in dialog.ui.statusLabel.text())
    assert dialog.result() == 0  # not accepted: open for another try
    assert dialog.ok_button.isEnabled()


def test_the_dialog_speaks_english(agency, dialog_for, qapp):
    try:
        language.install_translators(qapp, "en")
        dialog = dialog_for((agency[0], "Alpenbau GmbH"), [1])
        assert dialog.windowTitle() == "Export"
        assert dialog.ok_button.text() == "&Export"
        assert dialog.ui.customerRadio.text() == "Those of the client “Alpenbau GmbH”"
        assert dialog.ui.shownRadio.text() == "The contact shown"
        assert dialog.ui.formatCombo.itemText(1) == "CSV for Excel (.csv)"
    finally:
        language.install_translators(qapp, "de")
        for translator in language._installed:
            qapp.removeTranslator(translator)
        language._installed.clear()
