"""The same list, however it comes, imports as the same students.

A faculty's list is re-saved, converted and rearranged before it reaches the office: saved
as CSV (UTF-8, Big5 as Excel on a Hong Kong PC saves it, "Unicode Text"), as an older or
another program's workbook, pasted into a Word table, under a title with blank rows and
a total, its columns moved, its headings written in Chinese, its numbers and dates typed
as text, its answers as ticks or in the other language. Each of those, made from the real
samples here, must read exactly as the sample itself does: every student's fields, and
every problem found in each row. (A Big5 CSV of mostly English names was read as Western
text by this test's first run.)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.services.importing import ImportOptions, import_file
from careerdesk.io.fields import Field
from careerdesk.io.open_file import SpreadsheetFile
from tests import files
from tests.files import SAMPLES

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no samples at {SAMPLES}")

#: The samples, and the sheet each list is on.
LISTS = {"cuhk-engineering-talent-foundry-2026.xlsx": None,
         "polyu-computing-procruit-c.xlsx": None,
         "hkust-engineering-tlt-shortlist.xlsx": "Shortlist",
         "hkbu-science-internship-nominees.txt": None}
CUHK = "cuhk-engineering-talent-foundry-2026.xlsx"
#: The CUHK sample's headings as a Chinese-language form writes them.
CHINESE = {"Student ID": "學號", "Name (English)": "英文姓名", "Name (Chinese)": "中文姓名",
           "Email": "電郵", "Mobile": "手提電話", "Department": "學系", "Programme": "課程",
           "Year of Study": "年級", "Expected Graduation": "預計畢業日期",
           "HK Permanent Resident (Y/N)": "香港永久居民", "Faculty Rank": "學院排名"}

Table = list[list[Any]]


def _sample_table(sample: str) -> Table:
    path = SAMPLES / sample
    if path.suffix == ".txt":
        return SpreadsheetFile(path).read().rows
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[LISTS[sample]] if LISTS[sample] else workbook.active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _shown(value: Any) -> str:
    """A cell as Excel writes it into a CSV file: dates day first, whole numbers bare."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _students(database: Database, path: Path) -> dict[str, tuple[dict[Field, Any], list[str]]]:
    """What the import would make of ``path`` (nothing written): each student row's fields
    and the problems found in it, by student number (or its place, where it has none)."""
    _result, plan = import_file(database, path, ImportOptions(dry_run=True))
    parsed = plan.parsed.parsed
    return {values.get(Field.STUDENT_NO, f"row {number}"): (
                values, sorted(p.code for p in parsed.row_problems.get(number, ())))
            for number, values in enumerate(map(parsed.values, range(len(parsed))))}


Save = Callable[[Path, Table], Path]  # a table saved as a file in a folder


def _csv(encoding: str, separator: str = ",") -> Save:
    def save(path: Path, table: Table) -> Path:
        text = io.StringIO()
        csv.writer(text, delimiter=separator, lineterminator="\r\n").writerows(
            [[_shown(cell) for cell in row] for row in table])
        path = path.with_suffix(".csv")
        path.write_bytes(text.getvalue().encode(encoding))
        return path
    return save


def _workbook(maker: Callable[..., Path], suffix: str) -> Save:
    def save(path: Path, table: Table) -> Path:
        return maker(path.with_suffix(suffix), table)
    return save


def _web_page(path: Path, table: Table) -> Path:
    """A web system's "Export to Excel": an HTML table named .xls."""
    cells = "".join("<tr>" + "".join(f"<td>{escape(_shown(c))}</td>" for c in row) + "</tr>\n"
                    for row in table)
    path = path.with_suffix(".xls")
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><table>{cells}</table>"
                    "</body></html>", encoding="utf-8")
    return path


def _xml_2003(path: Path, table: Table) -> Path:
    """Excel's "XML Spreadsheet 2003", as older reporting tools write it."""
    def cell(value: Any) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f'<Cell><Data ss:Type="Number">{value}</Data></Cell>'
        if isinstance(value, dt.datetime):
            return f'<Cell><Data ss:Type="DateTime">{value.isoformat()}.000</Data></Cell>'
        return f'<Cell><Data ss:Type="String">{escape(_shown(value))}</Data></Cell>'

    rows = "".join("<Row>" + "".join(map(cell, row)) + "</Row>" for row in table)
    path = path.with_suffix(".xml")
    path.write_text(
        '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns='
        '"urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:'
        f'office:spreadsheet"><Worksheet ss:Name="Nominees"><Table>{rows}</Table></Worksheet>'
        "</Workbook>", encoding="utf-8")
    return path


