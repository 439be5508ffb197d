"""Two workstations, one record, many conflicting saves: does any update get lost? (issue 5, B5)

    python benchmarks/stress.py [--backends postgresql,mysql,sqlite] [--edits 1000] [--restart]

Two processes, each with its own connection, edit the notes of the same customer ``--edits`` times
each, as a user of the app would: read the record with its version, add one line of their own, save
with that version. When the save is refused because the other one saved first, the client does what
the form does (B5): it takes in the record as saved now, adds its line again and saves once more.
At the end every one of the 2 × edits lines must be in the notes: the table reports how many were
lost (the goal: 0), how many saves were refused and retried, and the time.

``--restart`` also restarts the PostgreSQL server (pg_ctlcluster) and the MariaDB server in the
middle of the run, on this machine only: the clients must reconnect by themselves and still lose
nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SERVER_URLS = {
    # A database of this run's own (dropped at the end): two runs at once never clobber each other.
    "postgresql": os.environ.get(
        "KV_STRESS_POSTGRES_URL", f"postgresql://postgres@127.0.0.1:5432/kv_stress_{os.getpid()}"
    ),
    "mysql": os.environ.get("KV_STRESS_MYSQL_URL", f"mysql://root@127.0.0.1:3306/kv_stress_{os.getpid()}?mariadb=true"),
}


def client(url: str, name: str, customer_id: int, edits: int, results: multiprocessing.Queue) -> None:
    from kontaktverwaltung.store.opening import open_database

    try:
        open_database(url)
        results.put(_edit(name, customer_id, edits))
    except BaseException as error:  # the run must end, and say why
        results.put((name, -1, repr(error)))


def _edit(name: str, customer_id: int, edits: int) -> tuple[str, int, int]:
    from kontaktverwaltung.domain.errors import ConflictError, ConnectionLost
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services.common import Context

    ctx = Context(name)
    refused = lost_link = 0
    for n in range(edits):
        line = f"{name}-{n}"
        while True:
            try:
                current = customers.customer(customer_id)
                notes = f"{current.notes}\n{line}" if current.notes else line
                customers.edit_customer(
                    ctx, customer_id, current.version, customers.CustomerInput(current.number, current.name, notes)
                )
                break
            except ConflictError:
                refused += 1  # the other one saved first: take in theirs, add mine again
            except ConnectionLost:
                lost_link += 1  # the server is restarting: nothing was saved, try again
                time.sleep(0.2)
    return name, refused, lost_link


def prepare(backend: str, folder: Path, create: bool = True) -> str:
    """A fresh database for the run (``create=False``: drop it again afterwards)."""
    from kontaktverwaltung.store import db as dbmod

    if backend == "sqlite":
        return dbmod.sqlite_url(folder / "stress.sqlite3")
    from kontaktverwaltung.store.db import connect_url

    url = SERVER_URLS[backend]
    name = url.split("?")[0].rsplit("/", 1)[1]
    if backend == "postgresql":
        admin = connect_url(url.rsplit("/", 1)[0] + "/postgres")
        admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            admin.execute_sql(f'CREATE DATABASE "{name}"')
    else:
        base, _, query = url.partition("?")
        admin = connect_url(base.rsplit("/", 1)[0] + "/mysql" + (f"?{query}" if query else ""))
        admin.execute_sql(f"DROP DATABASE IF EXISTS `{name}`")
        if create:
            admin.execute_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    admin.close()
    return url


def restart_server(backend: str) -> str:
    """Stop and start this machine's server; returns what was done (for the report)."""
    if backend == "postgresql":
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True, capture_output=True
        )
        return "PostgreSQL neu gestartet"
    if backend == "mysql":
        subprocess.run(["mariadb-admin", "-uroot", "shutdown"], check=True, capture_output=True)
        time.sleep(1.0)
        subprocess.run(
            [
                "start-stop-daemon",
                "--start",
                "--oknodo",
                "--background",
                "--exec",
                "/usr/sbin/mariadbd",
                "--",
                "--user=mysql",
            ],
            check=True,
            capture_output=True,
        )
        return "MariaDB neu gestartet"
    return ""


def run(backend: str, edits: int, restart: bool) -> tuple[str, int, int, int, int, int, float, str]:
    from kontaktverwaltung.services import customers
    from kontaktverwaltung.services.common import Context
    from kontaktverwaltung.store.opening import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="kv-stress-"))
    try:
        url = prepare(backend, folder)
        open_database(url)
        customer_id = customers.create_customer(Context("Stress"), customers.CustomerInput("S-1", "Stress GmbH")).value
        close_database()
        spawn = multiprocessing.get_context("spawn")
        results: multiprocessing.Queue = spawn.Queue()
        workers = [spawn.Process(target=client, args=(url, name, customer_id, edits, results)) for name in "AB"]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        note = ""
        if restart and backend != "sqlite":
            time.sleep(3.0)  # well inside the run
            note = restart_server(backend)
        reports = [results.get(timeout=900) for _ in workers]
        failed = [report for report in reports if report[1] == -1]
        if failed:
            raise SystemExit(f"{backend}: a client failed: {failed}")
        for worker in workers:
            worker.join()
        seconds = time.perf_counter() - started
        open_database(url)
        written = customers.customer(customer_id).notes.splitlines()
        close_database()
        lines = set(written)
        expected = {f"{name}-{n}" for name in "AB" for n in range(edits)}
        lost = len(expected - lines)
        twice = len(written) - len(lines)  # a save whose confirmation the lost server swallowed
        refused = sum(r[1] for r in reports)
        reconnects = sum(r[2] for r in reports)
        return backend, 2 * edits, lost, twice, refused, reconnects, seconds, note
    finally:
        close_database()
        prepare(backend, folder, create=False)
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="postgresql,mysql")
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--restart", action="store_true")
    args = parser.parse_args()
    rows = [run(backend, args.edits, args.restart) for backend in args.backends.split(",")]
    print()
    print(
        f"{'Datenbank':<12}{'Speichern':>10}{'verloren':>10}{'doppelt':>9}{'abgelehnt+neu':>15}{'Server weg':>12}"
        f"{'Zeit':>9}  "
    )
    for backend, saves, lost, twice, refused, reconnects, seconds, note in rows:
        print(f"{backend:<12}{saves:>10}{lost:>10}{twice:>9}{refused:>15}{reconnects:>12}{seconds:>8.1f}s  {note}")
    return 1 if any(row[2] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
