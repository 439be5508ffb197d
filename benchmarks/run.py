"""Benchmarks against PRODUCT.md's quality bars, on the reference data set.

    python benchmarks/run.py [--backends sqlite,postgresql,mysql] [--rebuild] [--repeat N]
                             [--json FILE] [--sqlite-file FILE]

Builds the reference set (demo --customers 20000 --seed 1) once per backend and reuses it
(SQLite: benchmarks/.cache/; servers: the database kv_bench_reference). Prints one table per
backend: every figure beside a floor measured in the same run (raw SQL through the driver,
the cheapest way to get the same rows), and the ratio to it. Then, each in a process of its
own, benchmarks/export.py (the reference set to vCard and CSV, the duplicates list, per
backend), benchmarks/sync.py (offline copy and sync, R14, on the servers) and
benchmarks/import_export.py (a 20,000-row German Outlook CSV imported on SQLite).
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import merging  # noqa: E402

from kontaktverwaltung.services import customers, search  # noqa: E402
from kontaktverwaltung.services.demo import BIG_CUSTOMER_NUMBER, generate  # noqa: E402
from kontaktverwaltung.store import db, repo  # noqa: E402
from kontaktverwaltung.store.models import Contact, Customer  # noqa: E402
from kontaktverwaltung.store.opening import close_database, open_database  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
SQLITE_FILE = CACHE / "reference-seed1.sqlite3"
SERVER_URLS = {
    "postgresql": os.environ.get("KV_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/kv_bench_reference"),
    "mysql": os.environ.get("KV_BENCH_MYSQL_URL", "mysql://root@127.0.0.1:3306/kv_bench_reference?mariadb=true"),
}
QUERIES = ["müller", "mayer", "0664", "@gmx", "chri", "huber anna", "personalleiter", "graz", "+49 30", "weiß"]
REFERENCE_CUSTOMERS = 20_000
# Every figure of this run by its JSON key (``--json``), each beside ``<key>_floor``.
FIGURES: dict[str, float] = {}


def figure(key: str, value: float, floor: float | None = None) -> None:
    FIGURES[key] = round(value, 3)
    if floor is not None:
        name, unit = key.rsplit("_", 1)  # "merge_5k_ms" beside "merge_5k_floor_ms"
        FIGURES[f"{name}_floor_{unit}"] = round(floor, 3)


def median_ms(action: Callable[[], Any], repeat: int) -> float:
    action()  # warm caches: we measure a user's second look, as a desktop app sees it
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def prepare(backend: str, rebuild: bool) -> tuple[str, float | None]:
    """Open (building if needed) the reference set; returns the URL and the build time if built."""
    if backend == "sqlite":
        path = SQLITE_FILE
        path.parent.mkdir(exist_ok=True)
        if rebuild:
            for leftover in path.parent.glob(f"{path.name}*"):
                leftover.unlink()
        url = db.sqlite_url(path)
    else:
        url = SERVER_URLS[backend]
        _ensure_server_database(backend, url, rebuild)
    open_database(url)
    if repo.count_rows(Customer) >= REFERENCE_CUSTOMERS:
        return url, None
    started = time.perf_counter()
    generate(REFERENCE_CUSTOMERS, seed=1)
    return url, time.perf_counter() - started


def _ensure_server_database(backend: str, url: str, rebuild: bool) -> None:
    from kontaktverwaltung.store.db import connect_url

    name = url.split("?")[0].rsplit("/", 1)[1]
    admin_url = url.split("?")[0].rsplit("/", 1)[0] + ("/postgres" if backend == "postgresql" else "/mysql")
    admin = connect_url(admin_url)
    admin.connect()
    try:
        if backend == "postgresql":
            if rebuild:
                admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            exists = admin.execute_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                admin.execute_sql(f'CREATE DATABASE "{name}"')
        else:
            if rebuild:
                admin.execute_sql(f"DROP DATABASE IF EXISTS `{name}`")
            admin.execute_sql(
                f"CREATE DATABASE IF NOT EXISTS `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
            )
    finally:
        admin.close()


def raw(sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    cursor = db.current().cursor()
    cursor.execute(sql, params)
    return list(cursor.fetchall())


def param(sql: str) -> str:
    return sql.replace("?", "%s") if db.backend() != "sqlite" else sql


def search_floor(query: str) -> Callable[[], Any]:
    """The physical floor of global search: the word index's prefix lookup of the first 201
    contacts whose own words start with every query word (or, when none do, of the contacts at
    locations whose words do), nothing ranked, no details (SQLite: FTS5 with prefix indexes;
    PostgreSQL, MariaDB: their tables of words)."""
    from kontaktverwaltung.domain.search import query_tokens

    words = repo.query_words(query_tokens(query))
    if not words:
        return lambda: []
    if db.backend() == "sqlite":
        match = " AND ".join(f'"{w}"*' for w in words)
        at_location = (
            "SELECT c.id FROM location_words AS w JOIN contact AS c ON c.location_id = w.rowid "
            "WHERE location_words MATCH ? LIMIT 201"
        )
        own = "SELECT rowid FROM contact_words WHERE contact_words MATCH ? LIMIT 201"
        return lambda: raw(own, (match,)) or raw(at_location, (match,))
    # PostgreSQL, MariaDB/MySQL: the tables of words, one B-tree range per word.
    joins = "".join(
        f"JOIN contact_word AS w{n} ON w{n}.contact_id = w0.contact_id AND w{n}.field = 't' AND w{n}.word LIKE %s "
        for n in range(1, len(words))
    )
    own = f"SELECT w0.contact_id FROM contact_word AS w0 {joins}WHERE w0.field = 't' AND w0.word LIKE %s LIMIT 201"
    at_location = (
        "SELECT c.id FROM location_word AS w JOIN contact AS c ON c.location_id = w.location_id "
        "WHERE w.word LIKE %s LIMIT 201"
    )
    prefixes = tuple(f"{w}%" for w in [*words[1:], words[0]])
    return lambda: raw(own, prefixes) or raw(at_location, (f"{words[0]}%",))


def figure_key(query: str) -> str:
    """``global_search_<query>_ms``: the query folded to ASCII, other characters as "_"."""
    from kontaktverwaltung.domain.text import ascii_fold

    return "global_search_" + "_".join(re.findall(r"[a-z0-9]+", ascii_fold(query))) + "_ms"


def panel_floor(customer_id: int) -> Callable[[], Any]:
    contacts_sql = param("SELECT * FROM contact WHERE customer_id = ?")
    channels_sql = param(
        "SELECT ch.* FROM contact_channel ch JOIN contact c ON c.id = ch.contact_id WHERE c.customer_id = ?"
    )
    locations_sql = param("SELECT * FROM location WHERE customer_id = ?")
    return lambda: (
        raw(contacts_sql, (customer_id,)),
        raw(channels_sql, (customer_id,)),
        raw(locations_sql, (customer_id,)),
    )


def head_floor(customer_id: int) -> Callable[[], Any]:
    """The cheapest way to the rows of a first screenful: the customer's locations, 40 of its
    contacts (in no order) and their e-mails and phones."""
    locations_sql = param("SELECT * FROM location WHERE customer_id = ?")
    contacts_sql = param("SELECT * FROM contact WHERE customer_id = ? LIMIT 40")

    def floor() -> None:
        raw(locations_sql, (customer_id,))
        ids = [row[0] for row in raw(contacts_sql, (customer_id,))]
        raw(f"SELECT * FROM contact_channel WHERE contact_id IN ({', '.join(map(str, ids))})")

    return floor


# Resident memory is measured in fresh processes, never in this one (which has run every other
# figure, perhaps built the reference set, and keeps what that left behind): the app's main window
# on the reference set with every customer listed and the big customer open, beside a bare PySide6
# window started the same way (the floor). This is the bar of PRODUCT.md, "with the window".
_RSS = """
from pathlib import Path
def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""
BARE_WINDOW_RSS = (
    _RSS
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(rss())
"""
)
APP_WINDOW_RSS = (
    _RSS
    + """
import gc
from kontaktverwaltung.app import application, build_main_window
from kontaktverwaltung.services import customers
from kontaktverwaltung.services.demo import BIG_CUSTOMER_NUMBER
app = application(); w = build_main_window({url!r}); w.resize(1280, 800); w.show(); app.processEvents()
w.wait_until_loaded()
w.customer_list.setCurrentIndex(w.customer_model.index(w.customer_model.row_of(
    customers.customer_id_by_number(BIG_CUSTOMER_NUMBER))))
w.wait_until_loaded(); w.panel_view.viewport().repaint(); app.processEvents(); gc.collect()
import time
settled = time.perf_counter() + 1.5  # at rest: freed memory handed back (ui/background.py)
while time.perf_counter() < settled:
    app.processEvents(); time.sleep(0.01)
print(w.customer_model.rowCount(), w.panel_model.visible_contacts, rss())
"""
)


def fresh_process_rss(code: str) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    return [float(v) for v in out.stdout.split()]


def bench_backend(backend: str, rebuild: bool, repeat: int) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    url, built = prepare(backend, rebuild)
    gc.collect()
    counts = {m.__name__: repo.count_rows(m) for m in (Customer, Contact)}
    rows.append(
        (
            "Referenzdaten aufbauen (demo 20000)",
            f"{built:.1f} s" if built is not None else "wiederverwendet",
            "–",
            "–",
            "≤ 60 s (SQLite)",
        )
    )
    big = customers.customer_id_by_number(BIG_CUSTOMER_NUMBER)

    head_floor_ms = median_ms(head_floor(big), repeat)
    with db.counting_queries() as n_head:
        head = customers.load_panel_head(big)
    head_ms = median_ms(lambda: customers.load_panel_head(big), repeat)
    figure("open_big_ms", head_ms, head_floor_ms)
    rows.append(
        (
            f"Kunde mit {head.customer.contact_count:,} Ansprechpartnern öffnen: "
            f"die ersten {len(head.contacts)} Karten".replace(",", "."),
            f"{head_ms:.1f} ms, {n_head[0]} Abfragen",
            f"{head_floor_ms:.1f} ms",
            f"{head_ms / head_floor_ms:.2f}×",
            "≤ 100 ms bis gemalt",
        )
    )
    floor_ms = median_ms(panel_floor(big), repeat)
    with db.counting_queries() as n:
        panel = customers.load_panel(big)
    load_ms = median_ms(lambda: customers.load_panel(big), repeat)
    figure("open_big_all_ms", load_ms, floor_ms)
    rows.append(
        (
            f"… alle {len(panel.contacts):,} Karten in einem Stück (load_panel)".replace(",", "."),
            f"{load_ms:.1f} ms, {n[0]} Abfragen",
            f"{floor_ms:.1f} ms",
            f"{load_ms / floor_ms:.2f}×",
            "im Hintergrund",
        )
    )

    for query in QUERIES:
        floor = median_ms(search_floor(query), repeat)
        took = median_ms(functools.partial(search.search_contacts, query), repeat)
        found = search.search_contacts(query)
        figure(figure_key(query), took, floor)
        label = f"{len(found.hits)}{'+' if found.more else ''} Treffer"
        ratio = f"{took / floor:.1f}×" if floor > 0.05 else "–"
        rows.append((f"Globale Suche „{query}“ ({label})", f"{took:.1f} ms", f"{floor:.1f} ms", ratio, "–"))

    merged = merging.measure(big, merging.LINKS, merging.ROUNDS)  # benchmarks/merging.py
    FIGURES.update(merged)
    rows += merging.table_rows(merged)
    (bare_rss,) = fresh_process_rss(BARE_WINDOW_RSS)
    listed, cards, window_rss = fresh_process_rss(APP_WINDOW_RSS.format(url=url))
    figure("memory_mb", window_rss, bare_rss)
    rows.append(
        (
            f"Speicher: Fenster mit Kundenliste ({_n(int(listed))}) und Großkunde ({_n(int(cards))} Karten), "
            "frischer Prozess",
            f"{window_rss:.0f} MB",
            f"{bare_rss:.0f} MB (nacktes PySide6-Fenster)",
            f"{window_rss / bare_rss:.1f}×",
            "≤ 250 MB",
        )
    )
    rows.append(
        ("Datenbestand", f"{_n(counts['Customer'])} Kunden, {_n(counts['Contact'])} Ansprechpartner", "–", "–", "–")
    )
    close_database()
    del url
    return rows


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def raw_exec(sql: str, params: tuple[Any, ...]) -> None:
    db.current().cursor().execute(sql, params)


def print_table(backend: str, rows: list[tuple[str, str, str, str, str]]) -> None:
    header = ("Messung", "Ergebnis", "Untergrenze (rohes SQL)", "Verhältnis", "Ziel")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    print(f"\n### {backend}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql,mysql")
    parser.add_argument("--rebuild", action="store_true", help="build the reference set anew")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure as JSON, per backend")
    parser.add_argument("--sqlite-file", type=Path, help=f"the SQLite reference set (default {CACHE.name}/)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # one backend, in this process
    args = parser.parse_args()
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if not args.child:  # one process per backend and per benchmark: resident memory must not carry over
        json_option = ["--json", str(args.json)] if args.json else []
        sqlite_option = ["--sqlite-file", str(args.sqlite_file)] if args.sqlite_file else []
        for backend in backends:
            command = [sys.executable, __file__, "--child", "--backends", backend, "--repeat", str(args.repeat)]
            command += ["--rebuild"] if args.rebuild else []
            if subprocess.call(command + json_option + sqlite_option) != 0:
                return 1
        # Export of the reference set to vCard and CSV, the duplicates list (R13, B3) …
        command = [sys.executable, str(Path(__file__).with_name("export.py")), "--backends", ",".join(backends)]
        if subprocess.call(command + json_option + sqlite_option) != 0:
            return 1
        # The sync after 1,000 offline changes on each side, and the first offline copy (R14, servers).
        servers = [b for b in backends if b != "sqlite"]
        if servers:
            command = [sys.executable, str(Path(__file__).with_name("sync.py")), "--backends", ",".join(servers)]
            if subprocess.call([*command, "--reference", *json_option]) != 0:
                return 1
        # … and the import of a 20,000-row German Outlook CSV with 2,000 companies (R12, SQLite).
        return subprocess.call([sys.executable, str(Path(__file__).with_name("import_export.py")), *json_option])
    if args.sqlite_file:
        global SQLITE_FILE
        SQLITE_FILE = args.sqlite_file
    print_table(backends[0], bench_backend(backends[0], args.rebuild, args.repeat))
    if args.json:
        written = json.loads(args.json.read_text(encoding="utf-8")) if args.json.exists() else {}
        written[backends[0]] = FIGURES
        args.json.write_text(json.dumps(written, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
