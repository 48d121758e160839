"""The import service on every backend: decide, write in one transaction, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Attendance,
    Cohort,
    Faculty,
    ImportBatch,
    ImportMapping,
    Nomination,
    StatusChange,
    Student,
    Track,
)
from careerdesk.core.errors import CancelledError
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.importing import ImportOptions, import_file, undo_import
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.mappings import remember_mapping
from careerdesk.core.services.importing.run import prepare_import
from careerdesk.core.services.progress import Progress
from careerdesk.io.fields import Field
from tests.files import HEADERS, ROWS, csv_text, xlsx


def count(database: Database, column) -> int:  # noqa: ANN001
    with database.session() as session:
        return session.scalar(select(func.count(column)))


@pytest.fixture
def office(database: Database) -> Database:
    fill_demo_data(database, 20)
    return database


def test_create_then_update_then_unchanged(office: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "a.xlsx", [HEADERS, *ROWS])
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.updated, result.unchanged, result.rejected) == (2, 0, 0, 0)
    changed = [list(r) for r in ROWS]
    changed[1][1] = "WONG Siu Ming, Kelvin"
    path = xlsx(tmp_path / "b.xlsx", [HEADERS, *changed])
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert result.updates[0].fields == ("English name",)
    with office.session() as session:
        assert session.scalar(select(Student.name_en).where(
            Student.student_no == "1155000002")) == "WONG Siu Ming, Kelvin"


def test_each_kind_of_change_is_found_and_only_those(office: Database, tmp_path: Path) -> None:
    """Stored students are compared with the file a column at a time: each row below
    changes one thing (or nothing: a faculty written in other capitals, a cell left
    empty), and exactly those fields are reported."""
    headers = ["Student No.", "English Name", "Email", "Mobile", "Faculty", "Employed",
               "Graduation Date", "HK Resident", "University"]
    base = ["", "CHAN Tai Man", "", 91234567, "Engineering", "N", "30/06/2026", "Y", "CUHK"]

    def student(number: int, **changes: object) -> list[object]:
        row = list(base)
        row[0], row[2] = f"1155{number:06d}", f"s{number}@link.cuhk.edu.hk"
        row[3] = 91230000 + number
        for column, value in changes.items():
            row[headers.index(column)] = value
        return row

    first = [student(n) for n in range(1, 10)]
    result, _ = import_file(office, xlsx(tmp_path / "a.xlsx", [headers, *first]),
                            ImportOptions())
    assert result.created == 9
    again = [student(1), student(2, **{"English Name": "CHAN Tai-man"}),
             student(3, Email="new3@link.cuhk.edu.hk"), student(4, Faculty="ENGINEERING"),
             student(5, Faculty="Science"), student(6, Employed="Y"),
             student(7, **{"Graduation Date": "31/12/2026"}),
             student(8, **{"HK Resident": "N", "English Name": ""}),
             student(9, Mobile="", Faculty="")]
    result, _ = import_file(office, xlsx(tmp_path / "b.xlsx", [headers, *again]),
                            ImportOptions())
    assert (result.created, result.updated, result.unchanged) == (0, 6, 3)
    changed = {u.student_no: u.fields for u in result.updates}
    assert changed == {"1155000002": ("English name",), "1155000003": ("email",),
                       "1155000005": ("faculty",), "1155000006": ("employment",),
                       "1155000007": ("graduation date",), "1155000008": ("HK residency",)}


def test_a_faculty_written_with_or_without_faculty_of_is_one_faculty(office: Database,
                                                                      tmp_path: Path) -> None:
    """"Data Science" on one row, "Faculty of Data Science" on the next: one faculty, by
    its fullest name; a later list writing "data science faculty" changes nobody."""
    headers = ["Student No.", "English Name", "Faculty", "University"]
    rows = [["1155000950", "HO Kit", "Data Science", "CUHK"],
            ["1155000951", "MAK Wing", "Faculty of Data Science", "CUHK"]]
    import_file(office, xlsx(tmp_path / "a.xlsx", [headers, *rows]), ImportOptions())
    with office.session() as session:
        made = session.scalars(select(Faculty.name_en).where(
            Faculty.name_en.ilike("%data science%"))).all()
        assert made == ["Faculty of Data Science"]
        assert len(set(session.scalars(select(Student.faculty_id).where(
            Student.student_no.in_(["1155000950", "1155000951"]))))) == 1
    again = [[r[0], r[1], "data science faculty", r[3]] for r in rows]
    result, _ = import_file(office, xlsx(tmp_path / "b.xlsx", [headers, *again]),
                            ImportOptions())
    assert (result.updated, result.unchanged) == (0, 2)


def test_blank_cells_never_erase_what_is_stored(office: Database, tmp_path: Path) -> None:
    import_file(office, xlsx(tmp_path / "a.xlsx", [HEADERS, *ROWS]), ImportOptions())
    blanked = [[r[0], r[1], "", "", "", r[5]] for r in ROWS]
    result, _ = import_file(office, xlsx(tmp_path / "b.xlsx", [HEADERS, *blanked]),
                            ImportOptions())
    assert result.unchanged == 2
    with office.session() as session:
        assert session.scalar(select(Student.name_zh).where(
            Student.student_no == "1155000001")) == "陳大文"


def test_the_same_student_twice_in_a_file_is_reported_once_imported(office: Database,
                                                                     tmp_path: Path) -> None:
    path = xlsx(tmp_path / "twice.xlsx", [HEADERS, ROWS[0], ROWS[1], ROWS[0]])
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.rejected) == (2, 1)
    duplicate = next(i for i in result.issues if i.code == "duplicate_in_file")
    assert duplicate.row == 4 and "row 2" in duplicate.message


def test_a_students_second_row_adding_to_the_first_is_taken_with_it(office: Database,
                                                                   tmp_path: Path) -> None:
    """A list printing each Chinese name on a row of its own under the English one, the
    student number and the rest merged down both rows: the Chinese name is the student's,
    not a duplicate rejected (it was lost). A second row that disagrees, or names another
    cohort, is still a duplicate."""
    path = tmp_path / "two-rows.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Student No.", "Name", "Programme", "Email", "University"])
    for number, english, chinese in (("1155000101", "CHAN Tai Man", "陳大文"),
                                     ("1155000102", "LEE Siu Ming", "李小明")):
        sheet.append([number, english, "BEng (CE)", f"{number}@link.cuhk.edu.hk", "CUHK"])
        sheet.append([None, chinese])
        row = sheet.max_row
        for column in "ACDE":
            sheet.merge_cells(f"{column}{row - 1}:{column}{row}")
    sheet.append(["1155000103", "WONG Ka Yan", "BSc", "", "CUHK"])
    sheet.append(["1155000103", "WONG Ka-yan", "BSc", "", "CUHK"])  # disagrees
    workbook.save(path)
    result, _ = import_file(office, path, ImportOptions())
    assert (result.rows, result.created, result.rejected) == (4, 3, 1)
    assert [(i.row, i.code) for i in result.issues] == [
        (3, "taken_with_row"), (5, "taken_with_row"), (7, "duplicate_in_file")]
    assert result.issues[0].message == (
        "Student 1155000101 (CUHK) is also in row 2 of this file; what this row adds "
        "(Chinese name) was taken with that row, as nothing in it disagrees.")
    with office.session() as session:
        assert dict(session.execute(select(Student.student_no, Student.name_zh).where(
            Student.student_no.in_(["1155000101", "1155000102"]))).all()) == {
            "1155000101": "陳大文", "1155000102": "李小明"}


def test_likely_duplicates_under_another_number_are_flagged_not_merged(office: Database,
                                                                        tmp_path: Path) -> None:
    import_file(office, xlsx(tmp_path / "a.xlsx", [HEADERS, ROWS[0]]), ImportOptions())
    other = ["1155999999", *ROWS[0][1:]]
    result, _ = import_file(office, xlsx(tmp_path / "b.xlsx", [HEADERS, other]),
                            ImportOptions())
    assert result.created == 1
    flagged = [i for i in result.issues if i.code == "possible_duplicate"]
    assert flagged and "1155000001" in flagged[0].message
    assert count(office, Student.id) == 22


def test_a_long_list_again_flags_only_students_someone_else_matches(office: Database,
                                                                    tmp_path: Path) -> None:
    """A long file reads every stored student at once: its own stored records never count
    as someone else, another student's email or Chinese name and mobile still does."""
    students = [[f"1155{n:06d}", f"CHAN Student {n}", f"陳{n}", f"s{n}@link.cuhk.edu.hk",
                 f"9{n:07d}", "CUHK"] for n in range(1, 2_501)]
    first, _ = import_file(office, xlsx(tmp_path / "long.xlsx", [HEADERS, *students]),
                           ImportOptions())
    assert (first.created, first.rejected) == (2_500, 0)
    assert not [i for i in first.issues if i.code == "possible_duplicate"]
    same_email = ["1155999991", "LEE Ka Yan", "李嘉欣", "s7@link.cuhk.edu.hk", "5123 4567", "CUHK"]
    same_person = ["1155999992", "CHAN Eight", "陳8", "other@link.cuhk.edu.hk", "90000008",
                   "CUHK"]
    again, _ = import_file(office, xlsx(tmp_path / "again.xlsx",
                                        [HEADERS, *students, same_email, same_person]),
                           ImportOptions())
    assert (again.created, again.unchanged) == (2, 2_500)
    flagged = [(i.row, i.message) for i in again.issues if i.code == "possible_duplicate"]
    assert [row for row, _ in flagged] == [2_502, 2_503]
    assert "1155000007" in flagged[0][1] and "email" in flagged[0][1]
    assert "1155000008" in flagged[1][1] and "Chinese name and mobile" in flagged[1][1]


