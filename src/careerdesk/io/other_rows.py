"""The rows under the headings that are no student, as a careful coordinator tells them:
the headings again in the other language, a survey export's question ids, a template's
example, a note ("Prepared by: …", a signature line), the heading of a reserve list and a
total under the list.
"""

from __future__ import annotations

import re

from careerdesk.io.fields import Field, field_for_header
from careerdesk.io.layout import SheetLayout, holds_data
from careerdesk.io.parsed_sheet import Columns, Problem
from careerdesk.io.reserves import is_reserve_heading
from careerdesk.io.table import Cell, RawSheet, is_blank
from careerdesk.io.values import HAN
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
    return notes


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
