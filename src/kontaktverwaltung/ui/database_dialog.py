"""Datei → Datenbank…: where this workstation's data lives (issue 5). The language, the name the
history gives this workstation's changes and the phone region are under Einstellungen (ui/settings_dialog.py).

The local default file, another file, or a PostgreSQL or MariaDB/MySQL server; "Verbindung
testen" tries the entered database on a connection of its own, off the UI thread. Saving keeps
the settings in QSettings and the password in the OS vault (ui/settings.py); the app switches
at its next start. Abbrechen discards everything.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from kontaktverwaltung.domain.errors import ValidationError
from kontaktverwaltung.domain.urls import (
    DEFAULT_PORTS,
    DatabaseChoice,
    DatabaseKind,
    check_choice,
    database_url,
    default_database_path,
)
from kontaktverwaltung.services import connection
from kontaktverwaltung.ui import palette, prompts
from kontaktverwaltung.ui.background import BackgroundLoader
from kontaktverwaltung.ui.forms import FieldErrors, standard_buttons
from kontaktverwaltung.ui.generated.ui_database_dialog import Ui_DatabaseDialog
from kontaktverwaltung.ui.language import error_text
from kontaktverwaltung.ui.settings import Settings, VaultUnavailable, load_password, save_password, vault_problem
from kontaktverwaltung.ui.views import content_height, fit_to_content

_SERVER_KINDS = (DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL)  # the order of the "Art" list


class DatabaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings | None = None, tell_restart: bool = True) -> None:
        super().__init__(parent)
        self.ui = Ui_DatabaseDialog()
        self.ui.setupUi(self)
        self.setObjectName("DatabaseDialog")
        self.settings = settings or Settings()
        self.tell_restart = tell_restart
        self.tester = BackgroundLoader(self)
        ui = self.ui
        standard_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.errors = FieldErrors(
            ui.generalError,
            {
                "file": (ui.filePathEdit, ui.fileError),
                "host": (ui.hostEdit, ui.hostError),
                "port": (ui.portSpin, ui.portError),
                "database": (ui.databaseEdit, ui.databaseError),
                "user": (ui.userEdit, ui.userError),
            },
        )
        ui.localPathLabel.setText(str(default_database_path()))
        ui.localPathLabel.setToolTip(self.tr("Die Datenbank im Benutzerordner dieses Rechners"))
        self._vault_problem = vault_problem()
        if self._vault_problem:
            ui.vaultLabel.setText(
                self.tr("{0} Das Passwort wird deshalb nicht gespeichert, sondern bei jedem Start abgefragt.").format(
                    self._vault_problem
                )
            )
        else:
            ui.vaultLabel.setText(self.tr("Das Passwort wird im Passwort-Tresor des Betriebssystems gespeichert."))
        self._opened_with = self.settings.database
        self._show_choice(self._opened_with)
        self._previous_kind = self._server_kind()

        for radio in (ui.localRadio, ui.fileRadio, ui.serverRadio):
            radio.toggled.connect(lambda _checked: self._kind_changed())
        ui.kindCombo.currentIndexChanged.connect(lambda _index: self._server_kind_changed())
        ui.browseButton.clicked.connect(self._browse)
        ui.testConnectionButton.clicked.connect(self.test_connection)
        for edit in (ui.filePathEdit, ui.hostEdit, ui.databaseEdit, ui.userEdit, ui.passwordEdit):
            edit.textEdited.connect(lambda _text: self._forget_test_result())
        ui.portSpin.valueChanged.connect(lambda _value: self._forget_test_result())
        self._kind_changed()
        fit_to_content(self)  # a test result or an error makes room for itself (_grow_to_fit)

    # --- the form -------------------------------------------------------------------------------

    def _show_choice(self, choice: DatabaseChoice) -> None:
        ui = self.ui
        {
            DatabaseKind.LOCAL: ui.localRadio,
            DatabaseKind.FILE: ui.fileRadio,
        }.get(choice.kind, ui.serverRadio).setChecked(True)
        ui.filePathEdit.setText(choice.file)
        kind = choice.kind if choice.kind.is_server else DatabaseKind.POSTGRESQL
        ui.kindCombo.setCurrentIndex(_SERVER_KINDS.index(kind))
        ui.hostEdit.setText(choice.host)
        ui.portSpin.setValue(choice.port or DEFAULT_PORTS[kind])
        ui.databaseEdit.setText(choice.database)
        ui.userEdit.setText(choice.user)
        if choice.kind.is_server and not self._vault_problem:
            with contextlib.suppress(VaultUnavailable):  # the note under the field already says so
                ui.passwordEdit.setText(load_password(choice) or "")

    def _server_kind(self) -> DatabaseKind:
        return _SERVER_KINDS[max(self.ui.kindCombo.currentIndex(), 0)]

    def choice(self) -> DatabaseChoice:
        """The database the form names (not checked)."""
        ui = self.ui
        if ui.localRadio.isChecked():
            kind = DatabaseKind.LOCAL
        elif ui.fileRadio.isChecked():
            kind = DatabaseKind.FILE
        else:
            kind = self._server_kind()
        return DatabaseChoice(
            kind=kind,
            file=ui.filePathEdit.text().strip(),
            host=ui.hostEdit.text().strip(),
            port=ui.portSpin.value(),
            database=ui.databaseEdit.text().strip(),
            user=ui.userEdit.text().strip(),
        )

    def password(self) -> str:
        return self.ui.passwordEdit.text()

    def _kind_changed(self) -> None:
        ui = self.ui
        for widget in (ui.filePathEdit, ui.browseButton):
            widget.setEnabled(ui.fileRadio.isChecked())
        ui.serverBox.setEnabled(ui.serverRadio.isChecked())
        ui.localPathLabel.setEnabled(ui.localRadio.isChecked())
        self.errors.clear()
        self._forget_test_result()

    def _server_kind_changed(self) -> None:
        """PostgreSQL listens on 5432, MariaDB/MySQL on 3306: the port follows the kind unless the
        user had set another one."""
        kind = self._server_kind()
        if self.ui.portSpin.value() == DEFAULT_PORTS[self._previous_kind]:
            self.ui.portSpin.setValue(DEFAULT_PORTS[kind])
        self._previous_kind = kind
        self._forget_test_result()

    def _browse(self) -> None:
        start = self.ui.filePathEdit.text().strip() or str(default_database_path().parent)
        path = prompts.pick_database_file(self, self.tr("Datenbankdatei wählen"), start)
        if path:
            self.ui.filePathEdit.setText(path)
            self.errors.show_at("file", "")
            self._forget_test_result()

    def _grow_to_fit(self) -> None:
        """Make room for messages: a window's minimum height ignores how many lines a wrapped
        label needs at the window's width, so a message could otherwise be cut off."""
        needed = content_height(self)
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_to_fit()  # the note under the password may take more lines than the form allows for

    # --- "Verbindung testen" --------------------------------------------------------------------

    def _forget_test_result(self) -> None:
        self.tester.cancel()  # a test still running no longer describes what the form says
        self.ui.testResultLabel.clear()
        self.ui.testConnectionButton.setEnabled(True)

    def _show_result(self, text: str, ok: bool) -> None:
        label = self.ui.testResultLabel
        colors = label.palette()
        colors.setColor(
            QPalette.ColorRole.WindowText, palette.of(label, palette.Role.SUCCESS if ok else palette.Role.ERROR)
        )
        label.setPalette(colors)
        label.setText(text)
        self._grow_to_fit()

    def test_connection(self) -> None:
        """Try the database the form names, off the UI thread; the result appears beside the button."""
        self.errors.clear()
        try:
            url = database_url(self.choice(), self.password())
        except ValidationError as error:
            self.errors.show(error)
            self._show_result(self.tr("Bitte zuerst die markierten Angaben ergänzen."), False)
            self._grow_to_fit()
            return
        self.ui.testConnectionButton.setEnabled(False)
        self.ui.testResultLabel.setPalette(self.palette())
        self.ui.testResultLabel.setText(self.tr("Verbindung wird geprüft …"))

        def done(check: connection.ConnectionCheck) -> None:
            self.ui.testConnectionButton.setEnabled(True)
            self._show_result(check.message(), check.ok)

        def failed(error: Exception) -> None:
            self.ui.testConnectionButton.setEnabled(True)
            text = error_text(error)
            self._show_result(text, False)

        self.tester.run(lambda: connection.test_connection(url), done, failed)

    @property
    def testing(self) -> bool:
        return self.tester.busy

    # --- saving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        choice = self.choice()
        problems = check_choice(choice)
        if problems:
            self.errors.show(ValidationError(problems))
            self._grow_to_fit()
            return
        settings = self.settings
        settings.database = choice
        vault_note = ""
        if choice.kind.is_server:
            try:
                save_password(choice, self.password())
                settings.ask_password_at_start = False
                old = self._opened_with
                if old.kind.is_server and old.password_key != choice.password_key:
                    save_password(old, "")  # the login no longer used leaves the vault
            except VaultUnavailable as error:
                settings.ask_password_at_start = bool(self.password())
                if self.password():
                    vault_note = "\n\n" + self.tr("{0} Das Passwort wird deshalb bei jedem Start abgefragt.").format(
                        error
                    )
        if not settings.save():
            prompts.warn(
                self,
                self.tr("Einstellungen nicht gespeichert"),
                self.tr("Die Einstellungen können nicht gespeichert werden ({0}).").format(
                    settings.qsettings.fileName()
                ),
            )
            return
        self.tester.cancel()
        super().accept()
        if self.tell_restart:
            self._tell_restart(choice != self._opened_with, vault_note)

    def _tell_restart(self, database_changed: bool, vault_note: str) -> None:
        if database_changed:
            text = self.tr(
                "Gespeichert. Die Kontaktverwaltung öffnet die gewählte Datenbank beim nächsten Start: "
                "Bitte das Programm beenden und neu starten."
            )
        elif vault_note:
            text = self.tr("Gespeichert.")
        else:
            return
        prompts.inform(self.parentWidget(), self.tr("Datenbank"), text + vault_note)

    def done(self, result: Any) -> None:
        self.tester.cancel()  # a test still running reports to no one
        super().done(result)