def test_nominations_with_rank_and_track(office: Database, tmp_path: Path) -> None:
    rows = [[*HEADERS, "Cohort", "Faculty Rank"],
            [*ROWS[0], "PROCRUITC-2026-TECH", 1], [*ROWS[1], "PROCRUITC-2026", 2]]
    result, _ = import_file(office, xlsx(tmp_path / "n.xlsx", rows), ImportOptions())
    assert result.nominations == 2
    with office.session() as session:
        made = session.execute(select(Nomination.rank, Nomination.status, Nomination.track_id)
                               .where(Nomination.import_batch_id == result.batch)
                               .order_by(Nomination.rank)).all()
        assert [(r, s) for r, s, _ in made] == [(1, "nominated"), (2, "nominated")]
        assert made[0][2] is not None and made[1][2] is None
        history = session.scalars(select(StatusChange.changed_by).join(StatusChange.nomination)
                                  .where(Nomination.import_batch_id == result.batch)).all()
        assert history == ["tester", "tester"]


def test_two_students_ranked_alike_by_one_faculty_are_told(office: Database,
                                                          tmp_path: Path) -> None:
    """The Dean signs a ranking: two students of one faculty both ranked 1 for one cohort
    are each told (and nominated as written); the same rank in another faculty is fine."""
    headers = ["Student No.", "English Name", "Faculty", "University", "Cohort", "Rank"]
    rows = [["1155000960", "HO Kit", "Faculty of Engineering", "CUHK", "TF-2026", 1],
            ["1155000961", "MAK Wing", "Engineering", "CUHK", "TF-2026", "1st"],
            ["1155000962", "LAU Yan", "Faculty of Science", "CUHK", "TF-2026", 1],
            ["1155000963", "NG Chun", "Faculty of Engineering", "CUHK", "TF-2026", 2]]
    result, _ = import_file(office, xlsx(tmp_path / "ranks.xlsx", [headers, *rows]),
                            ImportOptions())
    assert result.nominations == 4
    told = [(i.row, i.column) for i in result.issues if i.code == "rank_repeated"]
    assert told == [(2, "Rank"), (3, "Rank")]
    assert "rows 2, 3" in next(i.message for i in result.issues if i.code == "rank_repeated")


