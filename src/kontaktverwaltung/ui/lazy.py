"""Modules the window needs only once the database is open, loaded when first used.

The services bring the store, peewee and the database drivers, the dialogs their generated
forms: a few hundred milliseconds of imports that would otherwise stand between the start and the
window. The window is shown first; the database opens in the background, and that first use
there loads them (PRODUCT.md: start to a usable window).

A lazy module is a stand-in that imports the real module when one of its attributes is first
read. Python's import is safe across threads (a second thread asking for a module another one is
importing waits for it), so the UI thread may use a module the background is still loading. The
window's own modules (``kontaktverwaltung.ui``) are not loaded off the UI thread: importing them
makes PySide's types and enums, which shiboken does not make safely beside a UI thread using
PySide at the same time (the process crashed in about one start in five when the customer tabs'
modules loaded in the background while the list was being shown). They load on the UI thread,
one per turn of its event loop (``load_in_turns``), a few milliseconds each.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_WINDOW_PACKAGE = "kontaktverwaltung.ui."


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
    """Load lazily named modules now, in the calling thread (one already loaded costs nothing);
    off the UI thread only those that are not the window's (see above)."""
    off_ui_thread = threading.current_thread() is not threading.main_thread()
    for module in modules:
        if isinstance(module, _LazyModule) and not (off_ui_thread and _is_window_module(module)):
            module._lazy_load()


def load_in_turns(owner: QObject, modules: tuple[ModuleType, ...], then: Callable[[], None] = lambda: None) -> None:
    """On the UI thread: load the modules one per turn of the event loop (the window answers in
    between), then call ``then``; nothing more once ``owner`` is gone."""
    waiting = [m for m in modules if isinstance(m, _LazyModule) and "_lazy_real" not in m.__dict__]
    if not waiting:
        then()
        return
    waiting[0]._lazy_load()
    QTimer.singleShot(0, owner, lambda: load_in_turns(owner, tuple(waiting[1:]), then))


def _is_window_module(module: ModuleType) -> bool:
    return module.__name__.startswith(_WINDOW_PACKAGE)


class _AfterPainted(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        # not shown at all (built to be waited for: tests, the screenshot command): nothing to wait for
        QTimer.singleShot(latest_ms if widget.isVisible() else 0, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._go)  # once this frame is painted
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.deleteLater()
            then()


def after_painted(widget: QWidget, then: Callable[[], None], latest_ms: int = 250) -> None:
    """``then``, on the UI thread, once ``widget`` has painted (what the user waits to see is on
    the screen first), or after ``latest_ms`` if it does not paint meanwhile (minimised); at the
    next turn if it is not shown at all; nothing once ``widget`` is gone. A widget's repaint is
    not the next thing the event loop does: Qt paints a few milliseconds after the update was
    asked for, and work queued for the next turn runs before it."""
    _AfterPainted(widget, then, latest_ms)
