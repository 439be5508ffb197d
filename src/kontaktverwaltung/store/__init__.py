"""Persistence with peewee: models, database URLs, migrations, queries. No Qt here."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

_lock = threading.Lock()


class _Deferred(ModuleType):
    """Stands for a module until one of its attributes is read; then imports it (once, whichever
    thread asks first) and passes everything on to it."""

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._load(), attribute)

    def _load(self) -> ModuleType:
        with _lock:
            real: ModuleType | None = self.__dict__.get("_real")
            if real is None:
                if sys.modules.get(self.__name__) is self:
                    del sys.modules[self.__name__]
                real = importlib.import_module(self.__name__)
                self.__dict__["_real"] = real
        return real


def _defer_the_mysql_driver() -> None:
    """peewee imports the MySQL driver when it is imported itself: PyMySQL, which brings the
    cryptography package, ~50 ms of every start, also on SQLite. peewee gets a stand-in that
    imports the driver when a MySQL or MariaDB connection first needs it."""
    if "pymysql" not in sys.modules and "peewee" not in sys.modules and importlib.util.find_spec("pymysql"):
        sys.modules["pymysql"] = _Deferred("pymysql")


_defer_the_mysql_driver()
