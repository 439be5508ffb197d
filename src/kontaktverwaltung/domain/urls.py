"""Database URLs: where the data lives. No database driver is imported here, so the window can
name its database before the (slower to import) store is loaded."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlparse

from kontaktverwaltung.domain.errors import Problem, ValidationError
from kontaktverwaltung.domain.messages import T

APP_NAME = "Kontaktverwaltung"


def default_database_path() -> Path:
    import platformdirs  # only when no --db is given: not on every start's path

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "kontaktverwaltung.sqlite3"


def default_url() -> str:
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def backend_of(url: str) -> str:
    """ "sqlite", "postgresql" or "mysql" (MariaDB included)."""
    scheme = url.partition(":")[0].lower().split("+")[0]
    return {"postgres": "postgresql"}.get(scheme, scheme)


def sqlite_path(url: str) -> Path | None:
    """The file a sqlite: URL names (as connect_url reads it), or None for memory or no path."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    path = path.split("?", 1)[0]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser()


def describe_url(url: str) -> str:
    """Where the data lives, for titles and messages, without any password."""
    try:
        parsed = urlparse(url)
    except ValueError:  # e.g. an unclosed "[" of an IPv6 host
        return url.split("@")[-1]
    if backend_of(url) == "sqlite":
        return parsed.path[1:] if parsed.path.startswith("/") else parsed.path
    host = parsed.hostname or "localhost"
    try:
        port = f":{parsed.port}" if parsed.port else ""
    except ValueError:  # "host:abc": show it as typed, the message says it is wrong
        port = ":" + parsed.netloc.rsplit(":", 1)[-1]
    user = f"{unquote(parsed.username)}@" if parsed.username else ""
    return f"{backend_of(url)}://{user}{host}{port}{parsed.path}"


# --- the database a workstation is set to (issue 5: connection settings) -----------------------------


class DatabaseKind(enum.StrEnum):
    LOCAL = "local"  # the default file in the user's data folder
    FILE = "file"  # another SQLite file
    POSTGRESQL = "postgresql"
    MYSQL = "mysql"  # MariaDB or MySQL

    @property
    def is_server(self) -> bool:
        return self in (DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL)


DEFAULT_PORTS = {DatabaseKind.POSTGRESQL: 5432, DatabaseKind.MYSQL: 3306}
# The database name goes into the URL's path unquoted (playhouse reads it as is), so only
# characters that survive a URL unchanged are accepted; real server database names are like that.
_DATABASE_NAME = re.compile(r"[\w$.-]+")


@dataclass(frozen=True)
class DatabaseChoice:
    """Where a workstation keeps its data: the settings, without the password."""

    kind: DatabaseKind = DatabaseKind.LOCAL
    file: str = ""
    host: str = ""
    port: int = 0  # 0: the kind's default port
    database: str = ""
    user: str = ""

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.kind, 0)

    @property
    def password_key(self) -> str:
        """Under this name the OS vault keeps the password: ``user@host:port/database``."""
        return f"{self.user}@{self.host}:{self.effective_port}/{self.database}"


def check_choice(choice: DatabaseChoice) -> list[Problem]:
    """What is missing or malformed in the settings, each at its field ("file", "host", …)."""
    problems: list[Problem] = []
    if choice.kind is DatabaseKind.FILE:
        if not choice.file.strip():
            problems.append(Problem.of(T("Bitte eine Datei wählen."), "file"))
        elif not Path(choice.file).expanduser().is_absolute():
            problems.append(
                Problem.of(T("Bitte den vollständigen Pfad der Datei angeben (mit „Durchsuchen…“ wählen)."), "file")
            )
    if not choice.kind.is_server:
        return problems
    host = choice.host.strip()
    if not host:
        problems.append(Problem.of(T("Bitte den Server angeben (Name oder IP-Adresse)."), "host"))
    elif any(ch.isspace() or ch in "/@?#[]" for ch in host.strip("[]")):
        problems.append(
            Problem.of(T("Der Servername darf keine Leerzeichen und keines der Zeichen / @ ? # enthalten."), "host")
        )
    if not 0 < choice.effective_port < 65536:
        problems.append(Problem.of(T("Der Port muss zwischen 1 und 65535 liegen."), "port"))
    if not choice.database.strip():
        problems.append(Problem.of(T("Bitte den Namen der Datenbank angeben."), "database"))
    elif not _DATABASE_NAME.fullmatch(choice.database.strip()):
        problems.append(
            Problem.of(
                T("Der Datenbankname darf nur Buchstaben, Ziffern und die Zeichen _ - . $ enthalten."), "database"
            )
        )
    if not choice.user.strip():
        problems.append(Problem.of(T("Bitte den Benutzernamen angeben."), "user"))
    return problems


def database_url(choice: DatabaseChoice, password: str = "") -> str:
    """The database URL for these settings: what ``--db`` would take (peewee's URL form).

    User and password are percent-quoted (a password may hold ``@``, ``:``, ``/``, ``%`` …; the
    store unquotes both); MariaDB/MySQL gets ``?mariadb=true``. Raises ValidationError with the
    problems of :func:`check_choice`.
    """
    problems = check_choice(choice)
    if problems:
        raise ValidationError(problems)
    if choice.kind is DatabaseKind.LOCAL:
        return default_url()
    if choice.kind is DatabaseKind.FILE:
        return sqlite_url(Path(choice.file.strip()).expanduser())
    host = choice.host.strip().strip("[]")
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    login = quote(choice.user.strip(), safe="")
    if password:
        login += ":" + quote(password, safe="")
    url = f"{choice.kind.value}://{login}@{host}:{choice.effective_port}/{choice.database.strip()}"
    return url + "?mariadb=true" if choice.kind is DatabaseKind.MYSQL else url
