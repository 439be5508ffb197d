"""Import benchmark (PRODUCT.md quality bars, R12) on SQLite.

    python benchmarks/import_export.py [--rows 20000] [--companies 2000] [--json FILE]
                                       [--no-dialog | --only-dialog]

Generates a German Outlook CSV (Windows-1252, ";" and Outlook's 90-odd German headers) with
20,000 contacts at 2,000 companies and measures, each beside its floor:
- preview of the first rows: reading the file, mapping every row, deciding the first 200 rows
  (goal ≤ 1 s); floor: bare `csv` parsing of the file;
- import into an empty database (goal ≤ 10 s); floor: `insert_rows` of the same customers,
  locations, contacts and channels, already prepared, in one transaction;
- the same file imported again (everything unchanged);
- the ImportDialog the whole way a user goes (file opened, another encoding, a column mapped
  otherwise, the import, its result): the longest pause of the UI thread in each phase (a 1 ms
  timer's gaps; goal < 100 ms) with the slowest of the dialog's slots there. ``PAUSE_TRACE=FILE``
  writes every thread's stack to FILE whenever the UI thread stalls over 60 ms, to see why.

``--json FILE`` adds the figures to FILE under "sqlite" (as benchmarks/run.py writes it):
``import_20k_s`` beside ``import_20k_floor_s``, ``import_preview_s``, ``import_again_s``, …
"""

from __future__ import annotations

import argparse
import csv
import faulthandler
import gc
import inspect
import io
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kontaktverwaltung.domain.importing import read_bytes, records  # noqa: E402
from kontaktverwaltung.domain.importing.aliases import IGNORE  # noqa: E402
from kontaktverwaltung.services.common import Context  # noqa: E402
from kontaktverwaltung.services.imports import import_records, preview  # noqa: E402
from kontaktverwaltung.store import bulk, db  # noqa: E402
from kontaktverwaltung.store.models import Contact, ContactChannel, Customer, Location  # noqa: E402
from kontaktverwaltung.store.opening import close_database, open_database  # noqa: E402

