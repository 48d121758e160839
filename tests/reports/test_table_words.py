"""Table cells wrap between words (and between Chinese characters), never inside a Latin
word: "Organisation", not "Organisatio / n"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from careerdesk.reports.document import ReportSettings, build_pdf, fit_words, styles, table
from careerdesk.reports.fonts import find_chinese_font
from tests.reports.test_student_record import pdf_text


def test_a_column_too_narrow_for_its_word_borrows_room() -> None:
    widths = fit_words([8 * mm, 60 * mm, 20 * mm], ["Rank", "Organisation", "Ends"],
                       [["12", "Hong Kong Science and Technology Parks", "CREATIVITY"]], 8.5)
    assert widths[0] > 8 * mm and sum(widths) == pytest.approx(88 * mm)
    assert fit_words([30 * mm], ["陳大文學院很長的中文名稱沒有空格"], [], 8.5) == [30 * mm]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_words_print_whole_in_narrow_columns(tmp_path: Path) -> None:
    settings = ReportSettings(font=find_chinese_font())
    s = styles(settings.font)
    story = [table(["Rank", "Organisation", "Theme"],
                   [["1", "Pearl Semiconductor Limited", "CREATIVITY"]], s,
                   [7 * mm, 14 * mm, 60 * mm])]
    out = tmp_path / "t.pdf"
    build_pdf(out, story, settings, title="t", subject="t")
    words = pdf_text(out).split()
    for word in ("Rank", "Organisation", "CREATIVITY", "Semiconductor"):
        assert word in words, word
