"""Nominations: listing them, checking them against their cohort's rules, moving them on.

Moves follow the nomination path and nothing else; a batch of moves happens all
together or not at all, and each one is kept with who, when and why.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, aliased

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.database import Database
from careerdesk.core.db.journal import is_recording
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
from careerdesk.core.db.rows import existing
from careerdesk.core.domain.eligibility import (
    RuleResult,
    StudentFacts,
    Verdict,
    compile_rule,
    overall,
)
from careerdesk.core.domain.finding import Haystack, parse
from careerdesk.core.domain.statuses import (
    PLACEMENT_FOLLOWS,
    SUBMITTED_ONWARDS,
    SUBMITTED_OR_LATER,
    NominationStatus,
    allowed_moves,
)
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.identity import current_user
from careerdesk.messages import listed, msg, sentences


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
    email: str | None = None
    phone: str | None = None

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
               Student.university_id, Student.faculty_id, Cohort.quota_total, Student.email,
               Student.phone)
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
    rules = compiled_rules(session)
    quotas = {(cid, uid, fid): places for cid, uid, fid, places in session.execute(
        select(Quota.cohort_id, Quota.university_id, Quota.faculty_id, Quota.places))}
    rows = []
    for r in session.execute(statement.execution_options(yield_per=1_000)):
        facts = StudentFacts(university=r[1], faculty=r[5], award_level=r[11],
                             year_of_study=r[12], graduation_date=r[13], hk_resident=r[14],
                             employment_status=r[15], full_time_months=r[16],
                             consent_to_share=r[17])
        places = quotas.get((r[10], None, r[19]), quotas.get((r[10], r[18], None), r[20]))
        rows.append(NominationRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
            [judge(facts) for judge in rules.get(r[10], ())], places, r[21], r[22]))
    return rows


def compiled_rules(session: Session, cohort: int | None = None
                   ) -> dict[int, list[Callable[[StudentFacts], RuleResult]]]:
    """Each cohort's rules (or one cohort's), ready to judge students."""
    rules: dict[int, list[Callable[[StudentFacts], RuleResult]]] = {}
    statement = (select(EligibilityRule.cohort_id, EligibilityRule.kind, EligibilityRule.params)
                 .order_by(EligibilityRule.cohort_id, EligibilityRule.seq))
    if cohort is not None:
        statement = statement.where(EligibilityRule.cohort_id == cohort)
    for cid, kind, params in session.execute(statement):
        rules.setdefault(cid, []).append(compile_rule(kind, params or {}))
    return rules


# -- nominating by hand --------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """A student as the nominate window shows them for a cohort: how they fare against its
    rules, and whether they are nominated to it already."""

    student_id: int
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    faculty: str | None
    rules: list[RuleResult]
    nominated_as: str | None  # the status of their nomination to the cohort, if any

    @property
    def eligibility(self) -> Verdict:
        return overall(self.rules)

    @property
    def problem(self) -> str | None:
        """Why nominating them needs an exception (None: it does not)."""
        if self.eligibility is Verdict.PASS:
            return None
        first = next(r for r in self.rules if r.result is self.eligibility)
        if self.eligibility is Verdict.FAIL:
            return msg("{student} fails the cohort's rules: {reason}", student=self.student_no,
                       reason=first.reason)
        return msg("{student} cannot be checked against the cohort's rules: {reason}",
                   student=self.student_no, reason=first.reason)


def candidates(session: Session, cohort: str, student_ids: Sequence[int]) -> list[Candidate]:
    """The students ``student_ids`` (in that order) checked against ``cohort``'s rules."""
    cid = cohort_id(session, cohort)
    judges = compiled_rules(session, cid).get(cid, [])
    nominated = dict(session.execute(select(Nomination.student_id, Nomination.status).where(
        Nomination.cohort_id == cid, Nomination.student_id.in_(list(student_ids)))).all())
    found = {}
    for row in session.execute(
        select(Student.id, University.code, Student.student_no, Student.name_en,
               Student.name_zh, Faculty.name_en, Student.award_level, Student.year_of_study,
               Student.graduation_date, Student.hk_resident, Student.employment_status,
               Student.full_time_months, Student.consent_to_share)
        .join(University, Student.university_id == University.id)
        .outerjoin(Faculty, Student.faculty_id == Faculty.id)
        .where(Student.id.in_(list(student_ids)))
    ):
        facts = StudentFacts(row[1], row[5], *row[6:])
        found[row[0]] = Candidate(row[0], row[1], row[2], row[3], row[4], row[5],
                                  [judge(facts) for judge in judges], nominated.get(row[0]))
    return [found[i] for i in student_ids if i in found]


