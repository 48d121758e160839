"""What students applied for at a career day, and how far each application got.

A career day's companies offer roles (``EventRole``); a student applies to a company, a
role of it when known, at the venue or online through HKSTP's Talent Pool. Each application
moves along its own path (applied → interviewed → offered → accepted, or leaves it declined,
not selected or withdrawn), every move kept in the same history as a nomination's; an
accepted offer becomes a placement in one action. A batch of moves is all or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Application,
    Event,
    EventRole,
    Faculty,
    Organisation,
    Placement,
    Position,
    StatusChange,
    Student,
    University,
)
from careerdesk.core.db.models.base import utcnow
from careerdesk.core.domain.choices import Channel, PlacementStatus
from careerdesk.core.domain.dates import period_end
from careerdesk.core.domain.statuses import ApplicationStatus, application_moves
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.identity import current_user
from careerdesk.core.services.events import event_named
from careerdesk.core.services.nominations import HistoryRow, status_history
from careerdesk.core.services.reference_data import faculty_name, university_code
from careerdesk.messages import listed, msg

#: How people write where an application was made, on the command line and in a form.
CHANNEL_WORDS = {"onsite": Channel.ONSITE, "on-site": Channel.ONSITE,
                 "on_site": Channel.ONSITE, "venue": Channel.ONSITE,
                 "online": Channel.ONLINE, "talent pool": Channel.ONLINE,
                 "talent-pool": Channel.ONLINE}


@dataclass(frozen=True)
class ApplicationRow:
    """An application as lists show it."""

    id: int
    event: str
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    faculty: str | None
    company: str
    role: str | None
    field: str | None
    channel: str | None
    applied_on: dt.date | None
    status: str
    placed: bool

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "event": self.event, "university": self.university,
                "student_no": self.student_no, "name_en": self.name_en,
                "name_zh": self.name_zh, "faculty": self.faculty, "company": self.company,
                "role": self.role, "field": self.field, "channel": self.channel,
                "status": self.status,
                "applied_on": self.applied_on.isoformat() if self.applied_on else None,
                "placed": self.placed}


@dataclass(frozen=True)
class ApplicationFilter:
    """What a list of applications keeps: every field optional; names matched exactly
    (any case), never as patterns."""

    event: str | None = None
    company: str | None = None
    university: str | None = None
    faculty: str | None = None
    status: str | None = None


def list_applications(session: Session, wanted: ApplicationFilter = ApplicationFilter()
                      ) -> list[ApplicationRow]:
    """The applications ``wanted`` keeps, by event, company, role and student. A filter
    naming nothing that exists is refused in one sentence (a typo never lists nothing)."""
    statement = (
        select(Application.id, Event.code, University.code, Student.student_no,
               Student.name_en, Student.name_zh, Faculty.name_en, Organisation.name_en,
               EventRole.title, EventRole.field, Application.channel, Application.applied_on,
               Application.status, Placement.id.isnot(None))
        .join(Event, Application.event_id == Event.id)
        .join(Student, Application.student_id == Student.id)
        .join(University, Student.university_id == University.id)
        .outerjoin(Faculty, Student.faculty_id == Faculty.id)
        .join(Organisation, Application.organisation_id == Organisation.id)
        .outerjoin(EventRole, Application.role_id == EventRole.id)
        .outerjoin(Placement, Placement.application_id == Application.id)
        .order_by(Event.held_on.desc(), Event.code, Organisation.name_en, EventRole.title,
                  University.code, Student.student_no))
    if wanted.event:
        statement = statement.where(Event.id == event_named(session, wanted.event).id)
    if wanted.company:
        statement = statement.where(Organisation.id == organisation_of(session,
                                                                       wanted.company).id)
    if wanted.university:
        statement = statement.where(University.code == university_code(session,
                                                                       wanted.university))
    if wanted.faculty:
        statement = statement.where(Faculty.name_en == faculty_name(session, wanted.faculty))
    if wanted.status:
        statement = statement.where(Application.status == application_status(wanted.status))
    return [ApplicationRow(*tuple(row)) for row in session.execute(statement)]


def application_status(text: str) -> ApplicationStatus:
    """A status as written ("offered", "Not selected", "not-selected"); refused in one
    sentence listing the statuses there are."""
    wanted = (text or "").strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return ApplicationStatus(wanted)
    except ValueError:
        raise ConflictError(msg(
            "'{text}' is not an application status; use one of {words}.", text=text,
            words=listed(s.label for s in ApplicationStatus)), code="unknown_status") from None


def channel(text: str | None) -> Channel | None:
    """Where an application was made, as written (onsite, online); None when not said."""
    if text is None or not text.strip():
        return None
    found = CHANNEL_WORDS.get(text.strip().lower())
    if found is None:
        raise ConflictError(msg("'{text}' is not where an application is made; use onsite or "
                                "online.", text=text), code="bad_channel")
    return found


def organisation_of(session: Session, name: str) -> Organisation:
    """The organisation of that name (any case); refused naming the closest if none."""
    import difflib

    found = session.scalar(select(Organisation).where(
        func.lower(Organisation.name_en) == name.strip().lower()))
    if found is not None:
        return found
    names = list(session.scalars(select(Organisation.name_en)))
    close = difflib.get_close_matches(name.strip(), names, n=3, cutoff=0.6)
    if close:
        raise NotFoundError(msg("There is no organisation '{organisation}'; did you mean "
                                "{close}?", organisation=name, close=listed(close)),
                            code="organisation_missing")
    raise NotFoundError(msg("There is no organisation '{organisation}'.", organisation=name),
                        code="organisation_missing")


def organisation_made(session: Session, name: str) -> Organisation:
    """The organisation of that name, made if the office has none (a career day brings
    companies the office has not met)."""
    found = session.scalar(select(Organisation).where(
        func.lower(Organisation.name_en) == name.strip().lower()))
    if found is None:
        found = Organisation(name_en=name.strip())
        session.add(found)
        session.flush()
    return found


# -- roles at a day ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RoleRow:
    id: int
    company: str
    title: str
    field: str | None
    openings: int | None
    mode: str | None
    applications: int


def list_roles(session: Session, event: str) -> list[RoleRow]:
    """The roles offered at the event, by company and title, with how many applied."""
    found = event_named(session, event)
    applied = dict(session.execute(
        select(Application.role_id, func.count(Application.id))
        .where(Application.event_id == found.id).group_by(Application.role_id)).all())
    return [RoleRow(role.id, company, role.title, role.field, role.openings, role.mode,
                    applied.get(role.id, 0))
            for role, company in session.execute(
                select(EventRole, Organisation.name_en)
                .join(Organisation, EventRole.organisation_id == Organisation.id)
                .where(EventRole.event_id == found.id)
                .order_by(Organisation.name_en, EventRole.title))]


def save_role(database: Database, event: str, company: str, title: str,
              field: str | None = None, openings: int | None = None,
              mode: str | None = None, role_id: int | None = None) -> int:
    """Add a role a company offers at the event (its company made if new), or change one."""
    title = (title or "").strip()
    if not title:
        raise ConflictError(msg("A role needs its title."), code="role_incomplete")
    if not (company or "").strip():
        raise ConflictError(msg("A role needs its company."), code="role_incomplete")
    if openings is not None and openings < 0:
        raise ConflictError(msg("The number of openings cannot be negative."),
                            code="bad_openings")
    where = channel(mode)
    with database.transaction() as session:
        found = event_named(session, event)
        host = organisation_made(session, company)
        clash = session.scalar(select(EventRole.id).where(
            EventRole.event_id == found.id, EventRole.organisation_id == host.id,
            func.lower(EventRole.title) == title.lower()))
        if clash is not None and clash != role_id:
            raise ConflictError(msg("{company} already offers a role '{title}' at {event}.",
                                    company=host.name_en, title=title, event=found.code),
                                code="role_exists")
        role = session.get(EventRole, role_id) if role_id is not None else EventRole(
            event_id=found.id)
        if role is None:
            raise NotFoundError(msg("That role no longer exists."), code="role_missing")
        role.organisation_id, role.title = host.id, title
        role.field = (field or "").strip() or None
        role.openings, role.mode = openings, where.value if where else None
        session.add(role)
        session.flush()
        return role.id


def delete_roles(database: Database, role_ids: Sequence[int]) -> int:
    """Remove roles entered by mistake; a role someone applied to stays (say which)."""
    with database.transaction() as session:
        used = session.execute(
            select(EventRole.title, func.count(Application.id))
            .join(Application, Application.role_id == EventRole.id)
            .where(EventRole.id.in_(list(role_ids))).group_by(EventRole.title)).first()
        if used is not None:
            raise ConflictError(msg("{count} applications were made to the role '{title}'; "
                                    "nothing was removed.", count=used[1], title=used[0]),
                                code="role_in_use")
        roles = session.scalars(select(EventRole).where(EventRole.id.in_(list(role_ids)))).all()
        for role in roles:
            session.delete(role)
        return len(roles)


# -- applications by hand ----------------------------------------------------------------------
@dataclass(frozen=True)
class ApplicationForm:
    """An application as its form saves it: a student of the office, a company (and role)."""

    event: str
    student_id: int
    company: str
    role: str | None = None
    channel: str | None = None
    applied_on: dt.date | None = None
    note: str | None = None


def add_application(database: Database, form: ApplicationForm) -> int:
    """Record a student's application at the event (its company and role made if new)."""
    return add_applications(database, [form])[0]


