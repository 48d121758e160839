"""The nomination path and calendar arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerdesk.core.domain.dates import add_months, period_end
from careerdesk.core.domain.statuses import (
    EXITS,
    PATH,
    NominationStatus,
    allowed_moves,
    stages_reached,
)
from careerdesk.core.domain.universities import alias_key

S = NominationStatus


def test_path_moves_one_step_forward_or_off_the_path() -> None:
    assert allowed_moves(S.DRAFT) == {S.NOMINATED, S.INELIGIBLE, S.WITHDRAWN}
    assert allowed_moves(S.OFFERED) == {S.ACCEPTED, S.DECLINED, S.WITHDRAWN}
    assert allowed_moves(S.INTERVIEWED) == {S.OFFERED, S.NOT_SELECTED, S.WITHDRAWN}
    assert allowed_moves(S.PLACED) == {S.COMPLETED, S.WITHDRAWN}
    assert allowed_moves(S.COMPLETED) == set()
    for exit_status in EXITS:
        assert allowed_moves(exit_status) == set()


def test_funnel_stages_are_cumulative() -> None:
    assert stages_reached(S.COMPLETED, list(PATH)) == {s.value for s in PATH}
    withdrawn_after_offer = stages_reached(S.WITHDRAWN, list(PATH[:6]))
    assert "offered" in withdrawn_after_offer and "accepted" not in withdrawn_after_offer


def test_months_clamp_to_month_end_and_leap_years() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)
    assert period_end(dt.date(2025, 7, 1), months=12) == dt.date(2026, 6, 30)
    assert period_end(dt.date(2025, 7, 1), weeks=6) == dt.date(2025, 8, 11)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)),
       st.integers(min_value=0, max_value=240))
def test_add_months_lands_in_the_right_month(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day


def test_a_name_with_its_code_in_brackets_or_after_a_slash_is_read_in_parts() -> None:
    from careerdesk.core.domain.universities import alias_key_parts

    assert alias_key_parts("The Chinese University of Hong Kong (CUHK)") == [
        alias_key("Chinese University of Hong Kong"), "cuhk"]
    assert alias_key_parts("香港理工大學 / PolyU") == [alias_key("香港理工大學"), "polyu"]
    assert alias_key_parts("CUHK - 香港中文大學") == ["cuhk", alias_key("香港中文大學")]
    assert alias_key_parts("HKU-SPACE") == ["hkuspace"]  # a hyphen inside a name is no break


def test_alias_keys_fold_case_width_punctuation_and_the() -> None:
    assert alias_key("The Chinese University of Hong Kong") == alias_key(
        "chinese university of hong kong")
    assert alias_key("ＣＵＨＫ") == alias_key("C.U.H.K.") == "cuhk"


def test_every_name_people_type_names_one_university_only() -> None:
    """An alias added for one university must never be another's: the readers take the
    first they meet, and a student would be filed under the wrong university."""
    from careerdesk.core.domain.universities import UNIVERSITIES, seed_aliases

    owners: dict[str, set[str]] = {}
    for seed in UNIVERSITIES:
        for alias in seed_aliases(seed):
            owners.setdefault(alias_key(alias), set()).add(seed.code)
    assert {key: codes for key, codes in owners.items() if len(codes) > 1} == {}
    assert owners[alias_key("City University")] == {"CityU"}
    assert owners[alias_key("Univ. of Hong Kong")] == {"HKU"}


def test_faculty_names_compare_with_or_without_their_unit_words() -> None:
    from careerdesk.core.domain.faculties import faculty_key

    same = ["Faculty of Engineering", "Engineering", "engineering faculty",
            "The Faculty of Engineering", "School of  Engineering", "ENGINEERING",
            "Faculty of Engg", "ENGG", "SENG", "FENG", "College of Engineering (CENG)",
            "School of Engineering（SENG）", "工程學院", "工學院"]
    assert {faculty_key(name) for name in same} == {"engineering"}
    assert faculty_key("Faculty of Business & Economics") == faculty_key(
        "Business and Economics")
    assert faculty_key("Faculty of Science") != faculty_key("Faculty of Social Science")
    assert faculty_key("Faculty") == "faculty"  # never nothing
    assert faculty_key("SSCI") == faculty_key("理學院") == faculty_key("Faculty of Science") \
        != faculty_key("SBM")


@pytest.mark.parametrize("written, code", [
    ("HK Poly U", "PolyU"), ("Univ. of HK", "HKU"), ("HK Univ. of Sci. & Tech.", "HKUST"),
    ("City U of HK", "CityU"), ("Chinese U. of HK", "CUHK"), ("HK Baptist Univ", "HKBU"),
    ("The Hong Kong University of Science and Technology", "HKUST"), ("PolyU", "PolyU"),
    ("CUHK (Shenzhen)", None)])
def test_universities_are_known_by_their_words_however_shortened(
        written: str, code: str | None) -> None:
    from careerdesk.core.domain.universities import alias_key, builtin_aliases

    assert builtin_aliases().get(alias_key(written)) == code
