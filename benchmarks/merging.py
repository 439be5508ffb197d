"""Merge of two contacts holding 5,000 links each (R7, issue 15 item 5), beside its floor.

    python benchmarks/merging.py [--backends sqlite,postgresql,mysql] [--rounds N] [--links N]
                                 [--json FILE] [--sqlite-file FILE]

benchmarks/run.py measures it in its table for every backend; alone, this reuses (or builds) the
same reference set and measures only the merge. Two contacts of the big customer each get
``links`` links (four fifths history entries, one fifth jobs). Then, in every round:

- the floor: the bare set-based UPDATEs that move the other contact's history entries and jobs to
  the survivor, committed in one transaction (moved back afterwards, untimed): what any merge of
  these two must write at least;
- the merge (services.merge.merge_contacts: one transaction, conflict checks, before/after images
  for undo) and its undo.

Figures are medians of the rounds, after one warm-up round that is not counted; the statements
the merge and its undo send are counted too. JSON keys, per backend: ``merge_5k_ms``,
``merge_5k_undo_ms``, each beside ``…_floor_ms``, ``merge_5k_statements``,
``merge_5k_undo_statements``; on the servers also ``merge_5k_postgresql_ms`` /
``merge_5k_mysql_ms`` (and their floors).
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kontaktverwaltung.services import common, customers, merge  # noqa: E402
from kontaktverwaltung.services.demo import BIG_CUSTOMER_NUMBER, HISTORY_COLUMNS, JOB_COLUMNS  # noqa: E402
from kontaktverwaltung.store import bulk, db  # noqa: E402
from kontaktverwaltung.store.models import HistoryEntry, Job  # noqa: E402

LINKS = 5_000
ROUNDS = 5
GOAL_MS = 200.0


def two_contacts_with_links(customer_id: int, links: int) -> tuple[int, int]:
    """Two contacts of the customer that each get ``links`` history entries and jobs."""
    survivor, other = [c.id for c in customers.load_panel(customer_id).contacts[:2]]
    stamp = db.now()
    with db.transaction():
        next_history, next_job = bulk.next_id(HistoryEntry), bulk.next_id(Job)
        history_rows = []
        job_rows = []
        # Rows by column name (the tuples follow the models' columns: bulk.columns).
        history = {"customer": customer_id, "kind": "edited", "text": "Benchmark", "author": "bench", "at": stamp}
        job = {"version": 1, "created_at": stamp, "updated_at": stamp, "customer": customer_id}
        job |= {"title": "Benchmark-Job", "is_open": True, "released": False}
        for contact in (survivor, other):
            for _ in range(links * 4 // 5):
                row = history | {"id": next_history, "contact": contact}
                history_rows.append(tuple(row.get(column) for column in HISTORY_COLUMNS))
                next_history += 1
            for _ in range(links // 5):
                row = job | {"id": next_job, "responsible": contact}
                job_rows.append(tuple(row.get(column) for column in JOB_COLUMNS))
                next_job += 1
        bulk.insert_rows(HistoryEntry, HISTORY_COLUMNS, history_rows)
        bulk.insert_rows(Job, JOB_COLUMNS, job_rows)
        bulk.reset_sequences()
    return survivor, other


def _param(sql: str) -> str:
    return sql.replace("?", "%s") if db.backend() != "sqlite" else sql


def _ms(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(customer_id: int, links: int = LINKS, rounds: int = ROUNDS) -> dict[str, float]:
    """The merge of two of the customer's contacts with ``links`` links each, its undo and the
    floor, as medians of ``rounds``; the rows added are removed again."""
    first_history, first_job = bulk.next_id(HistoryEntry), bulk.next_id(Job)
    survivor, other = two_contacts_with_links(customer_id, links)
    history_ids = [i for (i,) in HistoryEntry.select(HistoryEntry.id).where(HistoryEntry.contact == other).tuples()]
    job_ids = [i for (i,) in Job.select(Job.id).where(Job.responsible == other).tuples()]
    ctx = common.Context("Benchmark")
    moves = [
        _param("UPDATE history_entry SET contact_id = ? WHERE contact_id = ?"),
        _param("UPDATE job SET responsible_id = ? WHERE responsible_id = ?"),
    ]

    def floor() -> None:
        with db.transaction():
            cursor = db.current().cursor()
            for sql in moves:
                cursor.execute(sql, (survivor, other))

    def move_back() -> None:
        with db.transaction():
            for expression in db.among(HistoryEntry.id, history_ids):
                HistoryEntry.update(contact=other).where(expression).execute()
            for expression in db.among(Job.id, job_ids):
                Job.update(responsible=other).where(expression).execute()

    samples: dict[str, list[float]] = {"floor": [], "merge": [], "undo": []}
    statements = {"merge": 0, "undo": 0}
    try:
        for round_ in range(rounds + 1):
            floor_ms = _ms(floor)
            move_back()
            with db.counting_queries() as sent:
                started = time.perf_counter()
                done = merge.merge_contacts(ctx, survivor, other)
                merge_ms = (time.perf_counter() - started) * 1000
            statements["merge"] = sent[0]
            with db.counting_queries() as sent:
                undo_ms = _ms(functools.partial(common.undo, done.change))
            statements["undo"] = sent[0]
            if round_ == 0:
                continue  # warm-up: first imports, cold caches
            samples["floor"].append(floor_ms)
            samples["merge"].append(merge_ms)
            samples["undo"].append(undo_ms)
    finally:
        with db.transaction():  # leave the reference set as it was, so runs stay comparable
            db.current().execute_sql(_param("DELETE FROM history_entry WHERE id >= ?"), (first_history,))
            db.current().execute_sql(_param("DELETE FROM job WHERE id >= ?"), (first_job,))
    floor_ms = statistics.median(samples["floor"])
    figures = {
        "merge_5k_ms": statistics.median(samples["merge"]),
        "merge_5k_floor_ms": floor_ms,
        "merge_5k_undo_ms": statistics.median(samples["undo"]),
        "merge_5k_undo_floor_ms": floor_ms,
        "merge_5k_statements": float(statements["merge"]),
        "merge_5k_undo_statements": float(statements["undo"]),
    }
    backend = db.backend()
    if backend != "sqlite":  # the servers' figures also by name, beside SQLite's merge_5k_ms
        figures[f"merge_5k_{backend}_ms"] = figures["merge_5k_ms"]
        figures[f"merge_5k_{backend}_floor_ms"] = floor_ms
    return {key: round(value, 3) for key, value in figures.items()}


def table_rows(figures: dict[str, float], links: int = LINKS) -> list[tuple[str, str, str, str, str]]:
    """The merge's rows of benchmarks/run.py's table."""
    merge_ms, undo_ms = figures["merge_5k_ms"], figures["merge_5k_undo_ms"]
    floor_ms = figures["merge_5k_floor_ms"]
    count = f"{links:,}".replace(",", ".")
    return [
        (
            f"Zusammenführen, je {count} Verknüpfungen ({figures['merge_5k_statements']:.0f} Anweisungen)",
            f"{merge_ms:.0f} ms",
            f"{floor_ms:.0f} ms (UPDATE der Verknüpfungen)",
            f"{merge_ms / floor_ms:.1f}×",
            f"≤ {GOAL_MS:.0f} ms",
        ),
        (
            f"… und rückgängig machen ({figures['merge_5k_undo_statements']:.0f} Anweisungen)",
            f"{undo_ms:.0f} ms",
            f"{floor_ms:.0f} ms",
            f"{undo_ms / floor_ms:.1f}×",
            "–",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql,mysql")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--links", type=int, default=LINKS)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON, per backend")
    parser.add_argument("--sqlite-file", type=Path, help="the SQLite reference set (default: benchmarks/run.py's)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if not args.child:  # one process per backend, as benchmarks/run.py
        options = ["--rounds", str(args.rounds), "--links", str(args.links)]
        options += ["--json", str(args.json)] if args.json else []
        options += ["--sqlite-file", str(args.sqlite_file)] if args.sqlite_file else []
        for backend in backends:
            if subprocess.call([sys.executable, __file__, "--child", "--backends", backend, *options]) != 0:
                return 1
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run  # the reference set, as benchmarks/run.py builds it

    if args.sqlite_file:
        run.SQLITE_FILE = args.sqlite_file
    backend = backends[0]
    run.prepare(backend, rebuild=False)
    try:
        figures = measure(customers.customer_id_by_number(BIG_CUSTOMER_NUMBER), args.links, args.rounds)
    finally:
        run.close_database()
    run.print_table(backend, table_rows(figures, args.links))
    if args.json:
        written = json.loads(args.json.read_text(encoding="utf-8")) if args.json.exists() else {}
        written.setdefault(backend, {}).update(figures)
        args.json.write_text(json.dumps(written, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
