"""What each report prints, as plain data: core's services fill these in from the
database, and the layouts in this package draw them without knowing where they came from."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


class RuleOutcome(Protocol):
    """One eligibility rule's result, as the endorsement list prints it."""

    @property
    def reason(self) -> str: ...

    @property
    def result(self) -> _Valued: ...


class _Valued(Protocol):
    @property
    def value(self) -> str: ...


class Nominee(Protocol):
    """One ranked nominee on an endorsement list (core's NominationRow fits)."""

    rank: int | None
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    track: str | None

    @property
    def rules(self) -> Sequence[RuleOutcome]: ...

    @property
    def eligibility(self) -> _Valued: ...


@dataclass
class EventAttendance:
    code: str
    name: str
    held_on: dt.date | None
    mode: str
    totals: Counter[str]
    #: university code → Counter of attendance states
    by_university: dict[str, Counter[str]]
    #: (university, student no, English name, Chinese name, status, registered at)
    people: list[tuple[str, str, str | None, str | None, str, dt.datetime | None]]

    @property
    def registered(self) -> int:
        return sum(self.totals.values())

    @property
    def attended(self) -> int:
        return self.totals["on_site"] + self.totals["virtual"]


@dataclass
class EndorsementGroup:
    """One faculty's ranked nominees and its places (its quota line falls after them)."""

    faculty: str | None
    quota: int | None
    nominees: Sequence[Nominee] = field(default_factory=list)


@dataclass
class EndorsementList:
    cohort: str
    cohort_name: str
    university: str
    faculty: str | None  # None: the whole university, a group per faculty
    groups: list[EndorsementGroup] = field(default_factory=list)
    #: the statuses listed, in words
    statuses: Sequence[str] = ()

    @property
    def nominees(self) -> list[Nominee]:
        return [nominee for group in self.groups for nominee in group.nominees]

    @property
    def quota(self) -> int | None:
        """The places of the one faculty listed (None for several, or none set)."""
        return self.groups[0].quota if len(self.groups) == 1 else None


FUNNEL = ("submitted", "shortlisted", "interviewed", "offered", "accepted", "placed",
          "completed")


@dataclass
class Breakdown:
    name: str
    submitted: int = 0
    placed: int = 0


@dataclass
class PlacementLine:
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    faculty: str | None
    track: str | None
    organisation: str
    position: str | None
    start: dt.date | None
    end: dt.date | None
    status: str


@dataclass
class PlacementReport:
    title: str
    scope: str
    quota: int | None
    funnel: dict[str, int]
    #: nominations whose placement phases have all ended (for the completion rate)
    placed_and_ended: int
    completed_of_ended: int
    by_university: list[Breakdown]
    by_faculty: list[Breakdown]
    by_track: list[Breakdown]
    by_organisation: list[Breakdown]
    placements: list[PlacementLine]

    def rate(self, part: str, whole: str) -> float | None:
        total = self.funnel.get(whole, 0)
        return self.funnel.get(part, 0) / total if total else None

    @property
    def placement_rate(self) -> float | None:
        return self.rate("placed", "submitted")

    @property
    def acceptance_rate(self) -> float | None:
        return self.rate("accepted", "offered")

    @property
    def completion_rate(self) -> float | None:
        return (self.completed_of_ended / self.placed_and_ended if self.placed_and_ended
                else None)

    @property
    def quota_use(self) -> float | None:
        return self.funnel.get("submitted", 0) / self.quota if self.quota else None


@dataclass
class NominationRecord:
    cohort: str
    cohort_name: str
    track: str | None
    status: str
    rank: int | None
    history: list[tuple[dt.datetime, str, str | None, str, str | None]] = field(
        default_factory=list)


@dataclass
class StudentRecord:
    university: str
    university_name: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    #: (label, value): a value is text or a date (written in the report's language)
    details: list[tuple[str, str | dt.date]]
    nominations: list[NominationRecord]
    placements: list[tuple[str, str, str | None, str | dt.date, str | dt.date, str, str, str]]
    attendance: list[tuple[str, str, str | dt.date, str, str]]
    changes: list[tuple[dt.datetime, str, str, str]]
    source: str | None
    #: career-day applications: (event, company, role, where made, applied on, status)
    applications: list[tuple[str, str, str, str, str | dt.date, str]] = field(
        default_factory=list)
    #: who saw the student's data: (when, by whom, how, what)
    seen: Sequence[tuple[dt.datetime, str, str, str]] = field(default_factory=list)

    @property
    def owner(self) -> str:
        return f"{self.university} {self.student_no} {self.name_en or ''} {self.name_zh or ''}"

    def texts(self) -> list[str]:
        """Every piece of text the report prints (for the font check)."""
        out = [self.university_name, self.name_en or "", self.name_zh or ""]
        out += [value for _, value in self.details if isinstance(value, str)]
        out += [n.cohort_name for n in self.nominations]
        out += [note or "" for n in self.nominations for *_, note in n.history]
        out += [cell for row in self.placements for cell in row if isinstance(cell, str)]
        out += [cell for row in self.attendance for cell in row if isinstance(cell, str)]
        out += [cell for row in self.applications for cell in row if isinstance(cell, str)]
        return out


@dataclass
class OutcomeLine:
    """One group of graduates: how many have each outcome, and the three rates as
    (numerator, denominator)."""

    name: str
    graduates: int
    counts: dict[str, int]
    knowledge: tuple[int, int]
    career: tuple[int, int]
    employment: tuple[int, int]


@dataclass
class GraduateOutcomes:
    year: int
    scope: str
    total: OutcomeLine
    by_university: list[OutcomeLine]
    by_faculty: list[OutcomeLine]
    by_programme: list[OutcomeLine]
    #: each outcome's value and its words, in the order the tables print them
    outcomes: list[tuple[str, str]]
