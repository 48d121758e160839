"""Keeping a student's record by hand: add, correct, delete.

Values are read by ``student_fields`` (the importer's rules); a student is one
(university, student number) pair. Each change is one transaction that the audit log
keeps with who and when; run through ``services.undo.recorded`` it can be undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Application,
    Attendance,
    AuditEntry,
    Faculty,
    Nomination,
    Placement,
    Student,
    University,
)
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.services.reference_data import find_university_id, no_such_university
from careerdesk.core.services.student_fields import STUDENT_FIELDS, read_student_values
from careerdesk.io.office_time import shown
from careerdesk.messages import listed, msg


@dataclass(frozen=True)
class StudentForm:
    """A student as the form shows it: every field, plain values."""

    id: int | None
    university: str
    student_no: str
    name_en: str | None = None
    name_zh: str | None = None
    email: str | None = None
    phone: str | None = None
    faculty: str | None = None
    department: str | None = None
    programme: str | None = None
    award_level: str | None = None
    year_of_study: int | None = None
    graduation: dt.date | None = None
    hk_resident: bool | None = None
    employment: str | None = None
    full_time_months: int | None = None
    consent: bool | None = None
    consent_date: dt.date | None = None
    tags: str | None = None
    notes: str | None = None
    #: Shown (and kept) only where the office collects HKID numbers.
    hkid: str | None = None
    outcome: str | None = None
    outcome_on: dt.date | None = None
    outcome_source: str | None = None

    @property
    def label(self) -> str:
        return student_label(self.name_en, self.name_zh, self.student_no)

    def values(self) -> dict[str, Any]:
        """The fields by their keys (those of ``students list --json``)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}


def student_label(name_en: str | None, name_zh: str | None, student_no: str) -> str:
    """How a change names a student: "CHAN Tai Man", else 陳大文, else the number."""
    return name_en or name_zh or student_no


@dataclass(frozen=True)
class StudentSaved:
    id: int
    university: str
    student_no: str
    label: str


def find_student_id(session: Session, university: str, student_no: str) -> int:
    """The student (university code or name, student number), or a sentence saying why not."""
    university_id = find_university_id(session, university)
    if university_id is None:
        raise NotFoundError(no_such_university(session, university), code="unknown_university")
    found = session.scalar(select(Student.id).where(
        Student.university_id == university_id,
        func.upper(Student.student_no) == student_no.strip().upper()))
    if found is None:
        raise NotFoundError(msg("There is no student {student_no} at {university}.",
                                student_no=student_no.strip(), university=university),
                            code="student_missing")
    return found


def student_form(session: Session, student_id: int) -> StudentForm:
    student = _student(session, student_id)
    faculty = session.get(Faculty, student.faculty_id) if student.faculty_id else None
    values = {key: getattr(student, f.column) for key, f in STUDENT_FIELDS.items() if f.column}
    return StudentForm(id=student.id, university=student.university.code,
                       faculty=faculty.name_en if faculty else None, **values)


def create_student(database: Database, values: Mapping[str, Any]) -> StudentSaved:
    """A new student from ``values`` (typed text or plain values, by field key); the
    university and the student number are needed."""
    read = read_student_values(values)
    if not read.get("student_no"):
        raise ConflictError(msg("A student needs a student number."),
                            code="student_no_missing")
    if not read.get("university"):
        raise ConflictError(msg("A student needs a university."), code="university_missing")
    with database.transaction() as session:
        student = Student()
        _write(session, student, read)
        session.add(student)
        session.flush()
        return _saved(student)


def update_student(database: Database, student_id: int, values: Mapping[str, Any],
                   opened: StudentForm | None = None) -> StudentSaved:
    """Change the fields given in ``values``; the others stay as they are. With ``opened``
    (the record as the form first showed it), a field someone else has changed since is
    not overwritten: nothing is saved, and the sentence says who changed it."""
    read = read_student_values(values)
    for required in ("student_no", "university"):
        if required in read and not read[required]:
            raise ConflictError(msg("{field} cannot be left empty.",
                                    field=STUDENT_FIELDS[required].label),
                                code="required_field")
    with database.transaction() as session:
        student = _student(session, student_id, lock=True)
        if opened is not None:
            _check_unchanged_since(session, student, opened, read)
        _write(session, student, read)
        return _saved(student)


