"""The first screenful of customers straight from a SQLite file, before the database is opened
(issue 15): the window shows them in its first frame, while the store, peewee and the database
open behind it. Read-only, never waiting for a lock, given up after ``GIVE_UP_S`` (a file on a
slow network share), and only from a file whose schema is this app's; anything else (no file
yet, an older schema, a file locked or damaged) gives None and the list comes with the database
as before.

At the window's close the first screenful is kept in a small file (``remember``); the next start
takes it from there (~1 ms instead of ~15-20 ms) as long as the database file is exactly as it
was left: the same size and time of change, and nothing in its write-ahead log.

What ``repo.list_customers`` and ``repo.first_customers`` decide (which customers come first,
the first location's city, the contact counts) is decided here for both: they only read the rows.
No peewee here: importing it alone takes ~20 ms, a fifth of what the window takes to appear.
"""

from __future__ import annotations

import heapq
import json
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kontaktverwaltung.domain.records import CustomerView, FirstCustomers
from kontaktverwaltung.domain.text import sort_key

if TYPE_CHECKING:
    import sqlite3

SCHEMA_VERSION = 12  # schema.LATEST, which imports peewee (a test keeps the two equal)
GIVE_UP_S = 0.05  # the reference set's 20,000 customers take 5-10 ms
KEEP_GIVE_UP_S = 0.5  # at the close: nothing waits for it, but a file on a slow share must not hold the app


def first_groups(groups: Iterable[tuple[str | None, int]], count: int) -> list[str | None] | None:
    """Which groups of names (by their first two letters) hold the first ``count`` names; None
    for all of them. A sort key of a name starts with the sort key of its first letters, so the
    groups are known before any name is read."""
    keys = sorted((sort_key(letters or ""), letters, size) for letters, size in groups)
    taken, last = 0, ""
    for key, _letters, size in keys:
        if taken >= count:
            break
        taken, last = taken + size, key
    chosen = [letters for key, letters, _size in keys if key <= last or key.startswith(last)]
    return None if len(chosen) == len(keys) else chosen


def first_ids(rows: Iterable[tuple[int, str]], count: int) -> list[int]:
    """The ids of the first ``count`` of these (id, name) rows in the list's order."""
    return [row[0] for row in heapq.nsmallest(count, rows, key=lambda row: (sort_key(row[1]), row[0]))]


def customer_views(
    customers: Iterable[tuple[Any, ...]], locations: Iterable[tuple[int, int, int, str]], counts: dict[int, int]
) -> list[CustomerView]:
    """The list's rows: customers (id, version, number, name, notes) sorted by name, each with
    its first location's city (by position; ``locations``: customer, position, id, city) and its
    number of contacts. The first location is picked here: no sort in the database."""
    first: dict[int, tuple[int, int, str]] = {}
    for customer_id, position, location_id, city in locations:
        if customer_id not in first or (position, location_id) < first[customer_id][:2]:
            first[customer_id] = (position, location_id, city)
    return [
        CustomerView(cid, version, number, name, notes, first[cid][2] if cid in first else "", counts.get(cid, 0))
        for cid, version, number, name, notes in sorted(customers, key=lambda row: (sort_key(row[3]), row[0]))
    ]


