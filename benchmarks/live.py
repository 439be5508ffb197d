"""Team use (issue 5): how fast another workstation's change shows, and how many round trips
opening a customer takes, on each backend.

    python benchmarks/live.py [--backends sqlite,postgresql,mysql] [--repeat 10]

Another connection commits a change with plain SQL; measured is the time until (a) the watcher
reports it and (b) the open window shows it (the changed card painted). The floor is one round
trip on that backend (SELECT 1), measured in the same run; the goal is 2 s. Round trips: the SQL
statements sent to open a customer with locations, contacts and jobs (goal: at most 4).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stress import prepare  # noqa: E402


def measure(backend: str, repeat: int) -> tuple[str, float, list[float], list[float], int]:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from kontaktverwaltung.app import application, build_main_window
    from kontaktverwaltung.domain.contact import ContactInput
    from kontaktverwaltung.services import contacts, customers, locations
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.services.live import Watcher
    from kontaktverwaltung.store import db as dbmod
    from kontaktverwaltung.store.opening import close_database, open_database

    app = application()
    folder = Path(tempfile.mkdtemp(prefix="kv-live-"))
    url = prepare(backend, folder)
    open_database(url)
    ctx = Context("Bench")
    customer = customers.create_customer(ctx, customers.CustomerInput("B-1", "Bench GmbH")).value
    location = locations.create_location(ctx, customer, locations.LocationInput("Zentrale", "", "", "Wien")).value
    contact = contacts.create_contact(ctx, ContactInput(location, "Anna", "Berger")).value

    other = dbmod.connect_url(url)
    other.connect()

    def change(n: int) -> None:
        other.execute_sql(f"UPDATE contact SET first_name = 'Anna{n}', version = version + 1 WHERE id = {contact}")

    floor = []
    for _ in range(repeat):
        started = time.perf_counter()
        other.execute_sql("SELECT 1").fetchall()
        floor.append(time.perf_counter() - started)

    # (a) the watcher
    seen = threading.Event()
    watcher = Watcher(lambda _c: seen.set(), lambda _up: None)
    watcher.start()
    time.sleep(0.5)
    watched = []
    for n in range(repeat):
        seen.clear()
        started = time.perf_counter()
        change(n)
        seen.wait(10)
        watched.append(time.perf_counter() - started)
        time.sleep(0.1)
    watcher.stop()

    # (b) the window
    window = build_main_window(url)
    window.resize(1280, 800)
    window.show()
    with dbmod.counting_queries() as sent:  # what the window sends to open the customer
        window.reload_panel()
    round_trips = sent[0]
    time.sleep(0.5)
    shown = []

    def shown_contacts() -> tuple[Any, ...]:
        panel = window.panel_model.panel
        return tuple(panel.contacts) if panel is not None else ()

    for n in range(repeat, 2 * repeat):
        started = time.perf_counter()
        change(n)
        while not any(c.first_name == f"Anna{n}" for c in shown_contacts()):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() - started > 10:
                break
        window.panel_view.viewport().repaint()
        shown.append(time.perf_counter() - started)
    window.close()
    app.processEvents()
    other.close()
    close_database()
    prepare(backend, folder, create=False)
    return backend, statistics.median(floor), watched, shown, round_trips


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="sqlite,postgresql,mysql")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    rows = [measure(backend, args.repeat) for backend in args.backends.split(",")]

    print()
    print(
        f"{'Datenbank':<12}{'Boden (1 Rundreise)':>20}{'Watcher Median/Max':>22}{'Fenster Median/Max':>22}{'Ziel':>7}"
        f"{'Rundreisen Kunde öffnen':>25}"
    )
    for backend, floor_s, watched, shown, trips in rows:
        w = f"{statistics.median(watched) * 1000:.0f}/{max(watched) * 1000:.0f} ms"
        s = f"{statistics.median(shown) * 1000:.0f}/{max(shown) * 1000:.0f} ms"
        print(f"{backend:<12}{floor_s * 1000:>17.2f} ms{w:>22}{s:>22}{'2 s':>7}{trips:>25}")
    print("\nFenster: von COMMIT der anderen Verbindung bis die geänderte Karte im Fenster steht.")
    ratios = ", ".join(f"{r[0]} {statistics.median(r[3]) / 2:.2f}" for r in rows)
    print(f"Verhältnis Fenster-Median zum Ziel 2 s: {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
