"""Rows with no student number (or no university) whose student CareerDesk has: found by
the email address.

A list the programme sends back ("Name, Email, University, Application Status") or an
event's registrations often leave the student number out. A coordinator looks each email
up and finds the student, and so does the import: a row whose email is exactly one stored
student's, whose names (where the row has any) are that student's, and whose university
(where the row says one) is theirs, is that student's row. Any other row without a number
is rejected, as before: a new student is never made without one.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.models import Student, University
from careerdesk.io.fields import Field
from careerdesk.io.parsed_sheet import ParsedSheet, Problem
from careerdesk.messages import msg, sentences

#: What the row's lack of a number, or of a university, rejected it for.
_SETTLED = {"missing_student_no", "missing_university"}


def students_found_by_email(session: Session, sheet: ParsedSheet) -> None:
    """Fill in the student number (and the university) of each row that has none but whose
    email is a stored student's, as the module says; each such row says whom it was taken
    for."""
    wanted = _rows_wanting_their_student(sheet)
    if not wanted:
        return
    stored = _students_by_email(session, set(wanted.values()))
    numbers = sheet.columns.setdefault(Field.STUDENT_NO, [None] * len(sheet))
    universities = sheet.columns.setdefault(Field.UNIVERSITY, [None] * len(sheet))
    for number, mail in wanted.items():
        found = stored.get(mail, [])
        if len(found) != 1:
            continue
        student_no, university, name_en, name_zh = found[0]
        if universities[number] not in (None, university) or numbers[number] not in (
                None, student_no) or not _same_person(sheet, number, name_en, name_zh):
            _not_theirs(sheet, number, msg(
                "Its email address is that of {name} ({student}, {university}) in CareerDesk, "
                "but the row's name or university is not theirs; it was not taken as theirs.",
                name=name_en or name_zh or mail, student=student_no, university=university))
            continue
        values = {"name": name_en or name_zh or mail, "student": student_no,
                  "university": university}
        said = msg("This row has no student number; its email address is that of {name} "
                   "({student}, {university}) in CareerDesk, so it was taken as theirs.",
                   **values) if numbers[number] is None else msg(
            "This row has no university; its email address is that of {name} ({student}, "
            "{university}) in CareerDesk, so it was taken as theirs.", **values)
        numbers[number], universities[number] = student_no, university
        _keep_stored_names(sheet, number, name_en, name_zh)
        sheet.settle(number, _SETTLED, Problem(sheet.excel_rows[number],
                                               sheet.headings.get(Field.EMAIL, ""),
                                               "student_found_by_email", said))


def _not_theirs(sheet: ParsedSheet, number: int, why: str) -> None:
    """The row's "no student number" problem says whose email it has, and why the row was
    not taken as theirs."""
    problems = sheet.row_problems[number]
    for position, problem in enumerate(problems):
        if problem.code in _SETTLED:
            problems[position] = problem._replace(message=sentences(problem.message, why))


def _rows_wanting_their_student(sheet: ParsedSheet) -> dict[int, str]:
    """The rows rejected only for having no student number or no university, and an email
    each: by row."""
    mails = sheet.columns.get(Field.EMAIL)
    if mails is None:
        return {}
    wanted = {}
    for number, problems in sheet.row_problems.items():
        codes = {p.code for p in problems if p.rejects}
        if mails[number] and codes and codes <= _SETTLED:
            wanted[number] = mails[number]
    return wanted


def _students_by_email(session: Session, mails: set[str]
                       ) -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    """The stored students holding each email: (number, university code, names)."""
    found: dict[str, list[tuple[str, str, str | None, str | None]]] = {}
    for chunk in in_chunks(sorted(mails), 400):
        for mail, *student in session.execute(
                select(Student.email, Student.student_no, University.code, Student.name_en,
                       Student.name_zh).join(University, Student.university_id == University.id)
                .where(Student.email.in_(chunk))):
            found.setdefault(mail, []).append(tuple(student))  # type: ignore[arg-type]
    return found


def _same_person(sheet: ParsedSheet, number: int, name_en: str | None,
                 name_zh: str | None) -> bool:
    """Whether the row's names (if it has any) are the stored student's: the Chinese name
    the same, or the English names' words one within the other ("Eric TANG" of "TANG Kwan
    Yiu, Eric"), case and punctuation aside."""
    row_en = sheet.column(Field.NAME_EN)[number]
    row_zh = sheet.column(Field.NAME_ZH)[number]
    if row_en is None and row_zh is None:
        return True
    if row_zh is not None and name_zh is not None and row_zh == name_zh:
        return True
    if row_en is None or name_en is None:
        return False
    mine, theirs = _words(row_en), _words(name_en)
    return bool(mine) and (mine <= theirs or theirs <= mine)


def _keep_stored_names(sheet: ParsedSheet, number: int, name_en: str | None,
                       name_zh: str | None) -> None:
    """The stored names stay as they are: the row names the same person, perhaps shorter
    ("Eric TANG"), and a list sent back is no source for a student's name."""
    for field, stored in ((Field.NAME_EN, name_en), (Field.NAME_ZH, name_zh)):
        column = sheet.columns.get(field)
        if column is not None and column[number] is not None and stored is not None:
            column[number] = stored


def _words(name: str) -> set[str]:
    return set(re.findall(r"\w+", name.casefold()))
