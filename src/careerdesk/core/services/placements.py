"""Placements: an accepted offer becomes one, with its phases dated from the cohort's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Nomination,
    Organisation,
    Phase,
    Placement,
    PlacementPhase,
    Position,
    Student,
)
from careerdesk.core.db.models.base import utcnow
from careerdesk.core.domain.choices import PlacementOutcome, PlacementStatus
from careerdesk.core.domain.placements import PhaseDates, PhaseLength, lay_out_phases
from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.io import values as v
from careerdesk.io.fields import FIELD_LABELS, Field
from careerdesk.messages import msg


@dataclass(frozen=True)
class PlacementSummary:
    id: int
    organisation: str
    start: dt.date
    end: dt.date | None
    status: str
    phases: list[PhaseDates]


def read_salary(value: Decimal | str | None) -> Decimal | None:
    """A monthly salary as offices write it ("HK$18,000", "18k", "$18,500/month"), read by
    the importer's rule; refused in one sentence naming the field."""
    if isinstance(value, Decimal) or value is None:
        return value
    try:
        return v.monthly_salary(value)
    except v.BadValueError as problem:
        raise ConflictError(msg("{field}: {problem}", field=FIELD_LABELS[Field.MONTHLY_SALARY],
                                problem=problem.message), code="bad_salary") from None


def place_nomination(database: Database, nomination_id: int, organisation: str,
                     start: dt.date, position_id: int | None = None,
                     monthly_salary: Decimal | str | None = None,
                     phase_hosts: Sequence[str | None] | None = None) -> PlacementSummary:
    """Turn an accepted offer into a confirmed placement at ``organisation`` from ``start``.
    ``phase_hosts``: where each of the cohort's phases is spent, in order, when not at
    ``organisation`` (TLT's internship at HKSTP before the role at the partner company)."""
    salary = read_salary(monthly_salary)
    with database.transaction() as session:
        return _place(session, nomination_id, organisation, start, position_id, salary,
                      phase_hosts)


def place_nominations(database: Database, nomination_ids: Sequence[int], organisation: str,
                      start: dt.date, position_id: int | None = None,
                      monthly_salary: Decimal | str | None = None,
                      phase_hosts: Sequence[str | None] | None = None
                      ) -> list[PlacementSummary]:
    """The same host, start and salary for several accepted offers at once (a company
    taking a group of interns): all of them, or none."""
    salary = read_salary(monthly_salary)
    with database.transaction() as session:
        return [_place(session, nomination_id, organisation, start, position_id, salary,
                       phase_hosts) for nomination_id in nomination_ids]


def _place(session: Session, nomination_id: int, organisation: str, start: dt.date,
           position_id: int | None, salary: Decimal | None,
           phase_hosts: Sequence[str | None] | None) -> PlacementSummary:
    nomination = session.get(Nomination, nomination_id, with_for_update=True)
    if nomination is None:
        raise NotFoundError(msg(
            "That nomination no longer exists."), code="nomination_missing")
    number = session.scalar(select(Student.student_no).where(
        Student.id == nomination.student_id))
    if nomination.status != "accepted":
        raise ConflictError(msg(
            "Only an accepted offer becomes a placement; the nomination of {student} is "
            "{status}.", student=number, status=NominationStatus(nomination.status).label),
            code="placement_not_accepted")
    if session.scalar(select(Placement.id).where(Placement.nomination_id == nomination_id)):
        raise ConflictError(msg("The nomination of {student} already has a placement.",
                                student=number), code="placement_exists")
    host = _organisation(session, organisation)
    if position_id is not None:
        position = session.get(Position, position_id)
        if position is None or position.organisation_id != host.id:
            raise ConflictError(msg("That position is not one of this organisation's."),
                                code="position_mismatch")
    if salary is not None and salary < 0:
        raise ConflictError(msg("A monthly salary cannot be negative."), code="bad_salary")
    placement, phases = confirmed_placement(session, nomination_id, nomination.cohort_id,
                                            host.id, start, position_id, salary)
    for phase, named in zip(placement.phases, phase_hosts or [], strict=False):
        if named and named.strip().casefold() != host.name_en.casefold():
            phase.organisation_id = _organisation(session, named).id
    return PlacementSummary(placement.id, host.name_en, start, placement.end_date,
                            placement.status, phases)


