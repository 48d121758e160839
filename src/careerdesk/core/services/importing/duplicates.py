"""The same student twice in one file, and likely duplicates under another number.

A row whose (university, student number) an earlier row of the file has is rejected; a row
whose email, or Chinese name and mobile, another student has (in the file or stored) is
flagged for the coordinator to review, never merged.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Student, University
from careerdesk.io.fields import Field
from careerdesk.io.nominee_rows import NomineeRow

StudentKey = tuple[int, str]  # (university id, student number)


def mark_duplicates_in_file(rows: list[NomineeRow]) -> None:
    """The second and later rows of one student are rejected, naming the first."""
    first_row: dict[tuple[str, str], int] = {}
    for row in rows:
        if row.rejected:
            continue
        key = (row.values[Field.UNIVERSITY], row.values[Field.STUDENT_NO])
        first = first_row.setdefault(key, row.excel_row)
        if first != row.excel_row:
            row.add("", "duplicate_in_file",
                    f"Student {key[1]} ({key[0]}) is already in row {first} of this "
                    f"file. This row was not imported.")


def flag_likely_duplicates(session: Session, rows: list[NomineeRow], keys: list[StudentKey],
                           everyone: list[Any] | None) -> None:
    """Same email, or same Chinese name and phone, under another student number: flagged
    for the coordinator to review, never merged. ``everyone``: every stored student's
    (university id, number, email, Chinese name, phone), when the caller has read them all
    already; otherwise they are read here."""
    mails = [row.values.get(Field.EMAIL) for row in rows]
    people = [(row.values.get(Field.NAME_ZH), row.values.get(Field.PHONE)) for row in rows]
    file_emails, file_people = Counter(mails), Counter(people)
    # The student each email or person of the file belongs to; a stored record that is that
    # same student (every row of a re-import) is no one else, so it is left out below.
    mail_of = dict(zip(mails, keys, strict=True))
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
    for uid, no, mail, name_zh, phone in everyone if emails or phones else ():
        stored = (uid, no)
        if mail in emails and (mail_of[mail] != stored or file_emails[mail] > 1):
            by_email.setdefault(mail, []).append((stored, "in CareerDesk"))
        person = (name_zh, phone)
        if phone in phones and name_zh and person in person_of and (
                person_of[person] != stored or file_people[person] > 1):
            by_person.setdefault(person, []).append((stored, "in CareerDesk"))
    # Only a row whose email or person someone else has (in the file or stored) can match:
    # the usual row, and every row of a re-import, is passed over here.
    shared_mails = {m for m, n in file_emails.items() if n > 1 and m} | by_email.keys()
    shared_people = {p for p, n in file_people.items() if n > 1 and all(p)} | by_person.keys()
    for index, mail in enumerate(mails):
        person = people[index]
        if mail not in shared_mails and person not in shared_people:
            continue
        row, key = rows[index], keys[index]
        shared_mail = mail is not None and (
            file_emails[mail] > 1 or _held_by_another(by_email.get(mail), key))
        shared_person = all(person) and (
            file_people[person] > 1 or _held_by_another(by_person.get(person), key))
        if not (shared_mail or shared_person):
            continue  # only its own stored record has them
        _flag_match(row, key, mail, person, by_email, by_person, numbers)
        if mail:
            by_email.setdefault(mail, []).append((key, f"in row {row.excel_row}"))
        if all(person):
            by_person.setdefault(person, []).append((key, f"in row {row.excel_row}"))


def _flag_match(row: NomineeRow, key: StudentKey, mail: str | None,
                person: tuple[str | None, str | None],
                by_email: dict[str, list[tuple[StudentKey, str]]],
                by_person: dict[tuple[str, str], list[tuple[StudentKey, str]]],
                numbers: dict[int, str]) -> None:
    matches = [*(by_email.get(mail, []) if mail else []),
               *(by_person.get(person, []) if all(person) else [])]  # type: ignore[call-overload]
    for other, where in matches:
        if other != key:
            how = ("the same email" if mail and (other, where) in by_email.get(mail, [])
                   else "the same Chinese name and mobile")
            row.add("", "possible_duplicate",
                    f"Student {other[1]} ({numbers.get(other[0], '?')}) {where} has {how}; "
                    f"check whether they are the same person. Both are kept.")
            return


def _held_by_another(holders: list[tuple[StudentKey, str]] | None, key: StudentKey) -> bool:
    return holders is not None and any(other != key for other, _ in holders)
