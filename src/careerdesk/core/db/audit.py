"""The audit log: every change made through an ORM session is written down.

Models that set ``__audited__ = True`` are logged after each flush with the user,
the time, the row and each changed field's old and new value. A model's
``__audit_on_delete__`` names the only fields kept of a deleted row: of a deleted student,
who it was (university and number), not the personal data the deletion removed. Bulk
paths (demo data, imports) that bypass the ORM write one summary entry themselves with
``log_bulk``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from careerdesk.core.db.models import AuditEntry
from careerdesk.core.db.models.base import utcnow
from careerdesk.core.domain.choices import AuditAction
from careerdesk.core.identity import current_machine, current_user

_IGNORED_FIELDS = {"created_at", "updated_at"}


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _column_values(obj: object) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    masked = _masked(obj)
    return {
        attr.key: _plain(masked.get(attr.key, _as_is)(getattr(obj, attr.key)))
        for attr in mapper.column_attrs
        if attr.key not in _IGNORED_FIELDS and getattr(obj, attr.key) is not None
    }


def _masked(obj: object) -> dict[str, Callable[[Any], Any]]:
    """The model's columns kept only masked in the log (``__masked__``: an identity card
    number)."""
    return getattr(type(obj), "__masked__", {})


def _as_is(value: Any) -> Any:  # noqa: ANN401
    return value


def _changed_values(obj: object) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _IGNORED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            mask = _masked(obj).get(attr.key, _as_is)
            changes[attr.key] = [_plain(mask(old)), _plain(mask(new))]
    return changes


def _primary_key(obj: object) -> int | None:
    """The row's id; read from the instance, since new rows have no identity key yet."""
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return key[0] if len(key) == 1 and isinstance(key[0], int) else None


def _is_audited(obj: object) -> bool:
    return bool(getattr(type(obj), "__audited__", False))


def record_flush(session: Session, _flush_context: UOWTransaction) -> None:
    """``after_flush`` hook: the pending lists still show what this flush wrote."""
    user, machine = current_user(), current_machine()
    at = utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: object, action: AuditAction, changes: dict[str, Any]) -> None:
        rows.append({
            "at": at, "changed_by": user, "machine": machine, "action": action.value,
            "table_name": obj.__tablename__,  # type: ignore[attr-defined]
            "row_id": _primary_key(obj),
            "changes": changes, "summary": None,
            "import_batch_id": session.info.get("import_batch_id"),
        })

    for obj in session.new:
        if _is_audited(obj):
            add(obj, AuditAction.INSERT, _column_values(obj))
    for obj in session.dirty:
        if _is_audited(obj) and session.is_modified(obj, include_collections=False):
            changes = _changed_values(obj)
            if changes:
                add(obj, AuditAction.UPDATE, changes)
    for obj in session.deleted:
        if _is_audited(obj):
            values = _column_values(obj)
            kept = getattr(type(obj), "__audit_on_delete__", None)
            add(obj, AuditAction.DELETE,
                values if kept is None else {k: v for k, v in values.items() if k in kept})
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def log_bulk(
    connection: Connection | Session,
    table_name: str,
    summary: str,
    *,
    import_batch_id: int | None = None,
) -> None:
    """One audit entry for work done in bulk (Core inserts that bypass the ORM)."""
    connection.execute(
        insert(AuditEntry).values(
            at=utcnow(), changed_by=current_user(), machine=current_machine(),
            action=AuditAction.BULK.value,
            table_name=table_name, summary=summary, import_batch_id=import_batch_id,
        )
    )
