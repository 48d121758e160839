"""Nominations: listing them, checking them against their cohort's rules, moving them on.

Moves follow the nomination path and nothing else; a batch of moves happens all
together or not at all, and each one is kept with who, when and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Cohort,
    EligibilityRule,
    Faculty,
    Nomination,
    Placement,
    Quota,
    StatusChange,
    Student,
    Track,
    University,
)
from careerdesk.core.db.models.base import utcnow
from careerdesk.core.domain.eligibility import (
    RuleResult,
    StudentFacts,
    Verdict,
    compile_rule,
    overall,
)
from careerdesk.core.domain.statuses import (
    PATH,
    PLACEMENT_FOLLOWS,
    NominationStatus,
    allowed_moves,
)
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.identity import current_user
from careerdesk.messages import listed, msg, sentences

#: Stages that use up a place: a nomination counts against the quota from submission on.
_COUNTED = {s.value for s in PATH[PATH.index(NominationStatus.SUBMITTED):]}


@dataclass
class NominationRow:
    id: int
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    faculty: str | None
    cohort: str
    track: str | None
    status: str
    rank: int | None
    rules: list[RuleResult] = field(default_factory=list)
    #: Places for this nomination's faculty (else university, else cohort): its quota line.
    quota_places: int | None = None

    @property
    def beyond_quota(self) -> bool:
        return (self.rank is not None and self.quota_places is not None
                and self.rank > self.quota_places)

    @cached_property
    def eligibility(self) -> Verdict:
        return overall(self.rules)

    def as_json(self, with_rules: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "university": self.university, "student_no": self.student_no,
            "name_en": self.name_en, "name_zh": self.name_zh, "faculty": self.faculty,
            "cohort": self.cohort, "track": self.track, "status": self.status,
            "rank": self.rank, "eligibility": self.eligibility.value,
        }
        if with_rules:
            data["rules"] = [r.as_json() for r in self.rules]
        return data


def cohort_id(session: Session, code: str) -> int:
    found = session.scalar(select(Cohort.id).where(func.lower(Cohort.code) == code.lower()))
    if found is None:
        known = session.scalars(select(Cohort.code).order_by(Cohort.code)).all()
        raise NotFoundError(no_such_cohort(code, known), code="unknown_cohort")
    return found


def no_such_cohort(written: str, known: Sequence[str]) -> str:
    """Why a cohort named by a command cannot be used: the cohorts there are, or none yet."""
    if not known:
        return msg("There is no cohort '{cohort}'; CareerDesk has no cohorts yet (add one on "
                   "the Programmes page).", cohort=written)
    return msg("There is no cohort '{cohort}'; known cohorts include {known}.", cohort=written,
               known=", ".join(sorted(known)[:12]))


def list_nominations(session: Session, cohort: str | None = None) -> list[NominationRow]:
    """Every nomination (of one cohort), each checked against its cohort's rules."""
    track = aliased(Track)
    statement = (
        select(Nomination.id, University.code, Student.student_no, Student.name_en,
               Student.name_zh, Faculty.name_en, Cohort.code, track.code, Nomination.status,
               Nomination.rank, Nomination.cohort_id, Student.award_level,
               Student.year_of_study, Student.graduation_date, Student.hk_resident,
               Student.employment_status, Student.full_time_months, Student.consent_to_share,
               Student.university_id, Student.faculty_id, Cohort.quota_total)
        .join(Student, Nomination.student_id == Student.id)
        .join(University, Student.university_id == University.id)
        .outerjoin(Faculty, Student.faculty_id == Faculty.id)
        .join(Cohort, Nomination.cohort_id == Cohort.id)
        .outerjoin(track, Nomination.track_id == track.id)
        .order_by(Cohort.code, University.code, Faculty.name_en, Nomination.rank.nulls_last(),
                  Student.student_no)
    )
    if cohort:
        statement = statement.where(Nomination.cohort_id == cohort_id(session, cohort))
    rules: dict[int, list[Callable[[StudentFacts], RuleResult]]] = {}
    for cid, kind, params in session.execute(
        select(EligibilityRule.cohort_id, EligibilityRule.kind, EligibilityRule.params)
        .order_by(EligibilityRule.cohort_id, EligibilityRule.seq)
    ):
        rules.setdefault(cid, []).append(compile_rule(kind, params or {}))
    quotas = {(cid, uid, fid): places for cid, uid, fid, places in session.execute(
        select(Quota.cohort_id, Quota.university_id, Quota.faculty_id, Quota.places))}
    rows = []
    for r in session.execute(statement):
        facts = StudentFacts(university=r[1], faculty=r[5], award_level=r[11],
                             year_of_study=r[12], graduation_date=r[13], hk_resident=r[14],
                             employment_status=r[15], full_time_months=r[16],
                             consent_to_share=r[17])
        places = quotas.get((r[10], None, r[19]), quotas.get((r[10], r[18], None), r[20]))
        rows.append(NominationRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
            [judge(facts) for judge in rules.get(r[10], ())], places))
    return rows