@dataclass(frozen=True)
class StudentRecords:
    """What else is kept about a student: a student with any of them is not deleted alone."""

    nominations: int
    placements: int
    attendances: int
    applications: int = 0  # at career days

    def __bool__(self) -> bool:
        return bool(self.nominations or self.placements or self.attendances
                    or self.applications)

    def described(self) -> str:
        parts = []
        if self.nominations:
            parts.append(msg("{count} nomination(s)", count=self.nominations))
        if self.placements:
            parts.append(msg("{count} placement(s)", count=self.placements))
        if self.attendances:
            parts.append(msg("{count} event registration(s)", count=self.attendances))
        if self.applications:
            parts.append(msg("{count} career-day application(s)", count=self.applications))
        return listed(parts)


def student_records(session: Session, student_id: int) -> StudentRecords:
    nominations = session.scalar(select(func.count(Nomination.id)).where(
        Nomination.student_id == student_id)) or 0
    placements = session.scalar(select(func.count(Placement.id)).outerjoin(
        Nomination, Placement.nomination_id == Nomination.id).outerjoin(
        Application, Placement.application_id == Application.id).where(
        (Nomination.student_id == student_id) | (Application.student_id == student_id))) or 0
    attendances = session.scalar(select(func.count(Attendance.id)).where(
        Attendance.student_id == student_id)) or 0
    applications = session.scalar(select(func.count(Application.id)).where(
        Application.student_id == student_id)) or 0
    return StudentRecords(nominations, placements, attendances, applications)


def delete_student(database: Database, student_id: int,
                   with_records: bool = False) -> StudentSaved:
    """Delete a student. One with nominations, placements or attendance is refused, in a
    sentence naming them, unless ``with_records``: then those go too. The audit log keeps
    that the student was deleted, by whom and when."""
    return delete_students(database, [student_id], with_records)[0]


def delete_students(database: Database, student_ids: Sequence[int],
                    with_records: bool = False) -> list[StudentSaved]:
    """Delete the students, all of them or (one refused) none."""
    with database.transaction() as session:
        return [_delete(session, student_id, with_records) for student_id in student_ids]


def _delete(session: Session, student_id: int, with_records: bool) -> StudentSaved:
    student = _student(session, student_id)
    saved = _saved(student)
    records = student_records(session, student_id)
    if records and not with_records:
        raise ConflictError(msg(
            "{student} has {records}; delete them too (--with-records), or keep the "
            "student.", student=saved.label, records=records.described()),
            code="student_has_records", records=records)
    nominations = session.scalars(select(Nomination).where(
        Nomination.student_id == student_id)).all()
    applications = session.scalars(select(Application).where(
        Application.student_id == student_id)).all()
    for placement in session.scalars(select(Placement).where(
            Placement.nomination_id.in_([n.id for n in nominations])
            | Placement.application_id.in_([a.id for a in applications]))):
        session.delete(placement)  # its phases with it
    session.flush()
    for record in (*nominations, *applications):
        session.delete(record)  # its history with it
    for attendance in session.scalars(select(Attendance).where(
            Attendance.student_id == student_id)):
        session.delete(attendance)
    session.flush()
    session.delete(student)
    session.flush()
    return saved


# -- writing ------------------------------------------------------------------------------------
def _write(session: Session, student: Student, read: Mapping[str, Any]) -> None:
    """Put the read values on ``student``; its university and number must stay one
    student's (checked before anything is written)."""
    with session.no_autoflush:
        _put(session, student, read)


