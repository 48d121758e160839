"""Rows cleaned a column at a time: the same values and problems as cell by cell."""

from __future__ import annotations

import datetime as dt

import pytest

from careerdesk.io.fields import Field
from careerdesk.io.layout import layout_for
from careerdesk.io.nominee_rows import parse_sheet
from careerdesk.io.parsed_sheet import ParsedSheet
from careerdesk.io.table import RawSheet

CODES = {"hku": "HKU", "cuhk": "CUHK"}


def parse(rows: list[list], flagged: dict | None = None,
          separator: str | None = None) -> ParsedSheet:
    sheet = RawSheet("Nominees", rows, flagged or {}, separator=separator)
    return parse_sheet(sheet, layout_for(sheet, "list.xlsx"), "list.xlsx", CODES,
                       lambda text: CODES.get(text.strip().casefold()), default_university=None)


def problems_of(parsed: ParsedSheet) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.code) for row in parsed.rows for p in row.problems]


def test_booleans_and_numbers_in_one_column_are_told_apart() -> None:
    """TRUE == 1 == 1.0 in Python: a column cleaned once per distinct value must not let
    a TRUE pass as year 1, nor a 1 take TRUE's problem."""
    parsed = parse([["University", "Student No.", "Year of Study", "HK Resident"],
                    ["HKU", "A1", True, 1],
                    ["HKU", "A2", 1, True],
                    ["HKU", "A3", 1.0, "Y"],
                    ["HKU", "A4", "2", 0]])
    assert [row.values.get(Field.YEAR_OF_STUDY) for row in parsed.rows] == [None, 1, 1, 2]
    assert [row.values.get(Field.HK_RESIDENT) for row in parsed.rows] == [True, True, True,
                                                                          False]
    assert problems_of(parsed) == [(2, "Year of Study", "bad_number")]


def test_a_wrong_cell_leaves_the_rest_of_its_column_cleaned() -> None:
    parsed = parse([["University", "Student No.", "Email", "Mobile"],
                    ["HKU", "A1", " Amy@HKU.hk ", 91234567.0],
                    ["HKU", "A2", "not an email", "9123 456"],
                    ["HKU", "A3", "b@hku.hk", "+852 6123 4567"]])
    assert [(r.values.get(Field.EMAIL), r.values.get(Field.PHONE)) for r in parsed.rows] == [
        ("amy@hku.hk", "+85291234567"), (None, None), ("b@hku.hk", "+85261234567")]
    assert problems_of(parsed) == [(3, "Email", "bad_email"), (3, "Mobile", "bad_phone")]
    assert not parsed.rows[1].rejected  # imported without those values


def test_short_rows_read_their_missing_cells_as_empty() -> None:
    parsed = parse([["University", "Student No.", "English Name", "Graduation Date"],
                    ["HKU", "A1"],
                    ["HKU", "A2", "CHAN Tai Man", "30/06/2026"]])
    assert [r.values.get(Field.NAME_EN) for r in parsed.rows] == [None, "CHAN Tai Man"]
    assert parsed.rows[1].values[Field.GRADUATION] == dt.date(2026, 6, 30)


def test_derived_values_and_row_problems_name_their_excel_rows() -> None:
    parsed = parse([["University", "Student No.", "Surname", "Given Name", "Programme"],
                    ["hku", "A1", "chan", "Tai Man", "BEng in Computer Engineering"],
                    ["Harvard", "A2", "Lee", "Ka Yan", "MSc in Data Science"],
                    ["CUHK", "", "Wong", "Siu Ming", ""],
                    ["Prepared by: Faculty Office", "", "", "", ""]])
    first = parsed.rows[0].values
    assert (first[Field.UNIVERSITY], first[Field.NAME_EN], first[Field.AWARD_LEVEL]) == (
        "HKU", "CHAN Tai Man", "bachelor")
    assert parsed.rows[1].values[Field.AWARD_LEVEL] == "master"
    assert problems_of(parsed) == [(3, "University", "unknown_university"),
                                   (4, "Student No.", "missing_student_no")]
    assert [p.code for p in parsed.problems] == ["not_a_student_row"]
    assert parsed.problems[0].row == 5


