"""Database URLs: where the data lives. No database driver is imported here, so the window can
name its database before the (slower to import) store is loaded."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

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
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{backend_of(url)}://{user}{host}{port}{parsed.path}"
