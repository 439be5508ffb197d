"""kill -9 in the middle of work: is the database still whole? (issue 12)

    python benchmarks/killtrials.py [--trials 20] [--scenarios demo,merge,import,migration] [--backends sqlite]

Each trial starts the work in a process of its own, kills it with SIGKILL at a random moment,
and then checks what a user would notice: the database opens (at the latest schema), SQLite's
integrity and foreign-key checks pass, and the scenario's own rule holds (the demo is all there
or not at all; every merged-away contact is gone with nothing pointing at it; the migrated file
has every row). Exit status 1 when any trial left a database broken.

A scenario is one entry in SCENARIOS: how to prepare the database, the work to kill, and the
check afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import peewee  # noqa: E402
from stress import prepare  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "schema3.sqlite3"
DEMO_CUSTOMERS = 40


@dataclass(frozen=True)
class Scenario:
    prepare: Callable[[str, Path], dict[str, int]]  # (url, folder) -> facts the check needs
    work: Callable[[str, Path], list[str]]  # (url, folder) -> the command line of the process to kill
    check: Callable[[dict[str, int]], str | None]  # on the opened database: what is wrong, or None
    backends: tuple[str, ...] = ("sqlite", "postgresql", "mysql")
    kill_within: float = 3.0  # seconds


def _app(url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "kontaktverwaltung", "--db", url, *args]


# --- demo: one transaction, all or nothing --------------------------------------------------------


def _demo_prepare(url: str, folder: Path) -> dict[str, int]:
    return {}


def _demo_check(facts: dict[str, int]) -> str | None:
    from kontaktverwaltung.store.models import Customer

    count = Customer.select().count()
    return None if count in (0, DEMO_CUSTOMERS) else f"{count} von {DEMO_CUSTOMERS} Demo-Kunden"


# --- merge: a loop of merges, killed somewhere ----------------------------------------------------

MERGE_LOOP = r"""
import sys
from kontaktverwaltung.services import merge
from kontaktverwaltung.services.common import Context
from kontaktverwaltung.store.opening import open_database
database = open_database(sys.argv[1])
pairs = database.execute_sql(
    "SELECT MIN(id), MAX(id) FROM contact GROUP BY customer_id HAVING COUNT(*) > 1").fetchall()
for survivor, other in pairs:
    merge.merge_contacts(Context("kill -9"), survivor, other, login_from="survivor")