def _organisation(session: Session, name: str) -> Organisation:
    found = session.scalar(select(Organisation).where(
        func.lower(Organisation.name_en) == name.strip().lower()))
    if found is None:
        raise NotFoundError(msg(
            "There is no organisation '{organisation}'.", organisation=name),
            code="organisation_missing")
    return found


def confirmed_placement(session: Session, nomination_id: int, cohort_id: int,
                        organisation_id: int, start: dt.date, position_id: int | None = None,
                        monthly_salary: Decimal | None = None,
                        import_batch_id: int | None = None,
                        status: str = PlacementStatus.CONFIRMED.value
                        ) -> tuple[Placement, list[PhaseDates]]:
    """A confirmed placement of an accepted nomination, its phases dated from ``start`` by
    the cohort's phases (the placement form's, and a list's sent back by the programme:
    ``status`` started where the list says it has begun)."""
    phases = lay_out_phases(start, [
        PhaseLength(p.name, p.duration_months, p.duration_weeks, p.id)
        for p in session.scalars(select(Phase).where(Phase.cohort_id == cohort_id)
                                 .order_by(Phase.seq))])
    now = utcnow()  # (one time for both: an import's undo tells an untouched one by it)
    placement = Placement(
        nomination_id=nomination_id, organisation_id=organisation_id, position_id=position_id,
        start_date=start, end_date=phases[-1].end if phases else None,
        status=status, monthly_salary=monthly_salary,
        import_batch_id=import_batch_id, created_at=now, updated_at=now,
        phases=[PlacementPhase(phase_id=p.phase_id, name=p.name, start_date=p.start,
                               end_date=p.end) for p in phases])
    session.add(placement)
    session.flush()
    return placement, phases


def set_placement_status(database: Database, placement_id: int, status: str,
                         outcome: str | None = None, note: str | None = None) -> None:
    """Record that a placement started, completed or ended early, and what came after."""
    if status not in {s.value for s in PlacementStatus}:
        raise ConflictError(msg(
            "'{status}' is not a placement status; use confirmed, started, completed or "
            "ended_early.", status=status), code="bad_placement_status")
    if outcome and outcome not in {o.value for o in PlacementOutcome}:
        raise ConflictError(msg(
            "'{outcome}' is not an outcome; use full_time_offer, further_study or other.",
            outcome=outcome), code="bad_placement_outcome")
    wanted = PlacementStatus(status)
    after = PlacementOutcome(outcome) if outcome else None
    with database.transaction() as session:
        placement = session.get(Placement, placement_id)
        if placement is None:
            raise NotFoundError(msg("That placement no longer exists."), code="placement_missing")
        placement.status = wanted.value
        if after is not None:
            placement.outcome, placement.outcome_note = after.value, note


@dataclass(frozen=True)
class PlacementChoices:
    organisations: list[str]
    #: organisation name → [(position id, title)] open for the nomination's cohort
    positions: dict[str, list[tuple[int, str]]]
    suggested_start: dt.date
    #: the cohort's phases, in order: the placement's dates are laid out by them
    phases: list[PhaseLength]


def placement_choices(session: Session, nomination_id: int) -> PlacementChoices:
    """What the placement form offers for this nomination."""
    nomination = session.get(Nomination, nomination_id)
    if nomination is None:
        raise NotFoundError(msg(
            "That nomination no longer exists."), code="nomination_missing")
    names = list(session.scalars(select(Organisation.name_en).order_by(Organisation.name_en)))
    positions: dict[str, list[tuple[int, str]]] = {}
    starts = []
    for position_id, title, start, name in session.execute(
        select(Position.id, Position.title, Position.start_date, Organisation.name_en)
        .join(Organisation, Position.organisation_id == Organisation.id)
        .where(Position.cohort_id == nomination.cohort_id).order_by(Position.title)
    ):
        positions.setdefault(name, []).append((position_id, title))
        if start:
            starts.append(start)
    phases = [PhaseLength(p.name, p.duration_months, p.duration_weeks, p.id)
              for p in session.scalars(select(Phase).where(
                  Phase.cohort_id == nomination.cohort_id).order_by(Phase.seq))]
    return PlacementChoices(names, positions, min(starts) if starts else dt.date.today(),
                            phases)


@dataclass(frozen=True)
class PhaseView:
    name: str
    start: dt.date | None
    end: dt.date | None
    host: str