@dataclass(frozen=True)
class NominateResult:
    cohort: str
    nominated: list[str]  # the students' numbers


def nominate(database: Database, cohort: str, student_ids: Sequence[int],
             track: str | None = None, note: str | None = None,
             override: str | None = None) -> NominateResult:
    """Nominate the students to ``cohort`` (and ``track``): all of them, or none. A student
    who fails or cannot be checked against the rules needs an ``override`` reason, kept in
    their own history; each is ranked last among their faculty's nominees."""
    if not student_ids:
        raise ConflictError(msg("Choose at least one student to nominate."),
                            code="nominate_nobody")
    with database.transaction() as session:
        cid = cohort_id(session, cohort)
        code = session.scalar(select(Cohort.code).where(Cohort.id == cid)) or cohort
        track_id = _track_id(session, cid, code, track)
        chosen = candidates(session, code, list(dict.fromkeys(student_ids)))
        if len(chosen) != len(set(student_ids)):
            raise NotFoundError(msg("Some of the chosen students are no longer in the "
                                    "database; nobody was nominated."), code="student_missing")
        already = [c for c in chosen if c.nominated_as is not None]
        if already:
            raise ConflictError(msg(
                "{student} is already nominated to {cohort} ({status}); nobody was nominated.",
                student=already[0].student_no, cohort=code,
                status=NominationStatus(already[0].nominated_as or "draft").label),
                code="already_nominated")
        problems = [c.problem for c in chosen if c.problem]
        if problems and not (override and override.strip()):
            raise ConflictError(sentences(*problems, _NOMINATE_ANYWAY),
                                code="override_needed", reasons=problems)
        user, now = current_user(), utcnow()
        for candidate in chosen:
            nomination = Nomination(student_id=candidate.student_id, cohort_id=cid,
                                    track_id=track_id, status=NominationStatus.NOMINATED.value,
                                    rank=_next_rank(session, cid, candidate.student_id))
            session.add(nomination)
            session.flush()
            reasons = [candidate.problem] if candidate.problem else []
            session.add(StatusChange(nomination_id=nomination.id, from_status=None,
                                     to_status=NominationStatus.NOMINATED.value,
                                     changed_at=now, changed_by=user,
                                     note=history_note(note, override, reasons)))
        return NominateResult(code, [c.student_no for c in chosen])


_NOMINATE_ANYWAY = msg("To nominate anyway, give the reason for the exception (--override).")


def _track_id(session: Session, cid: int, cohort: str, track: str | None) -> int | None:
    if not track:
        return None
    found = session.scalar(select(Track.id).where(
        Track.cohort_id == cid, func.upper(Track.code) == track.strip().upper()))
    if found is None:
        known = ", ".join(session.scalars(select(Track.code).where(Track.cohort_id == cid)))
        raise NotFoundError(msg("{cohort} has no track '{track}'{known}.", cohort=cohort,
                                track=track, known=f" ({known})" if known else ""),
                            code="unknown_track")
    return found


def _next_rank(session: Session, cid: int, student_id: int) -> int:
    """The rank after the last of the student's faculty's (else university's) nominees."""
    student = session.get(Student, student_id)
    assert student is not None
    same_faculty = (Student.faculty_id.is_(None) if student.faculty_id is None
                    else Student.faculty_id == student.faculty_id)
    last = session.scalar(select(func.max(Nomination.rank)).join(
        Student, Nomination.student_id == Student.id).where(
        Nomination.cohort_id == cid, Student.university_id == student.university_id,
        same_faculty))
    return (last or 0) + 1


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
    target = nomination_status(to_status)
    if not student_nos:
        raise ConflictError(msg("Name at least one student to move."), code="move_nobody")
    with database.transaction() as session:
        cid = cohort_id(session, cohort)
        found = _nominations_for(session, cid, student_nos, university)
        _move(session, found, target, note, override, today or dt.date.today())
        code = existing(session, Cohort, cid).code
        return MoveResult(code, target.value, [number for number, _ in found])


