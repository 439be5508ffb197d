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
from kontaktverwaltung.domain.records import ContactRow
from kontaktverwaltung.store.db import among, current, now, transaction
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
        """``update`` for rows whose columns equal ``match`` (a column may match a list of values)."""
        return self.update(model, _where(model, match), **values)

    def delete_by(self, model: type[BaseModel], match: dict[str, Any]) -> int:
        return self.delete(model, _where(model, match))

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


def _set(model: type[BaseModel], rows: Sequence[Row]) -> None:
    """Write back per-row values, grouping rows that get identical values into one UPDATE."""
    groups: dict[tuple[tuple[str, Any], ...], list[int]] = defaultdict(list)
    for row in rows:
        groups[tuple((k, v) for k, v in row.items() if k != "id")].append(row["id"])
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
                _expect(step.model, step.after, error)
                _set(step.model, step.before)


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
                _expect(step.model, step.before, error)
                _set(step.model, step.after)
