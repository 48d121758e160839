"""Report 5, the student record: opens, counts its pages, holds the real characters, and
prints any text exactly as typed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Nomination, Student, University
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.reports import print_student_record

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils (pdftotext) is not installed")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


def a_nominated_student(database: Database) -> tuple[str, str, str]:
    with database.session() as session:
        student = session.scalars(select(Student).join(Nomination).where(
            Student.name_zh.is_not(None))).first()
        code = session.get(University, student.university_id).code
        return code, student.student_no, student.name_zh


def test_student_record_holds_everything_and_the_chinese_name(demo_database: Database,
                                                              tmp_path: Path) -> None:
    university, number, name_zh = a_nominated_student(demo_database)
    out = tmp_path / "record.pdf"
    printed = print_student_record(demo_database, university, number, out)
    assert printed.pages == pdf_pages(out) >= 1 and printed.unprintable == []
    text = pdf_text(out)
    for expected in (name_zh, number, "Personal details", "Nominations", "Placements",
                     "Events", "Changes to the record", f"Page 1 of {printed.pages}"):
        assert expected in text, expected
    with demo_database.session() as session:
        nominations = session.scalars(select(Nomination).join(Student).where(
            Student.student_no == number)).all()
    for nomination in nominations:
        assert nomination.status.replace("_", " ") in text
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    from PIL import Image

    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert page.getextrema()[0] < 100  # there is dark ink: the page is not blank


def test_markup_and_very_long_names_print_as_typed(demo_database: Database,
                                                   tmp_path: Path) -> None:
    university, number, _ = a_nominated_student(demo_database)
    weird = '<b>CHAN</b> & <font size=40>Tai</font> <img src="x.png"/> ' + "Man " * 75
    with demo_database.transaction() as session:
        student = session.scalar(select(Student).where(Student.student_no == number))
        student.name_en, student.notes = weird.strip(), "陳大文 & <i>notes</i>"
    out = tmp_path / "weird.pdf"
    print_student_record(demo_database, university, number, out)
    flat = " ".join(pdf_text(out).split())
    assert "<b>CHAN</b> & <font size=40>Tai</font>" in flat
    assert '<img src="x.png"/>' in flat and "<i>notes</i>" in flat


def test_an_unknown_student_is_one_sentence(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no student 999 at CUHK"):
        print_student_record(demo_database, "CUHK", "999", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_record_prints_its_times_in_hong_kong_time(demo_database: Database,
                                                      tmp_path: Path) -> None:
    """Times are stored in UTC; a person reads Hong Kong time. A registration made at 09:37
    in Hong Kong (01:37 UTC) and a change made at 23:30 UTC (07:30 the next morning in Hong
    Kong) print as the coordinator knows them."""
    import datetime as dt

    from careerdesk.core.db.models import Attendance, AuditEntry, Event

    university, number, _ = a_nominated_student(demo_database)
    with demo_database.transaction() as session:
        student = session.scalar(select(Student).where(Student.student_no == number))
        event = session.scalar(select(Event).where(Event.code == "AIA-2025"))
        session.query(Attendance).filter_by(student_id=student.id).delete()
        session.add(Attendance(event_id=event.id, student_id=student.id, status="on_site",
                               registered_at=dt.datetime(2025, 2, 1, 1, 37)))
        student.updated_at = dt.datetime(2026, 3, 4, 23, 30)
        session.add(AuditEntry(table_name="student", row_id=student.id, action="update",
                               changed_by="tester", at=dt.datetime(2026, 3, 4, 23, 30),
                               changes={"notes": [None, "met at the career day"]}))
    out = tmp_path / "times.pdf"
    print_student_record(demo_database, university, number, out)
    text = pdf_text(out)
    assert "01/02/2025 09:37" in text and "01:37" not in text
    assert text.count("05/03/2026 07:30") == 2  # last changed; the change itself
    assert "04/03/2026 23:30" not in text


def test_changes_an_import_made_are_in_the_record(tmp_path: Path) -> None:
    """An access request sees every change, those made by imports too (before, the record
    said "No changes recorded" after an import changed the email and the mobile)."""
    from careerdesk.core.services.importing import ImportOptions, import_file
    from careerdesk.core.services.reports import print_student_record
    from careerdesk.core.services.student_editing import create_student
    from tests.files import xlsx

    database = Database.open(tmp_path / "office.sqlite3")
    create_student(database, {"university": "CUHK", "student_no": "1155000001",
                              "name_en": "CHAN Tai Man", "email": "old@link.cuhk.edu.hk"})
    listing = xlsx(tmp_path / "update.xlsx", [["Student No.", "English Name", "Email"],
                                              ["1155000001", "CHAN Tai Man",
                                               "new.address@link.cuhk.edu.hk"]])
    result, _plan = import_file(database, listing, ImportOptions(university="CUHK"))
    assert result.updated == 1
    out = tmp_path / "record.pdf"
    print_student_record(database, "CUHK", "1155000001", out)
    text = " ".join(pdf_text(out).split())
    assert "No changes recorded" not in text
    assert "import of" in text and "update.xlsx" in text
    assert "new.address@link.cuhk.edu.hk" in text
    assert "old@link.cuhk.edu.hk" in text  # before → after
    database.close()
