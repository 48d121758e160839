"""The figures the dashboard shows at a glance, each with what it counts (so the window
can open the rows behind it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import (
    Cohort,
    Event,
    Faculty,
    Nomination,
    Organisation,
    Placement,
    Quota,
    Student,
    University,
)
from careerdesk.core.domain.statuses import SUBMITTED_OR_LATER, NominationStatus
from careerdesk.core.services.privacy import RequestRow, requests


@dataclass(frozen=True)
class CohortChoice:
    code: str
    name: str
    programme: str


@dataclass(frozen=True)
class Overview:
    students: int
    organisations: int
    cohorts: int
    events: int
    nominations: int
    placements: int
    #: the nominations of ``cohort`` (None: of every cohort) at each status
    nominations_by_status: dict[str, int]
    cohort: str | None = None
    #: the cohorts, the current ones first (their application window the latest)
    cohort_choices: tuple[CohortChoice, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self.students == 0


def overview(session: Session, cohort: str | None = None) -> Overview:
    """The counts, and the funnel of ``cohort`` (a code; None: every cohort)."""
    def count(column) -> int:
        return session.scalar(select(func.count(column))) or 0

    by_status = dict.fromkeys((status.value for status in NominationStatus), 0)
    statement = select(Nomination.status, func.count(Nomination.id)).group_by(Nomination.status)
    if cohort is not None:
        statement = statement.join(Cohort, Nomination.cohort_id == Cohort.id).where(
            Cohort.code == cohort)
    for status, number in session.execute(statement):
        by_status[status] = number
    return Overview(
        students=count(Student.id), organisations=count(Organisation.id),
        cohorts=count(Cohort.id), events=count(Event.id), nominations=count(Nomination.id),
        placements=count(Placement.id), nominations_by_status=by_status, cohort=cohort,
        cohort_choices=cohort_choices(session),
    )


def cohort_choices(session: Session) -> tuple[CohortChoice, ...]:
    """Every cohort by name, the current ones first: the latest application window."""
    from careerdesk.core.db.models import Programme

    rows = session.execute(
        select(Cohort.code, Cohort.name, Programme.name_en)
        .join(Programme, Cohort.programme_id == Programme.id)
        .order_by(Cohort.closes_on.desc().nulls_last(), Cohort.year.desc(), Cohort.code))
    return tuple(CohortChoice(code, name or code, programme) for code, name, programme in rows)


@dataclass(frozen=True)
class WindowClosing:
    cohort: str
    name: str
    closes_on: dt.date


@dataclass(frozen=True)
class PlacementDate:
    student: str
    organisation: str
    day: dt.date
    starting: bool
    student_no: str = ""
    university: str = ""
    cohort: str = ""  # its cohort's code, or its career day's
    career_day: bool = False  # from an offer accepted at a career day


@dataclass(frozen=True)
class QuotaUse:
    cohort: str
    university: str | None
    places: int
    used: int
    faculty: str | None = None
    cohort_name: str = ""

    @property
    def share(self) -> float:
        """How much of the quota is used (1.0: all of it; above: over the quota)."""
        return self.used / self.places if self.places else 0.0


@dataclass(frozen=True)
class RecentImport:
    batch: int
    file_name: str
    imported_at: dt.datetime
    created: int
    updated: int
    rejected: int


@dataclass(frozen=True)
class Upcoming:
    windows_closing: list[WindowClosing]
    placements: list[PlacementDate]
    quotas: list[QuotaUse]
    imports: list[RecentImport] = field(default_factory=list)
    #: data access and correction requests not answered yet, the soonest due first
    requests: list[RequestRow] = field(default_factory=list)


def upcoming(session: Session, today: dt.date | None = None, days: int = 30) -> Upcoming:
    """What needs attention soon: windows closing and placements starting or ending within
    ``days``, and how much of each quota is used (submitted ÷ places)."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=days)
    windows = [WindowClosing(code, name, closes) for code, name, closes in session.execute(
        select(Cohort.code, Cohort.name, Cohort.closes_on)
        .where(Cohort.closes_on >= today, Cohort.closes_on <= horizon)
        .order_by(Cohort.closes_on)) if closes is not None]
    placements = []
    from careerdesk.core.services.placements import placement_source, with_student

    for (name_en, name_zh, number, organisation, start, end, university, cohort,
         career_day) in session.execute(
        with_student(select(Student.name_en, Student.name_zh, Student.student_no,
                            Organisation.name_en, Placement.start_date, Placement.end_date,
                            University.code, placement_source(),
                            Placement.application_id.is_not(None)))
        .join(University, Student.university_id == University.id)
        .join(Organisation, Placement.organisation_id == Organisation.id)
        .where(or_(Placement.start_date.between(today, horizon),
                   Placement.end_date.between(today, horizon)))
    ):
        who = " ".join(filter(None, (name_en, name_zh))) or number
        if start is not None and today <= start <= horizon:
            placements.append(PlacementDate(who, organisation, start, True, number, university,
                                            cohort, career_day))
        if end is not None and today <= end <= horizon:
            placements.append(PlacementDate(who, organisation, end, False, number, university,
                                            cohort, career_day))
    placements.sort(key=lambda p: p.day)
    return Upcoming(windows, placements, _quota_use(session), _recent_imports(session),
                    requests(session, open_only=True))


