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


def test_a_big_result_let_go_of_is_freed_beside_the_window_in_chunks(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Row:
        pass

    rows = [Row() for _ in range(20_000)]
    last = weakref.ref(rows[-1])
    collector.drop(rows)  # e.g. the preview of a 20,000-row file, replaced by another encoding's
    qtbot.waitUntil(lambda: last() is None)
    assert rows == []  # emptied in the worker, a chunk at a time
    collector.drop([])  # nothing to free: no worker started


def test_shed_frees_only_what_nothing_else_holds() -> None:
    kept = [[1], [2], [3]]
    copy = list(kept)
    collector.shed(copy, chunk=2)
    assert copy == [] and kept == [[1], [2], [3]]  # e.g. rows a running preview still reads


STARTING = r"""
import gc, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from kontaktverwaltung.app import application, offscreen_application
if sys.argv[2] == "window":
    app = application()
    print("while starting:", gc.isenabled())
    QTimer.singleShot(0, lambda: print("first turn:", gc.isenabled(), gc.get_freeze_count() > 10_000))
    QTimer.singleShot(0, app.quit)
    app.exec()
else:
    offscreen_application()
    print("without an event loop:", gc.isenabled())
"""


def test_the_collector_rests_while_the_window_starts_and_runs_from_the_first_turn() -> None:
    """The start's objects (modules, classes, Qt's enums, the window) live as long as the
    application: the collector does not walk them while they pile up, and they are settled once
    the event loop runs. A command that draws without an event loop (the PDF sheet) collects as
    ever."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, "-c", STARTING, src]
    window = subprocess.run([*run, "window"], capture_output=True, text=True, check=True, env=env).stdout
    assert window.splitlines() == ["while starting: False", "first turn: True True"]
    drawing = subprocess.run([*run, "pdf"], capture_output=True, text=True, check=True, env=env).stdout
    assert drawing.splitlines() == ["without an event loop: True"]
