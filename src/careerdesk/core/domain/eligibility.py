"""Eligibility rules as data: each rule kind, its parameters, and a plain-language verdict.

Pure functions over plain facts. A rule passes, fails, or is "unknown" when a value it
needs is missing: never a guess. Every verdict carries a sentence saying why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from careerdesk.core.domain.choices import RuleKind


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"


@dataclass(slots=True)
class StudentFacts:
    university: str
    faculty: str | None = None
    award_level: str | None = None
    year_of_study: int | None = None
    graduation_date: dt.date | None = None
    hk_resident: bool | None = None
    employment_status: str | None = None
    full_time_months: int | None = None
    consent_to_share: bool | None = None


@dataclass(slots=True)
class RuleResult:
    rule: str
    result: Verdict
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"rule": self.rule, "result": self.result.value, "reason": self.reason}


_AWARD_WORDS = {"sub_degree": "sub-degree", "bachelor": "bachelor's degree",
                "master": "master's degree", "doctorate": "doctorate"}


def _words(levels: Iterable[str]) -> str:
    return ", ".join(_AWARD_WORDS.get(level, level) for level in levels)


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def evaluate_rule(kind: str, params: Mapping[str, Any], facts: StudentFacts) -> RuleResult:
    """The verdict of one rule on one student."""
    return compile_rule(kind, params)(facts)


def compile_rule(kind: str, params: Mapping[str, Any]) -> Callable[[StudentFacts], RuleResult]:
    """One rule ready to judge many students (a cohort's rules are compiled once)."""
    rule = RuleKind(kind).value
    check = _CHECKS[RuleKind(kind)]
    frozen = dict(params)

    def judge(facts: StudentFacts) -> RuleResult:
        return RuleResult(rule, *check(frozen, facts))

    return judge


def overall(results: Iterable[RuleResult]) -> Verdict:
    verdicts = {r.result for r in results}
    if Verdict.FAIL in verdicts:
        return Verdict.FAIL
    if Verdict.UNKNOWN in verdicts:
        return Verdict.UNKNOWN
    return Verdict.PASS


def _award_levels(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    allowed = list(params.get("levels") or [])
    if facts.award_level is None:
        return Verdict.UNKNOWN, "The student's award level is not recorded."
    if facts.award_level in allowed:
        level = _AWARD_WORDS.get(facts.award_level, facts.award_level)
        return Verdict.PASS, f"Award level {level} is allowed."
    return Verdict.FAIL, (f"Award level {_words([facts.award_level])} is not allowed "
                          f"(allowed: {_words(allowed)}).")


def _yes_no(value: bool | None, unknown: str, yes: str, no: str) -> tuple[Verdict, str]:
    """A rule that asks one recorded yes/no: unknown when it is not recorded."""
    if value is None:
        return Verdict.UNKNOWN, unknown
    return (Verdict.PASS, yes) if value else (Verdict.FAIL, no)


def _hk_resident(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    return _yes_no(facts.hk_resident,
                   "Whether the student is a Hong Kong resident is not recorded.",
                   "The student is a Hong Kong resident.",
                   "The student is not a Hong Kong resident.")


def _unemployed(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    if facts.employment_status is None:
        return Verdict.UNKNOWN, "The student's employment status is not recorded."
    if facts.employment_status == "employed":
        return Verdict.FAIL, "The student is employed at present."
    return Verdict.PASS, f"The student is not employed at present ({facts.employment_status})."


def _max_months(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    months = facts.full_time_months
    if "less_than" in params:
        limit, ok = int(params["less_than"]), (lambda m: m < int(params["less_than"]))
        wording = f"fewer than {limit}"
    else:
        limit, ok = int(params.get("at_most", 0)), (lambda m: m <= int(params.get("at_most", 0)))
        wording = f"at most {limit}"
    if months is None:
        return Verdict.UNKNOWN, "The student's months of full-time work are not recorded."
    if ok(months):
        return Verdict.PASS, f"Full-time work of {months} months ({wording} allowed)."
    return Verdict.FAIL, f"Full-time work of {months} months; {wording} are allowed."


def _graduation_between(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    start, end = _date(params.get("from")), _date(params.get("to"))
    day = facts.graduation_date
    window = (f"the window of {start} to {end}" if start and end else
              f"the window from {start}" if start else f"the window up to {end}")
    if day is None:
        return Verdict.UNKNOWN, "The student's graduation date is not recorded."
    if start and day < start:
        return Verdict.FAIL, f"Graduated {day}, before {window}."
    if end and day > end:
        return Verdict.FAIL, f"Graduates {day}, after {window}."
    return Verdict.PASS, f"Graduation {day} is within {window}."


def _universities(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    codes = [c.casefold() for c in params.get("codes") or []]
    if facts.university.casefold() in codes:
        return Verdict.PASS, f"{facts.university} is one of the universities allowed."
    return Verdict.FAIL, (f"{facts.university} is not one of the universities allowed "
                          f"({', '.join(params.get('codes') or [])}).")


def _faculties(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    names = [n.casefold() for n in params.get("names") or []]
    if facts.faculty is None:
        return Verdict.UNKNOWN, "The student's faculty is not recorded."
    if facts.faculty.casefold() in names:
        return Verdict.PASS, f"{facts.faculty} is one of the faculties allowed."
    return Verdict.FAIL, f"{facts.faculty} is not one of the faculties allowed."


def _min_year(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    minimum = int(params.get("year", 1))
    if facts.year_of_study is None:
        return Verdict.UNKNOWN, "The student's year of study is not recorded."
    if facts.year_of_study >= minimum:
        return Verdict.PASS, f"Year {facts.year_of_study} of study (year {minimum} or above)."
    return Verdict.FAIL, f"Year {facts.year_of_study} of study; year {minimum} or above needed."


def _consent(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    return _yes_no(facts.consent_to_share,
                   "Whether the student consents to share data is not recorded.",
                   "The student consents to share data with the programme.",
                   "The student has not consented to share data with the programme.")


_CHECKS = {
    RuleKind.AWARD_LEVELS: _award_levels, RuleKind.HK_RESIDENT: _hk_resident,
    RuleKind.UNEMPLOYED: _unemployed, RuleKind.MAX_FULL_TIME_MONTHS: _max_months,
    RuleKind.GRADUATION_BETWEEN: _graduation_between, RuleKind.UNIVERSITIES: _universities,
    RuleKind.FACULTIES: _faculties, RuleKind.MIN_YEAR_OF_STUDY: _min_year,
    RuleKind.CONSENT: _consent,
}

#: Which student fact each rule needs: "unknown" happens exactly when it is missing.
NEEDS = {
    RuleKind.AWARD_LEVELS: "award_level", RuleKind.HK_RESIDENT: "hk_resident",
    RuleKind.UNEMPLOYED: "employment_status", RuleKind.MAX_FULL_TIME_MONTHS: "full_time_months",
    RuleKind.GRADUATION_BETWEEN: "graduation_date", RuleKind.UNIVERSITIES: "university",
    RuleKind.FACULTIES: "faculty", RuleKind.MIN_YEAR_OF_STUDY: "year_of_study",
    RuleKind.CONSENT: "consent_to_share",
}
