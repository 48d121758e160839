"""Demo data: realistic, complete, consistent, all-or-nothing."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from sqlalchemy import func, select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Attendance,
    Cohort,
    EligibilityRule,
    Event,
    Nomination,
    Organisation,
    Phase,
    Placement,
    PlacementPhase,
    StatusChange,
    Student,
    Track,
)
from careerdesk.core.domain.statuses import PATH, NominationStatus
from careerdesk.core.errors import CancelledError, ConflictError
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.progress import Progress


def _count(session, column) -> int:
    return session.scalar(select(func.count(column)))


def test_demo_data_covers_the_whole_domain(database: Database) -> None:
    summary = fill_demo_data(database, 600)
    with database.session() as session:
        assert _count(session, Student.id) == summary.students == 600
        assert _count(session, Organisation.id) > 40  # the career days' companies too
        names = set(session.scalars(select(Organisation.name_en)))
        for partner in ("SenseTime", "TCL", "UMEC", "Intact Financial Corporation",
                        "Lee's Pharmaceutical Holdings"):
            assert partner in names
        cohorts = set(session.scalars(select(Cohort.code)))
        assert {"TF-2025", "TF-2026", "PROCRUITC-2025", "PROCRUITC-2026", "TLT-2025",
                "TLT-2026"} <= cohorts
        procruit = session.scalar(select(Cohort).where(Cohort.code == "PROCRUITC-2026"))
        assert {t.code for t in session.scalars(select(Track).where(
            Track.cohort_id == procruit.id))} == {"TECH", "CREATIVITY", "BUSINESS", "HEALTHCARE"}
        rules = {r.kind: r.params for r in session.scalars(select(EligibilityRule).where(
            EligibilityRule.cohort_id == procruit.id))}
        assert rules["max_full_time_months"] == {"less_than": 3}
        assert {"hk_resident", "unemployed", "award_levels"} <= set(rules)
        tlt = session.scalar(select(Cohort).where(Cohort.code == "TLT-2026"))
        phases = session.scalars(select(Phase).where(Phase.cohort_id == tlt.id)
                                 .order_by(Phase.seq)).all()
        assert [p.duration_months for p in phases] == [2, 24]
        statuses = Counter(session.scalars(select(Nomination.status)))
        assert set(statuses) == {s.value for s in NominationStatus}
        assert session.scalar(select(func.count(Event.id))) >= 1
        assert _count(session, Attendance.id) == summary.attendances > 0
        names_zh = session.scalars(select(Student.name_zh).where(Student.name_zh.is_not(None)))
        assert any("陳" in name for name in names_zh)


def test_history_and_placements_agree_with_each_status(database: Database) -> None:
    fill_demo_data(database, 400)
    with database.session() as session:
        for nomination in session.scalars(select(Nomination)):
            moves = session.scalars(select(StatusChange).where(
                StatusChange.nomination_id == nomination.id).order_by(StatusChange.id)).all()
            assert moves[0].from_status is None and moves[0].to_status == "draft"
            assert moves[-1].to_status == nomination.status
            assert all(a.to_status == b.from_status for a, b in itertools.pairwise(moves))
            reached = {m.to_status for m in moves}
            placement = session.scalar(select(Placement).where(
                Placement.nomination_id == nomination.id))
            placed_path = {"accepted", "placed", "completed"}
            assert (placement is not None) == bool(
                nomination.status in placed_path or "placed" in reached)
        for placement in session.scalars(select(Placement)):
            phases = session.scalars(select(PlacementPhase).where(
                PlacementPhase.placement_id == placement.id)).all()
            assert all(p.start_date <= p.end_date for p in phases)
            if phases:
                assert placement.end_date == max(p.end_date for p in phases)
        assert {s.value for s in PATH} <= set(session.scalars(select(StatusChange.to_status)))


def test_the_career_days_at_their_scale_with_applications_along_their_path(
        database: Database) -> None:
    """4,000 students (the default): the AI day at its real scale."""
    from careerdesk.core.db.models import Application, EventRole
    from careerdesk.core.domain.statuses import ApplicationStatus

    summary = fill_demo_data(database)
    with database.session() as session:
        def of_day(column, code: str, *where) -> int:  # noqa: ANN001
            return session.scalar(select(func.count(column)).join(Event).where(
                Event.code == code, *where))

        came = Attendance.status.in_(("on_site", "virtual"))
        assert 2_800 <= of_day(Attendance.id, "AIA-2025", came) <= 3_200
        assert of_day(EventRole.id, "AIA-2025") == 1_000
        assert session.scalar(select(func.count(func.distinct(EventRole.organisation_id)))
                              .join(Event).where(Event.code == "AIA-2025")) == 150
        assert 7_000 <= of_day(Application.id, "AIA-2025") <= 9_000
        assert of_day(Application.id, "MICRO-2026") > 500
        assert summary.applications == _count(session, Application.id)
        assert set(session.scalars(select(Application.channel))) == {"onsite", "online"}
        assert set(session.scalars(select(Application.status))) == {
            s.value for s in ApplicationStatus}
        for application in session.scalars(select(Application).limit(400)):
            moves = session.scalars(select(StatusChange).where(
                StatusChange.application_id == application.id).order_by(StatusChange.id)).all()
            assert moves[0].from_status is None and moves[0].to_status == "applied"
            assert moves[-1].to_status == application.status
            assert all(a.to_status == b.from_status for a, b in itertools.pairwise(moves))
        hired = session.scalar(select(func.count(Placement.id)).where(
            Placement.application_id.is_not(None)))
        accepted = session.scalar(select(func.count(Application.id)).where(
            Application.status == "accepted"))
        assert 0 < hired <= accepted


def test_same_seed_same_data(tmp_path) -> None:
    def names(path) -> list[str]:
        db = Database.open(path)
        fill_demo_data(db, 50, seed=7)
        with db.session() as session:
            result = list(session.scalars(select(Student.name_zh).order_by(Student.id)))
        db.close()
        return result

    assert names(tmp_path / "a.sqlite3") == names(tmp_path / "b.sqlite3")


def test_demo_refuses_a_database_with_students(database: Database) -> None:
    fill_demo_data(database, 10)
    with pytest.raises(ConflictError, match="already holds 10 students"):
        fill_demo_data(database, 10)


def test_cancel_leaves_the_database_as_it_was(database: Database) -> None:
    progress = Progress()
    seen = []

    def report(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message == "Students":
            progress.cancel()

    progress.report = report
    with pytest.raises(CancelledError):
        fill_demo_data(database, 200, progress=progress)
    with database.session() as session:
        assert _count(session, Student.id) == 0
        assert _count(session, Organisation.id) == 0
    assert "Students" in seen