def test_a_note_between_students_leaves_each_row_its_own_values_and_problems() -> None:
    """The rows are kept a column at a time: taking a note out of the middle must not shift
    a later row's values or problems onto its neighbour."""
    parsed = parse([["University", "Student No.", "English Name", "Email"],
                    ["HKU", "A1", "CHAN Tai Man", "not an email"],
                    ["Checked by: Faculty Office", "", "", ""],
                    ["HKU", "", "LEE Ka Yan", "ky@hku.hk"],
                    ["HKU", "A3", "WONG Siu Ming", "sm@hku.hk"]])
    assert [(r.excel_row, r.values.get(Field.NAME_EN), r.value(Field.EMAIL))
            for r in parsed.rows] == [(2, "CHAN Tai Man", None), (4, "LEE Ka Yan", "ky@hku.hk"),
                                      (5, "WONG Siu Ming", "sm@hku.hk")]
    assert problems_of(parsed) == [(2, "Email", "bad_email"),
                                   (4, "Student No.", "missing_student_no")]
    assert [p.row for p in parsed.problems] == [3]
    assert parsed.rejected() == {1} and parsed.valid() == [0, 2]
    assert parsed.rows[2].raw == ["HKU", "A3", "WONG Siu Ming", "sm@hku.hk"]


def test_formula_cells_without_values_are_problems_not_values() -> None:
    parsed = parse([["University", "Student No.", "Email"],
                    ["HKU", "A1", ""],
                    ["HKU", "A2", "b@hku.hk"]],
                   flagged={(1, 2): "formula_no_value", (2, 2): "error_value:#N/A"})
    assert [r.values.get(Field.EMAIL) for r in parsed.rows] == [None, None]
    assert problems_of(parsed) == [(2, "Email", "formula_no_value"),
                                   (3, "Email", "error_value")]


def test_a_name_column_holding_both_names_gives_each_its_own() -> None:
    """"姓名 Name" with "陳大文 CHAN Tai Man", "WONG Siu Ming (黃小明)" or only "李嘉欣": the
    Chinese part is the Chinese name where the row has none; the English name keeps only its
    Latin part; other names (accented too) are left as they are."""
    parsed = parse([["University", "Student No.", "姓名 Name", "Chinese Name"],
                    ["HKU", "A1", "陳大文 CHAN Tai Man", None],
                    ["HKU", "A2", "WONG Siu Ming (黃小明)", None],
                    ["HKU", "A3", "李嘉欣", None],
                    ["HKU", "A4", "CHAN Tai Man, 陳大文", "陳大民"],
                    ["HKU", "A5", "NGUYỄN Văn An", None]])
    assert [(row.values.get(Field.NAME_EN), row.values.get(Field.NAME_ZH))
            for row in parsed.rows] == [
        ("CHAN Tai Man", "陳大文"), ("WONG Siu Ming", "黃小明"), (None, "李嘉欣"),
        ("CHAN Tai Man", "陳大民"),  # the file's own Chinese name stays
        ("NGUYỄN Văn An", None)]
    assert problems_of(parsed) == []


def test_a_check_in_is_read_with_the_attendance_it_says() -> None:
    """A ticketing site's export: checked in is attending as its Attendance column says (on
    site if it says nothing), not checked in is a no-show, "Attending" is only registered."""
    parsed = parse([["University", "Student No.", "Attendance Mode", "Attendee Status"],
                    ["HKU", "A1", "Virtual", "Checked In"],
                    ["HKU", "A2", None, "Checked In"],
                    ["HKU", "A3", "On-site", "Not Checked In"],
                    ["HKU", "A4", "Virtual", "Attending"]])
    assert [row.values.get(Field.ATTENDANCE) for row in parsed.rows] == [
        "virtual", "on_site", "no_show", "registered"]
    assert parsed.is_event_registration and Field.CHECKED_IN not in parsed.rows[0].values