@dataclass(frozen=True)
class MoveResult:
    cohort: str
    to_status: str
    moved: list[str]


def move_nominations(database: Database, cohort: str, to_status: str,
                     student_nos: Sequence[str], note: str | None = None,
                     override: str | None = None, university: str | None = None,
                     today: dt.date | None = None) -> MoveResult:
    """Move the named students' nominations in ``cohort`` to ``to_status``: all, or none.

    Submitting after the application window has closed, beyond a quota, or with rules
    failed or unchecked needs an ``override`` reason, kept in the history with the move.
    """
    target = _status(to_status)
    if not student_nos:
        raise ConflictError(msg("Name at least one student to move."), code="move_nobody")
    with database.transaction() as session:
        cid = cohort_id(session, cohort)
        found = _nominations_for(session, cid, student_nos, university)
        _move(session, found, target, note, override, today or dt.date.today())
        code = session.scalar(select(Cohort.code).where(Cohort.id == cid))
        return MoveResult(code, target.value, [number for number, _ in found])


def move_nomination_ids(database: Database, ids: Sequence[int], to_status: str,
                        note: str | None = None, override: str | None = None,
                        today: dt.date | None = None) -> int:
    """The same moves for nominations chosen in the window (any cohorts): all, or none."""
    target = _status(to_status)
    if not ids:
        raise ConflictError(msg("Select at least one nomination to move."), code="move_nobody")
    with database.transaction() as session:
        found = [(number, nomination) for nomination, number in session.execute(
            select(Nomination, Student.student_no).join(Student, Nomination.student_id
                                                        == Student.id)
            .where(Nomination.id.in_(list(ids))).order_by(Nomination.cohort_id))]
        if len(found) != len(set(ids)):
            raise NotFoundError(msg(
                "Some of the selected nominations no longer exist; nothing was moved."),
                code="nomination_missing")
        _move(session, found, target, note, override, today or dt.date.today())
        return len(found)


def _move(session: Session, found: list[tuple[str, Nomination]], target: NominationStatus,
          note: str | None, override: str | None, today: dt.date) -> None:
    refused = [_refusal(number, NominationStatus(n.status)) for number, n in found
               if target not in allowed_moves(NominationStatus(n.status))]
    if refused:
        if len(refused) > 1:
            raise ConflictError(msg("{refusal} ({count} more cannot move either); nothing was "
                                    "moved.", refusal=refused[0], count=len(refused) - 1),
                                code="move_not_allowed")
        raise ConflictError(msg("{refusal}; nothing was moved.", refusal=refused[0]),
                            code="move_not_allowed")
    reasons: list[str] = []
    if target is NominationStatus.SUBMITTED:
        by_cohort: dict[int, list[Nomination]] = {}
        for _, nomination in found:
            by_cohort.setdefault(nomination.cohort_id, []).append(nomination)
        for cid, moving in by_cohort.items():
            code = session.scalar(select(Cohort.code).where(Cohort.id == cid))
            reasons += _submission_limits(session, cid, moving, today)
            reasons += _eligibility_problems(session, code, moving)
        if reasons and not (override and override.strip()):
            raise ConflictError(sentences(*reasons, _SUBMIT_ANYWAY), code="override_needed",
                                reasons=reasons)
    placements = {p.nomination_id: p for p in session.scalars(select(Placement).where(
        Placement.nomination_id.in_([n.id for _, n in found])))}
    if target is NominationStatus.PLACED:
        missing = [number for number, n in found if n.id not in placements]
        if missing:
            raise ConflictError(msg(
                "Record the placement of {student} (organisation and start date) before moving it "
                "to placed; nothing was moved.", student=missing[0]),
                code="placement_missing")
    user, now = current_user(), utcnow()
    for _, nomination in found:
        placement = placements.get(nomination.id)
        if placement is not None:  # the placement follows its nomination
            placement.status = PLACEMENT_FOLLOWS.get(target, placement.status)
        text = note or None
        if reasons:
            text = ((text + " ") if text else "") + f"Exception: {override.strip()} " \
                   f"({' '.join(reasons)})"
        session.add(StatusChange(nomination_id=nomination.id, from_status=nomination.status,
                                 to_status=target.value, changed_at=now, changed_by=user,
                                 note=text))
        nomination.status = target.value