def test_cohorts_and_tracks_written_by_name(office: Database, tmp_path: Path) -> None:
    """A faculty writes the cohort as its name, or with its track after a dash or in
    brackets, in its own capitals and spacing: each is the cohort (and track) it names."""
    people = [[f"1155{n:06d}", f"CHAN Student {n}", "", "", "", "CUHK"] for n in range(900, 906)]
    written = ["Talent Foundry 2026", "tf 2026", "PROcruit C 2026 - Technology for Good",
               "PROcruit C 2026 (creativity for good)", "procruitc-2026-business",
               "Talent Foundry 2030"]
    rows = [[*HEADERS, "Cohort"], *([*p, w] for p, w in zip(people, written, strict=True))]
    result, _ = import_file(office, xlsx(tmp_path / "named.xlsx", rows), ImportOptions())
    assert result.nominations == 5
    assert [(i.row, i.code) for i in result.issues] == [(7, "unknown_cohort")]
    with office.session() as session:
        made = dict(session.execute(
            select(Student.student_no, Cohort.code + ":" + func.coalesce(Track.code, ""))
            .join(Nomination, Nomination.student_id == Student.id)
            .join(Cohort, Cohort.id == Nomination.cohort_id)
            .outerjoin(Track, Track.id == Nomination.track_id)
            .where(Nomination.import_batch_id == result.batch)).all())
    assert made == {"1155000900": "TF-2026:", "1155000901": "TF-2026:",
                    "1155000902": "PROCRUITC-2026:TECH",
                    "1155000903": "PROCRUITC-2026:CREATIVITY",
                    "1155000904": "PROCRUITC-2026:BUSINESS"}


def test_an_unknown_cohort_imports_the_student_and_says_so(office: Database,
                                                            tmp_path: Path) -> None:
    rows = [[*HEADERS, "Cohort"], [*ROWS[0], "NOPE-2030"], [*ROWS[1], "TF-2026"]]
    result, _ = import_file(office, xlsx(tmp_path / "c.xlsx", rows), ImportOptions())
    assert (result.created, result.rejected, result.nominations) == (2, 0, 1)
    assert any(i.code == "unknown_cohort" and i.row == 2 and i.column == "Cohort"
               for i in result.issues)


