"""Screenshots of offline work (issue 16): the window on its offline copy with the changes waiting in
the status bar, and the "Konflikte" dialog after the sync; the README's picture, and both screens
for looking at (German, English, a small laptop screen with 125 % scaling).

    .venv/bin/python tools/offline_screenshots.py --server URL --docs
        docs/offline.png, as the README shows it (German)
    .venv/bin/python tools/offline_screenshots.py --server URL --out /tmp/shots [--language en]
        [--screen 1366x768 --scale 1.25]
        offline.png and conflicts.png

``--server`` names an EMPTY scratch database on a PostgreSQL or MariaDB server (e.g.
postgresql://postgres@127.0.0.1/kv_screens): it gets the demo data (``demo --customers 50 --seed
4``), the window syncs a copy of it into a temporary data folder, works offline on the copy (three
new contacts, the customer's notes), a colleague changes the same notes on the server, and the
sync lists that conflict. Nothing of the user's (database, settings, copy) is touched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_setup import (
    DOCS_SIZE,
    ROOT,
    grab,
    offscreen,
    parse_screenshot_arguments,
    screenshot_parser,
    settle,
)


def _arguments() -> argparse.Namespace:
    parser = screenshot_parser(
        __doc__, docs_help="write docs/offline.png", out_help="folder for offline.png and conflicts.png"
    )
    parser.add_argument("--server", required=True, help="URL of an empty scratch database on a server")
    return parse_screenshot_arguments(parser)


def main() -> int:
    args = _arguments()
    work = offscreen(args, "kv-offline-screenshots-")
    from PySide6.QtWidgets import QApplication

    from kontaktverwaltung.app import application, build_main_window
    from kontaktverwaltung.domain.contact import ContactInput
    from kontaktverwaltung.services import contacts, customers
    from kontaktverwaltung.services import sync as sync_service
    from kontaktverwaltung.services.demo import generate
    from kontaktverwaltung.store import db as dbmod
    from kontaktverwaltung.store.opening import close_database, open_database
    from kontaktverwaltung.ui import sync_controller
    from kontaktverwaltung.ui.sync_conflicts_dialog import SyncConflictsDialog

    application()
    server = args.server
    open_database(server)
    if customers.customer_count():
        raise SystemExit(f"{dbmod.describe_url(server)} is not empty: please name a scratch database")
    generate(50, 4)
    close_database()
    sync_service.sync(server)  # the workstation's copy, as the window's first sync makes it
    sync_controller.FIRST_SYNC_MS = sync_controller.SYNC_EVERY_MS = None  # only the syncs shown here

    window = build_main_window(server)
    if args.docs:
        window.resize(*DOCS_SIZE)
    else:
        screen = QApplication.primaryScreen().availableGeometry()
        window.resize(min(1280, screen.width() * 4 // 5), min(800, screen.height() * 4 // 5))
    window.show()
    window.open_customer_number("K-10003")
    window.wait_until_loaded()
    settle()
    customer = window.current_customer()
    assert customer is not None
    assert window.sync.server_lost()  # as if the network went away: the window takes the copy
    settle(lambda: not window.sync.offline_label.isHidden())
    assert window.panel.panel is not None  # the customer is open
    location = window.current_location() or window.panel.panel.locations[0]
    for first, last, position in (
        ("Lena", "Hofer", "Einkauf"),
        ("Markus", "Pichler", "Lager"),
        ("Sarah", "Wimmer", "Personalabteilung"),
    ):
        data = ContactInput(location.id, first, last, position=position)
        new_id = window.undo.apply(contacts.create_contact(window.ctx, data), window.reload_customers)
    notes = "Messe Wels: Stand 12, Termin mit dem Einkauf am Dienstag"
    edited = customers.CustomerInput(customer.number, customer.name, notes)
    window.undo.apply(
        customers.edit_customer(window.ctx, customer.id, customer.version, edited), window.reload_customers
    )
    window.open_contact(customer.id, new_id)  # the new cards in view
    settle(lambda: not window.panel.loader.busy)
    out = args.out or work
    print(grab(window, ROOT / "docs" / "offline.png" if args.docs else out / "offline.png"))

    colleague = dbmod.connect_url(server)  # meanwhile a colleague changes the same notes on the server
    colleague.connect()
    colleague.execute_sql(
        "UPDATE customer SET notes = %s, version = version + 1 WHERE id = %s",
        ("Rückruf wegen Rahmenvertrag vereinbart", customer.id),
    )
    colleague.close()
    window.sync.sync_now()
    settle(lambda: window.sync.offline_label.isHidden() and bool(window.sync.conflicts))
    live = window.live_refresh
    assert live is not None
    settle(lambda: not live.loader.busy and not window.panel.loader.busy)  # the server's data shown
    if not args.docs:
        print(grab(window, out / "online_with_conflict.png"))
        dialog = SyncConflictsDialog(window, server)
        dialog.show()
        print(grab(dialog, out / "conflicts.png"))
        dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