def move_nomination_ids(database: Database, ids: Sequence[int], to_status: str,
                        note: str | None = None, override: str | None = None,
                        today: dt.date | None = None) -> int:
    """The same moves for nominations chosen in the window (any cohorts): all, or none."""
    target = nomination_status(to_status)
    if not ids:
        raise ConflictError(msg("Select at least one nomination to move."), code="move_nobody")
    with database.transaction() as session:
        found = [(number, nomination) for nomination, number in session.execute(
            select(Nomination, Student.student_no).join(Student, Nomination.student_id
                                                        == Student.id)
            .where(Nomination.id.in_(list(ids))).order_by(Nomination.cohort_id)
            .with_for_update(of=Nomination))]  # (another writer waits: no lost move)
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
    placements = {nid: p for p in session.scalars(select(Placement).where(
        Placement.nomination_id.in_([n.id for _, n in found])))
        if (nid := p.nomination_id) is not None}
    exceptions = _exceptions(session, found, target, placements, today)
    everything = [reason for reasons in exceptions.values() for reason in reasons]
    if everything and not (override and override.strip()):
        raise ConflictError(sentences(*dict.fromkeys(everything), _SUBMIT_ANYWAY),
                            code="override_needed", reasons=list(dict.fromkeys(everything)))
    if target is NominationStatus.PLACED:
        missing = [number for number, n in found if n.id not in placements]
        if missing:
            raise ConflictError(msg(
                "Record the placement of {student} (organisation and start date) before moving it "
                "to placed; nothing was moved.", student=missing[0]),
                code="placement_missing")
    user, now = current_user(), utcnow()
    if len(found) >= _IN_BULK and not is_recording():
        _move_in_bulk(session, found, target, note, override, exceptions, placements)
        return
    for _, nomination in found:
        placement = placements.get(nomination.id)
        if placement is not None:  # the placement follows its nomination
            placement.status = PLACEMENT_FOLLOWS.get(target, placement.status)
        session.add(StatusChange(nomination_id=nomination.id, from_status=nomination.status,
                                 to_status=target.value, changed_at=now, changed_by=user,
                                 note=history_note(note, override,
                                                   exceptions.get(nomination.id, []))))
        nomination.status = target.value


#: Moves made at once from here on (the command line's ``nominations move`` of a whole
#: cohort) go by statements over many rows: each history row still written, one audit entry
#: for the lot. The window's moves, journaled for undo, go through the ORM.
_IN_BULK = 500


def _move_in_bulk(session: Session, found: list[tuple[str, Nomination]],
                  target: NominationStatus, note: str | None, override: str | None,
                  exceptions: dict[int, list[str]], placements: dict[int, Placement]) -> None:
    """``_move``'s writes for many nominations: the history rows inserted many to a
    statement, the nominations updated a chunk (of one status) at a time, and the move said
    once in the audit log. Placements that follow their nominations are few: as ever."""
    from careerdesk.core.db.audit import log_bulk

    user, now = current_user(), utcnow()
    for nomination in (n for _, n in found if n.id in placements):
        placement = placements[nomination.id]
        placement.status = PLACEMENT_FOLLOWS.get(target, placement.status)
    session.flush()
    session.execute(insert(StatusChange), [
        {"nomination_id": n.id, "from_status": n.status, "to_status": target.value,
         "changed_at": now, "changed_by": user,
         "note": history_note(note, override, exceptions.get(n.id, []))} for _, n in found])
    ids = [n.id for _, n in found]
    for chunk in in_chunks(ids, 900):
        session.execute(update(Nomination).where(Nomination.id.in_(chunk))
                        .values(status=target.value, updated_at=now)
                        .execution_options(synchronize_session=False))
    for _, nomination in found:  # (what the session holds says the same as the rows)
        session.expire(nomination)
    log_bulk(session, "nomination", msg(
        "Moved {count:,} nominations to {status}.", count=len(ids), status=target.value))


def history_note(note: str | None, override: str | None, reasons: Sequence[str]) -> str | None:
    """A move's note in one nomination's history: the coordinator's note, and the exception
    made for this nomination with its own reasons (never another student's)."""
    text = note or None
    if reasons and override:
        text = ((text + " ") if text else "") + f"Exception: {override.strip()} " \
               f"({' '.join(reasons)})"
    return text