def test_a_programme_code_column_is_the_cohort_only_when_it_names_cohorts(
        office: Database, tmp_path: Path) -> None:
    """"Programme Code" is the cohort in a talent programme's list ("TF-2026") and the
    study programme's code in a student system's export ("JS3010"): the values decide. The
    second is said once for the file, and a cohort the import was given still applies."""
    rows = [[*HEADERS, "Programme Code"], [*ROWS[0], "TF-2026"], [*ROWS[1], "tf-2026"]]
    result, _ = import_file(office, xlsx(tmp_path / "cohort.xlsx", rows), ImportOptions())
    assert (result.nominations, result.issues) == (2, [])
    others = [[f"1155{n:06d}", f"LEE Student {n}", "", "", "", "CUHK"] for n in (910, 911, 912)]
    rows = [[*HEADERS, "PROG_CODE"], *([*p, c] for p, c in zip(
        others, ["JS3010", "JS3020", "JS3010"], strict=True))]
    path = xlsx(tmp_path / "system export.xlsx", rows)
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.nominations) == (3, 0)
    assert [(i.row, i.column, i.code) for i in result.issues] == [
        (0, "PROG_CODE", "not_cohorts")]
    assert "'JS3010', 'JS3020'" in result.issues[0].message
    nominated, _ = import_file(office, path, ImportOptions(cohort="TLT-2026"))
    assert (nominated.unchanged, nominated.nominations) == (3, 3)


def test_a_student_the_faculty_did_not_endorse_is_not_nominated(office: Database,
                                                                 tmp_path: Path) -> None:
    """An "Endorsed" column marking some students "N": nominated, they would stand as
    endorsed by the faculty. They are imported, not nominated, and each row says so; a
    blank answer is no answer (nominated, as the list puts the student forward)."""
    people = [[f"1155{n:06d}", f"HO Student {n}", "", "", "", "CUHK"]
              for n in (920, 921, 922, 923, 924)]
    answers = ["Y", "N", "", "TBC", "maybe"]  # not yet, or no answer that is a yes: not
    rows = [[*HEADERS, "Cohort", "Endorsed (Y/N)"],
            *([*p, "TF-2026", e] for p, e in zip(people, answers, strict=True))]
    path = xlsx(tmp_path / "endorsed.xlsx", rows)
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.nominations) == (5, 2)
    assert [(i.row, i.column, i.code) for i in result.issues] == [
        (3, "Endorsed (Y/N)", "not_endorsed"), (5, "Endorsed (Y/N)", "not_endorsed"),
        (6, "Endorsed (Y/N)", "not_endorsed")]
    with office.session() as session:
        nominated = session.scalars(select(Student.student_no).join(
            Nomination, Nomination.student_id == Student.id)
            .where(Nomination.import_batch_id == result.batch)).all()
    assert sorted(nominated) == ["1155000920", "1155000922"]
    without_cohort = xlsx(tmp_path / "no cohort.xlsx", [
        [*HEADERS, "Endorsed"], [*people[0], "Y"]])
    result, _ = import_file(office, without_cohort, ImportOptions())
    assert [(i.column, i.code) for i in result.issues] == [("Endorsed", "endorsement_unused")]


def test_a_reserve_list_under_the_nominees_is_imported_but_not_nominated(
        office: Database, tmp_path: Path) -> None:
    """A faculty's list with its reserves under a "Reserve list (候補)" heading (its headings
    again): the reserves are students, but nominated they would stand endorsed beside the
    nominees (and share their ranks). A sentence about reserves is not such a heading."""
    nominees = [[f"1155{n:06d}", f"YIU Student {n}", "", "", "", "CUHK", rank]
                for rank, n in enumerate((930, 931), start=1)]
    reserves = [[f"1155{n:06d}", f"YIU Student {n}", "", "", "", "CUHK", rank]
                for rank, n in enumerate((932, 933), start=1)]
    headings = [*HEADERS, "Faculty Rank"]
    path = xlsx(tmp_path / "with reserves.xlsx", [
        ["Reserves are listed under the nominees."], headings, *nominees, [],
        ["Reserve list (候補)"], headings, *reserves])
    result, _ = import_file(office, path, ImportOptions(cohort="TF-2026"))
    assert (result.created, result.nominations, result.rejected) == (4, 2, 0)
    assert [(i.row, i.code) for i in result.issues] == [
        (6, "not_a_student_row"), (8, "reserve_not_nominated"), (9, "reserve_not_nominated")]
    assert "reserve list (under 'Reserve list (候補)', row 6)" in result.issues[1].message
    with office.session() as session:
        nominated = session.scalars(select(Student.student_no).join(
            Nomination, Nomination.student_id == Student.id)
            .where(Nomination.import_batch_id == result.batch)).all()
    assert sorted(nominated) == ["1155000930", "1155000931"]


