"""Rows a list does not put forward ("N" under Endorsed, "Withdrawn", a reserve), whose
students may be nominated already: by an earlier list, or by hand.

A faculty sends its list again with a nominee now marked "Withdrawn": the coordinator would
withdraw that nomination, and so does the import (recorded with the batch, so it can be
undone). Any other row the list holds back leaves a nomination made before as it is, and
says so: "not nominated" would be untrue of that student.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.models import Cohort, Nomination, Placement
from careerdesk.core.domain.statuses import NominationStatus, allowed_moves
from careerdesk.core.services.importing.duplicates import StudentKey
from careerdesk.io.parsed_sheet import ParsedSheet
from careerdesk.messages import msg


class HeldBack(NamedTuple):
    """A row the list does not put forward, and the nomination it would have made."""

    cohort: tuple[int, int | None]  # (cohort id, track id)
    column: str  # the heading that says so, "" for the row as a whole
    code: str
    message: str  # said when the student is not nominated to the cohort
    said: str  # what the list says ("'Pending' under 'Nomination Status'")
    withdrawn: bool = False  # the list says the nominee is withdrawn


class Withdrawal(NamedTuple):
    key: StudentKey
    cohort_id: int
    nomination_id: int
    status: str  # where the nomination stands before


class _Found(NamedTuple):
    nomination_id: int
    status: NominationStatus
    cohort: str  # its code
    placed: bool  # it has a placement


def nominations_held_back(session: Session, sheet: ParsedSheet, held: Mapping[int, HeldBack],
                          keys: Mapping[int, StudentKey], existing: Mapping[StudentKey, Any]
                          ) -> list[Withdrawal]:
    """Each held-back row's problem, said as its student's nominations make true, and the
    nominations the list withdraws. ``keys`` are the imported rows' students, by row;
    ``existing`` the stored students among them."""
    student_ids = {number: existing[keys[number]]["id"] for number in held
                   if number in keys and keys[number] in existing}
    found = _nominations(session, {(sid, held[n].cohort[0]) for n, sid in student_ids.items()})
    withdrawals = []
    for number, back in sorted(held.items()):
        nomination = found.get((student_ids.get(number), back.cohort[0]))
        if nomination is None:
            sheet.add(number, back.column, back.code, back.message)
        elif back.withdrawn and nomination.status is NominationStatus.WITHDRAWN:
            continue  # withdrawn already: the list and CareerDesk agree
        elif back.withdrawn and _can_withdraw(nomination):
            withdrawals.append(Withdrawal(keys[number], back.cohort[0],
                                          nomination.nomination_id, nomination.status.value))
            sheet.add(number, back.column, "nomination_withdrawn", msg(
                "The list says this student is withdrawn ({said}): the student's nomination "
                "to {cohort}, which was {status}, is withdrawn.", said=back.said,
                cohort=nomination.cohort, status=nomination.status.label))
        else:
            sheet.add(number, back.column, "nomination_kept", _kept(back, nomination))
    return withdrawals


def _can_withdraw(nomination: _Found) -> bool:
    """Only a nomination without a placement: withdrawing one that has a placement ends the
    placement early, which the coordinator does on the Nominations page."""
    return not nomination.placed and NominationStatus.WITHDRAWN in allowed_moves(
        nomination.status)


def _kept(back: HeldBack, nomination: _Found) -> str:
    if not back.withdrawn:
        return msg("The list does not put this student forward ({said}), but the student is "
                   "already nominated to {cohort} ({status}); the nomination was left as it "
                   "is. Withdraw it on the Nominations page if the faculty has withdrawn the "
                   "student.", said=back.said, cohort=nomination.cohort,
                   status=nomination.status.label)
    if nomination.placed and NominationStatus.WITHDRAWN in allowed_moves(nomination.status):
        return msg("The list says this student is withdrawn ({said}), but the student's "
                   "nomination to {cohort} ({status}) has a placement; it was left as it is. "
                   "Withdraw it on the Nominations page, which ends the placement early.",
                   said=back.said, cohort=nomination.cohort, status=nomination.status.label)
    return msg("The list says this student is withdrawn ({said}), but the student's nomination "
               "to {cohort} is {status}, which cannot be withdrawn; it was left as it is.",
               said=back.said, cohort=nomination.cohort, status=nomination.status.label)


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
