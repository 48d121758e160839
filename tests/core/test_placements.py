"""Placements from accepted offers, with phases dated from the cohort's durations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Cohort,
    Nomination,
    Organisation,
    Phase,
    Placement,
    Programme,
    Student,
    University,
)
from careerdesk.core.domain.placements import PhaseLength, lay_out_phases
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.placements import place_nomination, set_placement_status

TLT = [PhaseLength("Internship at HKSTP", months=2), PhaseLength("R&D role", months=24)]


def test_tlt_phases_run_end_to_end() -> None:
    laid = lay_out_phases(dt.date(2026, 7, 1), TLT)
    assert [(p.start, p.end) for p in laid] == [
        (dt.date(2026, 7, 1), dt.date(2026, 8, 31)), (dt.date(2026, 9, 1), dt.date(2028, 8, 31))]


def test_month_ends_and_leap_years() -> None:
    laid = lay_out_phases(dt.date(2027, 12, 31), [PhaseLength("a", months=2),
                                                  PhaseLength("b", weeks=6)])
    assert laid[0].end == dt.date(2028, 2, 28)  # 31 Dec + 2 months → 29 Feb 2028 − 1 day
    assert laid[1].start == dt.date(2028, 2, 29) and laid[1].end == dt.date(2028, 4, 10)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)),
       st.lists(st.tuples(st.integers(0, 36), st.integers(0, 52)), min_size=1, max_size=4))
def test_phases_never_overlap_or_leave_gaps(start: dt.date, lengths: list) -> None:
    laid = lay_out_phases(start, [PhaseLength(str(i), m or None, w or None)
                                  for i, (m, w) in enumerate(lengths)])
    assert laid[0].start == start
    for before, after in zip(laid, laid[1:], strict=False):
        assert after.start == before.end + dt.timedelta(days=1)
    assert all(p.start <= p.end for p in laid)


@pytest.fixture
def accepted(database: Database) -> tuple[Database, int]:
    with database.transaction() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        cohort = Cohort(programme=Programme(code="TLT", name_en="TLT", kind="talent_programme"),
                        code="TLT-2026", name="TLT 2026", year=2026,
                        phases=[Phase(seq=1, name="Internship at HKSTP", duration_months=2),
                                Phase(seq=2, name="R&D role", duration_months=24)])
        student = Student(university_id=cuhk, student_no="1155000001", name_zh="陳大文")
        session.add_all([cohort, student, Organisation(name_en="SenseTime", theme="ai")])
        session.flush()
        nomination = Nomination(student_id=student.id, cohort_id=cohort.id, status="accepted")
        session.add(nomination)
        session.flush()
        return database, nomination.id


def test_an_accepted_offer_becomes_a_placement(accepted: tuple[Database, int]) -> None:
    database, nomination_id = accepted
    summary = place_nomination(database, nomination_id, "sensetime", dt.date(2026, 7, 1),
                               monthly_salary=Decimal("32000"))
    assert summary.end == dt.date(2028, 8, 31) and len(summary.phases) == 2
    with pytest.raises(ConflictError, match="already has a placement"):
        place_nomination(database, nomination_id, "SenseTime", dt.date(2026, 7, 1))
    set_placement_status(database, summary.id, "completed", "full_time_offer", "Offered R&D post")
    with database.session() as session:
        placement = session.scalar(select(Placement))
        assert (placement.status, placement.outcome) == ("completed", "full_time_offer")
        assert placement.monthly_salary == Decimal("32000")


def test_only_an_accepted_offer_becomes_a_placement(accepted: tuple[Database, int]) -> None:
    database, nomination_id = accepted
    with database.transaction() as session:
        session.get(Nomination, nomination_id).status = "offered"
    with pytest.raises(ConflictError, match="only an accepted offer|Only an accepted offer"):
        place_nomination(database, nomination_id, "SenseTime", dt.date(2026, 7, 1))


def test_upcoming_windows_placements_and_quota_use(demo_database: Database) -> None:
    from careerdesk.core.services.overview import upcoming

    with demo_database.session() as session:
        soon = upcoming(session, dt.date(2026, 3, 10))
        later = upcoming(session, dt.date(2026, 4, 10))
        starts = session.execute(select(Placement.start_date)).scalars().all()
    assert {w.cohort for w in soon.windows_closing} >= {"TF-2026", "PROCRUITC-2026"}
    assert later.windows_closing == []
    day = min(starts)
    around = upcoming(demo_database.session(), day - dt.timedelta(days=5))
    assert any(p.starting and p.day == day for p in around.placements)
    totals = {q.cohort: q for q in soon.quotas if q.university is None}
    assert totals["TLT-2025"].places == 8 and 0 <= totals["TLT-2025"].used <= 12
    assert any(q.university == "CUHK" for q in soon.quotas)
