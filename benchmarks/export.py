"""Export and duplicates on the reference set (R13, B3), each beside its floor.

    python benchmarks/export.py [--backends sqlite,postgresql,mysql] [--xlsx] [--json FILE] [--sqlite-file FILE]

Reuses (or builds) the reference set of benchmarks/run.py. Figures, per backend:
- export of all 200,000 contacts to one vCard 3.0 file (goal: at most 10 s), and to CSV
  (and to .xlsx with --xlsx, ~20 s); floor: the bare SELECTs of the same rows through the driver;
- the database-wide duplicates list; floor: its four blocking queries alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import run  # noqa: E402
from run import prepare  # noqa: E402

from kontaktverwaltung.services import duplicates, exports  # noqa: E402
from kontaktverwaltung.store import db  # noqa: E402
from kontaktverwaltung.store import duplicates as duplicate_store  # noqa: E402
from kontaktverwaltung.store.models import Contact  # noqa: E402
from kontaktverwaltung.store.opening import close_database  # noqa: E402

VCARD_GOAL_S = 10.0


def seconds(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def raw(sql: str) -> int:
    cursor = db.current().cursor()
    cursor.execute(sql)
    return len(cursor.fetchall())


def export_floor() -> int:
    """The same rows as the export reads, in two bare statements, nothing built from them."""
    contacts = raw(
        "SELECT c.id, cu.number, cu.name, l.name, l.street, l.postal_code, l.city, l.country, c.salutation, "
        "c.title, c.first_name, c.last_name, c.position, c.department, c.notes, r.name FROM contact c "
        "JOIN location l ON l.id = c.location_id JOIN customer cu ON cu.id = c.customer_id "
        "LEFT JOIN customer_role r ON r.id = c.role_id"
    )
    raw("SELECT contact_id, kind, display, normalized, label, is_primary FROM contact_channel")
    return contacts


def duplicates_floor() -> int:
    return len(duplicate_store.candidate_groups(None, duplicates.BLOCK_LIMIT))


def measure(backend: str, with_xlsx: bool, json_file: Path | None) -> None:
    _url, built = prepare(backend, rebuild=False)
    if built is not None:
        print(f"({backend}: reference set built in {built:.0f} s)")
    count = Contact.select().count()
    rows: list[tuple[str, float, float | None, str]] = []
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        scope = exports.ExportScope.whole_database()
        floor, _ = seconds(export_floor)
        took, result = seconds(lambda: exports.export_vcard(Path(folder) / "alle.vcf", scope))
        size = (Path(folder) / "alle.vcf").stat().st_size / 1e6
        verdict = "ok" if took <= VCARD_GOAL_S else f"OVER GOAL {VCARD_GOAL_S:.0f} s"
        rows.append((f"vCard 3.0, {result.contacts:,} contacts, {size:.0f} MB", took, floor, verdict))
        figures.update(export_vcard_s=took, export_vcard_floor_s=floor)
        took, result = seconds(lambda: exports.export_csv(Path(folder) / "alle.csv", scope))
        rows.append((f"CSV, {result.contacts:,} contacts", took, floor, ""))
        figures.update(export_csv_s=took, export_csv_floor_s=floor)
        if with_xlsx:
            took, result = seconds(lambda: exports.export_xlsx(Path(folder) / "alle.xlsx", scope))
            rows.append((f"xlsx, {result.contacts:,} contacts", took, floor, ""))
    floor, groups = seconds(duplicates_floor)
    took, pairs = seconds(duplicates.duplicate_pairs)
    rows.append((f"duplicates, all customers: {len(pairs):,} pairs from {groups:,} blocks", took, floor, ""))
    figures.update(duplicates_all_s=took, duplicates_all_floor_s=floor)
    if json_file is not None:  # beside benchmarks/run.py's figures of this backend
        written = json.loads(json_file.read_text(encoding="utf-8")) if json_file.exists() else {}
        written.setdefault(backend, {}).update({key: round(value, 3) for key, value in figures.items()})
        json_file.write_text(json.dumps(written, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\n{backend}: {count:,} contacts")
    print(f"{'what':<58} {'seconds':>8} {'floor s':>8} {'ratio':>6}  goal")
    for what, took, floor_s, verdict in rows:
        ratio = f"{took / floor_s:.1f}×" if floor_s else ""
        print(f"{what:<58} {took:8.2f} {floor_s or 0:8.2f} {ratio:>6}  {verdict}")
    close_database()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite", help="comma-separated: sqlite,postgresql,mysql")
    parser.add_argument("--xlsx", action="store_true", help="also the .xlsx export (~20 s)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also add the figures to FILE, per backend")
    parser.add_argument("--sqlite-file", type=Path, help="the SQLite reference set (default as benchmarks/run.py)")
    parser.add_argument("--backend", help=argparse.SUPPRESS)  # one backend in this process
    args = parser.parse_args()
    if args.sqlite_file:
        run.SQLITE_FILE = args.sqlite_file
    if args.backend:
        measure(args.backend, args.xlsx, args.json)
        return 0
    status = 0
    for backend in args.backends.split(","):  # each in a process of its own, as benchmarks/run.py does
        command = [sys.executable, __file__, "--backend", backend] + (["--xlsx"] if args.xlsx else [])
        command += ["--json", str(args.json)] if args.json else []
        command += ["--sqlite-file", str(args.sqlite_file)] if args.sqlite_file else []
        status |= subprocess.call(command)
    return status


if __name__ == "__main__":
    sys.exit(main())
