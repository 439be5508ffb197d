"""Composition root: builds the wired main window on a database (automation contract)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    import logging
    from collections.abc import Callable

    from PySide6.QtCore import QMessageLogContext, QtMsgType  # named at start, QtCore's ~20 enums would be made

    from kontaktverwaltung.domain.urls import DatabaseChoice
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.ui.main_window import MainWindow


def _skip_pyside_feature_scan() -> None:
    """PySide6 reads the whole source of every module imported after it, looking for "PySide6"
    in it to decide whether its opt-in features (snake_case, true_property) may switch that
    module's Qt names (shibokensupport/feature.py): 10-15 ms of the start and of the window's
    later imports, and ~8 MB of source lines kept in linecache. No module here uses those
    features, and the installed app (PyInstaller: no sources) already takes every module for one
    that does not; so do the same when run from sources. If PySide changes its internals, this
    does nothing."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: False  # type: ignore[attr-defined]


_skip_pyside_feature_scan()  # before the app's own modules are imported
from kontaktverwaltung.domain.errors import DomainError  # noqa: E402
from kontaktverwaltung.domain.messages import T  # noqa: E402
from kontaktverwaltung.domain.urls import describe_url  # noqa: E402

_HARMLESS = ("This plugin does not support propagateSizeHints",)  # the offscreen platform's chatter
_previous_handler = None


def _quiet_qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(message.startswith(text) for text in _HARMLESS):
        return
    if _previous_handler is not None:
        _previous_handler(kind, context, message)
    else:
        sys.stderr.write(message + "\n")


SWITCH_INTERVAL_S = 0.0001


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        gc.disable()  # until the event loop's first turn: see collector.collect_from_the_first_turn
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Kontaktverwaltung")
        app.setOrganizationName("Kontaktverwaltung")
        app.setDesktopFileName("kontaktverwaltung")  # Wayland finds the .desktop file's icon by this
        from kontaktverwaltung.ui.app_icon import app_icon  # not ui.identity: the About box loads when asked for
        from kontaktverwaltung.ui.language import install_for_settings

        install_for_settings(app)  # before any widget takes its texts
        app.setWindowIcon(app_icon())
        from kontaktverwaltung.ui.collector import IdleCollector, collect_from_the_first_turn

        collect_from_the_first_turn()
        IdleCollector(app)  # full collections while the user is in another application
        # Background work (a preview of 20,000 rows, a sync, a big customer read) holds the
        # interpreter lock while it computes; the window asks for it at every Python slot and at
        # every cell it paints (a model's data(): about a thousand calls for one table), and waits
        # up to this interval each time, the worker taking the lock back in between. At Python's
        # 5 ms the import dialog stood still 120-195 ms at a time beside its preview; at 0.5 ms
        # 60-130 ms; at 0.1 ms 34-37 ms, the preview and the import as fast (2.6 s and 2.3 s for
        # 20,000 rows): the interval only counts while the window waits for the lock.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
    return app


def _open(
    db_url: str, author: str, progress: Callable[[str], None], region: str = "AT", offline: bool = False
) -> Context:
    """Open the database (in the window's background thread) and say who works on it: the
    workstation's display name from the settings (issue 5), by default the OS login. ``offline``:
    the server's offline copy instead (issue 16, R14)."""

    from kontaktverwaltung.domain.errors import DatabaseUnavailable, Problem
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.store.opening import open_database

    if offline:
        from kontaktverwaltung.services import sync

        sync.open_offline(db_url)
        return Context(author, region)
    if ":memory:" in db_url:  # it would live in this thread's connection only, and vanish with it
        raise DatabaseUnavailable(
            Problem.of(
                T(
                    "Eine Datenbank nur im Arbeitsspeicher lässt sich im Fenster nicht öffnen. "
                    "Bitte eine Datei angeben, z. B. --db sqlite:///kontakte.sqlite3."
                ),
                "db",
            )
        )
    open_database(
        db_url,
        lambda step, last: progress(
            QCoreApplication.translate(
                "app",
                "Die Datenbank wird auf den neuesten Stand gebracht (Version {0} von {1}) … "
                "Bitte das Programm nicht schließen.",
            ).format(step, last)
        ),
        lambda: progress(
            QCoreApplication.translate(
                "app",
                "Ein anderer Arbeitsplatz bringt die Datenbank gerade auf den neuesten Stand. "
                "Sobald er fertig ist, geht es hier weiter …",
            )
        ),
    )
    return Context(author, region)