OUTLOOK_DE = [
    "Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Suffix", "Firma", "Abteilung", "Position",
    "Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3", "Ort geschäftlich",
    "Region geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat",
    "Straße privat 2", "Straße privat 3", "Ort privat", "Region privat", "Postleitzahl privat",
    "Land/Region privat", "Weitere Straße", "Weitere Straße 2", "Weitere Straße 3", "Weiterer Ort",
    "Weitere Region", "Weitere Postleitzahl", "Weiteres Land/Region", "Telefon Assistent", "Fax geschäftlich",
    "Telefon geschäftlich", "Telefon geschäftlich 2", "Rückmeldung", "Autotelefon", "Telefon Firma",
    "Fax privat", "Telefon privat", "Telefon privat 2", "ISDN", "Mobiltelefon", "Weiteres Fax",
    "Weiteres Telefon", "Pager", "Haupttelefon", "Mobiltelefon 2", "Telefon für Hörbehinderte", "Telex",
    "Abrechnungsinformation", "Benutzer 1", "Benutzer 2", "Benutzer 3", "Benutzer 4", "Büro",
    "E-Mail-Adresse", "E-Mail-Typ", "E-Mail: angezeigter Name", "E-Mail 2: Adresse", "E-Mail 2: Typ",
    "E-Mail 2: angezeigter Name", "E-Mail 3: Adresse", "E-Mail 3: Typ", "E-Mail 3: angezeigter Name",
    "Geburtstag", "Geschlecht", "Initialen", "Internet-Frei/Gebucht", "Jahrestag", "Kategorien", "Kinder",
    "Konto", "Name des Assistenten", "Name des/der Vorgesetzten", "Notizen", "Organisations-Nr.", "Ort",
    "Partner", "Postfach geschäftlich", "Priorität", "Privat", "Regierungs-Nr.", "Reisekilometer",
    "Sprache", "Stichwörter", "Vertraulichkeit", "Verzeichnisserver", "Webseite",
]  # fmt: skip
FIRST = ["Anna", "Bernd", "Christina", "Dominik", "Elisabeth", "Florian", "Günther", "Hannah", "Iris", "Jürgen"]
LAST = ["Müller", "Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner", "Weiß"]
CITIES = [("1010", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck")]


def outlook_csv(rows: int, companies: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(OUTLOOK_DE)
    for i in range(rows):
        company = i % companies
        postal, city = CITIES[company % len(CITIES)]
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{i}"
        row = dict.fromkeys(OUTLOOK_DE, "")
        row.update(
            {
                "Anrede": rng.choice(["Herr", "Frau", "Frau Dr.", "Herr Mag."]),
                "Vorname": first,
                "Nachname": last,
                "Firma": f"Firma Nummer {company} GmbH",
                "Abteilung": "Personal",
                "Position": "Leitung",
                "Straße geschäftlich": f"Hauptstraße {company % 50 + 1}",
                "Ort geschäftlich": city,
                "Postleitzahl geschäftlich": postal,
                "Land/Region geschäftlich": "Österreich",
                "Telefon geschäftlich": f"+43 1 {5000000 + i}",
                "Mobiltelefon": f"0664 {1000000 + i}",
                "E-Mail-Adresse": f"p{i}@firma{company}.at",
                "E-Mail-Typ": "SMTP",
                "E-Mail: angezeigter Name": f"{first} {last} (p{i}@firma{company}.at)",
                "Notizen": "Kennt uns von der Messe\r\nRückruf erwünscht" if i % 10 == 0 else "",
                "Priorität": "Normal",
                "Privat": "Aus",
                "Vertraulichkeit": "Normal",
            }
        )
        writer.writerow([row[h] for h in OUTLOOK_DE])
    return out.getvalue().encode("cp1252")


def floor_parse(data: bytes) -> int:
    return sum(1 for _ in csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))


def floor_insert(url: str, rows: int, companies: int) -> float:
    """The cheapest write of the same rows: prepared tuples, insert_rows, one transaction."""
    open_database(url)
    stamp = db.now()
    customers = [(i + 1, f"K-{10000 + i}", f"Firma Nummer {i} GmbH", "", 1, stamp, stamp) for i in range(companies)]
    locations = [
        (i + 1, i + 1, "Wien", "Hauptstraße 1", "1010", "Wien", "AT", "", 0, "wien 1010", 1, stamp, stamp)
        for i in range(companies)
    ]
    contacts = [
        (i + 1, i % companies + 1, i % companies + 1, "Frau", "", "Anna", f"Huber-{i}", "Leitung", "Personal", "",
         f"ahuber{i}", None, None, True, "", None, None, f"anna huber-{i}", f"anna huber {i}", "", 1, stamp, stamp)
        for i in range(rows)
    ]  # fmt: skip
    channels = []
    for i in range(rows):
        channels.append((3 * i + 1, i + 1, "email", f"p{i}@x.at", f"p{i}@x.at", f"p{i}@x.at", "Arbeit", True, 0))
        channels.append((3 * i + 2, i + 1, "phone", "+43 1", f"+431{i}", "01", "", True, 1))
        channels.append((3 * i + 3, i + 1, "mobile", "0664", f"+43664{i}", "0664", "", False, 2))
    contact_columns = [
        *("id", "customer", "location", "salutation", "title", "first_name", "last_name", "position"),
        *("department", "notes", "username", "password_hash", "password_set_at", "active", "inactive_reason"),
        *("inactive_until", "role", "search_text", "search_name", "name_key", "version", "created_at", "updated_at"),
    ]
    started = time.perf_counter()
    with db.transaction():
        bulk.insert_rows(Customer, ["id", "number", "name", "notes", "version", "created_at", "updated_at"], customers)
        bulk.insert_rows(
            Location,
            [
                *("id", "customer", "name", "street", "postal_code", "city", "country", "phone", "position"),
                *("search_text", "version", "created_at", "updated_at"),
            ],
            locations,
        )
        bulk.insert_rows(Contact, contact_columns, contacts)
        bulk.insert_rows(
            ContactChannel,
            ["id", "contact", "kind", "value", "normalized", "display", "label", "is_primary", "position"],
            channels,
        )
    seconds = time.perf_counter() - started
    close_database()
    return seconds


PHASES = ("open", "encoding", "mapping", "import")
SLOTS = (
    "_read", "_on_read", "_fill_mapping", "_refresh_preview", "_on_first_rows", "_fit_names",
    "_on_full_preview", "_mapping_changed", "_start_import", "_show_progress", "_on_imported", "_show_result",
)  # fmt: skip


def dialog_figures(data: bytes, folder: Path) -> dict[str, Any]:
    """The ImportDialog on the same file (offscreen), the whole way a user goes: the file opened
    (first preview rows, whole preview), another encoding chosen, a column mapped otherwise, the
    import with its progress bar and the result shown. A 1 ms timer's gaps give each phase's
    longest pause of the UI thread, and the dialog's own slots are timed, to name what stalled."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from kontaktverwaltung.app import application
    from kontaktverwaltung.ui.background import wait_for_all
    from kontaktverwaltung.ui.import_dialog import ImportDialog

    app = application()  # as the app runs: its settings for the cycle collector and the interpreter lock
    open_database(db.sqlite_url(folder / "dialog.sqlite3"))
    path = folder / "outlook.csv"
    path.write_bytes(data)
    phase = ["open"]
    t0 = [time.perf_counter()]
    trace = open(os.environ["PAUSE_TRACE"], "w") if os.environ.get("PAUSE_TRACE") else None  # noqa: SIM115
    pauses = dict.fromkeys(PHASES, 0.0)
    slots: dict[str, float] = {}
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        if now - last[0] > pauses[phase[0]]:
            pauses[phase[0]] = now - last[0]
            if os.environ.get("PAUSE_TRACE"):
                print(f"  {phase[0]} pause {(now - last[0]) * 1000:.0f} ms ending {now - t0[0]:.3f}s", file=sys.stderr)
        last[0] = now
        if trace is not None:  # a stall of the UI thread over 60 ms: every thread's stack, to see why
            faulthandler.dump_traceback_later(0.06, file=trace)

    def timed(name: str, method: Any) -> Any:
        takes = len(inspect.signature(method).parameters)  # Qt passes a slot only what it takes

        def run(*args: Any) -> Any:
            began = time.perf_counter()
            try:
                return method(*args[:takes])
            finally:
                key = f"{phase[0]}:{name}"
                slots[key] = max(slots.get(key, 0.0), time.perf_counter() - began)

        return run

    originals = {name: getattr(ImportDialog, name) for name in SLOTS}
    for name, method in originals.items():
        setattr(ImportDialog, name, timed(name, method))

    def until(done: Callable[[], bool]) -> float:
        began = time.perf_counter()
        while time.perf_counter() - began < 120:
            app.processEvents()
            time.sleep(0.0005)
            if done():
                return time.perf_counter() - began
        raise TimeoutError(phase[0])

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(beat)
    timer.start()
    try:
        started = time.perf_counter()
        dialog = ImportDialog(Context("Benchmark"), None, path)
        dialog.show()
        until(lambda: bool(dialog.model.outcomes))
        first = time.perf_counter() - started
        until(dialog.ui.importButton.isEnabled)
        whole = time.perf_counter() - started
        phase[0] = "encoding"
        dialog.ui.encodingCombo.setCurrentIndex(dialog.ui.encodingCombo.findData("cp1252"))
        until(dialog.ui.importButton.isEnabled)
        phase[0] = "mapping"
        column = dialog.ui.mappingTable.rowCount() - 1  # "Webseite": as notes, or not taken over
        dialog.set_mapping(column, IGNORE if dialog.mapping()[column] == "notes" else "notes")
        until(dialog.ui.importButton.isEnabled)
        phase[0] = "import"
        began = time.perf_counter()
        dialog.ui.importButton.click()
        until(lambda: dialog.report is not None)
        imported = time.perf_counter() - began
        until(lambda: time.perf_counter() - began > imported + 0.3)  # the result shown, settled
        timer.stop()
        wait_for_all()
        dialog.close()
    finally:
        for name, method in originals.items():
            setattr(ImportDialog, name, method)
        close_database()
    return {"first": first, "whole": whole, "import": imported, "pauses": pauses, "slots": slots}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--companies", type=int, default=2_000)
    parser.add_argument("--no-dialog", action="store_true", help="skip the ImportDialog figures")
    parser.add_argument("--only-dialog", action="store_true", help="only the ImportDialog figures")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also add the figures to FILE (key sqlite)")
    args = parser.parse_args()
    data = outlook_csv(args.rows, args.companies)
    ctx = Context("Benchmark")
    results: list[tuple[str, float, float, str]] = []
    if args.only_dialog:
        with tempfile.TemporaryDirectory() as folder:
            print_dialog(dialog_figures(data, Path(folder)))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        url = db.sqlite_url(Path(folder) / "import.sqlite3")
        open_database(url)
        started = time.perf_counter()
        floor_parse(data)
        parse_floor = time.perf_counter() - started

        started = time.perf_counter()
        preview(ctx, records(read_bytes(data, "outlook.csv"), limit=200))
        first_rows = time.perf_counter() - started
        results.append(("preview, first 200 rows", first_rows, parse_floor, "≤ 1 s"))

        started = time.perf_counter()
        recs = records(read_bytes(data, "outlook.csv"))
        done = import_records(ctx, recs, "outlook.csv")
        imported = time.perf_counter() - started
        report = done.value
        assert report.created == args.rows, report.summary()
        close_database()
        insert_floor = floor_insert(db.sqlite_url(Path(folder) / "floor.sqlite3"), args.rows, args.companies)
        results.append((f"import {args.rows:,} rows, {args.companies:,} companies", imported, insert_floor, "≤ 10 s"))

        open_database(url)
        started = time.perf_counter()
        again = import_records(ctx, records(read_bytes(data, "outlook.csv")), "outlook.csv").value
        results.append(("same file again (all unchanged)", time.perf_counter() - started, insert_floor, ""))
        assert again.unchanged == args.rows and again.created == again.updated == 0, again.summary()
        close_database()
        del recs, done, report, again  # the window's process does not hold 40,000 records besides
        gc.collect()
        dialog = None if args.no_dialog else dialog_figures(data, Path(folder))
    print(f"Import on SQLite: {args.rows:,} rows, {len(data) / 1e6:.1f} MB German Outlook CSV")
    print(f"{'what':44} {'time':>8} {'floor':>8} {'ratio':>6}  goal")
    for what, seconds, floor, goal in results:
        print(f"{what:44} {seconds:7.2f}s {floor:7.2f}s {seconds / floor:5.1f}x  {goal}")
    if dialog is not None:
        print_dialog(dialog)
    if args.json:
        write_json(args.json, results, dialog, args.rows)
    return 0


def print_dialog(dialog: dict[str, Any]) -> None:
    """The dialog's times, and its longest UI pause per phase with the slowest slot of each."""
    pauses, slots = dialog["pauses"], dialog["slots"]
    first, whole = dialog["first"], dialog["whole"]
    print(f"ImportDialog: first rows {first:.2f}s (goal ≤ 1 s), whole preview {whole:.2f}s, ", end="")
    print(f"import {dialog['import']:.2f}s, longest UI pause {max(pauses.values()) * 1000:.0f} ms (goal < 100 ms)")
    for name in PHASES:
        own = {key.split(":")[1]: s for key, s in slots.items() if key.startswith(name + ":")}
        slowest = sorted(own.items(), key=lambda item: -item[1])[:3]
        named = ", ".join(f"{slot} {s * 1000:.0f} ms" for slot, s in slowest)
        print(f"  {name:9} longest pause {pauses[name] * 1000:4.0f} ms; slowest slots: {named}")


def write_json(
    path: Path, results: list[tuple[str, float, float, str]], dialog: dict[str, Any] | None, rows: int
) -> None:
    """The figures in seconds under "sqlite" of FILE, beside what benchmarks/run.py wrote there."""
    size = f"{rows // 1000}k" if rows % 1000 == 0 else str(rows)
    (_, preview_s, parse_floor, _), (_, import_s, insert_floor, _), (_, again_s, _, _) = results
    figures = {
        "import_preview_s": preview_s,
        "import_preview_floor_s": parse_floor,
        f"import_{size}_s": import_s,
        f"import_{size}_floor_s": insert_floor,
        f"import_{size}_again_s": again_s,
    }
    if dialog is not None:
        pauses = dialog["pauses"]
        figures.update(
            import_dialog_first_rows_s=dialog["first"],
            import_dialog_preview_s=dialog["whole"],
            import_dialog_import_s=dialog["import"],
            import_dialog_pause_ms=max(pauses.values()) * 1000,
            **{f"import_dialog_pause_{name}_ms": pauses[name] * 1000 for name in PHASES},
        )
    written = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    written.setdefault("sqlite", {}).update({key: round(value, 3) for key, value in figures.items()})
    path.write_text(json.dumps(written, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