def _exceptions(session: Session, found: list[tuple[str, Nomination]],
                target: NominationStatus, placements: dict[int, Placement],
                today: dt.date) -> dict[int, list[str]]:
    """For each nomination, why its move needs an exception (none: it does not)."""
    exceptions: dict[int, list[str]] = {}
    if target is NominationStatus.SUBMITTED:
        by_cohort: dict[int, list[Nomination]] = {}
        for _, nomination in found:
            by_cohort.setdefault(nomination.cohort_id, []).append(nomination)
        for cid, moving in by_cohort.items():
            for nomination_id, reason in _submission_limits(session, cid, moving, today):
                exceptions.setdefault(nomination_id, []).append(reason)
            code = existing(session, Cohort, cid).code
            for nomination_id, reason in _eligibility_problems(session, code, moving):
                exceptions.setdefault(nomination_id, []).append(reason)
    if target is NominationStatus.COMPLETED:
        for number, nomination in found:
            placement = placements.get(nomination.id)
            if placement is not None and placement.end_date and placement.end_date > today:
                exceptions.setdefault(nomination.id, []).append(msg(
                    "The placement of {student} ends on {day}, after today.", student=number,
                    day=f"{placement.end_date:%Y-%m-%d}"))
    return exceptions


def rerank(database: Database, nomination_id: int, new_rank: int) -> None:
    """Put a nomination at ``new_rank`` among its faculty's ranked nominees for the cohort;
    the others close up behind it (ranks stay 1, 2, 3 … without gaps)."""
    with database.transaction() as session:
        nomination = session.get(Nomination, nomination_id, with_for_update=True)
        if nomination is None:
            raise NotFoundError(msg(
                "That nomination no longer exists."), code="nomination_missing")
        student = existing(session, Student, nomination.student_id)
        same_faculty = (Student.faculty_id.is_(None) if student.faculty_id is None
                        else Student.faculty_id == student.faculty_id)
        group = list(session.scalars(
            select(Nomination).join(Student, Nomination.student_id == Student.id)
            .where(Nomination.cohort_id == nomination.cohort_id,
                   Student.university_id == student.university_id, same_faculty,
                   Nomination.rank.is_not(None), Nomination.id != nomination.id)
            .order_by(Nomination.rank, Nomination.id).with_for_update(of=Nomination)))
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
    return status_history(session, StatusChange.nomination_id == nomination_id)


def status_history(session: Session, whose: Any) -> list[HistoryRow]:
    """The moves ``whose`` selects (a nomination's, an application's), oldest first."""
    return [HistoryRow(*row) for row in session.execute(
        select(StatusChange.changed_at, StatusChange.changed_by, StatusChange.from_status,
               StatusChange.to_status, StatusChange.note)
        .where(whose).order_by(StatusChange.id))]


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


def _text_key(value: str | None) -> tuple[bool, str]:
    return (not value, (value or "").casefold())


_STATUS_ORDER = {status.value: number for number, status in enumerate(NominationStatus)}
_VERDICT_ORDER = {"pass": 0, "unknown": 1, "fail": 2}
#: The orders the Nominations page offers, by what a row is sorted on (empty values last).
NOMINATION_SORTS: dict[str, Callable[[NominationRow], Any]] = {
    "cohort": lambda r: _text_key(r.cohort),
    "university": lambda r: _text_key(r.university),
    "student_no": lambda r: _text_key(r.student_no),
    "name_en": lambda r: _text_key(r.name_en),
    "name_zh": lambda r: _text_key(r.name_zh),
    "faculty": lambda r: _text_key(r.faculty),
    "track": lambda r: _text_key(r.track),
    "status": lambda r: _STATUS_ORDER.get(r.status, len(_STATUS_ORDER)),
    "rank": lambda r: (r.rank is None, r.rank or 0),
    "eligibility": lambda r: _VERDICT_ORDER[r.eligibility.value],
}


