"""Import, export and the duplicates list reached from the window (B3, B4): the actions of the
automation contract open their dialogs, an import lands on the undo stack as one step, and a file
dropped on the window opens the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.driving import modal_script
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


def test_a_dropped_file_is_imported_as_one_undo_step(window, qtbot, tmp_path: Path):
    path = tmp_path / "kontakte.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))
    before = len(cards(window))

    def import_it(modal: QWidget) -> None:
        assert modal.objectName() == "ImportDialog"
        button = modal.ui.importButton
        qtbot.waitUntil(button.isEnabled, timeout=15_000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not modal.isVisible(), timeout=15_000)

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with modal_script(import_it, deadline_ms=30_000):
        window.dropEvent(drop)
    qtbot.waitUntil(lambda: any("Quast" in c for c in cards(window)), timeout=10_000)
    assert len(cards(window)) == before + 1
    assert "Import" in window.undo_stack.undoText() or window.undo_stack.count() == 1
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not any("Quast" in c for c in cards(window)), timeout=10_000)
    QApplication.processEvents()
