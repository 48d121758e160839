"""Report 3: placement letters, one page per student, from the office's template."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Setting
from careerdesk.core.services.reports import LETTER_KEY, print_letters
from tests.reports.test_student_record import pdf_pages, pdf_text

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils (pdftotext) is not installed")


def test_one_letter_a_placement_with_the_merged_fields(demo_database: Database,
                                                       tmp_path: Path) -> None:
    with sqlite3.connect(demo_database.file_path) as connection:
        placed = connection.execute(
            "SELECT s.name_zh, o.name_en FROM placement p JOIN nomination n ON n.id = "
            "p.nomination_id JOIN cohort c ON c.id = n.cohort_id JOIN student s ON s.id = "
            "n.student_id JOIN organisation o ON o.id = p.organisation_id WHERE c.code = "
            "'TF-2025'").fetchall()
    out = tmp_path / "letters.pdf"
    printed = print_letters(demo_database, "TF-2025", out)
    assert printed.pages == pdf_pages(out) == len(placed)
    text = pdf_text(out)
    for name_zh, organisation in placed[:10]:
        assert name_zh in text and organisation in text


def test_the_template_is_the_offices_and_prints_as_typed(demo_database: Database,
                                                          tmp_path: Path) -> None:
    with demo_database.transaction() as session:
        session.add(Setting(key=LETTER_KEY, value=(
            "<b>Dear</b> {name_en} & {name_zh},\n\nWelcome to {organisation} on {start}. "
            "{unknown} stays.\n\n{office}")))
    out = tmp_path / "letters.pdf"
    print_letters(demo_database, "TF-2025", out)
    text = " ".join(pdf_text(out).split())
    assert "<b>Dear</b>" in text and "{unknown} stays." in text and "Welcome to" in text