def test_a_check_in_without_a_mode_is_read_with_the_ticket_it_was_for() -> None:
    """A hybrid career day's export: the ticket's name says how a checked-in holder came
    (the Attendance column, when there is one, says it first); a ticket alone is no
    attendance."""
    parsed = parse([["University", "Student No.", "Ticket Type", "Check-in Status",
                     "Attendance"],
                    ["HKU", "A1", "Virtual Pass (Zoom)", "Checked In", None],
                    ["HKU", "A2", "On-site Pass", "Checked In", None],
                    ["HKU", "A3", "General Admission", "Checked In", None],
                    ["HKU", "A4", "Virtual Pass", "Checked In", "On-site"],
                    ["HKU", "A5", "網上參加", "Checked In", None],
                    ["HKU", "A6", "Virtual Pass", "Not Checked In", None],
                    ["HKU", "A7", "Virtual Pass", "Attending", None]])
    assert [row.values.get(Field.ATTENDANCE) for row in parsed.rows] == [
        "virtual", "on_site", "on_site", "on_site", "virtual", "no_show", "registered"]
    assert problems_of(parsed) == []
    only_tickets = parse([["University", "Student No.", "Ticket Type"],
                          ["HKU", "A1", "Virtual Pass"]])
    assert only_tickets.is_event_registration
    assert Field.ATTENDANCE not in only_tickets.rows[0].values


def test_a_check_in_time_is_a_check_in() -> None:
    """A registration system's export: "Check-in Time" holds a time for those who came;
    once anyone has one, a blank is a no-show. Exported before the event (every time
    blank), everyone is still only registered. "Attendee Name" is the name."""
    parsed = parse([["University", "Student No.", "Attendee Name", "Check-in Time",
                     "Attendance Mode"],
                    ["HKU", "A1", "CHAN Tai Man", dt.datetime(2025, 2, 15, 10, 2), None],
                    ["HKU", "A2", "LEE Siu Ming", None, None],
                    ["HKU", "A3", "WONG Ka Yan", "15/02/2025 14:30", "Online"]])
    assert [(row.values[Field.NAME_EN], row.values.get(Field.ATTENDANCE))
            for row in parsed.rows] == [("CHAN Tai Man", "on_site"),
                                        ("LEE Siu Ming", "no_show"), ("WONG Ka Yan", "virtual")]
    assert problems_of(parsed) == [] and parsed.is_event_registration
    assert Field.CHECKED_IN_AT not in parsed.rows[0].values
    before = parse([["University", "Student No.", "Check-in Time"], ["HKU", "A1", None],
                    ["HKU", "A2", ""]])
    assert [row.values.get(Field.ATTENDANCE) for row in before.rows] == [
        "registered", "registered"]


def test_a_university_written_with_its_faculty_or_department_gives_both() -> None:
    parsed = parse([["Student No.", "University", "Faculty"],
                    ["A1", "HKU - Faculty of Engineering", None],
                    ["A2", "HKU (Department of Computer Science)", None],
                    ["A3", "Faculty of Science, CUHK", "Science"],  # its own Faculty kept
                    ["A4", "CUHK (Shenzhen)", None],
                    ["A5", "HKU - Marketing", None],
                    ["A6", "HKU Business School", None]])
    assert [(r.value(Field.UNIVERSITY), r.value(Field.FACULTY), r.value(Field.DEPARTMENT))
            for r in parsed.rows] == [
        ("HKU", "Faculty of Engineering", None), ("HKU", None, "Department of Computer Science"),
        ("CUHK", "Science", None), (None, None, None), (None, None, None),
        ("HKU", "Business School", None)]
    assert [code for _, _, code in problems_of(parsed)] == ["unknown_university"] * 2


def test_a_templates_example_rows_are_no_students() -> None:
    """A nomination template's example ("e.g. HKU | 3035xxxxxx | CHAN Tai Man", or a row
    marked "Example" in a column of its own) is left out and said; real students whose
    remarks start with "e.g." or "Example" are students."""
    parsed = parse([["", "University", "Student No.", "English Name", "Remarks"],
                    ["", "e.g. HKU", "3035xxxxxx", "CHAN Tai Man", ""],
                    ["Example", "HKU", "3035012345", "WONG Siu Ming", ""],
                    ["", "HKU", "3035777777", "LEE Ka Yan", "e.g. prefers AI roles"],
                    ["", "HKU", "3035888888", "HO Kit Yan", "Example to others"]])
    assert [row.values[Field.STUDENT_NO] for row in parsed.rows] == ["3035777777",
                                                                     "3035888888"]
    assert [(p.row, p.code) for p in parsed.problems] == [
        (1, "column_without_heading"), (2, "example_row"), (3, "example_row")]
    assert parsed.problems[1].message == (
        "This row is the template's example ('e.g. HKU'), not a student; it was not imported.")
    only_a_number = parse([["Student No.", "English Name", "University"],
                           ["1155xxxxxx", "Your full name", "CUHK"],
                           ["1155012345", "CHAN Tai Man", "CUHK"]])
    assert [row.values[Field.STUDENT_NO] for row in only_a_number.rows] == ["1155012345"]


