"""Persistence with peewee: models, database URLs, migrations, queries. No Qt here."""

from __future__ import annotations

import contextlib
import importlib
import importlib.machinery
import importlib.util
import sys
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

_lock = threading.Lock()
_USES = frozenset({"__version__", "__all__"})  # asked of the driver itself: load it


class _Deferred(ModuleType):
    """Stands for a module until one of its attributes is read; then imports it (once, whichever
    thread asks first) and passes everything on to it."""

    def __getattr__(self, attribute: str) -> Any:
        if attribute not in _USES and attribute.startswith("__") and "_real" not in self.__dict__:
            # What tools ask any module (PySide's import hook reads ``__wrapped__`` of every module
            # imported, through inspect): not a use of the driver, so it stays unloaded.
            raise AttributeError(attribute)
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
    if "pymysql" not in sys.modules and importlib.util.find_spec("pymysql"):
        sys.modules["pymysql"] = _Deferred("pymysql")


@contextlib.contextmanager
def _postgresql_driver_hidden() -> Iterator[None]:
    """While importing peewee or playhouse's URL module (through its PostgreSQL extensions),
    psycopg2 reads as not installed: both import it when they are imported themselves, ~15 ms of
    every start, also on SQLite. peewee gets the driver from ``load_the_postgresql_driver`` when a
    PostgreSQL database is first made (playhouse's hstore support, unused, stays off)."""
    if "psycopg2" in sys.modules or importlib.util.find_spec("psycopg2") is None:
        yield
        return
    sys.modules["psycopg2"] = None  # type: ignore[assignment]  # an import of it fails: "not installed"
    try:
        yield
    finally:
        if "psycopg2" in sys.modules and sys.modules["psycopg2"] is None:
            del sys.modules["psycopg2"]


def url_module() -> ModuleType:
    """playhouse's URL module (``playhouse.db_url``), for a server's URL: it imports every
    extension of playhouse (pool, CockroachDB, SQLite's, MySQL's), ~15 ms, which a SQLite file,
    opened directly, does without."""
    with _lock:
        if "playhouse.db_url" in sys.modules:
            return sys.modules["playhouse.db_url"]
        with _postgresql_driver_hidden():
            return importlib.import_module("playhouse.db_url")


def load_the_postgresql_driver() -> None:
    """Give peewee psycopg2 as its own import would have (before a PostgreSQL database is made)."""
    import peewee

    with _lock:
        names = vars(peewee)  # the module's globals (its driver names have no stubs)
        if names["psycopg2"] is not None:
            return
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid

        register_uuid()
        adapter = peewee.Psycopg2Adapter
        adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
        adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
        adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
        names.update(pg_extensions=extensions, pg_register_uuid=register_uuid, Json_pg2=Json)
        names["psycopg2"] = psycopg2


class _PeeweeWithoutItsDrivers:
    """Finds peewee, the first time any module imports it, for a loader that imports it without the
    drivers it would import itself (above). Not when this package is imported: what reads a SQLite
    file before the database opens (``first_look``) does without peewee, ~20 ms of the start."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name != "peewee":
            return None
        with contextlib.suppress(ValueError):  # once; and out of the way of the search below
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = cast("Loader", _WithoutDrivers(spec.loader))
        return spec


class _WithoutDrivers:
    """peewee's own loader, run with the drivers deferred (MySQL) and hidden (PostgreSQL)."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        _defer_the_mysql_driver()
        with _postgresql_driver_hidden():
            self.loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename, …: peewee's loader's
        return getattr(self.loader, name)


if "peewee" not in sys.modules:
    sys.meta_path.insert(0, _PeeweeWithoutItsDrivers())
