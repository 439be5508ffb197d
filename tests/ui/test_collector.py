"""The cycle collector never stops the window for long (ui/collector.py): what a background read
delivered is out of its walks once shown, and everything is collected while the user is in
another application."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kontaktverwaltung.ui import collector
from kontaktverwaltung.ui.background import BackgroundLoader


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_shown_background_result_is_out_of_the_collectors_walks(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.unfreeze()
    loader = BackgroundLoader()
    shown: list[object] = []
    loader.run(lambda: [("Anna", "Huber") for _ in range(1000)], shown.append, lambda error: None)
    qtbot.waitUntil(lambda: bool(shown))
    assert gc.get_freeze_count() > 1000  # the cards read (and everything before) are settled
    gc.unfreeze()


def test_cycles_left_while_settled_are_freed_when_the_application_is_left(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(collector, "IDLE_COLLECT_MS", 10)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    idle = collector.IdleCollector(app)
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    collector.settle()
    del garbage
    gc.collect()
    assert gone() is not None  # settled: not walked by the ordinary collections
    idle._state_changed(Qt.ApplicationState.ApplicationInactive)  # the user went to another application
    qtbot.waitUntil(lambda: gone() is None, timeout=2000)
    assert gc.get_freeze_count() > 0  # and what lives is settled again
    idle._state_changed(Qt.ApplicationState.ApplicationActive)
    idle.deleteLater()
    gc.unfreeze()