def test_a_total_under_the_list_is_no_student_even_with_its_count() -> None:
    """"2 | Total" (the count in the student-number column) and "Total number of nominees:
    2" were imported as students, or rejected for lacking a university; a student whose
    named SUM (岑, a Hong Kong surname) is still one."""
    parsed = parse([["Student No.", "English Name", "Email", "University"],
                    ["A1", "CHAN Tai Man", "a@hku.hk", "HKU"],
                    ["A2", "SUM Ka Yan", "", "HKU"],
                    [2, "Total", "", ""],
                    ["", "Total number of nominees", "2", ""],
                    ["", "合計：2 人", "", ""]])
    assert [row.values[Field.STUDENT_NO] for row in parsed.rows] == ["A1", "A2"]
    assert [(p.row, p.code, p.message) for p in parsed.problems] == [
        (row, "not_a_student_row", "This row is a total, not a student; it was not imported.")
        for row in (4, 5, 6)]
    assert problems_of(parsed) == []


def test_an_english_name_keeps_its_own_brackets_when_the_chinese_is_taken_out() -> None:
    """"CHAN Tai Man (Peter) 陳大文" lost its closing bracket ("CHAN Tai Man (Peter") when the
    Chinese part was taken out; a faculty and a name are split by the same rule."""
    parsed = parse([["University", "Student No.", "姓名 Name"],
                    ["HKU", "A1", "CHAN Tai Man (Peter) 陳大文"],
                    ["HKU", "A2", "陳大文（CHAN Tai Man）"]])
    assert [(row.values.get(Field.NAME_EN), row.values.get(Field.NAME_ZH))
            for row in parsed.rows] == [("CHAN Tai Man (Peter)", "陳大文"),
                                        ("CHAN Tai Man", "陳大文")]


def test_headings_repeated_in_chinese_on_the_next_row_are_no_student() -> None:
    parsed = parse([["University", "Student No.", "English Name", "Email"],
                    ["大學", "學號", "英文姓名", "電郵"],
                    ["HKU", "3035000001", "CHAN Tai Man", "tm@connect.hku.hk"]])
    assert [(row.excel_row, row.values[Field.STUDENT_NO]) for row in parsed.rows] == [
        (3, "3035000001")]
    assert problems_of(parsed) == [] and parsed.problems == []


def test_a_first_row_that_only_looks_like_headings_is_still_a_student() -> None:
    """A row under the headings is their translation only if every cell in it is a heading
    for its own column: a student called "Name" is a student, and so is a row whose words
    name other fields than their columns."""
    named = parse([["University", "Student No.", "English Name", "Email"],
                   ["HKU", "3035000001", "Name", "tm@connect.hku.hk"]])
    crossed = parse([["University", "Student No.", "English Name", "Email"],
                     ["HKU", "3035000002", "Email", "Name"]])
    assert [row.values[Field.NAME_EN] for row in named.rows] == ["Name"]
    assert [row.values[Field.STUDENT_NO] for row in crossed.rows] == ["3035000002"]


def test_dates_written_month_first_are_read_so_across_the_column() -> None:
    """One date only an American-set computer writes (12/31/2026), none only Hong Kong
    writes: the whole column is month first, and the file says so once."""
    parsed = parse([["University", "Student No.", "Name", "Expected Graduation"],
                    ["HKU", "A1", "CHAN Tai Man", "12/31/2026"],
                    ["HKU", "A2", "LEE Siu Ming", "6/7/2026"],
                    ["HKU", "A3", "WONG Ka Yan", dt.datetime(2026, 7, 31)]])
    assert [row.values[Field.GRADUATION] for row in parsed.rows] == [
        dt.date(2026, 12, 31), dt.date(2026, 6, 7), dt.date(2026, 7, 31)]
    assert [(p.row, p.column, p.code) for p in parsed.problems] == [
        (0, "Expected Graduation", "dates_month_first")]
    assert "12/31/2026" in parsed.problems[0].message


