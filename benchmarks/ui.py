"""Benchmarks of the main window on the reference data set (PRODUCT.md quality bars).

    python benchmarks/ui.py [--db URL]      (default: the SQLite reference set of run.py)

Prints a table: start to a usable window against a bare PySide6 window started the same way in
the same run; opening the 10,000-contact customer (selection to populated, painted panel); one
keystroke in the contact search to the updated view; resident memory with the set open.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import time; t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t)
"""
APP = """
import time; t = time.perf_counter()
from kontaktverwaltung.app import build_main_window, application
app = application(); w = build_main_window({url!r}, wait=False); w.resize(1280, 800); w.show(); app.processEvents()
shown = time.perf_counter() - t
w.wait_until_loaded()
print(shown, time.perf_counter() - t)
"""


def start_seconds(code: str, repeat: int) -> tuple[float, float]:
    """Medians, in a fresh interpreter, of: window shown, and everything loaded (imports included)."""
    shown, loaded = [], []
    # As installed, Python runs from compiled bytecode: let it write and use it (this machine's
    # environment sets PYTHONDONTWRITEBYTECODE, which would compile every module at every start).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=env)  # warm-up
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env).stdout
        values = [float(v) for v in out.split()]
        shown.append(values[0])
        loaded.append(values[-1])
    return statistics.median(shown), statistics.median(loaded)


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
    args = parser.parse_args()

    bare, _ = start_seconds(BARE, args.repeat)
    app_start, app_loaded = start_seconds(APP.format(url=args.db), args.repeat)

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

    blocked: list[float] = []
    show_panel = window.panel.show_panel

    def timed_show(*a: object, **kw: object) -> None:  # the part of opening that runs on the UI thread
        started = time.perf_counter()
        show_panel(*a, **kw)  # type: ignore[arg-type]
        window.panel_view.viewport().repaint()
        blocked.append((time.perf_counter() - started) * 1000)

    window.panel.show_panel = timed_show  # type: ignore[method-assign]

    def open_big() -> float:
        window.customer_list.setCurrentIndex(window.customer_model.index(other))
        app.processEvents()
        started = time.perf_counter()
        window.customer_list.setCurrentIndex(window.customer_model.index(row))
        window.wait_until_loaded()
        window.panel_view.viewport().repaint()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    open_ms = statistics.median(open_big() for _ in range(args.repeat))
    ui_thread_ms = statistics.median(blocked[-args.repeat :])
    load_only = statistics.median(
        (lambda s: (customers.load_panel(big), (time.perf_counter() - s) * 1000)[1])(time.perf_counter())
        for _ in range(args.repeat)
    )
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
    app.processEvents()
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
            "… bis die Kundenliste gefüllt ist",
            f"{app_loaded * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms",
            f"{app_loaded / bare:.2f}×",
            "–",
        ),
        (
            f"Großkunde öffnen ({window.panel_model.visible_contacts} Karten): Auswahl bis gemalt",
            f"{open_ms:.0f} ms",
            f"{load_only:.0f} ms (nur load_panel)",
            f"{open_ms / load_only:.2f}×",
            "≤ 100 ms",
        ),
        (
            "… davon blockiert im UI-Thread (Karten einsetzen, malen)",
            f"{ui_thread_ms:.0f} ms",
            "–",
            "–",
            "Fenster bleibt bedienbar",
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