def rerank(database: Database, nomination_id: int, new_rank: int) -> None:
    """Put a nomination at ``new_rank`` among its faculty's ranked nominees for the cohort;
    the others close up behind it (ranks stay 1, 2, 3 … without gaps)."""
    with database.transaction() as session:
        nomination = session.get(Nomination, nomination_id)
        if nomination is None:
            raise NotFoundError(msg(
                "That nomination no longer exists."), code="nomination_missing")
        student = session.get(Student, nomination.student_id)
        group = session.scalars(
            select(Nomination).join(Student, Nomination.student_id == Student.id)
            .where(Nomination.cohort_id == nomination.cohort_id,
                   Student.university_id == student.university_id,
                   Student.faculty_id.is_(None) if student.faculty_id is None
                   else Student.faculty_id == student.faculty_id,
                   Nomination.rank.is_not(None), Nomination.id != nomination.id)
            .order_by(Nomination.rank, Nomination.id)).all()
        position = max(0, min(new_rank - 1, len(group)))
        group.insert(position, nomination)
        for rank, member in enumerate(group, start=1):
            if member.rank != rank:
                member.rank = rank


@dataclass(frozen=True)
class HistoryRow:
    changed_at: dt.datetime
    changed_by: str
    from_status: str | None
    to_status: str
    note: str | None


def nomination_history(session: Session, nomination_id: int) -> list[HistoryRow]:
    return [HistoryRow(*row) for row in session.execute(
        select(StatusChange.changed_at, StatusChange.changed_by, StatusChange.from_status,
               StatusChange.to_status, StatusChange.note)
        .where(StatusChange.nomination_id == nomination_id).order_by(StatusChange.id))]


@dataclass(frozen=True)
class NominationFilter:
    """What the Nominations page shows: every field optional, text matched anywhere."""

    cohort: str | None = None
    status: str | None = None
    university: str | None = None
    faculty: str | None = None
    eligibility: str | None = None
    text: str = ""


def filter_nominations(rows: Sequence[NominationRow], wanted: NominationFilter) -> list[int]:
    """Positions of the rows ``wanted`` keeps, in order."""
    return NominationIndex(rows).filter(wanted)


class NominationIndex:
    """Rows prepared once for fast filtering: a keystroke over 50,000 nominations is a few
    comparisons per row, not a walk through every object."""

    def __init__(self, rows: Sequence[NominationRow]) -> None:
        self._keys = [(r.cohort, r.status, r.university, r.faculty, r.eligibility.value,
                       f"{r.student_no}\x1f{r.name_en or ''}\x1f{r.name_zh or ''}".casefold())
                      for r in rows]

    def filter(self, wanted: NominationFilter) -> list[int]:
        checks = [(position, value) for position, value in enumerate(
            (wanted.cohort, wanted.status, wanted.university, wanted.faculty,
             wanted.eligibility)) if value]
        needle = wanted.text.casefold()
        keys = self._keys
        if not checks:
            if not needle:
                return list(range(len(keys)))
            return [i for i, key in enumerate(keys) if needle in key[5]]
        return [i for i, key in enumerate(keys)
                if all(key[p] == v for p, v in checks) and (not needle or needle in key[5])]


def _status(text: str) -> NominationStatus:
    wanted = text.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return NominationStatus(wanted)
    except ValueError:
        words = ", ".join(s.label for s in NominationStatus)
        raise ConflictError(msg(
            "'{text}' is not a nomination status; use one of {words}.", text=text, words=words),
            code="unknown_status") from None


_SUBMIT_ANYWAY = msg("To submit anyway, give the reason for the exception (--override).")


