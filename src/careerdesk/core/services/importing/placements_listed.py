"""Placements a list sent back by the programme names: the company each accepted offer is
with ("Company", "Position", "Start Date", "Monthly Salary"), recorded as the placement form
records one.

Nothing is written here. A placement is recorded only for a nomination that is accepted
once the list's own moves are made (an offer accepted, as the placement form asks), at an
organisation CareerDesk knows; every row naming a company says what became of it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.models import Nomination, Organisation, Placement, Position
from careerdesk.core.domain.choices import PlacementStatus
from careerdesk.core.domain.statuses import PLACEMENT_FOLLOWS, NominationStatus
from careerdesk.core.services.importing.duplicates import StudentKey
from careerdesk.core.services.importing.held_back import HeldBack
from careerdesk.core.services.importing.student_plan import Stored
from careerdesk.io.fields import Field
from careerdesk.io.parsed_sheet import ParsedSheet, Problem
from careerdesk.messages import msg


@dataclass(slots=True)
class PlacementAction:
    """A placement the import records: the accepted nomination, where, from when."""

    nomination_id: int
    cohort_id: int
    organisation_id: int
    start: dt.date
    position_id: int | None = None
    monthly_salary: Decimal | None = None
    status: str = PlacementStatus.CONFIRMED.value  # started, where the list says it began


#: Words that end a company's name without naming it: "SenseTime Group Limited" is the
#: list's "SenseTime", "港灣人工智能實驗室有限公司" its "港灣人工智能實驗室".
_LEGAL_WORDS = {"limited", "ltd", "co", "company", "group", "holdings", "inc", "corporation",
                "corp", "hk", "hong", "kong", "the"}
_LEGAL_ZH = re.compile(r"(?:\(香港\)|（香港）|香港)?(?:集團)?(?:控股)?(?:有限公司|公司)$")


def organisation_key(name: str) -> str:
    """A company's name folded for finding it: case, spacing, punctuation and the words
    of its legal form left out."""
    folded = unicodedata.normalize("NFKC", name).casefold().strip()
    folded = _LEGAL_ZH.sub("", folded)
    words = [w for w in re.split(r"[\W_]+", folded) if w and w not in _LEGAL_WORDS]
    return " ".join(words)


def placement_actions(session: Session, sheet: ParsedSheet, valid: list[int],
                      keys: list[StudentKey], existing: dict[StudentKey, Stored],
                      held: Mapping[int, HeldBack], moved_to: dict[int, str],
                      begun: Mapping[int, str] | None = None) -> list[PlacementAction]:
    """The placements the rows naming a company record; each other such row gets a
    problem saying why not. ``held``: the rows the list moves on rather than nominates
    (their cohort is there); ``moved_to``: nomination id → the status this import moves it
    to; ``begun``: the nominations whose placement the list says has begun ("placed") or
    ended ("completed"), each with that stage."""
    companies = sheet.columns.get(Field.ORGANISATION)
    if companies is None:
        _placement_columns_unused(sheet)
        return []
    cohorts = sheet.column(Field.COHORT)
    rows = [(number, key, cohort[0]) for number, key in zip(valid, keys, strict=True)
            if companies[number] is not None and (cohort := cohorts[number] or (
                held[number].cohort if number in held else None))]
    if not rows:
        return []
    known = _Organisations(session)
    nominations = _nominations(session, [(existing[key]["id"], cohort_id)
                                         for _, key, cohort_id in rows if key in existing])
    actions = []
    for number, key, cohort_id in rows:
        student = existing.get(key)
        action = _placement_of(sheet, number, cohort_id, nominations.get(
            (student["id"], cohort_id)) if student else None, moved_to, known)
        if action is not None:
            if begun and action.nomination_id in begun:
                action.status = PLACEMENT_FOLLOWS[NominationStatus(begun[action.nomination_id])]
            actions.append(action)
    return actions


def _placement_columns_unused(sheet: ParsedSheet) -> None:
    """A placement's position, start date or salary in a list that names no company ("Start
    Date" in a nominee list): said, as a column not imported is."""
    for field in (Field.POSITION, Field.PLACEMENT_START, Field.MONTHLY_SALARY):
        values = sheet.columns.get(field)
        if values is not None and any(value is not None for value in values):
            heading = sheet.headings.get(field, "")
            sheet.problems.append(Problem(0, heading, "placement_column_unused", msg(
                "The column '{heading}' was read as a placement's, but the list names no "
                "company (a Company column) for a placement, so it was not imported. If it "
                "means something else, choose what in the import window.", heading=heading)))


def _nominations(session: Session, wanted: list[tuple[int, int]]
                 ) -> dict[tuple[int, int], tuple[int, str, int | None]]:
    """(student id, cohort id) → (nomination id, status, its placement's organisation)."""
    found: dict[tuple[int, int], tuple[int, str, int | None]] = {}
    students = sorted({sid for sid, _ in wanted})
    cohorts = {cid for _, cid in wanted}
    for chunk in in_chunks(students, 400):
        for nid, sid, cid, status, host in session.execute(
            select(Nomination.id, Nomination.student_id, Nomination.cohort_id,
                   Nomination.status, Placement.organisation_id)
            .outerjoin(Placement, Placement.nomination_id == Nomination.id)
            .where(Nomination.student_id.in_(chunk), Nomination.cohort_id.in_(cohorts))
        ):
            found[(sid, cid)] = (nid, status, host)
    return found


