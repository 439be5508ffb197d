"""Two workstations offline, N changes each, then both sync: is anything lost? How long does it take?
(R14, issue 16; the quality bar: a sync after a day offline, 1,000 changes each side, ≤ 10 s.)

    python benchmarks/sync.py [--backends postgresql,mysql] [--changes 1000] [--reference] [--json FILE]

A server with demo data (300 customers); workstations A and B (data folders of their own) make
their offline copies. Offline, A edits the position of contacts and creates new ones; B edits the
department of the same contacts, on every tenth also the position (a field both changed), and
creates contacts of its own. A syncs (its N changes go to the server), then B syncs: N changes of
its own to send, N of A's to receive — "1,000 changes on each side". Then A syncs again and both
copies must equal the server. The table reports B's sync time beside a floor (the same number of
rows written by a bare executemany on the server, and read back), changes lost (goal 0),
conflicts listed against those expected, and, with ``--reference``, the first copy of the
reference set (benchmarks/run.py's kv_bench_reference, used only when it is there): time and size.
Figures measured under load on a shared machine: read the ratio to the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from stress import prepare  # noqa: E402

REFERENCE_URLS = {
    "postgresql": os.environ.get("KV_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/kv_bench_reference"),
    "mysql": os.environ.get("KV_BENCH_MYSQL_URL", "mysql://root@127.0.0.1:3306/kv_bench_reference?mariadb=true"),
}
FIGURES: dict[str, dict[str, float]] = {}  # per backend, as benchmarks/run.py writes them


def workstation(folder: Path, name: str) -> None:
    """Act as workstation ``name``: its own data folder, so its own offline copy."""
    os.environ["XDG_DATA_HOME"] = str(folder / name)


def edit(ctx: Any, contact_id: int, **changes: str) -> None:
    """The contact form's save with some fields changed (e-mails and phones kept)."""
    from kontaktverwaltung.domain.channels import ChannelInput, ChannelKind
    from kontaktverwaltung.domain.contact import ContactInput, Salutation
    from kontaktverwaltung.services import contacts

    row = contacts.contact_card(contact_id)
    channels = [
        ChannelInput(ChannelKind(c.kind), c.value, c.label, c.is_primary) for c in contacts.channels_of(contact_id)
    ]
    data = ContactInput(
        row.location_id,
        row.first_name,
        row.last_name,
        Salutation(row.salutation) if row.salutation else Salutation.NONE,
        row.title,
        changes.get("position", row.position),
        changes.get("department", row.department),
        row.notes,
        row.role_id,
        channels,
        row.username,
    )
    contacts.edit_contact(ctx, contact_id, None, data)


def create(ctx: Any, location_id: int, last: str) -> None:
    from kontaktverwaltung.domain.contact import ContactInput
    from kontaktverwaltung.services import contacts

    contacts.create_contact(ctx, ContactInput(location_id, "Neu", last))


def offline_work(url: str, name: str, people: list[tuple[int, int]], changes: int) -> None:
    """``changes`` use cases on workstation ``name``'s copy, as the window would make them."""
    from kontaktverwaltung.services import sync
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.store import db as dbmod
    from kontaktverwaltung.store import sync as store_sync

    ctx = Context(f"Arbeitsplatz {name}")
    copy = store_sync.open_copy(Path(sync.offline_copy_url(url).split(":///", 1)[1]))
    try:
        with dbmod.bound_here(copy):
            for i in range(changes):
                contact_id, location_id = people[i]
                if i % 5 == 4:
                    create(ctx, location_id, f"{name}-neu-{i}")
                elif name == "A":
                    edit(ctx, contact_id, position=f"A{i}")
                elif i % 10 == 0:
                    edit(ctx, contact_id, position=f"B{i}", department=f"B{i}")
                else:
                    edit(ctx, contact_id, department=f"B{i}")
    finally:
        copy.close()


def floor_seconds(url: str, changes: int) -> float:
    """A bare executemany of as many rows as the sync writes (each change: its record and a
    history line), in one transaction, then rolled back; plus reading them back."""
    from kontaktverwaltung.store import db as dbmod

    server = dbmod.connect_url(url)
    server.connect()
    try:
        ids = [r[0] for r in server.execute_sql("SELECT id FROM contact ORDER BY id LIMIT %s", (changes,)).fetchall()]
        started = time.perf_counter()
        with server.atomic() as transaction:
            cursor = server.cursor()
            cursor.executemany("UPDATE contact SET notes = %s WHERE id = %s", [("x", i) for i in ids])
            cursor.executemany("UPDATE contact SET notes = %s WHERE id = %s", [("y", i) for i in ids])
            server.execute_sql(f"SELECT * FROM contact WHERE id IN ({', '.join(map(str, ids))})").fetchall()
            transaction.rollback()
        return time.perf_counter() - started
    finally:
        server.close()