def add_applications(database: Database, forms: Sequence[ApplicationForm]) -> list[int]:
    """Several students' applications (to one role at a booth, say): all, or none."""
    if not forms:
        raise ConflictError(msg("Choose at least one student."), code="application_nobody")
    with database.transaction() as session:
        return [_add(session, form) for form in forms]


def _add(session: Session, form: ApplicationForm) -> int:
    where = channel(form.channel)
    if not (form.company or "").strip():
        raise ConflictError(msg("An application needs the company applied to."),
                            code="application_incomplete")
    found = event_named(session, form.event)
    if session.get(Student, form.student_id) is None:
        raise NotFoundError(msg("That student is no longer in the database."),
                            code="student_missing")
    host = organisation_made(session, form.company)
    role_id = _role_made(session, found.id, host.id, form.role) if form.role else None
    clash = session.scalar(select(Application.id).where(
        Application.event_id == found.id, Application.student_id == form.student_id,
        Application.organisation_id == host.id,
        Application.role_id.is_(None) if role_id is None else
        Application.role_id == role_id))
    if clash is not None:
        number = session.scalar(select(Student.student_no).where(
            Student.id == form.student_id))
        raise ConflictError(msg("Student {student} has already applied to {company} for this "
                                "role at {event}.", student=number, company=host.name_en,
                                event=found.code), code="application_exists")
    application = Application(
        event_id=found.id, student_id=form.student_id, organisation_id=host.id,
        role_id=role_id, channel=where.value if where else None,
        applied_on=form.applied_on, status=ApplicationStatus.APPLIED.value,
        note=(form.note or "").strip() or None)
    session.add(application)
    session.flush()
    session.add(StatusChange(application_id=application.id, from_status=None,
                             to_status=application.status, changed_at=utcnow(),
                             changed_by=current_user()))
    return application.id