def _written(heading: str, how: Callable[[Any], Any]) -> Callable[[Table], Table]:
    """The column under ``heading`` written ``how`` (its blank cells left blank)."""
    def change(table: Table) -> Table:
        top = next(n for n, row in enumerate(table) if heading in row)
        column = table[top].index(heading)
        return [*table[:top + 1], *[[how(c) if i == column and c not in (None, "") else c
                                     for i, c in enumerate(row)] for row in table[top + 1:]]]
    return change


def _dates_written(how: Callable[[dt.datetime], Any]) -> Callable[[Table], Table]:
    """The CUHK list's graduation dates typed as text, written ``how``."""
    return _written("Expected Graduation", how)


def _as_shown(table: Table) -> Table:
    """Every cell as the text Excel shows (for writers that take text and numbers only)."""
    return [table[0], *[[_shown(cell) for cell in row] for row in table[1:]]]


def _titled(table: Table) -> Table:
    """Under a title and a blank row, blank rows between students, a total under them."""
    body = [row for student in table[1:] for row in (student, [None] * len(student))]
    return [["CUHK Engineering — Talent Foundry 2026 nominations"],  # (names no faculty)
            ["Prepared by the Faculty Office"], [], table[0], *body,
            ["Total", len(table) - 1]]


def _columns_moved(table: Table) -> Table:
    return [list(reversed(row)) for row in table]


def _in_chinese(table: Table) -> Table:
    return [[CHINESE[heading] for heading in table[0]], *table[1:]]


def _typed_as_text(table: Table) -> Table:
    """Numbers typed as text: an apostrophe before the student number, the mobile spaced."""
    heading = table[0]
    number, mobile = heading.index("Student ID"), heading.index("Mobile")
    rows = []
    for row in table[1:]:
        row = list(row)
        row[number] = f"'{row[number]}"
        digits = str(row[mobile])
        row[mobile] = f"{digits[:4]} {digits[4:]}"
        rows.append(row)
    return [heading, *rows]


def _same(table: Table) -> Table:
    return table


def _heading_row(table: Table) -> int:
    """Where a list's headings are: the first row with three cells filled."""
    return next(n for n, row in enumerate(table) if sum(c not in (None, "") for c in row) >= 3)


def _blank_column_inside(table: Table) -> Table:
    """An empty column between the second and third (one deleted, its cells cleared)."""
    return [[*row[:2], None, *row[2:]] if len(row) > 2 else row for row in table]


def _numbered(table: Table) -> Table:
    """A "No." column first, numbering the students (not a note or a blank row)."""
    top, count = _heading_row(table), 0
    numbered = [*[[None, *row] for row in table[:top]], ["No.", *table[top]]]
    for row in table[top + 1:]:
        student = sum(c not in (None, "") for c in row) >= 3
        count += student
        numbered.append([count if student else None, *row])
    return numbered


def _spaced(table: Table) -> Table:
    """Every text cell, headings too, with spaces around it (typed or pasted so)."""
    return [[f"  {c} " if isinstance(c, str) and c else c for c in row] for row in table]


def _headings_in_capitals(table: Table) -> Table:
    top = _heading_row(table)
    return [*table[:top], [c.upper() if isinstance(c, str) else c for c in table[top]],
            *table[top + 1:]]


def _quoted_csv(path: Path, table: Table) -> Path:
    """A CSV file with every value in quotes and a separator after each line's last one,
    as some systems' exports write it."""
    text = io.StringIO()
    csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(
        [[_shown(cell) for cell in row] + [""] for row in table])
    path = path.with_suffix(".csv")
    path.write_text(text.getvalue(), encoding="utf-8")
    return path


def _excel_table(path: Path, table: Table) -> Path:
    """The list formatted as an Excel table (filter buttons, banded rows), behind a cover
    sheet."""
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Cover"
    cover.append(["Nominations"])
    cover.append(["Please see the next sheet."])
    sheet = workbook.create_sheet("List")
    top = _heading_row(table)
    for row in table:
        sheet.append(list(row))
    width = max(map(len, table))
    headings = {str(c) for c in table[top] if c not in (None, "")}
    if len(headings) == width == sum(c not in (None, "") for c in table[top]):
        from openpyxl.worksheet.table import Table as ListObject

        last = openpyxl.utils.get_column_letter(width)
        sheet.add_table(ListObject(displayName="Nominees",
                                   ref=f"A{top + 1}:{last}{len(table)}"))
    path = path.with_suffix(".xlsx")
    workbook.save(path)
    return path


