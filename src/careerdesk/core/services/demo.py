"""Realistic demo data: universities, programmes, organisations, students and their journeys.

Deterministic for a given seed. Everything is written in one transaction with Core
bulk inserts, so 50,000 students take seconds and a Cancel leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.audit import log_bulk
from careerdesk.core.db.bulk import indexes_built_after, insert_rows
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Attendance,
    Cohort,
    Contact,
    EligibilityRule,
    Event,
    Faculty,
    Nomination,
    Organisation,
    Phase,
    Placement,
    PlacementPhase,
    Position,
    Programme,
    Quota,
    StatusChange,
    Student,
    Track,
)
from careerdesk.core.db.models.base import table_of, utcnow
from careerdesk.core.db.seed import ensure_universities
from careerdesk.core.domain.choices import AttendanceStatus, PlacementOutcome, PlacementStatus
from careerdesk.core.domain.placements import PhaseLength, lay_out_phases
from careerdesk.core.domain.statuses import PATH, NominationStatus
from careerdesk.core.errors import ConflictError
from careerdesk.core.services import demo_catalogue as cat
from careerdesk.core.services.bulk_work import bulk_work
from careerdesk.core.services.demo_career_days import add_career_days
from careerdesk.core.services.progress import Progress
from careerdesk.core.services.reference_data import university_ids_by_code
from careerdesk.io.office_time import to_stored
from careerdesk.messages import msg

DEMO_USER = "demo"
CHUNK = 5_000
MAX_STUDENTS = 500_000
TODAY = dt.date(2026, 11, 23)  # fixed, so the same seed always gives the same data

_STATUS_WEIGHTS = {
    NominationStatus.DRAFT: 4, NominationStatus.NOMINATED: 6, NominationStatus.SUBMITTED: 8,
    NominationStatus.SHORTLISTED: 6, NominationStatus.INTERVIEWED: 5,
    NominationStatus.OFFERED: 3, NominationStatus.ACCEPTED: 3, NominationStatus.PLACED: 6,
    NominationStatus.COMPLETED: 8, NominationStatus.INELIGIBLE: 3,
    NominationStatus.WITHDRAWN: 4, NominationStatus.NOT_SELECTED: 10,
    NominationStatus.DECLINED: 2,
}
#: For an exit, the furthest stage reached before it (a choice of).
_EXIT_FROM = {
    NominationStatus.INELIGIBLE: (NominationStatus.NOMINATED, NominationStatus.SUBMITTED),
    NominationStatus.WITHDRAWN: (NominationStatus.NOMINATED, NominationStatus.SUBMITTED,
                                 NominationStatus.OFFERED, NominationStatus.PLACED),
    NominationStatus.NOT_SELECTED: (NominationStatus.SUBMITTED, NominationStatus.SHORTLISTED,
                                    NominationStatus.INTERVIEWED),
    NominationStatus.DECLINED: (NominationStatus.OFFERED,),
}
_COHORT_WEIGHTS = {"TF": 34, "PROCRUITC": 30, "TLT": 1, "AIA": 5, "INTERN": 30}


@dataclass(frozen=True)
class DemoSummary:
    students: int
    organisations: int
    cohorts: int
    nominations: int
    placements: int
    attendances: int
    applications: int = 0
    companies_at_career_days: int = 0


@bulk_work()
def fill_demo_data(
    database: Database, students: int = 4_000, *, seed: int = 2026,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data, all at once or (on error or Cancel) not at all."""
    if not 0 <= students <= MAX_STUDENTS:
        raise ConflictError(
            msg(
                "The number of demo students must be between 0 and {most:,}.",
                most=MAX_STUDENTS),
            code="demo_bad_count",
        )
    progress = progress or Progress()
    with database.transaction() as session:
        existing = session.scalar(select(func.count(Student.id))) or 0
        if existing:
            raise ConflictError(
                msg(
                    "This database already holds {existing:,} students; demo data goes only into "
                    "an empty database, so it never mixes with real records.", existing=existing),
                code="demo_not_empty",
            )
        return _DemoWriter(session, random.Random(seed), progress, seed).write(students)


