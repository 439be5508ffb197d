"""Exact reversal of every change (B1): the before- and after-images of the rows a use case wrote.

A service writes only through a :class:`Recorder`. The resulting :class:`ChangeSet` can be
reverted and re-applied, each time in one transaction. Before touching a row, revert and reapply
check that it still looks exactly as this change left it; if someone else changed it meanwhile,
nothing is written and a :class:`ConflictError` explains why (B5).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import peewee as pw

from kontaktverwaltung.domain.errors import ConflictError, NotFound, Problem
from kontaktverwaltung.domain.messages import Message, T
from kontaktverwaltung.domain.results import ContactRow
from kontaktverwaltung.store.db import among, current, now, offline_ids, transaction
from kontaktverwaltung.store.models import BaseModel, Versioned
from kontaktverwaltung.store.rows import contact_columns

Row = dict[str, Any]
CHUNK = 500


@dataclass(frozen=True)
class Step:
    model: type[BaseModel]
    kind: Literal["insert", "delete", "update"]
    rows: tuple[Row, ...] = ()  # insert/delete: whole rows
    before: tuple[Row, ...] = ()  # update: id plus the changed columns, as they were …
    after: tuple[Row, ...] = ()  # … and as this change left them


@dataclass
class ChangeSet:
    """What one use case changed, for undo and redo. ``description`` names the action (a Message,
    rendered in the UI's language when shown)."""

    description: Message
    steps: list[Step] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.steps)

    def touched(self, model: type[BaseModel]) -> set[int]:
        ids: set[int] = set()
        for step in self.steps:
            if step.model is model:
                ids.update(r["id"] for r in (*step.rows, *step.after))
        return ids


def inverse(change: ChangeSet, description: Message) -> ChangeSet:
    """The change that takes ``change`` back, as a change of its own: reverting it writes
    ``change`` again, reapplying it takes it back again (an import undone from the History is
    itself one undo step, B1)."""
    steps = []
    for step in reversed(change.steps):
        if step.kind == "insert":
            steps.append(Step(step.model, "delete", rows=step.rows))
        elif step.kind == "delete":
            steps.append(Step(step.model, "insert", rows=step.rows))
        else:
            steps.append(Step(step.model, "update", before=step.after, after=step.before))
    return ChangeSet(description, steps)


def _plain(value: Any) -> Any:
    if isinstance(value, (memoryview, bytearray)):
        return bytes(value)
    return value


def _rows(model: type[BaseModel], where: pw.Expression, columns: Iterable[str] | None = None) -> list[Row]:
    """The rows (``columns`` and the id, or all), each value as peewee's model would give it:
    read through the driver and converted per column, as peewee does, without its per-row machinery
    (a merge reads 10,000 link rows)."""
    fields = [model._meta.fields[c] for c in columns] if columns is not None else list(model._meta.sorted_fields)
    if columns is not None:
        fields.insert(0, model.id)
    cursor = current().execute(model.select(*fields).where(where).order_by(model.id))
    names = [f.name for f in fields]
    converters = [f.python_value for f in fields]
    return [
        {name: _plain(convert(value)) for name, convert, value in zip(names, converters, row, strict=True)}
        for row in cursor.fetchall()
    ]


def _rows_by_id(model: type[BaseModel], ids: Sequence[int], columns: Iterable[str] | None = None) -> list[Row]:
    cols = list(columns) if columns is not None else None
    result: list[Row] = []
    for expression in among(model.id, list(ids)):
        result.extend(_rows(model, expression, cols))
    return result


