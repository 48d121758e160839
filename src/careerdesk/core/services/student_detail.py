"""One student as their form shows them: the record, and its tabs (nominations, placements,
attendance, and the history of changes from the audit log)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import (
    Application,
    Attendance,
    AuditEntry,
    Cohort,
    Event,
    EventRole,
    Faculty,
    ImportBatch,
    Nomination,
    Organisation,
    Placement,
    Position,
    Student,
    Track,
    University,
)
from careerdesk.core.services.student_editing import StudentForm, student_form
from careerdesk.core.services.student_fields import STUDENT_FIELDS
from careerdesk.messages import msg


@dataclass(frozen=True)
class NominationLine:
    cohort: str
    cohort_name: str
    track: str | None
    status: str
    rank: int | None


@dataclass(frozen=True)
class PlacementLine:
    cohort: str
    organisation: str
    position: str | None
    start: dt.date | None
    end: dt.date | None
    status: str
    monthly_salary: Decimal | None


@dataclass(frozen=True)
class AttendanceLine:
    event: str
    name: str
    held_on: dt.date | None
    status: str


@dataclass(frozen=True)
class ApplicationLine:
    """An application the student made at a career day."""

    event: str
    company: str
    role: str | None
    status: str
    applied_on: dt.date | None


@dataclass(frozen=True)
class HistoryLine:
    """One change to the student's record: who, when, and each field old → new."""

    at: dt.datetime
    by: str
    action: str  # insert, update, delete, bulk
    changes: list[tuple[str, Any, Any]]  # (field key, old, new)


class SeenLine(NamedTuple):
    at: dt.datetime  # Hong Kong time
    by: str
    how: str
    what: str


@dataclass(frozen=True)
class StudentDetail:
    form: StudentForm
    nominations: list[NominationLine]
    placements: list[PlacementLine]
    attendance: list[AttendanceLine]
    history: list[HistoryLine]
    #: Where the record came from, when an import made it: (file, when, by).
    imported_from: tuple[str, dt.datetime, str] | None
    applications: list[ApplicationLine] = field(default_factory=list)
    #: Who saw the student's data (``seen_by``), oldest first.
    seen: list[SeenLine] = field(default_factory=list)


@dataclass(frozen=True)
class StudentChoices:
    """What the student form's lists offer: universities, each one's faculties, and the
    departments already recorded at each (offered as the department is typed, so one
    department is spelt one way and its students count together in reports)."""

    universities: list[str]
    faculties: dict[str, list[str]]
    departments: dict[str, list[str]]
    #: The office collects HKID numbers: the form shows the field.
    collect_hkid: bool = False


def student_choices(session: Session) -> StudentChoices:
    codes = dict(session.execute(select(University.id, University.code)).all())
    faculties: dict[str, list[str]] = {code: [] for code in codes.values()}
    for university_id, name in session.execute(
            select(Faculty.university_id, Faculty.name_en).order_by(Faculty.name_en)):
        faculties[codes[university_id]].append(name)
    departments: dict[str, list[str]] = {code: [] for code in codes.values()}
    for university_id, department in session.execute(
            select(Student.university_id, Student.department).distinct()
            .where(Student.department.is_not(None), Student.department != "")
            .order_by(Student.department)):
        departments[codes[university_id]].append(department or "")
    from careerdesk.core.services.privacy import collects_hkid

    return StudentChoices(sorted(codes.values(), key=str.casefold), faculties, departments,
                          collects_hkid(session))


#: A stored column → the form's field key (the history speaks in the form's words).
_FIELD_OF_COLUMN = {f.column: f.key for f in STUDENT_FIELDS.values() if f.column}
_FIELD_OF_COLUMN |= {"faculty_id": "faculty", "university_id": "university"}