def _refusal(number: str, current: NominationStatus) -> str:
    """Why a nomination cannot make a move (a clause: the caller ends the sentence)."""
    moves = sorted(allowed_moves(current), key=lambda s: list(NominationStatus).index(s))
    if not moves:
        return msg("The nomination of {student} is {status}, which is final", student=number,
                   status=current.label)
    return msg("The nomination of {student} is {status}; from there it can only move to "
               "{moves}", student=number, status=current.label,
               moves=listed(s.label for s in moves))


def _nominations_for(session: Session, cid: int, student_nos: Sequence[str],
                     university: str | None) -> list[tuple[str, Nomination]]:
    found = []
    for number in dict.fromkeys(n.strip().upper() for n in student_nos):
        statement = (select(Nomination, University.code)
                     .join(Student, Nomination.student_id == Student.id)
                     .join(University, Student.university_id == University.id)
                     .where(Nomination.cohort_id == cid, func.upper(Student.student_no) == number))
        if university:
            statement = statement.where(func.lower(University.code) == university.lower())
        matches = session.execute(statement).all()
        if not matches:
            raise NotFoundError(msg(
                "Student {number} has no nomination in this cohort; nothing was moved.",
                number=number), code="nomination_missing")
        if len(matches) > 1:
            codes = ", ".join(code for _, code in matches)
            raise ConflictError(msg(
                "Student number {number} is nominated from more than one university ({codes}); "
                "say which with --university.", number=number, codes=codes),
                code="nomination_ambiguous")
        found.append((number, matches[0][0]))
    return found


def _eligibility_problems(session: Session, cohort: str,
                          moving: list[Nomination]) -> list[str]:
    """A sentence for each nomination that fails, or cannot be checked against, the rules."""
    ids = {n.id for n in moving}
    problems = []
    for row in list_nominations(session, cohort):
        if row.id in ids and row.eligibility is not Verdict.PASS:
            first = next(r for r in row.rules if r.result is row.eligibility)
            problems.append(
                msg("{student} fails the cohort's rules: {reason}", student=row.student_no,
                    reason=first.reason) if row.eligibility is Verdict.FAIL else
                msg("{student} cannot be checked against the cohort's rules: {reason}",
                    student=row.student_no, reason=first.reason))
    return problems


def _submission_limits(session: Session, cid: int, moving: list[Nomination],
                       today: dt.date) -> list[str]:
    """Sentences for each limit the submission would break: the window, the quotas."""
    cohort = session.get(Cohort, cid)
    reasons = []
    if cohort.closes_on is not None and today > cohort.closes_on:
        reasons.append(msg("The application window of {cohort} closed on {day}.",
                           cohort=cohort.code, day=f"{cohort.closes_on:%Y-%m-%d}"))
    if cohort.opens_on is not None and today < cohort.opens_on:
        reasons.append(msg("The application window of {cohort} opens on {day}.",
                           cohort=cohort.code, day=f"{cohort.opens_on:%Y-%m-%d}"))
    used = session.scalar(select(func.count(Nomination.id)).where(
        Nomination.cohort_id == cid, Nomination.status.in_(_COUNTED))) or 0
    if cohort.quota_total is not None and used + len(moving) > cohort.quota_total:
        reasons.append(msg("{cohort} has {places} places and {taken} are taken.",
                           cohort=cohort.code, places=cohort.quota_total, taken=used))
    students = {n.id: session.get(Student, n.student_id) for n in moving}
    for quota in session.scalars(select(Quota).where(Quota.cohort_id == cid)):
        if quota.faculty_id is not None:
            column, value = Student.faculty_id, quota.faculty_id
            owner = session.get(Faculty, quota.faculty_id).name_en
        elif quota.university_id is not None:
            column, value = Student.university_id, quota.university_id
            owner = session.get(University, quota.university_id).code
        else:
            continue  # a total quota is the cohort's own, checked above
        mine = [n for n in moving if getattr(students[n.id], column.key) == value]
        if not mine:
            continue
        taken = session.scalar(select(func.count(Nomination.id)).join(
            Student, Nomination.student_id == Student.id).where(
            Nomination.cohort_id == cid, Nomination.status.in_(_COUNTED), column == value)) or 0
        if taken + len(mine) > quota.places:
            reasons.append(msg("{owner}'s quota in {cohort} is {places} places and {taken} are "
                               "taken.", owner=owner, cohort=cohort.code, places=quota.places,
                               taken=taken))
    return reasons
