"""Rows a list does not put forward ("N" under Endorsed, a reserve) or whose status names a
later stage ("Withdrawn", "Shortlisted"), whose students may be nominated already: by an
earlier list, or by hand.

A faculty sends its list again with a nominee now marked "Withdrawn", or the programme
sends the list back with "Shortlisted" and "Not selected": the coordinator would move those
nominations on, and so does the import (each step in the nomination's history, recorded
with the batch so it can be undone). A move the Nominations page must make (a submission,
where the cohort's rules are checked; a placement) or a step back is left, and said. Any
other row the list holds back leaves a nomination made before as it is, and says so: "not
nominated" would be untrue of that student.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.models import Cohort, Nomination, Placement
from careerdesk.core.domain.statuses import PATH, NominationStatus, allowed_moves
from careerdesk.core.services.importing.duplicates import StudentKey
from careerdesk.core.services.importing.student_plan import existing_students
from careerdesk.io.fields import Field
from careerdesk.io.parsed_sheet import ParsedSheet
from careerdesk.messages import msg, sentences

WITHDRAWN = NominationStatus.WITHDRAWN


class HeldBack(NamedTuple):
    """A row the list does not put forward, and the nomination it would have made."""

    cohort: tuple[int, int | None]  # (cohort id, track id)
    column: str  # the heading that says so, "" for the row as a whole
    code: str
    message: str  # said when the student is not nominated to the cohort
    said: str  # what the list says ("'Pending' under 'Nomination Status'")
    reached: str | None = None  # the stage the list says the nomination has reached
    #: The furthest stage on the path the list says it got to before it left the path
    #: ("Interviewed: Y", "Offer: N"): the history passes through it.
    via: str | None = None


class Move(NamedTuple):
    key: StudentKey
    cohort_id: int
    nomination_id: int
    steps: tuple[str, ...]  # where the nomination stands, then each stage it moves to
    #: The stages it moves on to with the placement the row records (a placement begun:
    #: "Commenced" beside a company), if one is recorded (``moved_on_with_placements``).
    then: tuple[str, ...] = ()
    number: int = -1  # its row
    back: HeldBack | None = None  # what the row says, and under which column
    cohort: str = ""  # its code


class _Found(NamedTuple):
    nomination_id: int
    status: NominationStatus
    cohort: str  # its code
    placed: bool  # it has a placement


def nominations_held_back(session: Session, sheet: ParsedSheet, held: Mapping[int, HeldBack],
                          keys: Mapping[int, StudentKey], existing: Mapping[StudentKey, Any]
                          ) -> list[Move]:
    """Each held-back row's problem, said as its student's nominations make true, and the
    moves the list makes. ``keys`` are the imported rows' students, by row; ``existing`` the
    stored students among them."""
    student_ids = {number: existing[keys[number]]["id"] for number in held
                   if number in keys and keys[number] in existing}
    found = _nominations(session, {(sid, held[n].cohort[0]) for n, sid in student_ids.items()})
    companies = sheet.columns.get(Field.ORGANISATION)
    moves = []
    for number, back in sorted(held.items()):
        if number not in keys:
            continue  # a row not imported: its own problem says why, and nothing more
        student_id = student_ids.get(number)
        nomination = found.get((student_id, back.cohort[0])) if student_id is not None else None
        if nomination is None:
            sheet.add(number, back.column, back.code, back.message)
            continue
        if back.reached is None:
            sheet.add(number, back.column, "nomination_kept", _not_put_forward(back, nomination))
            continue
        target = NominationStatus(back.reached)
        if target is nomination.status:
            continue  # the list and CareerDesk agree
        if target in _BEGUN and companies is not None and companies[number] is not None \
                and not nomination.placed and nomination.status in _BEFORE_PLACED:
            moves.append(_placed_with_its_placement(keys[number], back, nomination, target,
                                                    number))
            continue
        steps = _steps(nomination, target, back.via)
        if isinstance(steps, str):
            sheet.add(number, back.column, "nomination_kept", steps)
            continue
        moves.append(Move(keys[number], back.cohort[0], nomination.nomination_id,
                          (nomination.status.value, *(s.value for s in steps))))
        sheet.add(number, back.column, "nomination_moved", msg(
            "The list says {said}: the student's nomination to {cohort}, which was {status}, "
            "is now {target}.", said=back.said, cohort=nomination.cohort,
            status=nomination.status.label, target=target.label))
    return moves


_PLACED = NominationStatus.PLACED
_ACCEPTED = NominationStatus.ACCEPTED
#: What a list says of a placement that has begun ("Commenced"), or ended ("Completed").
_BEGUN = {_PLACED, NominationStatus.COMPLETED}
#: Where a nomination stands that such a list moves on (to accepted, then placed with the
#: placement, and completed): an offer made, or accepted.
_BEFORE_PLACED = {NominationStatus.OFFERED, _ACCEPTED}


def _placed_with_its_placement(key: StudentKey, back: HeldBack, nomination: _Found,
                               target: NominationStatus, number: int) -> Move:
    """A list saying a placement has begun ("Commenced") or ended ("Completed") beside the
    company: the nomination moves to accepted now, and on to placed (and completed) with
    the placement the row records."""
    steps = () if nomination.status is _ACCEPTED else (_ACCEPTED.value,)
    then = PATH[PATH.index(_PLACED):PATH.index(target) + 1]
    return Move(key, back.cohort[0], nomination.nomination_id,
                (nomination.status.value, *steps), tuple(s.value for s in then), number,
                back, nomination.cohort)


def moved_on_with_placements(sheet: ParsedSheet, moves: list[Move], placed: set[int]
                             ) -> dict[int, tuple[str, ...]]:
    """Each move waiting for its placement (``Move.then``): said, and the stages it moves on
    to, by nomination id, for those whose placement is recorded (``placed``)."""
    going_on = {}
    for move in moves:
        if not move.then or move.back is None:
            continue
        column = move.back.column
        values = {"said": move.back.said, "cohort": move.cohort,
                  "status": NominationStatus(move.steps[0]).label}
        if move.nomination_id in placed:
            going_on[move.nomination_id] = move.then
            sheet.add(move.number, column, "nomination_moved", msg(
                "The list says {said}: the student's nomination to {cohort}, which was "
                "{status}, is now {target}, with the placement the row names.", **values,
                target=NominationStatus(move.then[-1]).label))
        elif len(move.steps) > 1:
            sheet.add(move.number, column, "nomination_moved", msg(
                "The list says {said}, but the placement the row names was not recorded (the "
                "row says why): the student's nomination to {cohort}, which was {status}, is "
                "now accepted, and moves on to placed with its placement.", **values))
        else:
            sheet.add(move.number, column, "nomination_kept", msg(
                "The list says {said}, but the placement the row names was not recorded (the "
                "row says why): the student's nomination to {cohort} stays accepted, and moves "
                "on to placed with its placement.", **values))
    return going_on


def _steps(nomination: _Found, target: NominationStatus, via: str | None = None
           ) -> list[NominationStatus] | str:
    """The stages from where ``nomination`` stands to ``target``, each a move the path
    allows; or why the import leaves it (a sentence). A way off the path is taken from the
    first stage that allows it, at or after ``via``: an offer declined was made, so a
    submitted nomination goes through shortlisted, interviewed and offered to declined."""
    current = nomination.status
    values = {"cohort": nomination.cohort, "status": current.label, "target": target.label}
    stop = _last_stage_before(current, target, via)
    if stop is not None:
        steps = list(PATH[PATH.index(current) + 1:PATH.index(stop) + 1])
        if NominationStatus.SUBMITTED in steps:
            return msg("The list says the student's nomination to {cohort} is {target}, but "
                       "CareerDesk has it {status}: submit it on the Nominations page first "
                       "(the cohort's rules are checked there); it was left as it is.",
                       **values)
        if NominationStatus.PLACED in steps and not nomination.placed:
            return msg("The list says the student's nomination to {cohort} is {target}: record "
                       "the placement on the Nominations page, and the nomination moves on "
                       "with it; it was left {status}.", **values)
        if target is WITHDRAWN and nomination.placed:  # its placement would end early
            return msg("The list says the student's nomination to {cohort} is {target}, but "
                       "it has a placement; it was left {status}. Withdraw it on the "
                       "Nominations page, which ends the placement early.", **values)
        return steps if target is stop else [*steps, target]
    return msg("The list says the student's nomination to {cohort} is {target}, but CareerDesk "
               "has it {status}, which cannot move to {target}; it was left as it is.",
               **values)


def _last_stage_before(current: NominationStatus, target: NominationStatus,
                       via: str | None) -> NominationStatus | None:
    """The stage on the path a nomination goes to on its way to ``target``: the target
    itself, ahead on the path; or, for a way off it, the first stage from where it stands
    (or from ``via``, further on) that allows it. None when there is no way there."""
    if current not in PATH:
        return None
    if target in PATH:
        return target if PATH.index(target) > PATH.index(current) else None
    start = PATH.index(current)
    if via is not None and PATH.index(NominationStatus(via)) > start:
        start = PATH.index(NominationStatus(via))
    return next((stage for stage in PATH[start:] if target in allowed_moves(stage)), None)


def _not_put_forward(back: HeldBack, nomination: _Found) -> str:
    return msg("The list does not put this student forward ({said}), but the student is "
               "already nominated to {cohort} ({status}); the nomination was left as it is. "
               "Withdraw it on the Nominations page if the faculty has withdrawn the student.",
               said=back.said, cohort=nomination.cohort, status=nomination.status.label)


def struck_nominees(session: Session, sheet: ParsedSheet,
                    find_cohort: Callable[[str], tuple[int, int | None] | None],
                    default_cohort: tuple[int, int | None] | None,
                    universities: Mapping[str, int]) -> None:
    """A row struck through (left out: a withdrawn nominee, as a rule) whose student stands
    nominated to its cohort: its problem says so, for the coordinator to withdraw the
    nomination. Not done here: a line through a row may also undo a typing mistake."""
    rows = {}  # Excel row → (university id, student number, cohort id)
    for row, struck in sheet.struck.items():
        cohort = find_cohort(struck.cohort) if struck.cohort else default_cohort
        university = universities.get(struck.university)
        if cohort is not None and university is not None:
            rows[row] = (university, struck.student_no, cohort[0])
    stored = existing_students(session, sorted({(u, n) for u, n, _ in rows.values()}))[0]
    pairs = {row: (stored[(u, n)]["id"], c) for row, (u, n, c) in rows.items()
             if (u, n) in stored}
    found = _nominations(session, set(pairs.values()))
    for position, problem in enumerate(sheet.problems):
        pair = pairs.get(problem.row) if problem.code == "struck_row" else None
        nomination = found.get(pair) if pair else None
        if nomination is not None and WITHDRAWN in allowed_moves(nomination.status):
            sheet.problems[position] = problem._replace(message=sentences(problem.message, msg(
                "The student is nominated to {cohort} ({status}): if the faculty has "
                "withdrawn the student, withdraw the nomination on the Nominations page.",
                cohort=nomination.cohort, status=nomination.status.label)))


def _nominations(session: Session, wanted: set[tuple[int, int]]
                 ) -> dict[tuple[int, int], _Found]:
    """The nominations of these (student id, cohort id) pairs that there are."""
    found: dict[tuple[int, int], _Found] = {}
    cohort_ids = {cohort_id for _, cohort_id in wanted}
    for chunk in in_chunks(sorted({student_id for student_id, _ in wanted}), 400):
        for nid, sid, cid, status, code, placement in session.execute(
            select(Nomination.id, Nomination.student_id, Nomination.cohort_id,
                   Nomination.status, Cohort.code, Placement.id)
            .join(Cohort, Nomination.cohort_id == Cohort.id)
            .outerjoin(Placement, Placement.nomination_id == Nomination.id)
            .where(Nomination.student_id.in_(chunk), Nomination.cohort_id.in_(cohort_ids))
        ):
            if (sid, cid) in wanted:
                found[(sid, cid)] = _Found(nid, NominationStatus(status), code,
                                           placement is not None)
    return found