def _put(session: Session, student: Student, read: Mapping[str, Any]) -> None:
    if read.get("hkid"):
        from careerdesk.core.services.privacy import collects_hkid, hkid_not_collected

        if not collects_hkid(session):
            raise ConflictError(hkid_not_collected(), code="hkid_not_collected")
    if "university" in read:
        student.university_id = _university_id(session, read["university"])
    for key, value in read.items():
        column = STUDENT_FIELDS[key].column
        if column is not None:
            setattr(student, column, value)
    if "student_no" in read or "university" in read:
        _check_unique(session, student)
    _put_faculty(session, student, read)
    if student.faculty_id is None and student.department:  # the department's, if known
        from careerdesk.core.services.departments import faculty_of_department

        faculty = faculty_of_department(session, student.university_id, student.department)
        if faculty is not None:
            student.faculty_id = _faculty_id(session, student.university_id, faculty)


def _put_faculty(session: Session, student: Student, read: Mapping[str, Any]) -> None:
    faculty_name = read.get("faculty") if "faculty" in read else None
    if "university" in read and "faculty" not in read and student.faculty_id is not None:
        faculty = session.get(Faculty, student.faculty_id)  # the same faculty, at the other
        if faculty is not None and faculty.university_id != student.university_id:
            faculty_name = faculty.name_en  # university
        else:
            return
    elif "faculty" not in read:
        return
    student.faculty_id = _faculty_id(session, student.university_id, faculty_name)


def _check_unique(session: Session, student: Student) -> None:
    clash = session.scalar(select(Student.id).where(
        Student.university_id == student.university_id,
        func.upper(Student.student_no) == student.student_no.upper(),
        Student.id != student.id if student.id is not None else Student.id.is_not(None)))
    if clash is not None:
        code = session.scalar(select(University.code).where(
            University.id == student.university_id))
        raise ConflictError(msg("There is already a student {student_no} at {university}.",
                                student_no=student.student_no, university=code),
                            code="student_exists", student_id=clash)


def _university_id(session: Session, text: str) -> int:
    found = find_university_id(session, text)
    if found is None:
        raise NotFoundError(no_such_university(session, text), code="unknown_university")
    return found


def _faculty_id(session: Session, university_id: int, name: str | None) -> int | None:
    """The university's faculty of that name (written any of the ways people write it),
    made if the university has none."""
    if not name:
        return None
    key = faculty_key(name)
    for faculty_id, stored in session.execute(select(Faculty.id, Faculty.name_en).where(
            Faculty.university_id == university_id)):
        if faculty_key(stored) == key:
            return int(faculty_id)
    faculty = Faculty(university_id=university_id, name_en=name)
    session.add(faculty)
    session.flush()
    return faculty.id


def _check_unchanged_since(session: Session, student: Student, opened: StudentForm,
                           read: Mapping[str, Any]) -> None:
    now = student_form(session, student.id)
    clashing = [key for key in read
                if getattr(now, key) != getattr(opened, key) and read[key] != getattr(now, key)]
    if not clashing:
        return
    who, at = session.execute(
        select(AuditEntry.changed_by, AuditEntry.at)
        .where(AuditEntry.table_name == "student", AuditEntry.row_id == student.id)
        .order_by(AuditEntry.id.desc()).limit(1)).one_or_none() or ("", None)
    field = STUDENT_FIELDS[clashing[0]].label
    if at is None:
        raise ConflictError(msg("{field} of {student} was changed since you opened it; "
                                "nothing was saved.", field=field, student=opened.label),
                            code="changed_since")
    raise ConflictError(msg("{field} of {student} was changed by {who} at {time} since you "
                            "opened it; nothing was saved.", field=field, student=opened.label,
                            who=who, time=f"{shown(at):%H:%M}"), code="changed_since")


def _student(session: Session, student_id: int, *, lock: bool = False) -> Student:
    """The student; ``lock`` (when about to write): another writer of them waits until
    this transaction ends, so neither overwrites the other unseen."""
    student = session.get(Student, student_id, with_for_update=lock or None)
    if student is None:
        raise NotFoundError(msg("That student is no longer in the database."),
                            code="student_missing")
    return student


def _saved(student: Student) -> StudentSaved:
    return StudentSaved(student.id, student.university.code, student.student_no,
                        student_label(student.name_en, student.name_zh, student.student_no))
