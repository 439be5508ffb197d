"""What every use case shares: who is working, the result of a change, undo and redo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from kontaktverwaltung.domain.channels import DEFAULT_REGION
from kontaktverwaltung.domain.history import HistoryKind, default_author
from kontaktverwaltung.domain.history_texts import encode
from kontaktverwaltung.domain.messages import Message
from kontaktverwaltung.store import changes
from kontaktverwaltung.store.changes import ChangeSet, Recorder

__all__ = ["ChangeSet", "Context", "Done", "default_author", "record_history", "redo", "undo"]
from kontaktverwaltung.store.models import HistoryEntry

Value = TypeVar("Value")


@dataclass(frozen=True)
class Context:
    """Who makes the changes (written into the history, B2) and the home phone region (R11)."""

    author: str
    region: str = DEFAULT_REGION

    @classmethod
    def default(cls) -> Context:
        return cls(default_author())


@dataclass(frozen=True)
class Done(Generic[Value]):
    """The result of a change and the change itself, for undo (B1)."""

    value: Value
    change: ChangeSet


def release_connection() -> None:
    """Close the calling thread's database connection (background loads run in worker threads)."""
    from kontaktverwaltung.store.db import close_thread_connection

    close_thread_connection()


def database_binding() -> int:
    """Which database is bound now (changes whenever another one is bound or it is closed for good)."""
    from kontaktverwaltung.store.db import binding

    return binding()


def retry_may_help(error: BaseException) -> bool:
    """Whether saving once more could succeed: the database busy or locked by another workstation,
    two saves colliding – not input the database refuses (that fails the same way every time)."""
    from kontaktverwaltung.store.db import is_transient

    return is_transient(error)


def undo(change: ChangeSet) -> None:
    """Restore exactly what was there before ``change`` (B1); refuses if it was changed since."""
    changes.revert(change)


def redo(change: ChangeSet) -> None:
    changes.reapply(change)


def combined(description: Message, *parts: ChangeSet) -> ChangeSet:
    """Several use cases made in one transaction, undone and redone as one step (B1).

    Undo reverts the steps last to first, each checked against what it left, so a row changed
    by two of the parts is restored through both."""
    return ChangeSet(description, [step for part in parts for step in part.steps])


def record_history(
    rec: Recorder,
    ctx: Context,
    customer_id: int,
    kind: HistoryKind,
    text: Message,
    contact_id: int | None = None,
    location_id: int | None = None,
) -> None:
    from kontaktverwaltung.store.db import now

    rec.insert(
        HistoryEntry,
        customer=customer_id,
        contact=contact_id,
        location=location_id,
        kind=kind.value,
        text="",  # what it says is in params: a text id and its values (schema 11)
        params=encode(text),
        author=ctx.author[:100],
        at=now(),
    )
