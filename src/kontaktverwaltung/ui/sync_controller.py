"""Offline work in the window (issue 16, B6, R14): "Synchronisieren" (actionSync), the offline
state in the status bar, the switch to the workstation's offline copy when the server goes away
and back once it answers again, the automatic syncs, and the "Konflikte" note.

The use cases are services/sync.py. This controller runs them off the UI thread
(ui/background.py) and asks the window to change databases (``switch(offline)``): that happens on
the UI thread, between two use cases, so no save ever runs half on the server and half on the copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QToolButton

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.text import number
from kontaktverwaltung.ui import palette
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.icons import icon
from kontaktverwaltung.ui.language import error_text
from kontaktverwaltung.ui.lazy import lazy_modules

if TYPE_CHECKING:
    from kontaktverwaltung.services import connection
    from kontaktverwaltung.services import sync as sync_service
    from kontaktverwaltung.services.sync import SyncConflict, SyncResult
    from kontaktverwaltung.ui.window_actions import WindowActions
else:  # loaded with the database modules (ui/lazy.py): never at start
    connection, sync_service = lazy_modules("kontaktverwaltung.services", "connection sync")

DATABASE_MODULES = (connection, sync_service)
log = logging.getLogger(__name__)

FIRST_SYNC_MS: int | None = 60_000  # online: the first sync (it makes the copy) a minute after opening …
SYNC_EVERY_MS: int | None = 5 * 60_000  # … then every five minutes (None: not by itself; the tests)
PROBE_EVERY_MS = 30_000  # offline: how often a cheap connection test asks whether the server is back


class _Progress(QObject):
    """The sync's progress, told from the worker thread, arriving queued in the UI thread."""

    step = Signal(int, int)


