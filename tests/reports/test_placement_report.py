"""Report 1, the placement report: figures against an independent count, and the PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from careerdesk.core.db.database import Database
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.report_data import FUNNEL, placement_report
from careerdesk.core.services.reports import print_placement_report
from tests.reports.test_student_record import pdf_pages, pdf_text

PATH = ["draft", "nominated", "submitted", "shortlisted", "interviewed", "offered",
        "accepted", "placed", "completed"]


def independent_funnel(db: Path, cohort: str, university: str | None = None) -> dict:
    """Each nomination counts at every stage up to the furthest its history reached."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT n.id, sc.to_status FROM nomination n JOIN cohort c ON c.id = n.cohort_id "
            "JOIN student s ON s.id = n.student_id JOIN university u ON u.id = "
            "s.university_id JOIN status_change sc ON sc.nomination_id = n.id "
            "WHERE c.code = ? AND (? IS NULL OR u.code = ?)",
            (cohort, university, university)).fetchall()
    furthest: dict[int, int] = {}
    for nomination, status in rows:
        if status in PATH:
            furthest[nomination] = max(furthest.get(nomination, -1), PATH.index(status))
    return {stage: sum(1 for f in furthest.values() if f >= PATH.index(stage))
            for stage in FUNNEL}


def test_figures_match_an_independent_count(demo_database: Database) -> None:
    with demo_database.session() as session:
        report = placement_report(session, cohort="TF-2025", today=dt.date(2026, 11, 23))
        cuhk = placement_report(session, cohort="TF-2025", university="CUHK")
    expected = independent_funnel(demo_database.file_path, "TF-2025")
    assert report.funnel == expected
    assert report.placement_rate == expected["placed"] / expected["submitted"]
    assert report.acceptance_rate == expected["accepted"] / expected["offered"]
    assert report.quota_use == expected["submitted"] / 300
    assert cuhk.funnel == independent_funnel(demo_database.file_path, "TF-2025", "CUHK")
    assert sum(b.submitted for b in report.by_university) == expected["submitted"]
    assert report.completion_rate is not None  # 2025 placements have ended by now


def test_the_pdf_prints_the_figures_and_names(demo_database: Database, tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    out = tmp_path / "placements.pdf"
    printed = print_placement_report(demo_database, out, cohort="TF-2025")
    with demo_database.session() as session:
        report = placement_report(session, cohort="TF-2025")
    text = " ".join(pdf_text(out).split())
    assert printed.pages == pdf_pages(out)
    assert f"Submitted {report.funnel['submitted']:,}" in text
    assert f"{100 * report.placement_rate:.1f}%" in text
    chinese = next(p.name_zh for p in report.placements if p.name_zh)
    assert chinese in text
    with demo_database.session() as session:
        hkbu = placement_report(session, cohort="TF-2025", university="HKBU")
    counts = [n for b in hkbu.by_faculty + hkbu.by_track for n in (b.submitted, b.placed)]
    assert any(0 < n < 3 for n in counts), "the demo has small HKBU counts to hide"
    small = tmp_path / "small.pdf"
    print_placement_report(demo_database, small, cohort="TF-2025", university="HKBU",
                           small_counts=True)
    assert "<3" in pdf_text(small)
    plain = tmp_path / "plain.pdf"
    print_placement_report(demo_database, plain, cohort="TF-2025", university="HKBU")
    assert "<3" not in pdf_text(plain)


def test_unknown_scope_is_one_sentence(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no cohort"):
        print_placement_report(demo_database, tmp_path / "x.pdf", cohort="NOPE")
    with pytest.raises(NotFoundError, match="no university"):
        print_placement_report(demo_database, tmp_path / "x.pdf", cohort="TF-2025",
                               university="MIT")


def test_long_tables_repeat_their_header_and_keep_every_row(tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    from reportlab.lib.units import mm

    from careerdesk.reports.document import ReportSettings, build_pdf, long_table, styles
    from careerdesk.reports.fonts import find_chinese_font

    settings = ReportSettings(font=find_chinese_font())
    rows = [(f"1155{i:06d}", f"陳大文 {i}", "A long organisation name that has to wrap " * (
        i % 3 + 1)) for i in range(400)]
    out = tmp_path / "long.pdf"
    pages = build_pdf(out, long_table(["Student no.", "Chinese name", "Organisation"], rows,
                                      styles(settings.font), [30 * mm, 40 * mm, 100 * mm]),
                      settings, title="Long", subject="test")
    text = pdf_text(out)
    assert pages == pdf_pages(out) > 5
    assert text.count("Student no.") == pages  # the header on every page
    for number, name, _ in rows[::37]:
        assert number in text and name in text
    assert all(f"1155{i:06d}" in text for i in range(400))  # no row lost at a page break


def test_long_tables_print_every_character_as_typed(tmp_path: Path) -> None:
    """Brackets and backslashes (PDF string syntax), accented Western letters (WinAnsi) and
    Chinese in the same cell come back from the text layer exactly."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    from reportlab.lib.units import mm

    from careerdesk.reports.document import ReportSettings, build_pdf, long_table, styles
    from careerdesk.reports.fonts import find_chinese_font

    settings = ReportSettings(font=find_chinese_font())
    values = ["CHAN (Tai) Man", r"back\slash \n", "José Müller–Ng", "陳大文 (Peter) 陳",
              "((unbalanced", "€ 5,000 · 50%"]
    out = tmp_path / "chars.pdf"
    build_pdf(out, long_table(["Value", "Again"], [(v, v) for v in values],
                              styles(settings.font), [80 * mm, 80 * mm]),
              settings, title="Characters", subject="test")
    text = pdf_text(out)
    for value in values:
        assert text.count(value) == 2, value


def test_a_phase_completed_before_its_end_date_counts_as_ended(demo_database: Database) -> None:
    """Completion rate counts phases that have ended: by date, or completed / ended early."""
    long_ago = dt.date(2000, 1, 1)  # before every end date: only the status says it ended
    with sqlite3.connect(demo_database.file_path) as connection:
        finished = connection.execute(
            "SELECT count(DISTINCT n.id) FROM placement p "
            "JOIN nomination n ON n.id = p.nomination_id "
            "JOIN cohort c ON c.id = n.cohort_id WHERE c.code = 'TF-2025' "
            "AND p.status IN ('completed', 'ended_early') AND NOT EXISTS (SELECT 1 FROM "
            "placement o WHERE o.nomination_id = n.id AND o.status NOT IN "
            "('completed', 'ended_early'))").fetchone()[0]
    assert finished
    with demo_database.session() as session:
        report = placement_report(session, cohort="TF-2025", today=long_ago)
    assert report.placed_and_ended == finished
    assert report.completion_rate == report.completed_of_ended / finished
