"""A sheet's student rows once cleaned: kept a column at a time, with their problems.

``parse_sheet`` (``nominee_rows``) makes one; the import's planning works on its columns,
and the import window and the rejected-rows workbook look at its rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import filterfalse
from operator import attrgetter
from typing import Any, NamedTuple

from careerdesk.io.fields import Field
from careerdesk.io.layout import SheetLayout
from careerdesk.io.table import Cell

#: A sheet's cleaned values, a column per field; None where the cell was empty or wrong.
Columns = dict[Field, list[Any]]

#: Problem codes that reject a row; every other code is a warning (the row is imported).
REJECTING = {"missing_student_no", "bad_student_no", "unknown_university",
             "missing_university", "duplicate_in_file", "formula_no_value", "error_value",
             "row_split", "undecodable"}


class Problem(NamedTuple):
    """One thing wrong with a file, a row or a cell. (A named tuple: a file with a problem
    on every row makes 100,000 of them.)"""

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


_code = attrgetter("code")


class StruckStudent(NamedTuple):
    """Who a row struck through names (the row is left out)."""

    university: str  # its code
    student_no: str
    cohort: str | None  # as the row writes it


class NomineeRow:
    """One student row of a parsed sheet, as a view of the sheet's columns (the window's
    table and the rejected-rows workbook look at rows; the import itself works a column at
    a time and makes none)."""

    __slots__ = ("_sheet", "number")

    def __init__(self, sheet: ParsedSheet, number: int) -> None:
        self._sheet = sheet
        self.number = number  # the row's position among the sheet's student rows

    @property
    def excel_row(self) -> int:
        return self._sheet.excel_rows[self.number]

    @property
    def raw(self) -> list[Cell]:
        return self._sheet.raw[self.number]

    @property
    def values(self) -> dict[Field, Any]:
        """The row's clean values (a new dict: the columns hold them)."""
        return self._sheet.values(self.number)

    def value(self, field: Field) -> Any:
        column = self._sheet.columns.get(field)
        return None if column is None else column[self.number]

    @property
    def problems(self) -> list[Problem]:
        return self._sheet.row_problems.get(self.number, [])

    @property
    def rejected(self) -> bool:
        return _rejects(self.problems)

    @property
    def headings(self) -> dict[Field, str]:
        return self._sheet.headings


def _rejects(problems: list[Problem]) -> bool:
    return bool(problems) and not REJECTING.isdisjoint(map(_code, problems))


@dataclass
class ParsedSheet:
    """A sheet's student rows, cleaned, kept a column at a time: ``columns`` maps each field
    to its values, one per student row (None where the cell was empty or wrong), and a row
    is its position in them. A 100,000-row list is then 14 lists, not 100,000 dicts."""

    sheet: str
    layout: SheetLayout
    problems: list[Problem]  # about the file or rows that are not students
    excel_rows: list[int] = field(default_factory=list)  # each student row as Excel shows it
    columns: Columns = field(default_factory=dict)
    raw: list[list[Cell]] = field(default_factory=list)  # each student row's cells, as written
    row_problems: dict[int, list[Problem]] = field(default_factory=dict)  # by position
    headings: dict[Field, str] = field(default_factory=dict)  # the file's heading of each field
    #: The heading of the list's reserve list, (its Excel row, its text): the students under
    #: it are reserves, not nominees; (0, the sheet's name) when the sheet is one. None when
    #: the list has none.
    reserves_under: tuple[int, str] | None = None
    #: Who the rows struck through (left out) name, by Excel row.
    struck: dict[int, StruckStudent] = field(default_factory=dict)
    #: The days (in Hong Kong) of the list's check-ins and online joins: the event's day.
    attended_on: frozenset[dt.date] = frozenset()

    def __len__(self) -> int:
        return len(self.excel_rows)

    @property
    def is_event_registration(self) -> bool:
        return self.layout.is_event_registration

    @property
    def is_applications(self) -> bool:
        return self.layout.is_applications

    @property
    def rows(self) -> list[NomineeRow]:
        return [NomineeRow(self, number) for number in range(len(self))]

    def column(self, field: Field) -> list[Any]:
        """The field's values, all None when the file does not have it."""
        column = self.columns.get(field)
        return column if column is not None else [None] * len(self)

    def values(self, number: int) -> dict[Field, Any]:
        """Row ``number``'s values that are there, by field."""
        return {f: column[number] for f, column in self.columns.items()
                if column[number] is not None}

    def as_written(self, number: int, field: Field) -> str:
        """Row ``number``'s cell under ``field``'s column as written in the file (spacing
        aside); "" when the file has no such column."""
        column, cells = self.layout.column_for(field), self.raw[number]
        return " ".join(str(cells[column.index]).split()) if column and column.index < len(
            cells) else ""

    def __post_init__(self) -> None:
        self._rejected = {number for number, problems in self.row_problems.items()
                          if _rejects(problems)}
        #: Rows counted with an earlier row of the same student (someone who joined an
        #: online event twice): neither imported on their own nor rejected.
        self.merged: set[int] = set()

    def add(self, number: int, column: str, code: str, message: str) -> None:
        """A problem with row ``number``; ``column`` its heading, "" for the whole row."""
        self.row_problems.setdefault(number, []).append(
            Problem(self.excel_rows[number], column, code, message))
        if code in REJECTING:
            self._rejected.add(number)

    def settle(self, number: int, codes: set[str], instead: Problem) -> None:
        """Row ``number``'s problems ``codes`` settled (a student number found for a row with
        none): said ``instead``; the row is rejected only if another problem still rejects
        it."""
        kept = [p for p in self.row_problems.get(number, []) if p.code not in codes]
        self.row_problems[number] = [*kept, instead]
        if not _rejects(self.row_problems[number]):
            self._rejected.discard(number)

    def rejected(self) -> set[int]:
        """The rows a problem rejects (only a row with a problem can be)."""
        return set(self._rejected)

    def reserves(self) -> list[int]:
        """The rows under the reserve list's heading."""
        if self.reserves_under is None:
            return []
        return [number for number, row in enumerate(self.excel_rows)
                if row > self.reserves_under[0]]

    def valid(self) -> list[int]:
        """The rows to import, in order."""
        left_out = self._rejected | self.merged
        return list(filterfalse(left_out.__contains__, range(len(self))))


def pick(column: list[Any], numbers: list[int]) -> list[Any]:
    """``column``'s values at ``numbers``, in C."""
    return list(map(column.__getitem__, numbers))
