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

from careerdesk.core.domain.choices import AwardLevel, RuleKind
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.messages import Message, msg


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


@dataclass(frozen=True, slots=True)
class RuleResult:
    rule: str
    result: Verdict
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"rule": self.rule, "result": self.result.value, "reason": self.reason}


_AWARD_WORDS = {"sub_degree": msg("sub-degree"), "bachelor": msg("bachelor's degree"),
                "master": msg("master's degree"), "doctorate": msg("doctorate")}


def _words(levels: Iterable[str]) -> str:
    words = [_AWARD_WORDS.get(level, level) for level in levels]
    return words[0] if len(words) == 1 else ", ".join(words)


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def evaluate_rule(kind: str, params: Mapping[str, Any], facts: StudentFacts) -> RuleResult:
    """The verdict of one rule on one student."""
    return compile_rule(kind, params)(facts)


def compile_rule(kind: str, params: Mapping[str, Any]) -> Callable[[StudentFacts], RuleResult]:
    """One rule ready to judge many students (a cohort's rules are compiled once).

    A rule reads one fact of the student (``NEEDS``), so students with the same value get
    the same verdict: it is worked out once per value and shared (20,000 nominations hold a
    few hundred results, not 80,000, which also keeps the window's memory walks short)."""
    rule = RuleKind(kind).value
    check = _CHECKS[RuleKind(kind)]
    frozen = dict(params)
    needs = NEEDS[RuleKind(kind)]
    judged: dict[Any, RuleResult] = {}

    def judge(facts: StudentFacts) -> RuleResult:
        value = getattr(facts, needs)
        found = judged.get(value)
        if found is None:
            found = judged[value] = RuleResult(rule, *check(frozen, facts))
        return found

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
        return Verdict.UNKNOWN, msg("The student's award level is not recorded.")
    if facts.award_level in allowed:
        return Verdict.PASS, msg("Award level {level} is allowed.",
                                 level=_words([facts.award_level]))
    return Verdict.FAIL, msg("Award level {level} is not allowed (allowed: {allowed}).",
                             level=_words([facts.award_level]), allowed=_words(allowed))


def _yes_no(value: bool | None, unknown: str, yes: str, no: str) -> tuple[Verdict, str]:
    """A rule that asks one recorded yes/no: unknown when it is not recorded."""
    if value is None:
        return Verdict.UNKNOWN, unknown
    return (Verdict.PASS, yes) if value else (Verdict.FAIL, no)


_RESIDENT = (msg("Whether the student is a Hong Kong resident is not recorded."),
             msg("The student is a Hong Kong resident."),
             msg("The student is not a Hong Kong resident."))


