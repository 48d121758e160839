"""The same student twice in one file, and likely duplicates under another number.

A row whose (university, student number) an earlier row of the file has is rejected, unless
it only adds to that row (a Chinese name on a row of its own; in an event's list, each join
of one person): then it is taken with it. A row whose email, or Chinese name and mobile,
another student has (in the file or stored) is flagged for the coordinator to review, never
merged.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter, ne
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Student, University
from careerdesk.io.fields import FIELD_LABELS, Field
from careerdesk.io.parsed_sheet import ParsedSheet, pick
from careerdesk.messages import listed, msg

StudentKey = tuple[int, str]  # (university id, student number)


def mark_duplicates_in_file(sheet: ParsedSheet, repeats: bool = False) -> None:
    """The second and later rows of one student are rejected, naming the first, unless
    they only add to it (``_adds_to``): then they are taken with it (``merged``). (A file
    names each student once, usually: that is found out at once, in C.) ``repeats``: the
    list names a student once per thing they did (a career day's applications, whose
    columns are taken aside): their rows are taken together, quietly."""
    valid = sheet.valid()
    keys = list(zip(pick(sheet.column(Field.UNIVERSITY), valid),
                    pick(sheet.column(Field.STUDENT_NO), valid), strict=True))
    if len(set(keys)) == len(keys):
        return
    first_row: dict[tuple[str, str], int] = {}
    event = sheet.is_event_registration or repeats
    for number, key in zip(valid, keys, strict=True):
        first = first_row.setdefault(key, number)
        if first == number:
            continue
        adds = _adds_to(sheet, first, number, event)
        if adds is None:
            sheet.add(number, "", "duplicate_in_file", msg(
                "Student {student} ({university}) is already in row {row} of this file. This "
                "row was not imported.", student=key[1], university=key[0],
                row=sheet.excel_rows[first]))
            continue
        sheet.merged.add(number)
        if repeats:
            continue
        if event:
            sheet.add(number, "", "joined_again", msg(
                "Student {student} ({university}) is already in row {row} of this file (they "
                "joined again, as a rule); counted once.", student=key[1], university=key[0],
                row=sheet.excel_rows[first]))
        else:
            sheet.add(number, "", "taken_with_row", msg(
                "Student {student} ({university}) is also in row {row} of this file; what this "
                "row adds ({fields}) was taken with that row, as nothing in it disagrees.",
                student=key[1], university=key[0], row=sheet.excel_rows[first],
                fields=listed([FIELD_LABELS[f] for f in adds])))


#: What a later row may add to a student's earlier one: who they are, not where they are
#: nominated or what they did (a cohort, a rank, an endorsement on a row of its own is
#: another nomination, for a person to look at).
_DETAILS = {Field.NAME_EN, Field.NAME_ZH, Field.EMAIL, Field.PHONE, Field.FACULTY,
            Field.DEPARTMENT, Field.PROGRAMME, Field.AWARD_LEVEL, Field.YEAR_OF_STUDY,
            Field.GRADUATION, Field.HK_RESIDENT, Field.EMPLOYED, Field.FULL_TIME_MONTHS,
            Field.CONSENT, Field.CONSENT_DATE, Field.OUTCOME, Field.OUTCOME_ON,
            Field.OUTCOME_SOURCE}


#: How much an attendance says: that someone came, then that they did not, then nothing.
_SAYS = {"on_site": 3, "virtual": 3, "no_show": 2, "registered": 1}


def _adds_to(sheet: ParsedSheet, first: int, again: int, event: bool) -> list[Field] | None:
    """Whether row ``again``, of row ``first``'s student, only adds to it: nothing in it
    disagrees with ``first``, and (but in an event's list) it gives what ``first`` does
    not (a Chinese name on a row of its own under the English, the student number merged
    down both). Then its values fill ``first``'s blanks, and the fields it gave are
    returned; None leaves both rows as they are. An event's list may name one person
    once per join: the attendance that says more (that they came) is kept."""
    attendance = sheet.columns.get(Field.ATTENDANCE) if event else None
    added = []
    for field, column in sheet.columns.items():
        if column is attendance or column[again] is None or column[first] == column[again]:
            continue
        if column[first] is not None or field not in _DETAILS:
            return None  # it disagrees, or says more than who the student is
        added.append(field)
    if not added and not event:
        return None  # the same row twice: a duplicate, said and rejected
    for field in added:
        sheet.columns[field][first] = sheet.columns[field][again]
    if attendance is not None and \
            _SAYS.get(attendance[again], 0) > _SAYS.get(attendance[first], 0):
        attendance[first] = attendance[again]
    return added


def flag_likely_duplicates(session: Session, sheet: ParsedSheet, valid: list[int],
                           keys: list[StudentKey],
                           everyone: Sequence[Sequence[Any]] | None) -> None:
    """Same email, or same Chinese name and phone, under another student number: flagged
    for the coordinator to review, never merged. ``valid``: the rows imported, ``keys``
    their students. ``everyone``: every stored student's (university id, number, email,
    Chinese name, phone), when the caller has read them all already; otherwise they are
    read here."""
    mails = pick(sheet.column(Field.EMAIL), valid)
    people = list(zip(pick(sheet.column(Field.NAME_ZH), valid),
                      pick(sheet.column(Field.PHONE), valid), strict=True))
    file_emails, file_people = Counter(mails), Counter(people)
    # The student each email or person of the file belongs to; a stored record that is that
    # same student (every row of a re-import) is no one else, so it is left out below.
    mail_of = dict(zip(mails, keys, strict=True))
    mail_of.pop(None, None)
    person_of = dict(zip(people, keys, strict=True))
    emails = file_emails.keys() - {None}
    phones = {phone for _, phone in people if phone}
    by_email: dict[str, list[tuple[StudentKey, str]]] = {}
    by_person: dict[tuple[str, str], list[tuple[StudentKey, str]]] = {}
    numbers = dict(session.execute(select(University.id, University.code)).all())
    if (emails or phones) and everyone is None:
        everyone = session.connection().execute(
            select(Student.university_id, Student.student_no, Student.email, Student.name_zh,
                   Student.phone).where(or_(Student.email.is_not(None),
                                            Student.phone.is_not(None)))).all()
    repeated_mails = {m for m, n in file_emails.items() if n > 1}
    repeated_people = {p for p, n in file_people.items() if n > 1}
    for uid, no, mail, _, _ in _held_elsewhere(everyone if emails and everyone else [], 2,
                                               mail_of,
                                               repeated_mails):
        by_email.setdefault(mail, []).append(((uid, no), "in CareerDesk"))
    for uid, no, person in _held_elsewhere(_stored_people(everyone or [], phones), 2,
                                           person_of, repeated_people):
        by_person.setdefault(person, []).append(((uid, no), "in CareerDesk"))
    # Only a row whose email or person someone else has (in the file or stored) can match:
    # the usual row, and every row of a re-import, is passed over here.
    shared_mails = (repeated_mails - {None}) | by_email.keys()
    shared_people = {p for p in repeated_people if all(p)} | by_person.keys()
    for index, mail in enumerate(mails if shared_mails or shared_people else ()):
        person = people[index]
        if mail not in shared_mails and person not in shared_people:
            continue
        number, key = valid[index], keys[index]
        shared_mail = mail is not None and (
            file_emails[mail] > 1 or _held_by_another(by_email.get(mail), key))
        shared_person = all(person) and (
            file_people[person] > 1 or _held_by_another(by_person.get(person), key))
        if not (shared_mail or shared_person):
            continue  # only its own stored record has them
        _flag_match(sheet, number, key, mail, person, by_email, by_person, numbers)
        where = msg("in row {row}", row=sheet.excel_rows[number])
        if mail:
            by_email.setdefault(mail, []).append((key, where))
        if all(person):
            by_person.setdefault(person, []).append((key, where))


def _stored_people(everyone: Sequence[Sequence[Any]], phones: set[str]
                   ) -> list[tuple[int, str, tuple[str, str]]]:
    """(university id, number, (Chinese name, phone)) of the stored students with a
    Chinese name and one of ``phones``."""
    calling = list(compress(everyone, map(phones.__contains__, map(itemgetter(4), everyone))))
    named = list(compress(calling, map(itemgetter(3), calling)))
    return list(zip(map(itemgetter(0), named), map(itemgetter(1), named),
                    zip(map(itemgetter(3), named), map(itemgetter(4), named), strict=True),
                    strict=True))


def _held_elsewhere(stored: Sequence[Sequence[Any]], position: int,
                    owner: dict[Any, StudentKey], repeated: set[Any]) -> list[Any]:
    """The stored rows whose value at ``position`` (an email, a person) a row of the file
    has, and that are not that row's own student (or the file has the value twice).
    Each test runs over all the rows at once, in C: a list imported again holds every
    stored student's email, and nearly all of them are that row's own."""
    values = list(map(itemgetter(position), stored))
    in_file = list(compress(stored, map(owner.__contains__, values)))
    values = list(map(itemgetter(position), in_file))
    another = map(ne, map(owner.__getitem__, values), map(itemgetter(0, 1), in_file))
    return list(compress(in_file, map(operator.or_, another,
                                      map(repeated.__contains__, values))))


def _flag_match(sheet: ParsedSheet, number: int, key: StudentKey, mail: str | None,
                person: tuple[str | None, str | None],
                by_email: dict[str, list[tuple[StudentKey, str]]],
                by_person: dict[tuple[str, str], list[tuple[StudentKey, str]]],
                numbers: dict[int, str]) -> None:
    name, phone = person
    # The first other student with the same email, else the same person: each list read
    # only as far as its first other (many rows sharing a placeholder mobile cost a step
    # each, not a pass over all the rows before them).
    for how, holders in ((_SAME_EMAIL, by_email.get(mail, []) if mail else []),
                         (_SAME_PERSON, by_person.get((name, phone), [])
                          if name and phone else [])):
        for other, where in holders:
            if other != key:
                sheet.add(number, "", "possible_duplicate", msg(
                    "Student {student} ({university}) {where} has {how}; check whether they "
                    "are the same person. Both are kept.", student=other[1],
                    university=numbers.get(other[0], "?"), where=where, how=how))
                return


_SAME_EMAIL = msg("the same email")
_SAME_PERSON = msg("the same Chinese name and mobile")


def _held_by_another(holders: list[tuple[StudentKey, str]] | None, key: StudentKey) -> bool:
    return holders is not None and any(other != key for other, _ in holders)
