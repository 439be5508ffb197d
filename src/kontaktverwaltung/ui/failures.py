"""Failures no rule foresaw: logged first (a rotating log file in the data folder), then told
to the user in a message box, never only that (STYLE.md). Tests fail on such a log record."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler
    from types import TracebackType

log = logging.getLogger("kontaktverwaltung")
LOG_FILE = "kontaktverwaltung.log"
LOG_BYTES = 1_000_000  # per file; with the backups at most 4 MB in the data folder
LOG_BACKUPS = 3


def unexpected_text(error: BaseException) -> str:
    """Log ``error`` with its traceback and return what the user is told about it."""
    log.error("Unerwarteter Fehler: %s", error, exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate("errors", "Unerwarteter Fehler: {0}").format(error)


def report_unexpected(parent: QWidget | None, title: str, error: BaseException) -> None:
    """An unexpected failure: logged, then a message box."""
    from kontaktverwaltung.ui import prompts

    prompts.warn(parent, title, unexpected_text(error))


def log_to_file(folder: Path) -> RotatingFileHandler | None:
    """Write warnings and errors of the app to ``folder``/kontaktverwaltung.log (rotating).
    None when the folder cannot be written: the app works on, without a log file."""
    from logging.handlers import RotatingFileHandler  # with socket and pickle: ~20 ms, not before the window

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    return handler


def install_excepthook() -> None:
    """An exception escaping a Qt slot or event handler: logged and shown, the app goes on."""

    def hook(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        error.__traceback__ = traceback
        report_unexpected(None, QCoreApplication.translate("errors", "Unerwarteter Fehler"), error)

    sys.excepthook = hook
