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
from careerdesk.core.db.rows import existing
from careerdesk.core.domain.choices import ProgrammeKind, RuleKind
from careerdesk.core.domain.eligibility import RULE_SHAPES, RuleParameters, rule_problem
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.services.reference_data import university_code
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
            faculty = existing(session, Faculty, quota.faculty_id)
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
        _known_universities(session, spec)
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
        faculty = next((f for f in session.scalars(select(Faculty).where(
            Faculty.university_id == universities.get(code)))
            if faculty_key(f.name_en) == faculty_key(faculty_name)), None)
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
    problem = rule_problem(kind, rule.params)
    if problem:
        raise ConflictError(msg(
            "The rule '{rule}' is incomplete: {problem}.",
            rule=RULE_SHAPES[kind].label, problem=problem), code="bad_rule")


def _known_universities(session: Session, spec: CohortSpec) -> None:
    """The universities a rule names, as their codes: "UST" is HKUST (a rule keeping "UST"
    would fail every HKUST student); a name that is no university is refused."""
    for rule in spec.rules:
        if rule.kind == RuleKind.UNIVERSITIES.value:
            rule.params = {**rule.params, "codes": [
                university_code(session, code) for code in rule.params.get("codes") or []]}
    spec.university_quotas = {university_code(session, code): places
                              for code, places in spec.university_quotas.items()}
    spec.faculty_quotas = {(university_code(session, code), faculty): places
                           for (code, faculty), places in spec.faculty_quotas.items()}


# -- what the editors need, and deleting ---------------------------------------------------------
@dataclass(frozen=True)
class CohortEditing:
    """What the cohort editor offers and shows: the cohort (None: a new one), the
    programme it belongs to, and the lists its fields choose from."""

    spec: CohortSpec | None
    programme: str | None
    programmes: list[str]
    cohorts: list[str]
    universities: list[str]
    #: university code → its faculties' names
    faculties: dict[str, list[str]]


def cohort_editing(session: Session, code: str | None,
                   programme: str | None = None) -> CohortEditing:
    spec = cohort_spec(session, code) if code else None
    if code:
        programme = session.scalar(select(Programme.code).join(Cohort.programme).where(
            func.upper(Cohort.code) == code.upper()))
    universities = dict(session.execute(select(University.id, University.code)).all())
    faculties: dict[str, list[str]] = {}
    for university_id, name in session.execute(
            select(Faculty.university_id, Faculty.name_en).order_by(Faculty.name_en)):
        faculties.setdefault(universities[university_id], []).append(name)
    return CohortEditing(
        spec, programme, list(session.scalars(select(Programme.code).order_by(Programme.code))),
        list(session.scalars(select(Cohort.code).order_by(Cohort.year.desc(), Cohort.code))),
        sorted(universities.values()), faculties)


def rules_to_copy(session: Session, source: str, year: int) -> list[RuleSpec]:
    """The rules of cohort ``source`` for a cohort of ``year``: a graduation window moves
    by as many years as the cohorts are apart (2025's "graduated 2024–2025" becomes 2026's
    "graduated 2025–2026")."""
    cohort = _cohort(session, source)
    shift = year - cohort.year
    rules = []
    for rule in cohort.rules:
        params = dict(rule.params or {})
        if RULE_SHAPES[RuleKind(rule.kind)].parameters is RuleParameters.DATES and shift:
            params = {key: _years_later(value, shift) if key in ("from", "to") else value
                      for key, value in params.items()}
        rules.append(RuleSpec(rule.kind, params, rule.description))
    return rules


def _years_later(value: Any, years: int) -> str | None:
    if not value:
        return None
    day = dt.date.fromisoformat(str(value))
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February, in a year without one
        return day.replace(year=day.year + years, day=28).isoformat()


def delete_cohort(database: Database, code: str) -> None:
    """Delete a cohort nothing refers to (no nomination, position or event)."""
    with database.transaction() as session:
        cohort = _cohort(session, code)
        used = session.scalar(select(func.count(Nomination.id)).where(
            Nomination.cohort_id == cohort.id)) or session.scalar(
            select(func.count(Position.id)).where(Position.cohort_id == cohort.id))
        if used:
            raise ConflictError(msg(
                "The cohort {code} has nominations or positions, so it cannot be deleted.",
                code=cohort.code), code="cohort_in_use")
        for model in (Quota, EligibilityRule, Phase, Track):
            for row in session.scalars(select(model).where(model.cohort_id == cohort.id)):
                session.delete(row)
        session.flush()
        session.delete(cohort)


def delete_programme(database: Database, code: str) -> None:
    """Delete a programme that has no cohort and no event."""
    from careerdesk.core.db.models import Event

    with database.transaction() as session:
        programme = session.scalar(select(Programme).where(
            func.upper(Programme.code) == code.strip().upper()))
        if programme is None:
            raise NotFoundError(msg("There is no programme '{code}'.", code=code),
                                code="programme_missing")
        if session.scalar(select(func.count(Cohort.id)).where(
                Cohort.programme_id == programme.id)) or session.scalar(
                select(func.count(Event.id)).where(Event.programme_id == programme.id)):
            raise ConflictError(msg(
                "The programme {code} has cohorts or events, so it cannot be deleted.",
                code=programme.code), code="programme_in_use")
        session.delete(programme)