def build_main_window(db_url: str, wait: bool = True) -> MainWindow:
    """The fully wired main window on that database, without starting the event loop.

    The database opens in the background. ``wait`` (tests, screenshots) returns only once it is
    open and the customer list is in, and raises the DomainError that kept it closed; without
    ``wait`` the window can be shown at once and reports a failure through ``openFailed``.
    """
    application()
    from kontaktverwaltung.services.first_look import first_customers
    from kontaktverwaltung.ui.main_window import FIRST_SCREENFUL, MainWindow
    from kontaktverwaltung.ui.settings import Settings

    settings = Settings()
    author, region = settings.author, settings.phone_region
    window = MainWindow(
        lambda progress, offline=False: _open(db_url, author, progress, region, offline),
        describe_url(db_url),
        db_url,
        first_customers(db_url, FIRST_SCREENFUL, Settings.first_look_file()),  # the first frame's, before it opens
    )
    if wait:
        window.wait_until_loaded()
        if window.open_error is not None:
            error = window.open_error
            window.deleteLater()
            raise error
    return window


def ask_database_password(choice: DatabaseChoice) -> str | None:
    """At start, on a machine without a password vault: the server password, or None (cancel)."""
    application()
    from kontaktverwaltung.ui import prompts

    port = choice.effective_port
    return prompts.ask_password(
        None,
        QCoreApplication.translate("app", "Kontaktverwaltung – Datenbank-Passwort"),
        QCoreApplication.translate(
            "app",
            "Passwort für „{0}“ auf {1}:{2}, Datenbank „{3}“:\n\n"
            "Auf diesem Rechner gibt es keinen Passwort-Tresor; deshalb wird das Passwort bei jedem Start abgefragt.",
        ).format(choice.user, choice.host, port, choice.database),
    )


def run_gui(db_url: str, from_settings: bool = False) -> int:
    """Show the window and run until it closes. ``from_settings``: the database is the one the
    settings name (no ``--db``); if it cannot be opened, the user may change the settings and the
    window opens again on the new choice instead of the app ending."""
    app = application()
    _log_failures()

    def start(url: str) -> None:
        window = build_main_window(url, wait=False)
        window.openFailed.connect(lambda error: cannot_open(window, error))
        window.firstPainted.connect(_log_to_file)
        window.show()

    def cannot_open(window: MainWindow, error: Exception) -> None:
        from kontaktverwaltung.ui import prompts
        from kontaktverwaltung.ui.language import error_text

        title = QCoreApplication.translate("app", "Datenbank kann nicht geöffnet werden")
        text = error_text(error)
        if not from_settings:
            prompts.warn(window, title, text)
        elif prompts.ask_change_database(window, title, text):
            from kontaktverwaltung.ui.database_dialog import DatabaseDialog
            from kontaktverwaltung.ui.settings import configured_url

            if DatabaseDialog(window, tell_restart=False).exec():
                url = configured_url(ask_database_password)
                if url is not None:
                    start(url)  # first: closing the last window would end the app
                    window.close()
                    window.deleteLater()
                    return
        app.exit(2)

    start(db_url)
    return app.exec()


def _log_failures() -> None:
    """Unexpected failures are shown to the user, and logged (see ``_log_to_file``)."""
    from kontaktverwaltung.ui.failures import install_excepthook

    install_excepthook()


_logging_to_file: list[logging.Handler | None] = []  # the log file's handler, once set up


def _log_to_file() -> None:
    """Once the first window has painted (its imports, ~30 ms, are not on the start's path): the
    log goes to a rotating file in the data folder too."""
    if _logging_to_file:
        return
    from kontaktverwaltung.domain.urls import default_database_path
    from kontaktverwaltung.ui.failures import log_to_file

    _logging_to_file.append(log_to_file(default_database_path().parent))


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
        window.close()
        raise DomainError.of(
            T("Das Bild „{file}“ konnte nicht gespeichert werden: das Format oder der Ort nimmt es nicht an."),
            file=file,
        )
    window.close()


def offscreen_application() -> QApplication:
    """The application for drawing without a screen (the CLI's PDF contact sheet)."""
    global _previous_handler
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _previous_handler = qInstallMessageHandler(_quiet_qt_messages)
    app = application()
    gc.enable()  # no event loop turns here: the collector runs from now on, not from the first turn
    return app
