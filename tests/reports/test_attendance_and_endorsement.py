"""Reports 4 and 2 on demo data, their figures checked against an independent count."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from careerdesk.core.db.database import Database
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.report_data import attendance_report, endorsement_list
from careerdesk.core.services.reports import print_attendance, print_endorsement
from tests.reports.test_student_record import pdf_pages, pdf_text

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils (pdftotext) is not installed")


def test_attendance_figures_match_an_independent_count(demo_database: Database,
                                                       tmp_path: Path) -> None:
    with sqlite3.connect(demo_database.file_path) as connection:
        counted = dict(connection.execute(
            "SELECT a.status, count(*) FROM attendance a JOIN event e ON e.id = a.event_id "
            "WHERE e.code = 'AIA-2025' GROUP BY a.status").fetchall())
        by_uni = dict(connection.execute(
            "SELECT u.code, count(*) FROM attendance a JOIN event e ON e.id = a.event_id "
            "JOIN student s ON s.id = a.student_id JOIN university u ON u.id = "
            "s.university_id WHERE e.code = 'AIA-2025' GROUP BY u.code").fetchall())
    with demo_database.session() as session:
        (event,) = attendance_report(session, "aia-2025")
    assert event.registered == sum(counted.values())
    assert event.attended == counted.get("on_site", 0) + counted.get("virtual", 0)
    assert {u: sum(c.values()) for u, c in event.by_university.items()} == by_uni
    out = tmp_path / "attendance.pdf"
    printed = print_attendance(demo_database, "AIA-2025", out)
    text = pdf_text(out)
    assert printed.pages == pdf_pages(out)
    assert f"Registered {event.registered:,}; attended {event.attended:,}" in " ".join(
        text.split())
    assert event.people[0][3] in text  # a Chinese name


def test_registration_times_print_in_hong_kong_time(demo_database: Database,
                                                    tmp_path: Path) -> None:
    """Stored in UTC (01:37), registered at 09:37 in Hong Kong: the list says 09:37."""
    with sqlite3.connect(demo_database.file_path) as connection:
        connection.execute(
            "UPDATE attendance SET registered_at = '2025-02-01 01:37:00.000000' WHERE id = "
            "(SELECT a.id FROM attendance a JOIN event e ON e.id = a.event_id "
            "WHERE e.code = 'AIA-2025' ORDER BY a.id LIMIT 1)")
    with demo_database.session() as session:
        (event,) = attendance_report(session, "AIA-2025")
    assert dt.datetime(2025, 2, 1, 9, 37) in [person[5] for person in event.people]
    out = tmp_path / "attendance.pdf"
    print_attendance(demo_database, "AIA-2025", out)
    assert "01/02/2025 09:37" in pdf_text(out)


def test_endorsement_list_ranked_with_the_quota_line(demo_database: Database,
                                                     tmp_path: Path) -> None:
    with demo_database.session() as session:
        data = endorsement_list(session, "TF-2026", "CUHK")
    ranks = [r.rank for r in data.nominees if r.rank is not None]
    assert ranks == sorted(ranks) and data.quota == 50
    out = tmp_path / "endorse.pdf"
    print_endorsement(demo_database, "TF-2026", "CUHK", None, out)
    text = " ".join(pdf_text(out).split())
    assert "Dean / Associate Dean" in text and "Talent Foundry 2026" in text
    for row in data.nominees[:5]:
        assert row.student_no in text
    with pytest.raises(NotFoundError):
        print_endorsement(demo_database, "TF-2026", "MIT", None, tmp_path / "x.pdf")
    with pytest.raises(NotFoundError, match="no nominations from a faculty"):
        print_endorsement(demo_database, "TF-2026", "CUHK", "Faculty of Magic",
                          tmp_path / "x.pdf")


def test_unknown_event_is_one_sentence(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no event 'NOPE'"):
        print_attendance(demo_database, "NOPE", tmp_path / "a.pdf")


def test_a_whole_universitys_list_groups_faculties_with_their_own_ranks_and_quota_line(
        demo_database: Database, tmp_path: Path) -> None:
    import subprocess

    from PIL import Image
    from sqlalchemy import select

    from careerdesk.core.db.models import Cohort, Nomination, Quota, Student, University

    with demo_database.transaction() as session:  # two faculties' nominees awaiting the Dean
        cohort = session.scalar(select(Cohort).where(Cohort.code == "TF-2026"))
        cuhk = session.scalar(select(University).where(University.code == "CUHK"))
        rows = session.execute(select(Nomination, Student.faculty_id).join(Student).where(
            Nomination.cohort_id == cohort.id, Student.university_id == cuhk.id,
            Student.faculty_id.is_not(None))).all()
        taken = {n.student_id for n, _ in rows}
        faculties: dict[int, list[Nomination]] = {}
        for nomination, faculty_id in rows:
            faculties.setdefault(faculty_id, []).append(nomination)
        extra = session.scalars(select(Student).where(
            Student.university_id == cuhk.id, Student.faculty_id.is_not(None),
            Student.id.not_in(taken)).order_by(Student.id)).all()
        for student in extra[:8]:
            made = Nomination(student_id=student.id, cohort_id=cohort.id, status="nominated")
            session.add(made)
            faculties.setdefault(student.faculty_id, []).append(made)
        session.flush()
        two = [f for f, members in faculties.items() if len(members) >= 2][:2]
        assert len(two) == 2
        for faculty_id in two:
            for rank, nomination in enumerate(faculties[faculty_id], start=1):
                nomination.status, nomination.rank = "nominated", rank
            session.add(Quota(cohort_id=cohort.id, university_id=None, faculty_id=faculty_id,
                              places=1))
        session.add(Nomination(student_id=extra[8].id, cohort_id=cohort.id,
                               status="completed"))  # done: not for the Dean any more
    with demo_database.session() as session:
        data = endorsement_list(session, "TF-2026", "CUHK")
        everything = endorsement_list(session, "TF-2026", "CUHK",
                                      statuses=["draft", "nominated", "submitted",
                                                "completed"])
    assert len(data.groups) >= 2 and data.faculty is None
    assert {r.status for r in data.nominees} <= {"draft", "nominated"}
    assert len(everything.nominees) > len(data.nominees)
    quota_groups = [g for g in data.groups if g.quota == 1]
    assert len(quota_groups) == 2
    for group in quota_groups:
        assert [r.rank for r in group.nominees][:2] == [1, 2]  # restarting per faculty
    out = tmp_path / "whole.pdf"
    print_endorsement(demo_database, "TF-2026", "CUHK", None, out)
    text = " ".join(pdf_text(out).split())
    assert "Faculty" in text and all(g.faculty in text for g in quota_groups)
    assert ".;" not in text and text.count("Dean / Associate Dean") == len(data.groups)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    red = 0
    for page in tmp_path.glob("page*.png"):
        image = Image.open(page).convert("RGB")
        red += sum(1 for r, g, b in image.get_flattened_data() if r > 170 and g < 90 and b < 80)
    assert red > 50  # the quota lines are drawn