def _role_made(session: Session, event_id: int, organisation_id: int, title: str) -> int:
    found = session.scalar(select(EventRole.id).where(
        EventRole.event_id == event_id, EventRole.organisation_id == organisation_id,
        func.lower(EventRole.title) == title.strip().lower()))
    if found is not None:
        return found
    role = EventRole(event_id=event_id, organisation_id=organisation_id, title=title.strip())
    session.add(role)
    session.flush()
    return role.id


def delete_applications(database: Database, ids: Sequence[int]) -> int:
    """Remove applications recorded by mistake, with their history; one that became a
    placement stays (its placement is removed first)."""
    with database.transaction() as session:
        placed = session.scalar(select(func.count(Placement.id)).where(
            Placement.application_id.in_(list(ids))))
        if placed:
            raise ConflictError(msg("{count} of these applications became placements; remove "
                                    "the placements first. Nothing was removed.", count=placed),
                                code="application_placed")
        found = session.scalars(select(Application).where(Application.id.in_(list(ids)))).all()
        for application in found:
            session.delete(application)
        return len(found)


# -- moving along the path ---------------------------------------------------------------------
def move_applications(database: Database, ids: Sequence[int], to_status: str,
                      note: str | None = None) -> int:
    """Move the chosen applications to ``to_status``: all, or none (one that cannot make
    the move is named). Each move is kept with who, when and why."""
    target = application_status(to_status)
    if not ids:
        raise ConflictError(msg("Select at least one application to move."), code="move_nobody")
    with database.transaction() as session:
        found = session.execute(
            select(Application, Student.student_no, Organisation.name_en)
            .join(Student, Application.student_id == Student.id)
            .join(Organisation, Application.organisation_id == Organisation.id)
            .where(Application.id.in_(list(ids))).order_by(Application.id)
            .with_for_update(of=Application)).all()  # (another writer waits: no lost move)
        if len(found) != len(set(ids)):
            raise NotFoundError(msg("Some of the selected applications no longer exist; "
                                    "nothing was moved."), code="application_missing")
        _move(session, found, target, note)
        return len(found)