#: Ways any list reaches the office: converted, re-saved, exported, its columns moved.
ANY_LIST: dict[str, tuple[Callable[[Table], Table], Save]] = {
    "csv utf-8 with bom": (_same, _csv("utf-8-sig")),
    "csv big5": (_same, _csv("big5hkscs")),
    "unicode text": (_same, _csv("utf-16", "\t")),
    "semicolons": (_same, _csv("utf-8", ";")),
    "xls": (_same, _workbook(files.xls, ".xls")),
    "ods": (_as_shown, _workbook(files.ods, ".ods")),
    "xlsb": (_as_shown, _workbook(files.xlsb, ".xlsb")),
    "web page export": (_same, _web_page),
    "xml spreadsheet 2003": (_same, _xml_2003),
    "columns moved": (_columns_moved, _workbook(files.xlsx, ".xlsx")),
    "a blank column inside": (_blank_column_inside, _workbook(files.xlsx, ".xlsx")),
    "numbered": (_numbered, _csv("utf-8")),
    "cells spaced": (_spaced, _workbook(files.xlsx, ".xlsx")),
    "headings in capitals": (_headings_in_capitals, _workbook(files.xlsx, ".xlsx")),
    "every value quoted": (_same, _quoted_csv),
    "an excel table behind a cover": (_same, _excel_table),
    "a word table": (_as_shown, _workbook(files.docx, ".docx")),
}
#: Ways the CUHK list (its headings in the first row) is written differently.
CUHK_LIST: dict[str, tuple[Callable[[Table], Table], Save]] = {
    "titled": (_titled, _workbook(files.xlsx, ".xlsx")),
    "chinese headings": (_in_chinese, _csv("utf-8")),
    "typed as text": (_typed_as_text, _workbook(files.xlsx, ".xlsx")),
    "dates in chinese": (_dates_written(lambda d: f"{d.year}年{d.month}月{d.day}日"),
                         _workbook(files.xlsx, ".xlsx")),
    "dates month first": (_dates_written(lambda d: f"{d.month}/{d.day}/{d.year}"),
                          _csv("utf-8")),
    "dates spelt out": (_dates_written(lambda d: d.strftime("%d %b %Y")), _csv("utf-8")),
    "dates as serial numbers": (_dates_written(
        lambda d: (d - dt.datetime(1899, 12, 30)).days), _workbook(files.xlsx, ".xlsx")),
    "dates with a time": (_dates_written(lambda d: d.strftime("%d/%m/%Y %H:%M")),
                          _csv("utf-8")),
}
POLYU = "polyu-computing-procruit-c.xlsx"
_EMPLOYED, _RESIDENT = "現職 Currently employed? (是/否)", "香港居民 HK Resident (是/否)"
#: Ways the PolyU list's answers are written differently.
POLYU_LIST: dict[str, tuple[Callable[[Table], Table], Save]] = {
    "ticks and crosses": (_written(_EMPLOYED, lambda a: {"是": "√", "否": "×"}.get(a, a)),
                          _workbook(files.xlsx, ".xlsx")),
    "yes and no in english": (_written(_RESIDENT, lambda a: {"是": "Yes", "否": "No"}.get(a, a)),
                              _csv("utf-8")),
    "months in words": (_written("全職工作月數 Months of full-time work",
                                 lambda n: f"{n}個月" if isinstance(n, int) else n),
                        _workbook(files.xlsx, ".xlsx")),
    "awards in chinese": (_written("學歷 Award", lambda a: {
        "Bachelor's Degree": "學士", "Higher Diploma": "高級文憑", "Master's Degree": "碩士",
        "Associate Degree": "副學士"}.get(a, a)), _workbook(files.xlsx, ".xlsx")),
    "student numbers in lower case": (_written("學號 Student No.", str.lower), _csv("utf-8")),
}
CASES = [(sample, variant) for sample in LISTS for variant in ANY_LIST] + [
    (CUHK, variant) for variant in CUHK_LIST] + [(POLYU, variant) for variant in POLYU_LIST]


@pytest.fixture(scope="module")
def baselines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, tuple]]:
    """Each sample as the import reads it."""
    database = Database.open(tmp_path_factory.mktemp("baseline") / "empty.sqlite3")
    try:
        return {sample: _students(database, SAMPLES / sample) for sample in LISTS}
    finally:
        database.close()


@pytest.mark.parametrize(("sample", "variant"), CASES)
def test_the_same_list_reads_the_same_however_it_comes(
        sample: str, variant: str, baselines: dict[str, dict[str, tuple]], tmp_path: Path
) -> None:
    change, save = {**ANY_LIST, **CUHK_LIST, **POLYU_LIST}[variant]
    path = save(tmp_path / Path(sample).stem, change(_sample_table(sample)))
    database = Database.open(tmp_path / "empty.sqlite3")
    try:
        read = _students(database, path)
    finally:
        database.close()
    assert len(baselines[sample]) >= 25
    assert read == baselines[sample]