"""


def _merge_prepare(url: str, folder: Path) -> dict[str, int]:
    from kontaktverwaltung.services import demo
    from kontaktverwaltung.store.models import Contact, ContactMerge
    from kontaktverwaltung.store.opening import close_database, open_database

    open_database(url)
    demo.generate(DEMO_CUSTOMERS, 2)
    facts = {"contacts": Contact.select().count() + ContactMerge.select().count()}
    close_database()
    return facts


def _merge_check(facts: dict[str, int]) -> str | None:
    from kontaktverwaltung.store.models import Contact, ContactChannel, ContactMerge, LoginAddress

    contacts, merges = Contact.select().count(), ContactMerge.select().count()
    if contacts + merges != facts["contacts"]:
        return f"{contacts} Ansprechpartner + {merges} Zusammenführungen ≠ {facts['contacts']}"
    merged = [m.merged_contact_id for m in ContactMerge.select(ContactMerge.merged_contact_id)]
    if Contact.select().where(Contact.id.in_(merged)).exists():
        return "ein zusammengeführter Ansprechpartner ist noch da"
    if ContactChannel.select().where(ContactChannel.contact.in_(merged)).exists():
        return "Kontaktdaten zeigen auf einen zusammengeführten Ansprechpartner"
    orphan = LoginAddress.select().join(Contact).where(Contact.password_hash.is_null())
    return "Anmelde-Adresse ohne Portalzugang" if orphan.exists() else None


# --- migration: an old file, killed while it is brought up to date --------------------------------


def _migration_prepare(url: str, folder: Path) -> dict[str, int]:
    from kontaktverwaltung.domain.urls import sqlite_path

    path = sqlite_path(url)
    assert path is not None
    shutil.copy(FIXTURE, path)
    import sqlite3

    with sqlite3.connect(path) as raw:
        return {"contacts": raw.execute("SELECT COUNT(*) FROM contact").fetchone()[0]}


def _migration_check(facts: dict[str, int]) -> str | None:
    from kontaktverwaltung.store.models import Contact

    count = Contact.select().count()
    return None if count == facts["contacts"] else f"{count} statt {facts['contacts']} Ansprechpartner"


# --- import: one transaction, all or nothing (R12) ------------------------------------------------

IMPORT_ROWS = 3000


def _import_prepare(url: str, folder: Path) -> dict[str, int]:
    from kontaktverwaltung.services import demo, imports
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.store.models import Contact
    from kontaktverwaltung.store.opening import close_database, open_database

    open_database(url)
    demo.generate(DEMO_CUSTOMERS, 3)
    lines = ["Vorname;Nachname;Firma;E-Mail;Telefon"]
    lines += [
        f"Vera{i};Import{i};Importfirma {i % 300} GmbH;vera{i}@import{i % 300}.at;0664 {1000000 + i}"
        for i in range(IMPORT_ROWS)
    ]
    (folder / "import.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    before = Contact.select().count()
    created = imports.import_file(Context("kill -9"), folder / "import.csv", dry_run=True).value.created
    close_database()
    return {"before": before, "after": before + created}


def _import_check(facts: dict[str, int]) -> str | None:
    from kontaktverwaltung.store.models import Contact, ImportBatch

    count, batches = Contact.select().count(), ImportBatch.select().count()
    expected = facts["after"] if batches else facts["before"]
    if count != expected or batches > 1:
        return f"{count} Ansprechpartner bei {batches} Importen (erwartet {facts['before']} oder {facts['after']})"
    return None


SCENARIOS: dict[str, Scenario] = {
    "demo": Scenario(
        _demo_prepare, lambda url, _folder: _app(url, "demo", "--customers", str(DEMO_CUSTOMERS)), _demo_check
    ),
    "merge": Scenario(_merge_prepare, lambda url, _folder: [sys.executable, "-c", MERGE_LOOP, url], _merge_check),
    "import": Scenario(
        _import_prepare,
        lambda url, folder: _app(url, "import", str(folder / "import.csv")),
        _import_check,
    ),
    "migration": Scenario(
        _migration_prepare, lambda url, _folder: _app(url, "migrate"), _migration_check, ("sqlite",), kill_within=1.0
    ),
}


# --- running trials -------------------------------------------------------------------------------


def trial(name: str, backend: str, rng: random.Random) -> str | None:
    """One trial: prepare, start, kill -9 at a random moment, open and check. What broke, or None."""
    from kontaktverwaltung.domain.errors import DomainError
    from kontaktverwaltung.store import db as dbmod
    from kontaktverwaltung.store.opening import close_database, open_database
    from kontaktverwaltung.store.schema import LATEST, stored_version

    scenario = SCENARIOS[name]
    folder = Path(tempfile.mkdtemp(prefix="kv-kill-"))
    try:
        url = prepare(backend, folder) if backend != "sqlite" else dbmod.sqlite_url(folder / "kill.sqlite3")
        facts = scenario.prepare(url, folder)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
        process = subprocess.Popen(
            scenario.work(url, folder), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        time.sleep(rng.uniform(0.05, scenario.kill_within))
        process.send_signal(signal.SIGKILL)
        process.wait()
        try:
            database = open_database(url)
        except DomainError as error:
            return f"öffnet nicht mehr: {error.message()}"
        try:
            if stored_version(database) != LATEST:
                return f"Schema {stored_version(database)} statt {LATEST}"
            if isinstance(database, peewee.SqliteDatabase):
                if database.execute_sql("PRAGMA integrity_check").fetchone() != ("ok",):
                    return "integrity_check meldet Schäden"
                if database.execute_sql("PRAGMA foreign_key_check").fetchall():
                    return "foreign_key_check findet verwaiste Zeilen"
                backups = list(folder.glob("*.bak*"))
                if len(backups) > 1:
                    return f"{len(backups)} Sicherungskopien"
            return scenario.check(facts)
        finally:
            close_database()
    finally:
        if backend != "sqlite":
            prepare(backend, folder, create=False)
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--backends", default="sqlite")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    rows = []
    for backend in args.backends.split(","):
        for name in args.scenarios.split(","):
            if backend not in SCENARIOS[name].backends:
                continue
            broken = []
            for number in range(args.trials):
                problem = trial(name, backend, rng)
                if problem:
                    broken.append(problem)
                    print(f"{backend} {name} Versuch {number + 1}: {problem}", file=sys.stderr)
            rows.append((backend, name, args.trials, len(broken)))
    print(f"{'Datenbank':<12}{'Arbeit':<12}{'Versuche':>9}{'kaputt':>8}")
    for backend, name, trials, broken_count in rows:
        print(f"{backend:<12}{name:<12}{trials:>9}{broken_count:>8}")
    return 1 if any(row[3] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
