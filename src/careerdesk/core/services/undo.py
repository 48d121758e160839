"""Undo and redo of the changes a coordinator makes by hand.

``recorded`` runs a piece of work (any service that writes through the ORM) with the
journal on, and returns its result with what it changed and how to undo it. ``undo``
puts every row the work changed back as it was, in one transaction, and returns the
step that redoes it. A row someone has changed since (another window, another office,
an import) is never overwritten: the undo changes nothing and says who changed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.journal import TIMESTAMPS, RowChange, mapped_class, recording
from careerdesk.core.db.models import AuditEntry, Base
from careerdesk.core.db.models.base import utcnow
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.changes import Changes
from careerdesk.io.office_time import now as office_now
from careerdesk.io.office_time import shown
from careerdesk.messages import msg

T = TypeVar("T")


@dataclass(frozen=True)
class Undoable:
    """A change that can be undone: what to call it ("edit of CHAN Tai Man") and its rows."""

    label: str
    rows: tuple[RowChange, ...]
    changes: Changes
    #: When the change was made (stored time, UTC).
    at: dt.datetime


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a piece of work returned, what it changed, and the step that undoes it (None
    when it changed nothing that can be undone)."""

    value: T
    changes: Changes
    undo: Undoable | None


NOTHING = Changes()


def recorded(label: str, work: Callable[[], T], changes: Changes = NOTHING) -> Done[T]:
    """Run ``work`` with the journal on. ``changes``: kinds it changes besides those of the
    rows journaled (work that also writes in bulk)."""
    with recording() as journal:
        value = work()
    rows = tuple(journal.net())
    made = Changes.of_tables(change.table for change in rows) | changes
    return Done(value, made, Undoable(label, rows, made, utcnow()) if rows else None)


def undo(database: Database, step: Undoable) -> Done[None]:
    """Put back every row ``step`` changed; ``Done.undo`` is then the step that redoes it."""
    def put_back() -> None:
        with database.transaction() as session, session.no_autoflush:
            _put_back(session, step)

    done = recorded(step.label, put_back)
    return Done(None, step.changes, done.undo)


def _put_back(session: Session, step: Undoable) -> None:
    order = {table.name: position for position, table in enumerate(Base.metadata.sorted_tables)}
    removed = sorted((c for c in step.rows if c.removed), key=lambda c: order[c.table])
    updated = [c for c in step.rows if not c.removed and not c.made]
    made = sorted((c for c in step.rows if c.made), key=lambda c: -order[c.table])
    try:
        for change in removed:  # parents before the rows that refer to them
            if session.get(mapped_class(change.table), change.row_id) is not None:
                raise _changed_since(session, step, change)
            session.add(mapped_class(change.table)(**(change.before or {})))
            session.flush()
        for change in updated:
            row = _as_it_was_left(session, step, change, change.after or {})
            for key, value in (change.before or {}).items():
                setattr(row, key, value)
        session.flush()
        for change in made:  # the rows that refer to others first
            session.delete(_as_it_was_left(session, step, change, change.after or {}))
            session.flush()
    except IntegrityError as clash:  # a row put back would clash with one made since
        raise ConflictError(_nothing_undone(step.label), code="undo_conflict") from clash


def _as_it_was_left(session: Session, step: Undoable, change: RowChange,
                    values: dict[str, Any]) -> Base:
    """The row ``change`` left, if nobody has changed it since; else the undo stops."""
    row = session.get(mapped_class(change.table), change.row_id)
    if row is None or any(getattr(row, key) != value for key, value in values.items()
                          if key not in TIMESTAMPS):
        raise _changed_since(session, step, change)
    return row


def _changed_since(session: Session, step: Undoable, change: RowChange) -> ConflictError:
    """Why the undo cannot be done: who changed the row last, and when, if the log says."""
    last = session.execute(
        select(AuditEntry.changed_by, AuditEntry.at)
        .where(AuditEntry.table_name == change.table, AuditEntry.row_id == change.row_id,
               AuditEntry.at >= step.at)
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    if last is None:  # changed in bulk (an import), or removed without a trace
        return ConflictError(_nothing_undone(step.label), code="undo_conflict")
    who, at = last
    when = shown(at)
    written = f"{when:%H:%M}" if when.date() == office_now().date() else f"{when:%Y-%m-%d %H:%M}"
    return ConflictError(msg(
        "The {label} cannot be undone: {who} changed the same record at {time}, after it. "
        "Nothing was changed.", label=step.label, who=who, time=written),
        code="undo_conflict")


def _nothing_undone(label: str) -> str:
    return msg("The {label} cannot be undone: the records it changed have been changed since. "
               "Nothing was changed.", label=label)
