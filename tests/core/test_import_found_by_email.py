"""Rows with no student number whose email is a stored student's: a list the programme
sends back ("Name, Email, University, Application Status"), an event's registrations. The
row is that student's when the email is theirs alone and the row's names and university (if
it has any) are theirs; otherwise it is rejected, as a row with no number always was, and
says whose the email is."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Attendance, Student, University
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.importing import ImportOptions, import_file
from tests.core.stored import nomination_statuses
from tests.files import HEADERS, xlsx

TF = ImportOptions(cohort="TF-2026")
STUDENTS = [["1155000001", "TANG Kwan Yiu, Eric", "鄧筠耀", "eric.tang@link.cuhk.edu.hk",
             "91234567", "CUHK"],
            ["1155000002", "LEE Ka Yan", "李嘉欣", "ky.lee@link.cuhk.edu.hk", "", "CUHK"],
            ["1155000003", "HO Wing Sze", "", "shared@link.cuhk.edu.hk", "", "CUHK"],
            ["1155000004", "HO Wing Man", "", "shared@link.cuhk.edu.hk", "", "CUHK"]]


@pytest.fixture
def office(database: Database, tmp_path: Path) -> Database:
    """A demo office whose four students above were nominated to TF-2026."""
    fill_demo_data(database, 20)
    import_file(database, xlsx(tmp_path / "first.xlsx", [HEADERS, *STUDENTS]), TF)
    return database


def statuses(database: Database) -> dict[str, str]:
    return nomination_statuses(database, "115500000_")


def test_a_list_sent_back_without_student_numbers_finds_students_by_email(
        office: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "back.xlsx", [
        ["Name", "Email", "University", "Application Status"],
        ["Eric TANG", "ERIC.TANG@link.cuhk.edu.hk", "CUHK", "Withdrawn"],  # his, shorter
        ["WONG Ka Yan", "ky.lee@link.cuhk.edu.hk", "CUHK", "Withdrawn"],  # someone else
        ["LEE Ka Yan", "ky.lee@link.cuhk.edu.hk", "HKU", "Withdrawn"],  # another university
        ["HO Wing Sze", "shared@link.cuhk.edu.hk", "CUHK", "Withdrawn"],  # two have it
        ["NG Siu Ming", "nobody@link.cuhk.edu.hk", "CUHK", "Withdrawn"]])  # no one has it
    result = import_file(office, path, TF)[0]
    assert (result.unchanged, result.rejected, result.moved) == (1, 4, 1)
    assert statuses(office) == {"1155000001": "withdrawn", "1155000002": "nominated",
                                "1155000003": "nominated", "1155000004": "nominated"}
    assert [(i.row, i.code) for i in result.issues] == [
        (2, "nomination_moved"), (2, "student_found_by_email"), (3, "missing_student_no"),
        (4, "missing_student_no"), (5, "missing_student_no"), (6, "missing_student_no")]
    assert result.issues[1].message == (
        "This row has no student number; its email address is that of TANG Kwan Yiu, Eric "
        "(1155000001, CUHK) in CareerDesk, so it was taken as theirs.")
    assert result.issues[2].message == (
        "This row has no student number. The row was not imported. Its email address is that "
        "of LEE Ka Yan (1155000002, CUHK) in CareerDesk, but the row's name or university is "
        "not theirs; it was not taken as theirs.")
    assert "name or university is not theirs" in result.issues[3].message
    assert result.issues[4].message == result.issues[5].message == (
        "This row has no student number. The row was not imported.")
    with office.session() as session:  # the stored name is kept
        assert session.scalar(select(Student.name_en).where(
            Student.student_no == "1155000001")) == "TANG Kwan Yiu, Eric"


def test_a_registration_without_a_student_number_is_the_student_with_its_email(
        office: Database, tmp_path: Path) -> None:
    path = tmp_path / "registrations.csv"
    path.write_text("Registration ID,Full Name,Email,University,Student Number,Attendance\n"
                    "AIA-1,LEE Ka Yan,ky.lee@link.cuhk.edu.hk,CUHK,,On-site\n"
                    "AIA-2,CHAN Tai Man,tm.chan@gmail.com,CUHK,,Virtual\n", encoding="utf-8")
    result = import_file(office, path, ImportOptions(event="AIA-2025"))[0]
    assert (result.attendances, result.rejected) == (1, 1)
    with office.session() as session:
        assert session.scalars(select(Student.student_no).join(
            Attendance, Attendance.student_id == Student.id).where(
            Attendance.import_batch_id == result.batch)).all() == ["1155000002"]


def test_a_list_of_several_universities_without_a_university_column_goes_by_email(
        office: Database, tmp_path: Path) -> None:
    """No University column, and the emails name several universities: each student's is
    the one their address names (asking for one university for the whole file would file
    them all under it); a row whose address does not say is a stored student's if the
    address is theirs, else rejected."""
    with office.transaction() as session:  # Eric uses his own address, stored so
        session.execute(update(Student).where(Student.student_no == "1155000001")
                        .values(email="eric.tang@gmail.com"))
    rows = [["1155000001", "TANG Kwan Yiu, Eric", "eric.tang@gmail.com"]]
    result = import_file(office, xlsx(tmp_path / "several.xlsx", [
        ["Student No.", "Name", "Email"], *rows,
        ["1155000101", "CHAN Tai Man", "tm@link.cuhk.edu.hk"],
        ["3035000102", "LEE Ka Yan", "ky@connect.hku.hk"],
        ["20000103", "HO Siu Ming", "sm@gmail.com"]]), ImportOptions())[0]
    assert (result.created, result.unchanged, result.rejected) == (2, 1, 1)
    assert [(i.row, i.code) for i in result.issues] == [
        (0, "university_from_emails"), (2, "student_found_by_email"),
        (5, "missing_university")]
    assert result.issues[0].message == (
        "The file has no University column; each student's university was taken from their "
        "email address (CUHK, HKU); a row whose address does not say was not imported.")
    assert result.issues[1].message.startswith("This row has no university; its email "
                                               "address is that of TANG Kwan Yiu, Eric")
    with office.session() as session:
        assert dict(session.execute(select(Student.student_no, University.code).join(
            University, Student.university_id == University.id).where(
            Student.student_no.in_(["1155000101", "3035000102"]))).all()) == {
            "1155000101": "CUHK", "3035000102": "HKU"}
