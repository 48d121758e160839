"""The journal: what a piece of work changed, row by row, so that it can be undone.

While ``recording()`` is open (on the thread doing the work), every row the ORM inserts,
updates or deletes in a transaction that commits is written down with its values before
and after. The work's services need not know: they open their transactions as usual.
What rolls back is forgotten. Bulk paths (Core inserts of an import) are not journaled;
they have their own undo (``services.importing.undo``).

``RowChange`` holds plain values only (numbers, text, dates), so a journal can cross to
the window's thread and be kept for as long as the window is open.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Mapper, Session, UOWTransaction

from careerdesk.core.db.models import Base

#: Columns every write sets again: never a sign that someone else changed a row.
TIMESTAMPS = frozenset({"created_at", "updated_at"})


@dataclass(frozen=True)
class RowChange:
    """One row's change: ``before`` None for a row made, ``after`` None for one removed; for
    an update, only the fields that changed, each side."""

    table: str
    row_id: int | str  # (a setting's key is its name)
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def made(self) -> bool:
        return self.before is None

    @property
    def removed(self) -> bool:
        return self.after is None


@dataclass
class Journal:
    """The rows changed by committed transactions, in the order they changed."""

    rows: list[RowChange] = field(default_factory=list)

    def tables(self) -> frozenset[str]:
        return frozenset(change.table for change in self.rows)

    def net(self) -> list[RowChange]:
        """One change per row, from its first state to its last (a row made and removed
        again is left out)."""
        merged: dict[tuple[str, int | str], RowChange | None] = {}
        for change in self.rows:
            key = (change.table, change.row_id)
            earlier = merged.get(key)
            merged[key] = change if key not in merged else _then(earlier, change)
        return [change for change in merged.values() if change is not None]


def _then(first: RowChange | None, second: RowChange) -> RowChange | None:
    """``first`` followed by ``second`` on the same row, as one change."""
    if first is None:  # made and removed already: this is a new life of the row
        return second
    if first.made and second.removed:
        return None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    if first.made:
        before, after = None, {**(first.after or {}), **(second.after or {})}
    elif second.removed:
        before, after = {**(second.before or {}), **(first.before or {})}, None
    elif second.made:  # removed, then put back: an update of every field
        before, after = dict(first.before or {}), dict(second.after or {})
    else:
        before = {**(second.before or {}), **(first.before or {})}
        after = {**(first.after or {}), **(second.after or {})}
    return RowChange(first.table, first.row_id, before, after)


_current: contextvars.ContextVar[Journal | None] = contextvars.ContextVar(
    "careerdesk_journal", default=None)
_PENDING = "journal_pending"


@contextmanager
def recording() -> Iterator[Journal]:
    """Journal the committed changes of the work done inside, on this thread."""
    journal = Journal()
    token = _current.set(journal)
    try:
        yield journal
    finally:
        _current.reset(token)


def is_recording() -> bool:
    return _current.get() is not None


def capture_flush(session: Session, _flush_context: UOWTransaction) -> None:
    """``after_flush`` hook: note each row this flush wrote, to be journaled on commit."""
    if _current.get() is None:
        return
    pending: list[RowChange] = session.info.setdefault(_PENDING, [])
    for obj in session.new:
        values = _loaded_values(obj)
        pending.append(RowChange(_table(obj), _row_id(obj), None, values))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            before, after = _changed_values(obj)
            if before or after:
                pending.append(RowChange(_table(obj), _row_id(obj), before, after))
    for obj in session.deleted:
        pending.append(RowChange(_table(obj), _row_id(obj), _loaded_values(obj), None))


def capture_commit(session: Session) -> None:
    """``after_commit`` hook: what the transaction wrote is now kept."""
    pending = session.info.pop(_PENDING, None)
    journal = _current.get()
    if pending and journal is not None:
        journal.rows.extend(pending)


def forget_rollback(session: Session) -> None:
    """``after_rollback`` hook: nothing the transaction wrote happened."""
    session.info.pop(_PENDING, None)


# -- reading a row's values ---------------------------------------------------------------------
def _table(obj: object) -> str:
    return str(obj.__tablename__)  # type: ignore[attr-defined]


def _row_id(obj: object) -> int | str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return key[0]


def _column_keys(obj: object) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _loaded_values(obj: object) -> dict[str, Any]:
    """Every column value the object holds, read without going to the database."""
    state = inspect(obj)
    return {key: state.dict[key] for key in _column_keys(obj) if key in state.dict}


def _changed_values(obj: object) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _column_keys(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            before[key], after[key] = old, new
    return before, after


# -- the tables, by name ------------------------------------------------------------------------
def mapped_class(table: str) -> type[Base]:
    """The model class stored in ``table``."""
    return _MODELS[table]


def _models() -> dict[str, type[Base]]:
    mappers: Iterable[Mapper[Any]] = Base.registry.mappers
    return {mapper.local_table.name: mapper.class_ for mapper in mappers  # type: ignore[attr-defined]
            if mapper.local_table is not None}


_MODELS = _models()
