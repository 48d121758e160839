"""Career days and workshops kept by hand: the events, who registered, who came.

An event is found by its code. Registering a student and marking how they came (on site,
online) or that they did not are one record per student and event; each change is one
transaction the audit log keeps, and can be undone through ``services.undo``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Attendance,
    Event,
    Faculty,
    Programme,
    Student,
    University,
)
from careerdesk.core.db.models.base import utcnow
from careerdesk.core.domain.choices import AttendanceStatus, EventMode, OrganisationTheme
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.io import dates
from careerdesk.io.values import BadValueError, clean_text
from careerdesk.messages import msg

#: How people write an event's format, a theme and an attendance on the command line.
FORMAT_WORDS = {"onsite": EventMode.ON_SITE, "on-site": EventMode.ON_SITE,
                "on_site": EventMode.ON_SITE, "virtual": EventMode.VIRTUAL,
                "online": EventMode.VIRTUAL, "hybrid": EventMode.HYBRID}
THEME_WORDS = {"ai": OrganisationTheme.AI, "microelectronics": OrganisationTheme.MICROELECTRONICS,
               "life-health": OrganisationTheme.LIFE_HEALTH,
               "life_health": OrganisationTheme.LIFE_HEALTH,
               "fintech": OrganisationTheme.FINTECH, "other": OrganisationTheme.OTHER}
ATTENDANCE_WORDS = {"onsite": AttendanceStatus.ON_SITE, "on-site": AttendanceStatus.ON_SITE,
                    "on_site": AttendanceStatus.ON_SITE, "virtual": AttendanceStatus.VIRTUAL,
                    "online": AttendanceStatus.VIRTUAL, "no-show": AttendanceStatus.NO_SHOW,
                    "no_show": AttendanceStatus.NO_SHOW, "noshow": AttendanceStatus.NO_SHOW,
                    "registered": AttendanceStatus.REGISTERED}


@dataclass(frozen=True)
class EventForm:
    """An event as its form shows and saves it."""

    code: str
    name: str
    held_on: dt.date | None
    name_zh: str | None = None
    starts_at: dt.time | None = None
    venue: str | None = None
    mode: str = EventMode.HYBRID.value
    theme: str = OrganisationTheme.OTHER.value
    programme: str | None = None

    def values(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class EventRow:
    """An event as lists show it, with its counts."""

    id: int
    code: str
    name: str
    name_zh: str | None
    held_on: dt.date | None
    starts_at: dt.time | None
    mode: str
    theme: str
    venue: str | None
    programme: str | None
    registered: int
    attended: int

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "name_zh": self.name_zh,
                "date": self.held_on.isoformat() if self.held_on else None,
                "time": self.starts_at.strftime("%H:%M") if self.starts_at else None,
                "format": self.mode, "theme": self.theme, "venue": self.venue,
                "programme": self.programme, "registered": self.registered,
                "attended": self.attended}


def list_events(session: Session) -> list[EventRow]:
    """Every event, the latest first, with how many registered and how many came."""
    registered = dict(session.execute(select(Attendance.event_id, func.count(Attendance.id))
                                      .group_by(Attendance.event_id)).all())
    attended = dict(session.execute(
        select(Attendance.event_id, func.count(Attendance.id))
        .where(Attendance.status.in_((AttendanceStatus.ON_SITE.value,
                                      AttendanceStatus.VIRTUAL.value)))
        .group_by(Attendance.event_id)).all())
    return [EventRow(e.id, e.code, e.name, e.name_zh, e.held_on, e.starts_at, e.mode, e.theme,
                     e.venue, programme, registered.get(e.id, 0), attended.get(e.id, 0))
            for e, programme in session.execute(
                select(Event, Programme.code).outerjoin(Programme, Event.programme_id
                                                        == Programme.id)
                .order_by(Event.held_on.desc(), Event.code))]


def event_form(session: Session, code: str) -> EventForm:
    event = _event(session, code)
    programme = session.scalar(select(Programme.code).where(Programme.id == event.programme_id))
    return EventForm(event.code, event.name, event.held_on, event.name_zh, event.starts_at,
                     event.venue, event.mode, event.theme, programme)


def programme_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Programme.code).order_by(Programme.code)))


def save_event(database: Database, form: EventForm, replacing: str | None = None) -> str:
    """Create the event, or change the one whose code is ``replacing``; returns its code."""
    code = (clean_text(form.code) or "").upper()
    name = clean_text(form.name)
    if not code or not name:
        raise ConflictError(msg("An event needs a code and a name."), code="event_incomplete")
    if form.held_on is None:
        raise ConflictError(msg("An event needs the date it is held on."),
                            code="event_incomplete")
    mode, theme = _format(form.mode), _theme(form.theme)
    with database.transaction() as session:
        clash = session.scalar(select(Event.code).where(func.upper(Event.code) == code))
        if clash and (replacing is None or clash.upper() != replacing.strip().upper()):
            raise ConflictError(msg("There is already an event {code}.", code=clash),
                                code="event_exists")
        event = _event(session, replacing) if replacing else Event()
        event.code, event.name, event.name_zh = code, name, clean_text(form.name_zh)
        event.held_on, event.starts_at = form.held_on, form.starts_at
        event.venue, event.mode, event.theme = clean_text(form.venue), mode.value, theme.value
        event.programme_id = _programme_id(session, form.programme)
        session.add(event)
        return code


def delete_event(database: Database, code: str, with_attendance: bool = False) -> None:
    """Delete an event; one with registrations only when ``with_attendance`` (they go too)."""
    with database.transaction() as session:
        event = _event(session, code)
        records = session.scalars(select(Attendance).where(Attendance.event_id == event.id)).all()
        if records and not with_attendance:
            raise ConflictError(msg("{code} has {count} registration(s); delete them too, or "
                                    "keep the event.", code=event.code, count=len(records)),
                                code="event_has_attendance", count=len(records))
        for record in records:
            session.delete(record)
        session.flush()
        session.delete(event)


# -- registrations and attendance -----------------------------------------------------------
@dataclass(frozen=True)
class Registration:
    """One student's registration for an event, and whether and how they came."""

    attendance_id: int
    student_id: int
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    faculty: str | None
    status: str
    registered_at: dt.datetime | None