def _hk_resident(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    return _yes_no(facts.hk_resident, *_RESIDENT)


def _unemployed(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    if facts.employment_status is None:
        return Verdict.UNKNOWN, msg("The student's employment status is not recorded.")
    if facts.employment_status == "employed":
        return Verdict.FAIL, msg("The student is employed at present.")
    return Verdict.PASS, msg("The student is not employed at present ({status}).",
                             status=facts.employment_status)


def _max_months(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    months = facts.full_time_months
    if "less_than" in params:
        limit, ok = int(params["less_than"]), (lambda m: m < int(params["less_than"]))
        wording = msg("fewer than {limit}", limit=limit)
    else:
        limit, ok = int(params.get("at_most", 0)), (lambda m: m <= int(params.get("at_most", 0)))
        wording = msg("at most {limit}", limit=limit)
    if months is None:
        return Verdict.UNKNOWN, msg("The student's months of full-time work are not recorded.")
    if ok(months):
        return Verdict.PASS, msg("Full-time work of {months} months ({allowed} allowed).",
                                 months=months, allowed=wording)
    return Verdict.FAIL, msg("Full-time work of {months} months; {allowed} are allowed.",
                             months=months, allowed=wording)


def _graduation_between(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    start, end = _date(params.get("from")), _date(params.get("to"))
    day = facts.graduation_date
    window = (msg("the window of {start} to {end}", start=start, end=end) if start and end else
              msg("the window from {start}", start=start) if start else
              msg("the window up to {end}", end=end))
    if day is None:
        return Verdict.UNKNOWN, msg("The student's graduation date is not recorded.")
    if start and day < start:
        return Verdict.FAIL, msg("Graduated {day}, before {window}.", day=day, window=window)
    if end and day > end:
        return Verdict.FAIL, msg("Graduates {day}, after {window}.", day=day, window=window)
    return Verdict.PASS, msg("Graduation {day} is within {window}.", day=day, window=window)


def _universities(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    codes = [c.casefold() for c in params.get("codes") or []]
    if facts.university.casefold() in codes:
        return Verdict.PASS, msg("{university} is one of the universities allowed.",
                                 university=facts.university)
    return Verdict.FAIL, msg("{university} is not one of the universities allowed ({allowed}).",
                             university=facts.university,
                             allowed=", ".join(params.get("codes") or []))


def _faculties(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    names = {faculty_key(n) for n in params.get("names") or []}
    if facts.faculty is None:
        return Verdict.UNKNOWN, msg("The student's faculty is not recorded.")
    if faculty_key(facts.faculty) in names:
        return Verdict.PASS, msg("{faculty} is one of the faculties allowed.",
                                 faculty=facts.faculty)
    return Verdict.FAIL, msg("{faculty} is not one of the faculties allowed.",
                             faculty=facts.faculty)


def _min_year(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    minimum = int(params.get("year", 1))
    if facts.year_of_study is None:
        return Verdict.UNKNOWN, msg("The student's year of study is not recorded.")
    if facts.year_of_study >= minimum:
        return Verdict.PASS, msg("Year {year} of study (year {minimum} or above).",
                                 year=facts.year_of_study, minimum=minimum)
    return Verdict.FAIL, msg("Year {year} of study; year {minimum} or above needed.",
                             year=facts.year_of_study, minimum=minimum)


_CONSENT = (msg("Whether the student consents to share data is not recorded."),
            msg("The student consents to share data with the programme."),
            msg("The student has not consented to share data with the programme."))


def _consent(params: Mapping[str, Any], facts: StudentFacts) -> tuple[Verdict, str]:
    return _yes_no(facts.consent_to_share, *_CONSENT)


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


# -- what each kind of rule is set with ----------------------------------------------------------
class RuleParameters(StrEnum):
    """What a rule of a kind is set with (its ``params``): the editor's widgets, the check
    below and the judging above all go by it."""

    NONE = "none"  # nothing: a yes or no the student has
    LEVELS = "levels"  # {"levels": ["bachelor", …]}
    MONTHS = "months"  # {"less_than": 3} (or, in older rules, {"at_most": 2})
    DATES = "dates"  # {"from": "2025-01-01", "to": "2026-08-31"}, either may be None
    UNIVERSITIES = "universities"  # {"codes": ["CUHK", …]}
    FACULTIES = "faculties"  # {"names": ["Engineering", …]}
    YEAR = "year"  # {"year": 3}


@dataclass(frozen=True)
class RuleShape:
    label: Message  # how a coordinator reads the rule: "Award level is one of"
    parameters: RuleParameters


RULE_SHAPES: dict[RuleKind, RuleShape] = {
    RuleKind.AWARD_LEVELS: RuleShape(msg("Award level is one of"), RuleParameters.LEVELS),
    RuleKind.HK_RESIDENT: RuleShape(msg("Hong Kong resident"), RuleParameters.NONE),
    RuleKind.UNEMPLOYED: RuleShape(msg("Unemployed at the moment of application"),
                                   RuleParameters.NONE),
    RuleKind.MAX_FULL_TIME_MONTHS: RuleShape(msg("Months of full-time work fewer than"),
                                             RuleParameters.MONTHS),
    RuleKind.GRADUATION_BETWEEN: RuleShape(msg("Graduated between"), RuleParameters.DATES),
    RuleKind.UNIVERSITIES: RuleShape(msg("University is one of"), RuleParameters.UNIVERSITIES),
    RuleKind.FACULTIES: RuleShape(msg("Faculty is one of"), RuleParameters.FACULTIES),
    RuleKind.MIN_YEAR_OF_STUDY: RuleShape(msg("Year of study at least"), RuleParameters.YEAR),
    RuleKind.CONSENT: RuleShape(msg("Consents to share data"), RuleParameters.NONE),
}


def rule_problem(kind: RuleKind, params: Mapping[str, Any]) -> Message | None:
    """What a rule of ``kind`` set with ``params`` lacks to be judged (None: nothing)."""
    shape = RULE_SHAPES[kind].parameters
    if shape is RuleParameters.LEVELS:
        levels = params.get("levels") or []
        if not levels or not set(levels) <= {a.value for a in AwardLevel}:
            return msg("choose one or more award levels")
    elif shape is RuleParameters.MONTHS:
        limit = params.get("less_than", params.get("at_most"))
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
            return msg("give the number of months")
    elif shape is RuleParameters.DATES:
        try:
            dates = [_date(params.get(key)) for key in ("from", "to")]
        except ValueError:
            return msg("give the dates as YYYY-MM-DD")
        start, end = dates
        if not (start or end) or (start and end and end < start):
            return msg("give a first and/or last graduation date, the first before the last")
    elif shape is RuleParameters.UNIVERSITIES and not params.get("codes"):
        return msg("choose the universities allowed")
    elif shape is RuleParameters.FACULTIES and not params.get("names"):
        return msg("choose the faculties allowed")
    elif shape is RuleParameters.YEAR and (not isinstance(params.get("year"), int)
                                           or params["year"] < 1):
        return msg("give the lowest year of study")
    return None
