"""Every sample nominee list imported through the real command line, checked field by field
against an independent reading of the same file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import assert_plain_failure, careerdesk
from tests.files import (
    HEADERS,
    ROWS,
    SAMPLES,
    SPREADSHEET_XML,
    WEB_EXPORT,
    docx,
    ods,
    rewrite_member,
    xls,
    xlsb,
    xlsx,
)

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no samples at {SAMPLES}")




def run_import(db: str, home: Path, *args: str) -> dict:
    result = careerdesk("--db", db, "import", *args, "--json", home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def students(db: str, home: Path) -> dict[tuple[str, str], dict]:
    listed = careerdesk("--db", db, "students", "list", "--json", home=home)
    return {(s["university"], s["student_no"]): s for s in json.loads(listed.stdout)}


def table(db: str, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, args).fetchall()


def sheet_rows(path: Path, sheet: str | None = None) -> list[tuple]:
    workbook = openpyxl.load_workbook(path, data_only=True)
    return list((workbook[sheet] if sheet else workbook.worksheets[0]).iter_rows(values_only=True))


def e164(number: object) -> str:
    digits = re.sub(r"\D", "", str(int(number) if isinstance(number, float) else number))
    return "+852" + digits[-8:]


def test_cuhk_talent_foundry_with_ranks(db: str, home: Path) -> None:
    path = SAMPLES / "cuhk-engineering-talent-foundry-2026.xlsx"
    report = run_import(db, home, str(path), "--cohort", "TF-2026")
    rows = sheet_rows(path)[1:]
    assert (report["header_row"], report["rows"], report["created"], report["rejected"]) == (
        1, len(rows), len(rows), 0)
    assert report["sheet"] == "Nominees" and isinstance(report["batch"], int)
    assert {"row", "column", "code", "message"} <= set(report["issues"][0])
    imported = students(db, home)
    for row in rows:
        number, name_en, name_zh, email, mobile, department, programme, year, grad, hk, rank = row
        student = imported[("CUHK", str(int(number)))]
        assert student["name_en"] == name_en and student["name_zh"] == name_zh
        assert student["email"] == email.strip().lower()
        assert student["phone"] == e164(mobile)
        assert student["programme"] == programme
        assert student["graduation"] == grad.date().isoformat()
        assert student["hk_resident"] is (hk == "Y")
    ranks = dict(table(db, "SELECT s.student_no, n.rank FROM nomination n JOIN student s ON "
                           "s.id = n.student_id JOIN cohort c ON c.id = n.cohort_id WHERE "
                           "c.code = 'TF-2026' AND n.import_batch_id = ?", report["batch"]))
    assert ranks == {str(int(r[0])): r[10] for r in rows}


def test_hkust_shortlist_surname_given_name_and_aliases(db: str, home: Path) -> None:
    path = SAMPLES / "hkust-engineering-tlt-shortlist.xlsx"
    report = run_import(db, home, str(path))
    assert report["sheet"] == "Shortlist"  # not the Instructions, not the hidden Lookup
    rows = [r for r in sheet_rows(path, "Shortlist")[1:] if r[2]]
    expected_university = {"UST": "HKUST", "香港科技大學": "HKUST", "HKUST": "HKUST",
                           "Hong Kong University of Science and Technology": "HKUST",
                           "HKU": "HKU", "港大": "HKU", "The University of Hong Kong": "HKU",
                           "CITYU": "CityU", "CityU": "CityU",
                           "City University of Hong Kong": "CityU"}
    imported = students(db, home)
    assert report["created"] == len(rows) and report["rejected"] == 0
    for row in rows:
        _, university, number, surname, given, name_zh, email, phone, major, grad, _ = row
        code = expected_university.get(university) or pytest.fail(f"unexpected {university}")
        student = imported[(code, str(number).strip())]
        assert student["name_en"] == f"{surname} {given}"
        assert student["name_zh"] == name_zh
        assert student["email"] == email.strip().lower()
        assert student["phone"] == e164(phone)
        assert student["programme"] == major
        month, year = (int(part) for part in grad.split("/"))
        last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        assert student["graduation"] == last_day.isoformat()
    flagged = [i for i in report["issues"] if i["code"] == "possible_duplicate"]
    assert flagged and all(isinstance(i["row"], int) for i in flagged)


def test_polyu_bilingual_headers_titles_notes_and_bad_cells(db: str, home: Path,
                                                            tmp_path: Path) -> None:
    path = SAMPLES / "polyu-computing-procruit-c.xlsx"
    rejects = tmp_path / "rejects.xlsx"
    report = run_import(db, home, str(path), "--rejects", str(rejects))
    assert report["header_row"] == 4
    codes = {(i["row"], i["code"]) for i in report["issues"]}
    assert (None, "university_inferred") in codes
    assert (None, "department_inferred") in codes  # "Department of Computing — …" above
    assert any(code == "missing_student_no" for _, code in codes)
    assert any(code == "duplicate_in_file" for _, code in codes)
    assert any(code == "bad_email" for _, code in codes)
    assert any(code == "not_a_student_row" for _, code in codes)  # "Prepared by: …"
    bad_email = next(i for i in report["issues"] if i["code"] == "bad_email")
    assert bad_email["column"] == "電郵 Email"
    rows = sheet_rows(path)
    header_index = 3
    data = [r for r in rows[header_index + 1:] if r[0] and str(r[0])[0].isdigit()]
    imported = students(db, home)
    first_seen = {}
    for row in data:
        first_seen.setdefault(row[0], row)
    for number, row in first_seen.items():
        student = imported[("PolyU", number)]
        assert student["name_en"] == row[1] and student["name_zh"] == row[2]
        assert student["phone"] == e164(row[4])
        day, month, year = (int(p) for p in row[5].split("/"))
        assert student["graduation"] == dt.date(year, month, day).isoformat()
        assert student["hk_resident"] is (row[8] == "是")
        assert student["department"] == "Department of Computing"
        expected_email = None if "@connect" in row[3] and "." not in row[3].split("@")[1] \
            else row[3].lower()
        assert student["email"] == expected_email
    employment = dict(table(db, "SELECT student_no, employment_status FROM student WHERE "
                                "student_no = ?", data[0][0]))
    assert employment[data[0][0]] == ("employed" if data[0][6] == "是" else "unemployed")
    saved = sheet_rows(rejects)
    assert saved[0][-1] == "Issues" and len(saved) - 1 == report["rejected"]


def test_hkbu_unicode_text_file(db: str, home: Path) -> None:
    path = SAMPLES / "hkbu-science-internship-nominees.txt"
    report = run_import(db, home, str(path), "--cohort", "INTERN-2026")
    text = path.read_bytes().decode("utf-16")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))[1:]
    rows = [r for r in rows if r and r[0].strip()]
    assert report["created"] == len(rows) and report["rejected"] == 0
    imported = students(db, home)
    for number, name_en, name_zh, email, mobile, faculty, programme in rows:
        student = imported[("HKBU", number)]
        assert (student["name_en"], student["name_zh"]) == (name_en, name_zh)
        assert student["email"] == email.lower() and student["phone"] == e164(mobile)
        assert (student["faculty"], student["programme"]) == (faculty, programme)
    assert table(db, "SELECT count(*) FROM nomination n JOIN cohort c ON c.id = n.cohort_id "
                     "WHERE c.code = 'INTERN-2026' AND n.import_batch_id = ?",
                 report["batch"]) == [(len(rows),)]


def test_career_day_registrations_become_attendance(db: str, home: Path) -> None:
    path = SAMPLES / "ai-in-action-career-day-registrations.csv"
    report = run_import(db, home, str(path))
    assert any(i["code"] == "event_inferred" for i in report["issues"])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert report["rows"] == len(rows) and report["rejected"] == 0
    attendance = {number: status for number, status in table(
        db, "SELECT s.student_no, a.status FROM attendance a JOIN student s ON s.id = "
            "a.student_id JOIN event e ON e.id = a.event_id WHERE e.code = 'AIA-2025' AND "
            "a.import_batch_id = ?", report["batch"])}
    wanted = {"On-site": "on_site", "Virtual": "virtual", "No-show": "no_show"}
    assert attendance == {r["Student Number"]: wanted[r["Attendance"]] for r in rows}
    imported = students(db, home)
    codes = {"The Chinese University of Hong Kong": "CUHK", "City University of Hong Kong":
             "CityU", "Hong Kong Baptist University": "HKBU", "The Hong Kong Polytechnic "
             "University": "PolyU", "The Hong Kong University of Science and Technology":
             "HKUST", "The University of Hong Kong": "HKU"}
    for row in rows:
        student = imported[(codes[row["University"]], row["Student Number"])]
        assert student["name_en"] == row["Full Name"] and student["email"] == row["Email"]


def test_importing_the_same_file_again_changes_nothing(db: str, home: Path) -> None:
    path = str(SAMPLES / "cuhk-engineering-talent-foundry-2026.xlsx")
    first = run_import(db, home, path)
    again = run_import(db, home, path)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, first["created"])
    assert "imported_before" not in {i["code"] for i in first["issues"]}
    told = [i for i in again["issues"] if i["code"] == "imported_before"]
    assert len(told) == 1 and f"import {first['batch']}," in told[0]["message"]
    undo = careerdesk("--db", db, "imports", "undo", str(again["batch"]), home=home)
    assert undo.returncode == 0, undo.stderr
    careerdesk("--db", db, "imports", "undo", str(first["batch"]), home=home)
    after_undo = run_import(db, home, path)  # (an import undone is as if never made)
    assert "imported_before" not in {i["code"] for i in after_undo["issues"]}


def test_a_student_number_shown_with_leading_zeros_is_the_same_student(
        db: str, home: Path, tmp_path: Path) -> None:
    """One office typed 01234567 as text; another's list keeps it as a number formatted
    "00000000". Both are the same student: the second list changes nothing."""
    rows = [["Student No.", "English Name", "University", "Year of Study"]]
    typed = xlsx(tmp_path / "typed.xlsx", [*rows, ["01234567", "CHAN Tai Man", "HKBU", 3]])
    kept = xlsx(tmp_path / "kept.xlsx", [*rows, [1234567, "CHAN Tai Man", "HKBU", 3]])
    workbook = openpyxl.load_workbook(kept)
    workbook.active["A2"].number_format = "00000000"
    workbook.active["D2"].number_format = "00"  # (shown as 03: still the third year)
    workbook.save(kept)
    assert run_import(db, home, str(typed))["created"] == 1
    again = run_import(db, home, str(kept))
    assert (again["created"], again["unchanged"], again["issues"]) == (0, 1, [])
    listed = students(db, home)
    assert ("HKBU", "01234567") in listed and ("HKBU", "1234567") not in listed


def test_a_hidden_old_column_beside_the_new_one_is_left_out(db: str, home: Path,
                                                           tmp_path: Path) -> None:
    """The sender hid last year's "Email" column and added a new one: the list imports with
    the visible addresses, and says which column was left out and why."""
    path = xlsx(tmp_path / "hidden.xlsx", [
        ["Student No.", "English Name", "Email", "Email", "University"],
        ["1155000981", "CHAN Tai Man", "old@gmail.com", "tm@link.cuhk.edu.hk", "CUHK"]])
    workbook = openpyxl.load_workbook(path)
    workbook.active.column_dimensions["C"].hidden = True
    workbook.save(path)
    report = run_import(db, home, str(path))
    assert report["created"] == 1
    assert [(i["column"], i["code"]) for i in report["issues"]] == [
        ("Email", "hidden_column_set_aside")]
    assert "Column C ('Email') is hidden in the file" in report["issues"][0]["message"]
    assert students(db, home)[("CUHK", "1155000981")]["email"] == "tm@link.cuhk.edu.hk"


def test_a_csv_saved_by_excel_in_big5_keeps_the_stored_chinese_name(
        db: str, home: Path, tmp_path: Path) -> None:
    """陳堃 imported from the faculty's workbook; the same list saved by Excel as a Big5 CSV
    says 陳? (堃 is not in Big5): the import says so and the stored name stays."""
    rows = [["Student No.", "English Name", "Chinese Name", "University"]]
    first = xlsx(tmp_path / "list.xlsx", [*rows, ["1155000961", "CHAN Kwan", "陳堃", "CUHK"]])
    assert run_import(db, home, str(first))["created"] == 1
    saved = tmp_path / "list.csv"
    saved.write_bytes("Student No.,English Name,Chinese Name,University\r\n"
                      "1155000961,CHAN Kwan,陳?,CUHK\r\n".encode("big5"))
    again = run_import(db, home, str(saved))
    assert (again["unchanged"], again["updated"]) == (1, 0)
    assert [(i["row"], i["column"], i["code"]) for i in again["issues"]] == [
        (2, "Chinese Name", "name_character_lost")]
    assert students(db, home)[("CUHK", "1155000961")]["name_zh"] == "陳堃"


def test_an_employment_status_column_is_read_as_the_office_records_it(
        db: str, home: Path, tmp_path: Path) -> None:
    """"Employment Status" written as words (PROCRUIT C asks for graduates not employed):
    stored as employed, unemployed or studying; ticks in the consent column are yes."""
    path = xlsx(tmp_path / "status.xlsx", [
        ["Student No.", "English Name", "University", "Employment Status", "Consent"],
        ["1155000941", "CHAN Tai Man", "CUHK", "Unemployed", "√"],
        ["1155000942", "WONG Siu Ming", "CUHK", "Full-time", "×"],
        ["1155000943", "LEE Ka Yan", "CUHK", "Full-time student", "√"]])
    report = run_import(db, home, str(path))
    assert (report["created"], report["issues"]) == (3, [])
    assert table(db, "SELECT student_no, employment_status, consent_to_share FROM student "
                     "WHERE student_no LIKE '115500094_' ORDER BY student_no") == [
        ("1155000941", "unemployed", 1), ("1155000942", "employed", 0),
        ("1155000943", "studying", 1)]


def test_dry_run_reports_everything_and_writes_nothing(db: str, home: Path) -> None:
    before = table(db, "SELECT count(*) FROM student")
    report = run_import(db, home, str(SAMPLES / "polyu-computing-procruit-c.xlsx"), "--dry-run")
    assert report["batch"] is None and report["created"] > 0
    assert table(db, "SELECT count(*) FROM student") == before
    assert table(db, "SELECT count(*) FROM import_batch") == [(0,)]


def test_updates_list_the_changed_fields_and_undo_restores_them(db: str, home: Path,
                                                                tmp_path: Path) -> None:
    first = xlsx(tmp_path / "first.xlsx", [HEADERS, *ROWS])
    run_import(db, home, str(first))
    changed = [list(r) for r in ROWS]
    changed[0][3] = "taiman.chan@link.cuhk.edu.hk"
    changed[0][4] = "5123 4567"
    second = xlsx(tmp_path / "second.xlsx", [HEADERS, *changed])
    report = run_import(db, home, str(second))
    assert (report["updated"], report["unchanged"]) == (1, 1)
    assert report["changes"] == [{"row": 2, "university": "CUHK", "student_no": "1155000001",
                                  "fields": ["email", "mobile"]}]
    undone = careerdesk("--db", db, "imports", "undo", str(report["batch"]), home=home)
    assert undone.returncode == 0, undone.stderr
    assert "1 updated students restored" in undone.stdout
    assert table(db, "SELECT email, phone FROM student WHERE student_no = '1155000001'") == [
        ("tai.man@link.cuhk.edu.hk", "+85291234567")]
    listed = json.loads(careerdesk("--db", db, "imports", "list", "--json", home=home).stdout)
    assert [b["undone"] for b in listed] == [True, False]
    # Stored in UTC, shown in Hong Kong time: with its offset for a script, as the office's
    # clock reads for a person.
    stored = table(db, "SELECT imported_at FROM import_batch WHERE id = ?", report["batch"])
    hong_kong = (dt.datetime.fromisoformat(stored[0][0]) + dt.timedelta(hours=8))
    listed_batch = next(b for b in listed if b["batch"] == report["batch"])
    assert listed_batch["imported_at"] == hong_kong.isoformat() + "+08:00"
    shown = careerdesk("--db", db, "imports", "list", home=home).stdout
    assert f"{hong_kong:%Y-%m-%d %H:%M}" in shown


def test_undo_removes_what_an_import_added(db: str, home: Path) -> None:
    before = table(db, "SELECT count(*) FROM student")
    report = run_import(db, home, str(SAMPLES / "cuhk-engineering-talent-foundry-2026.xlsx"),
                        "--cohort", "TF-2026")
    careerdesk("--db", db, "imports", "undo", str(report["batch"]), home=home)
    assert table(db, "SELECT count(*) FROM student") == before
    assert table(db, "SELECT count(*) FROM nomination WHERE import_batch_id = ?",
                 report["batch"]) == [(0,)]
    again = careerdesk("--db", db, "imports", "undo", str(report["batch"]), home=home)
    assert "already undone" in assert_plain_failure(again)


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 not a list", b"PK\x03\x04broken"])
def test_unreadable_files_exit_2_and_change_nothing(db: str, home: Path, tmp_path: Path,
                                                    content: bytes) -> None:
    path = tmp_path / "nominees.xlsx"
    path.write_bytes(content)
    before = table(db, "SELECT count(*) FROM student")
    message = assert_plain_failure(careerdesk("--db", db, "import", str(path), home=home))
    assert "nominees.xlsx" in message
    assert table(db, "SELECT count(*) FROM student") == before


def test_unknown_cohort_or_university_exit_2(db: str, home: Path) -> None:
    path = str(SAMPLES / "cuhk-engineering-talent-foundry-2026.xlsx")
    assert "no cohort" in assert_plain_failure(
        careerdesk("--db", db, "import", path, "--cohort", "NOPE-1999", home=home))
    assert "not a university" in assert_plain_failure(
        careerdesk("--db", db, "import", path, "--university", "MIT", home=home))


def test_a_cohort_named_before_any_exists_says_so(home: Path, tmp_path: Path) -> None:
    """A new office's database has no cohorts: the sentence says so, not "known cohorts
    include ." with nothing after it."""
    new = str(tmp_path / "new.sqlite3")
    path = str(SAMPLES / "cuhk-engineering-talent-foundry-2026.xlsx")
    message = assert_plain_failure(
        careerdesk("--db", new, "import", path, "--cohort", "TF-2026", home=home))
    assert message == ("careerdesk: There is no cohort 'TF-2026'; CareerDesk has no cohorts yet "
                       "(add one on the Programmes page).")