def test_a_list_of_reserves_by_its_title_or_sheet_is_not_nominated(office: Database,
                                                                     tmp_path: Path) -> None:
    """A faculty sends its reserves as a list of their own: titled "Waiting List", or on a
    sheet called "候補" beside its nominees' sheet. Imported with the cohort, they are
    students, not nominees."""
    reserves = [[f"1155{n:06d}", f"KO Student {n}", "", "", "", "CUHK"] for n in (940, 941)]
    titled = xlsx(tmp_path / "reserves.xlsx", [["Waiting List"], HEADERS, *reserves])
    result, _ = import_file(office, titled, ImportOptions(cohort="TF-2026"))
    assert (result.created, result.nominations) == (2, 0)
    assert [(i.row, i.code) for i in result.issues] == [(3, "reserve_not_nominated"),
                                                        (4, "reserve_not_nominated")]
    assert "(under 'Waiting List', row 1)" in result.issues[0].message
    others = [[f"1155{n:06d}", f"KO Student {n}", "", "", "", "CUHK"] for n in (942, 943)]
    book = xlsx(tmp_path / "two sheets.xlsx", [HEADERS, others[1]], sheet="候補",
                extra_sheets={"Nominees": [HEADERS, others[0]]})  # (the reserves' sheet first)
    result, _ = import_file(office, book, ImportOptions(cohort="TF-2026", sheet="候補"))
    assert (result.created, result.nominations) == (1, 0)
    assert [i.code for i in result.issues] == ["other_sheets", "reserve_not_nominated"]
    assert "on a reserve list (the sheet '候補')" in result.issues[1].message
    result, _ = import_file(office, book, ImportOptions(cohort="TF-2026"))
    assert (result.created, result.nominations) == (1, 1)  # the nominees' sheet, chosen first
    assert result.sheet == "Nominees"


def test_a_student_ranked_as_a_reserve_is_not_nominated(office: Database,
                                                         tmp_path: Path) -> None:
    """"Reserve 1", "R2" or "候補3" in the Faculty Rank column: the faculty's reserves, not
    nominees with a rank the import cannot read (nominated, they would stand endorsed)."""
    people = [[f"1155{n:06d}", f"MA Student {n}", "", "", "", "CUHK"]
              for n in (950, 951, 952, 953)]
    ranks = [1, "Reserve 1", "R2", "候補3"]
    path = xlsx(tmp_path / "ranked.xlsx", [[*HEADERS, "Faculty Rank"],
                                           *([*p, r] for p, r in zip(people, ranks, strict=True))])
    result, _ = import_file(office, path, ImportOptions(cohort="TF-2026"))
    assert (result.created, result.nominations) == (4, 1)
    assert [(i.row, i.column, i.code) for i in result.issues] == [
        (3, "Faculty Rank", "reserve_not_nominated"), (4, "Faculty Rank", "reserve_not_nominated"),
        (5, "Faculty Rank", "reserve_not_nominated")]
    assert "as a reserve ('候補3')" in result.issues[2].message
    unranked, _ = import_file(office, path, ImportOptions())  # no cohort: the ranks unused
    assert [(i.column, i.code) for i in unranked.issues] == [
        ("", "imported_before"), ("Faculty Rank", "nomination_column_unused")]
    assert unranked.unchanged == 4


@pytest.mark.parametrize(("title", "faculty"), [
    ("CUHK Faculty of Engineering — Talent Foundry 2026 nominations", "Faculty of Engineering"),
    ("工程學院 Faculty of Engineering", "Faculty of Engineering"),  # one faculty, two ways
    ("理學院實習提名", "理學院"),
    ("College of Engineering and Faculty of Science", None),  # two: neither is taken
    ("Department of Computing nominees", None)])
def test_a_faculty_named_in_the_title_is_every_students(office: Database, tmp_path: Path,
                                                        title: str, faculty: str | None) -> None:
    """A faculty's list with no Faculty column, titled by its faculty: a coordinator files
    each student under it (the endorsement list and ranks are per faculty), and says so."""
    people = [[f"1155{n:06d}", f"TSE Student {n}", "", "", "", "CUHK"] for n in (960, 961)]
    path = xlsx(tmp_path / "titled.xlsx", [[title], HEADERS, *people])
    result, plan = import_file(office, path, ImportOptions())
    parsed = plan.parsed.parsed
    assert parsed.column(Field.FACULTY) == [faculty] * 2
    said = [i for i in result.issues if i.code == "faculty_inferred"]
    assert len(said) == (faculty is not None)
    if faculty:
        assert f"taken as '{faculty}' from the title above the column headings" in said[0].message
    with_column = xlsx(tmp_path / "with column.xlsx", [
        [title], [*HEADERS, "Faculty"], [*people[0], "Faculty of Medicine"]])
    _, plan = import_file(office, with_column, ImportOptions(dry_run=True))
    assert plan.parsed.parsed.column(Field.FACULTY) == ["Faculty of Medicine"]