def test_headings_never_seen_are_read_by_what_their_columns_hold(
        database: Database, tmp_path: Path) -> None:
    """A student system's export whose headings CareerDesk has never met: the numbers, the
    addresses and both names are known by their values, and each student stored whole."""
    book = openpyxl.Workbook()
    book.active.append(["Learner Ref", "Person", "联系人中文", "Login", "Cohort Year", "Reach"])
    book.active.append(["1155201001", "CHAN Tai Man", "陈大文", "tm.chan@link.cuhk.edu.hk", 2026,
                        "9123 4567"])
    book.active.append(["1155201002", "WONG Siu Ming", "黄小明", "sm.wong@link.cuhk.edu.hk", 2026,
                        "+86 138 1234 5678"])
    book.active.append(["1155201003", "LEE Ka Yan", "李嘉欣", "ky.lee@link.cuhk.edu.hk", 2026,
                        61234567])
    book.save(tmp_path / "export.xlsx")
    result, _ = import_file(database, tmp_path / "export.xlsx", ImportOptions(university="CUHK"))
    assert (result.created, result.rejected) == (3, 0)
    with database.session() as session:
        stored = session.execute(select(Student.student_no, Student.name_en, Student.name_zh,
                                        Student.email, Student.phone)
                                 .order_by(Student.student_no)).all()
    assert [tuple(row) for row in stored] == [
        ("1155201001", "CHAN Tai Man", "陈大文", "tm.chan@link.cuhk.edu.hk",  # (as written)
         "+85291234567"),
        ("1155201002", "WONG Siu Ming", "黄小明", "sm.wong@link.cuhk.edu.hk", "+8613812345678"),
        ("1155201003", "LEE Ka Yan", "李嘉欣", "ky.lee@link.cuhk.edu.hk", "+85261234567")]


def test_students_with_nothing_but_a_number_are_never_made(database: Database,
                                                          tmp_path: Path) -> None:
    from careerdesk.core.services.importing.errors import ImportFailedError

    (tmp_path / "odd.csv").write_text("University,Student No.,Whom,Reach at\n"
                                      "CUHK,1155201001,Alice,alice at example dot com\n"
                                      "CUHK,1155201002,Bob,bob at example dot com\n",
                                      encoding="utf-8")
    with pytest.raises(ImportFailedError, match="no name and no email.*'Whom', 'Reach at'"):
        import_file(database, tmp_path / "odd.csv", ImportOptions())
    with database.session() as session:
        assert session.scalar(select(Student.id)) is None


def test_lines_under_the_table_are_notes_not_rejected_students(database: Database,
                                                              tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in (["Student No.", "English Name", "Email"],
                ["1155201001", "CHAN Tai Man", "tm@link.cuhk.edu.hk"],
                ["1155201002", "WONG Siu Ming", "sm@link.cuhk.edu.hk"], [],
                ["Checked by: Mandy Chan (Faculty Office), 3/12/2026"],
                ["Prepared by", "Mandy", "4 Dec 2026"]):
        book.active.append(row)
    book.save(tmp_path / "signed.xlsx")
    result, _ = import_file(database, tmp_path / "signed.xlsx",
                            ImportOptions(university="CUHK"))
    assert (result.created, result.rejected) == (2, 0)
    assert [(i.row, i.code) for i in result.issues] == [(5, "not_a_student_row"),
                                                        (6, "not_a_student_row")]


def test_a_team_per_row_gives_one_student_per_member(database: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in (["Team", "Leader Name", "Leader Student No.", "Leader Email",
                 "Member 1 Name", "Member 1 Student No.", "Member 1 Email",
                 "Member 2 Name", "Member 2 Student No.", "Member 2 Email"],
                ["Alpha", "CHAN Tai Man", "1155201001", "tm@link.cuhk.edu.hk", "LEE Ka Yan",
                 "1155201003", "ky@link.cuhk.edu.hk", "HO Man", "1155201004",
                 "hm@link.cuhk.edu.hk"],
                ["Beta", "WONG Siu Ming", "1155201002", "sm@link.cuhk.edu.hk", "CHEUNG Wai",
                 "1155201005", "bad-address", None, None, None]):
        book.active.append(row)
    book.save(tmp_path / "teams.xlsx")
    result, _ = import_file(database, tmp_path / "teams.xlsx", ImportOptions(university="CUHK"))
    assert (result.created, result.rejected) == (5, 0)
    problem = next(i for i in result.issues if i.code == "bad_email")
    assert (problem.row, problem.column) == (3, "Email")  # the team's row, as Excel shows it
    with database.session() as session:
        stored = session.execute(select(Student.student_no, Student.name_en, Student.email)
                                 .order_by(Student.student_no)).all()
    assert [tuple(row) for row in stored] == [
        ("1155201001", "CHAN Tai Man", "tm@link.cuhk.edu.hk"),
        ("1155201002", "WONG Siu Ming", "sm@link.cuhk.edu.hk"),
        ("1155201003", "LEE Ka Yan", "ky@link.cuhk.edu.hk"),
        ("1155201004", "HO Man", "hm@link.cuhk.edu.hk"),
        ("1155201005", "CHEUNG Wai", None)]
