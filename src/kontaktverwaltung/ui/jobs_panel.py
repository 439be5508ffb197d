"""A customer's jobs and their "Freigabe für Portale" (S13, R4), beside "Standorte und
Ansprechpartner".

Every change goes through the portal service and is handed to the main window's ``apply`` (undo
stack, B1); the model only shows what the database holds. A released job is what unlocks portal
passwords (R4), so after every change ``jobsChanged`` tells the window to reload the cards (B12).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.names import formal_name
from kontaktverwaltung.domain.records import ContactCard
from kontaktverwaltung.domain.results import JobView
from kontaktverwaltung.domain.text import counted, sort_key
from kontaktverwaltung.services import portal
from kontaktverwaltung.services.common import Context, Done
from kontaktverwaltung.ui import prompts
from kontaktverwaltung.ui.forms import FieldErrors, FormDialog, run_until_saved, standard_buttons
from kontaktverwaltung.ui.generated.ui_job_dialog import Ui_JobDialog
from kontaktverwaltung.ui.history_panel import when_text
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import QT_TRANSLATE_NOOP, error_text
from kontaktverwaltung.ui.models import ObjectRole, RowTableModel
from kontaktverwaltung.ui.views import RowListView

Index = QModelIndex | QPersistentModelIndex
Apply = Callable[[Done[Any], Callable[[], None]], Any]

# German source texts (context "JobsPanel"), translated where they are shown with _t().
NO_RELEASED_JOB = QT_TRANSLATE_NOOP(
    "JobsPanel",
    "Noch kein Job für die Portale freigegeben – Portal-Passwörter können erst gesetzt werden, "
    "wenn mindestens ein Job freigegeben ist.",
)
NO_JOBS = QT_TRANSLATE_NOOP("JobsPanel", "Noch keine Jobs für diesen Kunden.")
NO_RESPONSIBLE = QT_TRANSLATE_NOOP("JobsPanel", "— niemand —")
RELEASE = QT_TRANSLATE_NOOP("JobsPanel", "Für Portale freigeben")
WITHDRAW = QT_TRANSLATE_NOOP("JobsPanel", "Freigabe zurücknehmen")
CLOSE = QT_TRANSLATE_NOOP("JobsPanel", "Job schließen")
REOPEN = QT_TRANSLATE_NOOP("JobsPanel", "Job wieder öffnen")


def _t(text: str) -> str:
    return QCoreApplication.translate("JobsPanel", text)


# --- the dialog -----------------------------------------------------------------------------------


class JobInput(NamedTuple):
    title: str
    responsible_id: int | None
    released: bool


class JobDialog(FormDialog):
    """ "Neuer Job": title, the responsible contact of this customer, and whether the job is
    released to the portals right away (S13)."""

    def __init__(self, parent: QWidget | None, contacts: Sequence[ContactCard]) -> None:
        super().__init__(parent)
        self.ui = Ui_JobDialog()
        self.ui.setupUi(self)
        self.setObjectName("JobDialog")
        self.setWindowTitle(self.tr("Neuer Job"))
        ui = self.ui
        standard_buttons(ui.buttonBox)
        self.errors = FieldErrors(
            ui.generalError,
            {"title": (ui.titleEdit, ui.titleError), "responsible": (ui.responsibleCombo, ui.responsibleError)},
        )
        ui.releaseHint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        ui.responsibleCombo.addItem(_t(NO_RESPONSIBLE), None)
        # Only active contacts take on a job: an inactive one hands their jobs on (B11).
        for card in sorted((c for c in contacts if c.active), key=lambda c: sort_key(f"{c.last_name} {c.first_name}")):
            name = formal_name(card.title, card.first_name, card.last_name)
            ui.responsibleCombo.addItem(f"{name} – {card.position}" if card.position else name, card.id)
        ui.titleEdit.setFocus()

    def value(self) -> JobInput:
        ui = self.ui
        return JobInput(ui.titleEdit.text(), ui.responsibleCombo.currentData(), ui.releaseCheck.isChecked())


# --- the model ------------------------------------------------------------------------------------


class JobsModel(RowTableModel):
    """A customer's jobs, newest first. Ticking "Freigabe für Portale" does not change the model:
    it asks for the change (``releaseRequested``); the panel reloads from the database after it."""

    TITLE, RESPONSIBLE, RELEASED, RELEASED_AT, STATUS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("JobsModel", "Titel"),
        QT_TRANSLATE_NOOP("JobsModel", "Verantwortlich"),
        QT_TRANSLATE_NOOP("JobsModel", "Freigabe für Portale"),
        QT_TRANSLATE_NOOP("JobsModel", "Freigegeben am"),
        QT_TRANSLATE_NOOP("JobsModel", "Status"),
    )

    releaseRequested = Signal(object, bool)  # JobView, released

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[JobView] = []

    def set_jobs(self, jobs: Sequence[JobView]) -> None:
        """Show ``jobs`` newest first. The same jobs with new values update in place, so the
        selection and the current cell stay where the user left them."""
        rows = sorted(jobs, key=lambda job: job.id, reverse=True)
        if [job.id for job in rows] == [job.id for job in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def jobs(self) -> list[JobView]:
        return list(self._rows)

    def job_at(self, row: int) -> JobView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, job_id: int) -> int:
        return next((i for i, job in enumerate(self._rows) if job.id == job_id), -1)

    # --- Qt model interface ---------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        job = self._rows[index.row()]
        column = index.column()
        if role == ObjectRole:
            return job
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return job.title
            if column == self.RESPONSIBLE:
                return job.responsible_name or "—"
            if column == self.RELEASED:
                return self.tr("freigegeben") if job.released else self.tr("nicht freigegeben")
            if column == self.RELEASED_AT:
                return when_text(job.released_at, with_time=False)
            if column == self.STATUS:
                return self.tr("offen") if job.is_open else self.tr("geschlossen")
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.RELEASED:
            return Qt.CheckState.Checked if job.released else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(job, column)
        if role == Qt.ItemDataRole.ForegroundRole and not job.is_open:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)  # closed jobs recede
        return None

    def _tooltip(self, job: JobView, column: int) -> str:
        if column == self.RELEASED:
            if job.released:
                return self.tr(
                    "Für die Portale freigegeben. Klick, Leertaste oder Doppelklick nimmt die Freigabe zurück."
                )
            return self.tr("Nicht freigegeben. Klick, Leertaste oder Doppelklick gibt den Job für die Portale frei.")
        if column == self.RELEASED_AT and job.released_at is not None:
            return self.tr("Freigegeben am {0} um {1}").format(
                f"{job.released_at:%d.%m.%Y}", f"{job.released_at:%H:%M}"
            )
        if column == self.STATUS:
            return (
                self.tr("Offen: wird besetzt")
                if job.is_open
                else self.tr("Geschlossen: erscheint nicht mehr im Kundenportal")
            )
        if column == self.RESPONSIBLE:
            return job.responsible_name or self.tr("Niemand ist für diesen Job verantwortlich")
        return job.title  # a long title is cut off in the table

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.RELEASED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        job = self.job_at(index.row()) if index.isValid() else None
        if job is None or index.column() != self.RELEASED or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.releaseRequested.emit(job, not job.released)
        return False  # the change goes through the service; the panel reloads from the database


class _ReleaseDelegate(QStyledItemDelegate):
    """The "Freigabe für Portale" cell: a click on the box (Qt's own handling) or a double click
    anywhere else in the cell toggles. A double click on the box toggles once, not twice."""

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            if not self._on_box(option, index, event.position()):
                model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)  # the model toggles
            return True
        return super().editorEvent(event, model, option, index)

    def _on_box(self, option: QStyleOptionViewItem, index: Index, position: QPointF) -> bool:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, view_option, widget)
        return box.contains(position.toPoint())


# --- the panel ------------------------------------------------------------------------------------


class JobsPanel(QWidget):
    """ "Jobs" beside "Standorte und Ansprechpartner" (S13, R4).

    ``apply(done, refresh)`` puts a change the service has made on the window's undo stack and
    calls ``refresh``; ``refresh`` (also run on undo and redo) reloads the jobs and emits
    ``jobsChanged``, after which the window reloads the cards (their portal readiness, B12)."""

    jobsChanged = Signal()

    def __init__(self, ctx: Context, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsPanel")
        self.ctx = ctx
        self._apply = apply
        self.customer_id: int | None = None
        self.contacts: list[ContactCard] = []
        self.model = JobsModel()
        self.model.releaseRequested.connect(self.set_released, Qt.ConnectionType.QueuedConnection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        self.hint = QLabel(_t(NO_RELEASED_JOB), self)
        self.hint.setObjectName("releaseHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setFrameShape(QLabel.Shape.StyledPanel)
        self.hint.setMargin(6)
        self.hint.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.hint.setAutoFillBackground(True)
        layout.addWidget(self.hint)

        self.tools = QWidget(self)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(icon("add"), self.tr("Neuer Job…"), self.tools)
        self.new_button.setObjectName("newJobButton")
        self.new_button.setToolTip(self.tr("Einen neuen Job für diesen Kunden anlegen"))
        self.new_button.clicked.connect(self.new_job)
        # Says what a click does: a checked-looking button was hard to tell from an unchecked one.
        self.release_button = QPushButton(icon("portal-ok"), _t(RELEASE), self.tools)
        self.release_button.setObjectName("releaseButton")
        self.release_button.setMinimumWidth(self._widest_text(self.release_button, _t(RELEASE), _t(WITHDRAW)))
        self.release_button.clicked.connect(lambda _checked: self.toggle_release())
        self.open_button = QPushButton(_t(CLOSE), self.tools)
        self.open_button.setObjectName("openJobButton")
        self.open_button.setMinimumWidth(self._widest_text(self.open_button, _t(CLOSE), _t(REOPEN)))
        self.open_button.clicked.connect(lambda _checked: self.toggle_open())
        tools.addWidget(self.new_button)
        tools.addWidget(self.release_button)
        tools.addWidget(self.open_button)
        tools.addStretch(1)
        self.count_label = QLabel(self.tools)
        self.count_label.setObjectName("jobsCount")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        tools.addWidget(self.count_label)
        layout.addWidget(self.tools)

        self.pages = QStackedWidget(self)
        self.table = RowListView(self.pages, self.fontMetrics().lineSpacing() + 12)
        self.table.setObjectName("jobsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName("Jobs")
        self.table.horizontalHeader().show()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(JobsModel.RELEASED, _ReleaseDelegate(self.table))
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)  # Space: see eventFilter
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.release_action = QAction(_t(RELEASE), self.table)
        self.release_action.setObjectName("actionToggleRelease")
        self.release_action.triggered.connect(lambda _checked: self.toggle_release())
        self.open_action = QAction(_t(CLOSE), self.table)
        self.open_action.setObjectName("actionToggleJobOpen")
        self.open_action.triggered.connect(lambda _checked: self.toggle_open())
        self.table.addActions([self.release_action, self.open_action])
        self._size_columns()

        self.empty_page = QWidget(self.pages)
        self.empty_page.setObjectName("jobsEmpty")
        empty = QVBoxLayout(self.empty_page)
        empty.addStretch(1)
        self.empty_label = QLabel(_t(NO_JOBS), self.empty_page)
        self.empty_label.setObjectName("jobsEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        empty.addWidget(self.empty_label)
        self.empty_new_button = QPushButton(icon("add"), self.tr("Neuer Job…"), self.empty_page)
        self.empty_new_button.setObjectName("emptyNewJobButton")
        self.empty_new_button.setToolTip(self.new_button.toolTip())
        self.empty_new_button.clicked.connect(self.new_job)
        empty.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(2)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_page)
        layout.addWidget(self.pages, 1)
        self._show_state()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 28  # the cell's and the header's margins
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        widths = {
            JobsModel.RESPONSIBLE: metrics.horizontalAdvance("M" * 13) + padding,
            JobsModel.RELEASED: max(
                header.fontMetrics().horizontalAdvance(
                    self.model.headerData(JobsModel.RELEASED, Qt.Orientation.Horizontal)
                ),
                box + metrics.horizontalAdvance(self.tr("nicht freigegeben")),
            )
            + padding,
            JobsModel.RELEASED_AT: metrics.horizontalAdvance(self.tr("Freigegeben am")) + padding,
            JobsModel.STATUS: metrics.horizontalAdvance(self.tr("geschlossen")) + padding,
        }
        header.setStretchLastSection(False)  # the title takes the room, not the status
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(JobsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space toggles the selected job's release, whichever cell of its row is current (Qt
        itself would toggle only when the current cell is the checkbox's)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.toggle_release()
            return True
        return super().eventFilter(watched, event)

    # --- what is shown --------------------------------------------------------------------------

    def set_customer(self, customer_id: int | None, contacts: Sequence[ContactCard] = ()) -> None:
        """Show the jobs of this customer (None: nothing). ``contacts`` are its contact cards,
        offered as the responsible person of a new job."""
        if customer_id != self.customer_id:
            self.table.clearSelection()
        self.customer_id = customer_id
        self.contacts = list(contacts)
        self.reload()

    def reload(self, select_job: int | None = None) -> None:
        """Load the customer's jobs again, keeping (or moving to) the selected job."""
        keep = select_job if select_job is not None else (job.id if (job := self.current_job()) else None)
        self.model.set_jobs(portal.jobs_of(self.customer_id) if self.customer_id is not None else [])
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.setCurrentIndex(self.model.index(row, JobsModel.TITLE))
        self._show_state()

    def refresh(self) -> None:
        """After a change, an undo or a redo: reload, and let the window reload the cards."""
        self.reload()
        self.jobsChanged.emit()

    def current_job(self) -> JobView | None:
        index = self.table.currentIndex()
        return self.model.job_at(index.row()) if index.isValid() else None

    def _show_state(self) -> None:
        jobs = self.model.jobs
        has_customer = self.customer_id is not None
        released = sum(job.released for job in jobs)
        self.hint.setVisible(has_customer and not released)
        self.tools.setVisible(bool(jobs))
        self.empty_label.setText(_t(NO_JOBS) if has_customer else self.tr("Kein Kunde gewählt."))
        self.empty_new_button.setVisible(has_customer)
        self.pages.setCurrentWidget(self.table if jobs else self.empty_page)
        self.count_label.setText(
            self.tr("{0}, davon {1} freigegeben").format(counted(len(jobs), self.tr("Job"), self.tr("Jobs")), released)
            if jobs
            else ""
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        job = self.current_job()
        self.new_button.setEnabled(self.customer_id is not None)
        for widget in (self.release_button, self.release_action, self.open_button, self.open_action):
            widget.setEnabled(job is not None)
        released = bool(job and job.released)
        for widget in (self.release_button, self.release_action):
            widget.setText(_t(WITHDRAW) if released else _t(RELEASE))
        if job is None:
            self.release_button.setToolTip(self.tr("Erst einen Job in der Liste wählen"))
        elif released:
            self.release_button.setToolTip(
                self.tr("„{0}“ ist für die Portale freigegeben. Die Freigabe zurücknehmen (Leertaste)").format(
                    job.title
                )
            )
        else:
            self.release_button.setToolTip(self.tr("„{0}“ für die Portale freigeben (Leertaste)").format(job.title))
        text = _t(REOPEN) if job is not None and not job.is_open else _t(CLOSE)
        self.open_button.setText(text)
        self.open_action.setText(text)

    @staticmethod
    def _widest_text(button: QPushButton, *texts: str) -> int:
        """A width that fits each of the button's texts, so the row does not jump when it changes."""
        current = button.text()
        widths = []
        for text in texts:
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setText(current)
        return max(widths)

    # --- changes ----------------------------------------------------------------------------------

    def new_job(self, released: bool = False) -> None:
        """self.tr("Neuer Job…"): the dialog stays open with the problem at its field until the job is
        saved. ``released``: "für Portale freigeben" ticked to begin with ("Job freigeben…")."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        dialog = JobDialog(self, self.contacts)
        dialog.ui.releaseCheck.setChecked(released or dialog.ui.releaseCheck.isChecked())

        def save() -> Done[int]:
            value = dialog.value()
            return portal.create_job(self.ctx, customer_id, value.title, value.responsible_id, released=value.released)

        done = run_until_saved(dialog, save)
        dialog.deleteLater()
        if done is not None:
            self._apply(done, self.refresh)
            self.reload(select_job=done.value)
            self.table.setFocus()

    def release_a_job(self) -> None:
        """From the customer's header ("Job freigeben…"): the first open job not released yet is
        selected for Space or "Freigeben"; without one, a new job is created."""
        waiting = next((j for j in self.model.jobs if j.is_open and not j.released), None)
        if waiting is None:
            self.new_job(released=True)
            return
        self.table.setCurrentIndex(self.model.index(self.model.row_of(waiting.id), JobsModel.TITLE))
        self.table.setFocus()

    def toggle_release(self) -> None:
        """ "Freigabe für Portale" on or off for the selected job."""
        job = self.current_job()
        if job is not None:
            self.set_released(job, not job.released)

    def set_released(self, job: JobView, released: bool) -> None:
        self._change(lambda: portal.set_job_released(self.ctx, job.id, released, job.version))

    def toggle_open(self) -> None:
        """Close the selected job, or open it again."""
        job = self.current_job()
        if job is not None:
            self._change(lambda: portal.set_job_open(self.ctx, job.id, not job.is_open, job.version))

    def _change(self, change: Callable[[], Done[Any]]) -> None:
        try:
            done = change()
        except DomainError as error:  # e.g. changed or deleted by someone else meanwhile (B5)
            prompts.warn(self, self.tr("Nicht möglich"), error_text(error))
            self.refresh()
            return
        self._apply(done, self.refresh)
