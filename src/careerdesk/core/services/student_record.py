"""Everything CareerDesk holds on one student, as plain data: for a personal-data access
request under the Personal Data (Privacy) Ordinance, or simply to check a record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import (
    Attendance,
    AuditEntry,
    Cohort,
    Event,
    Faculty,
    ImportBatch,
    Nomination,
    Organisation,
    Placement,
    Position,
    StatusChange,
    Student,
    Track,
    University,
)
from careerdesk.core.db.rows import existing
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.reference_data import find_university_id
from careerdesk.io.office_time import shown
from careerdesk.messages import msg
from careerdesk.reports.content import NominationRecord, StudentRecord


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).replace("_", " ") if isinstance(value, str) and value.islower() \
        else str(value)


def student_record(session: Session, university: str, student_no: str) -> StudentRecord:
    university_id = find_university_id(session, university)
    student = session.scalar(select(Student).where(
        Student.university_id == university_id,
        func.upper(Student.student_no) == student_no.strip().upper())) if university_id else None
    if student is None:
        raise NotFoundError(msg(
            "There is no student {student_no} at {university}.",
            student_no=student_no, university=university),
            code="student_missing")
    uni = existing(session, University, student.university_id)
    faculty = session.get(Faculty, student.faculty_id) if student.faculty_id else None
    details = [
        ("English name", student.name_en), ("Chinese name", student.name_zh),
        ("Email", student.email), ("Mobile", student.phone),
        ("Faculty", faculty.name_en if faculty else None), ("Department", student.department),
        ("Programme of study", student.programme_of_study),
        ("Award level", student.award_level), ("Year of study", student.year_of_study),
        ("Graduation date", student.graduation_date), ("Hong Kong resident", student.hk_resident),
        ("Employment", student.employment_status),
        ("Months of full-time work", student.full_time_months),
        ("Consent to share data", student.consent_to_share),
        ("Consent given on", student.consent_date), ("Tags", student.tags),
        ("Notes", student.notes), ("Record created", f"{shown(student.created_at):%d/%m/%Y}"),
        ("Last changed", f"{shown(student.updated_at):%d/%m/%Y %H:%M}"),
    ]
    nominations = []
    for nomination, code, name, track in session.execute(
        select(Nomination, Cohort.code, Cohort.name, Track.code)
        .join(Cohort, Nomination.cohort_id == Cohort.id)
        .outerjoin(Track, Nomination.track_id == Track.id)
        .where(Nomination.student_id == student.id).order_by(Cohort.code)
    ):
        history = [(shown(at), by, before, after, note) for at, by, before, after, note in
                   session.execute(
                       select(StatusChange.changed_at, StatusChange.changed_by,
                              StatusChange.from_status, StatusChange.to_status,
                              StatusChange.note)
                       .where(StatusChange.nomination_id == nomination.id)
                       .order_by(StatusChange.id))]
        nominations.append(NominationRecord(code, name, track, nomination.status,
                                            nomination.rank, history))
    placements: list[tuple[str, str, str | None, str, str, str, str, str]] = [
        (code, organisation, title, _text(p.start_date), _text(p.end_date), _text(p.status),
         f"HK${p.monthly_salary:,.0f}" if p.monthly_salary is not None else "—",
         _text(p.outcome))
        for p, code, organisation, title in session.execute(
            select(Placement, Cohort.code, Organisation.name_en, Position.title)
            .join(Nomination, Placement.nomination_id == Nomination.id)
            .join(Cohort, Nomination.cohort_id == Cohort.id)
            .join(Organisation, Placement.organisation_id == Organisation.id)
            .outerjoin(Position, Placement.position_id == Position.id)
            .where(Nomination.student_id == student.id))]
    attendance = [
        (code, name, _text(held), _text(status),
         f"{shown(registered):%d/%m/%Y %H:%M}" if registered else "—")
        for code, name, held, status, registered in session.execute(
            select(Event.code, Event.name, Event.held_on, Attendance.status,
                   Attendance.registered_at)
            .join(Event, Attendance.event_id == Event.id)
            .where(Attendance.student_id == student.id).order_by(Event.held_on))]
    changes = [
        (shown(at), by, action, ", ".join(f"{k}: {v[0]} → {v[1]}" if isinstance(v, list) else k
                                   for k, v in (data or {}).items()))
        for at, by, action, data in session.execute(
            select(AuditEntry.at, AuditEntry.changed_by, AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.table_name == "student", AuditEntry.row_id == student.id)
            .order_by(AuditEntry.id))]
    source = None
    if student.import_batch_id:
        batch = session.get(ImportBatch, student.import_batch_id)
        source = f"Imported from {batch.file_name} on {shown(batch.imported_at):%d/%m/%Y} by " \
                 f"{batch.imported_by}" if batch else None
    return StudentRecord(uni.code, uni.name_en, student.student_no, student.name_en,
                         student.name_zh, [(label, _text(value)) for label, value in details],
                         nominations, placements, attendance, changes, source)