def student_detail(session: Session, student_id: int) -> StudentDetail:
    form = student_form(session, student_id)
    nominations = [NominationLine(*row) for row in session.execute(
        select(Cohort.code, Cohort.name, Track.code, Nomination.status, Nomination.rank)
        .join(Cohort, Nomination.cohort_id == Cohort.id)
        .outerjoin(Track, Nomination.track_id == Track.id)
        .where(Nomination.student_id == student_id).order_by(Cohort.year.desc(), Cohort.code))]
    from careerdesk.core.services.placements import placement_source, with_student

    placements = [PlacementLine(*row) for row in session.execute(  # (career days' too)
        with_student(select(placement_source(), Organisation.name_en, Position.title,
                            Placement.start_date, Placement.end_date, Placement.status,
                            Placement.monthly_salary))
        .join(Organisation, Placement.organisation_id == Organisation.id)
        .outerjoin(Position, Placement.position_id == Position.id)
        .where(Student.id == student_id).order_by(Placement.start_date))]
    applications = [ApplicationLine(*row) for row in session.execute(
        select(Event.code, Organisation.name_en, EventRole.title, Application.status,
               Application.applied_on)
        .join(Event, Application.event_id == Event.id)
        .join(Organisation, Application.organisation_id == Organisation.id)
        .outerjoin(EventRole, Application.role_id == EventRole.id)
        .where(Application.student_id == student_id)
        .order_by(Event.held_on.desc(), Organisation.name_en))]
    attendance = [AttendanceLine(*row) for row in session.execute(
        select(Event.code, Event.name, Event.held_on, Attendance.status)
        .join(Event, Attendance.event_id == Event.id)
        .where(Attendance.student_id == student_id).order_by(Event.held_on.desc()))]
    faculties = dict(session.execute(select(Faculty.id, Faculty.name_en)).all())
    universities = dict(session.execute(select(University.id, University.code)).all())
    history = []
    for at, by, machine, action, changes in session.execute(
            select(AuditEntry.at, AuditEntry.changed_by, AuditEntry.machine, AuditEntry.action,
                   AuditEntry.changes)
            .where(AuditEntry.table_name == "student", AuditEntry.row_id == student_id)
            .order_by(AuditEntry.id)):
        history.append(HistoryLine(at, who_and_where(by, machine), action,
                                   _changes(action, changes or {}, faculties, universities)))
    student = session.get(Student, student_id)
    source = None
    if student is not None and student.import_batch_id:
        batch = session.get(ImportBatch, student.import_batch_id)
        if batch is not None:
            source = (batch.file_name, batch.imported_at, batch.imported_by)
    return StudentDetail(form, nominations, placements, attendance, history, source,
                         applications, seen_by(session, student_id))


def seen_by(session: Session, student_id: int) -> list[SeenLine]:
    """Who saw the student's data, oldest first (``privacy.disclosures``), in words the
    reader's language can say."""
    from careerdesk.core.services.privacy import disclosures, what_was_seen

    how = {"viewed": msg("viewed"), "printed": msg("printed"), "exported": msg("exported"),
           "access_request": msg("given to the student")}
    return [SeenLine(row.at, who_and_where(row.by, row.machine), how.get(row.action, row.action),
                     what_was_seen(row.what))
            for row in reversed(disclosures(session, student_id))]


def who_and_where(person: str, machine: str | None) -> str:
    """The person who made a change, and on which computer when it is known: "mandy
    (CAREERS-PC-3)"."""
    return f"{person} ({machine})" if machine else person


def _changes(action: str, changes: dict[str, Any], faculties: dict[Any, str],
             universities: dict[Any, str]) -> list[tuple[str, Any, Any]]:
    """Each changed field, in the form's words: an update's [old, new], an insert's value."""
    named = {"faculty_id": faculties, "university_id": universities}
    lines = []
    for column, value in changes.items():
        field = _FIELD_OF_COLUMN.get(column)
        if field is None:
            continue
        old, new = value if action == "update" and isinstance(value, list) else (None, value)
        if column in named:
            old, new = named[column].get(old, old), named[column].get(new, new)
        lines.append((field, old, new))
    return lines
