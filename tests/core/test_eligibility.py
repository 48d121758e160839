"""Eligibility rules: each kind's verdicts, and "unknown" exactly when a needed value is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerdesk.core.domain.choices import RuleKind
from careerdesk.core.domain.eligibility import (
    NEEDS,
    StudentFacts,
    Verdict,
    evaluate_rule,
    overall,
)

FULL = StudentFacts(university="PolyU", faculty="Faculty of Engineering", award_level="bachelor",
                    year_of_study=3, graduation_date=dt.date(2025, 6, 30), hk_resident=True,
                    employment_status="unemployed", full_time_months=1, consent_to_share=True)
PARAMS = {
    RuleKind.AWARD_LEVELS: {"levels": ["sub_degree", "bachelor"]},
    RuleKind.HK_RESIDENT: {}, RuleKind.UNEMPLOYED: {},
    RuleKind.MAX_FULL_TIME_MONTHS: {"less_than": 3},
    RuleKind.GRADUATION_BETWEEN: {"from": "2024-07-01", "to": "2025-06-30"},
    RuleKind.UNIVERSITIES: {"codes": ["PolyU", "CUHK"]},
    RuleKind.FACULTIES: {"names": ["Faculty of Engineering"]},
    RuleKind.MIN_YEAR_OF_STUDY: {"year": 2}, RuleKind.CONSENT: {},
}


@pytest.mark.parametrize("kind", list(RuleKind))
def test_a_student_who_meets_every_rule_passes_each(kind: RuleKind) -> None:
    result = evaluate_rule(kind, PARAMS[kind], FULL)
    assert result.result is Verdict.PASS and result.reason.endswith(".")


@pytest.mark.parametrize("kind, change", [
    (RuleKind.AWARD_LEVELS, {"award_level": "master"}),
    (RuleKind.HK_RESIDENT, {"hk_resident": False}),
    (RuleKind.UNEMPLOYED, {"employment_status": "employed"}),
    (RuleKind.MAX_FULL_TIME_MONTHS, {"full_time_months": 3}),
    (RuleKind.GRADUATION_BETWEEN, {"graduation_date": dt.date(2023, 6, 30)}),
    (RuleKind.GRADUATION_BETWEEN, {"graduation_date": dt.date(2025, 7, 1)}),
    (RuleKind.UNIVERSITIES, {"university": "HKU"}),
    (RuleKind.FACULTIES, {"faculty": "Faculty of Arts"}),
    (RuleKind.MIN_YEAR_OF_STUDY, {"year_of_study": 1}),
    (RuleKind.CONSENT, {"consent_to_share": False}),
])
def test_each_rule_fails_with_a_reason(kind: RuleKind, change: dict) -> None:
    result = evaluate_rule(kind, PARAMS[kind], dataclasses.replace(FULL, **change))
    assert result.result is Verdict.FAIL


def test_reasons_say_what_and_why() -> None:
    late = dataclasses.replace(FULL, graduation_date=dt.date(2023, 6, 30))
    reason = evaluate_rule(RuleKind.GRADUATION_BETWEEN, PARAMS[RuleKind.GRADUATION_BETWEEN],
                           late).reason
    assert reason == "Graduated 2023-06-30, before the window of 2024-07-01 to 2025-06-30."
    months = evaluate_rule(RuleKind.MAX_FULL_TIME_MONTHS, {"less_than": 3},
                           dataclasses.replace(FULL, full_time_months=5)).reason
    assert "5 months" in months and "fewer than 3" in months and months.startswith("Full")


def test_overall_fail_beats_unknown_beats_pass() -> None:
    results = [evaluate_rule(k, PARAMS[k], FULL) for k in RuleKind]
    assert overall(results) is Verdict.PASS
    unknown = dataclasses.replace(FULL, hk_resident=None)
    assert overall(evaluate_rule(k, PARAMS[k], unknown) for k in RuleKind) is Verdict.UNKNOWN
    failing = dataclasses.replace(unknown, consent_to_share=False)
    assert overall(evaluate_rule(k, PARAMS[k], failing) for k in RuleKind) is Verdict.FAIL


facts = st.builds(
    StudentFacts,
    university=st.sampled_from(["CUHK", "CityU", "HKBU", "PolyU", "HKUST", "HKU"]),
    faculty=st.none() | st.sampled_from(["Faculty of Engineering", "Faculty of Arts"]),
    award_level=st.none() | st.sampled_from(["sub_degree", "bachelor", "master", "doctorate"]),
    year_of_study=st.none() | st.integers(1, 6),
    graduation_date=st.none() | st.dates(dt.date(2018, 1, 1), dt.date(2030, 12, 31)),
    hk_resident=st.none() | st.booleans(),
    employment_status=st.none() | st.sampled_from(["employed", "unemployed", "studying"]),
    full_time_months=st.none() | st.integers(0, 60),
    consent_to_share=st.none() | st.booleans(),
)


@given(facts, st.sampled_from(list(RuleKind)))
def test_unknown_exactly_when_the_needed_value_is_missing(student: StudentFacts,
                                                          kind: RuleKind) -> None:
    result = evaluate_rule(kind, PARAMS[kind], student)
    missing = getattr(student, NEEDS[kind]) is None
    assert (result.result is Verdict.UNKNOWN) == missing
    assert result.reason and result.reason[0].isupper() and result.reason.endswith(".")


@pytest.mark.parametrize("allowed", ["Engineering", "faculty of engineering",
                                     "School of Engineering", "Engineering Faculty"])
def test_a_faculty_rule_names_a_faculty_however_it_is_written(allowed: str) -> None:
    """A coordinator sets the rule to "Engineering"; the student's faculty is stored as
    "Faculty of Engineering": the same faculty, as the importer reads them."""
    result = evaluate_rule(RuleKind.FACULTIES, {"names": [allowed]}, FULL)
    assert result.result is Verdict.PASS
