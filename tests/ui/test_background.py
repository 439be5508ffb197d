"""Loading off the UI thread (ui/background.py): the application may end while a load runs
(the window closed, the session ends) without a traceback on the console."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import shiboken6

from kontaktverwaltung.ui.background import BackgroundLoader, wait_for_all

ROOT = Path(__file__).resolve().parent.parent.parent

QUIT_WHILE_LOADING = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from kontaktverwaltung.ui.background import BackgroundLoader
app = QApplication([])
window = QWidget()
window.show()
BackgroundLoader(window).run(lambda: time.sleep(0.4), print, print)
QTimer.singleShot(20, app.quit)
app.exec()
print("ended")
"""


def _run_quietly(script: str) -> str:
    """Run ``script`` in a fresh interpreter; it must end cleanly, with nothing on stderr that
    looks like a traceback. Its output."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT / "src")],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr and "Signal source" not in result.stderr, result.stderr
    return result.stdout


def test_quitting_while_a_load_runs_ends_quietly():
    assert "ended" in _run_quietly(QUIT_WHILE_LOADING)


ENDING_WITHOUT_QUITTING = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from kontaktverwaltung.ui.background import BackgroundLoader
app = QApplication([])
window = QWidget()
window.show()
def work():
    time.sleep(0.3)
    print("the load ended, the window still there:", shiboken6.isValid(window), flush=True)
BackgroundLoader(window).run(work, print, print)
print("the script ended", flush=True)
"""


def test_a_script_that_ends_while_loads_run_ends_quietly():
    """A script (a benchmark, a test helper) that ends without quitting the application: the
    interpreter waits for the loads before PySide deletes the objects they tell (it crashed the
    start benchmark in 2 of 140 runs)."""
    ended = _run_quietly(ENDING_WITHOUT_QUITTING).splitlines()
    assert ended == ["the script ended", "the load ended, the window still there: True"]


def test_a_load_whose_signals_were_deleted_meanwhile_tells_nobody(qapp, capfd):
    release = threading.Event()
    told: list[object] = []
    loader = BackgroundLoader()
    loader.run(release.wait, told.append, told.append)
    (signals,) = loader._pending
    shiboken6.delete(signals)  # as the application does with every object when it ends
    release.set()
    wait_for_all()
    qapp.processEvents()
    assert told == []
    assert "Signal source" not in capfd.readouterr().err


class _Read:
    """Stands for what a load read and its handler shows (a customer's 10,000 cards)."""


def test_what_a_load_and_its_handler_held_is_freed_once_it_is_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opening customer after customer all day must not keep every one read before (13 MB each
    for the biggest, until the window closed)."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    loader = BackgroundLoader()
    read, shown_with = _Read(), _Read()
    gone_read, gone_shown = weakref.ref(read), weakref.ref(shown_with)
    shown: list[object] = []

    def work(read: _Read = read) -> _Read:
        return read

    def show(result: _Read, beside: _Read = shown_with) -> None:
        shown.append(type(result))

    loader.run(work, show, lambda error: None)
    del read, shown_with, work, show
    qtbot.waitUntil(lambda: shown == [_Read])
    wait_for_all()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.unfreeze()
    gc.collect()
    assert gone_read() is None and gone_shown() is None


def test_a_quiet_moment_after_a_load_lets_go_of_the_source_lines_pyside_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6's import hook reads every module's source into linecache (~8 MB for the app's);
    once loads are quiet, the window lets go of them (and glibc of its freed pages)."""
    import linecache

    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    loader = BackgroundLoader()
    shown: list[object] = []
    loader.run(lambda: 1, shown.append, shown.append)
    qtbot.waitUntil(lambda: shown == [1])
    qtbot.waitUntil(lambda: __file__ not in linecache.cache, timeout=10000)
    wait_for_all()
