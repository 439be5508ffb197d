"""Composition root: builds the wired main window on a database (automation contract)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow

from kontaktverwaltung.domain.errors import DomainError
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store.db import describe_url
from kontaktverwaltung.store.opening import open_database

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


def build_main_window(db_url: str) -> QMainWindow:
    """The fully wired main window on that database, without starting the event loop."""
    application()
    from kontaktverwaltung.ui.main_window import MainWindow

    open_database(db_url)
    return MainWindow(Context.default(), describe_url(db_url))


def run_gui(db_url: str) -> int:
    app = application()
    try:
        window = build_main_window(db_url)
    except DomainError as error:
        from kontaktverwaltung.ui import prompts

        prompts.warn(None, "Datenbank kann nicht geöffnet werden", error.message())
        return 2
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