@dataclass(frozen=True)
class PlacementView:
    """A nomination's placement as the Nominations page shows it."""

    organisation: str
    position: str | None
    start: dt.date | None
    end: dt.date | None
    status: str
    monthly_salary: Decimal | None
    outcome: str | None
    outcome_note: str | None
    phases: list[PhaseView]


def placement_view(session: Session, nomination_id: int) -> PlacementView | None:
    placement = session.scalar(select(Placement).where(Placement.nomination_id == nomination_id))
    if placement is None:
        return None
    names = dict(session.execute(select(Organisation.id, Organisation.name_en)).all())
    title = session.scalar(select(Position.title).where(Position.id == placement.position_id))
    host = names[placement.organisation_id]
    return PlacementView(
        host, title, placement.start_date, placement.end_date, placement.status,
        placement.monthly_salary, placement.outcome, placement.outcome_note,
        [PhaseView(p.name, p.start_date, p.end_date, names.get(p.organisation_id, host)
                   if p.organisation_id else host) for p in placement.phases])


def record_outcome(database: Database, nomination_id: int, outcome: str,
                   note: str | None = None) -> None:
    """What came after a nomination's placement (a full-time offer, further study…)."""
    if outcome not in {o.value for o in PlacementOutcome}:
        raise ConflictError(msg(
            "'{outcome}' is not an outcome; use full_time_offer, further_study or other.",
            outcome=outcome), code="bad_placement_outcome")
    with database.transaction() as session:
        placement = session.scalar(select(Placement).where(
            Placement.nomination_id == nomination_id))
        if placement is None:
            raise NotFoundError(msg("This nomination has no placement yet."),
                                code="placement_missing")
        placement.outcome, placement.outcome_note = outcome, note


# -- the placements list ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PlacementRow:
    """One placement as the Placements table and its export show it."""

    id: int
    nomination_id: int | None  # None: from an offer accepted at a career day
    cohort: str  # the cohort's code, or the career day's
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    organisation: str
    position: str | None
    start: dt.date | None
    end: dt.date | None
    monthly_salary: Decimal | None
    status: str
    outcome: str | None


def placement_source() -> ColumnElement[str]:
    """Where a placement came from: its nomination's cohort, or its career day (the code),
    in a statement made by ``with_student``."""
    from careerdesk.core.db.models import Cohort, Event

    return func.coalesce(Cohort.code, Event.code)


def with_student(statement: Select) -> Select:
    """``statement`` over placements, joined to the student each is for and where it came
    from (a nomination and its cohort, or a career-day application and its event)."""
    from careerdesk.core.db.models import Application, Cohort, Event

    return (statement.select_from(Placement)
            .outerjoin(Nomination, Placement.nomination_id == Nomination.id)
            .outerjoin(Cohort, Nomination.cohort_id == Cohort.id)
            .outerjoin(Application, Placement.application_id == Application.id)
            .outerjoin(Event, Application.event_id == Event.id)
            .join(Student, Student.id == func.coalesce(Nomination.student_id,
                                                       Application.student_id)))


def list_placements(session: Session, cohort: str | None = None,
                    university: str | None = None) -> list[PlacementRow]:
    """Every placement (of one cohort, one university: codes matched exactly, any case),
    by cohort, university and student number; those from offers accepted at a career day
    under the day's code (and none of them for a cohort)."""
    from careerdesk.core.db.models import Cohort, University
    from careerdesk.core.services.nominations import cohort_code
    from careerdesk.core.services.reference_data import university_code

    source = placement_source()
    statement = (
        with_student(select(
            Placement.id, Nomination.id, source, University.code, Student.student_no,
            Student.name_en, Student.name_zh, Organisation.name_en, Position.title,
            Placement.start_date, Placement.end_date, Placement.monthly_salary,
            Placement.status, Placement.outcome))
        .join(University, Student.university_id == University.id)
        .join(Organisation, Placement.organisation_id == Organisation.id)
        .outerjoin(Position, Placement.position_id == Position.id)
        .order_by(source, University.code, Student.student_no))
    if cohort:
        statement = statement.where(Cohort.code == cohort_code(session, cohort))
    if university:
        statement = statement.where(University.code == university_code(session, university))
    return [PlacementRow(*tuple(row)) for row in session.execute(statement)]
