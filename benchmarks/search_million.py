"""Global search on PostgreSQL with 1,000,000 contacts (PRODUCT.md "Quality bars": ≤ 50 ms).

    python benchmarks/search_million.py [--url URL] [--repeat N] [--json FILE]

Builds the data set once (demo data, 101,000 customers, seed 1, about 1,000,000 contacts) into
the database kv_bench_million and reuses it. Kept out of CI: the build takes several minutes.
Prints each benchmark query beside its floor (the GIN index's prefix lookup) and the ratio.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import run

from kontaktverwaltung.services import search
from kontaktverwaltung.services.demo import generate
from kontaktverwaltung.store import repo
from kontaktverwaltung.store.models import Contact
from kontaktverwaltung.store.opening import close_database, open_database

URL = "postgresql://postgres@127.0.0.1:5432/kv_bench_million"
CUSTOMERS = 101_000  # the demo gives about 9.9 contacts a customer
GOAL_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=URL)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args()
    run._ensure_server_database("postgresql", args.url, rebuild=False)
    open_database(args.url)
    if repo.count_rows(Contact) < 900_000:
        started = time.perf_counter()
        generate(CUSTOMERS, seed=1, progress=lambda text: print(text, flush=True))
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    contacts = repo.count_rows(Contact)
    figures: dict[str, float] = {}
    print(f"\n### postgresql, {contacts:,} contacts\n".replace(",", "."))
    print("| query | ms (median) | floor ms | ratio | goal |")
    print("|---|---|---|---|---|")
    for query in run.QUERIES:
        floor = run.median_ms(run.search_floor(query), args.repeat)
        took = run.median_ms(functools.partial(search.search_contacts, query), args.repeat)
        key = run.figure_key(query)
        figures[key] = round(took, 3)
        figures[key.removesuffix("_ms") + "_floor_ms"] = round(floor, 3)
        ratio = f"{took / floor:.1f}×" if floor > 0.05 else "–"
        print(f"| {query} | {took:.1f} | {floor:.1f} | {ratio} | ≤ {GOAL_MS:.0f} ms |")
    close_database()
    if args.json:
        args.json.write_text(json.dumps({"postgresql_1m": figures}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
