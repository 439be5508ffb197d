"""Composition root: builds the wired main window on a database (automation contract)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.store.urls import describe_url

if TYPE_CHECKING:
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.ui.main_window import MainWindow

_HARMLESS = ("This plugin does not support propagateSizeHints",)  # the offscreen platform's chatter
_previous_handler = None


def _quiet_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(message.startswith(text) for text in _HARMLESS):
        return
    if _previous_handler is not None:
        _previous_handler(kind, context, message)
    else:
        sys.stderr.write(message + "\n")


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Kontaktverwaltung")
        app.setOrganizationName("Kontaktverwaltung")
    return app


def _open(db_url: str) -> Context:
    """Open the database (in the window's background thread) and say who works on it."""
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.store.opening import open_database

    open_database(db_url)
    return Context.default()


def build_main_window(db_url: str, wait: bool = True) -> MainWindow:
    """The fully wired main window on that database, without starting the event loop.

    The database opens in the background. ``wait`` (tests, screenshots) returns only once it is
    open and the customer list is in, and raises the DomainError that kept it closed; without
    ``wait`` the window can be shown at once and reports a failure through ``openFailed``.
    """
    application()
    from kontaktverwaltung.ui.main_window import MainWindow

    window = MainWindow(lambda: _open(db_url), describe_url(db_url))
    if wait:
        window.wait_until_loaded()
        if window.open_error is not None:
            error = window.open_error
            window.deleteLater()
            raise error
    return window


def run_gui(db_url: str) -> int:
    app = application()
    window = build_main_window(db_url, wait=False)

    def cannot_open(error: Exception) -> None:
        from kontaktverwaltung.ui import prompts

        text = error.message() if isinstance(error, DomainError) else f"Unerwarteter Fehler: {error}"
        prompts.warn(window, "Datenbank kann nicht geöffnet werden", text)
        app.exit(2)

    window.openFailed.connect(cannot_open)
    window.show()
    return app.exec()


def screenshot(db_url: str, file: Path, customer_number: str | None = None) -> None:
    """Render the main window at 1280×800 into a PNG and return (offscreen: no screen needed)."""
    global _previous_handler
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _previous_handler = qInstallMessageHandler(_quiet_qt_messages)
    app = application()
    window = build_main_window(db_url)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    wait = getattr(window, "wait_until_loaded", lambda: None)
    wait()
    if customer_number:
        open_customer = getattr(window, "open_customer_number", None)
        if open_customer is not None:
            open_customer(customer_number)
            app.processEvents()
            wait()
    for _ in range(20):  # let the views finish laying out (large lists lay out in batches)
        app.processEvents()
    file.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(file)):
        raise OSError(f"Bild konnte nicht gespeichert werden: {file}")
    window.close()