def test_a_list_read_without_names_says_so_naming_the_columns_not_read() -> None:
    """"Delegate" is no heading CareerDesk knows: read as it guessed, the list would add
    students without names, and the coordinator must hear that before importing."""
    parsed = parse([["University", "Student No.", "Delegate", "Email"],
                    ["HKU", "A1", "CHAN Tai Man", "tm@connect.hku.hk"]])
    assert [(p.row, p.code) for p in parsed.problems] == [
        (1, "column_ignored"), (0, "no_name_column")]
    assert "('Delegate')" in parsed.problems[1].message
    named = parse([["University", "Student No.", "中文姓名"], ["HKU", "A1", "陳大文"]])
    assert "no_name_column" not in {p.code for p in named.problems}


def test_a_column_writing_dates_both_ways_stays_day_first() -> None:
    parsed = parse([["University", "Student No.", "Expected Graduation"],
                    ["HKU", "A1", "30/06/2026"], ["HKU", "A2", "6/7/2026"],
                    ["HKU", "A3", "12/31/2026"]])
    assert [row.values.get(Field.GRADUATION) for row in parsed.rows] == [
        dt.date(2026, 6, 30), dt.date(2026, 7, 6), None]
    assert problems_of(parsed) == [(4, "Expected Graduation", "bad_date")]


_SPLIT_LIST = [["University", "Student No.", "Name", "Email"],
               ["HKU", "3035000001", "CHAN", " Tai Man", "tm@connect.hku.hk"],
               ["HKU", "3035000002", "LEE Siu Ming", "sm@connect.hku.hk"],
               ["HKU", "3035000003", "WONG Ka Yan", "ky@connect.hku.hk"]]


def test_a_text_files_row_split_by_a_separator_in_a_value_is_rejected_saying_so() -> None:
    """ "CHAN, Tai Man" typed unquoted in a CSV file: the row has a value more than the list
    has headings, and the email stands under Name's neighbour. Imported, the student would
    be called "CHAN" with no email; the row is rejected, its one problem saying why."""
    parsed = parse([list(row) for row in _SPLIT_LIST], separator=",")
    assert problems_of(parsed) == [(2, "", "row_split")]
    assert "a comma typed inside a value" in parsed.rows[0].problems[0].message
    assert [row.rejected for row in parsed.rows] == [True, False, False]
    assert [p.code for p in parsed.problems] == []  # no "column without a heading" for it
    semicolons = parse([list(row) for row in _SPLIT_LIST], separator=";")
    assert "a semicolon typed" in semicolons.rows[0].problems[0].message


def test_values_beyond_the_headings_in_most_rows_or_in_a_workbook_are_no_split() -> None:
    """A column without a heading filled down most rows is that, not split rows; and a
    workbook's cells are never split."""
    unheaded = [_SPLIT_LIST[0], *[[*row[:4], "note"] for row in _SPLIT_LIST[2:]],
                ["HKU", "3035000004", "HO Ka Ho", "kh@connect.hku.hk"]]
    parsed = parse(unheaded, separator=",")
    assert problems_of(parsed) == []
    assert [p.code for p in parsed.problems] == ["column_without_heading"]
    workbook = parse([list(row) for row in _SPLIT_LIST])
    assert "row_split" not in {code for _, _, code in problems_of(workbook)}
    remark = parse([_SPLIT_LIST[0], [*_SPLIT_LIST[2], "to confirm"], _SPLIT_LIST[3]],
                   separator=",")  # typed past the last column: every value where it belongs
    assert problems_of(remark) == []
    assert [p.code for p in remark.problems] == ["column_without_heading"]


@pytest.mark.parametrize(("heading", "reserve"), [
    ("Reserve list (候補)", True), ("候補名單", True),
    ("Waiting List (in order of priority)", True), ("Back-up nominees:", True),
    ("【後備名單】", True), ("Alternates", True),
    ("Reserve students are marked with *", False), ("Back-up contact: Ms CHAN", False),
    ("Prepared by the Faculty Office", False)])
def test_the_rows_under_a_reserve_lists_heading_are_reserves(heading: str,
                                                             reserve: bool) -> None:
    for heading_row in ([heading], [None, heading]):  # (also in the student-number column)
        parsed = parse([["University", "Student No.", "Name"], ["HKU", "A1", "CHAN Tai Man"],
                        heading_row, ["HKU", "A2", "LEE Siu Ming"], ["HKU", "A3", "HO Ka Ho"]])
        assert parsed.reserves() == ([1, 2] if reserve else [])
        assert [p.code for p in parsed.problems] == ["not_a_student_row"]
        assert ("reserve list" in parsed.problems[0].message) is reserve