def registrations(session: Session, code: str) -> list[Registration]:
    event = _event(session, code)
    return [Registration(*row) for row in session.execute(
        select(Attendance.id, Student.id, University.code, Student.student_no, Student.name_en,
               Student.name_zh, Faculty.name_en, Attendance.status, Attendance.registered_at)
        .join(Student, Attendance.student_id == Student.id)
        .join(University, Student.university_id == University.id)
        .outerjoin(Faculty, Student.faculty_id == Faculty.id)
        .where(Attendance.event_id == event.id)
        .order_by(University.code, Student.name_en, Student.student_no))]


def record_attendance(database: Database, code: str, student_ids: Sequence[int],
                      status: str) -> int:
    """Register the students for the event, or mark how they came ("on_site", "virtual",
    "no_show"): a student not yet registered is registered too. Returns how many changed."""
    wanted = attendance_status(status)
    if not student_ids:
        raise ConflictError(msg("Choose at least one student."), code="attend_nobody")
    with database.transaction() as session:
        event = _event(session, code)
        existing = {a.student_id: a for a in session.scalars(select(Attendance).where(
            Attendance.event_id == event.id, Attendance.student_id.in_(list(student_ids))))}
        known = set(session.scalars(select(Student.id).where(
            Student.id.in_(list(student_ids)))))
        if len(known) != len(set(student_ids)):
            raise NotFoundError(msg("Some of the chosen students are no longer in the "
                                    "database; nothing was recorded."), code="student_missing")
        if wanted is not AttendanceStatus.REGISTERED and event.held_on and \
                event.held_on > dt.date.today():
            raise ConflictError(msg("{code} is held on {day}; who came can be recorded from "
                                    "that day.", code=event.code, day=f"{event.held_on:%Y-%m-%d}"),
                                code="event_not_held_yet")
        changed = 0
        for student_id in dict.fromkeys(student_ids):
            record = existing.get(student_id)
            if record is None:
                session.add(Attendance(event_id=event.id, student_id=student_id,
                                       status=wanted.value, registered_at=utcnow()))
                changed += 1
            elif record.status != wanted.value and wanted is not AttendanceStatus.REGISTERED:
                record.status = wanted.value
                changed += 1
        return changed


def remove_registrations(database: Database, code: str, student_ids: Sequence[int]) -> int:
    """Take the students off the event's list (a registration made by mistake)."""
    with database.transaction() as session:
        event = _event(session, code)
        records = session.scalars(select(Attendance).where(
            Attendance.event_id == event.id, Attendance.student_id.in_(list(student_ids)))).all()
        for record in records:
            session.delete(record)
        return len(records)


def attendance_status(text: str) -> AttendanceStatus:
    found = ATTENDANCE_WORDS.get(text.strip().lower()) if text else None
    if found is None:
        raise ConflictError(msg("'{text}' is not an attendance; use onsite, virtual, no-show or "
                                "registered.", text=text), code="bad_attendance")
    return found


def read_event_day(text: str) -> dt.date:
    try:
        found = dates.date(text)
    except BadValueError as problem:
        raise ConflictError(problem.message, code="bad_date") from None
    if found is None:
        raise ConflictError(msg("An event needs the date it is held on."),
                            code="event_incomplete")
    return found


def read_event_time(text: str | None) -> dt.time | None:
    if not text or not text.strip():
        return None
    try:
        return dt.time.fromisoformat(text.strip().zfill(5))
    except ValueError:
        raise ConflictError(msg("'{text}' is not a time of day (write it as 14:30).",
                                text=text), code="bad_time") from None


def _format(text: str) -> EventMode:
    found = FORMAT_WORDS.get((text or "").strip().lower())
    if found is None:
        raise ConflictError(msg("'{text}' is not an event format; use onsite, virtual or "
                                "hybrid.", text=text), code="bad_format")
    return found


def _theme(text: str) -> OrganisationTheme:
    found = THEME_WORDS.get((text or "").strip().lower())
    if found is None:
        raise ConflictError(msg("'{text}' is not a theme; use ai, microelectronics, "
                                "life-health, fintech or other.", text=text), code="bad_theme")
    return found


def _programme_id(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    found = session.scalar(select(Programme.id).where(
        func.upper(Programme.code) == code.strip().upper()))
    if found is None:
        raise NotFoundError(msg("There is no programme '{code}'.", code=code),
                            code="programme_missing")
    return found


def event_code(session: Session, code: str) -> str:
    """The stored code of the event ``code`` names (any case, never a pattern), in
    capitals; refused in one sentence if there is none."""
    return _event(session, code).code.upper()


def event_named(session: Session, code: str) -> Event:
    """The event ``code`` names (any case, never a pattern); refused in one sentence naming
    some that exist."""
    return _event(session, code)


def _event(session: Session, code: str) -> Event:
    found = session.scalar(select(Event).where(func.upper(Event.code) == code.strip().upper()))
    if found is None:
        known = ", ".join(session.scalars(select(Event.code).order_by(Event.code)).all()[:12])
        raise NotFoundError(msg("There is no event '{code}'; known events include {known}.",
                                code=code, known=known) if known else
                            msg("There is no event '{code}'; CareerDesk has no events yet.",
                                code=code), code="unknown_event")
    return found
