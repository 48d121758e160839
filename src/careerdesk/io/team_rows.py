"""A team's application on one row: a leader and members side by side, as numbered groups
of the same identity columns ("Leader Name", "Leader Student No.", "Member 1 Name", "Member
1 Student No.", "Member 2 …"). Read as one row per person, each with the row's shared
columns (the team's name, its project): every member is a student of the list."""

from __future__ import annotations

import re
from dataclasses import replace

from careerdesk.io.fields import Field, field_for_header
from careerdesk.io.table import RawSheet, is_blank

#: A group's heading: who (a leader, a member and its number) and what of them.
_GROUP = re.compile(
    r"^\s*(?P<who>(?:team\s+)?(?:leader|captain|member|student|applicant|participant|"
    r"candidate|nominee)|隊長|組長|成員|組員|隊員|學生)\s*(?P<number>\d{1,2})?\s*"
    r"[\-:：–.()（）]*\s*(?P<what>.+?)\s*[)）]?\s*$", re.IGNORECASE)
#: The fields a person's group of columns is made of.
_PERSONAL = {Field.STUDENT_NO, Field.NAME_EN, Field.NAME_ZH, Field.SURNAME, Field.GIVEN_NAME,
             Field.EMAIL, Field.PHONE, Field.FACULTY, Field.DEPARTMENT, Field.PROGRAMME,
             Field.YEAR_OF_STUDY, Field.UNIVERSITY}
_TELLS_WHO = {Field.STUDENT_NO, Field.EMAIL}


def team_rows(sheet: RawSheet, header_row: int) -> RawSheet | None:
    """The sheet with one row per person, if its headings are two or more such groups each
    with a student number or an email; None when they are not (a list of one per row)."""
    headings = sheet.rows[header_row]
    groups: dict[tuple[str, str], dict[Field, int]] = {}
    texts: dict[Field, str] = {}
    for column, heading in enumerate(headings):
        found = _GROUP.match(heading) if isinstance(heading, str) else None
        field = field_for_header(found.group("what")) if found else None
        if found is None or field not in _PERSONAL:
            continue
        who = (found.group("who").casefold().replace("team ", ""), found.group("number") or "")
        groups.setdefault(who, {}).setdefault(field, column)
        texts.setdefault(field, found.group("what"))
    groups = {who: fields for who, fields in groups.items() if fields.keys() & _TELLS_WHO}
    if len(groups) < 2:
        return None
    grouped = {column for fields in groups.values() for column in fields.values()}
    shared = [c for c in range(len(headings)) if c not in grouped]
    order = [f for f in texts if any(f in fields for fields in groups.values())]
    rows = [list(cells) for cells in sheet.rows[:header_row]]
    rows.append([headings[c] for c in shared] + [texts[f] for f in order])
    excel = [sheet.excel_row(i) for i in range(header_row + 1)]
    for index in range(header_row + 1, len(sheet.rows)):
        cells = sheet.rows[index]

        def at(column: int | None, cells: list = cells) -> object:
            return cells[column] if column is not None and column < len(cells) else None

        base = [at(c) for c in shared]
        people = [[at(fields.get(f)) for f in order] for fields in groups.values()]
        people = [person for person in people if not all(map(is_blank, person))]
        for person in people or [[None] * len(order)]:
            rows.append(base + person)
            excel.append(sheet.excel_row(index))
    return replace(sheet, rows=rows, problems={}, hidden_columns=set(), struck=set(),
                   excel_rows=excel)