def test_a_consent_is_dated_by_its_own_column_or_when_the_form_was_answered() -> None:
    """A form's "Timestamp" dates each yes to its consent question, in Hong Kong time (a
    form answered at 00:30 on 2 March is dated 2 March, not 1 March as UTC has it); a "No"
    has no date; a "Consent Date" column of the form's own wins."""
    parsed = parse([["Timestamp", "Student No.", "University",
                     "I agree that my personal data may be shared with the programme"],
                    ["02/03/2026 00:30", "A1", "HKU", "Yes"],
                    ["2026-03-05T18:00:00+08:00", "A2", "HKU", "No"],
                    ["", "A3", "HKU", "Yes"]])
    assert [(r.value(Field.CONSENT), r.value(Field.CONSENT_DATE)) for r in parsed.rows] == [
        (True, dt.date(2026, 3, 2)), (False, None), (True, None)]
    assert [r.value(Field.REGISTERED_AT) for r in parsed.rows] == [
        dt.datetime(2026, 3, 1, 16, 30), dt.datetime(2026, 3, 5, 10, 0), None]  # UTC
    dated = parse([["Timestamp", "Student No.", "University", "Consent (Y/N)", "Consent Date"],
                   ["02/03/2026 00:30", "A1", "HKU", "Y", "15/01/2026"],
                   ["02/03/2026 00:30", "A2", "HKU", "Y", ""]])  # the form's time then
    assert [r.value(Field.CONSENT_DATE) for r in dated.rows] == [dt.date(2026, 1, 15),
                                                                  dt.date(2026, 3, 2)]
    assert problems_of(dated) == []


def test_an_online_meetings_join_time_is_attending_online_and_an_attended_yes_is_came() -> None:
    """Zoom's attendee report: "Attended" says yes or no, and "Join Time" when they joined
    ("--" when they did not): those who joined came online. A sign-in sheet's "Attended"
    yes, with nothing saying how, is on site."""
    parsed = parse([["University", "Student No.", "Attended", "Join Time"],
                    ["HKU", "A1", "Yes", "15/02/2025 10:02"],
                    ["HKU", "A2", "No", "--"],
                    ["HKU", "A3", "Yes", None]])
    assert [row.values.get(Field.ATTENDANCE) for row in parsed.rows] == [
        "virtual", "no_show", "virtual"]
    assert parsed.attended_on == {dt.date(2025, 2, 15)}
    assert problems_of(parsed) == [] and parsed.is_event_registration
    signed = parse([["University", "Student No.", "Attended (Y/N)", "Ticket Type"],
                    ["HKU", "A1", "Y", None], ["HKU", "A2", "是", "Virtual Pass"],
                    ["HKU", "A3", "N", None], ["HKU", "A4", None, None]])
    assert [row.values.get(Field.ATTENDANCE) for row in signed.rows] == [
        "on_site", "virtual", "no_show", "registered"]


def test_the_organiser_of_an_online_meeting_is_no_student() -> None:
    """Teams' report has a "Role" column: its organiser and presenters are left out, each
    said once; a "Role" holding jobs ("Software Engineer") is not read so."""
    parsed = parse([["University", "Student No.", "Name", "Role"],
                    ["HKU", "", "HKSTP Events", "Organizer"],
                    ["HKU", "A1", "CHAN Tai Man", "Attendee"],
                    ["HKU", "", "Dr LEE", "Presenter"]])
    assert [row.values[Field.NAME_EN] for row in parsed.rows] == ["CHAN Tai Man"]
    assert [(p.row, p.code, p.message) for p in parsed.problems] == [
        (2, "not_a_student_row",
         "HKSTP Events is the meeting's Organizer, not a student; the row was not imported."),
        (4, "not_a_student_row",
         "LEE is the meeting's Presenter, not a student; the row was not imported.")]
    jobs = parse([["University", "Student No.", "Name", "Role"],
                  ["HKU", "A1", "CHAN Tai Man", "Software Engineer"]])
    assert jobs.layout.column_for(Field.MEETING_ROLE) is None
    assert [p.code for p in jobs.problems] == ["column_ignored"]