def run(backend: str, changes: int) -> dict[str, Any]:
    from kontaktverwaltung.services import sync
    from kontaktverwaltung.services.demo import generate
    from kontaktverwaltung.store import sync as store_sync
    from kontaktverwaltung.store.models import Contact
    from kontaktverwaltung.store.opening import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="kv-sync-"))
    try:
        url = prepare(backend, folder)
        open_database(url)
        generate(max(60, changes * 3 // 10), seed=3)
        people = [
            (c.id, c.location_id)
            for c in Contact.select(Contact.id, Contact.location).order_by(Contact.id).limit(changes)
        ]
        assert len(people) == changes, f"only {len(people)} contacts"
        workstation(folder, "A")
        started = time.perf_counter()
        sync.sync(url)
        first_copy = time.perf_counter() - started
        workstation(folder, "B")
        sync.sync(url)
        offline_work(url, "B", people, changes)
        workstation(folder, "A")
        offline_work(url, "A", people, changes)
        sync.sync(url)  # A's changes reach the server
        workstation(folder, "B")
        started = time.perf_counter()
        result_b = sync.sync(url)  # B: N to send, N to receive
        seconds = time.perf_counter() - started
        floor = floor_seconds(url, changes)
        workstation(folder, "A")
        sync.sync(url)  # A takes B's
        lost = 0
        for i, (contact_id, _) in enumerate(people):
            if i % 5 == 4:
                continue
            row = Contact.get_by_id(contact_id)
            lost += row.position != f"A{i}"
            lost += row.department != f"B{i}"
        names = {c.last_name for c in Contact.select(Contact.last_name).where(Contact.first_name == "Neu")}
        made = {f"{w}-neu-{i}" for w in "AB" for i in range(changes) if i % 5 == 4}
        lost += len(made - names)
        expected = {contact_id for i, (contact_id, _) in enumerate(people) if i % 10 == 0}
        listed = {(c.row_id, c.kind, c.fields[0][:2] if c.fields else None) for c in result_b.conflicts}
        wanted = {(cid, "field", ("position", f"B{i}")) for i, (cid, _) in enumerate(people) if cid in expected}
        from kontaktverwaltung.store import db as dbmod

        unequal = []
        for name in "AB":
            workstation(folder, name)
            copy = store_sync.open_copy(Path(sync.offline_copy_url(url).split(":///", 1)[1]))
            try:
                unequal += [f"{name}:{t}" for t in store_sync.copy_rows_equal(dbmod.current(), copy)]
            finally:
                copy.close()
        close_database()
        return {
            "backend": backend,
            "changes": changes,
            "seconds": seconds,
            "floor": floor,
            "first_copy": first_copy,
            "lost": lost,
            "conflicts": len(result_b.conflicts),
            "expected": len(wanted),
            "unlisted": len(wanted - listed),
            "unequal": unequal,
        }
    finally:
        close_database()
        prepare(backend, folder, create=False)
        shutil.rmtree(folder, ignore_errors=True)


def reference_copy(backend: str) -> tuple[float, float] | None:
    """The first copy of the reference set: seconds and MB, or None when it is not built."""
    from kontaktverwaltung.services import sync
    from kontaktverwaltung.store import db as dbmod
    from kontaktverwaltung.store.opening import close_database

    url = REFERENCE_URLS[backend]
    try:
        server = dbmod.connect_url(url)
        server.connect()
        count = server.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
        server.close()
    except Exception:  # not built here: benchmarks/run.py builds it
        return None
    if count < 20_000:
        return None
    folder = Path(tempfile.mkdtemp(prefix="kv-sync-ref-"))
    try:
        workstation(folder, "R")
        started = time.perf_counter()
        sync.sync(url)
        seconds = time.perf_counter() - started
        path = Path(sync.offline_copy_url(url).split(":///", 1)[1])
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
        return seconds, size
    finally:
        close_database()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="postgresql,mysql")
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--reference", action="store_true", help="also the first copy of the reference set")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args()
    rows = [run(backend, args.changes) for backend in args.backends.split(",")]
    print()
    print(
        f"{'Datenbank':<12}{'Änderungen':>11}{'Sync':>9}{'Boden':>9}{'Faktor':>8}{'verloren':>10}"
        f"{'Konflikte':>10}{'erwartet':>9}{'fehlen':>8}{'Kopie':>8}  ungleich"
    )
    for r in rows:
        print(
            f"{r['backend']:<12}{2 * r['changes']:>11}{r['seconds']:>8.2f}s{r['floor']:>8.3f}s"
            f"{r['seconds'] / r['floor']:>8.0f}{r['lost']:>10}{r['conflicts']:>10}{r['expected']:>9}"
            f"{r['unlisted']:>8}{r['first_copy']:>7.2f}s  {','.join(r['unequal']) or '-'}"
        )
        key = f"sync_{r['changes']}_{r['backend']}"
        FIGURES.setdefault(r["backend"], {})[f"{key}_s"] = round(r["seconds"], 3)
        FIGURES[r["backend"]][f"{key}_floor_s"] = round(r["floor"], 3)
    if args.reference:
        for backend in args.backends.split(","):
            found = reference_copy(backend)
            if found is None:
                print(f"{backend:<12}Referenzdatensatz nicht gebaut (benchmarks/run.py baut ihn): nicht gemessen")
                continue
            seconds, size = found
            print(f"{backend:<12}erste Offline-Kopie des Referenzdatensatzes: {seconds:.1f} s, {size:.0f} MB")
            FIGURES.setdefault(backend, {})[f"sync_first_copy_reference_{backend}_s"] = round(seconds, 1)
            FIGURES[backend][f"sync_first_copy_reference_{backend}_mb"] = round(size)
    if args.json:
        written: dict[str, Any] = json.loads(args.json.read_text(encoding="utf-8")) if args.json.exists() else {}
        for backend, figures in FIGURES.items():
            written.setdefault(backend, {}).update(figures)
        args.json.write_text(json.dumps(written, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    bad = any(r["lost"] or r["unlisted"] or r["unequal"] for r in rows)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
