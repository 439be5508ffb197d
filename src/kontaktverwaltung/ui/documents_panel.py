"""A customer's notes and documents (S14), beside "Standorte und Ansprechpartner": the notes as
the customer dialog holds them, the documents listed with size and who added them; open one in the
system's viewer (a read-only copy), save it elsewhere, remove it (undoable, in the history), and
add files with the button or by dropping them onto the list.

Every change goes through the customer service and is handed to the window's ``apply`` (undo
stack, B1); ``documentsChanged`` tells the window to show the customer's header again."""

from __future__ import annotations

import contextlib
import shutil
import stat
import tempfile
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.records import CustomerView
from kontaktverwaltung.domain.results import DocumentView
from kontaktverwaltung.services import customers
from kontaktverwaltung.services.common import Done
from kontaktverwaltung.services.exports import safe_file_name
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.failures import report_unexpected
from kontaktverwaltung.ui.history_panel import when_text
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, current_language, error_text
from kontaktverwaltung.ui.models import ObjectRole, RowTableModel
from kontaktverwaltung.ui.views import RowListView

Index = QModelIndex | QPersistentModelIndex
Apply = Callable[[Done[Any], Callable[[], None]], Any]


def size_text(size: int) -> str:
    """ "1,2 MB", "850 Bytes" in German; "1.2 MB", "850 bytes" in English."""
    locale = QLocale(QLocale.Language.German if current_language() == "de" else QLocale.Language.English)
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class DocumentsModel(RowTableModel):
    """The customer's documents, newest first."""

    NAME, SIZE, ADDED, BY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Datei"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Größe"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Hinzugefügt"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Von"),
    )

    def set_documents(self, documents: Sequence[DocumentView]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self.endResetModel()

    @property
    def documents(self) -> list[DocumentView]:
        return list(self._rows)

    def row_of(self, document_id: int) -> int:
        return next((row for row, doc in enumerate(self._rows) if doc.id == document_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc: DocumentView = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NAME: doc.file_name,
                self.SIZE: size_text(doc.size),
                self.ADDED: when_text(doc.added_at),
                self.BY: doc.added_by,
            }.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return icon("document")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{doc.file_name}\n{size_text(doc.size)} · {when_text(doc.added_at)} · {doc.added_by}"
        if role == ObjectRole:
            return doc
        return None


class DocumentsPanel(QWidget):
    """ "Dokumente und Notizen" of the selected customer."""

    documentsChanged = Signal()  # a document was added or removed (or that was undone)
    status = Signal(str, int)  # a note for the status bar, shown this many ms

    def __init__(self, ctx: Any, apply: Apply, edit_customer: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.setAcceptDrops(True)
        self._ctx = ctx
        self._apply = apply
        self.customer: CustomerView | None = None
        self.model = DocumentsModel()
        self._copies: Path | None = None  # opened documents' folder, removed with the panel or at exit
        self.remove_copies: Callable[[], Any] = lambda: None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        notes_head = QHBoxLayout()
        notes_title = QLabel(self.tr("<b>Notizen</b>"), self)
        notes_head.addWidget(notes_title)
        notes_head.addStretch(1)
        self.edit_notes_button = QPushButton(icon("edit"), self.tr("Notizen bearbeiten…"), self)
        self.edit_notes_button.setObjectName("editNotesButton")
        self.edit_notes_button.setToolTip(self.tr("Die Notizen stehen im Dialog „Kunde bearbeiten“"))
        self.edit_notes_button.clicked.connect(edit_customer.trigger)
        notes_head.addWidget(self.edit_notes_button)
        layout.addLayout(notes_head)
        self.notes = QLabel(self)
        self.notes.setObjectName("customerNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.notes)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 12, 0, 0)
        tools.addWidget(QLabel(self.tr("<b>Dokumente</b>"), self))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("documentsCount")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        tools.addWidget(self.count_label)
        tools.addStretch(1)
        self.add_button = self._button("addDocumentButton", "add", self.tr("Hinzufügen…"), self.add_from_picker)
        self.add_button.setToolTip(self.tr("Dateien beim Kunden ablegen – oder einfach auf die Liste ziehen"))
        self.open_button = self._button("openDocumentButton", "open", self.tr("Öffnen"), self.open_current)
        self.open_button.setToolTip(
            self.tr("Eine Kopie im passenden Programm öffnen (Änderungen daran werden nicht gespeichert; Eingabetaste)")
        )
        self.save_button = self._button("saveDocumentButton", "save", self.tr("Speichern unter…"), self.save_current)
        self.save_button.setToolTip(self.tr("Das Dokument als Datei speichern"))
        self.remove_button = self._button("removeDocumentButton", "delete", self.tr("Entfernen"), self.remove_current)
        self.remove_button.setToolTip(self.tr("Das Dokument beim Kunden entfernen (Entf; Strg+Z holt es zurück)"))
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            tools.addWidget(button)
        layout.addLayout(tools)

        self.pages = QStackedWidget(self)
        self.table = RowListView(self.pages, self.fontMetrics().lineSpacing() + 12)
        self.table.setObjectName("documentsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dokumente"))
        self.table.horizontalHeader().show()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the ending says what kind of file
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)  # Delete removes: see eventFilter
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, meaning, slot in (
            (self.tr("Öffnen"), "open", self.open_current),
            (self.tr("Speichern unter…"), "save", self.save_current),
            (self.tr("Entfernen"), "delete", self.remove_current),
        ):
            action = QAction(icon(meaning), text, self.table)
            action.triggered.connect(lambda _checked=False, slot=slot: self._guarded(slot))
            self.table.addAction(action)
        self._size_columns()
        self.empty_label = QLabel(self.pages)
        self.empty_label.setObjectName("documentsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)
        layout.addWidget(self.pages, 1)
        self._show_state()

    def _button(self, name: str, meaning: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(icon(meaning), text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: self._guarded(slot))
        return button

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 24
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(DocumentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, sample in (
            (DocumentsModel.SIZE, "888,8 MB"),
            (DocumentsModel.ADDED, "88.88.8888 88:88"),
            (DocumentsModel.BY, "M" * 10),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (Entf) removes the selected document: the list claims the key before the window's
        shortcut (which deletes a contact) sees it."""
        if watched is self.table and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Delete):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._guarded(self.remove_current)
                return True
        return super().eventFilter(watched, event)

    # --- what is shown --------------------------------------------------------------------------

    def set_customer(self, customer: CustomerView | None) -> None:
        """Show this customer's notes and documents (None: nothing)."""
        if customer is None or self.customer is None or customer.id != self.customer.id:
            self.table.clearSelection()
        self.customer = customer
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else (doc.id if (doc := self.current_document()) else None)
        customer = self.customer
        self.model.set_documents(customers.list_documents(customer.id) if customer is not None else [])
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, DocumentsModel.NAME))
        notes = customer.notes.strip() if customer is not None else ""
        self.notes.setText(notes or self.tr("Keine Notizen zu diesem Kunden."))
        self.notes.setForegroundRole(QPalette.ColorRole.WindowText if notes else QPalette.ColorRole.PlaceholderText)
        self._show_state()

    def refresh(self) -> None:
        """After a change, an undo or a redo: list again, and let the window update the header."""
        self.reload()
        self.documentsChanged.emit()

    def current_document(self) -> DocumentView | None:
        index = self.table.currentIndex()
        found = index.data(ObjectRole) if index.isValid() else None
        return found if isinstance(found, DocumentView) else None

    def _show_state(self) -> None:
        count = self.model.rowCount()
        has_customer = self.customer is not None
        self.empty_label.setText(
            self.tr("Noch keine Dokumente.\nZiehen Sie Dateien hierher oder wählen Sie „Hinzufügen…“.")
            if has_customer
            else self.tr("Kein Kunde gewählt.")
        )
        self.pages.setCurrentWidget(self.table if count else self.empty_label)
        self.count_label.setText(
            "" if not count else self.tr("1 Dokument") if count == 1 else self.tr("{0} Dokumente").format(count)
        )
        self.add_button.setEnabled(has_customer)
        self.edit_notes_button.setEnabled(has_customer)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_document() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # --- what the user does ---------------------------------------------------------------------

    def _guarded(self, use_case: Callable[[], None]) -> None:
        """A refused or failed action becomes a message, never a traceback."""
        try:
            use_case()
        except DomainError as error:
            prompts.warn(self, self.tr("Nicht möglich"), error_text(error))
        except Exception as error:  # a failure no rule foresaw: logged, then a message
            report_unexpected(self, self.tr("Nicht möglich"), error)

    def add_from_picker(self) -> None:
        if self.customer is None:
            return
        paths = prompts.pick_files(self, self.tr("Dokumente für „{0}“ hinzufügen").format(self.customer.name))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Sequence[str]) -> None:
        """Store these files with the customer: one undo step however many."""
        customer = self.customer
        if customer is None or not paths:
            return
        files: list[tuple[str, bytes]] = []
        for path in paths:
            try:
                files.append((Path(path).name, Path(path).read_bytes()))
            except OSError as error:
                prompts.warn(
                    self,
                    self.tr("Dokument hinzufügen"),
                    self.tr("„{0}“ kann nicht gelesen werden: {1}").format(Path(path).name, error.strerror),
                )
                return
        ids = self._apply(customers.add_documents(self._ctx, customer.id, files), self.refresh)
        self.reload(select=ids[0])
        names = [name for name, _content in files]
        self.status.emit(
            self.tr("Dokument „{0}“ hinzugefügt.").format(names[0])
            if len(names) == 1
            else self.tr("{0} Dokumente hinzugefügt.").format(len(names)),
            5000,
        )

    def open_current(self) -> None:
        """Open a read-only copy in the program the system has for its kind of file."""
        doc = self.current_document()
        if doc is None:
            return
        file_name, content = customers.document_content(doc.id)
        if self._copies is None:
            self._copies = Path(tempfile.mkdtemp(prefix="kontaktverwaltung-"))
            self.remove_copies = weakref.finalize(self, _remove_copies, self._copies)
        folder = self._copies / str(doc.id)  # two documents may share a name
        folder.mkdir(exist_ok=True)
        copy = folder / _safe_file_name(file_name)
        if copy.exists():
            copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
        copy.write_bytes(content)
        copy.chmod(stat.S_IRUSR)  # a viewer that edits says so: changes to the copy would be lost
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            prompts.warn(
                self,
                self.tr("Dokument öffnen"),
                self.tr(
                    "Für „{0}“ ist kein Programm eingerichtet. Speichern Sie das Dokument und öffnen Sie es von dort."
                ).format(file_name),
            )

    def save_current(self) -> None:
        doc = self.current_document()
        if doc is None:
            return
        target = prompts.pick_export_target(
            self,
            self.tr("„{0}“ speichern").format(doc.file_name),
            str(Path.home() / _safe_file_name(doc.file_name)),
            self.tr("Alle Dateien (*)"),
            folder=False,
        )
        if target is None:
            return
        _file_name, content = customers.document_content(doc.id)
        try:
            Path(target).write_bytes(content)
        except OSError as error:
            prompts.warn(
                self,
                self.tr("Dokument speichern"),
                self.tr("„{0}“ kann nicht geschrieben werden: {1}").format(target, error.strerror),
            )
            return
        self.status.emit(self.tr("Gespeichert: {0}").format(target), 5000)

    def remove_current(self) -> None:
        """Remove the selected document; undoable, so no question first (B1)."""
        doc = self.current_document()
        if doc is None:
            return
        self._apply(customers.remove_document(self._ctx, doc.id), self.refresh)
        self.status.emit(self.tr("Dokument „{0}“ entfernt – Strg+Z holt es zurück.").format(doc.file_name), 8000)

    # --- dropping files -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.customer is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if self.customer is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if self.customer is not None and paths:
            event.acceptProposedAction()
            self._guarded(lambda: self.add_files(paths))


def _local_files(data: Any) -> list[str]:
    """The local files (not folders) in a drag."""
    urls = data.urls() if data.hasUrls() else []
    paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return [path for path in paths if Path(path).is_file()]


def _safe_file_name(name: str) -> str:
    return safe_file_name(name) or "Dokument"


def _remove_copies(folder: Path) -> None:
    """Remove the opened documents' copies; they are read-only, which Windows will not delete as they are."""
    for copy in folder.glob("*/*"):
        with contextlib.suppress(OSError):  # a viewer still holds it: left to the system's temporary-file cleaning
            copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
    shutil.rmtree(folder, ignore_errors=True)
