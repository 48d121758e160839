"""Every report in Traditional Chinese (Hong Kong): Chinese headings in the PDF's text
layer, none of the English ones left, dates written 2026年6月30日, values in words."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from careerdesk.core.db.database import Database
from careerdesk.core.services import reports
from careerdesk.messages import speaker
from tests.reports.test_student_record import pdf_text

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils (pdftotext) is not installed")


def _student(database: Database) -> tuple[str, str]:
    with sqlite3.connect(database.file_path) as connection:
        return connection.execute(
            "SELECT u.code, s.student_no FROM student s JOIN university u ON u.id = "
            "s.university_id JOIN nomination n ON n.student_id = s.id JOIN placement p ON "
            "p.nomination_id = n.id LIMIT 1").fetchone()


def _printed(kind: str, database: Database, out: Path, language: str) -> None:
    if kind == "placement":
        reports.print_placement_report(database, out, cohort="TF-2025", language=language)
    elif kind == "nominations":
        reports.print_endorsement(database, "TF-2026", "CUHK", None, out, language=language)
    elif kind == "attendance":
        reports.print_attendance(database, "AIA-2025", out, language=language)
    else:
        university, number = _student(database)
        reports.print_student_record(database, university, number, out, language=language)


#: (report, Chinese words it must print, English words it must not print)
CASES = [
    ("placement", ["實習安排報告", "主要數字", "提名漏斗", "按大學", "第 1 頁，共"],
     ["Headline figures", "Nomination funnel", "By university", "Page 1 of", "Generated"]),
    ("nominations", ["待批核提名", "院長／副院長", "批核 —", "排名", "草稿、已提名"],
     ["Ranked nominees", "Endorsement", "Why not (yet) eligible", "Page 1 of"]),
    ("attendance", ["活動出席報告", "出席率", "登記"],
     ["Event attendance", "Attendance rate", "Registered only", "Page 1 of"]),
    ("student", ["學生記錄", "個人資料", "記錄的修改", "學士"],
     ["Student record", "Personal details", "bachelor", "Page 1 of", "/2026"]),
]


@pytest.mark.parametrize(("kind", "chinese", "english"), CASES)
def test_each_report_in_chinese(demo_database: Database, tmp_path: Path, kind: str,
                                chinese: list[str], english: list[str]) -> None:
    out = tmp_path / f"{kind}.pdf"
    _printed(kind, demo_database, out, "zh_HK")
    text = pdf_text(out)
    for words in chinese:
        assert words in text, words
    for words in english:
        assert words not in text, words
    assert "年" in text and "月" in text  # dates as 2026年6月30日


@pytest.mark.parametrize(("kind", "chinese", "english"), CASES)
def test_each_report_in_english_keeps_its_words(demo_database: Database, tmp_path: Path,
                                                kind: str, chinese: list[str],
                                                english: list[str]) -> None:
    out = tmp_path / f"{kind}.pdf"
    _printed(kind, demo_database, out, "en")
    text = pdf_text(out)
    assert "Page 1 of" in text and "第 1 頁" not in text


def test_the_shipped_catalogue_is_the_translation_compiled(tmp_path: Path) -> None:
    """The command line's Chinese (i18n/zh_HK.json) is the .ts file's, as the script
    writes it (run scripts/update_translations.py after editing translations)."""
    import json
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    source = ET.parse(root / "resources" / "translations" / "careerdesk_zh_HK.ts").getroot()
    expected = {m.findtext("source"): m.findtext("translation")
                for context in source.iter("context") if not context.findtext("name")
                for m in context.iter("message") if m.findtext("translation")}
    shipped = json.loads((root / "src" / "careerdesk" / "i18n" / "zh_HK.json").read_text(
        encoding="utf-8"))
    assert shipped == expected
    assert speaker("zh_HK")("Page {page} of {pages}") == "Page {page} of {pages}"  # plain text
