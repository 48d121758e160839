"""Reading each data row of a nominee list into clean values and the problems found.

Pure: the university aliases come in as a plain mapping, and nothing here knows the
database. Problems name the row as Excel shows it and the column by its heading.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Mapping
from functools import lru_cache, partial
from itertools import compress
from typing import Any

from careerdesk.io import dates
from careerdesk.io import values as v
from careerdesk.io.event_rows import attendance_from_check_in, running_the_meeting
from careerdesk.io.fields import FIELD_LABELS, Field, header_key, is_a_wording
from careerdesk.io.inference import lone_text, unit_sections, university_of_email
from careerdesk.io.layout import Column, SheetLayout, holds_data
from careerdesk.io.normalisers import NORMALISERS
from careerdesk.io.office_time import shown
from careerdesk.io.other_rows import (
    STRUCK,
    another_table,
    example_rows,
    headings_again,
    note_rows,
    only_in,
    question_ids,
    reserve_heading,
    reserves_from_above,
    same_headings,
    split_row,
    split_rows,
    struck_rows,
    struck_students,
    text_of,
)
from careerdesk.io.parsed_sheet import REJECTING, Columns, ParsedSheet, Problem
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW, Cell, FarCell, RawSheet
from careerdesk.messages import Message, listed, msg

#: Fields whose values repeat down a column: each distinct value is cleaned only once.
_REPEATING = {Field.UNIVERSITY, Field.FACULTY, Field.DEPARTMENT, Field.PROGRAMME,
              Field.AWARD_LEVEL, Field.YEAR_OF_STUDY, Field.GRADUATION, Field.HK_RESIDENT,
              Field.EMPLOYED, Field.FULL_TIME_MONTHS, Field.CONSENT, Field.COHORT, Field.TRACK,
              Field.ENDORSED, Field.NOTES, Field.ATTENDANCE, Field.CHECKED_IN,
              Field.TICKET_TYPE, Field.INTERESTS, Field.SHORTLISTED, Field.INTERVIEWED,
              Field.OFFERED, Field.OFFER_ACCEPTED, Field.MEETING_ROLE,
              Field.APPLICATION_STATUS, Field.CHANNEL, Field.JOB_FIELD, Field.ORGANISATION,
              Field.POSITION}


def parse_sheet(sheet: RawSheet, layout: SheetLayout, file_name: str,
                university_codes: Mapping[str, str],
                resolve_university: Callable[[str], str | None],
                default_university: str | None,
                sections: Mapping[int, str] | None = None, *,
                given: Mapping[Field, str] | None = None,
                by_email: Mapping[str, str] | None = None) -> ParsedSheet:
    """Every data row below the header, cleaned. Blank rows, repeated headings and notes
    or totals are left out (notes and totals with a problem saying so); so are the rows
    heading ``sections`` (row index → university), whose university is their students'.
    ``given``: a value for every student where the file has no column for it (the faculty
    or department a title names). ``by_email``: email domain → university, for a file with
    no University column whose students are of several: each row's from its email address.

    The work goes a column at a time, through the standard library's C loops where it
    can: a value that repeats down a column (a faculty, a date, "Y") is cleaned once, and
    a column with nothing wrong in it is cleaned in one pass. A 100,000-row list costs
    little more than cleaning its unique names and numbers.
    """
    university_column = layout.column_for(Field.UNIVERSITY)
    if university_column is None and default_university is None and not sections \
            and by_email is None:
        raise UnreadableFileError(
            "missing_university",
            msg("{file} has no University column; say which university its students are "
                "from (--university CODE, or choose it in the import window).", file=file_name))
    mapped = [c for c in layout.columns
              if c.field is not None and c.field is not Field.ROW_NUMBER]
    headings = {read_as(c): c.header for c in mapped}
    positions, hidden, another = _data_rows(sheet, layout)
    split = split_rows(sheet, layout, positions)
    problems = [_ignored(c, layout) for c in layout.unknown
                if not (c.unnamed and split and only_in(sheet, c.index, positions, split))]
    if not _NAMES.intersection(headings):
        problems.append(_no_names(layout))
    problems += [_far(cell) for cell in sheet.far_cells]
    examples = example_rows(sheet, layout, positions)
    if examples:
        problems += [Problem(index + 1, "", "example_row", msg(
            "This row is the template's example ('{example}'), not a student; it was not "
            "imported.", example=marker)) for index, marker in examples.items()]
        positions = [index for index in positions if index not in examples]
    problems += [Problem(index + 1, "", HIDDEN_ROW, _HIDDEN) for index in hidden]
    if another is not None:
        problems.append(_another_table(sheet, *another))
    struck = struck_rows(sheet, layout, positions)
    if struck:
        problems += [Problem(index + 1, "", "struck_row", STRUCK) for index in struck]
        struck_names = struck_students(sheet, layout, sorted(struck), resolve_university, dict(
            zip(positions, _section_of(positions, sections), strict=True)) if sections
            else dict.fromkeys(struck, default_university))
        positions = [index for index in positions if index not in struck]
    if sections:
        positions = [index for index in positions if index not in sections]
    selected = [sheet.rows[index] for index in positions]
    row_problems: dict[int, list[Problem]] = {}
    cells = _columns_of(selected, [c.index for c in mapped])
    normalisers = _normalisers(mapped, cells, problems)
    columns: Columns = {read_as(c): _clean_column(sheet, c, positions, cells[c.index],
                                                  row_problems, normalisers[read_as(c)])
                        for c in mapped}
    if split:  # its cells' problems are the split's: said once
        said = split_row(sheet.separator or ",")
        row_problems.update((number, [Problem(index + 1, "", "row_split", said)])
                            for number, index in enumerate(positions) if index in split)
    notes = note_rows(columns, selected, row_problems, len(positions))
    reserve = reserve_heading(notes, selected)
    reserves_under = reserves_from_above(sheet, layout) if reserve is None else (
        positions[reserve] + 1, text_of(selected[reserve]))
    _join_names(columns)
    _split_bilingual_names(columns)
    notes.update(running_the_meeting(columns))
    attended_on = attendance_from_check_in(columns)
    _award_from_programme(columns)
    _when_answered(columns)
    _resolve_universities(columns, positions, university_column, row_problems,
                          university_codes, resolve_university,
                          _section_of(positions, sections) if sections
                          else _of_emails(columns, len(positions), by_email) if by_email
                          else [default_university] * len(positions))
    unit_rows = _unit_sections(sheet, layout, columns, positions, notes, problems)
    for field, value in (given or {}).items():  # where the row says none of its own
        columns[field] = [own or value for own in columns.get(field) or [None] * len(positions)]
    _require_student_numbers(columns, positions, layout.column_for(Field.STUDENT_NO),
                             row_problems)
    if notes or unit_rows:
        problems += [Problem(positions[number] + 1, "", "not_a_student_row", notes[number])
                     for number in sorted(notes) if number not in unit_rows]
        keep = [number not in notes and number not in unit_rows
                for number in range(len(positions))]
        columns = {f: list(compress(values, keep)) for f, values in columns.items()}
        positions, selected = list(compress(positions, keep)), list(compress(selected, keep))
        renumbered = dict(zip(compress(range(len(keep)), keep), range(len(keep)), strict=False))
        row_problems = {renumbered[n]: found for n, found in row_problems.items()
                        if n in renumbered}
    return ParsedSheet(sheet.name, layout, problems, [sheet.excel_row(p) for p in positions],
                       columns,
                       selected, row_problems, headings, reserves_under,
                       struck_names if struck else {}, attended_on)


#: The fields that name a student.
_NAMES = {Field.NAME_EN, Field.NAME_ZH, Field.SURNAME, Field.GIVEN_NAME}


def _no_names(layout: SheetLayout) -> Problem:
    """A list read without a column of names: the students it adds would have none, as
    when a heading such as "Delegate" is not one CareerDesk knows."""
    unread = [f"'{c.header}'" for c in layout.unknown if not c.unnamed]
    if unread:
        return Problem(0, "", "no_name_column", msg(
            "No column was read as the students' names; new students are added without them. "
            "If one of the columns not read ({columns}) holds the names, choose it in the "
            "import window.", columns=", ".join(unread)))
    return Problem(0, "", "no_name_column", msg(
        "No column was read as the students' names; new students are added without them."))


def _far(cell: FarCell) -> Problem:
    """A cell far beyond the list, left out before the sheet was read."""
    return Problem(cell.row + 1, cell.name, "far_cell", msg(
        "Cell {cell} ('{text}') lies far beyond the list; it was not read. If it belongs to "
        "the list, move it next to the list and import again.", cell=cell.name,
        text=cell.text))


def _ignored(column: Column, layout: SheetLayout) -> Problem:
    header_row = layout.excel_header_row
    if column.unnamed:
        return Problem(header_row, column.header, "column_without_heading", msg(
            "Column {letter} holds values but has no heading; it was not imported. Give it a "
            "heading, or choose what it holds in the import window.", letter=column.letter))
    if column.set_aside_for is None:
        return Problem(header_row, column.header, "column_ignored", msg(
            "The column '{heading}' is not one CareerDesk knows; it was not imported.",
            heading=column.header))
    used, field = column.set_aside_for
    if column.hidden:
        return _hidden_set_aside(column, layout.column_for(field), header_row)
    return Problem(header_row, column.header, "column_set_aside", msg(
        "The columns '{used}' and '{heading}' both look like the '{field}' column; '{used}' "
        "was imported and '{heading}' was not. If '{heading}' is the right one, choose it in "
        "the import window.", used=used, heading=column.header, field=FIELD_LABELS[field]))


def _hidden_set_aside(column: Column, used: Column | None, header_row: int) -> Problem:
    """A hidden column set aside for a visible one that means the same."""
    if used is not None and used.header == column.header:  # (one heading: no choosing it)
        return Problem(header_row, column.header, "hidden_column_set_aside", msg(
            "Column {letter} ('{heading}') is hidden in the file; the visible column {used} "
            "under the same heading was imported. If the hidden one is the right one, show it, "
            "delete column {used} and import again.", letter=column.letter,
            heading=column.header, used=used.letter))
    return Problem(header_row, column.header, "hidden_column_set_aside", msg(
        "Column {letter} ('{heading}') is hidden in the file; the visible column {used} "
        "('{used_heading}') means the same and was imported. If the hidden one is the right "
        "one, choose it in the import window.", letter=column.letter, heading=column.header,
        used=used.letter if used else "?", used_heading=used.header if used else ""))


def _data_rows(sheet: RawSheet, layout: SheetLayout
               ) -> tuple[list[int], list[int], tuple[int, int] | None]:
    """Indexes of the rows below the header that hold anything, less repeated headings;
    of those hidden in Excel (filtered out by the sender, as a rule: not sent to be
    imported), which are left out; and where another table starts under the list, if one
    does: (the index of its headings, how many rows it has), its title above it included.
    Its rows are no students of this list."""
    key = layout.column_for(Field.STUDENT_NO) or next(
        (c for c in layout.columns if c.field is not None), layout.columns[0])
    key_heading = header_key(key.header)
    rows = sheet.rows
    hidden_rows = {row for row, column in sheet.problems if column == WHOLE_ROW}
    found: list[int] = []
    hidden: list[int] = []
    first = layout.header_row + 1
    for _ in range(2):  # the headings in the other language, a survey's question ids
        if first < len(rows) and (headings_again(rows[first], layout)
                                  or question_ids(rows[first])):
            first += 1
    for index in range(first, len(rows)):
        cells = rows[index]
        if not any(cells):  # "", None, 0 and False only: nothing a student is made of
            continue
        cell = cells[key.index] if key.index < len(cells) else ""
        # (headings hold no digits, numbers, dates nor addresses: the usual row, with a
        # student's number or email address, is passed over at once)
        if cell.__class__ is str and not cell[:1].isdigit() and not _DIGIT.search(cell) \
                and not holds_data(cells) \
                and (header_key(cell) == key_heading or is_a_wording(cell)):
            if same_headings(cells, layout):
                continue  # the heading row again (two lists pasted one under the other)
            if another_table(cells, layout):
                return _before_another_table(sheet, found, hidden, index)
        (hidden if index in hidden_rows else found).append(index)
    return found, hidden, None


_DIGIT = re.compile(r"\d")


def _before_another_table(sheet: RawSheet, found: list[int], hidden: list[int], start: int
                          ) -> tuple[list[int], list[int], tuple[int, int]]:
    """The rows above another table's headings at ``start``, less its title (a lone text
    just above them: "3. In-Meeting Activities"), and the other table (its title, headings
    and rows)."""
    if found and found[-1] == max([*found, *hidden]) and lone_text(sheet.rows[found[-1]]):
        start = found.pop()
    rows = sum(1 for cells in sheet.rows[start:] if any(cells))
    return found, hidden, (start, rows)


def _another_table(sheet: RawSheet, start: int, rows: int) -> Problem:
    return Problem(start + 1, "", "another_table", msg(
        "The {count} rows from row {row} on are another table ('{title}'), not students of "
        "this list; they were not imported.", count=rows, row=start + 1,
        title=text_of(sheet.rows[start])[:80]))


#: The date columns a list may write month first, and how each is read then.
_MONTH_FIRST: dict[Field, Callable[[Any], Any]] = {
    Field.GRADUATION: partial(dates.date, month_first=True),
    Field.REGISTERED_AT: partial(dates.timestamp, month_first=True),
    Field.CHECKED_IN_AT: partial(dates.check_in_time, month_first=True),
    Field.JOINED_AT: partial(dates.check_in_time, month_first=True),
    Field.CONSENT_DATE: partial(dates.date, month_first=True),
    Field.OUTCOME_ON: partial(dates.date, month_first=True),
    Field.ANSWERED_AT: partial(dates.timestamp, month_first=True)}


def read_as(column: Column) -> Field:
    """The field a mapped column is read as (a column left out is not mapped)."""
    assert column.field is not None, column.header
    return column.field


def _normalisers(mapped: list[Column], cells: dict[int, list[Cell]],
                 problems: list[Problem]) -> dict[Field, Callable[[Any], Any]]:
    """How each column is read: by its field, but a date column written month first
    (``dates.written_order``) month first, which the file is told (``problems``)."""
    chosen = {read_as(c): NORMALISERS[read_as(c)] for c in mapped}
    dated = [c for c in mapped if c.field in _MONTH_FIRST]
    orders = {c.index: dates.written_order(cells[c.index]) for c in dated}
    month_first = [c for c in dated if orders[c.index] == "month first"]
    for column in month_first:
        chosen[read_as(column)] = _MONTH_FIRST[read_as(column)]
        problems.append(Problem(0, column.header, "dates_month_first", msg(
            "The dates in '{heading}' are written month first, as an American-set computer "
            "writes them ({example}); every date in it was read so (6/7/2026 there is 7 "
            "June).", heading=column.header,
            example=dates.month_first_example(cells[column.index]))))
    if month_first and "day first" not in orders.values():  # one computer wrote them all
        for column in dated:
            if orders[column.index] is None and dates.written_with_numbers(cells[column.index]):
                chosen[read_as(column)] = _MONTH_FIRST[read_as(column)]
                problems.append(Problem(0, column.header, "dates_month_first", msg(
                    "The dates in '{heading}' were read month first, as '{other}' beside them "
                    "is written (6/7/2026 there is 7 June).", heading=column.header,
                    other=month_first[0].header)))
    return chosen


def _clean_column(sheet: RawSheet, column: Column, positions: list[int], raw: list[Cell],
                  row_problems: dict[int, list[Problem]],
                  normalise: Callable[[Any], Any]) -> list[Any]:
    """The column's clean values, None where a cell is empty or wrong (with a problem).
    ``raw``: its cells, one per row (changed here: a flagged cell is emptied)."""
    if sheet.problems:
        _take_out_flagged_cells(sheet.problems, column, positions, raw, row_problems)
    if column.field in _REPEATING:
        cleaned, any_wrong = _clean_repeating(normalise, raw)
        if not any_wrong:
            return cleaned
    else:
        tidy = _ALREADY_CLEAN.get(normalise)
        if tidy is not None and tidy(raw):  # (addresses: tested as a whole column)
            return [cell or None for cell in raw]
        try:  # the usual case: nothing wrong in the column, one pass in C
            return list(map(normalise, raw))
        except v.BadValueError:
            cleaned = [_attempt(normalise, cell) for cell in raw]
    for number, outcome in enumerate(cleaned):
        if outcome.__class__ is v.BadValueError:
            row_problems.setdefault(number, []).append(Problem(
                positions[number] + 1, column.header, outcome.code,
                msg("{problem} {outcome}", problem=outcome.message,
                    outcome=_what_happens(outcome.code))))
            cleaned[number] = None
    return cleaned


#: For a normaliser, a test that it leaves a whole column as it is (empty cells aside).
_ALREADY_CLEAN: dict[Callable[[Any], Any], Callable[[list[Any]], bool]] = {
    v.email: v.tidy_emails, v.person_name: v.tidy_names, v.chinese_name: v.tidy_chinese_names}


def _columns_of(selected: list[list[Cell]], indexes: list[int]) -> dict[int, list[Cell]]:
    """The cells of each column ``indexes`` names, a list per column. A workbook's rows are
    all as wide: turned into columns in one pass, in C. A text file's short row reads its
    missing cells as empty."""
    if not selected:
        return {index: [] for index in indexes}
    widths = set(map(len, selected))
    if len(widths) == 1 and max(indexes, default=0) < min(widths):
        transposed = list(zip(*selected, strict=True))
        return {index: list(transposed[index]) for index in indexes}
    return {index: [cells[index] if index < len(cells) else "" for cells in selected]
            for index in indexes}


def _clean_repeating(normalise: Callable[[Any], Any], raw: list[Cell]) -> tuple[list[Any], bool]:
    """Each distinct value cleaned once; and whether any was wrong. TRUE, 1 and 1.0 are
    equal keys in Python, so a column mixing booleans with numbers tells them apart by type."""
    types = set(map(type, raw))
    if bool in types and types & {int, float}:
        keys: list[Any] = list(zip(map(type, raw), raw, strict=True))
        outcomes = {key: _attempt(normalise, key[1]) for key in set(keys)}
    else:
        keys = raw
        outcomes = {cell: _attempt(normalise, cell) for cell in set(raw)}
    wrong = any(outcome.__class__ is v.BadValueError for outcome in outcomes.values())
    return list(map(outcomes.__getitem__, keys)), wrong


def _take_out_flagged_cells(flagged: dict[tuple[int, int], str], column: Column,
                            positions: list[int], raw: list[Cell],
                            row_problems: dict[int, list[Problem]]) -> None:
    """Formulas without a saved result and error values (#N/A) become problems, not values."""
    rows = {row_index for row_index, index in flagged if index == column.index}
    if not rows:
        return
    for number, row_index in enumerate(positions):
        if row_index in rows:
            raw[number] = ""
            _flag_cell(row_problems.setdefault(number, []), column, row_index + 1,
                       flagged[(row_index, column.index)])


def _attempt(normalise: Callable[[Any], Any], raw: Any) -> Any:
    try:
        return normalise(raw)
    except v.BadValueError as problem:
        problem.__traceback__ = None  # kept as a value: let it go without the cycle collector
        return problem


def _flag_cell(problems: list[Problem], column: Column, excel_row: int, flagged: str) -> None:
    if flagged == "undecodable":
        problems.append(Problem(
            excel_row, column.header, "undecodable", msg(
                "The cell {cell} holds bytes that are not text in the file's encoding "
                "(typed in another program); correct it in the file and import again.",
                cell=f"{column.letter}{excel_row}")))
        return
    if flagged == "formula_no_value":
        problems.append(Problem(
            excel_row, column.header, "formula_no_value", msg(
                "The cell {cell} has a formula with no saved result; open the file in Excel, "
                "let it calculate, save, and import again.", cell=f"{column.letter}{excel_row}")))
    else:
        shown = flagged.split(":", 1)[1]
        problems.append(Problem(
            excel_row, column.header, "error_value", msg(
                "The cell {cell} shows the error {error}; correct it in the file and import "
                "again.", cell=f"{column.letter}{excel_row}", error=shown)))


def _what_happens(code: str) -> Message:
    return _NOT_IMPORTED if code in REJECTING else _IMPORTED_WITHOUT


_NOT_IMPORTED = msg("The row was not imported.")
_IMPORTED_WITHOUT = msg("The row was imported without this value.")
_NO_UNIVERSITY = msg("This row has no university. The row was not imported.")
_NO_STUDENT_NO = msg("This row has no student number. The row was not imported.")
_HIDDEN = msg("This row is hidden in the file (filtered out or hidden in Excel); it was not "
              "imported. Show it in Excel and import the file again if it should be.")


def _join_names(columns: Columns) -> None:
    """Split name columns (surname + given name) make the English name where it is empty."""
    if Field.SURNAME not in columns and Field.GIVEN_NAME not in columns:
        return
    count = len(next(iter(columns.values())))
    names = columns.setdefault(Field.NAME_EN, [None] * count)
    surnames = columns.get(Field.SURNAME) or [None] * count
    given = columns.get(Field.GIVEN_NAME) or [None] * count
    for number, (name, surname, given_name) in enumerate(zip(names, surnames, given,
                                                             strict=True)):
        if name is None and (surname is not None or given_name is not None):
            names[number] = f"{(surname or '').upper()} {given_name or ''}".strip()


def _split_bilingual_names(columns: Columns) -> None:
    """A name column holding both names ("陳大文 CHAN Tai Man", "WONG Siu Ming (黃小明)"), or
    only the Chinese one ("李嘉欣" under "姓名 Name"): the Chinese part is the Chinese name
    where the row has none, and the English name keeps only its Latin part."""
    names = columns.get(Field.NAME_EN)
    if names is None or all(map(str.isascii, filter(None, names))):
        return  # the usual column: English names only
    chinese = columns.setdefault(Field.NAME_ZH, [None] * len(names))
    for number, name in enumerate(names):
        if name is None or name.isascii() or not v.HAN.search(name):
            continue
        han = "".join(v.HAN.findall(name))
        names[number] = v.without_chinese(name) or None
        if chinese[number] is None:
            chinese[number] = han


def _when_answered(columns: Columns) -> None:
    """What a form's "Timestamp" (when each student answered it) tells: the time of a
    registration for an event, where the form has no registration time of its own; and the
    date each student consented, where it has no consent date (only for a yes: a "No" has
    no date of consent)."""
    answered = columns.pop(Field.ANSWERED_AT, None)
    if answered is not None:
        columns.setdefault(Field.REGISTERED_AT, answered)
    consent, given = columns.get(Field.CONSENT), columns.get(Field.CONSENT_DATE)
    if consent is None or (given is None and answered is None):
        return
    given = given or [None] * len(consent)
    answered = answered or [None] * len(consent)
    columns[Field.CONSENT_DATE] = [
        (day or (shown(moment).date() if moment is not None else None)) if said else None
        for day, moment, said in zip(given, answered, consent, strict=True)]


def _award_from_programme(columns: Columns) -> None:
    """Where the award level is empty, the programme's title may say it (BEng → bachelor)."""
    programmes = columns.get(Field.PROGRAMME)
    if programmes is None:
        return
    levels = columns.setdefault(Field.AWARD_LEVEL, [None] * len(programmes))
    for number, (level, programme) in enumerate(zip(levels, programmes, strict=True)):
        if level is None and programme is not None:
            levels[number] = _award_of_programme(programme)


def _section_of(positions: list[int], sections: Mapping[int, str]) -> list[str | None]:
    """Each row's university by the section it is in: the last heading above it."""
    found: list[str | None] = []
    starts = sorted(sections)
    current, following = None, 0
    for index in positions:
        while following < len(starts) and starts[following] < index:
            current = sections[starts[following]]
            following += 1
        found.append(current)
    return found


def _unit_sections(sheet: RawSheet, layout: SheetLayout, columns: Columns,
                   positions: list[int], notes: Mapping[int, Message],
                   problems: list[Problem]) -> set[int]:
    """Gives each student the department (or faculty) of the section they are listed
    under, where the row has none of its own; returns the rows heading the sections (by
    number), which are no students. A heading is a row holding only the unit's name: a
    note, or a row with a name and neither number nor email (the heading sits in the
    names' column)."""
    count = len(positions)
    unnumbered = compress(range(count), map(operator.not_, map(any, zip(
        columns.get(Field.STUDENT_NO) or [None] * count,
        columns.get(Field.EMAIL) or [None] * count, strict=True))))
    candidates = sorted(set(notes).union(unnumbered))
    units = unit_sections(sheet, layout, [positions[number] for number in candidates])
    listed = [index for number, index in enumerate(positions)  # the rows that may be students
              if number not in notes] if units else []
    for field, headed in list(units.items()):
        headed = units[field] = _heading_students(headed, listed)
        if not headed:
            del units[field]
            continue
        columns[field] = [own or value for own, value in zip(
            columns.get(field) or [None] * count, _section_of(positions, headed), strict=True)]
        problems.append(_unit_from_sections(field, headed))
    headings = set().union(*units.values())
    return {number for number in candidates if positions[number] in headings}


def _heading_students(headed: Mapping[int, str], listed: list[int]) -> dict[int, str]:
    """The section headings ``headed`` (row index → name) with a student under them, before
    the next heading: one with none ("Department of Computing" above the signature) heads
    nothing."""
    starts = sorted(headed)
    kept = {}
    for start, end in zip(starts, [*starts[1:], len(listed) and listed[-1] + 1], strict=True):
        below = bisect.bisect_right(listed, start)
        if below < len(listed) and listed[below] < end and listed[below] not in headed:
            kept[start] = headed[start]
    return kept


def _unit_from_sections(field: Field, headed: Mapping[int, str]) -> Problem:
    """The import's word that each student's department (or faculty) was taken from the
    heading of their section."""
    sections = listed([msg("'{name}' in row {row}", name=name, row=index + 1)
                       for index, name in sorted(headed.items())])  # (each translated)
    said = msg("The file has no Department column; each student's department was taken from "
               "the heading of their section ({headings}).", headings=sections) \
        if field is Field.DEPARTMENT else msg(
        "The file has no Faculty column; each student's faculty was taken from the heading "
        "of their section ({headings}).", headings=sections)
    return Problem(0, "", f"{field.value}_from_sections", said)


def _of_emails(columns: Columns, count: int, domains: Mapping[str, str]) -> list[str | None]:
    """Each row's university by its email address's domain; None where it does not tell."""
    return [university_of_email(mail, domains) if mail else None
            for mail in columns.get(Field.EMAIL) or [None] * count]


def _resolve_universities(columns: Columns, positions: list[int], column: Column | None,
                          row_problems: dict[int, list[Problem]],
                          university_codes: Mapping[str, str],
                          resolve: Callable[[str], str | None],
                          defaults: list[str | None]) -> None:
    """Each row's university as its canonical code: written in the row (any alias), else
    the one given for the whole file (or its section); a problem where neither says."""
    written = columns.pop(Field.UNIVERSITY, None) or [None] * len(positions)
    heading = column.header if column else ""
    codes: list[str | None] = []
    for number, text in enumerate(written):
        if text is None:
            default = defaults[number]
            codes.append(default)
            if default is None:
                row_problems.setdefault(number, []).append(Problem(
                    positions[number] + 1, heading, "missing_university",
                    _NO_UNIVERSITY))
            continue
        code = resolve(text)
        if code is None:
            code = _university_with_its_unit(columns, len(written), number, text, resolve)
        codes.append(code)
        if code is None:
            row_problems.setdefault(number, []).append(Problem(
                positions[number] + 1, heading, "unknown_university", msg(
                    "'{text}' is not a university CareerDesk knows; use a code such as "
                    "{codes}. The row was not imported.", text=text,
                    codes=", ".join(sorted(university_codes.values())))))
    columns[Field.UNIVERSITY] = codes


#: What a faculty or a department is called ("Faculty of Engineering", "School of Science",
#: "Dept. of Computing", "工程學院", "計算機科學系").
_FACULTY = re.compile(r"^(?:faculty|school|college)\b|\b(?:school|faculty|college)$|學院$",
                      re.IGNORECASE)
_DEPARTMENT = re.compile(r"^(?:department|dept\.?)(?:\s|$)|學系$|系$", re.IGNORECASE)
_UNIT_SEPARATORS = (" - ", " – ", " — ", ", ", " / ", "/", "(", "（", "：", ":", " ")


def _university_with_its_unit(columns: Columns, count: int, number: int, text: str,
                              resolve: Callable[[str], str | None]) -> str | None:
    """A university written with its faculty or department in one cell ("CUHK - Faculty of
    Engineering", "HKU (Department of Computer Science)", "Faculty of Science, HKBU",
    "香港大學 工程學院"): the university, and the unit for the row's faculty or department
    where the row has none. Anything else beside the name ("CUHK (Shenzhen)", "HKU -
    Marketing") is still no university CareerDesk knows."""
    for separator in _UNIT_SEPARATORS:
        head, found, tail = text.partition(separator)
        if not found:
            continue
        tail = tail.strip().rstrip(")）").strip()
        for name, unit in ((head.strip(), tail), (tail, head.strip())):
            field = (Field.FACULTY if _FACULTY.search(unit) else
                     Field.DEPARTMENT if _DEPARTMENT.search(unit) else None)
            code = resolve(name) if field is not None and name else None
            if field is not None and code is not None:
                units = columns.setdefault(field, [None] * count)
                if units[number] is None:
                    units[number] = unit
                return code
    return None


def _require_student_numbers(columns: Columns, positions: list[int], column: Column | None,
                             row_problems: dict[int, list[Problem]]) -> None:
    numbers = columns.get(Field.STUDENT_NO) or [None] * len(positions)
    for number, student_no in enumerate(numbers):
        if student_no is None and not any(p.code == "bad_student_no"
                                          for p in row_problems.get(number, ())):
            row_problems.setdefault(number, []).append(Problem(
                positions[number] + 1, column.header if column else "", "missing_student_no",
                _NO_STUDENT_NO))


@lru_cache(maxsize=4096)
def _award_of_programme(title: str) -> str | None:
    try:
        return v.award_level(title)
    except v.BadValueError:
        return None
