"""A customer's documents and notes in the window (S14, issue 14 item 7): listed, opened, saved,
removed (undoable), added by dropping files; deleting a customer says what goes with it."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView, QWidget

from kontaktverwaltung.services import customers
from kontaktverwaltung.services.history import history_of_customer
from kontaktverwaltung.ui import prompts
from tests.ui.driving import click, modal_script
from tests.ui.test_main_window import cards, select_card


def _documents(window) -> list[str]:
    model = window.documents_panel.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _add(window, monkeypatch, *files: Path) -> None:
    monkeypatch.setattr(prompts, "pick_files", lambda parent, title: [str(f) for f in files])
    window.actionAddDocument.trigger()


def test_adding_a_document_shows_it_in_the_documents_tab_and_the_header(window, monkeypatch, tmp_path):
    contract = tmp_path / "Rahmenvertrag 2027.pdf"
    contract.write_bytes(b"%PDF-1.4 Vertrag")
    _add(window, monkeypatch, contract)
    assert window.panel.tabs.currentWidget() is window.documents_panel
    assert _documents(window) == ["Rahmenvertrag 2027.pdf"]
    table = window.findChild(QTableView, "documentsTable")
    assert table.isVisible()
    row = [table.model().index(0, c).data() for c in range(4)]
    assert row[1] == "16 Bytes" and row[3] == window.ctx.author
    assert "<a href='documents'>1 Dokument</a>" in window.customer_title.text()
    window.actionUndo.trigger()
    assert _documents(window) == []
    assert window.findChild(QLabel, "documentsEmpty").isVisible()
    assert "Dokument" not in window.customer_title.text()


def test_a_document_opens_as_a_read_only_copy_and_saves_elsewhere(window, monkeypatch, tmp_path):
    content = bytes(range(256)) * 40
    source = tmp_path / "Preisliste.xlsx"
    source.write_bytes(content)
    _add(window, monkeypatch, source)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    QTest.keyClick(window.findChild(QTableView, "documentsTable"), Qt.Key.Key_Return)
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "Preisliste.xlsx" and copy.read_bytes() == content
    assert not copy.stat().st_mode & stat.S_IWUSR
    QTest.keyClick(window.findChild(QTableView, "documentsTable"), Qt.Key.Key_Return)  # again: no error
    assert len(opened) == 2

    target = tmp_path / "gespeichert" / "Preise.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "pick_export_target", lambda *args, **kwargs: str(target))
    click(window.findChild(QPushButton, "saveDocumentButton"))
    assert target.read_bytes() == content


def test_opened_copies_are_removed_with_the_window_without_a_warning(window, monkeypatch, tmp_path, recwarn):
    source = tmp_path / "Vertrag.pdf"
    source.write_bytes(b"%PDF-1.4")
    _add(window, monkeypatch, source)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    QTest.keyClick(window.findChild(QTableView, "documentsTable"), Qt.Key.Key_Return)
    folder = Path(opened[0].toLocalFile()).parent.parent
    assert folder.is_dir()
    window.documents_panel.remove_copies()  # what happens when the panel goes or the app exits
    assert not folder.exists()
    assert not [w for w in recwarn if issubclass(w.category, ResourceWarning)]


def test_removing_a_document_is_recorded_and_undone_with_ctrl_z(window, monkeypatch, tmp_path):
    doc = tmp_path / "Angebot.docx"
    doc.write_bytes(b"PK\x03\x04 Angebot")
    select_card(window, "Anna Berger")  # the window's Del deletes this card – not from the documents list
    _add(window, monkeypatch, doc)
    table = window.findChild(QTableView, "documentsTable")
    table.setFocus()
    with modal_script():  # no question: removing is undoable (and the contact's delete box must not open)
        QTest.keyClick(table, Qt.Key.Key_Delete)
    assert _documents(window) == []
    assert "Frau Anna Berger" in cards(window)
    customer = window.current_customer().id
    assert history_of_customer(customer)[0].message() == "Dokument „Angebot.docx“ entfernt"
    assert window.actionUndo.text().replace("&", "") == "Rückgängig: Dokument „Angebot.docx“ entfernen"
    window.actionUndo.trigger()
    assert _documents(window) == ["Angebot.docx"]


def test_files_dropped_on_the_documents_tab_are_added_in_one_step(window, tmp_path):
    window.panel.show_documents()
    files = [tmp_path / "a.pdf", tmp_path / "b.txt"]
    for f in files:
        f.write_bytes(f.name.encode())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files] + [QUrl.fromLocalFile(str(tmp_path))])  # a folder too
    panel = window.documents_panel
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    panel.dropEvent(drop)
    assert sorted(_documents(window)) == ["a.pdf", "b.txt"]
    assert window.undo_stack.undoText() == "2 Dokumente hinzufügen"
    window.actionUndo.trigger()
    assert _documents(window) == []


def test_customer_notes_are_shown_in_the_header_and_the_documents_tab(window, ctx):
    customer = window.current_customer()
    customers.edit_customer(
        ctx, customer.id, None, customers.CustomerInput(customer.number, customer.name, "Nur über Frau Berger buchen.")
    )
    window.reload_panel()
    assert "Notiz:</span> Nur über Frau Berger buchen." in window.customer_title.text()
    window.customer_title.linkActivated.emit("documents")
    assert window.panel.tabs.currentWidget() is window.documents_panel
    notes = window.findChild(QLabel, "customerNotes")
    assert notes.isVisible() and notes.text() == "Nur über Frau Berger buchen."


def test_deleting_a_customer_names_what_goes_with_it_and_defaults_to_cancel(window, monkeypatch, tmp_path):
    doc = tmp_path / "Vertrag.pdf"
    doc.write_bytes(b"%PDF")
    _add(window, monkeypatch, doc)
    name = window.current_customer().name

    def read_and_press_enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "deleteCustomerBox"
        assert name in box.text()
        assert "2 Standorte, 3 Ansprechpartner" in box.informativeText()
        assert "1 Dokument." in box.informativeText()
        assert box.defaultButton().text() == "Abbrechen"
        QTest.keyClick(box, Qt.Key.Key_Return)

    with modal_script(read_and_press_enter):
        window.actionDeleteCustomer.trigger()
    assert window.current_customer().name == name

    def delete(box: QWidget) -> None:
        click(box.findChild(QPushButton, "deleteButton"))

    with modal_script(delete):
        window.actionDeleteCustomer.trigger()
    assert all(window.customer_model.customer_at(r).name != name for r in range(window.customer_model.rowCount()))
    window.actionUndo.trigger()
    assert any(window.customer_model.customer_at(r).name == name for r in range(window.customer_model.rowCount()))
