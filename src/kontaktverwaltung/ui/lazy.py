"""Modules the window needs only once the database is open, loaded when first used.

The services bring the store, peewee and the database drivers: about 100 ms of imports that
would otherwise stand between the start and the window. The window is shown first; the
database opens in the background, and that first use there loads them (PRODUCT.md: start to a
usable window).
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

_lock = threading.RLock()  # a lazily loaded module may itself name lazy modules while load_now runs it


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, executed when one of its attributes is first read.

    Python 3.11's LazyLoader is not safe when two threads trigger the load at once; the
    window's first database work (opening, in the background) loads them all with
    :func:`load_now` before the window uses any of them.
    """
    with _lock:
        if name in sys.modules:
            return sys.modules[name]
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            raise ModuleNotFoundError(name)
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
        return module


def lazy_modules(package: str, names: str) -> tuple[ModuleType, ...]:
    """``lazy_module`` for each space-separated name in ``package``, in that order."""
    return tuple(lazy_module(f"{package}.{name}") for name in names.split())


def load_now(*modules: ModuleType) -> None:
    """Execute lazily loaded modules now (in the calling thread)."""
    with _lock:
        for module in modules:
            getattr(module, "__name__", None)  # any attribute read runs the module
