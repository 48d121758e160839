"""Plain data for the reports, assembled once and tested on its own: the same figures
feed the dashboard and the PDF."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Attendance, Event, Student, University
from careerdesk.core.db.rows import existing
from careerdesk.core.domain.choices import PlacementStatus
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.nominations import cohort_id, list_nominations
from careerdesk.core.services.reference_data import (
    faculty_name,
    find_university_id,
    no_such_university,
)
from careerdesk.io.office_time import shown
from careerdesk.messages import msg
from careerdesk.reports.content import (
    FUNNEL,
    Breakdown,
    EndorsementGroup,
    EndorsementList,
    EventAttendance,
    PlacementLine,
    PlacementReport,
)

ATTENDANCE_STATES = ("registered", "on_site", "virtual", "no_show")


def attendance_report(session: Session, event: str | None = None) -> list[EventAttendance]:
    """Each event (or the one named) with its registrations and who came, and how."""
    statement = select(Event).order_by(Event.held_on, Event.code)
    if event:
        statement = statement.where(func.upper(Event.code) == event.strip().upper())
    events = session.scalars(statement).all()
    if event and not events:
        raise NotFoundError(msg("There is no event '{event}'.", event=event), code="unknown_event")
    reports = []
    for item in events:
        people = [(*row[:-1], shown(row[-1]) if row[-1] else None) for row in session.execute(
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


#: What an endorsement list holds unless asked otherwise: the nominations awaiting the
#: Dean's endorsement or their submission to the programme.
ENDORSEMENT_STATUSES = ("draft", "nominated")


def endorsement_list(session: Session, cohort: str, university: str,
                     faculty: str | None = None,
                     statuses: Sequence[str] | None = None) -> EndorsementList:
    """A faculty's ranked nominees for a cohort, with eligibility; for a whole university,
    one group per faculty, each ranked within itself with its own quota line."""
    from careerdesk.core.db.models import Cohort
    from careerdesk.core.domain.statuses import NominationStatus
    from careerdesk.core.services.nominations import nomination_status

    cid = cohort_id(session, cohort)
    found = existing(session, Cohort, cid)
    code = session.scalar(select(University.code).where(
        func.upper(University.code) == university.strip().upper()))
    if code is None:
        raise NotFoundError(no_such_university(session, university),
                            code="unknown_university")
    wanted = [nomination_status(s).value for s in statuses] if statuses else list(
        ENDORSEMENT_STATUSES)
    everyone = [r for r in list_nominations(session, found.code) if r.university == code]
    if faculty is not None:
        known = sorted({r.faculty for r in everyone if r.faculty})
        if faculty_key(faculty) not in {faculty_key(k) for k in known}:
            raise NotFoundError(msg(
                "{code} has no nominations from a faculty called '{faculty}' in {cohort}.",
                code=code, faculty=faculty, cohort=found.code), code="unknown_faculty")
        faculty = next(k for k in known if faculty_key(k) == faculty_key(faculty))
    rows = [r for r in everyone if r.status in wanted
            and (faculty is None or faculty_key(r.faculty or "") == faculty_key(faculty))]
    by_faculty: dict[str | None, list] = {}
    for row in rows:
        by_faculty.setdefault(row.faculty, []).append(row)
    groups = []
    for name in sorted(by_faculty, key=lambda n: (n is None, n or "")):
        members = sorted(by_faculty[name],
                         key=lambda r: (r.rank is None, r.rank or 0, r.name_en or ""))
        quota = next((r.quota_places for r in members if r.quota_places is not None), None)
        groups.append(EndorsementGroup(name, quota, members))
    if faculty is not None and not groups:
        groups.append(EndorsementGroup(faculty, None, []))
    return EndorsementList(found.code, found.name, code, faculty, groups,
                           [NominationStatus(s).label for s in wanted])


def placement_report(session: Session, cohort: str | None = None,
                     programme: str | None = None, university: str | None = None,
                     faculty: str | None = None, today: dt.date | None = None
                     ) -> PlacementReport:
    """Figures for one cohort or a whole programme, as PRODUCT.md defines them: the funnel
    is cumulative (a nomination counts at every stage its history reached)."""
    from careerdesk.core.db.models import (
        Cohort,
        Faculty,
        Nomination,
        Organisation,
        Placement,
        Position,
        Programme,
        StatusChange,
        Track,
    )
    from careerdesk.core.domain.statuses import NominationStatus, stages_reached

    today = today or dt.date.today()
    if cohort:
        cohorts = [existing(session, Cohort, cohort_id(session, cohort))]
        title = msg("Placement report — {name}", name=cohorts[0].name)
    elif programme:
        owner = session.scalar(select(Programme).where(
            func.upper(Programme.code) == programme.strip().upper()))
        if owner is None:
            raise NotFoundError(msg("There is no programme '{programme}'.", programme=programme),
                                code="programme_missing")
        cohorts = list(owner.cohorts)
        title = msg("Placement report — {name}", name=owner.name_en)
    else:
        raise NotFoundError(msg("Name a cohort or a programme for the placement report."),
                            code="report_scope_missing")
    ids = [c.id for c in cohorts]
    statement = (select(Nomination.id, Nomination.status, University.code, Faculty.name_en,
                        Track.code, Student.student_no, Student.name_en, Student.name_zh)
                 .join(Student, Nomination.student_id == Student.id)
                 .join(University, Student.university_id == University.id)
                 .outerjoin(Faculty, Student.faculty_id == Faculty.id)
                 .outerjoin(Track, Nomination.track_id == Track.id)
                 .where(Nomination.cohort_id.in_(ids)))
    if university:
        statement = statement.where(func.upper(University.code) == university.strip().upper())
    if faculty:  # (as stored; an unknown one is refused with the closest named)
        university_id = find_university_id(session, university) if university else None
        statement = statement.where(Faculty.name_en == faculty_name(session, faculty,
                                                                    university_id))
    rows = session.execute(statement).all()
    if university and not rows and session.scalar(select(University.id).where(
            func.upper(University.code) == university.strip().upper())) is None:
        raise NotFoundError(no_such_university(session, university),
                            code="unknown_university")
    history: dict[int, tuple[str, ...]] = {}
    for nomination_id, status in session.execute(
        select(StatusChange.nomination_id, StatusChange.to_status)
        .join(Nomination, StatusChange.nomination_id == Nomination.id)
        .where(Nomination.cohort_id.in_(ids))
    ):
        if nomination_id is not None:
            history[nomination_id] = (*history.get(nomination_id, ()), status)
    funnel: Counter[str] = Counter()
    groups: dict[str, dict[str, Breakdown]] = {
        name: {} for name in ("university", "faculty", "track")}
    reached_by_id = {}
    # Tens of thousands of nominations follow a few dozen paths: each path is worked out once.
    reached_by_path: dict[tuple[str, ...], set[str]] = {}
    for nomination_id, status, uni, fac, track, *_ in rows:
        path = (status, *history.get(nomination_id, ()))
        reached = reached_by_path.get(path)
        if reached is None:
            reached = reached_by_path[path] = stages_reached(
                NominationStatus(status), [NominationStatus(s) for s in path[1:]])
        reached_by_id[nomination_id] = reached
        funnel.update(stage for stage in FUNNEL if stage in reached)
        for key, value in (("university", uni), ("faculty", f"{uni} · {fac or '—'}"),
                           ("track", track or "—")):
            entry = groups[key].setdefault(value, Breakdown(value))
            entry.submitted += "submitted" in reached
            entry.placed += "placed" in reached
    wanted = {r[0] for r in rows}
    details = {r[0]: r for r in rows}
    placements: list[PlacementLine] = []
    by_organisation: dict[str, Breakdown] = {}
    # A nomination counts towards the completion rate once every one of its phases has ended.
    all_ended: dict[int, bool] = {}
    for nomination_id, organisation, title_, start, end, status in session.execute(
        select(Placement.nomination_id, Organisation.name_en, Position.title,
               Placement.start_date, Placement.end_date, Placement.status)
        .join(Organisation, Placement.organisation_id == Organisation.id)
        .outerjoin(Position, Placement.position_id == Position.id)
        .join(Nomination, Placement.nomination_id == Nomination.id)
        .where(Nomination.cohort_id.in_(ids))
    ):
        if nomination_id not in wanted:
            continue
        _, _, uni, fac, track, number, name_en, name_zh = details[nomination_id]
        placements.append(PlacementLine(uni, number, name_en, name_zh, fac, track,
                                        organisation, title_, start, end, status))
        entry = by_organisation.setdefault(organisation, Breakdown(organisation))
        entry.placed += "placed" in reached_by_id[nomination_id]
        if "placed" in reached_by_id[nomination_id]:
            all_ended[nomination_id] = (all_ended.get(nomination_id, True)
                                        and _phase_ended(status, end, today))
    programme_id = session.scalar(select(Programme.id).where(
        func.upper(Programme.code) == programme.strip().upper())) if programme else None
    if programme_id is not None:  # its career days' offers that became placements
        placements += _career_day_placements(session, programme_id, university, faculty,
                                             by_organisation)
    ended = [nomination_id for nomination_id, done in all_ended.items() if done]
    completed = sum("completed" in reached_by_id[nomination_id] for nomination_id in ended)
    placements.sort(key=lambda p: (p.university, p.faculty or "", p.name_en or ""))
    quota = sum(c.quota_total for c in cohorts if c.quota_total) or None
    scope = ", ".join(filter(None, (university, faculty))) or msg("all universities")
    return PlacementReport(
        title, scope, quota, {stage: funnel[stage] for stage in FUNNEL}, len(ended), completed,
        sorted(groups["university"].values(), key=lambda b: b.name),
        sorted(groups["faculty"].values(), key=lambda b: b.name),
        sorted(groups["track"].values(), key=lambda b: b.name),
        sorted(by_organisation.values(), key=lambda b: (-b.placed, b.name)), placements)


def _career_day_placements(session: Session, programme_id: int, university: str | None,
                           faculty: str | None, by_organisation: dict[str, Breakdown]
                           ) -> list[PlacementLine]:
    """The placements of offers accepted at the programme's career days, listed with the
    others and counted by organisation (the funnel stays the nominations')."""
    from careerdesk.core.db.models import (
        Application,
        Event,
        Faculty,
        Organisation,
        Placement,
        Position,
    )

    statement = (
        select(University.code, Student.student_no, Student.name_en, Student.name_zh,
               Faculty.name_en, Event.code, Organisation.name_en, Position.title,
               Placement.start_date, Placement.end_date, Placement.status)
        .select_from(Placement)
        .join(Application, Placement.application_id == Application.id)
        .join(Event, Application.event_id == Event.id)
        .join(Student, Application.student_id == Student.id)
        .join(University, Student.university_id == University.id)
        .outerjoin(Faculty, Student.faculty_id == Faculty.id)
        .join(Organisation, Placement.organisation_id == Organisation.id)
        .outerjoin(Position, Placement.position_id == Position.id)
        .where(Event.programme_id == programme_id))
    if university:
        statement = statement.where(func.upper(University.code) == university.strip().upper())
    if faculty:
        statement = statement.where(Faculty.name_en == faculty_name(
            session, faculty, find_university_id(session, university) if university else None))
    lines = []
    for uni, number, en, zh, fac, day, organisation, title, start, end, status in \
            session.execute(statement):
        lines.append(PlacementLine(uni, number, en, zh, fac, day, organisation, title, start,
                                   end, status))
        by_organisation.setdefault(organisation, Breakdown(organisation)).placed += 1
    return lines


def _phase_ended(status: str | None, end: dt.date | None, today: dt.date) -> bool:
    """A phase has ended on its end date, or sooner when it was completed or ended early."""
    finished = status in (PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY)
    return finished or (end is not None and end < today)