class NominationIndex:
    """Rows prepared once for fast filtering: a keystroke over 50,000 nominations is a few
    comparisons per row, not a walk through every object. Made where the rows are read (the
    window's database thread): judging every row's eligibility and building the keys take
    a few hundred milliseconds, which the window must not wait for."""

    def __init__(self, rows: Sequence[NominationRow]) -> None:
        self.rows = list(rows)
        self._keys = [(r.cohort, r.status, r.university, r.faculty, r.eligibility.value,
                       Haystack(r.university, r.student_no, r.name_en, r.name_zh, r.email,
                                r.phone))
                      for r in self.rows]
        self.position_of = {row.id: position for position, row in enumerate(self.rows)}
        self._ranks: dict[str, list[int]] = {}
        self.cohorts = sorted({r.cohort for r in self.rows})
        self.universities = sorted({r.university for r in self.rows})
        self.faculties = sorted({r.faculty for r in self.rows if r.faculty})

    def statuses(self, positions: Sequence[int]) -> Counter[str]:
        """How many of the rows at ``positions`` are at each status."""
        keys = self._keys
        return Counter(keys[i][1] for i in positions)


    def sorted(self, positions: Sequence[int], key: str, descending: bool = False
               ) -> list[int]:
        """``positions`` in the order of ``key`` (one of ``NOMINATION_SORTS``); ties, and
        empty values last, in the list's own order. Each key's order is worked out once."""
        ranks = self._ranks.get(key)
        if ranks is None:
            value = NOMINATION_SORTS[key]
            order = sorted(range(len(self.rows)), key=lambda p: value(self.rows[p]))
            ranks = [0] * len(order)
            for rank, position in enumerate(order):
                ranks[position] = rank
            self._ranks[key] = ranks
        return sorted(positions, key=ranks.__getitem__, reverse=descending)

    def filter(self, wanted: NominationFilter) -> list[int]:
        status = None if wanted.status == SUBMITTED_ONWARDS else wanted.status
        checks = [(position, value) for position, value in enumerate(
            (wanted.cohort, status, wanted.university, wanted.faculty,
             wanted.eligibility)) if value]
        if wanted.status == SUBMITTED_ONWARDS:
            return [i for i in self._filtered(checks, wanted.text)
                    if self._keys[i][1] in SUBMITTED_OR_LATER]
        return self._filtered(checks, wanted.text)

    def _filtered(self, checks: list[tuple[int, str]], text: str) -> list[int]:
        search = parse(text, self.universities)
        keys = self._keys
        if not checks:
            if not search:
                return list(range(len(keys)))
            return [i for i, key in enumerate(keys) if key[5].found(search)]
        return [i for i, key in enumerate(keys)
                if all(key[p] == v for p, v in checks) and (not search or key[5].found(search))]


def indexed_nominations(session: Session, cohort: str | None = None) -> NominationIndex:
    """Every nomination (of one cohort), judged and ready to filter and sort: each
    column's order is worked out here, on the window's database thread, so a click on a
    heading only reorders (a first sort by name would take ~70 ms of the UI thread)."""
    index = NominationIndex(list_nominations(session, cohort))
    for key in NOMINATION_SORTS:
        index.sorted((), key)
    return index


def cohort_code(session: Session, written: str) -> str:
    """The stored code of the cohort ``written`` names (any case); refused if none."""
    return str(session.scalar(select(Cohort.code).where(
        Cohort.id == cohort_id(session, written))))


def nomination_status(text: str) -> NominationStatus:
    wanted = text.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return NominationStatus(wanted)
    except ValueError:
        words = ", ".join(s.label for s in NominationStatus)
        raise ConflictError(msg(
            "'{text}' is not a nomination status; use one of {words}.", text=text, words=words),
            code="unknown_status") from None


_SUBMIT_ANYWAY = msg("To go ahead anyway, give the reason for the exception (--override).")


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
    """The cohort's nominations of these student numbers, read in one statement a thousand
    numbers at a time (one statement per student held the write lock for minutes on a
    25,000-student move); refused whole if one has none, or is ambiguous."""
    numbers = list(dict.fromkeys(n.strip().upper() for n in student_nos))
    matches: dict[str, list[tuple[Nomination, str]]] = {}
    for start in range(0, len(numbers), 1_000):
        statement = (select(Nomination, University.code, func.upper(Student.student_no))
                     .join(Student, Nomination.student_id == Student.id)
                     .join(University, Student.university_id == University.id)
                     .where(Nomination.cohort_id == cid,
                            func.upper(Student.student_no).in_(numbers[start:start + 1_000]))
                     .with_for_update(of=Nomination))  # (another writer waits its turn)
        if university:
            statement = statement.where(func.lower(University.code) == university.lower())
        for nomination, code, number in session.execute(statement):
            matches.setdefault(number, []).append((nomination, code))
    found = []
    for number in numbers:
        mine = matches.get(number, [])
        if not mine:
            raise NotFoundError(msg(
                "Student {number} has no nomination in this cohort; nothing was moved.",
                number=number), code="nomination_missing")
        if len(mine) > 1:
            codes = ", ".join(code for _, code in mine)
            raise ConflictError(msg(
                "Student number {number} is nominated from more than one university ({codes}); "
                "say which with --university.", number=number, codes=codes),
                code="nomination_ambiguous")
        found.append((number, mine[0][0]))
    return found