class _DemoWriter:
    def __init__(self, session: Session, rng: random.Random, progress: Progress,
                 seed: int) -> None:
        self.seed = seed
        self.session = session
        self.connection = session.connection()
        self.rng = rng
        self.progress = progress
        self.total_steps = 1

    # -- the whole run -------------------------------------------------------------------
    def write(self, n_students: int) -> DemoSummary:
        self.total_steps = 6 + 3 * (n_students // CHUNK + 1)
        self._step(0, msg("Universities and faculties"))
        ensure_universities(self.session)
        self.university_ids = university_ids_by_code(self.session)
        self.faculties = self._faculties()
        self._step(1, msg("Programmes and cohorts"))
        self.cohorts = self._programmes()
        self._step(2, msg("Organisations and positions"))
        self.organisations, self.positions = self._organisations()
        events = self._events()
        self.session.flush()
        student_rows = self._students(n_students)
        nominations, placements = self._nominations(student_rows)
        attendances = self._attendance(student_rows, events)
        self._step(self.total_steps - 1, msg("Career days"))
        days = add_career_days(
            self.connection, student_rows, events, {e[0]: e[4] for e in cat.EVENTS},
            lambda table, rows: self._bulk(table, rows, self.total_steps - 1,
                                           msg("Career days")),
            seed=self.seed + 1, today=TODAY)
        attendances += days.registrations
        placements += days.placements
        log_bulk(self.session, "student", f"Demo data: {n_students:,} students, "
                 f"{nominations:,} nominations, {placements:,} placements, "
                 f"{attendances:,} attendance records, {days.applications:,} career-day "
                 "applications.")
        self._step(self.total_steps, msg("Done"))
        return DemoSummary(n_students, len(self.organisations), len(self.cohorts),
                           nominations, placements, attendances, days.applications,
                           days.companies)

    def _step(self, done: int, message: str) -> None:
        self.progress.step(min(done, self.total_steps), self.total_steps, message)

    def _bulk(self, table: Table, rows: Sequence[dict[str, Any]], first_step: int,
              message: str) -> None:
        chunks = iter(range(len(rows) // CHUNK + 1))
        with indexes_built_after(self.connection, table, len(rows)):
            insert_rows(self.connection, table, rows,
                        lambda: self._step(first_step + next(chunks, 0), message))

    # -- reference records (small: through the ORM, so each is in the audit log) ---------
    def _faculties(self) -> dict[str, list[int]]:
        faculties: dict[str, list[int]] = {}
        for code, (_domain, names) in cat.UNIVERSITY_PROFILES.items():
            rows = [Faculty(university_id=self.university_ids[code], name_en=en, name_zh=zh)
                    for en, zh in names]
            self.session.add_all(rows)
            self.session.flush()
            faculties[code] = [row.id for row in rows]
        return faculties

    def _programmes(self) -> dict[str, Cohort]:
        cohorts: dict[str, Cohort] = {}
        for seed in cat.PROGRAMMES:
            programme = Programme(code=seed.code, name_en=seed.name_en, kind=seed.kind,
                                  description=seed.description)
            self.session.add(programme)
            for c in seed.cohorts:
                cohort = Cohort(programme=programme, code=c.code, name=c.name, year=c.year,
                                opens_on=c.opens_on, closes_on=c.closes_on,
                                quota_total=c.quota_total)
                cohort.tracks = [Track(code=code, name=name, places=places)
                                 for code, name, places in c.tracks]
                cohort.phases = [Phase(seq=i + 1, name=name, duration_months=months,
                                       duration_weeks=weeks)
                                 for i, (name, months, weeks) in enumerate(c.phases)]
                cohort.rules = [EligibilityRule(seq=i + 1, kind=kind, params=params,
                                                description=text)
                                for i, (kind, params, text) in enumerate(c.rules)]
                if c.per_university_quota:
                    cohort.quotas = [Quota(university_id=uid, places=c.per_university_quota)
                                     for uid in self.university_ids.values()]
                self.session.add(cohort)
                cohorts[c.code] = cohort
        self.session.flush()
        return cohorts

    def _organisations(self) -> tuple[list[Organisation], dict[tuple[int, int], list[int]]]:
        seeds = [*cat.PARTNERS, *cat.startup_seeds(34)]
        organisations = []
        for index, seed in enumerate(seeds):
            organisation = Organisation(
                name_en=seed.name_en, name_zh=seed.name_zh, theme=seed.theme,
                science_park=seed.science_park, partner=seed.partner,
            )
            surname, _ = cat.SURNAMES[index % len(cat.SURNAMES)]
            given = cat.ENGLISH_NAMES[index % len(cat.ENGLISH_NAMES)]
            organisation.contacts = [Contact(
                name=f"{given} {surname.title()}", title="Talent Acquisition Manager",
                email=f"{given.lower()}.{surname.lower()}@example.com.hk",
                phone=f"+8522{index:07d}",
            )]
            organisations.append(organisation)
        self.session.add_all(organisations)
        self.session.flush()
        positions: dict[tuple[int, int], list[Position]] = {}
        for organisation in organisations:
            for code, cohort in self.cohorts.items():
                if code.startswith("AIA") or self.rng.random() < 0.5:
                    continue
                title = self.rng.choice(cat.POSITION_TITLES[organisation.theme])
                phases = cohort.phases
                months = sum(p.duration_months or 0 for p in phases) or None
                position = Position(
                    organisation_id=organisation.id, cohort_id=cohort.id, title=title,
                    places=self.rng.randint(1, 6), duration_months=months,
                    start_date=cohort.closes_on + dt.timedelta(days=92) if cohort.closes_on
                    else None,
                )
                self.session.add(position)
                positions.setdefault((organisation.id, cohort.id), []).append(position)
        self.session.flush()
        return organisations, {key: [p.id for p in value] for key, value in positions.items()}

    def _events(self) -> dict[str, tuple[int, str]]:
        programme_ids = dict(self.session.execute(select(Programme.code, Programme.id)).all())
        events = {}
        for code, name, name_zh, programme, held_on, starts_at, mode, theme, venue in cat.EVENTS:
            event = Event(code=code, name=name, name_zh=name_zh,
                          programme_id=programme_ids[programme], held_on=held_on,
                          starts_at=starts_at, mode=mode, theme=theme, venue=venue)
            self.session.add(event)
            events[code] = event
        self.session.flush()
        return {code: (event.id, event.mode) for code, event in events.items()}

    # -- students (bulk) -----------------------------------------------------------------
    def _students(self, count: int) -> list[dict[str, Any]]:
        rows = [self._student(index) for index in range(count)]
        self._bulk(table_of(Student), rows, 3, msg("Students"))
        ids = dict(
            ((uid, no), sid) for sid, uid, no in
            self.connection.execute(select(Student.id, Student.university_id, Student.student_no))
        )
        for row in rows:
            row["id"] = ids[(row["university_id"], row["student_no"])]
        return rows

    def _student(self, index: int) -> dict[str, Any]:
        rng = self.rng
        code = rng.choice(list(cat.UNIVERSITY_PROFILES))
        domain, _ = cat.UNIVERSITY_PROFILES[code]
        (surname, surname_zh), (g1, g1_zh), (g2, g2_zh) = (
            rng.choice(cat.SURNAMES), rng.choice(cat.GIVEN), rng.choice(cat.GIVEN))
        english = rng.choice(cat.ENGLISH_NAMES) if rng.random() < 0.2 else None
        name_en = f"{surname} {g1} {g2}" + (f", {english}" if english else "")
        local = (english or g1).lower()
        programme, award = rng.choice(cat.STUDY_PROGRAMMES)
        graduation = dt.date(rng.choice((2024, 2025, 2026, 2027)), rng.choice((6, 7, 12)), 30)
        graduated = graduation < TODAY
        employed = graduated and rng.random() < 0.25
        consent = rng.random() < 0.85
        return {
            "university_id": self.university_ids[code],
            "student_no": _student_number(code, index),
            "name_en": name_en,
            "name_zh": surname_zh + g1_zh + g2_zh if rng.random() < 0.97 else None,
            "email": f"{local}.{surname.lower()}.{index}@{domain}",
            "phone": f"+852{rng.choice('5679')}{rng.randint(0, 9_999_999):07d}"
            if rng.random() < 0.95 else None,
            "faculty_id": rng.choice(self.faculties[code]),
            "department": rng.choice(cat.DEPARTMENTS),
            "programme_of_study": programme,
            "award_level": award.value,
            "year_of_study": None if graduated else rng.randint(1, 4),
            "graduation_date": graduation,
            "graduated": graduated,
            "hk_resident": _maybe(rng, 0.88, 0.05),
            "employment_status": ("employed" if employed else "unemployed") if graduated
            else "studying",
            "full_time_months": (rng.randint(1, 24) if employed else rng.choice((0, 0, 0, 1, 2)))
            if rng.random() < 0.95 else None,
            "consent_to_share": consent,
            "consent_date": dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
            if consent else None,
            "tags": rng.choice((None, None, None, "AI", "first-generation", "scholarship")),
            "notes": None,
            "created_at": utcnow(),
            "updated_at": utcnow(),
        }

    # -- nominations, history and placements (bulk) ----------------------------------------
    def _nominations(self, students: list[dict[str, Any]]) -> tuple[int, int]:
        rng = self.rng
        programmes = list(_COHORT_WEIGHTS)
        weights = list(_COHORT_WEIGHTS.values())
        planned: list[tuple[dict[str, Any], Cohort, NominationStatus, list[NominationStatus]]] = []
        tlt_count: Counter[str] = Counter()
        for student in students:
            if rng.random() > 0.4:
                continue
            taken: set[str] = set()
            for _ in range(2 if rng.random() < 0.15 else 1):
                programme = rng.choices(programmes, weights)[0]
                code = f"{programme}-{rng.choice((2025, 2026))}"
                if code in taken or (programme == "TLT" and tlt_count[code] >= 12):
                    continue
                taken.add(code)
                tlt_count[code] += programme == "TLT"
                status = rng.choices(list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values()))[0]
                planned.append((student, self.cohorts[code], status, _path_to(status, rng)))
        rows: list[dict[str, Any]] = []
        ranks: Counter[tuple[int, int, int | None]] = Counter()
        for student, cohort, status, _ in planned:
            ranked = status not in (NominationStatus.DRAFT,)
            key = (cohort.id, student["university_id"], student["faculty_id"])
            if ranked:
                ranks[key] += 1
            tracks = cohort.tracks
            track = (tracks[0] if rng.random() < 0.5 else rng.choice(tracks)) if tracks else None
            rows.append({
                "student_id": student["id"], "cohort_id": cohort.id,
                "track_id": track.id if track else None, "status": status.value,
                "rank": ranks[key] if ranked else None, "note": None,
                "created_at": utcnow(), "updated_at": utcnow(),
            })
        base = 3 + (len(students) // CHUNK + 1)
        self._bulk(table_of(Nomination), rows, base, msg("Nominations"))
        ids = {(s, c): i for i, s, c in self.connection.execute(
            select(Nomination.id, Nomination.student_id, Nomination.cohort_id))}
        history, placements = [], []
        for student, cohort, status, path in planned:
            nomination_id = ids[(student["id"], cohort.id)]
            when = dt.datetime.combine(cohort.opens_on or dt.date(cohort.year, 1, 15),
                                       dt.time(10, 0))
            previous = None
            for step in path:
                when += dt.timedelta(days=rng.randint(3, 20), hours=rng.randint(0, 6))
                history.append({"nomination_id": nomination_id, "from_status": previous,
                                "to_status": step.value, "changed_at": when,
                                "changed_by": DEMO_USER, "note": None})
                previous = step.value
            placement = self._placement(nomination_id, cohort, status, path)
            if placement:
                placements.append(placement)
        self._bulk(table_of(StatusChange), history, base + 1, "Status history")
        self._write_placements(placements)
        return len(rows), len(placements)

    def _placement(self, nomination_id: int, cohort: Cohort, status: NominationStatus,
                   path: list[NominationStatus]) -> dict[str, Any] | None:
        reached_placed = NominationStatus.PLACED in path
        if status not in (NominationStatus.ACCEPTED, NominationStatus.PLACED,
                          NominationStatus.COMPLETED) and not reached_placed:
            return None
        rng = self.rng
        pool = [o for o in self.organisations
                if (o.partner if cohort.code.startswith("TLT") else
                    o.science_park or cohort.code.startswith("INTERN"))]
        organisation = rng.choice(pool)
        position_ids = self.positions.get((organisation.id, cohort.id), [])
        start = (cohort.closes_on or cohort.opens_on or dt.date(cohort.year, 3, 31)) \
            + dt.timedelta(days=rng.randint(60, 120))
        phases = [{"phase_id": p.phase_id, "name": p.name, "start_date": p.start,
                   "end_date": p.end} for p in lay_out_phases(start, (
                       PhaseLength(ph.name, ph.duration_months, ph.duration_weeks, ph.id)
                       for ph in cohort.phases))]
        status_map = {NominationStatus.ACCEPTED: PlacementStatus.CONFIRMED,
                      NominationStatus.PLACED: PlacementStatus.STARTED,
                      NominationStatus.COMPLETED: PlacementStatus.COMPLETED}
        placement_status = status_map.get(status, PlacementStatus.ENDED_EARLY)
        salary_range = {"PROCRUITC": (18_000, 22_000), "TLT": (30_000, 38_000),
                        "TF": (15_000, 20_000)}.get(cohort.code.split("-")[0], (12_000, 16_000))
        outcome = None
        if placement_status is PlacementStatus.COMPLETED:
            outcome = rng.choices(
                (PlacementOutcome.FULL_TIME_OFFER.value, PlacementOutcome.FURTHER_STUDY.value,
                 PlacementOutcome.OTHER.value, None), (45, 10, 5, 40))[0]
        return {
            "nomination_id": nomination_id, "organisation_id": organisation.id,
            "position_id": rng.choice(position_ids) if position_ids else None,
            "start_date": start, "end_date": phases[-1]["end_date"] if phases else None,
            "status": placement_status.value,
            "monthly_salary": rng.randrange(*salary_range, 500) if rng.random() < 0.8 else None,
            "outcome": outcome, "outcome_note": None,
            "created_at": utcnow(), "updated_at": utcnow(), "_phases": phases,
        }

    def _write_placements(self, placements: list[dict[str, Any]]) -> None:
        phases_by_nomination = {p["nomination_id"]: p.pop("_phases") for p in placements}
        self._bulk(table_of(Placement), placements, self.total_steps - 3, msg("Placements"))
        phase_rows = []
        for placement_id, nomination_id in self.connection.execute(
            select(Placement.id, Placement.nomination_id)
        ):
            for phase in phases_by_nomination.get(nomination_id, ()):
                phase_rows.append({"placement_id": placement_id, **phase})
        self._bulk(table_of(PlacementPhase), phase_rows, self.total_steps - 2, "Placement phases")

    # -- attendance (bulk) ---------------------------------------------------------------
    def _attendance(self, students: list[dict[str, Any]],
                    events: dict[str, tuple[int, str]]) -> int:
        rng = self.rng
        shares = {"AIA-2025": 0.15, "MICRO-2026": 0.08, "TF-WS-2025": 0.03}
        rows = []
        for code, (event_id, mode) in events.items():
            held = next(e[4] for e in cat.EVENTS if e[0] == code)
            for number, student in enumerate(
                    s for s in students if rng.random() < shares.get(code, 0.05)):
                if mode == "hybrid":
                    status = rng.choices(("on_site", "virtual", "no_show"), (45, 35, 20))[0]
                else:
                    status = rng.choices(("on_site", "no_show"), (80, 20))[0]
                if held > TODAY:
                    status = AttendanceStatus.REGISTERED.value
                rows.append({
                    "event_id": event_id, "student_id": student["id"],
                    "registration_ref": f"{code}-{number + 1:05d}",
                    "registered_at": to_stored(dt.datetime.combine(held, dt.time(9))  # (HK time)
                    - dt.timedelta(days=rng.randint(3, 40), minutes=rng.randint(0, 600))),
                    "status": status, "interests": rng.choice(
                        ("Robotics", "Software development", "Data science", "IC design", None)),
                })
        self._bulk(table_of(Attendance), rows, self.total_steps - 1, "Event attendance")
        return len(rows)


def _path_to(status: NominationStatus, rng: random.Random) -> list[NominationStatus]:
    """The statuses a nomination passed through to reach ``status``, in order."""
    if status in PATH:
        return list(PATH[: PATH.index(status) + 1])
    furthest = rng.choice(_EXIT_FROM[status])
    return [*PATH[: PATH.index(furthest) + 1], status]


def _maybe(rng: random.Random, p_true: float, p_none: float) -> bool | None:
    roll = rng.random()
    return None if roll < p_none else roll < p_none + p_true


_NUMBER_FORMATS = {
    "CUHK": ("1155", 6, ""), "CityU": ("57", 6, ""), "HKBU": ("2", 7, ""),
    "PolyU": ("2", 7, "D"), "HKUST": ("20", 6, ""), "HKU": ("3035", 6, ""),
}


def _student_number(code: str, index: int) -> str:
    """Numbers shaped like each university's, unique per index (a permutation of it)."""
    prefix, digits, suffix = _NUMBER_FORMATS[code]
    modulus = 10**digits
    mixed = (index * 7_919 + 104_729) % modulus
    return f"{prefix}{mixed:0{digits}d}{suffix}"

