"""Reading each data row of a nominee list into clean values and the problems found.

Pure: the university aliases come in as a plain mapping, and nothing here knows the
database. Problems name the row as Excel shows it and the column by its heading.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from careerdesk.io import values as v
from careerdesk.io.fields import Field
from careerdesk.io.layout import Column, SheetLayout
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.table import Cell, RawSheet, is_blank

#: Problem codes that reject a row; every other code is a warning (the row is imported).
REJECTING = {"missing_student_no", "bad_student_no", "unknown_university",
             "missing_university", "duplicate_in_file", "formula_no_value", "error_value",
             "unknown_cohort", "unknown_track", "student_changed_by_others"}


@dataclass(frozen=True)
class Problem:
    row: int  # as Excel shows it (1-based); 0 for the file as a whole
    column: str  # the heading in the file, or "" for the row as a whole
    code: str
    message: str

    @property
    def rejects(self) -> bool:
        return self.code in REJECTING

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row or None, "column": self.column, "code": self.code,
                "message": self.message}


@dataclass
class NomineeRow:
    excel_row: int
    values: dict[Field, Any]
    raw: list[Cell]
    problems: list[Problem] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return any(p.rejects for p in self.problems)

    def add(self, column: str, code: str, message: str) -> None:
        self.problems.append(Problem(self.excel_row, column, code, message))


@dataclass
class ParsedSheet:
    sheet: str
    layout: SheetLayout
    rows: list[NomineeRow]
    problems: list[Problem]  # about the file or rows that are not students

    @property
    def is_event_registration(self) -> bool:
        return self.layout.column_for(Field.ATTENDANCE) is not None or (
            self.layout.column_for(Field.REGISTRATION_REF) is not None)


_NORMALISERS: dict[Field, Callable[[Any], Any]] = {
    Field.STUDENT_NO: v.student_number,
    Field.NAME_EN: v.clean_text,
    Field.NAME_ZH: v.clean_text,
    Field.SURNAME: v.clean_text,
    Field.GIVEN_NAME: v.clean_text,
    Field.EMAIL: v.email,
    Field.PHONE: v.hk_phone,
    Field.FACULTY: v.clean_text,
    Field.DEPARTMENT: v.clean_text,
    Field.PROGRAMME: v.clean_text,
    Field.AWARD_LEVEL: v.award_level,
    Field.YEAR_OF_STUDY: lambda x: v.whole_number(x, low=1, high=10),
    Field.GRADUATION: v.date,
    Field.HK_RESIDENT: v.yes_no,
    Field.EMPLOYED: v.yes_no,
    Field.FULL_TIME_MONTHS: lambda x: v.whole_number(x, low=0, high=600),
    Field.CONSENT: v.yes_no,
    Field.COHORT: v.clean_text,
    Field.TRACK: v.clean_text,
    Field.RANK: lambda x: v.whole_number(x, low=1, high=100_000),
    Field.NOTES: v.clean_text,
    Field.REGISTRATION_REF: v.clean_text,
    Field.ATTENDANCE: v.attendance,
    Field.REGISTERED_AT: v.timestamp,
    Field.INTERESTS: v.clean_text,
    Field.UNIVERSITY: v.clean_text,
}


def parse_sheet(sheet: RawSheet, layout: SheetLayout, file_name: str,
                university_codes: Mapping[str, str],
                resolve_university: Callable[[str], str | None],
                default_university: str | None) -> ParsedSheet:
    """Every data row below the header, cleaned. Blank rows, repeated headings and notes
    or totals are left out (notes and totals with a problem saying so)."""
    has_university = layout.column_for(Field.UNIVERSITY) is not None
    if not has_university and default_university is None:
        raise UnreadableFileError(
            "missing_university",
            f"{file_name} has no University column; say which university its students are "
            f"from (--university CODE, or choose it in the import window).")
    problems = [Problem(layout.excel_header_row, c.header, "column_ignored",
                        f"The column '{c.header}' is not one CareerDesk knows; it was not "
                        f"imported.") for c in layout.unknown]
    rows: list[NomineeRow] = []
    mapped = [c for c in layout.columns
              if c.field is not None and c.field is not Field.ROW_NUMBER]
    headers = {c.header.casefold() for c in layout.columns}
    for index in range(layout.header_row + 1, len(sheet.rows)):
        cells = sheet.rows[index]
        if all(is_blank(cell) for cell in cells):
            continue
        if {str(c).strip().casefold() for c in cells if not is_blank(c)} <= headers:
            continue  # the heading row again (two lists pasted one under the other)
        row = NomineeRow(index + 1, {}, list(cells))
        for column in mapped:
            _read_cell(row, column, cells, sheet, index)
        if _is_note(row):
            problems.append(Problem(row.excel_row, "", "not_a_student_row",
                                    "This row has no student number, name or email; it was "
                                    "taken as a note or a total, not a student."))
            continue
        _complete(row, layout, university_codes, resolve_university, default_university)
        rows.append(row)
    return ParsedSheet(sheet.name, layout, rows, problems)


def _read_cell(row: NomineeRow, column: Column, cells: list[Cell], sheet: RawSheet,
               index: int) -> None:
    raw = cells[column.index] if column.index < len(cells) else ""
    flagged = sheet.problems.get((index, column.index))
    if flagged:
        if flagged == "formula_no_value":
            row.add(column.header, "formula_no_value",
                    f"The cell {column.letter}{row.excel_row} has a formula with no saved "
                    f"result; open the file in Excel, let it calculate, save, and import again.")
        else:
            shown = flagged.split(":", 1)[1]
            row.add(column.header, "error_value",
                    f"The cell {column.letter}{row.excel_row} shows the error {shown}; correct "
                    f"it in the file and import again.")
        return
    try:
        value = _NORMALISERS[column.field](raw)
    except v.BadValueError as problem:
        row.add(column.header, problem.code, problem.message + _what_happens(problem.code))
        return
    if value is not None:
        row.values[column.field] = value


def _what_happens(code: str) -> str:
    if code in REJECTING:
        return " The row was not imported."
    return " The row was imported without this value."


def _is_note(row: NomineeRow) -> bool:
    """No name, number or email: a note ("Prepared by: …"), a total, a signature line.

    A student-number cell holding several words ("Prepared by: General Office") is prose,
    not a mistyped number.
    """
    identifying = (Field.STUDENT_NO, Field.NAME_EN, Field.NAME_ZH, Field.SURNAME,
                   Field.GIVEN_NAME, Field.EMAIL)
    if any(f in row.values for f in identifying):
        return False
    filled = [cell for cell in row.raw if not is_blank(cell)]
    prose = len(filled) <= 2 and all(isinstance(c, str) and len(c.split()) >= 2
                                     for c in filled)
    return prose or not any(p.code in ("bad_student_no", "bad_email") for p in row.problems)


def _complete(row: NomineeRow, layout: SheetLayout, university_codes: Mapping[str, str],
              resolve_university: Callable[[str], str | None],
              default_university: str | None) -> None:
    values = row.values
    if Field.NAME_EN not in values and (Field.SURNAME in values or Field.GIVEN_NAME in values):
        surname = values.get(Field.SURNAME, "")
        values[Field.NAME_EN] = f"{surname.upper()} {values.get(Field.GIVEN_NAME, '')}".strip()
    if Field.AWARD_LEVEL not in values and Field.PROGRAMME in values:
        with suppress(v.BadValueError):  # when the title does not say, the level stays unknown
            values[Field.AWARD_LEVEL] = v.award_level(values[Field.PROGRAMME])
    university_column = layout.column_for(Field.UNIVERSITY)
    written = values.pop(Field.UNIVERSITY, None)
    if written is not None:
        code = resolve_university(written)
        if code is None:
            row.add(university_column.header, "unknown_university",
                    f"'{written}' is not a university CareerDesk knows; use a code such as "
                    f"{', '.join(sorted(university_codes.values()))}. The row was not imported.")
        else:
            values[Field.UNIVERSITY] = code
    elif default_university is not None:
        values[Field.UNIVERSITY] = default_university
    elif not any(p.code == "unknown_university" for p in row.problems):
        row.add(university_column.header if university_column else "", "missing_university",
                "This row has no university. The row was not imported.")
    if Field.STUDENT_NO not in values and not any(p.code == "bad_student_no"
                                                  for p in row.problems):
        column = layout.column_for(Field.STUDENT_NO)
        row.add(column.header if column else "", "missing_student_no",
                "This row has no student number. The row was not imported.")
