"""Import, export and the duplicates list reached from the window (B3, B4): the actions of the
automation contract open their dialogs, an import lands on the undo stack as one step, and a file
dropped on the window opens the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QToolButton, QWidget

from tests.ui.driving import click, modal_script
from tests.ui.test_main_window import cards

CSV = "Vorname;Nachname;Firma;E-Mail\r\nPetra;Quast;Müller & Söhne GmbH;p.quast@mueller.at\r\n"


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _close(expected: str):
    def close(modal: QWidget) -> None:
        assert modal.objectName() == expected
        assert isinstance(modal, QDialog)
        modal.reject()

    close.__name__ = f"close_{expected}"
    return close


def test_import_export_and_duplicates_open_their_dialogs(window, qtbot):
    for name, dialog in (
        ("actionImport", "ImportDialog"),
        ("actionExport", "ExportDialog"),
        ("actionDuplicates", "DuplicatesDialog"),
    ):
        action = _action(window, name)
        assert action.isEnabled() and action.toolTip()
        with modal_script(_close(dialog)):
            action.trigger()


STAGE_MS = 20_000  # one step of the import dialog (~0.1 s here; far more under heavy load)


def _play_import(qtbot, modal: QWidget) -> None:
    """Preview, import, close: each step waited for on what the user sees, and a step that does not
    come says which one it was and what the dialog said (an error shown there, or still working)."""
    assert modal.objectName() == "ImportDialog"
    button = modal.ui.importButton

    def until(condition, stage: str) -> None:
        try:
            qtbot.waitUntil(condition, timeout=STAGE_MS)
        except qtbot.TimeoutError:
            said = modal.ui.summaryLabel.text()
            raise AssertionError(f"{stage} did not come within {STAGE_MS} ms; the dialog says „{said}“") from None

    until(button.isEnabled, "the preview (import button enabled)")
    click(button)
    until(lambda: not button.isVisible(), "the import's result")
    click(modal.ui.cancelButton)  # "Schließen" on the result
    until(lambda: not modal.isVisible(), "closing")


def test_a_dropped_file_is_imported_as_one_undo_step(window, qtbot, tmp_path: Path):
    path = tmp_path / "kontakte.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))
    before = len(cards(window))

    def import_it(modal: QWidget) -> None:
        _play_import(qtbot, modal)

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with modal_script(import_it, deadline_ms=4 * STAGE_MS):
        window.dropEvent(drop)
    qtbot.waitUntil(lambda: any("Quast" in c for c in cards(window)), timeout=10_000)
    assert len(cards(window)) == before + 1
    assert "Import" in window.undo_stack.undoText() or window.undo_stack.count() == 1
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not any("Quast" in c for c in cards(window)), timeout=10_000)
    QApplication.processEvents()


# Anna Berger (same e-mail) gets a position, Petra Quast is new.
UPDATE_CSV = (
    "Vorname;Nachname;Firma;E-Mail;Position\r\n"
    "Anna;Berger;Müller & Söhne GmbH;a.berger@mueller.at;Personalreferentin\r\n"
    "Petra;Quast;Müller & Söhne GmbH;p.quast@mueller.at;Assistenz\r\n"
)


def _import(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "update.csv"
    path.write_text(UPDATE_CSV, encoding="utf-8")

    def import_it(modal: QWidget) -> None:
        _play_import(qtbot, modal)

    with modal_script(import_it, deadline_ms=4 * STAGE_MS):
        window.editing.import_contacts(str(path))
    qtbot.waitUntil(lambda: any("Quast" in c for c in cards(window)), timeout=10_000)
    assert _position(window, "Berger") == "Personalreferentin"


def _position(window, last_name: str) -> str:
    return next(c.position for c in window.panel_model.panel.contacts if c.last_name == last_name)


def test_ctrl_z_right_after_an_import_takes_all_of_it_back(window, qtbot, tmp_path: Path):
    _import(window, qtbot, tmp_path)
    assert window.actionUndo.text().replace("&", "") == "Rückgängig: Import „update.csv“"
    assert window.actionUndo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.activateWindow()  # the import dialog has closed: the window is the active one again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not any("Quast" in c for c in cards(window)), timeout=10_000)
    assert _position(window, "Berger") == ""  # the updated contact has its old values again
    window.actionRedo.trigger()
    qtbot.waitUntil(lambda: any("Quast" in c for c in cards(window)), timeout=10_000)


def test_an_import_is_undone_from_its_history_entry(window, qtbot, tmp_path: Path):
    _import(window, qtbot, tmp_path)
    window.undo_stack.clear()  # as after a restart: the History still offers it
    history = window.history_panel
    tabs = window.findChild(QTabWidget, "customerTabs")
    tabs.setCurrentIndex(tabs.indexOf(history))
    button = history.findChild(QToolButton, "undoImportButton")
    assert not button.isVisible()
    row = next(r for r in range(history.model.rowCount()) if history.model.item_at(r).kind == "imported")
    history.table.selectRow(row)
    assert button.isVisible() and button.text() == "Import rückgängig machen"

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "entfernt: 1." in box.text() and "zurück: 1." in box.text()
        click(box.findChild(QWidget, "yesButton"))

    with modal_script(confirm):
        click(button)
    qtbot.waitUntil(lambda: not any("Quast" in c for c in cards(window)), timeout=10_000)
    assert _position(window, "Berger") == ""
    assert all(history.model.item_at(r).kind != "imported" for r in range(history.model.rowCount()))
    assert window.actionUndo.text().replace("&", "") == "Rückgängig: Import „update.csv“ zurücknehmen"
    window.actionUndo.trigger()  # the import again
    qtbot.waitUntil(lambda: any("Quast" in c for c in cards(window)), timeout=10_000)
    assert _position(window, "Berger") == "Personalreferentin"
