"""The demo's career days as HKSTP runs them: the "AI in Action" Career Day at its real scale
(3,000 visitors on site and online, 150 AI companies, 1,000 roles, some 8,000 applications
made at the venue or through the Talent Pool, offers, hires) and the 2026 Microelectronics
Career Day with companies of its own. Smaller demos get days in proportion."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, select

from careerdesk.core.db.models import (
    Application,
    Attendance,
    EventRole,
    Organisation,
    Placement,
    StatusChange,
)
from careerdesk.core.db.models.base import table_of, utcnow
from careerdesk.core.domain.choices import AttendanceStatus, PlacementStatus
from careerdesk.core.domain.dates import period_end
from careerdesk.core.domain.statuses import APPLICATION_PATH, ApplicationStatus
from careerdesk.io.office_time import to_stored


#: A day's size at 4,000 demo students (the default): smaller demos scale it down.
@dataclass(frozen=True)
class DaySize:
    code: str
    theme: str
    registrations: int
    companies: int
    roles: int
    fields: tuple[str, ...]
    words: tuple[str, ...]  # what its companies are called after


DAYS = (
    DaySize("AIA-2025", "ai", 3_400, 150, 1_000,
            ("Software development", "Data analytics", "Large-scale model algorithms",
             "Computer vision", "Robotics", "Product management", "AI research",
             "Machine learning operations"),
            ("AI", "Intelligence", "Vision", "Robotics", "Data", "Cognitive", "Neural",
             "Analytics", "Automation", "Learning")),
    DaySize("MICRO-2026", "microelectronics", 900, 40, 200,
            ("IC design", "Chip verification", "Embedded systems", "Process engineering",
             "Hardware testing", "Software development"),
            ("Semiconductor", "Microsystems", "Silicon", "Chip", "Photonics")),
)
_PLACES = ("Harbour", "Lion Rock", "Victoria", "Tolo", "Pak Shek Kok", "Kowloon", "Jade",
           "Peak", "Dragon", "Pearl", "Junk Bay", "Shatin", "Tsuen Wan", "Sai Kung", "Lantau",
           "Stanley", "Aberdeen", "Tai Po", "Ma On Shan", "Cyberport")
_KINDS = ("Limited", "Technologies", "Labs", "Holdings", "Solutions")
_TITLES = ("Graduate {field} Engineer", "{field} Intern", "Junior {field} Specialist",
           "{field} Trainee", "{field} Analyst")
#: How far applications get: most stay at applied; a few become hires.
_OUTCOMES = ((ApplicationStatus.APPLIED, 50), (ApplicationStatus.INTERVIEWED, 14),
             (ApplicationStatus.NOT_SELECTED, 17), (ApplicationStatus.OFFERED, 4),
             (ApplicationStatus.ACCEPTED, 8), (ApplicationStatus.DECLINED, 4),
             (ApplicationStatus.WITHDRAWN, 3))


@dataclass
class CareerDayCounts:
    registrations: int = 0
    companies: int = 0
    roles: int = 0
    applications: int = 0
    placements: int = 0


def add_career_days(connection: Connection, students: Sequence[dict[str, Any]],
                    events: dict[str, tuple[int, str]], held: dict[str, dt.date],
                    bulk: Callable[[Table, list[dict[str, Any]]], None],
                    seed: int, today: dt.date) -> CareerDayCounts:
    """Registrations, companies, roles, applications (with their histories) and hires for
    each demo career day. Its own random numbers: the rest of the demo is as before."""
    rng = random.Random(seed)
    counts = CareerDayCounts()
    if not students:
        return counts  # (no one to visit: the days stay as they were made)
    scale = min(1.0, len(students) / 4_000)
    for day in DAYS:
        event_id, mode = events[day.code]
        registered = _registrations(connection, rng, students, event_id, day, scale,
                                    held[day.code], bulk)
        counts.registrations += registered[0]
        roles = _roles(connection, rng, event_id, day, scale, bulk)
        counts.companies += len({company for company, _, _ in roles.values()})
        counts.roles += len(roles)
        if held[day.code] > today:
            continue  # (a day still to come has no applications yet)
        made, hired = _applications(connection, rng, event_id, registered[1], roles,
                                    held[day.code], bulk, today)
        counts.applications += made
        counts.placements += hired
    return counts


def _registrations(connection: Connection, rng: random.Random,
                   students: Sequence[dict[str, Any]], event_id: int, day: DaySize,
                   scale: float, held: dt.date, bulk: Callable[..., None]
                   ) -> tuple[int, list[tuple[int, str]]]:
    """More registrations up to the day's size; returns how many were added and every
    visitor (student id, how they came)."""
    already = dict(connection.execute(select(Attendance.student_id, Attendance.status)
                                      .where(Attendance.event_id == event_id)).all())
    wanted = min(round(day.registrations * scale), len(students))
    others = [s["id"] for s in students if s["id"] not in already]
    rng.shuffle(others)
    rows = []
    for number, student_id in enumerate(others[:max(wanted - len(already), 0)]):
        status = rng.choices(("on_site", "virtual", "no_show"), (52, 36, 12))[0]
        rows.append({"event_id": event_id, "student_id": student_id,
                     "registration_ref": f"{day.code}-T{number + 1:05d}",
                     "registered_at": to_stored(dt.datetime.combine(held, dt.time(9))
                                                - dt.timedelta(days=rng.randint(3, 40))),
                     "status": status, "interests": None})
        already[student_id] = status
    bulk(table_of(Attendance), rows)
    came = [(sid, status) for sid, status in already.items()
            if status in (AttendanceStatus.ON_SITE, AttendanceStatus.VIRTUAL)]
    return len(rows), came


def _roles(connection: Connection, rng: random.Random, event_id: int, day: DaySize,
           scale: float, bulk: Callable[..., None]
           ) -> dict[int, tuple[int, str | None, str | None]]:
    """The day's companies (the office's own of its theme first, then new ones) and their
    roles: role id → (company id, field, mode)."""
    wanted = max(round(day.companies * scale), 5)
    known = list(connection.execute(select(Organisation.id, Organisation.name_en)
                                    .where(Organisation.theme == day.theme)).all())
    names = {name.casefold() for _, name in connection.execute(
        select(Organisation.id, Organisation.name_en))}
    new: list[dict[str, Any]] = []
    for place in _PLACES:
        for word in day.words:
            name = f"{place} {word} {_KINDS[len(new) % len(_KINDS)]}"
            if len(known) + len(new) < wanted and name.casefold() not in names:
                new.append({"name_en": name, "theme": day.theme, "science_park":
                            rng.random() < 0.6, "partner": False, "created_at": utcnow(),
                            "updated_at": utcnow()})
                names.add(name.casefold())
    bulk(table_of(Organisation), new)
    companies = [oid for oid, _ in known][:wanted] + list(connection.scalars(
        select(Organisation.id).where(Organisation.name_en.in_([r["name_en"] for r in new]))))
    wanted_roles = max(round(day.roles * scale), len(companies))
    rows = []
    for number, company in enumerate(companies):
        share = wanted_roles * (number + 1) // len(companies) - wanted_roles * number // len(
            companies)  # (the roles shared out so that they add up to the day's)
        choices = [(field, template) for field in day.fields for template in _TITLES]
        for field, template in rng.sample(choices, min(share, len(choices))):
            rows.append({"event_id": event_id, "organisation_id": company,
                         "title": template.format(field=field),
                         "field": field, "openings": rng.randint(1, 5),
                         "mode": rng.choices(("onsite", "online"), (60, 40))[0],
                         "import_batch_id": None, "created_at": utcnow(),
                         "updated_at": utcnow()})
    bulk(table_of(EventRole), rows)
    return {rid: (oid, field, mode) for rid, oid, field, mode in connection.execute(
        select(EventRole.id, EventRole.organisation_id, EventRole.field, EventRole.mode)
        .where(EventRole.event_id == event_id))}


def _applications(connection: Connection, rng: random.Random, event_id: int,
                  visitors: list[tuple[int, str]],
                  roles: dict[int, tuple[int, str | None, str | None]],
                  held: dt.date, bulk: Callable[..., None], today: dt.date
                  ) -> tuple[int, int]:
    """Each visitor applies, more often than not, to a few roles; the applications move on
    as they would (history kept), and most accepted offers become placements."""
    role_ids = list(roles)
    rows, paths = [], {}
    for student_id, came in visitors:
        if rng.random() > 0.75:
            continue
        for role_id in rng.sample(role_ids, min(rng.choice((1, 2, 3, 3, 4, 5, 6)),
                                                len(role_ids))):
            organisation_id, _, mode = roles[role_id]
            final = rng.choices([s for s, _ in _OUTCOMES], [w for _, w in _OUTCOMES])[0]
            online = came == "virtual" or mode == "online" or rng.random() < 0.3
            applied = held + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 5)))
            rows.append({"event_id": event_id, "student_id": student_id,
                         "organisation_id": organisation_id, "role_id": role_id,
                         "channel": "online" if online else "onsite", "applied_on": applied,
                         "status": final.value, "note": None, "import_batch_id": None,
                         "created_at": utcnow(), "updated_at": utcnow()})
            paths[(student_id, role_id)] = (_path_to(final), applied)
    bulk(table_of(Application), rows)
    history, placements = [], []
    for application_id, student_id, applied_to, organisation, status in connection.execute(
            select(Application.id, Application.student_id, Application.role_id,
                   Application.organisation_id, Application.status)
            .where(Application.event_id == event_id)):
        path, applied = paths[(student_id, applied_to or 0)]
        when = dt.datetime.combine(applied, dt.time(11))
        for step, (was, then) in enumerate(zip((None, *path), path, strict=False)):
            history.append({"application_id": application_id, "from_status": was,
                            "to_status": then.value, "changed_by": "demo", "note": None,
                            "changed_at": to_stored(when + dt.timedelta(days=9 * step))})
        if status == ApplicationStatus.ACCEPTED and rng.random() < 0.75:
            start = applied + dt.timedelta(days=rng.choice((60, 90, 120)))
            months = rng.choice((3, 6, 12))
            placements.append({
                "application_id": application_id, "nomination_id": None,
                "organisation_id": organisation, "position_id": None, "start_date": start,
                "end_date": period_end(start, months), "status": PlacementStatus.STARTED.value
                if start <= today else PlacementStatus.CONFIRMED.value,
                "monthly_salary": Decimal(rng.randrange(16_000, 32_000, 500)),
                "outcome": None, "outcome_note": None, "import_batch_id": None,
                "created_at": utcnow(), "updated_at": utcnow()})
    bulk(table_of(StatusChange), history)
    bulk(table_of(Placement), placements)
    return len(rows), len(placements)


def _path_to(final: ApplicationStatus) -> list[ApplicationStatus]:
    """The stages an application went through to ``final``."""
    if final in APPLICATION_PATH:
        return list(APPLICATION_PATH[:APPLICATION_PATH.index(final) + 1])
    before = {ApplicationStatus.NOT_SELECTED: ApplicationStatus.INTERVIEWED,
              ApplicationStatus.DECLINED: ApplicationStatus.OFFERED,
              ApplicationStatus.WITHDRAWN: ApplicationStatus.APPLIED}[final]
    return [*APPLICATION_PATH[:APPLICATION_PATH.index(before) + 1], final]
