"""Programmes and cohorts as coordinators edit them: windows, phases, tracks, quotas, rules.

A cohort is read and saved whole (``CohortSpec``), in one transaction, after checking
every part: an editor can never leave a cohort half-changed or with a rule it cannot run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Cohort,
    EligibilityRule,
    Faculty,
    Nomination,
    Phase,
    PlacementPhase,
    Position,
    Programme,
    Quota,
    Track,
    University,
)
from careerdesk.core.domain.choices import AwardLevel, ProgrammeKind, RuleKind
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.messages import msg


@dataclass
class RuleSpec:
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    description: str | None = None


@dataclass
class CohortSpec:
    code: str
    name: str
    year: int
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None
    quota_total: int | None = None
    #: (code, name, places)
    tracks: list[tuple[str, str, int | None]] = field(default_factory=list)
    #: (name, months, weeks)
    phases: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    #: university code → places
    university_quotas: dict[str, int] = field(default_factory=dict)
    #: (university code, faculty name) → places
    faculty_quotas: dict[tuple[str, str], int] = field(default_factory=dict)
    rules: list[RuleSpec] = field(default_factory=list)


def create_programme(database: Database, code: str, name_en: str, kind: str,
                     name_zh: str | None = None, description: str | None = None) -> None:
    code = code.strip().upper()
    if kind not in {k.value for k in ProgrammeKind}:
        raise ConflictError(msg(
            "'{kind}' is not a kind of programme.", kind=kind), code="bad_programme_kind")
    if not code or not name_en.strip():
        raise ConflictError(msg(
            "A programme needs a code and a name."), code="programme_incomplete")
    with database.transaction() as session:
        if session.scalar(select(Programme.id).where(func.upper(Programme.code) == code)):
            raise ConflictError(msg("There is already a programme {code}.", code=code),
                                code="programme_exists")
        session.add(Programme(code=code, name_en=name_en.strip(), name_zh=name_zh,
                              kind=kind, description=description))


def programme_info(session: Session, code: str) -> dict[str, Any]:
    programme = session.scalar(select(Programme).where(
        func.upper(Programme.code) == code.strip().upper()))
    if programme is None:
        raise NotFoundError(msg(
            "There is no programme '{code}'.", code=code), code="programme_missing")
    return {"code": programme.code, "name_en": programme.name_en,
            "name_zh": programme.name_zh, "kind": programme.kind}


def update_programme(database: Database, code: str, name_en: str, kind: str,
                     name_zh: str | None = None, description: str | None = None) -> None:
    if kind not in {k.value for k in ProgrammeKind}:
        raise ConflictError(msg(
            "'{kind}' is not a kind of programme.", kind=kind), code="bad_programme_kind")
    if not name_en.strip():
        raise ConflictError(msg("A programme needs a name."), code="programme_incomplete")
    with database.transaction() as session:
        programme = session.scalar(select(Programme).where(
            func.upper(Programme.code) == code.strip().upper()))
        if programme is None:
            raise NotFoundError(msg(
                "There is no programme '{code}'.", code=code), code="programme_missing")
        programme.name_en, programme.name_zh = name_en.strip(), name_zh
        programme.kind, programme.description = kind, description


def cohort_spec(session: Session, code: str) -> CohortSpec:
    cohort = _cohort(session, code)
    universities = dict(session.execute(select(University.id, University.code)).all())
    spec = CohortSpec(cohort.code, cohort.name, cohort.year, cohort.opens_on,
                      cohort.closes_on, cohort.quota_total,
                      [(t.code, t.name, t.places) for t in cohort.tracks],
                      [(p.name, p.duration_months, p.duration_weeks) for p in cohort.phases],
                      rules=[RuleSpec(r.kind, dict(r.params or {}), r.description)
                             for r in cohort.rules])
    for quota in cohort.quotas:
        if quota.faculty_id is not None:
            faculty = session.get(Faculty, quota.faculty_id)
            spec.faculty_quotas[(universities[faculty.university_id], faculty.name_en)] = \
                quota.places
        elif quota.university_id is not None:
            spec.university_quotas[universities[quota.university_id]] = quota.places
    return spec


def save_cohort(database: Database, programme: str, spec: CohortSpec,
                replacing: str | None = None) -> None:
    """Create the cohort, or (``replacing`` its old code) replace it with ``spec``."""
    _check(spec)
    with database.transaction() as session:
        owner = session.scalar(select(Programme).where(
            func.upper(Programme.code) == programme.strip().upper()))
        if owner is None:
            raise NotFoundError(msg("There is no programme '{programme}'.", programme=programme),
                                code="programme_missing")
        clash = session.scalar(select(Cohort.code).where(
            func.upper(Cohort.code) == spec.code.upper()))
        if clash and (replacing is None or clash.upper() != replacing.upper()):
            raise ConflictError(msg(
                "There is already a cohort {clash}.", clash=clash), code="cohort_exists")
        if replacing is None:
            cohort = Cohort(programme=owner, code=spec.code, name=spec.name, year=spec.year)
            session.add(cohort)
            session.flush()
        else:
            cohort = _cohort(session, replacing)
            cohort.programme = owner
            for model in (Quota, EligibilityRule):  # nothing refers to these: replaced whole
                session.execute(delete(model).where(model.cohort_id == cohort.id))
            session.expire(cohort, ["quotas", "rules"])
        cohort.code, cohort.name, cohort.year = spec.code, spec.name, spec.year
        cohort.opens_on, cohort.closes_on = spec.opens_on, spec.closes_on
        cohort.quota_total = spec.quota_total
        _write_parts(session, cohort, spec)


def copy_rules(database: Database, source: str, target: str) -> int:
    """Give ``target`` the same eligibility rules as ``source`` (its own are replaced)."""
    with database.transaction() as session:
        rules = _cohort(session, source).rules
        receiver = _cohort(session, target)
        session.execute(delete(EligibilityRule).where(EligibilityRule.cohort_id == receiver.id))
        for rule in rules:
            session.add(EligibilityRule(cohort_id=receiver.id, seq=rule.seq, kind=rule.kind,
                                        params=dict(rule.params or {}),
                                        description=rule.description))
        return len(rules)


def _write_tracks(session: Session, cohort: Cohort, spec: CohortSpec) -> None:
    """Tracks are matched by code: nominations and positions keep pointing at theirs."""
    existing = {t.code.upper(): t for t in session.scalars(
        select(Track).where(Track.cohort_id == cohort.id))}
    wanted = {code.strip().upper(): (name, places) for code, name, places in spec.tracks}
    for code, track in existing.items():
        if code not in wanted:
            if session.scalar(select(func.count(Nomination.id)).where(
                    Nomination.track_id == track.id)) or session.scalar(
                    select(func.count(Position.id)).where(Position.track_id == track.id)):
                raise ConflictError(msg(
                    "The track {code} has nominations or positions, so it cannot be removed.",
                    code=code), code="track_in_use")
            session.delete(track)
    session.flush()
    for code, (name, places) in wanted.items():
        track = existing.get(code) or Track(cohort_id=cohort.id, code=code)
        track.name, track.places = name, places
        session.add(track)


def _write_phases(session: Session, cohort: Cohort, spec: CohortSpec) -> None:
    """Phases are matched by their place in order: placements keep pointing at theirs."""
    existing = {p.seq: p for p in session.scalars(select(Phase).where(
        Phase.cohort_id == cohort.id))}
    for seq, phase in existing.items():
        if seq > len(spec.phases):
            if session.scalar(select(func.count(PlacementPhase.id)).where(
                    PlacementPhase.phase_id == phase.id)):
                raise ConflictError(msg(
                    "The phase '{name}' has placements, so it cannot be removed.",
                    name=phase.name), code="phase_in_use")
            session.delete(phase)
    session.flush()
    for seq, (name, months, weeks) in enumerate(spec.phases, start=1):
        phase = existing.get(seq) or Phase(cohort_id=cohort.id, seq=seq)
        phase.name, phase.duration_months, phase.duration_weeks = name, months, weeks
        session.add(phase)


def _cohort(session: Session, code: str) -> Cohort:
    found = session.scalar(select(Cohort).where(func.upper(Cohort.code) == code.strip().upper()))
    if found is None:
        raise NotFoundError(msg("There is no cohort '{code}'.", code=code), code="unknown_cohort")
    return found


def _write_parts(session: Session, cohort: Cohort, spec: CohortSpec) -> None:
    universities = dict(session.execute(select(University.code, University.id)).all())
    _write_tracks(session, cohort, spec)
    _write_phases(session, cohort, spec)
    for code, places in spec.university_quotas.items():
        if code not in universities:
            raise ConflictError(msg(
                "There is no university '{code}'.", code=code), code="unknown_university")
        session.add(Quota(cohort_id=cohort.id, university_id=universities[code],
                          places=places))
    for (code, faculty_name), places in spec.faculty_quotas.items():
        faculty = session.scalar(select(Faculty).where(
            Faculty.university_id == universities.get(code), Faculty.name_en == faculty_name))
        if faculty is None:
            raise ConflictError(msg(
                "{code} has no faculty '{faculty_name}'.", code=code, faculty_name=faculty_name),
                code="unknown_faculty")
        session.add(Quota(cohort_id=cohort.id, faculty_id=faculty.id, places=places))
    for seq, rule in enumerate(spec.rules, start=1):
        session.add(EligibilityRule(cohort_id=cohort.id, seq=seq, kind=rule.kind,
                                    params=rule.params, description=rule.description))


def _check(spec: CohortSpec) -> None:
    if not spec.code.strip() or not spec.name.strip():
        raise ConflictError(msg("A cohort needs a code and a name."), code="cohort_incomplete")
    if spec.opens_on and spec.closes_on and spec.closes_on < spec.opens_on:
        raise ConflictError(msg(
            "The application window cannot close ({closes_on}) before it opens ({opens_on}).",
            closes_on=spec.closes_on, opens_on=spec.opens_on), code="bad_window")
    numbers = [spec.quota_total, *(p for _, _, p in spec.tracks),
               *spec.university_quotas.values(), *spec.faculty_quotas.values()]
    if any(n is not None and n < 0 for n in numbers):
        raise ConflictError(msg("Places and quotas cannot be negative."), code="bad_quota")
    for name, months, weeks in spec.phases:
        if not name.strip() or not (months or weeks) or (months or 0) < 0 or (weeks or 0) < 0:
            raise ConflictError(msg(
                "The phase '{name}' needs a length in months or weeks.", name=name),
                code="bad_phase")
    codes = [code.strip().upper() for code, _, _ in spec.tracks]
    if len(set(codes)) != len(codes):
        raise ConflictError(msg("Two tracks have the same code."), code="duplicate_track")
    for rule in spec.rules:
        _check_rule(rule)


def _check_rule(rule: RuleSpec) -> None:
    try:
        kind = RuleKind(rule.kind)
    except ValueError:
        raise ConflictError(msg("'{kind}' is not a kind of eligibility rule.", kind=rule.kind),
                            code="bad_rule") from None
    params = rule.params
    problem: str | None = None
    if kind is RuleKind.AWARD_LEVELS:
        levels = params.get("levels") or []
        if not levels or not set(levels) <= {a.value for a in AwardLevel}:
            problem = msg("choose one or more award levels")
    elif kind is RuleKind.MAX_FULL_TIME_MONTHS:
        limit = params.get("less_than", params.get("at_most"))
        if not isinstance(limit, int) or limit < 0:
            problem = msg("give the number of months")
    elif kind is RuleKind.GRADUATION_BETWEEN:
        try:
            dates = [dt.date.fromisoformat(str(params[k])) for k in ("from", "to")
                     if params.get(k)]
        except ValueError:
            dates, problem = [], "give the dates as YYYY-MM-DD"
        if not problem and (not dates or (len(dates) == 2 and dates[1] < dates[0])):
            problem = msg("give a first and/or last graduation date, the first before the last")
    elif kind is RuleKind.UNIVERSITIES and not params.get("codes"):
        problem = msg("choose the universities allowed")
    elif kind is RuleKind.FACULTIES and not params.get("names"):
        problem = msg("choose the faculties allowed")
    elif kind is RuleKind.MIN_YEAR_OF_STUDY and not isinstance(params.get("year"), int):
        problem = msg("give the lowest year of study")
    if problem:
        raise ConflictError(msg(
            "The rule '{rule}' is incomplete: {problem}.",
            rule=kind.value.replace('_', ' '), problem=problem), code="bad_rule")
