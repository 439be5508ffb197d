"""The window's switch to the offline copy and back (issue 16: no freeze over 100 ms).

    python benchmarks/offline_switch.py --server URL [--customers N] [--rounds R]

``--server`` names a scratch database on PostgreSQL or MariaDB; an empty one first gets the demo
data (``--customers``, default 2000). The first sync makes the workstation's copy (in a temporary
data folder; its time is printed). Then the window opens the customer with the most contacts and
switches to the copy (as when the server goes away) and back (the sync on reconnect), ``--rounds``
times. Measured on the UI thread: the longest the event loop went without turning (a 1 ms timer's
largest gap) from the switch until the views show the other database, beside the floor: the
largest gap of the same timer over as long a time of the idle window, in the same run.
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
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="kv-offline-bench-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        os.environ[name] = str(data / name.lower())

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    from kontaktverwaltung.app import application, build_main_window
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services import sync as sync_service
    from kontaktverwaltung.services.demo import generate
    from kontaktverwaltung.store.opening import close_database, open_database
    from kontaktverwaltung.ui import sync_controller

    application()
    open_database(args.server)
    if not customers.customer_count():
        started = time.perf_counter()
        generate(args.customers, 7)
        print(f"demo data: {args.customers} customers in {time.perf_counter() - started:.1f} s")
    biggest = max(customers.list_customers(), key=lambda c: c.contact_count)
    total = sum(c.contact_count for c in customers.list_customers())
    close_database()
    started = time.perf_counter()
    sync_service.sync(args.server)
    print(f"first copy: {total} contacts in {time.perf_counter() - started:.1f} s")
    sync_controller.FIRST_SYNC_MS = sync_controller.SYNC_EVERY_MS = None

    window = build_main_window(args.server)
    window.resize(1280, 800)
    window.show()
    window.open_customer_number(biggest.number)
    window.wait_until_loaded()

    def busy() -> bool:
        refresh = window.live_refresh
        return window.panel.loader.busy or window.customer_pane.loading or bool(refresh and refresh.loader.busy)

    def largest_gap(action: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float, float]:
        """(largest event-loop gap in ms, the action's own ms, seconds until done) around ``action``."""
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
        own = (time.perf_counter() - started) * 1000
        tick()
        while not done() and time.perf_counter() - started < 60:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        took = time.perf_counter() - started
        timer.stop()
        return max(gaps), own, took

    def idle_for(seconds: float) -> Callable[[], bool]:
        until = time.perf_counter() + seconds
        return lambda: time.perf_counter() >= until

    rows: list[tuple[str, float, float, float, float]] = []
    for _ in range(args.rounds):
        offline, own, took = largest_gap(lambda: window.sync.server_lost(), lambda: window.sync.offline and not busy())
        floor, _, _ = largest_gap(lambda: None, idle_for(max(took, 0.2)))
        rows.append(("to the copy", offline, own, floor, took))
        back, own, took = largest_gap(lambda: window.sync.sync_now(), lambda: not window.sync.offline and not busy())
        floor, _, _ = largest_gap(lambda: None, idle_for(max(took, 0.2)))
        rows.append(("back to the server (sync included)", back, own, floor, took))
    print(
        f"customer {biggest.number}: {biggest.contact_count} contacts; {args.rounds} rounds; "
        f"load {os.getloadavg()[0]:.1f}"
    )
    print(
        "| switch | longest UI stall ms (median, max) | the switch call ms | floor ms (median) | ratio "
        "| until shown s |"
    )
    print("|---|---|---|---|---|---|")
    for name in ("to the copy", "back to the server (sync included)"):
        mine = [r for r in rows if r[0] == name]
        stall = statistics.median(r[1] for r in mine)
        own = statistics.median(r[2] for r in mine)
        floor = statistics.median(r[3] for r in mine)
        worst = max(r[1] for r in mine)
        until = statistics.median(r[4] for r in mine)
        ratio = stall / max(floor, 1)
        print(f"| {name} | {stall:.0f} ({worst:.0f}) | {own:.0f} | {floor:.0f} | {ratio:.1f} | {until:.2f} |")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
