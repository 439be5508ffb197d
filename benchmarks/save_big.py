"""Saving a contact while a big customer is open (issue 16's "no freeze over 100 ms").

    python benchmarks/save_big.py --server URL [--customers N] [--rounds R]

``--server`` names a scratch database (SQLite file, PostgreSQL or MariaDB); an empty one first
gets the demo data (``--customers``, default 2000). The window opens the customer with the most
contacts, selects a card in the middle, and ``--rounds`` times a changed last name is saved and
the window shows it (what the window does after a save: ``panelChanged``). Measured on the UI
thread: the longest the event loop went without turning (a 1 ms timer's largest gap) from the
save until the card shows the new value, beside the floor: the same timer's largest gap over as
long a time of the idle window, in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", required=True)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="kv-save-bench-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        os.environ[name] = str(data / name.lower())

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    from kontaktverwaltung.app import application, build_main_window
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services.demo import generate
    from kontaktverwaltung.store.models import Contact
    from kontaktverwaltung.store.opening import close_database, open_database

    application()
    open_database(args.server)
    if not customers.customer_count():
        generate(args.customers, 7)
    biggest = max(customers.list_customers(), key=lambda c: c.contact_count)
    close_database()

    window = build_main_window(args.server)
    window.resize(1280, 800)
    window.show()
    window.open_customer_number(biggest.number)
    window.wait_until_loaded()
    panel = window.panel.model.panel
    assert panel is not None  # loaded above
    card = panel.contacts[len(panel.contacts) // 2]
    window.panel.select_contact(card.id)

    def shows(name: str) -> Callable[[], bool]:
        def done() -> bool:
            current = window.panel.current_card()
            return current is not None and current.last_name == name and not window.panel.loader.busy

        return done

    def largest_gap(action: Callable[[], None], done: Callable[[], bool]) -> tuple[float, float]:
        """(largest event-loop gap in ms, seconds until done) around ``action``."""
        gaps = [0.0]
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(tick)
        timer.start()
        started = time.perf_counter()
        action()
        tick()
        while not done() and time.perf_counter() - started < 60:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        took = time.perf_counter() - started
        timer.stop()
        return max(gaps), took

    def idle_for(seconds: float) -> Callable[[], bool]:
        until = time.perf_counter() + seconds
        return lambda: time.perf_counter() >= until

    stalls, floors, untils = [], [], []
    for round_ in range(args.rounds):
        name = f"Gespeichert{round_}"
        Contact.update(last_name=name, version=Contact.version + 1).where(Contact.id == card.id).execute()
        stall, took = largest_gap(lambda: window.editing.panelChanged.emit(None), shows(name))
        floor, _ = largest_gap(lambda: None, idle_for(max(took, 0.2)))
        stalls.append(stall)
        floors.append(floor)
        untils.append(took)
    print(
        f"customer {biggest.number}: {biggest.contact_count} contacts; {args.rounds} rounds; "
        f"load {os.getloadavg()[0]:.1f}"
    )
    print("| save | longest UI stall ms (median, max) | floor ms (median) | ratio | until shown s |")
    print("|---|---|---|---|---|")
    stall, floor = statistics.median(stalls), statistics.median(floors)
    print(
        f"| a card of the open customer | {stall:.0f} ({max(stalls):.0f}) | {floor:.0f} | "
        f"{stall / max(floor, 1):.1f} | {statistics.median(untils):.2f} |"
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