def _recent_imports(session: Session, count: int = 5) -> list[RecentImport]:
    from careerdesk.core.db.models import ImportBatch

    return [RecentImport(*row) for row in session.execute(
        select(ImportBatch.id, ImportBatch.file_name, ImportBatch.imported_at,
               ImportBatch.created, ImportBatch.updated, ImportBatch.rejected)
        .where(ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.id.desc()).limit(count))]


def _quota_use(session: Session) -> list[QuotaUse]:
    counted = sorted(SUBMITTED_OR_LATER)
    used_total = dict(session.execute(
        select(Nomination.cohort_id, func.count(Nomination.id))
        .where(Nomination.status.in_(counted)).group_by(Nomination.cohort_id)).all())
    used_by_university: dict[tuple[int, int | None], int] = {
        (c, u): n for c, u, n in session.execute(
        select(Nomination.cohort_id, Student.university_id, func.count(Nomination.id))
        .join(Student, Nomination.student_id == Student.id)
        .where(Nomination.status.in_(counted))
        .group_by(Nomination.cohort_id, Student.university_id))}
    names = dict(session.execute(select(Cohort.code, Cohort.name)).all())
    uses = [QuotaUse(code, None, places, used_total.get(cid, 0), None, names.get(code) or code)
            for cid, code, places in
            session.execute(select(Cohort.id, Cohort.code, Cohort.quota_total)
                            .where(Cohort.quota_total.is_not(None)).order_by(Cohort.code))
            if places is not None]
    for cid, code, university_id, university, places in session.execute(
        select(Cohort.id, Cohort.code, Quota.university_id, University.code, Quota.places)
        .join(Quota, Quota.cohort_id == Cohort.id)
        .join(University, Quota.university_id == University.id)
        .where(Quota.faculty_id.is_(None)).order_by(Cohort.code, University.code)
    ):
        uses.append(QuotaUse(code, university, places,
                             used_by_university.get((cid, university_id), 0), None,
                             names.get(code) or code))
    used_by_faculty = {(c, f): n for c, f, n in session.execute(
        select(Nomination.cohort_id, Student.faculty_id, func.count(Nomination.id))
        .join(Student, Nomination.student_id == Student.id)
        .where(Nomination.status.in_(counted))
        .group_by(Nomination.cohort_id, Student.faculty_id))}
    for cid, code, faculty_id, faculty, university, places in session.execute(
        select(Cohort.id, Cohort.code, Quota.faculty_id, Faculty.name_en, University.code,
               Quota.places)
        .join(Quota, Quota.cohort_id == Cohort.id)
        .join(Faculty, Quota.faculty_id == Faculty.id)
        .join(University, Faculty.university_id == University.id)
        .order_by(Cohort.code, University.code, Faculty.name_en)
    ):
        uses.append(QuotaUse(code, university, places,
                             used_by_faculty.get((cid, faculty_id), 0), faculty,
                             names.get(code) or code))
    return uses
