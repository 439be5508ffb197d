"""Modules the window needs only once the database is open, loaded when first used.

The services bring the store, peewee and the database drivers, the dialogs their generated
forms: a few hundred milliseconds of imports that would otherwise stand between the start and the
window. The window is shown first; the database opens in the background, and that first use
there loads them (PRODUCT.md: start to a usable window).

A lazy module is a stand-in that imports the real module when one of its attributes is first
read. Python's import is safe across threads (a second thread asking for a module another one is
importing waits for it), so the UI thread may use a module the background is still loading.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any


class _LazyModule(ModuleType):
    """Stands for the module of the same name until it is needed."""

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._lazy_load(), attribute)

    def _lazy_load(self) -> ModuleType:
        real: ModuleType | None = self.__dict__.get("_lazy_real")
        if real is None:
            real = importlib.import_module(self.__name__)
            self.__dict__["_lazy_real"] = real
        return real


def lazy_module(name: str) -> ModuleType:
    """The module ``name`` if it is loaded, else a stand-in that loads it when first used."""
    if name in sys.modules:
        return sys.modules[name]
    if importlib.util.find_spec(name) is None:
        raise ModuleNotFoundError(name)
    return _LazyModule(name)


def lazy_modules(package: str, names: str) -> tuple[ModuleType, ...]:
    """``lazy_module`` for each space-separated name in ``package``, in that order."""
    return tuple(lazy_module(f"{package}.{name}") for name in names.split())


def load_now(*modules: ModuleType) -> None:
    """Load lazily named modules now (in the calling thread; one already loaded costs nothing)."""
    for module in modules:
        if isinstance(module, _LazyModule):
            module._lazy_load()
