"""Lists laid out as people lay them out: a faculty's list in a section per department, and
an online form's export whose headings are its questions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Nomination, Student
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.importing import ImportOptions, import_file
from tests.files import xlsx


@pytest.fixture
def office(database: Database) -> Database:
    fill_demo_data(database, 5)
    return database


def _stored(database: Database) -> dict[str, tuple]:
    with database.session() as session:
        rows = session.execute(select(
            Student.student_no, Student.department, Student.name_en, Student.name_zh,
            Student.employment_status, Student.full_time_months)
            .where(Student.student_no.like("5612%"))).all()
    return {number: tuple(rest) for number, *rest in rows}


HEADINGS = ["No.", "Student ID", "English Name", "Chinese Name", "Email", "Rank"]


def _person(n: int, rank: int | str) -> list:
    return [rank, f"5612{n:04d}", f"CHAN Student {n}", "陳大文", f"s{n}@my.cityu.edu.hk", rank]


def test_a_list_in_sections_by_department_gives_each_student_their_department(
        office: Database, tmp_path: Path) -> None:
    """A College's list with a row naming each department above its students (in the first
    column, or in the names' column) and no Department column: each student is filed under
    their section's department, and the headings are neither students nor notes. Each
    department ranks its own from 1: no rank is "repeated". A note naming a department
    under the list ("Prepared by: …") heads nothing."""
    rows = [["City University of Hong Kong — College of Engineering, Talent Foundry 2026"],
            [], HEADINGS,
            ["Department of Electrical Engineering (EE)"], _person(1, 1), _person(2, 2),
            [None, None, "2. 電子工程學系"], _person(3, 1),
            ["Department of Computer Science 電腦科學系"], _person(4, 1), _person(5, 2), [],
            ["Total: 5"], ["Prepared by: Department of Computer Science General Office"]]
    path = xlsx(tmp_path / "sections.xlsx", rows)
    result, _ = import_file(office, path, ImportOptions(cohort="TF-2026"))
    assert (result.created, result.rejected, result.nominations) == (5, 0, 5)
    assert {number: values[0] for number, values in _stored(office).items()} == {
        "56120001": "Department of Electrical Engineering",
        "56120002": "Department of Electrical Engineering",
        "56120003": "電子工程學系",
        "56120004": "Department of Computer Science",
        "56120005": "Department of Computer Science"}
    codes = [(i.row, i.code) for i in result.issues]
    assert codes == [(0, "university_inferred"), (0, "faculty_inferred"),
                     (0, "department_from_sections"), (13, "not_a_student_row"),
                     (14, "not_a_student_row")]
    said = result.issues[2].message
    assert "'Department of Electrical Engineering' in row 4" in said
    assert "'電子工程學系' in row 7" in said and "row 14" not in said


def test_a_rank_repeated_within_a_department_is_still_said(office: Database,
                                                          tmp_path: Path) -> None:
    """Two sections, one of which ranks two students first: not a ranking per department,
    so the faculty's ranks are checked as one (the two 1s under one heading, and the 1 of
    the other section, are all said)."""
    rows = [HEADINGS + ["University"],
            ["Department of Electrical Engineering"],
            [*_person(1, 1), "CityU"], [*_person(2, 1), "CityU"],
            ["Department of Mechanical Engineering"], [*_person(3, 1), "CityU"]]
    path = xlsx(tmp_path / "tied.xlsx", rows)  # (both CityU's College of Engineering's)
    result, _ = import_file(office, path, ImportOptions(cohort="TF-2026"))
    assert sorted(i.row for i in result.issues if i.code == "rank_repeated") == [3, 4, 6]


def test_a_department_column_or_the_title_is_not_overruled_by_a_lone_heading(
        office: Database, tmp_path: Path) -> None:
    """With a Department column, a row naming a department above the students is a note,
    and each student keeps their own department; a section with no students under it
    heads nothing (the title's department stays everyone's)."""
    with_column = xlsx(tmp_path / "with column.xlsx", [
        [*HEADINGS, "Department", "University"],
        ["Department of Physics"], [*_person(1, 1), "Computing", "CityU"]])
    result, _ = import_file(office, with_column, ImportOptions())
    assert [i.code for i in result.issues] == ["nomination_column_unused", "not_a_student_row"]
    assert _stored(office)["56120001"][0] == "Computing"
    empty_section = xlsx(tmp_path / "empty section.xlsx", [
        ["Department of Computing — Talent Foundry nominees"], [*HEADINGS, "University"],
        [*_person(2, 1), "CityU"], ["Department of Physics"]])
    result, _ = import_file(office, empty_section, ImportOptions())
    assert "department_from_sections" not in [i.code for i in result.issues]
    assert _stored(office)["56120002"][0] == "Department of Computing"


def test_an_online_forms_questions_are_read_as_the_fields_they_ask_for(
        office: Database, tmp_path: Path) -> None:
    """A Google Form's export: "姓名（中文）" is the Chinese name (not a second English one), a
    "How many months…?" question the months of full-time work, "Are you currently
    employed full-time?" the employment; the track asked for, with no cohort named, is said
    to be unused rather than dropped silently."""
    path = tmp_path / "form.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([
            ["Timestamp", "Email Address", "Full name in English (as shown on HKID card)",
             "姓名（中文）", "Which university are you studying at?", "Student ID number",
             "Are you currently employed full-time?",
             "How many months of full-time work experience do you have?",
             "Which track are you interested in?"],
            ["2026/10/03 9:15:22 PM GMT+8", "s1@my.cityu.edu.hk", "CHAN Tai Man", "陳大文",
             "CityU", "56120001", "No", "2", "Technology for Good"],
            ["2026/10/03 9:20:00 PM GMT+8", "s2@my.cityu.edu.hk", "LEE Ka Yan", "李嘉欣",
             "CityU", "56120002", "Part-time only", "0", "Creativity for Good"]])
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.rejected) == (2, 0)
    assert [(i.column, i.code) for i in result.issues] == [
        ("Which track are you interested in?", "nomination_column_unused")]
    assert _stored(office) == {
        "56120001": (None, "CHAN Tai Man", "陳大文", "unemployed", 2),
        "56120002": (None, "LEE Ka Yan", "李嘉欣", "employed", 0)}
    with office.session() as session:
        assert session.scalar(select(Nomination.id).join(Student).where(
            Student.student_no == "56120001")) is None


def test_a_university_chosen_that_the_email_addresses_contradict_is_said(
        office: Database, tmp_path: Path) -> None:
    """A CityU list with no University column imported as CUHK's (the wrong one chosen in
    the window): the choice stands, but the import says whose the addresses are, so the
    coordinator can undo it. Addresses of the chosen university, or of none, say nothing."""
    rows = [["Student ID", "English Name", "Email"],
            ["56120001", "CHAN Tai Man", "s1@my.cityu.edu.hk"],
            ["56120002", "LEE Ka Yan", "s2@my.cityu.edu.hk"],
            ["56120003", "HO Wing", "ho.wing@gmail.com"]]
    path = xlsx(tmp_path / "cityu.xlsx", rows)
    result, _ = import_file(office, path, ImportOptions(university="CUHK", dry_run=True))
    assert [(i.row, i.code) for i in result.issues] == [(0, "university_not_the_emails")]
    assert "filed under CUHK" in result.issues[0].message
    assert "(CityU: 2)" in result.issues[0].message
    agreeing, _ = import_file(office, path, ImportOptions(university="CityU", dry_run=True))
    assert agreeing.issues == []