@pytest.mark.parametrize(("title", "department"), [
    ("Department of Computing — PROcruit C (Technology for Good) nominees",
     "Department of Computing"),
    ("Dept. of Electrical and Electronic Engineering Internship Nominees",
     "Department of Electrical and Electronic Engineering"),
    ("香港中文大學工程學院電子工程學系 實習提名", "電子工程學系"),
    ("電機工程學系 Department of Electrical Engineering", "Department of Electrical Engineering"),
    ("Department of Computing and Department of Physics", None),  # two: neither is taken
    ("Faculty of Engineering nominees", None)])
def test_a_department_named_in_the_title_is_every_students(
        office: Database, tmp_path: Path, title: str, department: str | None) -> None:
    """A department's list with no Department column, titled by its department (as the
    PolyU sample is): each student is filed under it, and the import says so; a Department
    column, or a department beside the university in a cell, is the row's own."""
    people = [[f"1155{n:06d}", f"YAU Student {n}", "", "", "", "CUHK"] for n in (940, 941)]
    result, plan = import_file(office, xlsx(tmp_path / "titled.xlsx", [[title], HEADERS,
                                                                        *people]),
                               ImportOptions())
    assert plan.parsed.parsed.column(Field.DEPARTMENT) == [department] * 2
    said = [i.message for i in result.issues if i.code == "department_inferred"]
    assert said == ([f"The file has no Department column; every student's department was "
                     f"taken as '{department}' from the title above the column headings."]
                    if department else [])
    own = [[*people[0][:5], "CUHK (Department of Physics)"], people[1]]
    _, plan = import_file(office, xlsx(tmp_path / "own.xlsx", [[title], HEADERS, *own]),
                          ImportOptions(dry_run=True))
    assert plan.parsed.parsed.column(Field.DEPARTMENT) == ["Department of Physics", department]


@pytest.mark.parametrize("heading", ["Nomination Status", "Status", "狀態"])
def test_a_nomination_status_column_nominates_only_whom_it_puts_forward(
        office: Database, tmp_path: Path, heading: str) -> None:
    """A faculty's "Nomination Status" column: "Nominated", "Endorsed" or "已推薦" puts the
    student forward; "Withdrawn", "Pending" or "Reserve" does not, and the row says what the
    list says. A column headed only "Status" holding these words is read the same."""
    statuses = ["Nominated", "Withdrawn", "Endorsed", "Pending", "Reserve", "已推薦", ""]
    people = [[f"1155{n:06d}", f"POON Student {n}", "", "", "", "CUHK"]
              for n in range(970, 970 + len(statuses))]
    path = xlsx(tmp_path / "statuses.xlsx", [
        [*HEADERS, heading], *([*p, s] for p, s in zip(people, statuses, strict=True))])
    result, _ = import_file(office, path, ImportOptions(cohort="TF-2026"))
    assert (result.created, result.nominations) == (7, 4)
    assert [(i.row, i.code) for i in result.issues] == [
        (3, "not_endorsed"), (5, "not_endorsed"), (6, "not_endorsed")]
    assert result.issues[0].message == (
        f"The list says 'Withdrawn' under '{heading}'; the student was imported but "
        "not nominated.")


def test_a_consent_is_stored_with_its_date(office: Database, tmp_path: Path) -> None:
    """PRODUCT.md keeps each student's consent to share data "with its date": the date a
    form was answered, when the list is a form's export; a "No" keeps no date."""
    path = xlsx(tmp_path / "form.xlsx", [
        ["Timestamp", *HEADERS, "PICS consent"],
        ["03/03/2026 14:05:00", *ROWS[0], "Yes"], ["04/03/2026 09:00:00", *ROWS[1], "No"]])
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.issues) == (2, [])
    with office.session() as session:
        assert session.execute(select(Student.consent_to_share, Student.consent_date).where(
            Student.student_no.in_(["1155000001", "1155000002"]))
            .order_by(Student.student_no)).all() == [(True, dt.date(2026, 3, 3)), (False, None)]
    assert import_file(office, path, ImportOptions())[0].unchanged == 2


