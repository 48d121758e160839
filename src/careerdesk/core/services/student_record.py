"""Everything CareerDesk holds on one student, as plain data: for a personal-data access
request under the Personal Data (Privacy) Ordinance, or simply to check a record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
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
    ImportChange,
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
from careerdesk.core.domain.choices import value_words
from careerdesk.core.domain.statuses import ApplicationStatus, NominationStatus
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.placements import placement_source, with_student
from careerdesk.core.services.reference_data import find_university_id
from careerdesk.core.services.student_detail import seen_by, who_and_where
from careerdesk.io.office_time import shown
from careerdesk.io.values import masked_hkid
from careerdesk.messages import Message, msg
from careerdesk.reports.content import NominationRecord, StudentRecord


def _word(value: str | None) -> str:
    """A stored value shown as it is, in words ("ended_early" → "ended early")."""
    return value.replace("_", " ") if value else "—"


def _text(value: object) -> str | dt.date:
    if value is None:
        return "—"
    if isinstance(value, Message):
        return value  # words already (said in the report's language)
    if isinstance(value, bool):
        return msg("Yes") if value else msg("No")
    if isinstance(value, dt.date):
        return value  # (the report writes it in its language)
    return str(value).replace("_", " ") if isinstance(value, str) and value.islower() \
        else str(value)


def _said(status: str) -> str:
    """A nomination's status in words (a ``msg``: the report says it in its language)."""
    try:
        return NominationStatus(status).label
    except ValueError:
        return status.replace("_", " ")


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
    words = value_words()
    details = [
        (msg("English name"), student.name_en), (msg("Chinese name"), student.name_zh),
        (msg("Email"), student.email), (msg("Mobile"), student.phone),
        (msg("Faculty"), faculty.name_en if faculty else None),
        (msg("Department"), student.department),
        (msg("Programme of study"), student.programme_of_study),
        (msg("Award level"), words["award_level"].get(student.award_level or "",
                                                       student.award_level)),
        (msg("Year of study"), student.year_of_study),
        (msg("Graduation date"), student.graduation_date),
        (msg("Hong Kong resident"), student.hk_resident),
        (msg("Employment"), words["employment"].get(student.employment_status or "",
                                                     student.employment_status)),
        (msg("Months of full-time work"), student.full_time_months),
        (msg("Consent to share data"), student.consent_to_share),
        (msg("Consent given on"), student.consent_date), (msg("Tags"), student.tags),
        (msg("Notes"), student.notes),
        *([(msg("HKID number"), masked_hkid(student.hkid))] if student.hkid else []),
        (msg("Outcome after graduation"), words["outcome_after_graduation"].get(
            student.outcome or "", student.outcome)),
        (msg("Outcome known on"), student.outcome_on),
        (msg("Outcome told by"), student.outcome_source),
        (msg("Record created"), shown(student.created_at).date()),
        (msg("Last changed"), shown(student.updated_at).replace(tzinfo=None)),
    ]
    nominations = []
    for nomination, code, name, track in session.execute(
        select(Nomination, Cohort.code, Cohort.name, Track.code)
        .join(Cohort, Nomination.cohort_id == Cohort.id)
        .outerjoin(Track, Nomination.track_id == Track.id)
        .where(Nomination.student_id == student.id).order_by(Cohort.code)
    ):
        history = [(shown(at), by, _said(before) if before else None, _said(after), note)
                   for at, by, before, after, note in
                   session.execute(
                       select(StatusChange.changed_at, StatusChange.changed_by,
                              StatusChange.from_status, StatusChange.to_status,
                              StatusChange.note)
                       .where(StatusChange.nomination_id == nomination.id)
                       .order_by(StatusChange.id))]
        nominations.append(NominationRecord(code, name, track, _said(nomination.status),
                                            nomination.rank, history))
    placements: list[tuple[str, str, str | None, str | dt.date, str | dt.date, str, str,
                           str]] = [
        (code, organisation, title, _text(p.start_date), _text(p.end_date),
         words["placement"].get(p.status, _word(p.status)),
         f"HK${p.monthly_salary:,.0f}" if p.monthly_salary is not None else "—",
         words["outcome"].get(p.outcome or "", _word(p.outcome)))
        for p, code, organisation, title in session.execute(
            with_student(select(Placement, placement_source(), Organisation.name_en,
                                Position.title))
            .join(Organisation, Placement.organisation_id == Organisation.id)
            .outerjoin(Position, Placement.position_id == Position.id)
            .where(Student.id == student.id))]
    attendance: list[tuple[str, str, str | dt.date, str, str]] = [
        (code, name, _text(held), words["attendance"].get(status, _word(status)),
         f"{shown(registered):%d/%m/%Y %H:%M}" if registered else "—")
        for code, name, held, status, registered in session.execute(
            select(Event.code, Event.name, Event.held_on, Attendance.status,
                   Attendance.registered_at)
            .join(Event, Attendance.event_id == Event.id)
            .where(Attendance.student_id == student.id).order_by(Event.held_on))]
    applications: list[tuple[str, str, str, str, str | dt.date, str]] = [
        (code, company, role or "—", words["channel"].get(channel or "", "—"), _text(applied),
         ApplicationStatus(status).label)
        for code, company, role, channel, applied, status in session.execute(
            select(Event.code, Organisation.name_en, EventRole.title, Application.channel,
                   Application.applied_on, Application.status)
            .join(Event, Application.event_id == Event.id)
            .join(Organisation, Application.organisation_id == Organisation.id)
            .outerjoin(EventRole, Application.role_id == EventRole.id)
            .where(Application.student_id == student.id)
            .order_by(Event.held_on, Organisation.name_en))]
    actions = {"insert": msg("created"), "update": msg("changed"), "delete": msg("deleted")}
    changes = [
        (shown(at), who_and_where(by, machine), actions.get(action, action),
         ", ".join(f"{k}: {_as_kept(k, v[0])} → {_as_kept(k, v[1])}" if isinstance(v, list)
                   else k for k, v in (data or {}).items()))
        for at, by, machine, action, data in session.execute(
            select(AuditEntry.at, AuditEntry.changed_by, AuditEntry.machine, AuditEntry.action,
                   AuditEntry.changes)
            .where(AuditEntry.table_name == "student", AuditEntry.row_id == student.id)
            .order_by(AuditEntry.id))]
    # What imports changed (kept for their undo): an access request sees those too.
    changes += [
        (shown(at), by, msg("import of {file}", file=file),
         ", ".join(f"{k}: {_as_kept(k, before.get(k))} → {_as_kept(k, v)}"
                   for k, v in (after or {}).items()))
        for at, by, file, before, after in session.execute(
            select(ImportBatch.imported_at, ImportBatch.imported_by, ImportBatch.file_name,
                   ImportChange.before, ImportChange.after)
            .join(ImportBatch, ImportChange.import_batch_id == ImportBatch.id)
            .where(ImportChange.table_name == "student", ImportChange.row_id == student.id,
                   ImportBatch.undone_at.is_(None)))]
    changes.sort(key=lambda change: change[0])
    source = None
    if student.import_batch_id:
        batch = session.get(ImportBatch, student.import_batch_id)
        source = msg("Imported from {file} on {day} by {who}", file=batch.file_name,
                     day=f"{shown(batch.imported_at):%d/%m/%Y}",
                     who=batch.imported_by) if batch else None
    return StudentRecord(uni.code, uni.name_en, student.student_no, student.name_en,
                         student.name_zh, [(label, _text(value)) for label, value in details],
                         nominations, placements, attendance, changes, source, applications,
                         seen_by(session, student.id))


def _as_kept(column: str, value: object) -> object:
    """A student's old or new value as the record may show it: an identity card number
    masked (an import's changes keep it whole, for their undo)."""
    mask = Student.__masked__.get(column)
    return mask(value) if mask is not None and isinstance(value, str) else value
