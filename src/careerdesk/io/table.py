"""A sheet as the importer sees it: cell values by row, and what was wrong with cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

#: A cell value: str, float, int, bool, datetime.date/datetime/time, or "" when empty.
Cell = Any


@dataclass
class SheetInfo:
    name: str
    hidden: bool
    rows: int = 0


#: The column of a mark about a whole row in ``RawSheet.problems``.
WHOLE_ROW = -1
HIDDEN_ROW = "hidden_row"


@dataclass
class RawSheet:
    """One sheet's cells. ``problems`` maps (row index, column index), 0-based, to a
    problem code such as ``formula_no_value`` or ``error_value:#N/A``; a whole row's mark
    has the column ``WHOLE_ROW`` (``hidden_row``: hidden in Excel, or filtered out)."""

    name: str
    rows: list[list[Cell]]
    problems: dict[tuple[int, int], str] = field(default_factory=dict)
    #: The columns (0-based) hidden in the file.
    hidden_columns: set[int] = field(default_factory=set)
    #: For a text file, the character its lines were split at into cells (",", ";", tab).
    separator: str | None = None
    #: The cells (row, column), 0-based, whose text is struck through in the file.
    struck: set[tuple[int, int]] = field(default_factory=set)
    #: Each row's number as Excel shows it, where rows were made from the file's (a team's
    #: row, one per member: ``team_rows``); else a row's index + 1.
    excel_rows: list[int] | None = None
    #: Cells far beyond the list (a stray value in Excel's last column) that were taken out
    #: before it was read (``far_cells``).
    far_cells: list[FarCell] = field(default_factory=list)

    def excel_row(self, index: int) -> int:
        if self.excel_rows is not None and index < len(self.excel_rows):
            return self.excel_rows[index]
        return index + 1

    def mark(self, marks: CellMarks) -> None:
        """Take what the file says of its cells beyond their values: problems and hidden
        columns are noted, and a number shown with leading zeros becomes the text it is
        shown as."""
        self.problems.update(marks.problems)
        self.hidden_columns |= marks.hidden_columns
        self.struck |= marks.struck
        for (row, column), digits in marks.padded.items():
            if row >= len(self.rows):
                continue
            cells = self.rows[row]
            value = cells[column] if column < len(cells) else None
            if isinstance(value, int | float) and not isinstance(value, bool) and (
                    value >= 0 and float(value).is_integer()):
                cells[column] = str(int(value)).zfill(digits)


@dataclass(frozen=True)
class FarCell:
    """A cell taken out of a sheet before it was read: its place (0-based), what it held."""

    row: int
    column: int
    text: str

    @property
    def name(self) -> str:
        return f"{column_letter(self.column)}{self.row + 1}"


@dataclass
class CellMarks:
    """What a file says of a sheet's cells beyond their values: ``problems``,
    ``hidden_columns`` and ``struck`` as in ``RawSheet``, and ``padded``: (row, column) →
    the digits a number cell is shown with (a student number 01234567 kept as the number
    1234567 in a cell formatted "00000000")."""

    problems: dict[tuple[int, int], str] = field(default_factory=dict)
    padded: dict[tuple[int, int], int] = field(default_factory=dict)
    hidden_columns: set[int] = field(default_factory=set)
    struck: set[tuple[int, int]] = field(default_factory=set)


#: A number format that shows a whole number with leading zeros: "00000000" (its part
#: for positive numbers, before any ";"), perhaps with Excel's escapes.
_ZERO_PADDED = re.compile(r"(?:\\?0){2,}")


#: Columns hidden to the sheet's end ("hide every unused column") are noted up to here.
LAST_COLUMN = 16_384


def columns_between(first: int, last: int) -> range:
    """The 0-based columns of a range a file gives 0-based, at most up to Excel's last."""
    return range(max(first, 0), min(last, LAST_COLUMN - 1) + 1)


def zero_padded_digits(code: str) -> int:
    """How many digits a spreadsheet number format code such as "00000000" shows a whole
    number with; 0 when it does not pad with zeros ("0", "0.00", "#,##0", a date)."""
    positive = code.split(";")[0].strip()
    return positive.count("0") if _ZERO_PADDED.fullmatch(positive) else 0


def column_letter(index: int) -> str:
    """Excel's name for a 0-based column: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_index(letters: str) -> int:
    """The 0-based column Excel names ``letters``: A → 0, AB → 27 (``column_letter``'s
    inverse)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
