"""What changed elsewhere, read from the database's change log in order, without missing a line.

Log lines are numbered by the database as they are written, but they become visible when their
transaction commits, which may be in another order: line 12 can be visible before line 11 is.
:class:`ChangeCursor` therefore remembers the lines seen above its position and waits a little for
a missing one. After ``GAP_PATIENCE`` seconds it moves on without it, so that later changes are
not held up, but keeps asking for the missing number (``late``) for ``LATE_PATIENCE`` seconds: a
long transaction (a psql session, a big undo) still shows when it commits; a number that never
appears (a transaction rolled back) is forgotten then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

GAP_PATIENCE = 2.0
LATE_PATIENCE = 900.0
EVERYTHING = "*"  # a log line of this table: anything may have changed (a bulk load)
# Tables whose change may concern every customer: a role is shared by all.
_SHARED_TABLES = frozenset({EVERYTHING, "customer_role"})
# Tables the customer list shows something of (name, city of the first location, contact count).
LIST_TABLES = frozenset({EVERYTHING, "customer", "location", "contact"})

LogLine = tuple[int, str, int | None]  # number, table, customer id (None: may concern all)


@dataclass(frozen=True)
class Changes:
    """What others changed: these customers, or (``everything``) possibly all of them."""

    customers: frozenset[int] = frozenset()
    tables: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.customers) or bool(self.tables)

    def concerns(self, customer_id: int | None) -> bool:
        return customer_id is not None and (self.everything or customer_id in self.customers)

    @property
    def customer_list(self) -> bool:
        """Whether the customer list may show something else now."""
        return self.everything or bool(self.tables & LIST_TABLES)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.customers | other.customers, self.tables | other.tables, self.everything or other.everything
        )

    @classmethod
    def of(cls, lines: Iterable[LogLine]) -> Changes:
        customers: set[int] = set()
        tables: set[str] = set()
        everything = False
        for _number, table, customer_id in lines:
            tables.add(table)
            if customer_id is None or table in _SHARED_TABLES:
                everything = True
            else:
                customers.add(customer_id)
        return cls(frozenset(customers), frozenset(tables), everything)


ALL = Changes(everything=True)


class ChangeCursor:
    """The position in the change log up to which every line has been taken (or given up)."""

    def __init__(self, position: int) -> None:
        self.position = position
        self._seen: set[int] = set()  # lines above the position, already taken
        self._gap_since: float | None = None
        self._late: dict[int, float] = {}  # numbers passed over, still awaited: since when

    @property
    def late(self) -> list[int]:
        """Numbers below the position still awaited: read them too."""
        return sorted(self._late)

    def take(self, lines: Iterable[LogLine], now: float) -> Changes:
        """The lines read (above the position, or late ones): what they say that was not taken before."""
        fresh = [
            line
            for line in lines
            if (line[0] > self.position and line[0] not in self._seen) or self._late.pop(line[0], None) is not None
        ]
        self._seen.update(line[0] for line in fresh if line[0] > self.position)
        self._advance(now)
        self._late = {n: since for n, since in self._late.items() if now - since < LATE_PATIENCE}
        return Changes.of(fresh)

    def skip_to(self, position: int) -> None:
        """Everything up to ``position`` counts as taken (after a full reload)."""
        if position > self.position:
            self.position = position
        self._seen = {n for n in self._seen if n > self.position}
        self._late.clear()
        self._advance(None)

    @property
    def waiting(self) -> bool:
        """Whether a missing line is being waited for (the caller should look again soon)."""
        return bool(self._seen)

    def _advance(self, now: float | None) -> None:
        while True:
            while self.position + 1 in self._seen:
                self.position += 1
                self._seen.discard(self.position)
            if not self._seen:
                self._gap_since = None
                return
            if now is None:
                return
            if self._gap_since is None:
                self._gap_since = now
                return
            if now - self._gap_since < GAP_PATIENCE:
                return
            first = min(self._seen)  # go on without the missing lines, but keep asking for them
            self._late.update({n: now for n in range(self.position + 1, first) if n not in self._late})
            self.position = first - 1
            self._gap_since = now
