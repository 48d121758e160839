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


def _placed(database: Database, cohort: str) -> list[tuple]:
    with sqlite3.connect(database.file_path) as connection:
        return connection.execute(
            "SELECT s.student_no, s.name_en, s.name_zh, s.email, n.status, o.name_en "
            "FROM placement p JOIN nomination n ON n.id = p.nomination_id "
            "JOIN cohort c ON c.id = n.cohort_id JOIN student s ON s.id = n.student_id "
            "JOIN organisation o ON o.id = p.organisation_id WHERE c.code = ?",
            (cohort,)).fetchall()


def test_a_letter_is_a_letter_not_a_report(demo_database: Database, tmp_path: Path) -> None:
    from careerdesk.core.services.letters import ADDRESS_KEY

    with demo_database.transaction() as session:
        session.add(Setting(key=ADDRESS_KEY, value="Room 101, Main Building\nShatin, N.T."))
    out = tmp_path / "letters.pdf"
    print_letters(demo_database, "TF-2025", out)
    text = pdf_text(out)
    assert "Shatin, N.T." in text and "Room 101, Main Building" in text  # the letterhead
    for report_words in ("Page 1 of", "Generated", "Placement letters —"):
        assert report_words not in text
    assert "as trainee under" not in text


def test_letters_in_chinese_with_chinese_dates(demo_database: Database, tmp_path: Path) -> None:
    placed = _placed(demo_database, "TF-2025")
    out = tmp_path / "letters.pdf"
    printed = print_letters(demo_database, "TF-2025", out, language="zh_HK")
    text = pdf_text(out)
    assert printed.pages == len(placed)
    assert "實習安排確認" in text and "同學：" in text and "謹啟" in text
    assert "年" in text and "月" in text and "日" in text  # 2025年7月1日
    assert "Dear" not in text and "Yours sincerely" not in text


def test_chosen_statuses_and_one_file_and_one_draft_per_student(demo_database: Database,
                                                                tmp_path: Path) -> None:
    import email
    from email import policy

    placed = _placed(demo_database, "TF-2025")
    completed = [row for row in placed if row[4] == "completed"]
    assert completed and len(completed) < len(placed)
    files, drafts = tmp_path / "files", tmp_path / "drafts"
    files.mkdir()
    drafts.mkdir()
    printed = print_letters(demo_database, "TF-2025", tmp_path / "all.pdf",
                            statuses=["completed"], one_file_per_student=files,
                            emails=drafts)
    assert printed.pages == len(completed)
    assert sorted(p.name.split(" ")[0] for p in files.glob("*.pdf")) == sorted(
        row[0] for row in completed)
    with_email = [row for row in completed if row[3]]
    assert len(printed.drafts) == len(with_email) == len(list(drafts.glob("*.eml")))
    assert not list(drafts.glob("*.pdf"))  # the attachments only, not left beside them
    number, name_en, _zh, address, _status, organisation = with_email[0]
    [draft] = [d for d in drafts.glob("*.eml") if d.name.startswith(number)]
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert address in message["To"] and organisation in message["Subject"]
    assert message["X-Unsent"] == "1"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    attached = tmp_path / "attached.pdf"
    attached.write_bytes(attachment.get_content())
    letter = pdf_text(attached)
    assert number in letter and name_en in letter
    others = [row[0] for row in completed if row[0] != number]
    assert not any(other in letter for other in others)  # nobody else's data


def test_letters_for_the_nominations_chosen(demo_database: Database, tmp_path: Path) -> None:
    from sqlalchemy import select

    from careerdesk.core.db.models import Nomination, Placement

    with demo_database.session() as session:
        chosen = session.scalars(select(Placement.nomination_id).join(Nomination)
                                 .order_by(Placement.id).limit(2)).all()
    out = tmp_path / "two.pdf"
    printed = print_letters(demo_database, None, out, nomination_ids=chosen)
    assert printed.pages == pdf_pages(out) == 2