class Recorder:
    """Writes rows and remembers exactly what it wrote. Use inside ``transaction()``."""

    def __init__(self, description: Message) -> None:
        self.change = ChangeSet(description)

    def insert(self, model: type[BaseModel], **values: Any) -> int:
        if issubclass(model, Versioned):
            stamp = now()
            values.setdefault("created_at", stamp)
            values.setdefault("updated_at", stamp)
        instance = model(**values)
        if instance.id is None:
            taken = offline_ids(model._meta.table_name, 1)
            if taken is not None:
                instance.id = taken[0]
        instance.save(force_insert=True)
        row = {name: _plain(instance.__data__.get(name)) for name in model._meta.fields}
        self.change.steps.append(Step(model, "insert", rows=(row,)))
        return int(instance.get_id())

    def update(self, model: type[BaseModel], where: pw.Expression, **values: Any) -> int:
        """Set the same values on every row matching ``where``; returns how many rows changed."""
        before = _rows(model, where, values)
        if not before:
            return 0
        ids = [r["id"] for r in before]
        for expression in among(model.id, ids):
            model.update(**values).where(expression).execute()
        after = tuple({"id": i, **{k: _plain(v) for k, v in values.items()}} for i in ids)
        self.change.steps.append(Step(model, "update", before=tuple(before), after=after))
        return len(ids)

    def update_by(self, model: type[BaseModel], match: dict[str, Any], **values: Any) -> int:
        """``update`` for rows whose columns equal ``match`` (a column may match a list of values).

        Re-pointing links (every column set is matched to one id, as a merge moves a contact's
        history from one contact to the other) needs no before-images read: each row's is the
        match. Then one set-based UPDATE writes the rows and only their ids come back (RETURNING
        on SQLite and PostgreSQL; MariaDB/MySQL reads the ids first and the UPDATE must find
        exactly those), however many rows there are."""
        if values and all(_implied(model, name, match.get(name), value) for name, value in values.items()):
            return self._repoint(model, match, values)
        return self.update(model, _where(model, match), **values)

    def _repoint(self, model: type[BaseModel], match: dict[str, Any], values: dict[str, Any]) -> int:
        where = _where(model, match)
        database = current()
        if isinstance(database, pw.MySQLDatabase):  # no UPDATE … RETURNING
            ids = _ids_where(model, where)
            if not ids:
                return 0
            changed = sum(model.update(**values).where(e & where).execute() for e in among(model.id, ids))
            if changed != len(ids):  # a row changed meanwhile: the images would not be exact
                raise stale_record()
        else:  # the ids straight from the driver: peewee's row iteration costs more than the rows
            ids = [i for (i,) in database.execute(model.update(**values).where(where).returning(model.id)).fetchall()]
            if not ids:
                return 0
            ids.sort()
        old_values = {k: match[k] for k in values}
        new_values = {k: _plain(v) for k, v in values.items()}
        before = tuple([{"id": i, **old_values} for i in ids])
        after = tuple([{"id": i, **new_values} for i in ids])
        self.change.steps.append(Step(model, "update", before=before, after=after))
        return len(ids)

    def update_each(self, model: type[BaseModel], changes: dict[int, dict[str, Any]]) -> int:
        """Set per-row values (each row by id: its columns and values; all rows the same columns)
        with one read of the before-images and one UPDATE (a CASE per column), however many rows."""
        if not changes:
            return 0
        columns = list(next(iter(changes.values())))
        before = _rows_by_id(model, list(changes), columns)
        if len(before) != len(changes):
            raise stale_record()
        _write_each(model, [{"id": i, **values} for i, values in changes.items()])
        after = tuple({"id": r["id"], **{k: _plain(v) for k, v in changes[r["id"]].items()}} for r in before)
        self.change.steps.append(Step(model, "update", before=tuple(before), after=after))
        return len(before)

    def delete_by(self, model: type[BaseModel], match: dict[str, Any]) -> int:
        return self.delete(model, _where(model, match))

    def delete_loaded(self, model: type[Versioned], row: Row) -> None:
        """Delete one record the use case has read already (all columns, locked, inside this
        transaction), refusing if its version moved on: no second read."""
        before = {name: _plain(row[name]) for name in model._meta.fields}
        deleted = model.delete().where((model.id == before["id"]) & (model.version == before["version"])).execute()
        if deleted != 1:
            raise stale_record()
        self.change.steps.append(Step(model, "delete", rows=(before,)))

    def update_versioned(
        self,
        model: type[Versioned],
        pk: int,
        expected_version: int | None,
        **values: Any,
    ) -> int:
        """Update one record that a user edited, refusing if it changed since it was loaded.

        Returns the new version.
        """
        columns = [*values, "version", "updated_at"]
        found = _rows(model, model.id == pk, columns)
        if not found:
            raise NotFound(Problem.of(T("Der Datensatz existiert nicht mehr.")))
        return self.update_loaded(model, found[0], expected_version, **values)

    def update_loaded(
        self,
        model: type[Versioned],
        row: Row | ContactRow,
        expected_version: int | None,
        **values: Any,
    ) -> int:
        """``update_versioned`` of a row the use case has read already (locked, inside this
        transaction): no second read. ``row`` holds at least id, version, updated_at and the
        columns in ``values``. Returns the new version."""
        if isinstance(row, ContactRow):
            row = contact_columns(row)
        pk = row["id"]
        before = {"id": pk, **{k: _plain(row[k]) for k in (*values, "version", "updated_at")}}
        if expected_version is not None and before["version"] != expected_version:
            raise stale_record()
        values = {**values, "version": before["version"] + 1, "updated_at": now()}
        updated = model.update(**values).where((model.id == pk) & (model.version == before["version"])).execute()
        if updated != 1:
            raise stale_record()
        self.change.steps.append(
            Step(model, "update", before=(before,), after=({"id": pk, **{k: _plain(v) for k, v in values.items()}},))
        )
        return int(values["version"])

    def delete(self, model: type[BaseModel], where: pw.Expression) -> int:
        rows = _rows(model, where)
        if not rows:
            return 0
        for expression in among(model.id, [r["id"] for r in rows]):
            model.delete().where(expression).execute()
        self.change.steps.append(Step(model, "delete", rows=tuple(rows)))
        return len(rows)


