"""Undoing an import: what it added goes, what it changed comes back, unless changed since.

A student the import added is removed only if nobody has edited it and nothing else
(a nomination or registration not from this import) refers to it. A student the import
updated gets its old values back only where they still hold what the import wrote.
Everything left alone is listed, so the coordinator knows exactly what remains.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import Session

from careerdesk.core.db.audit import log_bulk
from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Application,
    Attendance,
    EventRole,
    ImportBatch,
    ImportChange,
    Nomination,
    Placement,
    PlacementPhase,
    StatusChange,
    Student,
    University,
)
from careerdesk.core.db.models.base import table_of, utcnow
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.identity import current_user
from careerdesk.core.services.progress import Progress
from careerdesk.io.office_time import shown
from careerdesk.messages import msg, sentences

_TABLES = {"student": Student, "nomination": Nomination, "attendance": Attendance,
           "placement": Placement, "application": Application, "event_role": EventRole}
_DATE_COLUMNS = {"graduation_date", "consent_date", "outcome_on"}


@dataclass
class UndoResult:
    batch: int
    removed_students: int = 0
    restored_students: int = 0
    removed_nominations: int = 0
    restored_nominations: int = 0
    removed_attendances: int = 0
    removed_placements: int = 0
    removed_applications: int = 0
    removed_roles: int = 0
    restored_applications: int = 0
    kept: list[str] = field(default_factory=list)
    #: Nominations whose placement (recorded by the import) was changed since, and kept:
    #: they keep the stage the import moved them to, where a placement stands.
    kept_placed: set[int] = field(default_factory=set)

    def summary(self) -> str:
        text: str = msg("Import batch {batch} undone: {removed:,} added students removed, "
                   "{restored:,} updated students restored, {nominations:,} nominations "
                   "removed, {registrations:,} event registrations removed.", batch=self.batch,
                   removed=self.removed_students, restored=self.restored_students,
                   nominations=self.removed_nominations,
                   registrations=self.removed_attendances)
        if self.removed_placements:
            text = sentences(text, msg("{count:,} placements it recorded were removed.",
                                       count=self.removed_placements))
        if self.removed_applications:
            text = sentences(text, msg("{count:,} career-day applications it recorded were "
                                       "removed.", count=self.removed_applications))
        if self.removed_roles:
            text = sentences(text, msg("{count:,} career-day roles it added were removed.",
                                       count=self.removed_roles))
        if self.restored_applications:
            text = sentences(text, msg("{count:,} applications it moved on were put back as "
                                       "they were.", count=self.restored_applications))
        if self.restored_nominations:  # ranks, tracks, withdrawals the import changed
            text = sentences(text, msg("{count:,} nominations it changed were put back as they "
                                       "were.", count=self.restored_nominations))
        if self.kept:
            return sentences(text, msg("{count:,} records were changed since the import and "
                                       "were left as they are.", count=len(self.kept)))
        return text


def undo_import(database: Database, batch_id: int,
                progress: Progress | None = None) -> UndoResult:
    """One transaction: a Cancel (heard between steps) or an error leaves everything as it was."""
    progress = progress or Progress()
    with database.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(msg("There is no import batch {batch}.", batch=batch_id),
                                code="batch_missing")
        if batch.undone_at is not None:
            raise ConflictError(msg("Import batch {batch} was already undone on {when} by "
                                    "{who}.", batch=batch_id,
                                    when=f"{shown(batch.undone_at):%Y-%m-%d %H:%M}",
                                    who=batch.undone_by),
                                code="batch_undone")
        result = UndoResult(batch_id)
        steps = [(msg("Removing placements"), _remove_placements),
                 (msg("Removing nominations"), _remove_nominations),
                 (msg("Removing event registrations"), _remove_attendances),
                 (msg("Removing career-day applications"), _remove_applications),
                 (msg("Restoring updated records"), _restore_changes),
                 (msg("Removing added students"), _remove_students)]
        for done, (message, step) in enumerate(steps):
            progress.step(done, len(steps), message)
            step(session, batch, result)
        progress.step(len(steps), len(steps), msg("Done"))
        batch.undone_at, batch.undone_by = utcnow(), current_user()
        log_bulk(session, "student", result.summary(), import_batch_id=batch_id)
        return result


def _remove_nominations(session: Session, batch: ImportBatch, result: UndoResult) -> None:
    moves = (select(StatusChange.nomination_id, func.count(StatusChange.id))
             .group_by(StatusChange.nomination_id).subquery())
    untouched, moved = [], []
    for nomination_id, status, count, updated_at in session.execute(
        select(Nomination.id, Nomination.status, moves.c[1], Nomination.updated_at)
        .outerjoin(moves, moves.c.nomination_id == Nomination.id)
        .where(Nomination.import_batch_id == batch.id)
    ):
        if status == "nominated" and (count or 0) <= 1 and updated_at == batch.imported_at:
            untouched.append(nomination_id)
        else:
            moved.append(nomination_id)
    for chunk in in_chunks(untouched):
        session.execute(delete(StatusChange).where(StatusChange.nomination_id.in_(chunk)))
        session.execute(delete(Nomination).where(Nomination.id.in_(chunk)))
    result.removed_nominations = len(untouched)
    result.kept += [f"nomination {n} has moved on since the import" for n in moved]


def _remove_placements(session: Session, batch: ImportBatch, result: UndoResult) -> None:
    """The placements the import recorded, unless changed since (started, completed, its
    salary set): those stay, with their nominations where the import moved them."""
    removable = []
    for placement_id, nomination_id, created_at, updated_at in session.execute(
        select(Placement.id, Placement.nomination_id, Placement.created_at, Placement.updated_at)
        .where(Placement.import_batch_id == batch.id)
    ):
        if updated_at == created_at:
            removable.append(placement_id)
        else:
            if nomination_id is not None:
                result.kept_placed.add(nomination_id)
            result.kept.append(f"placement {placement_id} was changed after the import")
    for chunk in in_chunks(removable):
        session.execute(delete(PlacementPhase).where(PlacementPhase.placement_id.in_(chunk)))
        session.execute(delete(Placement).where(Placement.id.in_(chunk)))
    result.removed_placements = len(removable)


def _remove_attendances(session: Session, batch: ImportBatch, result: UndoResult) -> None:
    removed = cast(CursorResult[Any], session.execute(
        delete(Attendance).where(Attendance.import_batch_id == batch.id)))
    result.removed_attendances = removed.rowcount or 0


def _remove_applications(session: Session, batch: ImportBatch, result: UndoResult) -> None:
    """The applications the import recorded, unless moved on or placed since (those stay,
    said); then the roles it made that no application is left on."""
    removable: list[int] = []
    for application_id, updated_at, placed in session.execute(
        select(Application.id, Application.updated_at, Placement.id)
        .outerjoin(Placement, Placement.application_id == Application.id)
        .where(Application.import_batch_id == batch.id)
    ):
        if updated_at == batch.imported_at and placed is None:
            removable.append(application_id)
        else:
            result.kept.append(f"application {application_id} has moved on since the import")
    for chunk in in_chunks(removable):
        session.execute(delete(StatusChange).where(StatusChange.application_id.in_(chunk)))
        session.execute(delete(Application).where(Application.id.in_(chunk)))
    result.removed_applications = len(removable)
    roles = cast(CursorResult[Any], session.execute(delete(EventRole).where(
        EventRole.import_batch_id == batch.id,
        EventRole.id.notin_(select(Application.role_id).where(Application.role_id.isnot(None))))))
    result.removed_roles = roles.rowcount or 0


def _restore_changes(session: Session, batch: ImportBatch, result: UndoResult) -> None:
    changes = session.scalars(select(ImportChange).where(ImportChange.import_batch_id == batch.id)
                              .order_by(ImportChange.id)).all()
    for change in changes:
        model = _TABLES[change.table_name]
        if change.table_name == "nomination" and change.row_id in result.kept_placed:
            result.kept.append(f"nomination {change.row_id} keeps its placement")
            continue
        row = session.get(model, change.row_id)
        if row is None:
            result.kept.append(f"{change.table_name} {change.row_id} no longer exists")
            continue
        after = {c: _value(c, v) for c, v in change.after.items()}
        if any(getattr(row, c) != v for c, v in after.items()):
            result.kept.append(_describe(session, change.table_name, row) +
                               " was changed again after the import")
            continue
        session.execute(update(model).where(table_of(model).c.id == change.row_id)
                        .values({c: _value(c, v) for c, v in change.before.items()}))
        if change.table_name == "student":
            result.restored_students += 1
        elif change.table_name == "application":
            result.restored_applications += 1
            session.add(StatusChange(
                application_id=change.row_id, from_status=change.after["status"],
                to_status=change.before["status"], changed_at=utcnow(),
                changed_by=current_user(), note=f"Import {batch.id} undone"))
        elif change.table_name == "nomination":
            result.restored_nominations += 1
            if "status" in change.before:  # the import moved it (a withdrawal): moved back
                session.add(StatusChange(
                    nomination_id=change.row_id, from_status=change.after["status"],
                    to_status=change.before["status"], changed_at=utcnow(),
                    changed_by=current_user(), note=f"Import {batch.id} undone"))


def _remove_students(session: Session, batch: ImportBatch, result: UndoResult) -> None:
    referenced = (select(Nomination.student_id).union(select(Attendance.student_id),
                                                      select(Application.student_id))).subquery()
    removable, kept = [], []
    for student_id, created_at, updated_at, in_use in session.execute(
        select(Student.id, Student.created_at, Student.updated_at,
               Student.id.in_(select(referenced.c[0])))
        .where(Student.import_batch_id == batch.id)
    ):
        if updated_at == created_at and not in_use:
            removable.append(student_id)
        else:
            kept.append(student_id)
    for chunk in in_chunks(removable):
        session.execute(delete(Student).where(Student.id.in_(chunk)))
    result.removed_students = len(removable)
    for student_id in kept:
        result.kept.append(_describe(session, "student", session.get(Student, student_id)) +
                           " was changed or nominated after the import")


def _describe(session: Session, table: str, row: Any) -> str:
    if table == "student":
        code = session.scalar(select(University.code).where(University.id == row.university_id))
        return f"student {row.student_no} ({code})"
    return f"{table} {row.id}"


def _value(column: str, value: Any) -> Any:
    if column in _DATE_COLUMNS and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value

