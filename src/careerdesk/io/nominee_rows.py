"""Reading each data row of a nominee list into clean values and the problems found.

Pure: the university aliases come in as a plain mapping, and nothing here knows the
database. Problems name the row as Excel shows it and the column by its heading.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from careerdesk.io import values as v
from careerdesk.io.fields import Field
from careerdesk.io.layout import Column, SheetLayout
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.table import Cell, RawSheet, is_blank

#: Problem codes that reject a row; every other code is a warning (the row is imported).
REJECTING = {"missing_student_no", "bad_student_no", "unknown_university",
             "missing_university", "duplicate_in_file", "formula_no_value", "error_value"}


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
    #: The file's heading for each field, shared by every row of a sheet.
    headings: dict[Field, str] = field(default_factory=dict)

    @property
    def rejected(self) -> bool:
        return bool(self.problems) and any(p.code in REJECTING for p in self.problems)

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


#: Fields whose values repeat down a column: each distinct value is cleaned only once.
_REPEATING = {Field.UNIVERSITY, Field.FACULTY, Field.DEPARTMENT, Field.PROGRAMME,
              Field.AWARD_LEVEL, Field.YEAR_OF_STUDY, Field.GRADUATION, Field.HK_RESIDENT,
              Field.EMPLOYED, Field.FULL_TIME_MONTHS, Field.CONSENT, Field.COHORT, Field.TRACK,
              Field.NOTES, Field.ATTENDANCE, Field.INTERESTS}
_MISSING = object()


def parse_sheet(sheet: RawSheet, layout: SheetLayout, file_name: str,
                university_codes: Mapping[str, str],
                resolve_university: Callable[[str], str | None],
                default_university: str | None) -> ParsedSheet:
    """Every data row below the header, cleaned. Blank rows, repeated headings and notes
    or totals are left out (notes and totals with a problem saying so).

    Cells are cleaned a column at a time, and a value that repeats down a column (a
    faculty, a date, "Y") is cleaned once: a 100,000-row list costs little more than
    its unique names and numbers.
    """
    has_university = layout.column_for(Field.UNIVERSITY) is not None
    if not has_university and default_university is None:
        raise UnreadableFileError(
            "missing_university",
            f"{file_name} has no University column; say which university its students are "
            f"from (--university CODE, or choose it in the import window).")
    problems = [Problem(layout.excel_header_row, c.header, "column_ignored",
                        f"The column '{c.header}' is not one CareerDesk knows; it was not "
                        f"imported.") for c in layout.unknown]
    mapped = [c for c in layout.columns
              if c.field is not None and c.field is not Field.ROW_NUMBER]
    headings = {c.field: c.header for c in mapped}
    positions = _data_rows(sheet, layout)
    values: list[dict[Field, Any]] = [{} for _ in positions]
    row_problems: dict[int, list[Problem]] = {}
    for column in mapped:
        _clean_column(sheet, column, positions, values, row_problems)
    rows: list[NomineeRow] = []
    for number, index in enumerate(positions):
        row = NomineeRow(index + 1, values[number], sheet.rows[index],
                         row_problems.get(number, []), headings)
        if _is_note(row):
            problems.append(Problem(row.excel_row, "", "not_a_student_row",
                                    "This row has no student number, name or email; it was "
                                    "taken as a note or a total, not a student."))
            continue
        _complete(row, layout, university_codes, resolve_university, default_university)
        rows.append(row)
    return ParsedSheet(sheet.name, layout, rows, problems)


def _data_rows(sheet: RawSheet, layout: SheetLayout) -> list[int]:
    """Indexes of the rows below the header that hold anything, less repeated headings."""
    key = layout.column_for(Field.STUDENT_NO) or next(
        (c for c in layout.columns if c.field is not None), layout.columns[0])
    repeated = key.header.casefold()
    rows = sheet.rows
    found = []
    for index in range(layout.header_row + 1, len(rows)):
        cells = rows[index]
        if not any(cells):  # "", None, 0 and False only: nothing a student is made of
            continue
        cell = cells[key.index] if key.index < len(cells) else ""
        if isinstance(cell, str) and cell.strip().casefold() == repeated:
            continue  # the heading row again (two lists pasted one under the other)
        found.append(index)
    return found


def _clean_column(sheet: RawSheet, column: Column, positions: list[int],
                  values: list[dict[Field, Any]], row_problems: dict[int, list[Problem]]) -> None:
    field_, index, rows = column.field, column.index, sheet.rows
    normalise = _NORMALISERS[field_]
    cache: dict[tuple[type, Any], Any] | None = {} if field_ in _REPEATING else None
    flagged = sheet.problems
    for number, row_index in enumerate(positions):
        cells = rows[row_index]
        raw = cells[index] if index < len(cells) else ""
        if raw == "" or raw is None:
            continue
        if flagged and (row_index, index) in flagged:
            _flag_cell(row_problems.setdefault(number, []), column, row_index + 1,
                       flagged[(row_index, index)])
            continue
        if cache is None:
            outcome = _attempt(normalise, raw)
        else:
            key = (raw.__class__, raw)
            outcome = cache.get(key, _MISSING)
            if outcome is _MISSING:
                outcome = cache[key] = _attempt(normalise, raw)
        if outcome.__class__ is v.BadValueError:
            row_problems.setdefault(number, []).append(Problem(
                row_index + 1, column.header, outcome.code,
                outcome.message + _what_happens(outcome.code)))
        elif outcome is not None:
            values[number][field_] = outcome


def _attempt(normalise: Callable[[Any], Any], raw: Any) -> Any:
    try:
        return normalise(raw)
    except v.BadValueError as problem:
        return problem


def _flag_cell(problems: list[Problem], column: Column, excel_row: int, flagged: str) -> None:
    if flagged == "formula_no_value":
        problems.append(Problem(
            excel_row, column.header, "formula_no_value",
            f"The cell {column.letter}{excel_row} has a formula with no saved result; open the "
            f"file in Excel, let it calculate, save, and import again."))
    else:
        shown = flagged.split(":", 1)[1]
        problems.append(Problem(
            excel_row, column.header, "error_value",
            f"The cell {column.letter}{excel_row} shows the error {shown}; correct it in the "
            f"file and import again."))


def _what_happens(code: str) -> str:
    if code in REJECTING:
        return " The row was not imported."
    return " The row was imported without this value."


_IDENTIFYING = frozenset({Field.STUDENT_NO, Field.NAME_EN, Field.NAME_ZH, Field.SURNAME,
                          Field.GIVEN_NAME, Field.EMAIL})


def _is_note(row: NomineeRow) -> bool:
    """No name, number or email: a note ("Prepared by: …"), a total, a signature line.

    A student-number cell holding several words ("Prepared by: General Office") is prose,
    not a mistyped number.
    """
    if not _IDENTIFYING.isdisjoint(row.values):
        return False
    filled = [cell for cell in row.raw if not is_blank(cell)]
    prose = len(filled) <= 2 and all(isinstance(c, str) and len(c.split()) >= 2
                                     for c in filled)
    return prose or not any(p.code in ("bad_student_no", "bad_email") for p in row.problems)


@lru_cache(maxsize=4096)
def _award_of_programme(title: str) -> str | None:
    try:
        return v.award_level(title)
    except v.BadValueError:
        return None


def _complete(row: NomineeRow, layout: SheetLayout, university_codes: Mapping[str, str],
              resolve_university: Callable[[str], str | None],
              default_university: str | None) -> None:
    values = row.values
    if Field.NAME_EN not in values and (Field.SURNAME in values or Field.GIVEN_NAME in values):
        surname = values.get(Field.SURNAME, "")
        values[Field.NAME_EN] = f"{surname.upper()} {values.get(Field.GIVEN_NAME, '')}".strip()
    if Field.AWARD_LEVEL not in values and Field.PROGRAMME in values:
        level = _award_of_programme(values[Field.PROGRAMME])
        if level is not None:  # when the title does not say, the level stays unknown
            values[Field.AWARD_LEVEL] = level
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