def _ids_where(model: type[BaseModel], where: pw.Expression) -> list[int]:
    """The sorted ids of the rows matching ``where``, on MariaDB/MySQL as one comma-separated
    string (PyMySQL parses every row in Python: 5,000 rows of one id cost ~40 ms, one row with all
    of them well under 1 ms); read row by row when group_concat_max_len cut the string (MySQL 8:
    1 kB), which their count and sum tell (a number cut short is smaller)."""
    query = model.select(pw.fn.COUNT(model.id), pw.fn.SUM(model.id), pw.fn.GROUP_CONCAT(model.id)).where(where)
    count, total, joined = current().execute(query).fetchone()
    if not count:
        return []
    parts = str(joined).split(",")
    if len(parts) == count and all(p.isdigit() for p in parts):
        ids = sorted(map(int, parts))
        if sum(ids) == int(total):
            return ids
    return sorted(i for (i,) in current().execute(model.select(model.id).where(where)).fetchall())


def _implied(model: type[BaseModel], name: str, matched: Any, value: Any) -> bool:
    """Whether a row's value of the id column ``name`` before the update is the one matched."""
    column = model._meta.fields[name]
    ids = isinstance(column, (pw.ForeignKeyField, pw.IntegerField)) and not isinstance(column, pw.BooleanField)
    return ids and type(matched) is int and matched != value


def _write_each(model: type[BaseModel], rows: Sequence[Row]) -> None:
    """Per-row values (all rows the same columns) in one UPDATE per CHUNK rows: a CASE on the id
    for each column whose values differ, the value itself where all rows get the same."""
    for start in range(0, len(rows), CHUNK):
        part = rows[start : start + CHUNK]
        values: dict[pw.Field, Any] = {}
        for name in part[0]:
            if name == "id":
                continue
            column = model._meta.fields[name]
            if all(r[name] == part[0][name] and type(r[name]) is type(part[0][name]) for r in part):
                values[column] = part[0][name]
                continue
            cases = [(r["id"], pw.Value(r[name], converter=column.db_value, unpack=False)) for r in part]
            values[column] = pw.Case(model.id, cases)
        for expression in among(model.id, [r["id"] for r in part]):
            model.update(values).where(expression).execute()


def _where(model: type[BaseModel], match: dict[str, Any]) -> pw.Expression:
    clauses: list[Any] = []
    for name, value in match.items():
        column = model._meta.fields[name]
        if isinstance(value, (list, tuple, set, frozenset)):
            clauses.append(column.in_(list(value)) if value else pw.SQL("1 = 0"))
        else:
            clauses.append(column.is_null() if value is None else column == value)
    expression: pw.Expression = clauses[0]
    for clause in clauses[1:]:
        expression = expression & clause
    return expression


def stale_record() -> ConflictError:
    return ConflictError(
        Problem.of(
            T(
                "Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden; es wurde "
                "nichts überschrieben."
            )
        )
    )


def _changed_meanwhile(description: Message, undo: bool) -> ConflictError:
    if undo:
        key = T(
            "„{description}“ lässt sich nicht rückgängig machen: die betroffenen Daten wurden inzwischen "
            "geändert. Es wurde nichts überschrieben."
        )
    else:
        key = T(
            "„{description}“ lässt sich nicht wiederherstellen: die betroffenen Daten wurden inzwischen "
            "geändert. Es wurde nichts überschrieben."
        )
    return ConflictError(Problem.of(key, description=description))


def _expect(model: type[BaseModel], expected: Sequence[Row], error: ConflictError) -> None:
    """Every expected row exists and shows the expected values in the columns it names."""
    if not expected:
        return
    columns = [c for c in expected[0] if c != "id"]
    current = {r["id"]: r for r in _rows_by_id(model, [r["id"] for r in expected], columns)}
    for row in expected:
        found = current.get(row["id"])
        if found is None or any(_same(found[c], row[c]) is False for c in columns):
            raise error


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime.datetime) and isinstance(b, datetime.datetime):
        return a.replace(microsecond=0) == b.replace(microsecond=0)
    return bool(a == b)