def test_formula_and_error_cells_are_named_by_cell(db: str, home: Path, tmp_path: Path) -> None:
    """The command line reads the sheet ahead on a thread and looks for formula and error
    cells beside it: each still becomes an issue naming its row, column and cell."""
    path = xlsx(tmp_path / "formulas.xlsx", [
        ["Student No", "English Name", "University", "Year of Study"],
        ["1155000001", "CHAN Tai Man", "CUHK", "=1+1"],
        ["1155000002", "WONG Siu Ming", "CUHK", "#N/A"],
        ["1155000003", "LEE Ka Yan", "CUHK", 3]])
    report = run_import(db, home, str(path))
    assert report["created"] == 1 and report["rejected"] == 2
    found = {(i["row"], i["column"], i["code"]) for i in report["issues"]}
    assert found == {(2, "Year of Study", "formula_no_value"),
                     (3, "Year of Study", "error_value")}
    messages = " ".join(i["message"] for i in report["issues"])
    assert "D2" in messages and "D3" in messages and "#N/A" in messages


def test_a_sheet_written_with_prefixed_elements_still_names_its_formulas_and_hidden_rows(
        db: str, home: Path, tmp_path: Path) -> None:
    """Systems built on the .NET Open XML SDK write "<x:row>", "<x:c>", "<x:f>": a formula
    without a saved result was imported as an empty cell, and a hidden row as a student."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Student No", "English Name", "University", "Year of Study"],
                ["1155000001", "CHAN Tai Man", "CUHK", 3],
                ["1155000002", "WONG Siu Ming", "CUHK", "=1+1"],
                ["1155000003", "LEE Ka Yan", "CUHK", 2]):
        sheet.append(row)
    sheet.row_dimensions[4].hidden = True
    path = tmp_path / "system report.xlsx"
    workbook.save(path)

    def prefixed(xml: bytes) -> bytes:
        xml = xml.replace(b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                          b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        return re.sub(rb"<(/?)([A-Za-z]+)\b", rb"<\1x:\2", xml)

    rewrite_member(path, "xl/worksheets/sheet1.xml", prefixed)
    assert b"<x:f>" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"]) == (1, 1)
    assert {(i["row"], i["column"], i["code"]) for i in report["issues"]} == {
        (3, "Year of Study", "formula_no_value"), (4, "", "hidden_row")}


FORMS_EXPORT = """\
Timestamp,Email Address,Full name (as on HKID),Chinese name (if any),Student ID,\
Mobile number (WhatsApp),University,Programme,Expected graduation (MM/YYYY),\
Are you a Hong Kong permanent resident?,Are you currently employed?
2026/03/01 10:15:22 AM GMT+8,taiman.chan@link.cuhk.edu.hk,CHAN Tai Man,陳大文,1155123456,\
+852 9123 4567 (WhatsApp),The Chinese University of Hong Kong (CUHK),BEng,06/2026,Yes,No
2026/03/01 11:02:03 AM GMT+8,kayan.lee@connect.hku.hk,Lee Ka Yan,,3035123456,6123-4567,\
The University of Hong Kong,BSc,07/2026,"Yes, I am",No
2026/03/02 9:45:10 PM GMT+8,ming@polyu.edu.hk,WONG Siu Ming,黃小明,21012345D,(852) 5123 4567,\
香港理工大學 / PolyU,Higher Diploma,2026年8月,否,是
2026/03/02 9:47:00 PM GMT+8,chi@link.cuhk.edu.cn,HO Chi,何志,120090001,13912345678,\
CUHK (Shenzhen),BBA,06/2026,No,No
"""


def test_an_online_form_export_with_questions_for_headings(db: str, home: Path,
                                                           tmp_path: Path) -> None:
    """A registration form's export, as no faculty here has sent one: questions for
    headings, universities written with their code in brackets or after a slash, answers
    such as "Yes, I am"; a university CareerDesk does not know is still refused."""
    path = tmp_path / "form responses.csv"
    path.write_text(FORMS_EXPORT, encoding="utf-8")
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"]) == (3, 1)
    assert {(i["row"], i["code"]) for i in report["issues"]} == {
        (5, "unknown_university")}  # CUHK (Shenzhen); the timestamp is read (when answered),
    # and the mainland mobile written without +86 (13912345678) is one
    stored = students(db, home)
    assert stored[("CUHK", "1155123456")].items() >= {
        "name_en": "CHAN Tai Man", "name_zh": "陳大文", "email": "taiman.chan@link.cuhk.edu.hk",
        "phone": "+85291234567", "graduation": "2026-06-30", "hk_resident": True}.items()
    assert stored[("HKU", "3035123456")]["hk_resident"] is True  # "Yes, I am"
    assert stored[("PolyU", "21012345D")]["hk_resident"] is False
    assert stored[("PolyU", "21012345D")]["graduation"] == "2026-08-31"
    assert table(db, "SELECT student_no, employment_status FROM student WHERE student_no IN "
                     "('1155123456', '21012345D', '3035123456') ORDER BY student_no") == [
        ("1155123456", "unemployed"), ("21012345D", "employed"), ("3035123456", "unemployed")]


SYSTEM_EXPORT = """\
STUDENT_ID,ENG_NAME,CHI_NAME,EMAIL_ADDR,MOBILE_NO,FACULTY_CODE,PROG_CODE,PROG_NAME,\
YR_OF_STUDY,EXP_GRAD_DATE,RESIDENCY_STATUS,UNIV_CODE
1155123456,CHAN Tai Man,陳大文,TAIMAN.CHAN@LINK.CUHK.EDU.HK,91234567,ENF,CSCIN,\
BSc in Computer Science,3,2026-06-30 00:00:00,L,CUHK
1155123457,WONG Siu Ming,黃小明,siuming.wong@link.cuhk.edu.hk,61234567,ENF,ELEGN,\
BEng in Electronic Engineering,4,2027-06-30 00:00:00,NL,CUHK
"""


def test_a_student_system_export_with_column_names_for_headings(db: str, home: Path,
                                                                tmp_path: Path) -> None:
    """A faculty office's extract from its student system: column names for headings
    (underscores, short forms), residency as "L"/"NL", and a programme code that is not a
    cohort, said once for the file instead of on every row."""
    path = tmp_path / "SIS extract.csv"
    path.write_text(SYSTEM_EXPORT, encoding="utf-8")
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"]) == (2, 0)
    assert [(i["row"], i["column"], i["code"]) for i in report["issues"]] == [
        (None, "PROG_CODE", "not_cohorts"), (1, "FACULTY_CODE", "column_ignored")]
    stored = students(db, home)
    assert stored[("CUHK", "1155123456")].items() >= {
        "name_en": "CHAN Tai Man", "name_zh": "陳大文", "email": "taiman.chan@link.cuhk.edu.hk",
        "phone": "+85291234567", "programme": "BSc in Computer Science", "year_of_study": 3,
        "graduation": "2026-06-30", "hk_resident": True}.items()
    assert stored[("CUHK", "1155123457")]["hk_resident"] is False
    assert stored[("CUHK", "1155123457")]["graduation"] == "2027-06-30"


def test_a_binary_workbook_imports_like_any_other(db: str, home: Path, tmp_path: Path) -> None:
    """An .xlsb (Excel's binary workbook), here saved under the usual .xlsx name."""
    rows = [[*HEADERS, "Expected Graduation"], [*ROWS[0], dt.datetime(2026, 6, 30)],
            [*ROWS[1], dt.datetime(2027, 6, 30)]]
    path = xlsb(tmp_path / "nominees.xlsb", rows).rename(tmp_path / "nominees.xlsx")
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"], report["issues"]) == (2, 0, [])
    stored = students(db, home)
    assert stored[("CUHK", "1155000001")].items() >= {
        "name_en": "CHAN Tai Man", "name_zh": "陳大文", "phone": "+85291234567",
        "graduation": "2026-06-30"}.items()
    assert stored[("CUHK", "1155000002")]["graduation"] == "2027-06-30"  # "中大" is CUHK


def test_a_ticketing_site_export_becomes_attendance(db: str, home: Path, tmp_path: Path) -> None:
    """An Eventbrite-style export: order numbers and dates, first and last names, the
    ticket each bought and who checked in, for the event named on the command line."""
    path = tmp_path / "tickets.csv"
    path.write_text(
        "Order #,Order Date,First Name,Last Name,Email,Ticket Type,Attendee Status,Student ID,"
        "University\n"
        "1234567890,2025-02-01 09:37:00+08:00,Tai Man,CHAN,tm@link.cuhk.edu.hk,Virtual Pass,"
        "Checked In,1155000101,CUHK\n"
        "1234567891,2025-02-01 10:02:11+08:00,Ka Yan,LEE,ky@connect.hku.hk,On-site Pass,"
        "Attending,3035000101,HKU\n"
        "1234567892,2025-02-02 13:10:45+08:00,Siu Ming,WONG,sm@polyu.edu.hk,On-site Pass,"
        "Not Checked In,21000101D,PolyU\n", encoding="utf-8")
    assert "which event" in assert_plain_failure(
        careerdesk("--db", db, "import", str(path), home=home))
    for pattern in ("%", "AIA-202_", "aia%"):  # a code, never a pattern matching some event
        assert "There is no event" in assert_plain_failure(
            careerdesk("--db", db, "import", str(path), "--event", pattern, home=home))
    report = run_import(db, home, str(path), "--event", "aia-2025")
    assert (report["created"], report["rejected"], report["issues"]) == (3, 0, [])
    assert table(db, "SELECT s.student_no, s.name_en, a.status, a.registration_ref, "
                     "a.registered_at FROM attendance a JOIN student s ON s.id = a.student_id "
                     "JOIN event e ON e.id = a.event_id WHERE e.code = 'AIA-2025' AND "
                     "a.registration_ref LIKE '12345678%' ORDER BY s.student_no") == [
        ("1155000101", "CHAN Tai Man", "virtual", "1234567890", "2025-02-01 01:37:00.000000"),
        ("21000101D", "WONG Siu Ming", "no_show", "1234567892", "2025-02-02 05:10:45.000000"),
        ("3035000101", "LEE Ka Yan", "registered", "1234567891",
         "2025-02-01 02:02:11.000000")]


def test_a_second_column_meaning_the_same_is_set_aside_and_said(db: str, home: Path,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "both.csv"
    path.write_text("Student No.,Name,Programme,Major\n1155000901,CHAN Tai Man,BEng,Computer "
                    "Engineering\n", encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK")
    assert (report["created"], report["rejected"]) == (1, 0)
    assert [(i["row"], i["column"], i["code"]) for i in report["issues"]] == [
        (1, "Major", "column_set_aside")]
    assert "'Programme' was imported and 'Major' was not" in report["issues"][0]["message"]
    assert students(db, home)[("CUHK", "1155000901")]["programme"] == "BEng"


def test_a_problem_on_many_rows_is_said_once_for_people_and_per_row_for_scripts(
        db: str, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "cohort.csv"
    path.write_text("Student No.,Name,Cohort\n" + "".join(
        f"1155{n:06d},CHAN Tai Man {n},NO-SUCH-2026\n" for n in range(7)), encoding="utf-8")
    shown = careerdesk("--db", db, "import", str(path), "--university", "CUHK", "--dry-run",
                       home=home)
    assert shown.returncode == 0, shown.stderr
    lines = [line for line in shown.stdout.splitlines() if "NO-SUCH-2026" in line]
    assert len(lines) == 1 and lines[0].startswith("Rows 2, 3, 4, 5, 6 and 2 more  Cohort")
    report = run_import(db, home, str(path), "--university", "CUHK", "--dry-run")
    assert [issue["row"] for issue in report["issues"]] == [2, 3, 4, 5, 6, 7, 8]


def test_an_online_form_export_with_a_consent_statement(db: str, home: Path,
                                                        tmp_path: Path) -> None:
    """A Google Forms export: a timestamp, questions for headings, the consent box as a
    statement ("I agree that …") answered "I agree", the university with its faculty."""
    path = tmp_path / "form.csv"
    path.write_text(
        "Timestamp,Email Address,Full name (English),中文姓名,Student ID (e.g. 1155xxxxxx),"
        "University,Mobile phone number,Are you a Hong Kong permanent resident?,"
        "\"I agree that my personal data may be shared with the programme and employers\"\n"
        "2025/11/03 10:15:22 AM GMT+8,tm@link.cuhk.edu.hk,CHAN Tai Man,陳大文,1155000931,"
        "CUHK - Faculty of Engineering,9123 4567,Yes,I agree\n"
        "2025/11/03 11:02:09 PM GMT+8,ky@connect.hku.hk,LEE Ka Yan,李嘉欣,3035000931,"
        "The University of Hong Kong,6123 4567,No,I do not agree\n", encoding="utf-8")
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"]) == (2, 0)
    assert report["issues"] == []  # every column read, the Timestamp as when each answered
    stored = students(db, home)
    assert stored[("CUHK", "1155000931")]["phone"] == "+85291234567"
    assert stored[("CUHK", "1155000931")]["faculty"] == "Faculty of Engineering"
    assert table(db, "SELECT student_no, consent_to_share, consent_date, hk_resident FROM "
                     "student WHERE student_no IN ('1155000931', '3035000931') ORDER BY "
                     "student_no") == [("1155000931", 1, "2025-11-03", 1),  # dated when given
                                       ("3035000931", 0, None, 0)]


def test_a_form_whose_headings_are_questions(db: str, home: Path, tmp_path: Path) -> None:
    """Headings asked as questions or requests ("Which university are you studying at?",
    "What is your student ID?", "Please enter your email"), and a Microsoft Forms export:
    its response "ID" is not a student number, and "anonymous" is no email address."""
    path = tmp_path / "form.csv"
    path.write_text(
        "Timestamp,Please enter your email,What is your full name?,What is your student ID?,"
        "Which university are you studying at?,Which programme are you applying for?,"
        "When do you expect to graduate?\n"
        "2026/11/02 9:15:03 AM GMT+8,TM@link.cuhk.edu.hk,CHAN Tai Man,1155000971,"
        "The Chinese University of Hong Kong (CUHK),TF-2026,6/2027\n"
        "2026/11/02 10:01:44 AM GMT+8,sm@connect.hku.hk,WONG Siu Ming,3035000971,"
        "The University of Hong Kong (HKU),TF-2026,30/06/2027\n", encoding="utf-8")
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"]) == (2, 0)
    assert report["issues"] == []  # the Timestamp is read: when each student answered
    stored = students(db, home)
    assert stored[("CUHK", "1155000971")]["email"] == "tm@link.cuhk.edu.hk"
    assert stored[("HKU", "3035000971")]["graduation"] == "2027-06-30"
    assert table(db, "SELECT count(*) FROM nomination JOIN student ON student.id = "
                     "nomination.student_id WHERE student_no LIKE '%000971'") == [(2,)]
    forms = xlsx(tmp_path / "ms-forms.xlsx", [
        ["ID", "Start time", "Completion time", "Email", "Name", "Student number",
         "University"],
        [1, dt.datetime(2026, 11, 2, 9, 1), dt.datetime(2026, 11, 2, 9, 5), "anonymous",
         None, "21000971D", "PolyU"]])
    answered = run_import(db, home, str(forms))
    assert (answered["created"], answered["rejected"]) == (1, 0)
    assert {i["code"] for i in answered["issues"]} == {"column_ignored"}
    assert students(db, home)[("PolyU", "21000971D")]["email"] is None


def test_a_survey_export_with_its_question_ids_under_the_headings(db: str, home: Path,
                                                                  tmp_path: Path) -> None:
    """A Qualtrics export: column names, then the questions (the headings a coordinator
    reads), then a row of {"ImportId": …}, which is no student; the mailing list's
    "Recipient Email" and names are the students' own."""
    path = tmp_path / "survey.csv"
    path.write_text(
        'StartDate,EndDate,Status,Progress,Finished,ResponseId,RecipientLastName,'
        'RecipientFirstName,RecipientEmail,Q1,Q2\n'
        'Start Date,End Date,Response Type,Progress,Finished,Response ID,Recipient Last Name,'
        'Recipient First Name,Recipient Email,What is your student ID?,Mobile number\n'
        '"{""ImportId"":""startDate"",""timeZone"":""Asia/Hong_Kong""}",'
        '"{""ImportId"":""endDate"",""timeZone"":""Asia/Hong_Kong""}",'
        '"{""ImportId"":""status""}","{""ImportId"":""progress""}",'
        '"{""ImportId"":""finished""}","{""ImportId"":""_recordId""}",'
        '"{""ImportId"":""recipientLastName""}","{""ImportId"":""recipientFirstName""}",'
        '"{""ImportId"":""recipientEmail""}","{""ImportId"":""QID1_TEXT""}",'
        '"{""ImportId"":""QID2_TEXT""}"\n'
        '2026-11-02 09:15:03,2026-11-02 09:17:40,IP Address,100,True,R_1,CHAN,Tai Man,'
        'tm@link.cuhk.edu.hk,1155000981,9123 4567\n', encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK")
    assert (report["header_row"], report["created"], report["rejected"]) == (2, 1, 0)
    assert {i["code"] for i in report["issues"]} == {"column_ignored"}
    stored = students(db, home)[("CUHK", "1155000981")]
    assert (stored["name_en"], stored["email"], stored["phone"]) == (
        "CHAN Tai Man", "tm@link.cuhk.edu.hk", "+85291234567")


def test_a_csv_row_split_by_a_comma_in_a_name_is_rejected_and_saved_to_mend(
        db: str, home: Path, tmp_path: Path) -> None:
    """A CSV file typed by hand: "CHAN, Tai Man" unquoted makes the row one value longer,
    and everything after the name one heading to the right. The row is rejected saying why
    (not stored as a student called "CHAN" whose email is " Tai Man"), and saved with the
    rejected rows as it stands in the file, to be mended in Excel."""
    path = tmp_path / "typed.csv"
    path.write_text("Student ID,Name,Email,Mobile\n"
                    "1155000991,CHAN, Tai Man,tm@link.cuhk.edu.hk,91234567\n"
                    "1155000992,LEE Siu Ming,sm@link.cuhk.edu.hk,61234567\n"
                    "1155000993,WONG Ka Yan,ky@link.cuhk.edu.hk,51234567\n", encoding="utf-8")
    rejects = tmp_path / "rejects.xlsx"
    report = run_import(db, home, str(path), "--university", "CUHK", "--rejects", str(rejects))
    assert (report["created"], report["rejected"]) == (2, 1)
    assert [(i["row"], i["code"]) for i in report["issues"]] == [(2, "row_split")]
    assert ("CUHK", "1155000991") not in students(db, home)
    assert sheet_rows(rejects)[1][:5] == ("1155000991", "CHAN", " Tai Man",
                                          "tm@link.cuhk.edu.hk", "91234567")


def test_a_list_sent_as_a_word_table(db: str, home: Path, tmp_path: Path) -> None:
    """The nominations the Dean signs, as a table in a Word document: imported from the
    table, its university taken from the title above it, and nominated."""
    path = docx(tmp_path / "TF nominations.docx", [
        ["No.", "Student ID", "Name (English)", "Name (Chinese)", "Email", "Mobile",
         "Faculty Rank"],
        [1, "1155000995", "CHAN Tai Man", "陳大文", "tm@link.cuhk.edu.hk", "9123 4567", 1],
        [2, "1155000996", "LEE Siu Ming", "李小明", "sm@link.cuhk.edu.hk", "6123-4567", 2]],
        title=["The Chinese University of Hong Kong, Faculty of Engineering",
               "Talent Foundry 2026 — faculty nominations"])
    report = run_import(db, home, str(path), "--cohort", "TF-2026")
    assert (report["header_row"], report["created"], report["rejected"]) == (3, 2, 0)
    assert [i["code"] for i in report["issues"]] == ["university_inferred", "faculty_inferred"]
    stored = students(db, home)
    assert stored[("CUHK", "1155000995")]["name_zh"] == "陳大文"
    assert stored[("CUHK", "1155000995")]["faculty"] == "Faculty of Engineering"
    assert stored[("CUHK", "1155000996")]["phone"] == "+85261234567"
    assert table(db, "SELECT rank FROM nomination JOIN student ON student.id = "
                     "nomination.student_id WHERE student_no = '1155000996'") == [(2,)]


def test_a_workbook_with_a_list_per_sheet_says_what_it_left(db: str, home: Path,
                                                            tmp_path: Path) -> None:
    """A sheet per university: one import takes one sheet, and says the others are there
    (never silently); instruction and lookup sheets are not lists."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "CUHK"
    for sheet, rows in ((first, [["1155000951", "CHAN Tai Man", "CUHK"]]),
                        (workbook.create_sheet("HKU"), [["3035000951", "LEE Ka Yan", "HKU"]]),
                        (workbook.create_sheet("PolyU"), [["21000951D", "WONG Siu Ming",
                                                           "PolyU"]])):
        sheet.append(["Student No.", "English Name", "University"])
        for row in rows:
            sheet.append(row)
    workbook.create_sheet("Lookup").append(["CUHK", "The Chinese University of Hong Kong"])
    path = tmp_path / "per-university.xlsx"
    workbook.save(path)
    report = run_import(db, home, str(path))
    assert (report["sheet"], report["created"]) == ("CUHK", 1)
    (note,) = [i for i in report["issues"] if i["code"] == "other_sheets"]
    assert "the sheets 'HKU' and 'PolyU'" in note["message"] and "only 'CUHK'" in note["message"]
    again = run_import(db, home, str(path), "--sheet", "HKU")
    assert again["created"] == 1
    assert "the sheets 'CUHK' and 'PolyU'" in next(
        i["message"] for i in again["issues"] if i["code"] == "other_sheets")


def test_rows_hidden_or_filtered_out_in_excel_are_not_imported_and_are_said(
        db: str, home: Path, tmp_path: Path) -> None:
    """A faculty filters its list to the endorsed students and sends it: the rows filtered
    out are still in the file, hidden. As the coordinator sees the sheet, they are not
    nominees; the import says which rows it left out. (Hidden empty rows say nothing.)"""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Student No.", "English Name", "University", "Endorsed"])
    for number, endorsed in enumerate(["Y", "N", "Y", "N", "Y"]):
        sheet.append([f"115500096{number}", f"CHAN Tai Man {number}", "CUHK", endorsed])
    sheet.auto_filter.ref = "A1:D6"
    for row in (3, 5, 40):  # the two not endorsed, and an empty row far below
        sheet.row_dimensions[row].hidden = True
    path = tmp_path / "filtered.xlsx"
    workbook.save(path)
    assert_endorsed_only(db, home, path, "11550009")


def assert_endorsed_only(db: str, home: Path, path: Path, prefix: str) -> None:
    """Of five students, the second and fourth (rows 3 and 5) filtered out: three imported,
    the other two named as hidden and not stored."""
    report = run_import(db, home, str(path), "--cohort", "TF-2026")
    assert (report["rows"], report["created"], report["rejected"]) == (3, 3, 0)
    assert [(i["row"], i["code"]) for i in report["issues"] if i["code"] == "hidden_row"] == [
        (3, "hidden_row"), (5, "hidden_row")]
    stored = students(db, home)
    assert ("CUHK", f"{prefix}61") not in stored and ("CUHK", f"{prefix}62") in stored


#: Five students, the second and fourth (rows 3 and 5) not endorsed and filtered out.
FILTERED = [["Student No.", "English Name", "University", "Endorsed"],
            *[[f"115500096{n}", f"LEE Ka Yan {n}", "CUHK", e]
              for n, e in enumerate(["Y", "N", "Y", "N", "Y"])]]


@pytest.mark.parametrize("save", [
    lambda folder: ods(folder / "filtered.ods", FILTERED, hidden=(2, 4)),  # LibreOffice Calc
    lambda folder: xls(folder / "filtered.xls", FILTERED, sheet="名單", hidden=(2, 4)),
    lambda folder: xlsb(folder / "filtered.xlsb", FILTERED, hidden=(2, 4)),
], ids=["ods", "xls", "xlsb"])
def test_rows_filtered_out_of_any_workbook_are_not_imported_either(db: str, home: Path,
                                                                   tmp_path: Path,
                                                                   save) -> None:  # noqa: ANN001
    """The same list filtered and saved from LibreOffice (.ods), as Excel 97-2003 (.xls) or
    as a binary workbook (.xlsb): python-calamine reads the hidden rows like any other; the
    file's own records say they are hidden, and the import leaves them out and says so."""
    assert_endorsed_only(db, home, save(tmp_path), "11550009")


def test_headings_with_no_students_under_them_import_nothing(db: str, home: Path,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("Student No.,English Name,University\n,,\n", encoding="utf-8")
    batches = table(db, "SELECT count(*) FROM import_batch")
    message = assert_plain_failure(careerdesk("--db", db, "import", str(path), home=home))
    assert "no student rows" in message and "row 1" in message
    assert table(db, "SELECT count(*) FROM import_batch") == batches  # no empty batch


def test_columns_without_a_heading_are_read_when_plain_and_never_dropped_unsaid(
        db: str, home: Path, tmp_path: Path) -> None:
    """"Name" merged across the English and the Chinese names: the Chinese column has no
    heading of its own, and its names were lost without a word. Now it is the Chinese name
    (and a rejected row's file heads it so, to import again); a row-number column with no
    heading is left alone; any other column of values under no heading is reported."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in ([None, "Student No.", "Name", None, "Email", "University", None],
                [1, "1155000001", "CHAN Tai Man", "陳大文", "a@link.cuhk.edu.hk", "CUHK", None],
                [2, "1155000002", "WONG Siu Ming", "黃小明", "b@link.cuhk.edu.hk", "CUHK",
                 "late"],
                [3, None, "LEE Ka Yan", "李嘉欣", "c@link.cuhk.edu.hk", "CUHK", None]):
        sheet.append(row)
    sheet.merge_cells("C1:D1")
    path = tmp_path / "merged heading.xlsx"
    workbook.save(path)
    rejects = tmp_path / "rejects.xlsx"
    report = run_import(db, home, str(path), "--rejects", str(rejects))
    assert (report["created"], report["rejected"]) == (2, 1)
    assert [(i["row"], i["column"], i["code"]) for i in report["issues"]] == [
        (1, "Column G", "column_without_heading"), (4, "Student No.", "missing_student_no")]
    stored = students(db, home)
    assert [stored[("CUHK", n)]["name_zh"] for n in ("1155000001", "1155000002")] == [
        "陳大文", "黃小明"]
    assert sheet_rows(rejects)[:2] == [
        (None, "Student No.", "Name", "Chinese name", "Email", "University", None, "Issues"),
        (3, None, "LEE Ka Yan", "李嘉欣", "c@link.cuhk.edu.hk", "CUHK", None,
         "This row has no student number. The row was not imported.")]


def test_a_list_in_simplified_chinese_saved_as_gbk(db: str, home: Path, tmp_path: Path) -> None:
    """Headings in Simplified Chinese ("学号", "电邮"), as a mainland colleague's form writes
    them, in GBK: read as their Traditional wordings; names stay exactly as written."""
    text = ("学号,英文姓名,中文姓名,电邮,大学,备注\r\n"
            "1155000001,CHAN Tai Man,陈大文,a@link.cuhk.edu.hk,香港中文大学,"
            "\"第一行\r\n第二行\"\r\n"
            "1155000002,WONG Siu Ming,黄小明,b@link.cuhk.edu.hk,香港中文大学,\r\n")
    path = tmp_path / "名单.csv"
    path.write_bytes(text.encode("gbk"))
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"], report["issues"]) == (2, 0, [])
    stored = students(db, home)
    assert [stored[("CUHK", n)]["name_zh"] for n in ("1155000001", "1155000002")] == [
        "陈大文", "黄小明"]
    assert stored[("CUHK", "1155000001")]["email"] == "a@link.cuhk.edu.hk"


def test_a_web_systems_excel_export_that_is_a_web_page(db: str, home: Path,
                                                       tmp_path: Path) -> None:
    """"Export to Excel" from a web system: a web page named .xls, in Big5, with a title
    table above the list. Was refused ("a web page, not a spreadsheet"); read now as Excel
    shows it, a row the page hides left out and said."""
    path = tmp_path / "Nominee List.xls"
    path.write_bytes(WEB_EXPORT.format(charset="big5").encode("big5hkscs"))
    report = run_import(db, home, str(path))
    assert (report["sheet"], report["header_row"], report["created"]) == ("Table 2", 2, 2)
    assert [(i["row"], i["code"]) for i in report["issues"]] == [(5, "hidden_row")]
    stored = students(db, home)
    assert stored[("CUHK", "1155000001")].items() >= {
        "name_en": "CHAN Tai Man", "name_zh": "陳大文"}.items()
    assert stored[("CUHK", "1155000002")]["name_en"] == "WONG & Siu Ming"


def test_an_xml_spreadsheet_2003_from_an_older_reporting_tool(db: str, home: Path,
                                                               tmp_path: Path) -> None:
    """Was read as a CSV file and refused for having no headings; now read as Excel shows
    it: its instructions sheet passed over, the hidden row left out, the error value and
    the formula without a result named by cell (their rows rejected, as in any workbook),
    the faculty merged down given to each of its rows."""
    path = tmp_path / "nominees report.xls"
    path.write_text(SPREADSHEET_XML, encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "HKU")
    assert (report["sheet"], report["header_row"]) == ("Nominees", 2)
    assert (report["created"], report["rejected"]) == (1, 2)
    assert [(i["row"], i["column"], i["code"]) for i in report["issues"]] == [
        (None, "Rank", "nomination_column_unused"),  # (no cohort named)
        (4, "", "hidden_row"), (5, "Graduation Date", "error_value"),
        (7, "Email", "formula_no_value"), (7, "Rank", "bad_number")]
    assert "E5" in report["issues"][2]["message"] and "#N/A" in report["issues"][2]["message"]
    stored = students(db, home)
    assert stored[("HKU", "3035000001")].items() >= {  # (the demo's own HKU faculty)
        "name_zh": "陳大文", "graduation": "2026-06-30",
        "faculty": "Faculty of Engineering"}.items()


def test_a_list_in_sections_by_university_gives_each_student_their_sections(
        db: str, home: Path, tmp_path: Path) -> None:
    """No University column, but a row naming each university above its students (and
    emails of both, so no one university for the file): each student is their section's.
    A note under the list, written in the student-number column, is a note."""
    path = tmp_path / "by university.csv"
    path.write_text(
        "Talent Foundry 2026 - nominees by university,,,\n,,,\n"
        "Student No.,English Name,Chinese Name,Email\n"
        "The Chinese University of Hong Kong,,,\n"
        "1155000001,CHAN Tai Man,陳大文,a@link.cuhk.edu.hk\n"
        "1155000002,WONG Siu Ming,黃小明,b@link.cuhk.edu.hk\n"
        "香港大學,,,\n"
        "3035000001,LEE Ka Yan,李嘉欣,c@connect.hku.hk\n"
        "Endorsed by Dean,,,\n", encoding="utf-8")
    report = run_import(db, home, str(path))
    assert (report["created"], report["rejected"]) == (3, 0)
    assert [(i["row"], i["code"]) for i in report["issues"]] == [
        (None, "university_from_sections"), (9, "not_a_student_row")]
    assert "'The Chinese University of Hong Kong' in row 4" in report["issues"][0]["message"]
    assert "'香港大學' in row 7" in report["issues"][0]["message"]
    stored = students(db, home)
    assert {key for key in stored if key[1] in ("1155000001", "1155000002", "3035000001")} == {
        ("CUHK", "1155000001"), ("CUHK", "1155000002"), ("HKU", "3035000001")}


def test_a_sheet_named_after_its_university_gives_its_students_that_university(
        db: str, home: Path, tmp_path: Path) -> None:
    """A workbook with a sheet per university and no University column: each sheet's name
    says whose students it holds, in English or Chinese; the import says it read it."""
    path = xlsx(tmp_path / "Talent Foundry nominees.xlsx",
                [["Student No.", "English Name"], ["1155000001", "CHAN Tai Man"]],
                sheet="CUHK", extra_sheets={"香港大學": [["Student No.", "English Name"],
                                                      ["3035000001", "LEE Ka Yan"]]})
    for sheet in ("CUHK", "香港大學"):
        report = run_import(db, home, str(path), "--sheet", sheet)
        assert report["created"] == 1
        assert any(i["code"] == "university_inferred" and "the sheet's name" in i["message"]
                   for i in report["issues"])
    assert {("CUHK", "1155000001"), ("HKU", "3035000001")} <= set(students(db, home))


def test_a_workbook_whose_reader_dies_is_one_sentence_and_a_log_entry(db: str, home: Path,
                                                                      tmp_path: Path) -> None:
    """The reading child process aborts (a BIFF record claiming Excel's whole sheet): the
    command says one sentence, exit 2; what the reader said is in the log, not the terminal."""
    from tests.io.test_workbook_process import _xls_claiming

    path = _xls_claiming(tmp_path / "claims.xls", 1_048_576, 16_384)
    before = sqlite3.connect(db).execute("SELECT count(*) FROM student").fetchone()
    failed = careerdesk("--db", db, "import", str(path), home=home)
    assert assert_plain_failure(failed).startswith(
        "careerdesk: claims.xls is too large or damaged to read;")
    assert sqlite3.connect(db).execute("SELECT count(*) FROM student").fetchone() == before
    logged = (home / "careerdesk.log").read_text(encoding="utf-8")
    assert "reading claims.xls in a child process failed" in logged
