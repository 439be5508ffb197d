"""Benchmarks of the main window on the reference data set (PRODUCT.md quality bars).

    python benchmarks/ui.py [--db URL]      (default: the SQLite reference set of run.py)

Prints a table: start to a usable window, to the first screenful of customers listed and painted, to all
of them, against a bare PySide6 window started the same way in the same run, and the window's shape
alone (the same widgets, none of the app's code) for comparison (``--start-only``: just these, in one
line); opening the 10,000-contact customer (selection to populated, painted panel); one
keystroke in the contact search to the updated view; resident memory with the set open.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Each program prints the moments (time.perf_counter(), one clock for all processes: CLOCK_MONOTONIC,
# QueryPerformanceCounter, mach_absolute_time) it reached; the parent subtracts the moment it
# launched the interpreter, so the whole process counts: interpreter start, imports, window.
BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter())
"""
# The main window's shape with none of the app's code: 6 menus of 8 actions, a toolbar, a search
# field over a list of 100 names, a title, three tabs, a search field, a status line. The start
# of the app cannot come nearer to the bare window than this (the PySide6 types and enums a real
# window needs: the `Qt` namespace alone makes ~90 Python enums, ~20 ms).
SHAPE = """
import time
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QListView, QMainWindow, QSplitter, QTabWidget,
    QToolBar, QVBoxLayout, QWidget)
app = QApplication([]); w = QMainWindow()
for m in range(6):
    menu = w.menuBar().addMenu(f"Menü {m}")
    for a in range(8):
        action = QAction(f"Aktion {m}.{a}", w); menu.addAction(action)
        action.setShortcut(QKeySequence(f"Ctrl+{chr(65 + a)}"))
tools = QToolBar("Werkzeuge"); w.addToolBar(tools)
for a in range(8): tools.addAction(f"Werkzeug {a}")
splitter = QSplitter(Qt.Orientation.Horizontal); left = QWidget(); column = QVBoxLayout(left)
column.addWidget(QLineEdit(placeholderText="Kunden suchen"))
names = QListView(); names.setModel(QStringListModel([f"Kunde {i}" for i in range(100)])); column.addWidget(names)
right = QWidget(); column = QVBoxLayout(right); column.addWidget(QLabel("<b>Kunde</b>"))
tabs = QTabWidget(); column.addWidget(tabs)
for title in ("Standorte", "Aufträge", "Verlauf"):
    tabs.addTab(QLabel(title, alignment=Qt.AlignmentFlag.AlignCenter), title)
column.addWidget(QLineEdit(placeholderText="Ansprechpartner suchen"))
splitter.addWidget(left); splitter.addWidget(right); w.setCentralWidget(splitter); w.statusBar().showMessage("Bereit")
w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter())
"""
APP = """
import time
from kontaktverwaltung.app import build_main_window, application
from PySide6.QtCore import QEvent, QObject, QThread
app = application(); w = build_main_window({url!r}, wait=False)
class Painted(QObject):  # the list painted with customers in it (in the first frame, or later)
    seen = False
    def eventFilter(self, watched, event):
        self.seen = self.seen or (event.type() == QEvent.Type.Paint and w.customer_model.rowCount() > 0)
        return False
painted = Painted(); w.customer_list.viewport().installEventFilter(painted)
w.resize(1280, 800); w.show(); app.processEvents()
shown = time.perf_counter()
first = shown if painted.seen else None  # in the first frame already
while not painted.seen and w.open_error is None:  # else the first screenful of customers, painted
    app.processEvents(); QThread.msleep(2)
first = first or time.perf_counter()
w.wait_until_loaded()
print(shown, first, time.perf_counter())
w.close()  # as a user ends the app: the first customers are kept for the next start
"""
# Where the app keeps them: removed before a start that is to read them from the database file.
KEPT = """
from kontaktverwaltung.app import application
from kontaktverwaltung.ui.settings import Settings
application(); print(Settings.first_look_file())
"""