def _expect_absent(model: type[BaseModel], rows: Sequence[Row], error: ConflictError) -> None:
    if rows and _rows_by_id(model, [r["id"] for r in rows], []):
        raise error


def _insert(model: type[BaseModel], rows: Sequence[Row]) -> None:
    for start in range(0, len(rows), CHUNK):
        model.insert_many(list(rows[start : start + CHUNK])).execute()


def _delete(model: type[BaseModel], rows: Sequence[Row]) -> None:
    for expression in among(model.id, [r["id"] for r in rows]):
        model.delete().where(expression).execute()


def _swap(model: type[BaseModel], expected: Sequence[Row], target: Sequence[Row], error: ConflictError) -> None:
    """Write ``target`` over rows that must still look as ``expected`` (same ids), or raise
    ``error``. Rows whose id columns all move from one id to another (links re-pointed, as a merge
    does) are checked and written in one statement per group of equal values, the check being
    that it wrote every row (no read, however many rows); the rest are read and compared first."""
    goals = {r["id"]: r for r in target}
    groups: dict[tuple[tuple[tuple[str, Any], ...], tuple[tuple[str, Any], ...]], list[Row]] = defaultdict(list)
    for row in expected:
        goal = goals[row["id"]]
        key = (tuple(kv for kv in row.items() if kv[0] != "id"), tuple(kv for kv in goal.items() if kv[0] != "id"))
        groups[key].append(row)
    rest: list[Row] = []
    fused: list[tuple[dict[str, Any], dict[str, Any], list[int]]] = []
    for (was, will), rows in groups.items():
        was_, will_ = dict(was), dict(will)
        if was_ and was_.keys() == will_.keys() and all(_implied(model, k, v, will_[k]) for k, v in was_.items()):
            fused.append((was_, will_, [r["id"] for r in rows]))
        else:
            rest += rows
    _expect(model, rest, error)
    for was_, will_, ids in fused:
        where = _where(model, was_)
        if sum(model.update(**will_).where(e & where).execute() for e in among(model.id, ids)) != len(ids):
            raise error
    _set(model, [goals[r["id"]] for r in rest])


def _set(model: type[BaseModel], rows: Sequence[Row]) -> None:
    """Write back per-row values, grouping rows that get identical values into one UPDATE; rows
    that each get values of their own (the e-mails a merge moved, each to its place) share one."""
    groups: dict[tuple[tuple[str, Any], ...], list[int]] = defaultdict(list)
    for row in rows:
        groups[tuple((k, v) for k, v in row.items() if k != "id")].append(row["id"])
    chunks = -(-len(rows) // CHUNK)
    if len(groups) > chunks and len({tuple(row) for row in rows}) == 1:  # fewer statements
        _write_each(model, rows)
        return
    for values, ids in groups.items():
        for expression in among(model.id, ids):
            model.update(**dict(values)).where(expression).execute()


def revert(change: ChangeSet) -> None:
    """Undo: restore every row exactly as it was before the change, or change nothing."""
    error = _changed_meanwhile(change.description, undo=True)
    try:
        _revert(change, error)
    except pw.IntegrityError as integrity:
        # Someone linked to a row this undo removes, or took a unique value it restores.
        raise error from integrity


def _revert(change: ChangeSet, error: ConflictError) -> None:
    with transaction():
        for step in reversed(change.steps):
            if step.kind == "insert":
                _expect(step.model, step.rows, error)
                _delete(step.model, step.rows)
            elif step.kind == "delete":
                _expect_absent(step.model, step.rows, error)
                _insert(step.model, step.rows)
            else:
                _swap(step.model, step.after, step.before, error)


def reapply(change: ChangeSet) -> None:
    """Redo: write the change again exactly as it was first written, or change nothing."""
    error = _changed_meanwhile(change.description, undo=False)
    try:
        _reapply(change, error)
    except pw.IntegrityError as integrity:
        raise error from integrity


def _reapply(change: ChangeSet, error: ConflictError) -> None:
    with transaction():
        for step in change.steps:
            if step.kind == "insert":
                _expect_absent(step.model, step.rows, error)
                _insert(step.model, step.rows)
            elif step.kind == "delete":
                _expect(step.model, step.rows, error)
                _delete(step.model, step.rows)
            else:
                _swap(step.model, step.before, step.after, error)
