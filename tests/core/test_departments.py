"""A department gives its faculty: the six universities' departments are reference data
(shipped, editable), so a list titled "Department of Computing" gives PolyU's students the
Faculty of Computer and Mathematical Sciences too, and so does the student form."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from careerdesk.core.db import migrate
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Department, Faculty, Student
from careerdesk.core.domain.departments import department_key
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.departments import (
    add_department,
    departments,
    faculty_of_department,
    remove_department,
)
from careerdesk.core.services.importing import ImportOptions, import_file
from careerdesk.core.services.student_editing import create_student
from tests.files import xlsx
from tests.older_databases import older_database

COMPUTING = "Faculty of Computer and Mathematical Sciences"


def _faculties(database: Database) -> dict[str, str | None]:
    with database.session() as session:
        return dict(session.execute(
            select(Student.student_no, Faculty.name_en)
            .outerjoin(Faculty, Student.faculty_id == Faculty.id)).all())


def test_a_department_is_one_however_it_is_written() -> None:
    for written in ("Department of Computing", "Dept. of Computing", "Computing Department",
                    "COMPUTING", " department  of computing "):
        assert department_key(written) == "computing"
    assert department_key("電子計算學系") == department_key("電子計算")
    assert department_key("Dept of Electrical & Electronic Engineering") == department_key(
        "Department of Electrical and Electronic Engineering")


def test_a_list_titled_with_a_department_gives_its_students_the_faculty(
        database: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "computing.xlsx", [
        ["The Hong Kong Polytechnic University"],
        ["Department of Computing — PROcruit C nominees"],
        [],
        ["Student No.", "English Name", "Email"],
        *[[f"2{n:07d}D", f"CHAN Tai Man {n}", f"s{n}@connect.polyu.hk"] for n in range(64)]])
    result, _ = import_file(database, path, ImportOptions())
    assert result.created == 64
    assert set(_faculties(database).values()) == {COMPUTING}
    said = [p.message for p in result.issues if p.code == "faculty_from_department"]
    assert said == [f"Where a student's faculty was not given, it was taken from their "
                    f"department: Department of Computing → {COMPUTING}."]


def test_a_department_column_fills_only_the_faculties_not_given(database: Database,
                                                                tmp_path: Path) -> None:
    path = xlsx(tmp_path / "mixed.xlsx", [
        ["Student No.", "English Name", "University", "Faculty", "Dept."],
        ["1155000001", "CHAN Tai Man", "CUHK", "", "Dept. of Electronic Engineering"],
        ["1155000002", "WONG Siu Ming", "CUHK", "Faculty of Science", "Electronic Engineering"],
        ["1155000003", "LEE Ka Yan", "CUHK", "", "Department of Basket Weaving"],
        ["20000004D", "HO Ka Ho", "PolyU", "", "Electronic Engineering"]])
    import_file(database, path, ImportOptions())
    assert _faculties(database) == {"1155000001": "Faculty of Engineering",
                                    "1155000002": "Faculty of Science",  # (as written)
                                    "1155000003": None, "20000004D": None}


def test_the_student_form_gives_the_departments_faculty(database: Database) -> None:
    create_student(database, {"university": "HKUST", "student_no": "20912345",
                              "name_en": "CHAN Tai Man",
                              "department": "Computer Science and Engineering"})
    create_student(database, {"university": "HKUST", "student_no": "20912346",
                              "name_en": "WONG Siu Ming", "faculty": "School of Science",
                              "department": "Computer Science and Engineering"})
    assert _faculties(database) == {"20912345": "School of Engineering",
                                    "20912346": "School of Science"}


def test_an_office_adds_moves_and_removes_departments(database: Database) -> None:
    add_department(database, "polyu", "Faculty of Humanities", "Department of Language Science "
                   "and Technology", name_zh="語言科學及技術學系")
    add_department(database, "PolyU", "Faculty of Engineering", "dept of computing")
    with database.session() as session:
        uid = session.scalar(select(Department.university_id).limit(1).where(
            Department.key == "computing"))
        assert uid is not None
        assert faculty_of_department(session, uid, "Computing") == "Faculty of Engineering"
        rows = {r.name: r for r in departments(session, "PolyU")}
    assert rows["dept of computing"].name_zh == "電子計算學系"  # (kept: the same department)
    assert rows["Department of Language Science and Technology"].faculty == (
        "Faculty of Humanities")
    remove_department(database, "PolyU", "Computing")
    with pytest.raises(NotFoundError, match="PolyU has no department 'Computing'"):
        remove_department(database, "PolyU", "Computing")
    with database.session() as session:
        assert "dept of computing" not in {r.name for r in departments(session, "PolyU")}


def test_every_university_has_its_departments_from_the_first_start(database: Database) -> None:
    with database.session() as session:
        counted = {r.university for r in departments(session)}
    assert counted == {"CUHK", "CityU", "HKBU", "HKU", "HKUST", "PolyU"}


def test_an_older_database_gets_the_departments_when_upgraded(database_url: str) -> None:
    older_database(database_url, "0010")
    db = Database.open(database_url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Department)) > 140
            assert {r.university for r in departments(session)} == {
                "CUHK", "CityU", "HKBU", "HKU", "HKUST", "PolyU"}
    finally:
        db.close()