def start_seconds(
    codes: list[str], repeat: int, before: list[Callable[[], object] | None] | None = None
) -> list[tuple[float, ...]]:
    """For each program, medians over fresh interpreters of the seconds from launching the
    interpreter to each moment it prints (the bare window shown; the app's window shown, first
    screenful of customers listed and everything loaded). The programs take turns, run by run, so
    a machine that gets busier or quieter meanwhile weighs on each of them alike, in a new order
    each round: here a start right after another start of the app took 20-30 ms less than one
    after the bare window, a fixed order favoured one of them. ``before``: for each program, what
    to do before each of its runs (outside the time)."""
    env = _as_installed()
    runs: list[list[list[float]]] = [[] for _ in codes]
    for code in codes:
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=env)  # warm-up
    turns = list(zip(codes, runs, before or [None] * len(codes), strict=True))
    order = random.Random(1)  # the same orders in every run of the benchmark
    for _ in range(repeat):
        order.shuffle(turns)
        for code, values, prepare in turns:
            if prepare is not None:
                prepare()
            launched = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
            values.append([float(v) - launched for v in out.stdout.split()])
    return [tuple(statistics.median(column) for column in zip(*values, strict=True)) for values in runs]


def _as_installed() -> dict[str, str]:
    """The environment of a started app: as installed, Python runs from compiled bytecode (this
    machine's environment sets PYTHONDONTWRITEBYTECODE, which would compile every module at every
    start)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = f"sqlite:///{ROOT / 'benchmarks' / '.cache' / 'reference-seed1.sqlite3'}"
    parser.add_argument("--db", default=default)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--start-only", action="store_true", help="only the start figures, in one line")
    args = parser.parse_args()
    if args.db == default and not Path(default.removeprefix("sqlite:///")).exists():
        print("The SQLite reference set is missing: build it first with  python benchmarks/run.py --backends sqlite")
        return 1

    kept = subprocess.run([sys.executable, "-c", KEPT], check=True, capture_output=True, text=True, env=_as_installed())
    kept_file = Path(kept.stdout.strip())
    app_code = APP.format(url=args.db)
    # The app as a user meets it: started again after closing it (the first customers kept at the
    # close), and started after the database file was changed by another program (read from it).
    (bare,), (shape,), (app_start, app_first, app_loaded), (_, read_first, _) = start_seconds(
        [BARE, SHAPE, app_code, app_code], args.repeat, [None, None, None, lambda: kept_file.unlink(missing_ok=True)]
    )
    if args.start_only:
        print(f"bare {bare * 1000:.0f} ms; its shape alone {shape * 1000:.0f} ms ({shape / bare:.2f}×); ", end="")
        print(f"app shown {app_start * 1000:.0f} ms ({app_start / bare:.2f}×), ", end="")
        print(f"first customers {app_first * 1000:.0f} ms ({app_first / bare:.2f}×), ", end="")
        print(f"read from the file {read_first * 1000:.0f} ms ({read_first / bare:.2f}×), ", end="")
        print(f"all customers {app_loaded * 1000:.0f} ms ({app_loaded / bare:.2f}×); ", end="")
        # The bare window's own time moves by ±15 % from run to run on a busy machine, the ratio
        # with it: a change of the app's start shows more plainly in its distance to the bare one.
        print(f"the window {(app_start - bare) * 1000:.0f} ms above the bare one")
        return 0

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kontaktverwaltung.app import application, build_main_window
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services.demo import BIG_CUSTOMER_NUMBER

    app = application()
    window = build_main_window(args.db)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.wait_until_loaded()  # the customer list of a large database comes in the background
    big = customers.customer_id_by_number(BIG_CUSTOMER_NUMBER)
    row = window.customer_model.row_of(big)
    other = 0 if row != 0 else 1

    blocked: list[float] = []  # the big customer's first cards set in and painted, on the UI thread
    chunks: list[float] = []  # each group of its other cards set in, on the UI thread
    show_panel, take_more = window.panel.show_panel, window.panel._take_more

    def timed_show(panel: Any, *a: Any, **kw: Any) -> None:
        started = time.perf_counter()
        show_panel(panel, *a, **kw)
        window.panel_view.viewport().repaint()
        if panel.customer.id == big:
            blocked.append((time.perf_counter() - started) * 1000)

    def timed_take(*a: Any) -> None:
        started = time.perf_counter()
        take_more(*a)
        window.panel_view.viewport().repaint()
        chunks.append((time.perf_counter() - started) * 1000)

    window.panel.show_panel = timed_show  # type: ignore[method-assign]
    window.panel._take_more = timed_take  # type: ignore[method-assign, assignment]

    def open_big() -> tuple[float, float]:
        """Selection to the first cards painted, and to every card in (the rest comes meanwhile)."""
        window.customer_list.setCurrentIndex(window.customer_model.index(other))
        window.wait_until_loaded()
        app.processEvents()
        started = time.perf_counter()
        window.customer_list.setCurrentIndex(window.customer_model.index(row))
        window.panel_view.viewport().repaint()
        first = (time.perf_counter() - started) * 1000
        assert window.panel_model.visible_contacts > 0, "no cards painted"
        window.wait_until_loaded()
        window.panel_view.viewport().repaint()
        app.processEvents()
        return first, (time.perf_counter() - started) * 1000

    opened = [open_big() for _ in range(args.repeat)]
    open_ms = statistics.median(first for first, _all in opened)
    all_ms = statistics.median(every for _first, every in opened)
    ui_thread_ms = statistics.median(blocked[-args.repeat :])

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        return (time.perf_counter() - started) * 1000

    head_only = statistics.median(timed(lambda: customers.load_panel_head(big)) for _ in range(args.repeat))
    load_only = statistics.median(timed(lambda: customers.load_panel(big)) for _ in range(args.repeat))
    search = window.contact_search
    keystrokes = []
    for text in ("m", "mü", "mül", "müll", "mülle", "müller"):
        search.setFocus()
        started = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, search, Qt.Key.Key_unknown, text[-1], Qt.KeyboardModifier.NoModifier)
        window.panel_view.viewport().repaint()
        app.processEvents()
        keystrokes.append((time.perf_counter() - started) * 1000)
    search.clear()
    settled = time.perf_counter() + 1.5  # at rest, as a user's window is between actions: freed
    while time.perf_counter() < settled:  # memory handed back (background.py), nothing half-done
        app.processEvents()
        time.sleep(0.01)
    memory = rss_mb()

    rows = [
        (
            "Start bis benutzbares Fenster",
            f"{app_start * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms (nacktes PySide6-Fenster)",
            f"{app_start / bare:.2f}×",
            "≤ 1,5×",
        ),
        (
            "… zum Vergleich: die Form des Fensters allein (Menüs, Leiste, Liste, Reiter; kein Code der App)",
            f"{shape * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms",
            f"{shape / bare:.2f}×",
            "–",
        ),
        (
            "… bis die ersten Kunden gelistet sind (eine Bildschirmseite)",
            f"{app_first * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms",
            f"{app_first / bare:.2f}×",
            "≤ 2×",
        ),
        (
            "… dasselbe, wenn die Datenbankdatei seit dem letzten Schließen anders geändert wurde",
            f"{read_first * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms",
            f"{read_first / bare:.2f}×",
            "≤ 2×",
        ),
        (
            "… bis alle Kunden gelistet sind (und der erste geöffnet)",
            f"{app_loaded * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms",
            f"{app_loaded / bare:.2f}×",
            "–",
        ),
        (
            f"Großkunde öffnen ({window.panel_model.visible_contacts} Karten): Auswahl bis erste Karten gemalt",
            f"{open_ms:.0f} ms",
            f"{head_only:.0f} ms (nur load_panel_head)",
            f"{open_ms / head_only:.2f}×",
            "≤ 100 ms",
        ),
        (
            "… bis alle Karten da sind (im Hintergrund nachgeladen)",
            f"{all_ms:.0f} ms",
            f"{load_only:.0f} ms (load_panel in einem Stück)",
            f"{all_ms / load_only:.2f}×",
            "Fenster bleibt bedienbar",
        ),
        (
            "… davon blockiert im UI-Thread (erste Karten einsetzen, malen)",
            f"{ui_thread_ms:.0f} ms",
            "–",
            "–",
            "Fenster bleibt bedienbar",
        ),
        (
            "… je nachgeladene Gruppe im UI-Thread (Median, längste)",
            f"{statistics.median(chunks):.0f} ms, {max(chunks):.0f} ms",
            "–",
            "–",
            "≤ 33 ms",
        ),
        (
            "Tastendruck in der Suche bis Ansicht (Median von 6)",
            f"{statistics.median(keystrokes):.1f} ms",
            "–",
            "–",
            "≤ 16 ms",
        ),
        ("Tastendruck, schlechtester von 6", f"{max(keystrokes):.1f} ms", "–", "–", "≤ 33 ms"),
        ("Speicher mit geöffnetem Großkunden (RSS)", f"{memory:.0f} MB", "–", "–", "≤ 250 MB"),
    ]
    header = ("Messung", "Ergebnis", "Untergrenze", "Verhältnis", "Ziel")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