def test_event_registrations(office: Database, tmp_path: Path) -> None:
    rows = [["Registration ID", "Full Name", "Email", "University", "Student Number",
             "Attendance", "Registered At"],
            ["AIA-1", "CHAN Tai Man", "tai.man@link.cuhk.edu.hk", "CUHK", "1155000001",
             "On-site", "2025-02-01T09:37:00+08:00"],
            ["AIA-2", "LEE Ka Yan", "ka.yan@link.cuhk.edu.hk", "CUHK", "1155000002",
             "Virtual", "01/02/2025 09:40"]]  # no zone: Hong Kong time, as the office wrote it
    path = tmp_path / "reg.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    result, _ = import_file(office, path, ImportOptions(event="AIA-2025"))
    assert result.attendances == 2
    with office.session() as session:
        stored = session.execute(select(Attendance.status, Attendance.registered_at).where(
            Attendance.import_batch_id == result.batch).order_by(Attendance.id)).all()
    assert stored == [("on_site", dt.datetime(2025, 2, 1, 1, 37)),  # stored as UTC
                      ("virtual", dt.datetime(2025, 2, 1, 1, 40))]


def test_dry_run_changes_nothing(office: Database, tmp_path: Path) -> None:
    before = count(office, Student.id)
    result, _ = import_file(office, xlsx(tmp_path / "a.xlsx", [HEADERS, *ROWS]),
                            ImportOptions(dry_run=True))
    assert result.created == 2 and result.batch is None
    assert count(office, Student.id) == before and count(office, ImportBatch.id) == 0


def test_cancel_midway_leaves_the_database_as_it_was(office: Database, tmp_path: Path) -> None:
    rows = [HEADERS] + [[f"1155{i:06d}", f"Student {i}", "", "", "", "CUHK"]
                        for i in range(500)]
    path = xlsx(tmp_path / "big.xlsx", rows)
    before = count(office, Student.id)
    progress = Progress()
    progress.report = lambda done, total, message: progress.cancel() if done >= 2 else None
    with pytest.raises(CancelledError):
        import_file(office, path, ImportOptions(), progress)
    assert count(office, Student.id) == before
    assert count(office, ImportBatch.id) == 0


def test_undo_restores_and_removes_but_keeps_what_changed_since(office: Database,
                                                                tmp_path: Path) -> None:
    first, _ = import_file(office, xlsx(tmp_path / "a.xlsx", [HEADERS, ROWS[0]]),
                           ImportOptions())
    changed = [ROWS[0][0], "CHAN Tai Man, Peter", *ROWS[0][2:]]
    second, _ = import_file(office, xlsx(tmp_path / "b.xlsx", [HEADERS, changed, ROWS[1]]),
                            ImportOptions(cohort="TF-2026"))
    with office.transaction() as session:  # someone edits the student added by the 2nd import
        added = session.scalar(select(Student).where(Student.student_no == "1155000002"))
        added.notes = "Called on Monday"
    undone = undo_import(office, second.batch)
    assert undone.restored_students == 1 and undone.removed_nominations == 2
    assert undone.removed_students == 0 and len(undone.kept) == 1
    assert "1155000002" in undone.kept[0]
    with office.session() as session:
        names = dict(session.execute(select(Student.student_no, Student.name_en).where(
            Student.student_no.in_(["1155000001", "1155000002"]))).all())
    assert names == {"1155000001": "CHAN Tai Man", "1155000002": "WONG Siu Ming"}
    assert first.batch != second.batch


def test_a_cancelled_undo_changes_nothing(office: Database, tmp_path: Path) -> None:
    imported, _ = import_file(office, xlsx(tmp_path / "a.xlsx", [HEADERS, *ROWS]),
                              ImportOptions(cohort="TF-2026"))
    before = (count(office, Student.id), count(office, Nomination.id))
    progress = Progress()
    progress.report = lambda done, total, message: progress.cancel() if done >= 4 else None
    with pytest.raises(CancelledError):  # after nominations went, before students would
        undo_import(office, imported.batch, progress)
    assert (count(office, Student.id), count(office, Nomination.id)) == before
    with office.session() as session:
        assert session.get(ImportBatch, imported.batch).undone_at is None
    steps = []
    progress = Progress(report=lambda done, total, message: steps.append((done, total)))
    assert undo_import(office, imported.batch, progress).removed_students == 2
    assert steps[-1] == (6, 6)


def test_a_remembered_mapping_is_used_for_the_same_headers(office: Database,
                                                           tmp_path: Path) -> None:
    rows = [["Matric", "Full Name", "Uni"], ["1155000001", "CHAN Tai Man", "CUHK"]]
    path = xlsx(tmp_path / "odd.xlsx", rows)
    guessed = prepare_import(office, path, ImportOptions()).result()
    assert guessed.rejected == 1
    assert any(i.code == "column_ignored" and i.column == "Matric" for i in guessed.issues)
    with office.transaction() as session:
        remember_mapping(session, rows[0], {"Matric": "student_no", "Full Name": "name_en",
                                            "Uni": "university"})
    with office.session() as session:
        assert session.scalar(select(func.count(ImportMapping.headers_key))) == 1
    result, _ = import_file(office, path, ImportOptions())
    assert (result.created, result.rejected) == (1, 0)
    with pytest.raises(ImportFailedError, match="No row of column headings"):
        prepare_import(office, xlsx(tmp_path / "none.xlsx", [["a", "b"], ["1", "2"]]),
                       ImportOptions())


