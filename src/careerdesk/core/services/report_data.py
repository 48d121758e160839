"""Plain data for the reports, assembled once and tested on its own: the same figures
feed the dashboard and the PDF."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Attendance, Event, Student, University
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.nominations import NominationRow, cohort_id, list_nominations

ATTENDANCE_STATES = ("registered", "on_site", "virtual", "no_show")


@dataclass
class EventAttendance:
    code: str
    name: str
    held_on: dt.date | None
    mode: str
    totals: Counter[str]
    #: university code → Counter of attendance states
    by_university: dict[str, Counter[str]]
    #: (university, student no, English name, Chinese name, status, registered at)
    people: list[tuple[str, str, str | None, str | None, str, dt.datetime | None]]

    @property
    def registered(self) -> int:
        return sum(self.totals.values())

    @property
    def attended(self) -> int:
        return self.totals["on_site"] + self.totals["virtual"]


def attendance_report(session: Session, event: str | None = None) -> list[EventAttendance]:
    """Each event (or the one named) with its registrations and who came, and how."""
    statement = select(Event).order_by(Event.held_on, Event.code)
    if event:
        statement = statement.where(func.upper(Event.code) == event.strip().upper())
    events = session.scalars(statement).all()
    if event and not events:
        raise NotFoundError(f"There is no event '{event}'.", code="unknown_event")
    reports = []
    for item in events:
        people = [tuple(row) for row in session.execute(
            select(University.code, Student.student_no, Student.name_en, Student.name_zh,
                   Attendance.status, Attendance.registered_at)
            .join(Student, Attendance.student_id == Student.id)
            .join(University, Student.university_id == University.id)
            .where(Attendance.event_id == item.id)
            .order_by(University.code, Student.name_en, Student.student_no))]
        by_university: dict[str, Counter[str]] = {}
        for university, *_, status, _registered in people:
            by_university.setdefault(university, Counter())[status] += 1
        reports.append(EventAttendance(item.code, item.name, item.held_on, item.mode,
                                       Counter(p[4] for p in people), by_university, people))
    return reports


@dataclass
class EndorsementList:
    cohort: str
    cohort_name: str
    university: str
    faculty: str | None
    quota: int | None
    nominees: list[NominationRow] = field(default_factory=list)


def endorsement_list(session: Session, cohort: str, university: str,
                     faculty: str | None = None) -> EndorsementList:
    """One faculty's (or university's) ranked nominees for a cohort, with eligibility."""
    from careerdesk.core.db.models import Cohort

    cid = cohort_id(session, cohort)
    found = session.get(Cohort, cid)
    code = session.scalar(select(University.code).where(
        func.upper(University.code) == university.strip().upper()))
    if code is None:
        raise NotFoundError(f"There is no university '{university}'.",
                            code="unknown_university")
    rows = [r for r in list_nominations(session, found.code) if r.university == code
            and (faculty is None or (r.faculty or "").casefold() == faculty.casefold())
            and r.status not in ("withdrawn", "ineligible")]
    if faculty is not None and not rows:
        known = sorted({r.faculty for r in list_nominations(session, found.code)
                        if r.university == code and r.faculty})
        if faculty.casefold() not in {k.casefold() for k in known}:
            raise NotFoundError(f"{code} has no nominations from a faculty called '{faculty}' "
                                f"in {found.code}.", code="unknown_faculty")
    rows.sort(key=lambda r: (r.rank is None, r.rank or 0, r.name_en or ""))
    quota = next((r.quota_places for r in rows if r.quota_places is not None), None)
    return EndorsementList(found.code, found.name, code, faculty, quota, rows)
