"""The rows under the headings that are no student, or no nominee, as a careful coordinator
tells them: the headings again in the other language, a survey export's question ids, a
template's example, a note ("Prepared by: …", a signature line), the heading of a reserve
list and a total under the list; rows struck through (a withdrawn nominee) and, in a text
file, rows a separator typed inside a value split.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from careerdesk.io.fields import Field, field_for_header
from careerdesk.io.layout import Column, SheetLayout, header_score, holds_data
from careerdesk.io.normalisers import NORMALISERS
from careerdesk.io.parsed_sheet import Columns, Problem, StruckStudent
from careerdesk.io.reserves import is_reserve_heading
from careerdesk.io.table import Cell, RawSheet, is_blank
from careerdesk.io.values import HAN, BadValueError, clean_text
from careerdesk.messages import Message, msg

#: The fields that say who a row is: a row with none of them is no student.
IDENTIFYING = (Field.STUDENT_NO, Field.NAME_EN, Field.NAME_ZH, Field.SURNAME,
               Field.GIVEN_NAME, Field.EMAIL)


def headings_again(cells: list[Cell], layout: SheetLayout) -> bool:
    """Whether a row repeats the headings above it in another language ("學號 | 英文姓名 |
    電郵" under "Student No. | English Name | Email"): each heading it holds names what the
    column's heading names, and it holds no student's number, date or address."""
    meant = {c.index: {c.field, field_for_header(c.header)} for c in layout.columns}
    named = [field_for_header(cell) in meant.get(index, ())
             for index, cell in enumerate(cells) if isinstance(cell, str) and cell.strip()]
    return sum(named) >= 2 and all(named) and not holds_data(cells)


#: A survey site's export (Qualtrics) puts each column's question id on a row of its own
#: under the headings: {"ImportId":"QID3_TEXT"}, {"ImportId":"startDate","timeZone":…}.
_QUESTION_ID = re.compile(r'\{\s*"ImportId"\s*:.*\}', re.DOTALL)


def names_the_column(cell: Cell, column: Column) -> bool:
    """Whether ``cell`` is a heading for ``column``: its own again, or another wording of
    its field ("Student No." over a "學號" column)."""
    if not isinstance(cell, str) or not cell.strip():
        return False
    return (" ".join(cell.split()).casefold() == column.header.casefold()
            or (column.field is not None and field_for_header(cell) is column.field))


def same_headings(cells: list[Cell], layout: SheetLayout) -> bool:
    """Whether a row below the list is its headings again (two lists of the same columns
    pasted one under the other): each read column's heading stands over it again, and
    the others' too, but for one perhaps worded differently. A row of other headings
    starts another table (an online meeting's report: its participants, then each one's
    every join)."""
    named = [c for c in layout.columns if not c.unnamed]
    again = [names_the_column(cells[c.index] if c.index < len(cells) else None, c)
             for c in named]
    return (all(same for same, c in zip(again, named, strict=True) if c.field is not None)
            and again.count(False) <= 1)


def another_table(cells: list[Cell], layout: SheetLayout) -> bool:
    """Whether a row below the list is the headings of another table: headings only (no
    student's number, date or address), two or more that CareerDesk knows, one of them
    naming who a student is ("Name", "Email"), and not our headings again."""
    return (not holds_data(cells) and header_score(cells) >= 2
            and not same_headings(cells, layout))


def question_ids(cells: list[Cell]) -> bool:
    """Whether a row holds only a survey export's question ids (no student: part of the
    headings)."""
    filled = [cell for cell in cells if not is_blank(cell)]
    return bool(filled) and all(isinstance(cell, str) and _QUESTION_ID.fullmatch(cell.strip())
                                for cell in filled)


#: A template's example row says so: a cell that is only "Example", "e.g.", "範例"…, or
#: an identifying cell that starts with it ("e.g. CUHK", "例如：陳大文").
_EXAMPLE_WORDS = {"example", "examples", "e.g.", "e.g", "eg", "eg.", "sample", "for example",
                  "範例", "例子", "示例", "例", "樣本", "樣例", "例如", "範本"}
_EXAMPLE_START = re.compile(r"(?:e\.g\.?|eg\.|example|sample|for example|例如|例子|範例|示例)"
                            r"\s*[:：]?\s*\S", re.IGNORECASE)
#: A student number written as a pattern to follow: "1155xxxxxx", "XXXXXXXX".
_PLACEHOLDER_NUMBER = re.compile(r"\d*[xX]{3,}[\dxX]*")
_EXAMPLE_ROWS_LOOKED_AT = 4
_IDENTIFYING_FIELDS = (Field.UNIVERSITY, Field.STUDENT_NO, Field.NAME_EN, Field.NAME_ZH,
                       Field.SURNAME, Field.EMAIL)


def example_rows(sheet: RawSheet, layout: SheetLayout, positions: list[int]) -> dict[int, str]:
    """The template's example rows among the first few under the headings ("e.g. CUHK |
    1155xxxxxx | CHAN Tai Man", or a row marked "Example" in a column of its own), each
    with the cell that says so. Imported, the example became a student nobody is."""
    identifying = {c.index for c in layout.columns if c.field in _IDENTIFYING_FIELDS}
    number = layout.column_for(Field.STUDENT_NO)
    found = {}
    for index in positions[:_EXAMPLE_ROWS_LOOKED_AT]:
        for column, cell in enumerate(sheet.rows[index]):
            if not isinstance(cell, str) or not cell.strip():
                continue
            text = " ".join(cell.split())
            if (text.casefold() in _EXAMPLE_WORDS
                    or (column in identifying and _EXAMPLE_START.match(text))
                    or (number is not None and column == number.index
                        and _PLACEHOLDER_NUMBER.fullmatch(text))):
                found[index] = text
                break
    return found


_A_TOTAL = msg("This row is a total, not a student; it was not imported.")
_A_NOTE = msg("This row has no student number, name or email; it was taken as a note or a "
              "total, not a student.")


_A_RESERVE_LIST = msg("This row heads the list's reserve list: the students under it are "
                      "imported, but not nominated (they are reserves).")


def reserve_heading(notes: dict[int, Message], selected: list[list[Cell]]) -> int | None:
    """Of the rows taken as notes, the first that heads a reserve list; its note then says
    so (``notes`` is changed)."""
    for number in sorted(notes):
        texts = [cell.strip() for cell in selected[number]
                 if isinstance(cell, str) and cell.strip()]
        if texts and len(texts) <= 2 and is_reserve_heading(texts[0]):
            notes[number] = _A_RESERVE_LIST
            return number
    return None


def note_rows(columns: Columns, selected: list[list[Cell]],
               row_problems: dict[int, list[Problem]], count: int) -> dict[int, Message]:
    """Rows that are no student, each with what it was taken for: a row with no name,
    number or email (a note, "Prepared by: …", a signature line), and a total under the
    list. A student-number cell holding several words ("Prepared by: General Office", or
    Chinese: "候補名單") is prose, not a mistyped number."""
    identifying = [columns[f] for f in IDENTIFYING if f in columns]
    notes: dict[int, Message] = {}
    for number, values in enumerate(zip(*identifying, strict=True) if identifying
                                    else [()] * count):
        if values.count(None) != len(values):
            continue
        filled = [cell for cell in selected[number] if not is_blank(cell)]
        prose = len(filled) <= 2 and all(map(_words, filled)) or (
            len(filled) == 1 and isinstance(filled[0], str) and is_reserve_heading(filled[0]))
        if prose or not any(p.code in ("bad_student_no", "bad_email")
                            for p in row_problems.get(number, ())):
            notes[number] = _A_NOTE
    notes.update((number, _A_TOTAL) for number in range(max(count - _LAST_ROWS, 0), count)
                 if number not in notes and _is_a_total(selected[number]))
    keys = [columns[f] for f in (Field.STUDENT_NO, Field.EMAIL) if f in columns]
    notes.update((number, _A_NOTE) for number in _under_the_table(keys, selected, count)
                 if number not in notes)
    return notes


def _under_the_table(keys: list[list], selected: list[list[Cell]], count: int) -> list[int]:
    """The lines under the last student (the last row with a student number or an email
    that reads) that begin with words ("Prepared by | Mandy | 4 Dec 2026", "Approved by
    the Associate Dean"): who checked or signed the list, however its cells fall under the
    columns. (A student with a mistyped number begins with the number, and stays a
    rejected row to correct.)"""
    if not keys:
        return []
    rows = list(zip(*keys, strict=True))
    last = max((n for n, values in enumerate(rows) if any(v is not None for v in values)),
               default=-1)
    if last < 0:
        return []
    found = []
    for number in range(last + 1, count):
        filled = [cell for cell in selected[number] if not is_blank(cell)]
        if filled and _words(filled[0]) and not any(
                isinstance(cell, str) and "@" in cell for cell in filled):
            found.append(number)
    return found


def _words(cell: Cell) -> bool:
    """Whether a cell holds words: two or more, or two Chinese characters or more."""
    return isinstance(cell, str) and (len(cell.split()) >= 2 or
                                      sum(map(len, HAN.findall(cell))) >= 2)


#: A total under the list ("Total", "Total number of nominees: 25", "合計", "總數"), even
#: with its count in the student-number column. Only the last rows are looked at.
_TOTAL = re.compile(r"(?:grand |sub-?)?total\b|(?:sum|count)\s*(?:[:：=]|$)"
                    r"|(?:number|no\.) of (?:students|nominees)|合計|總計|總數|小計|共計|人數",
                    re.IGNORECASE)  # ("Sum" alone: Sum is a Hong Kong surname, 岑)
_LAST_ROWS = 10


def _is_a_total(cells: list[Cell]) -> bool:
    texts = [cell.strip() for cell in cells if isinstance(cell, str) and cell.strip()]
    return (any(_TOTAL.match(text) for text in texts)
            and not any("@" in text for text in texts))


# -- rows a file marks as no nominee, or splits wrongly --------------------------------------
STRUCK = msg("This row is struck through in the file (a withdrawn nominee, as a rule); it "
              "was not imported. Remove the strikethrough in Excel and import the file again "
              "if it should be.")


def struck_rows(sheet: RawSheet, layout: SheetLayout, positions: list[int]) -> set[int]:
    """The rows whose cells saying who the student is (number, names, email) are all
    struck through, as an office crosses out a nominee who withdrew."""
    if not sheet.struck:
        return set()
    columns = [c.index for c in layout.columns if c.field in IDENTIFYING]
    struck = set()
    for index in positions:
        cells = sheet.rows[index]
        filled = [column for column in columns
                  if column < len(cells) and not is_blank(cells[column])]
        if filled and all((index, column) in sheet.struck for column in filled):
            struck.add(index)
    return struck


def struck_students(sheet: RawSheet, layout: SheetLayout, struck: Iterable[int],
                    resolve_university: Callable[[str], str | None],
                    universities: Mapping[int, str | None]) -> dict[int, StruckStudent]:
    """Who each struck row names, by its Excel row: left out, a withdrawn nominee may still
    stand nominated from an earlier list, and the import tells. ``universities``: each
    row's university when it has none of its own (the file's, or its section's)."""
    found = {}
    for index in struck:
        number = _cleaned(_cell(sheet, layout, index, Field.STUDENT_NO),
                          NORMALISERS[Field.STUDENT_NO])
        written = _cleaned(_cell(sheet, layout, index, Field.UNIVERSITY), clean_text)
        university = resolve_university(written) if written else universities.get(index)
        if number and university:
            found[index + 1] = StruckStudent(university, number, _cleaned(
                _cell(sheet, layout, index, Field.COHORT), clean_text))
    return found


def _cell(sheet: RawSheet, layout: SheetLayout, index: int, field: Field) -> Cell:
    column, cells = layout.column_for(field), sheet.rows[index]
    return cells[column.index] if column is not None and column.index < len(cells) else None


def _cleaned(cell: Cell, clean: Callable[[Cell], Any]) -> Any:
    try:
        return clean(cell)
    except BadValueError:
        return None


def reserves_from_above(sheet: RawSheet, layout: SheetLayout) -> tuple[int, str] | None:
    """A whole list of reserves: its title above the headings says so ("Reserve list"), as
    (the title's Excel row, its text); or its sheet's name does ("候補"), as (0, the name)."""
    for index in range(layout.header_row):
        text = text_of(sheet.rows[index])
        if text and is_reserve_heading(text):
            return index + 1, text
    return (0, sheet.name) if is_reserve_heading(sheet.name) else None


def text_of(cells: list[Cell]) -> str:
    return " ".join(str(cell).strip() for cell in cells if not is_blank(cell))


def split_rows(sheet: RawSheet, layout: SheetLayout, positions: list[int]) -> set[int]:
    """The rows of a text file that the separator typed inside a value ("CHAN, Tai Man"
    unquoted) split: rows holding values beyond the last heading, where most rows do not,
    whose values after the split stand under the wrong headings (an email under "Name",
    found one heading to the right). A remark typed past the last column is no split."""
    if sheet.separator is None:
        return set()
    headed = max((c.index for c in layout.columns if not c.unnamed), default=-1) + 1
    longer = {index: extra for index in positions
              if (extra := _width(sheet.rows[index]) - headed) > 0}
    if len(longer) * 2 >= len(positions):
        return set()
    telling = [c for c in layout.columns if c.field in _TELLING]
    return {index for index, extra in longer.items()
            if _shifted(sheet.rows[index], telling, extra)}


#: The fields whose values say plainly whether they are in their own column.
_TELLING = (Field.EMAIL, Field.STUDENT_NO, Field.PHONE, Field.GRADUATION)


def _shifted(cells: list[Cell], columns: list, extra: int) -> bool:  # (of layout.Column)
    """Whether a value stands ``extra`` cells right of its heading: wrong where it is, and
    right there."""
    return any(_reads(column.field, cells, column.index + extra)
               and not _reads(column.field, cells, column.index) for column in columns)


def _reads(field: Field, cells: list[Cell], index: int) -> bool:
    if index >= len(cells) or is_blank(cells[index]):
        return False
    try:
        return NORMALISERS[field](cells[index]) is not None
    except BadValueError:
        return False


def _width(cells: list[Cell]) -> int:
    """How many cells a row has up to its last value."""
    return next((len(cells) - number for number, cell in enumerate(reversed(cells))
                 if not is_blank(cell)), 0)


def only_in(sheet: RawSheet, column: int, positions: list[int], rows: set[int]) -> bool:
    """Whether every value in ``column`` (among the rows ``positions``) is in ``rows``."""
    return all(index in rows for index in positions
               if column < len(sheet.rows[index]) and not is_blank(sheet.rows[index][column]))


_SEPARATOR_NAMES = {",": msg("comma"), ";": msg("semicolon"), "\t": msg("tab"),
                    "|": msg("vertical bar")}


def split_row(separator: str) -> Message:
    return msg("This row has more values than the list has headings: a {separator} typed "
               "inside a value (such as a name written CHAN, Tai Man) split it, and its values "
               "after that stand under the wrong headings. The row was not imported; put that "
               "value in double quotes, or remove the {separator} from it, and import the row "
               "again.", separator=_SEPARATOR_NAMES.get(separator, repr(separator)))
