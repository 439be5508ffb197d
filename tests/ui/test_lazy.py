"""Lazily loaded modules (ui/lazy.py): the window's own modules load on the UI thread only, one
per turn of the event loop; a background thread loads the services and leaves them alone
(importing them makes PySide's types, which crashed the start beside a busy UI thread)."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys, threading
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from kontaktverwaltung.ui.lazy import lazy_module, load_in_turns, load_now
app = QApplication([])
names = ["kontaktverwaltung.ui.roles_dialog", "kontaktverwaltung.services.merge",
         "kontaktverwaltung.ui.help_dialog", "kontaktverwaltung.ui.settings_dialog"]
dialog, service, help_dialog, settings_dialog = (lazy_module(n) for n in names)
worker = threading.Thread(target=load_now, args=(dialog, service))
worker.start(); worker.join()
print("background:", [n for n in names[:2] if n in sys.modules])
load_now(dialog)
print("ui thread:", names[0] in sys.modules)
owner = QObject()
load_in_turns(owner, (help_dialog, settings_dialog), lambda: print("then:", [n in sys.modules for n in names[2:]]))
print("first turn:", [n in sys.modules for n in names[2:]])
QTimer.singleShot(200, app.quit)
app.exec()
"""


def test_the_window_s_modules_load_on_the_ui_thread_one_per_turn():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True, env=env).stdout
    assert out.splitlines() == [
        "background: ['kontaktverwaltung.services.merge']",
        "ui thread: True",
        "first turn: [True, False]",
        "then: [True, True]",
    ]


def test_work_after_painted_waits_for_the_widget_s_frame_or_runs_anyway_when_it_never_paints(qtbot):
    from PySide6.QtWidgets import QLabel

    from kontaktverwaltung.ui.lazy import after_painted

    class Label(QLabel):
        paints = 0

        def paintEvent(self, event):  # type: ignore[no-untyped-def]
            self.paints += 1
            super().paintEvent(event)

    shown, hidden = Label("Kunden"), Label("versteckt")
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    done: list[tuple[str, int]] = []
    shown.show()
    after_painted(shown, lambda: done.append(("shown", shown.paints)), latest_ms=5000)
    after_painted(hidden, lambda: done.append(("hidden", hidden.paints)), latest_ms=5000)
    assert done == []  # not at once: the frame first
    qtbot.waitUntil(lambda: len(done) == 2, timeout=3000)  # (the hidden one: not waited for)
    assert sorted(done) == [("hidden", 0), ("shown", 1)]  # after its first frame; the hidden one anyway
    shown.repaint()
    qtbot.wait(100)
    assert len(done) == 2  # once each
