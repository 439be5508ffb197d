"""The workstation's settings: typed options over QSettings (STYLE.md), the database password in
the operating system's vault.

What is kept here: which database this workstation works on (the local default file, another
file, or a PostgreSQL or MariaDB/MySQL server) and the name the history gives its changes (issue 5,
items 1 and 6), and the language of the UI (B10). A password is never written to QSettings or to a
log: it goes to the OS vault (Windows Credential Manager, macOS Keychain, the Secret Service on
Linux) through ``keyring``, under the service "Kontaktverwaltung" and the name
``user@host:port/database``. A machine without a vault asks for the password at each start instead.

``--db URL`` on the command line overrides all of this for one run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from kontaktverwaltung.domain.history import default_author
from kontaktverwaltung.domain.urls import DatabaseChoice, DatabaseKind, database_url

ORGANIZATION = APPLICATION = "Kontaktverwaltung"
VAULT_SERVICE = "Kontaktverwaltung"

T = TypeVar("T", str, int, bool)


class Option(Generic[T]):
    """One typed value in QSettings: its key and its default (whose type is the option's type)."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default: T = default

    @overload
    def __get__(self, settings: None, owner: type) -> Option[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...

    def __get__(self, settings: Settings | None, owner: type) -> Option[T] | T:
        if settings is None:
            return self
        value: Any = settings.qsettings.value(self.key, self.default, type=type(self.default))
        return value if isinstance(value, type(self.default)) else self.default

    def __set__(self, settings: Settings, value: T) -> None:
        settings.qsettings.setValue(self.key, value)


class Settings:
    """The settings of this workstation (per OS user), as typed attributes."""

    database_kind = Option("database/kind", DatabaseKind.LOCAL.value)
    database_file = Option("database/file", "")
    server_host = Option("database/host", "")
    server_port = Option("database/port", 0)
    server_database = Option("database/name", "")
    server_user = Option("database/user", "")
    # Set when the password could not go into a vault: then it is asked for at each start.
    ask_password_at_start = Option("database/askPasswordAtStart", False)
    author_name = Option("history/author", "")
    # The country in which a phone number without a country code is read (R11): ISO code.
    phone_region = Option("phone/region", "AT")
    # "auto" (the OS's language), "de" or "en"; read at start (ui/language.py).
    language = Option("ui/language", "auto")
    # The main window's size and place as the user left it (QWidget.saveGeometry, base64).
    window_geometry = Option("ui/windowGeometry", "")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        # An ini file on every platform: readable, and the same on Windows, macOS and Linux.
        self.qsettings = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def database(self) -> DatabaseChoice:
        try:
            kind = DatabaseKind(self.database_kind)
        except ValueError:  # a hand-edited file: the safe default
            kind = DatabaseKind.LOCAL
        return DatabaseChoice(
            kind=kind,
            file=self.database_file,
            host=self.server_host,
            port=self.server_port,
            database=self.server_database,
            user=self.server_user,
        )

    @database.setter
    def database(self, choice: DatabaseChoice) -> None:
        self.database_kind = choice.kind.value
        self.database_file = choice.file.strip()
        self.server_host = choice.host.strip()
        self.server_port = choice.port
        self.server_database = choice.database.strip()
        self.server_user = choice.user.strip()

    @property
    def author(self) -> str:
        """Who the history names for changes made here (B2): the set name, else the OS login."""
        return self.author_name.strip() or default_author()

    @author.setter
    def author(self, name: str) -> None:
        name = name.strip()
        self.author_name = "" if name == default_author() else name  # follows a renamed login

    @staticmethod
    def first_look_file() -> Path:
        """Where the window keeps the first screenful of customers from one run to the next start
        (issue 15; services/first_look.py): in the user's cache folder, none of the settings."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        return Path(folder) / "erste-kunden.json"

    def save(self) -> bool:
        """Write to disk now; False when the file cannot be written."""
        self.qsettings.sync()
        return self.qsettings.status() == QSettings.Status.NoError


# --- the password, in the OS vault ---------------------------------------------------------------


class VaultUnavailable(Exception):
    """No OS vault on this machine, or it refused: the message says which, in the UI's language."""


def _vault_error(error: Exception) -> VaultUnavailable:
    from keyring.errors import NoKeyringError

    if isinstance(error, NoKeyringError):
        return VaultUnavailable(
            QCoreApplication.translate(
                "settings", "Auf diesem Rechner gibt es keinen Passwort-Tresor des Betriebssystems."
            )
        )
    return VaultUnavailable(
        QCoreApplication.translate(
            "settings", "Der Passwort-Tresor des Betriebssystems ist nicht verfügbar: {0}"
        ).format(error)
    )


def load_password(choice: DatabaseChoice) -> str | None:
    """The stored password for this server login, or None when none is stored."""
    try:
        import keyring  # only for a server: keyring's backend discovery costs start-up time

        return keyring.get_password(VAULT_SERVICE, choice.password_key)
    except Exception as error:  # any backend's failure (D-Bus, a locked keychain …) means: no vault
        raise _vault_error(error) from error


def save_password(choice: DatabaseChoice, password: str) -> None:
    """Keep the password in the vault; an empty one removes what was stored."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        if password:
            keyring.set_password(VAULT_SERVICE, choice.password_key, password)
        else:
            with contextlib.suppress(PasswordDeleteError):  # nothing was stored
                keyring.delete_password(VAULT_SERVICE, choice.password_key)
    except Exception as error:
        raise _vault_error(error) from error


def vault_problem() -> str | None:
    """Why passwords cannot be kept on this machine, or None when the vault works."""
    try:
        import keyring
        from keyring.backends import fail
        from keyring.errors import NoKeyringError

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return str(_vault_error(NoKeyringError()))
    except Exception as error:
        return str(_vault_error(error))
    return None


# --- the database to open ------------------------------------------------------------------------

AskPassword = Callable[[DatabaseChoice], "str | None"]


def configured_url(ask_password: AskPassword | None = None, settings: Settings | None = None) -> str | None:
    """The URL of the database these settings name (the local default file unless set), with the
    password from the vault. Where it must be asked for (no vault), ``ask_password`` is asked;
    None when the user cancels that. Raises ValidationError for settings that name no database."""
    settings = settings or Settings()
    choice = settings.database
    password = ""
    if choice.kind.is_server:
        try:
            password = load_password(choice) or ""
        except VaultUnavailable:
            password = ""
        if not password and settings.ask_password_at_start and ask_password is not None:
            answer = ask_password(choice)
            if answer is None:
                return None
            password = answer
    return database_url(choice, password)


def _mapping_key(headers: tuple[str, ...] | list[str]) -> str:
    import hashlib

    digest = hashlib.sha1("\x1f".join(h.strip().casefold() for h in headers).encode(), usedforsecurity=False)
    return f"importMappings/{digest.hexdigest()[:16]}"


def remembered_mapping(headers: tuple[str, ...] | list[str], settings: Settings | None = None) -> list[str] | None:
    """The column mapping the user chose last time for a file with exactly these headers (R12)."""
    value: Any = (settings or Settings()).qsettings.value(_mapping_key(headers), "", type=str)
    fields = str(value).split("|") if value else []
    return fields if len(fields) == len(headers) else None


def remember_mapping(
    headers: tuple[str, ...] | list[str], mapping: list[str], settings: Settings | None = None
) -> None:
    (settings or Settings()).qsettings.setValue(_mapping_key(headers), "|".join(mapping))