def test_a_programme_named_without_its_year_is_its_cohort_open_now(database: Database,
                                                                   tmp_path: Path) -> None:
    """A list nominating to several programmes names each one ("Talent Foundry", "PROcruit
    C - Technology for Good"): as a coordinator would, each row goes to the programme's cohort
    open for applications today, and the import says so. A programme with none open is
    named with its cohorts, and its students are imported but not nominated."""
    from careerdesk.core.db.models import Cohort, Track
    from careerdesk.core.services.programmes import CohortSpec, create_programme, save_cohort

    today = dt.date.today()
    fill_demo_data(database, 0)
    create_programme(database, "SPARK", "Spark Internships", "internship", name_zh="星火實習")
    create_programme(database, "IDLE", "Idle Scheme", "internship")
    save_cohort(database, "SPARK", CohortSpec(
        "SPARK-OLD", "Spark Internships (last year)", today.year - 1,
        opens_on=today - dt.timedelta(days=400), closes_on=today - dt.timedelta(days=300)))
    save_cohort(database, "SPARK", CohortSpec(
        "SPARK-NOW", "Spark Internships (now)", today.year,
        opens_on=today - dt.timedelta(days=10), closes_on=today + dt.timedelta(days=10),
        tracks=[("AI", "Artificial Intelligence", None)]))
    save_cohort(database, "IDLE", CohortSpec(
        "IDLE-OLD", "Idle Scheme (old)", today.year - 1,
        opens_on=today - dt.timedelta(days=400), closes_on=today - dt.timedelta(days=300)))
    path = xlsx(tmp_path / "programmes.xlsx", [
        ["Student No.", "English Name", "University", "Nominated Programme"],
        ["1155300001", "CHAN Tai Man", "CUHK", "Spark Internships"],
        ["1155300002", "LEE Ka Yan", "CUHK", "星火實習 - Artificial Intelligence"],
        ["1155300003", "WONG Siu Ming", "CUHK", "Idle Scheme"]])
    result, _ = import_file(database, path, ImportOptions())
    assert (result.created, result.nominations) == (3, 2)
    with database.session() as session:
        made = session.execute(
            select(Cohort.code, Track.code).select_from(Nomination)
            .join(Cohort, Nomination.cohort_id == Cohort.id)
            .outerjoin(Track, Nomination.track_id == Track.id).order_by(Nomination.id)).all()
    assert [tuple(row) for row in made] == [("SPARK-NOW", None), ("SPARK-NOW", "AI")]
    assert [issue.message for issue in result.issues
            if issue.code == "cohort_from_programme"] == [
        f"'{name}' names a programme, not one of its cohorts; its students were nominated to "
        f"SPARK-NOW, the one open for applications now." for name in ("Spark Internships",
                                                                      "星火實習")]
    told = {(issue.row, issue.code): issue.message for issue in result.issues}
    assert told[(4, "unknown_cohort")].startswith(
        "'Idle Scheme' names a programme, and not one of its cohorts (IDLE-OLD) is open")


def test_two_imports_of_one_list_at_once_never_fail_unexplained(
        database: Database, tmp_path: Path) -> None:
    """Both read the file while the students were new; the first writes them; the second,
    written after, is refused in one sentence and nothing of it is written; planned again
    (what `import` does), it updates them."""
    from careerdesk.core.services.importing.applying import apply_plan
    from careerdesk.core.services.importing.errors import ImportFailedError
    from careerdesk.core.services.importing.run import apply_or_replan, prepare_import

    path = tmp_path / "list.csv"
    path.write_text("University,Student No.,English Name,Email\n"
                    "CUHK,1155999001,CHAN Tai Man,tm.chan@link.cuhk.edu.hk\n"
                    "CUHK,1155999002,WONG Siu Ming,sm.wong@link.cuhk.edu.hk\n",
                    encoding="utf-8")
    options = ImportOptions()
    first, second = (prepare_import(database, path, options) for _ in range(2))
    assert len(first.new_students) == len(second.new_students) == 2
    apply_plan(database, first)
    with pytest.raises(ImportFailedError, match="Since this file was read, another import"):
        apply_plan(database, second)
    with database.session() as session:
        assert session.scalar(select(func.count(Student.id))) == 2
        assert session.scalar(select(func.count(ImportBatch.id))) == 1
    result, plan = apply_or_replan(database, second, path, options)
    assert (result.created, result.unchanged) == (0, 2)