def first_customers(path: Path, count: int, kept: Path | None = None) -> FirstCustomers | None:
    """How many customers the file holds, and the first ``count`` of them as the list shows them;
    None where the file cannot be read so (see above). ``kept``: where ``remember`` keeps them."""
    remembered = _recall(path, kept, count) if kept is not None else None
    if remembered is not None:
        return remembered
    import sqlite3  # (~1.3 ms at start: only when there is no kept list to show)

    try:
        connection = sqlite3.connect(f"{_uri(path)}?mode=ro", uri=True, timeout=0, isolation_level=None)
    except (sqlite3.Error, ValueError, OSError):  # no such file; a path no URI can name
        return None
    deadline = time.monotonic() + GIVE_UP_S
    connection.set_progress_handler(lambda: time.monotonic() > deadline, 1000)  # true: interrupted
    try:
        connection.execute("BEGIN")  # one read transaction: the counts and rows of one moment
        return _read(connection, count)
    except sqlite3.Error:  # not (yet) this app's schema, locked by a writer, damaged, too slow
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, count: int) -> FirstCustomers | None:
    (version,) = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()
    if version != SCHEMA_VERSION:
        return None
    start = "substr(name, 1, 2)"
    groups = connection.execute(f"SELECT {start}, COUNT(*) FROM customer GROUP BY {start}").fetchall()
    total = sum(size for _letters, size in groups)
    chosen = first_groups(groups, count)
    if chosen is None:
        names = connection.execute("SELECT id, name FROM customer")
    else:
        names = connection.execute(f"SELECT id, name FROM customer WHERE {start} IN ({_marks(chosen)})", chosen)
    ids = first_ids(names.fetchall(), count)
    if not ids:
        return FirstCustomers(total, [])
    among = f"IN ({_marks(ids)})"
    counts = connection.execute(f"SELECT customer_id, COUNT(*) FROM contact WHERE customer_id {among} GROUP BY 1", ids)
    counted = dict(counts.fetchall())
    locations = connection.execute(
        f"SELECT customer_id, position, id, city FROM location WHERE customer_id {among}", ids
    )
    located = locations.fetchall()
    customers = connection.execute(f"SELECT id, version, number, name, notes FROM customer WHERE id {among}", ids)
    return FirstCustomers(total, customer_views(customers.fetchall(), located, counted))


def remember(path: Path, kept: Path, count: int) -> bool:
    """At the window's close, once the app writes no more: keeps the first ``count`` customers in
    ``kept`` for the next start, with the state of the file they were read from. The log's
    changes are brought into the file first (a checkpoint that empties the log), so that the
    database's last close at the app's end has nothing left to change. False (and nothing kept)
    where that cannot be done: another program reading or writing the file, no file."""
    import sqlite3

    try:
        kept.unlink(missing_ok=True)  # whatever happens below: no word on an older state stays
        connection = sqlite3.connect(f"{_uri(path)}?mode=rw", uri=True, timeout=0, isolation_level=None)
    except (sqlite3.Error, ValueError, OSError):
        return False
    deadline = time.monotonic() + KEEP_GIVE_UP_S
    connection.set_progress_handler(lambda: time.monotonic() > deadline, 1000)  # true: interrupted
    try:
        (busy, _log, _moved) = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        connection.execute("BEGIN")
        first = _read(connection, count) if busy == 0 else None
        state = _state(path)
        connection.execute("COMMIT")
    except (sqlite3.Error, OSError):
        return False
    finally:
        connection.close()
    if first is None or state is None or state[-1] != 0:  # written meanwhile: the log is not empty
        return False
    customers = [list(customer) for customer in first.customers]
    text = json.dumps(
        {"schema": SCHEMA_VERSION, "state": state, "count": count, "total": first.total, "customers": customers}
    )
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        part = kept.with_name(kept.name + ".part")
        part.write_text(text, encoding="utf-8")
        part.replace(kept)
    except OSError:
        return False
    return True


def _uri(path: Path) -> str:
    """The file as an SQLite URI. Not resolved: on Windows that turns a mapped drive (Z:) into a
    network path (//server/share), whose URI has a host that SQLite refuses."""
    return path.absolute().as_uri()


def _state(path: Path) -> list[Any] | None:
    """What tells a change of the file: which file it is (path, file number, time of its last
    change of any kind), its time of change and size, and its log's size."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    try:
        log = os.stat(f"{path}-wal").st_size
    except FileNotFoundError:  # the last connection to close removes the log
        log = 0
    except OSError:
        return None
    return [str(path.absolute()), stat.st_ino, stat.st_ctime_ns, stat.st_mtime_ns, stat.st_size, log]


def _recall(path: Path, kept: Path, count: int) -> FirstCustomers | None:
    """What ``remember`` kept, if the file is still as it was then."""
    try:
        saved = json.loads(kept.read_text(encoding="utf-8"))
        if (saved["schema"], saved["state"], saved["count"]) != (SCHEMA_VERSION, _state(path), count):
            return None
        rows = saved["customers"]
        if not all(len(row) == len(_KEPT_TYPES) and all(map(isinstance, row, _KEPT_TYPES)) for row in rows):
            return None  # edited by hand or damaged: nothing the list could not show
        return FirstCustomers(int(saved["total"]), [CustomerView(*row) for row in rows])
    except (OSError, ValueError, KeyError, TypeError):  # none kept, or not in a form this app wrote
        return None


_KEPT_TYPES = (int, int, str, str, str, str, int)  # a CustomerView's fields


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))