class SyncController(QObject):
    conflictsChanged = Signal(int)  # how many conflicts wait for a decision
    decided = Signal()  # conflicts were decided: what the window shows may have changed

    def __init__(
        self,
        window: QMainWindow,
        actions: WindowActions,
        server_url: str | None,
        switch: Callable[[bool], None],
    ) -> None:
        """``switch(offline)`` makes the copy (True) or the server (False) the window's database
        and shows what it holds; it raises a DomainError when that is not possible."""
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._url = server_url
        self._switch = switch
        self.syncable = False
        self.offline = False
        self.conflicts: tuple[SyncConflict, ...] = ()
        self._offline_reason = ""
        self._loader = BackgroundLoader(self)  # the sync
        self._probe_loader = BackgroundLoader(self)  # offline: is the server back?
        self._progress = _Progress(self)
        self._progress.step.connect(self._show_progress)
        self._syncing = False
        self._periodic = QTimer(self)
        self._periodic.setSingleShot(True)
        self._periodic.timeout.connect(lambda: self.sync_now(automatic=True))
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_EVERY_MS)
        self._probe.timeout.connect(self._probe_server)
        self._build_status_widgets()
        actions.actionSync.triggered.connect(lambda _checked=False: self.sync_now())
        actions.actionConflicts.triggered.connect(lambda _checked=False: self.show_conflicts())
        for action in (actions.actionSync, actions.actionConflicts):
            action.setEnabled(False)  # until the database is open and known to be a server

    def _build_status_widgets(self) -> None:
        bar = self._window.statusBar()
        self.progress = QProgressBar(self._window)
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.conflicts_note = QToolButton(self._window)
        self.conflicts_note.setObjectName("conflictsNote")
        self.conflicts_note.setAutoRaise(True)
        self.conflicts_note.setIcon(icon("conflict", palette.of(self._window, palette.Role.WARNING).name()))
        self.conflicts_note.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts_note.setToolTip(
            self.tr("Offline und auf dem Server verschieden geänderte Angaben – klicken, um zu entscheiden")
        )
        self.conflicts_note.clicked.connect(lambda _checked=False: self.show_conflicts())
        self.conflicts_note.hide()
        self.offline_label = QLabel(self._window)
        self.offline_label.setObjectName("offlineState")
        self.offline_label.setStyleSheet(
            f"color:{palette.of(self._window, palette.Role.WARNING).name()}; font-weight:600; padding:0 6px"
        )
        self.offline_label.hide()
        for widget in (self.progress, self.conflicts_note, self.offline_label):
            bar.addPermanentWidget(widget)

    # --- the database is open -------------------------------------------------------------------

    def opened(self, offline_because: Exception | None) -> None:
        """The window's database is open: on the server, or (``offline_because``: why the server
        could not be reached) already on the copy."""
        self.syncable = self._url is not None and sync_service.is_syncable(self._url)
        sync, conflicts = self._actions.actionSync, self._actions.actionConflicts
        sync.setEnabled(self.syncable)
        conflicts.setEnabled(self.syncable)
        if not self.syncable:
            why = self.tr(
                "Eine lokale Datenbank-Datei braucht keinen Abgleich: Synchronisiert wird nur mit einem "
                "Datenbankserver (PostgreSQL oder MariaDB)."
            )
            for action in (sync, conflicts):
                action.setToolTip(why)
                action.setStatusTip(why)
            return
        self._actions.toolbar.addAction(sync)
        if offline_because is not None:
            self._enter_offline(error_text(offline_because))
        else:
            self._schedule(FIRST_SYNC_MS)
        if sync_service.has_offline_copy(self._server):
            self._show_conflicts(tuple(sync_service.open_conflicts(self._server)))

    @property
    def _server(self) -> str:
        assert self._url is not None  # only a syncable window syncs
        return self._url

    def may_start_offline(self) -> bool:
        """The server cannot be reached at start: can the window open its copy instead?"""
        return (
            self._url is not None and sync_service.is_syncable(self._url) and sync_service.has_offline_copy(self._url)
        )

    def stop(self) -> None:
        """The window closes: no more timers; a sync running finishes (it resumes anyway)."""
        self._periodic.stop()
        self._probe.stop()
        self._loader.cancel()
        self._probe_loader.cancel()

    # --- offline --------------------------------------------------------------------------------

    def server_lost(self) -> bool:
        """The server went away while working: switch to the copy, keeping everything shown and
        every open form. False: no copy (yet), the window keeps waiting for the server as before."""
        if not self.syncable or self.offline or not sync_service.has_offline_copy(self._server):
            return self.offline
        try:
            self._switch(True)
        except DomainError as error:
            log.info("offline copy not opened: %s", error)
            return False
        self._enter_offline("")
        self._window.statusBar().showMessage(
            self.tr("Server nicht erreichbar – weiter auf der Offline-Kopie dieses Rechners."), 10_000
        )
        return True

    def _enter_offline(self, reason: str) -> None:
        self.offline = True
        self._offline_reason = reason
        self._periodic.stop()
        self._probe.start()
        self.update_pending()
        self.offline_label.show()

    def update_pending(self) -> None:
        """Offline: how many changes wait for the server (after every save, undo and redo)."""
        if not self.offline:
            return
        try:
            count = sync_service.pending_changes(self._server)
        except DomainError as error:  # the copy busy for a moment: the next change tells again
            log.info("pending changes not counted: %s", error)
            return
        self.offline_label.setText(
            self.tr("Offline – 1 Änderung wartet auf Übertragung")
            if count == 1
            else self.tr("Offline – {0} Änderungen warten auf Übertragung").format(number(count))
        )
        tip = self.tr(
            "Der Datenbankserver antwortet nicht. Sie arbeiten auf der Offline-Kopie dieses Rechners; "
            "Ihre Änderungen werden übertragen, sobald der Server wieder erreichbar ist (geprüft alle "
            "30 Sekunden) – oder mit „Synchronisieren“ (F9)."
        )
        self.offline_label.setToolTip(f"{tip}\n\n{self._offline_reason}" if self._offline_reason else tip)

    def _probe_server(self) -> None:
        if self._syncing or self._probe_loader.busy:
            return
        url = self._server

        def back(ok: bool) -> None:
            if ok and self.offline:
                self.sync_now(automatic=True)

        self._probe_loader.run(lambda: connection.test_connection(url).ok, back, lambda _error: None)

    # --- syncing --------------------------------------------------------------------------------

    def _schedule(self, delay_ms: int | None) -> None:
        if delay_ms is not None and not self.offline:
            self._periodic.start(delay_ms)

    def sync_now(self, automatic: bool = False) -> None:
        """Send the copy's changes, take the server's (R14); offline, then back to the server.
        ``automatic``: a failure is only noted (the server may just be away)."""
        if not self.syncable or self._syncing:
            return
        self._syncing = True
        self._periodic.stop()
        url, progress = self._server, self._progress.step.emit
        self.progress.setRange(0, 0)  # busy until the first step says how many there are
        self.progress.show()
        self._actions.actionSync.setEnabled(False)
        if not automatic:  # the automatic ones show only the bar: they never cover another note
            self._window.statusBar().showMessage(self.tr("Wird synchronisiert …"))

        def done(result: SyncResult) -> None:
            self._finished()
            said = self._result_text(result)
            if self.offline:
                try:
                    self._switch(False)
                except DomainError as error:  # gone again in the moment between: stay on the copy
                    self._window.statusBar().showMessage(f"{said} {error_text(error)}", 10_000)
                    self.update_pending()
                    return
                self.offline = False
                self._probe.stop()
                self.offline_label.hide()
                said = self.tr("Wieder mit dem Server verbunden. {0}").format(said)
            elif automatic and not (result.sent or result.received or result.conflicts):
                said = ""  # the copy was up to date: nothing worth a word
            if said:
                self._window.statusBar().showMessage(said, 15_000)
            self._show_conflicts(result.conflicts)
            self._schedule(SYNC_EVERY_MS)

        def failed(error: Exception) -> None:
            self._finished()
            if automatic and isinstance(error, DomainError):
                log.info("automatic sync failed: %s", error)
            else:
                self._window.statusBar().showMessage(
                    self.tr("Synchronisieren nicht möglich: {0}").format(error_text(error)), 15_000
                )
            self.update_pending()
            self._schedule(SYNC_EVERY_MS)

        offline = self.offline

        def work() -> SyncResult:
            result = sync_service.sync(url, progress)
            if offline:  # the server opened here too: the switch back costs the UI thread no connect
                sync_service.prepare_return(url)
            return result

        self._loader.run(work, done, failed)

    def _finished(self) -> None:
        self._syncing = False
        self.progress.hide()
        self._actions.actionSync.setEnabled(self.syncable)

    def _show_progress(self, done: int, total: int) -> None:
        if self._syncing and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _result_text(self, result: SyncResult) -> str:
        text = self.tr("Synchronisiert: {0} gesendet, {1} empfangen").format(
            number(result.sent), number(result.received)
        )
        count = len(result.conflicts)
        if count == 1:
            text += self.tr(", 1 Konflikt wartet auf Ihre Entscheidung")
        elif count:
            text += self.tr(", {0} Konflikte warten auf Ihre Entscheidung").format(number(count))
        return text

    # --- conflicts ------------------------------------------------------------------------------

    def _show_conflicts(self, conflicts: tuple[SyncConflict, ...] | list[SyncConflict]) -> None:
        self.conflicts = tuple(conflicts)
        count = len(self.conflicts)
        self.conflicts_note.setText(
            self.tr("1 Konflikt") if count == 1 else self.tr("{0} Konflikte").format(number(count))
        )
        self.conflicts_note.setVisible(count > 0)
        self.conflictsChanged.emit(count)

    def show_conflicts(self) -> None:
        """The undecided conflicts, side by side, for a decision each (R14)."""
        if not self.syncable:
            return
        from kontaktverwaltung.ui.sync_conflicts_dialog import SyncConflictsDialog

        dialog = SyncConflictsDialog(self._window, self._server)
        before = len(dialog.remaining())
        dialog.exec()
        self._show_conflicts(dialog.remaining())
        self.update_pending()
        if len(dialog.remaining()) != before:
            self.decided.emit()
