"""Nominating by hand, and histories that speak of their own nomination only."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Cohort,
    EligibilityRule,
    Nomination,
    Organisation,
    Placement,
    Programme,
    StatusChange,
    Student,
    Track,
    University,
)
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.services.nominations import (
    candidates,
    move_nominations,
    nominate,
)

OPEN_DAY = dt.date(2026, 2, 1)


@pytest.fixture
def procruit(database: Database) -> Database:
    """PROcruit C 2026 (Hong Kong residents only, a Technology track) and three CUHK
    students: 1 and 2 residents, 3 not."""
    with database.transaction() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        programme = Programme(code="PROCRUITC", name_en="PROcruit C", kind="talent_programme")
        cohort = Cohort(programme=programme, code="PROCRUITC-2026", name="PROcruit C 2026",
                        year=2026, opens_on=dt.date(2026, 1, 1), closes_on=dt.date(2026, 3, 31))
        session.add(cohort)
        session.flush()
        session.add(Track(cohort_id=cohort.id, code="TECH", name="Technology for Good"))
        session.add(EligibilityRule(cohort_id=cohort.id, seq=1, kind="hk_resident", params={}))
        for number, resident in (("1", True), ("2", True), ("3", False)):
            session.add(Student(university_id=cuhk, student_no=f"115500000{number}",
                                name_en=f"Student {number}", hk_resident=resident))
    return database


def _ids(database: Database, *numbers: str) -> list[int]:
    with database.session() as session:
        found = dict(session.execute(select(Student.student_no, Student.id)).all())
    return [found[f"115500000{n}"] for n in numbers]


def _notes(database: Database) -> dict[str, list[str | None]]:
    with database.session() as session:
        notes: dict[str, list[str | None]] = {}
        for number, note in session.execute(
                select(Student.student_no, StatusChange.note)
                .join(Nomination, StatusChange.nomination_id == Nomination.id)
                .join(Student, Nomination.student_id == Student.id).order_by(StatusChange.id)):
            notes.setdefault(number, []).append(note)
        return notes


def test_candidates_show_each_students_eligibility(procruit: Database) -> None:
    with procruit.session() as session:
        shown = candidates(session, "procruitc-2026", _ids(procruit, "3", "1"))
    assert [c.student_no for c in shown] == ["1155000003", "1155000001"]
    assert [c.eligibility.value for c in shown] == ["fail", "pass"]
    assert shown[0].problem == ("1155000003 fails the cohort's rules: The student is not a "
                                "Hong Kong resident.")


def test_nominating_three_with_one_failing_needs_a_reason_kept_in_that_history_only(
        procruit: Database) -> None:
    ids = _ids(procruit, "1", "2", "3")
    with pytest.raises(ConflictError, match="1155000003 fails the cohort's rules") as refused:
        nominate(procruit, "PROCRUITC-2026", ids, track="tech")
    assert refused.value.code == "override_needed"
    with procruit.session() as session:
        assert session.scalar(select(Nomination.id)) is None  # nobody was nominated

    result = nominate(procruit, "PROCRUITC-2026", ids, track="tech", note="Dean's list",
                      override="Permanent residency granted last week")
    assert result.nominated == ["1155000001", "1155000002", "1155000003"]
    notes = _notes(procruit)
    assert notes["1155000001"] == notes["1155000002"] == ["Dean's list"]
    assert notes["1155000003"] == [
        "Dean's list Exception: Permanent residency granted last week (1155000003 fails the "
        "cohort's rules: The student is not a Hong Kong resident.)"]
    with procruit.session() as session:
        rows = session.execute(select(Nomination.status, Nomination.rank, Track.code)
                               .join(Track, Nomination.track_id == Track.id)
                               .order_by(Nomination.rank)).all()
        who = session.scalars(select(StatusChange.changed_by)).all()
    assert [tuple(r) for r in rows] == [("nominated", 1, "TECH"), ("nominated", 2, "TECH"),
                                        ("nominated", 3, "TECH")]
    assert set(who) == {"tester"}


def test_a_student_nominated_already_or_an_unknown_track_is_refused(procruit: Database) -> None:
    nominate(procruit, "PROCRUITC-2026", _ids(procruit, "1"))
    with pytest.raises(ConflictError, match="1155000001 is already nominated to "
                                            "PROCRUITC-2026 \\(nominated\\)"):
        nominate(procruit, "PROCRUITC-2026", _ids(procruit, "2", "1"))
    with pytest.raises(NotFoundError, match="PROCRUITC-2026 has no track 'CREATIVITY' "
                                            "\\(TECH\\)"):
        nominate(procruit, "PROCRUITC-2026", _ids(procruit, "2"), track="CREATIVITY")


def test_a_batch_submitted_with_an_exception_notes_each_its_own_reasons(
        procruit: Database) -> None:
    """Before, every history of the batch said "1155000003 fails the cohort's rules: …",
    and the student-record PDF of 1155000001 printed it."""
    nominate(procruit, "PROCRUITC-2026", _ids(procruit, "1", "2", "3"), override="Appeal")
    move_nominations(procruit, "PROCRUITC-2026", "submitted",
                     ["1155000001", "1155000002", "1155000003"], today=OPEN_DAY,
                     override="Appeal upheld")
    notes = _notes(procruit)
    assert notes["1155000001"][-1] is None and notes["1155000002"][-1] is None
    assert notes["1155000003"][-1] == ("Exception: Appeal upheld (1155000003 fails the "
                                       "cohort's rules: The student is not a Hong Kong "
                                       "resident.)")

    # A reason every nomination shares (the window has closed) is in each history.
    with procruit.transaction() as session:
        session.add(Student(university_id=1, student_no="1155000004", hk_resident=True))
    nominate(procruit, "PROCRUITC-2026", _ids(procruit, "4"))
    move_nominations(procruit, "PROCRUITC-2026", "submitted", ["1155000004"],
                     today=dt.date(2026, 4, 2), override="Late form from the Dean")
    assert _notes(procruit)["1155000004"][-1] == (
        "Exception: Late form from the Dean (The application window of PROCRUITC-2026 closed "
        "on 2026-03-31.)")


def test_completing_a_placement_before_it_ends_needs_a_reason(procruit: Database) -> None:
    nominate(procruit, "PROCRUITC-2026", _ids(procruit, "1"))
    with procruit.transaction() as session:
        nomination = session.scalar(select(Nomination))
        nomination.status = "placed"
        host = Organisation(name_en="SenseTime", theme="ai")
        session.add(host)
        session.flush()
        session.add(Placement(nomination_id=nomination.id, organisation_id=host.id,
                              start_date=dt.date(2026, 7, 1), end_date=dt.date(2027, 6, 30),
                              status="started"))
    with pytest.raises(ConflictError, match="The placement of 1155000001 ends on 2027-06-30, "
                                            "after today") as refused:
        move_nominations(procruit, "PROCRUITC-2026", "completed", ["1155000001"],
                         today=dt.date(2027, 1, 4))
    assert refused.value.code == "override_needed"
    move_nominations(procruit, "PROCRUITC-2026", "completed", ["1155000001"],
                     today=dt.date(2027, 1, 4), override="Converted to full-time early")
    with procruit.session() as session:
        assert session.scalar(select(Placement.status)) == "completed"