def test_a_table_under_the_list_with_headings_of_its_own_is_not_read_as_students() -> None:
    """Teams' report lists each participant, then each one's every join under other
    headings: that second table (its title too) is left out and said. The same headings
    again (two lists pasted one under the other, one heading reworded) go on being read."""
    parsed = parse([["University", "Student No.", "Name", "First Join", "Last Leave"],
                    ["HKU", "A1", "CHAN Tai Man", "15/02/2025 10:02", "15/02/2025 12:00"],
                    [],
                    ["3. In-Meeting Activities"],
                    ["University", "Name", "Join Time", "Leave Time", "Duration"],
                    ["HKU", "CHAN Tai Man", "15/02/2025 10:02", "15/02/2025 11:00", "58m"],
                    ["HKU", "CHAN Tai Man", "15/02/2025 11:30", "15/02/2025 12:00", "30m"]])
    assert [row.values[Field.STUDENT_NO] for row in parsed.rows] == ["A1"]
    assert [(p.row, p.code) for p in parsed.problems] == [
        (1, "column_ignored"), (4, "another_table")]
    assert parsed.problems[1].message == (
        "The 4 rows from row 4 on are another table ('3. In-Meeting Activities'), not "
        "students of this list; they were not imported.")
    pasted = parse([["University", "Student No.", "Name", "Remarks"],
                    ["HKU", "A1", "CHAN Tai Man", None],
                    ["University", "Student No.", "Name", "Remarks (Dept.)"],
                    ["HKU", "A2", "LEE Siu Ming", None]])
    assert [row.values[Field.STUDENT_NO] for row in pasted.rows] == ["A1", "A2"]


def test_dates_of_one_computer_are_read_month_first_where_one_column_shows_it() -> None:
    """Zoom writes every date month first: "Registration Time" shows it (02/13/2025), and
    "Join Time", all on 03/08/2025, is read the same way, and said."""
    parsed = parse([["University", "Student No.", "Name", "Registration Time", "Join Time"],
                    ["HKU", "A1", "CHAN Tai Man", "02/13/2025 02:11 PM", "03/08/2025 10:02 AM"],
                    ["HKU", "A2", "LEE Siu Ming", "02/01/2025 09:37 AM", "03/08/2025 10:15 AM"]])
    assert parsed.attended_on == {dt.date(2025, 3, 8)}
    assert [(p.column, p.code) for p in parsed.problems] == [
        ("Registration Time", "dates_month_first"), ("Join Time", "dates_month_first")]
    assert parsed.problems[1].message == (
        "The dates in 'Join Time' were read month first, as 'Registration Time' beside them "
        "is written (6/7/2026 there is 7 June).")
    hong_kong = parse([["University", "Student No.", "Name", "Registration Time", "Join Time"],
                       ["HKU", "A1", "CHAN Tai Man", "13/02/2025 14:11", "03/08/2025 10:02"]])
    assert hong_kong.attended_on == {dt.date(2025, 8, 3)}


def test_a_personal_email_is_the_email_only_when_the_list_gives_no_other() -> None:
    alone = parse([["University", "Student No.", "Name", "Personal Email"],
                   ["HKU", "A1", "CHAN Tai Man", "TaiMan.Chan@Gmail.com"]])
    assert alone.rows[0].values[Field.EMAIL] == "taiman.chan@gmail.com"
    assert problems_of(alone) == [] and alone.problems == []
    beside = parse([["University", "Student No.", "Name", "Email", "個人電郵"],
                    ["HKU", "A1", "CHAN Tai Man", "tm@connect.hku.hk", "tm@gmail.com"]])
    assert beside.rows[0].values[Field.EMAIL] == "tm@connect.hku.hk"
    assert [(p.column, p.code) for p in beside.problems] == [("個人電郵", "column_ignored")]


def test_a_join_time_of_day_alone_is_a_join() -> None:
    """Google Meet's "Time joined" is a time of day (the event's day): a join all the same;
    a time cell from a workbook too."""
    parsed = parse([["University", "Student No.", "Name", "Time joined"],
                    ["HKU", "A1", "CHAN Tai Man", "10:02 AM"],
                    ["HKU", "A2", "LEE Siu Ming", dt.time(14, 30)],
                    ["HKU", "A3", "WONG Ka Yan", None]])
    assert [row.values.get(Field.ATTENDANCE) for row in parsed.rows] == [
        "virtual", "virtual", "no_show"]
    assert problems_of(parsed) == [] and parsed.attended_on == frozenset()