def move_student_applications(database: Database, event: str, university: str,
                              student_no: str, company: str, to_status: str,
                              note: str | None = None) -> int:
    """The command line's move: the student's applications to ``company`` at ``event``."""
    with database.session() as session:
        wanted = ApplicationFilter(event=event, company=company, university=university)
        number = student_no.strip().upper()
        ids = [row.id for row in list_applications(session, wanted)
               if row.student_no.upper() == number]
    if not ids:
        raise NotFoundError(msg("Student {student} has no application to {company} at {event}; "
                                "nothing was moved.", student=student_no, company=company,
                                event=event), code="application_missing")
    return move_applications(database, ids, to_status, note)


def _move(session: Session, found: Sequence[Any], target: ApplicationStatus,
          note: str | None) -> None:
    refused = [(number, company, ApplicationStatus(a.status)) for a, number, company in found
               if target not in application_moves(ApplicationStatus(a.status))]
    if refused:
        number, company, current = refused[0]
        moves = sorted(application_moves(current), key=list(ApplicationStatus).index)
        reason = msg("The application of {student} to {company} is {status}, which is final",
                     student=number, company=company, status=current.label) if not moves else \
            msg("The application of {student} to {company} is {status}; from there it can "
                "only move to {moves}", student=number, company=company, status=current.label,
                moves=listed(s.label for s in moves))
        raise ConflictError(msg("{refusal}; nothing was moved.", refusal=reason),
                            code="move_not_allowed")
    user, now = current_user(), utcnow()
    for application, _, _ in found:
        session.add(StatusChange(application_id=application.id, from_status=application.status,
                                 to_status=target.value, changed_at=now, changed_by=user,
                                 note=(note or "").strip() or None))
        application.status = target.value


def application_history(session: Session, application_id: int) -> list[HistoryRow]:
    return status_history(session, StatusChange.application_id == application_id)


# -- from offer to placement -------------------------------------------------------------------
@dataclass(frozen=True)
class OfferPlacement:
    """What turning an accepted offer into a placement needs."""

    application_id: int
    start: dt.date
    months: int | None = None
    monthly_salary: Decimal | str | None = None
    position: str | None = None  # the role's title when not given


def place_application(database: Database, offer: OfferPlacement) -> int:
    """Turn an accepted offer into a confirmed placement at its company: the role becomes
    the placement's position, ended after ``months``. Counted with every other placement."""
    from careerdesk.core.services.placements import read_salary

    salary = read_salary(offer.monthly_salary)
    if salary is not None and salary < 0:
        raise ConflictError(msg("A monthly salary cannot be negative."), code="bad_salary")
    if offer.months is not None and offer.months <= 0:
        raise ConflictError(msg("A placement lasts at least one month."), code="bad_duration")
    with database.transaction() as session:
        application = session.get(Application, offer.application_id, with_for_update=True)
        if application is None:
            raise NotFoundError(msg("That application no longer exists."),
                                code="application_missing")
        number = session.scalar(select(Student.student_no).where(
            Student.id == application.student_id))
        if application.status != ApplicationStatus.ACCEPTED:
            raise ConflictError(msg(
                "Only an accepted offer becomes a placement; the application of {student} is "
                "{status}.", student=number,
                status=ApplicationStatus(application.status).label),
                code="placement_not_accepted")
        if session.scalar(select(Placement.id).where(
                Placement.application_id == application.id)):
            raise ConflictError(msg("The offer to {student} already has a placement.",
                                    student=number), code="placement_exists")
        title = (offer.position or "").strip() or (session.scalar(select(EventRole.title).where(
            EventRole.id == application.role_id)) if application.role_id else None)
        now = utcnow()
        placement = Placement(
            application_id=application.id, organisation_id=application.organisation_id,
            position_id=_position(session, application.organisation_id, title) if title
            else None,
            start_date=offer.start,
            end_date=period_end(offer.start, offer.months, None) if offer.months else None,
            status=PlacementStatus.CONFIRMED.value, monthly_salary=salary,
            created_at=now, updated_at=now)
        session.add(placement)
        session.flush()
        return placement.id


def _position(session: Session, organisation_id: int, title: str) -> int:
    """The company's position of that title (not a programme's), made if new."""
    found = session.scalar(select(Position.id).where(
        Position.organisation_id == organisation_id, Position.cohort_id.is_(None),
        func.lower(Position.title) == title.lower()))
    if found is not None:
        return found
    position = Position(organisation_id=organisation_id, title=title)
    session.add(position)
    session.flush()
    return position.id