def _eligibility_problems(session: Session, cohort: str,
                          moving: list[Nomination]) -> list[tuple[int, str]]:
    """(nomination, sentence) for each nomination that fails, or cannot be checked against,
    the rules."""
    ids = {n.id for n in moving}
    problems = []
    for row in list_nominations(session, cohort):
        if row.id in ids and row.eligibility is not Verdict.PASS:
            problems.append((row.id, eligibility_problem(row)))
    return problems


def eligibility_problem(row: NominationRow) -> str:
    """Why a nomination does not pass its cohort's rules, in one sentence (its first failed,
    else unknown, rule)."""
    first = next(r for r in row.rules if r.result is row.eligibility)
    if row.eligibility is Verdict.FAIL:
        return msg("{student} fails the cohort's rules: {reason}", student=row.student_no,
                   reason=first.reason)
    return msg("{student} cannot be checked against the cohort's rules: {reason}",
               student=row.student_no, reason=first.reason)


def _submission_limits(session: Session, cid: int, moving: list[Nomination],
                       today: dt.date) -> list[tuple[int, str]]:
    """(nomination, sentence) for each limit its submission would break: the window and the
    cohort's places (every nomination moving), and its own faculty's or university's quota."""
    cohort = session.get(Cohort, cid)
    assert cohort is not None
    everyone: list[str] = []
    if cohort.closes_on is not None and today > cohort.closes_on:
        everyone.append(msg("The application window of {cohort} closed on {day}.",
                            cohort=cohort.code, day=f"{cohort.closes_on:%Y-%m-%d}"))
    if cohort.opens_on is not None and today < cohort.opens_on:
        everyone.append(msg("The application window of {cohort} opens on {day}.",
                            cohort=cohort.code, day=f"{cohort.opens_on:%Y-%m-%d}"))
    used = session.scalar(select(func.count(Nomination.id)).where(
        Nomination.cohort_id == cid, Nomination.status.in_(sorted(SUBMITTED_OR_LATER)))) or 0
    if cohort.quota_total is not None and used + len(moving) > cohort.quota_total:
        everyone.append(msg("{cohort} has {places} places and {taken} are taken.",
                            cohort=cohort.code, places=cohort.quota_total, taken=used))
    reasons = [(n.id, reason) for reason in everyone for n in moving]
    students = {n.id: session.get(Student, n.student_id) for n in moving}
    for quota in session.scalars(select(Quota).where(Quota.cohort_id == cid)):
        if quota.faculty_id is not None:
            column, value = Student.faculty_id, quota.faculty_id
            owner = session.get(Faculty, quota.faculty_id).name_en  # type: ignore[union-attr]
        elif quota.university_id is not None:
            column, value = Student.university_id, quota.university_id
            owner = session.get(University, quota.university_id).code  # type: ignore[union-attr]
        else:
            continue  # a total quota is the cohort's own, checked above
        mine = [n for n in moving if getattr(students[n.id], column.key) == value]
        if not mine:
            continue
        taken = session.scalar(select(func.count(Nomination.id)).join(
            Student, Nomination.student_id == Student.id).where(
            Nomination.cohort_id == cid, Nomination.status.in_(sorted(SUBMITTED_OR_LATER)),
            column == value)) or 0
        if taken + len(mine) > quota.places:
            reason = msg("{owner}'s quota in {cohort} is {places} places and {taken} are "
                         "taken.", owner=owner, cohort=cohort.code, places=quota.places,
                         taken=taken)
            reasons += [(n.id, reason) for n in mine]
    return reasons


@dataclass(frozen=True)
class CohortChoice:
    code: str
    name: str
    tracks: list[str]


def cohort_choices(session: Session) -> list[CohortChoice]:
    """The cohorts to nominate to, the latest first, each with its tracks' codes."""
    tracks: dict[int, list[str]] = {}
    for cid, code in session.execute(select(Track.cohort_id, Track.code).order_by(Track.id)):
        tracks.setdefault(cid, []).append(code)
    return [CohortChoice(code, name, tracks.get(cid, [])) for cid, code, name in session.execute(
        select(Cohort.id, Cohort.code, Cohort.name).order_by(Cohort.year.desc(), Cohort.code))]