def _placement_of(sheet: ParsedSheet, number: int, cohort_id: int,
                  nomination: tuple[int, str, int | None] | None,
                  moved_to: dict[int, str], known: _Organisations) -> PlacementAction | None:
    """The placement row ``number`` records, at ``nomination`` (id, status, where it is
    placed already), or None and a problem saying why not."""
    values = sheet.values(number)
    company: str = values[Field.ORGANISATION]
    heading = sheet.headings.get(Field.ORGANISATION, "")
    if nomination is None and sheet.column(Field.COHORT)[number] is None:  # held back
        sheet.add(number, heading, "placement_not_accepted", msg(
            "The list names {company} as where the student is placed, but the student is "
            "not nominated to the cohort, so no placement was recorded.", company=company))
        return None
    organisation = known.find(company)
    if nomination is not None and nomination[2] is not None:  # placed already (started, even)
        if organisation is None or nomination[2] != organisation[0]:
            sheet.add(number, heading, "placement_exists", msg(
                "The student is already placed at {placed}; the list's {company} was not "
                "recorded (change a placement on the Nominations page).",
                placed=known.name_of(nomination[2]), company=company))
        return None
    status = NominationStatus.NOMINATED.value if nomination is None else \
        moved_to.get(nomination[0], nomination[1])
    if nomination is None or status != NominationStatus.ACCEPTED.value:
        sheet.add(number, heading, "placement_not_accepted", msg(
            "The list names {company} as where the student is placed, but their nomination "
            "is {status}: only an accepted offer becomes a placement, so none was recorded.",
            company=company, status=NominationStatus(status).label))
        return None
    if organisation is None:
        sheet.add(number, heading, "unknown_organisation", msg(
            "'{company}' is not an organisation CareerDesk knows, so the placement was not "
            "recorded; add it on the Organisations page (or write its name as stored there) "
            "and import the list again.", company=company))
        return None
    return _action(sheet, number, nomination[0], cohort_id, organisation, values, known)


def _action(sheet: ParsedSheet, number: int, nomination_id: int, cohort_id: int,
            organisation: tuple[int, str], values: dict[Field, Any],
            known: _Organisations) -> PlacementAction | None:
    title = values.get(Field.POSITION)
    position = known.position(organisation[0], cohort_id, title) if title else None
    if title and position is None:
        sheet.add(number, sheet.headings.get(Field.POSITION, ""), "unknown_position", msg(
            "'{title}' is not one of {company}'s positions for this cohort; the placement "
            "was recorded without a position.", title=title, company=organisation[1]))
    start = values.get(Field.PLACEMENT_START) or (position[1] if position else None)
    if start is None:
        sheet.add(number, sheet.headings.get(Field.ORGANISATION, ""), "placement_without_start",
                  msg("The list names {company} as where the student is placed but gives no "
                      "start date, so the placement was not recorded; add a Start Date column, "
                      "or record it on the Nominations page.", company=organisation[1]))
        return None
    return PlacementAction(nomination_id, cohort_id, organisation[0], start,
                           position[0] if position else None, values.get(Field.MONTHLY_SALARY))


class _Organisations:
    """The stored organisations, found by a name as a list writes it (English or Chinese,
    with or without "Limited"), and their positions."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.names: dict[int, str] = {}
        keyed: dict[str, set[int]] = {}
        for oid, name_en, name_zh in session.execute(
                select(Organisation.id, Organisation.name_en, Organisation.name_zh)):
            self.names[oid] = name_en
            for name in filter(None, (name_en, name_zh)):
                keyed.setdefault(organisation_key(name), set()).add(oid)
        self.keyed = {key: ids.pop() for key, ids in keyed.items() if key and len(ids) == 1}
        self._positions: dict[tuple[int, int], list[tuple[int, str, dt.date | None]]] = {}

    def find(self, written: str) -> tuple[int, str] | None:
        """(id, English name) of the one organisation ``written`` names."""
        oid = self.keyed.get(organisation_key(written))
        return None if oid is None else (oid, self.names[oid])

    def name_of(self, oid: int) -> str:
        return self.names.get(oid, str(oid))

    def position(self, oid: int, cohort_id: int, title: str) -> tuple[int, dt.date | None] | None:
        """(id, start date) of the organisation's position for the cohort with ``title``."""
        if (oid, cohort_id) not in self._positions:
            self._positions[(oid, cohort_id)] = list(self.session.execute(
                select(Position.id, Position.title, Position.start_date)
                .where(Position.organisation_id == oid, Position.cohort_id == cohort_id)).all())
        wanted = " ".join(title.casefold().split())
        found = [(pid, start) for pid, name, start in self._positions[(oid, cohort_id)]
                 if " ".join(name.casefold().split()) == wanted]
        return found[0] if len(found) == 1 else None
