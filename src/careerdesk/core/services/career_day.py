"""What came of a career day, counted once for its page and its report: registrations and
attendance, the companies and roles, applications stage by stage (cumulative, from each
application's history), offers and the placements they became."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import (
    Application,
    Attendance,
    EventRole,
    Faculty,
    Organisation,
    Placement,
    StatusChange,
    Student,
    University,
)
from careerdesk.core.domain.statuses import ApplicationStatus, application_reached
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.events import event_named
from careerdesk.core.services.reference_data import (
    faculty_name,
    find_university_id,
    no_such_university,
)
from careerdesk.messages import msg
from careerdesk.reports.career_day import CareerDayOutcome, OfferLine, Tally

#: Statuses that were an offer once (declined: an offer turned down; withdrawn after one).
_WERE_OFFERS = {"offered", "accepted", "declined"}


def career_day_outcome(session: Session, event: str, university: str | None = None,
                       faculty: str | None = None) -> CareerDayOutcome:
    """The event's figures, for its students of one university (and faculty) when named."""
    found = event_named(session, event)
    university_id, faculty_stored = _scope(session, university, faculty)

    def scoped(statement):  # noqa: ANN001, ANN202 (a select joined to Student)
        if university_id is not None:
            statement = statement.where(Student.university_id == university_id)
        if faculty_stored is not None:
            statement = statement.join(Faculty, Student.faculty_id == Faculty.id).where(
                Faculty.name_en == faculty_stored)
        return statement

    attendance: Counter[str] = Counter()
    by_university: dict[str, Counter[str]] = {}
    for code, status, n in session.execute(scoped(
            select(University.code, Attendance.status, func.count(Attendance.id))
            .join(Student, Attendance.student_id == Student.id)
            .join(University, Student.university_id == University.id)
            .where(Attendance.event_id == found.id))
            .group_by(University.code, Attendance.status)):
        attendance[status] += n
        by_university.setdefault(code, Counter())[status] += n
    roles = session.execute(
        select(EventRole.id, Organisation.name_en, EventRole.field, EventRole.openings)
        .join(Organisation, EventRole.organisation_id == Organisation.id)
        .where(EventRole.event_id == found.id)).all()
    applications = session.execute(scoped(
        select(Application.id, Application.status, Application.channel, Application.role_id,
               Organisation.name_en, Application.student_id)
        .join(Student, Application.student_id == Student.id)
        .join(Organisation, Application.organisation_id == Organisation.id)
        .where(Application.event_id == found.id))).all()
    history: dict[int, list[str]] = {}
    for application_id, status in session.execute(
            select(StatusChange.application_id, StatusChange.to_status)
            .join(Application, StatusChange.application_id == Application.id)
            .where(Application.event_id == found.id).order_by(StatusChange.id)):
        if application_id is not None:
            history.setdefault(application_id, []).append(status)
    hired: set[int | None] = set(session.scalars(
        select(Placement.application_id).join(Application,
                                              Placement.application_id == Application.id)
        .where(Application.event_id == found.id)))
    field_of = {role_id: field for role_id, _, field, _ in roles}
    companies: dict[str, Tally] = {}
    fields: dict[str, Tally] = {}
    for _, company, field, _ in roles:
        companies.setdefault(company, Tally(company)).roles += 1
        fields.setdefault(field or "", Tally(field or "")).roles += 1
    stages: Counter[str] = Counter()
    channels: Counter[str | None] = Counter()
    reached_by_path: dict[tuple[str, ...], set[str]] = {}
    for application_id, status, channel, role_id, company, _ in applications:
        path = (status, *history.get(application_id, ()))
        reached = reached_by_path.get(path)
        if reached is None:
            reached = reached_by_path[path] = application_reached(
                ApplicationStatus(status), [ApplicationStatus(s) for s in path[1:]])
        stages.update(reached)
        stages["hired"] += application_id in hired
        channels[channel] += 1
        name = field_of.get(role_id) or ""  # (the report says "field not said")
        for tally in (companies.setdefault(company, Tally(company)),
                      fields.setdefault(name, Tally(name))):
            tally.applications += 1
            tally.offers += "offered" in reached
            tally.accepted += "accepted" in reached
    return CareerDayOutcome(
        found.code, found.name, found.name_zh, found.held_on, found.theme,
        ", ".join(filter(None, (university and _code(session, university_id),
                                faculty_stored))) or msg("all universities"),
        attendance, by_university,
        companies=len(companies), roles=len(roles),
        openings=sum(openings or 0 for *_, openings in roles),
        stages=stages, applicants=len({a[5] for a in applications}), by_channel=channels,
        by_company=sorted(companies.values(), key=lambda t: t.name.casefold()),
        by_field=sorted(fields.values(), key=lambda t: (not t.name, -t.applications,
                                                        t.name.casefold())),
        offers=_offers(session, found.id, scoped, hired))


def _offers(session: Session, event_id: int, scoped, hired: set[int | None]  # noqa: ANN001
            ) -> list[OfferLine]:
    """Every offer made at the day (open, accepted, declined, or withdrawn after it), with
    the placement it became."""
    offered = select(StatusChange.application_id).where(StatusChange.to_status == "offered")
    rows = session.execute(scoped(
        select(Application.id, University.code, Student.student_no, Student.name_en,
               Student.name_zh, Organisation.name_en, EventRole.title, Application.status,
               Placement.start_date)
        .join(Student, Application.student_id == Student.id)
        .join(University, Student.university_id == University.id)
        .join(Organisation, Application.organisation_id == Organisation.id)
        .outerjoin(EventRole, Application.role_id == EventRole.id)
        .outerjoin(Placement, Placement.application_id == Application.id)
        .where(Application.event_id == event_id)
        .where(Application.status.in_(_WERE_OFFERS) | Application.id.in_(offered))
        .order_by(Organisation.name_en, University.code, Student.student_no))).all()
    return [OfferLine(university, number, en, zh, company, role, status, start,
                      application_id in hired)
            for application_id, university, number, en, zh, company, role, status, start in rows]


def _scope(session: Session, university: str | None, faculty: str | None
           ) -> tuple[int | None, str | None]:
    university_id = None
    if university:
        university_id = find_university_id(session, university)
        if university_id is None:
            raise NotFoundError(no_such_university(session, university),
                                code="unknown_university")
    stored = faculty_name(session, faculty, university_id) if faculty else None
    return university_id, stored


def _code(session: Session, university_id: int | None) -> str | None:
    return session.scalar(select(University.code).where(University.id == university_id))


def scope_choices(session: Session) -> dict[str, list[str]]:
    """The universities an event's figures can be narrowed to, each with its faculties."""
    choices: dict[str, list[str]] = {}
    for code, faculty in session.execute(
            select(University.code, Faculty.name_en)
            .outerjoin(Faculty, Faculty.university_id == University.id)
            .order_by(University.code, Faculty.name_en)):
        choices.setdefault(code, [])
        if faculty:
            choices[code].append(faculty)
    return choices
