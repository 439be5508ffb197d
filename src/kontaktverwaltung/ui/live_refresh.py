"""Others' changes shown in the window as they happen, without disturbing the user (issue 5, B5,
B6): read off the UI thread, held back while a mouse button is down or a menu open, merged when
several arrive while one is read."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.domain.live import ALL
from kontaktverwaltung.domain.records import CustomerPanel, CustomerView
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.lazy import lazy_modules
from kontaktverwaltung.ui.live import LiveUpdates
from kontaktverwaltung.ui.models import CustomerListModel, PanelModel

if TYPE_CHECKING:
    from kontaktverwaltung.domain.live import Changes
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.ui.customer_pages import CustomerPages
    from kontaktverwaltung.ui.customer_pane import CustomerPane
else:  # loaded by the background task that opens the database (see ui/lazy.py)
    (customers,) = lazy_modules("kontaktverwaltung.services", "customers")

LIVE_PATIENCE_MS = 300  # others' changes wait this long while the user holds the mouse
RETRY_MS = 2000  # the server gone: read again after this long

PanelRead = tuple[CustomerPanel, list[str], dict[int, str]]


class LiveRefresh(QObject):
    notice = Signal(str)  # what changed elsewhere that the user should know ("… wurde gelöscht")
    reachable = Signal(bool)  # whether the database server answers

    def __init__(
        self, parent: QObject, customers_pane: CustomerPane, pages: CustomerPages, start: int | None, watch: bool = True
    ) -> None:
        """``start``: the change log position the window's data was read at. ``watch``: follow the
        database's change log (not the offline copy's: only this window writes it, issue 16)."""
        super().__init__(parent)
        self._customers = customers_pane
        self._pages = pages
        self._panel = pages.panel
        self.loader = BackgroundLoader(self, drops_other_databases=True)  # after a switch: read anew
        self._pending: Changes | None = None
        self._stopped = False
        self.live: LiveUpdates | None = None
        if watch:
            self.live = LiveUpdates(self, start)
            self.live.changed.connect(self._others_changed)
            self.live.reachable.connect(self.reachable)
            self.live.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop following the database, for good (the window closes, or another database is open
        and a new LiveRefresh follows it): what is still on its way (a change the watcher reported
        just before, a read under way, a retry waiting on its timer) starts nothing any more.
        ``timeout``: how long to wait for the watcher's thread (0 on a switch to the offline copy:
        it may be stuck connecting to the lost server, and it reports nothing more once told to stop)."""
        self._stopped = True
        self._pending = None
        if self.live is not None:
            self.live.stop(timeout)
        self.loader.cancel()

    def reload_everything(self) -> None:
        """Read the customer list and the open customer again (another database is open now),
        keeping the selection, the scroll position and any open form."""
        self._others_changed(ALL)

    def _shown(self) -> int:
        return self._customers.shown + self._panel.shown

    def _others_changed(self, changes: Changes) -> None:
        """Someone (maybe this window itself) changed data: show it without disturbing the user."""
        if self._stopped:
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if not self.loader.busy:
            self._refresh()

    def _later(self, changes: Changes, delay_ms: int) -> None:
        """Keep ``changes`` for a later refresh (nothing others changed is dropped)."""
        if self._stopped:
            return
        self._pending = changes if self._pending is None else self._pending | changes
        QTimer.singleShot(delay_ms, self, self._refresh)  # not after this object is gone

    def _refresh(self) -> None:
        if self._stopped or self.loader.busy or self._pending is None:
            return  # a refresh is under way: it runs again for what came meanwhile when it is done
        changes, self._pending = self._pending, None
        customer = self._customers.current()
        customer_id = customer.id if customer is not None else None
        if changes.concerns(customer_id) and self._panel.loader.busy:
            self._later(changes, LIVE_PATIENCE_MS)  # a big customer is just opening: after it
            return
        asked = None if changes.everything else set(changes.customers)
        with_list = changes.customer_list
        with_panel = changes.concerns(customer_id)
        shown = self._shown()

        def work() -> tuple[tuple[list[CustomerView], list[str] | None] | None, PanelRead | None]:
            listed = customers.list_customers(asked) if with_list else None
            # all of them: their search texts made here, not on the UI thread (20,000: 70 ms)
            fresh = (
                (listed, CustomerListModel.search_texts(listed) if asked is None else None)
                if listed is not None
                else None
            )
            panel = None
            if with_panel and customer_id is not None:
                try:
                    loaded = customers.load_panel(customer_id)
                    panel = loaded, list(loaded.documents), PanelModel.search_texts(loaded)
                except DomainError:
                    panel = None  # the customer is gone: the list tells
            return fresh, panel

        def done(result: tuple[tuple[list[CustomerView], list[str] | None] | None, Any]) -> None:
            if _user_busy():  # never reset a view under a pressed mouse, a drag or an open menu
                self._later(changes, LIVE_PATIENCE_MS)
                return
            if shown != self._shown():  # the window reloaded meanwhile (its own change): read again
                self._later(changes, 0)
                return
            self._take(result[0], asked, result[1], customer_id)
            self._refresh()  # what came in meanwhile

        def failed(_error: Exception) -> None:  # the server gone: the watcher says so; try again later
            self._later(changes, RETRY_MS)

        self.loader.run(work, done, failed)

    def _take(
        self,
        fresh: tuple[list[CustomerView], list[str] | None] | None,
        asked: set[int] | None,
        panel: PanelRead | None,
        customer_id: int | None,
    ) -> None:
        notices: list[str] = []
        before = self._customers.current()
        if fresh is not None:
            gone = self._customers.model.take_changes(fresh[0], asked, fresh[1])
            if before is not None and before.id in gone:
                notices.append(
                    self.tr("Der Kunde „{0}“ wurde an einem anderen Arbeitsplatz gelöscht.").format(before.name)
                )
                self._customers.list.clearSelection()
                self._pages.show_no_customer(self._customers.model.has_customers)
        current = self._customers.current()
        if panel is not None and current is not None and current.id == customer_id and self._panel.panel is not None:
            removed = self._panel.take_refreshed(*panel)
            if len(removed) == 1:
                notices.append(self.tr("„{0}“ wurde an einem anderen Arbeitsplatz entfernt.").format(removed[0].name()))
            elif removed:
                notices.append(
                    self.tr("{0} Ansprechpartner wurden an einem anderen Arbeitsplatz entfernt.").format(len(removed))
                )
        if notices:
            self.notice.emit(" ".join(notices))


def _user_busy() -> bool:
    """A mouse button held (a drag, a selection being made) or a menu open."""
    return QApplication.mouseButtons() != Qt.MouseButton.NoButton or QApplication.activePopupWidget() is not None
