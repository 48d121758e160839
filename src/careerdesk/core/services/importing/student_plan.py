"""The file's students against the stored ones: who is new, and what each row changes.

Nothing is written here. New students stay the file's rows (``NewStudents``) and are
gathered a column at a time when written; stored students are compared with their rows a
column at a time, and only a row that changes something is looked at on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import eq, itemgetter, not_, or_
from typing import Any, cast

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.models import Faculty, Student
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.core.services.importing.duplicates import StudentKey
from careerdesk.io.fields import Field
from careerdesk.io.parsed_sheet import ParsedSheet, pick
from careerdesk.messages import msg

#: Fields written straight to a student column.
STUDENT_COLUMNS: dict[Field, str] = {
    Field.NAME_EN: "name_en", Field.NAME_ZH: "name_zh", Field.EMAIL: "email",
    Field.PHONE: "phone", Field.DEPARTMENT: "department",
    Field.PROGRAMME: "programme_of_study", Field.AWARD_LEVEL: "award_level",
    Field.YEAR_OF_STUDY: "year_of_study", Field.GRADUATION: "graduation_date",
    Field.HK_RESIDENT: "hk_resident", Field.FULL_TIME_MONTHS: "full_time_months",
    Field.CONSENT: "consent_to_share", Field.CONSENT_DATE: "consent_date",
    Field.NOTES: "notes",
    Field.EMPLOYED: "employment_status",
    Field.OUTCOME: "outcome", Field.OUTCOME_ON: "outcome_on",
    Field.OUTCOME_SOURCE: "outcome_source",
    Field.HKID: "hkid",  # (only where the office collects them: reading)
}
_COMPARED = list(STUDENT_COLUMNS.values())
#: How the result names each updated column.
COLUMN_LABELS = {
    "name_en": msg("English name"), "name_zh": msg("Chinese name"), "email": msg("email"),
    "phone": msg("mobile"), "department": msg("department"),
    "programme_of_study": msg("programme"), "award_level": msg("award level"),
    "year_of_study": msg("year of study"), "graduation_date": msg("graduation date"),
    "hk_resident": msg("HK residency"), "full_time_months": msg("months of full-time work"),
    "consent_to_share": msg("consent"), "consent_date": msg("consent date"),
    "notes": msg("notes"),
    "employment_status": msg("employment"), "faculty_id": msg("faculty"),
    "outcome": msg("outcome after graduation"), "outcome_on": msg("outcome date"),
    "outcome_source": msg("outcome source"), "hkid": msg("HKID number")}


@dataclass(slots=True)
class StudentAction:
    """What a row changes in its stored student."""

    excel_row: int
    key: StudentKey
    student_id: int
    values: dict[str, Any] = field(default_factory=dict)  # what to write
    before: dict[str, Any] = field(default_factory=dict)  # updated columns' old values
    faculty: str | None = None  # a faculty name to find or create when writing


@dataclass
class StoredStudents:
    """The file's students that are stored already: their ids, and the updates their rows
    make (a row that changes nothing is only counted: on a list imported again, that is
    nearly every row)."""

    ids: dict[StudentKey, int]
    updates: list[StudentAction]

    @property
    def unchanged(self) -> int:
        return len(self.ids) - len(self.updates)


@dataclass
class NewStudents:
    """The students an import adds: rows of the parsed sheet, whose columns are gathered
    when written (``columns``). A dict per new student would cost more than SQLite's own
    insert on a 100,000-row list."""

    sheet: ParsedSheet
    numbers: list[int]  # their rows
    keys: list[StudentKey]
    #: The faculties already stored: (university id, name folded) → (id, name).
    known_faculties: dict[tuple[int, str], tuple[int, str]]

    def __len__(self) -> int:
        return len(self.numbers)

    def new_faculties(self) -> set[tuple[int, str]]:
        """(university id, name) of each faculty the rows name that is not stored yet."""
        named = set(zip(map(itemgetter(0), self.keys), self._column(Field.FACULTY),
                        strict=True))
        return {(uid, name) for uid, name in named
                if name and (uid, faculty_key(name)) not in self.known_faculties}

    def columns(self, made_faculties: dict[tuple[int, str], int]) -> dict[str, list[Any]]:
        """The student table's columns for these rows (those the file filled), each a list
        in row order; ``made_faculties``: the new faculties' ids, as ``new_faculties``
        named them (folded)."""
        universities = list(map(itemgetter(0), self.keys))
        columns: dict[str, list[Any]] = {"university_id": universities,
                                         "student_no": list(map(itemgetter(1), self.keys))}
        columns |= _file_columns(self.sheet, self.numbers)
        faculties = list(zip(universities, self._column(Field.FACULTY), strict=True))
        ids = {pair: self._faculty_id(pair, made_faculties) for pair in set(faculties)}
        if any(ids.values()):
            columns["faculty_id"] = list(map(ids.__getitem__, faculties))
        return columns

    def _column(self, field: Field) -> list[Any]:
        return pick(self.sheet.column(field), self.numbers)

    def _faculty_id(self, pair: tuple[int, str | None],
                    made: dict[tuple[int, str], int]) -> int | None:
        uid, name = pair
        if not name:
            return None
        key = (uid, faculty_key(name))
        known = self.known_faculties.get(key)
        return known[0] if known is not None else made[key]


def _file_columns(sheet: ParsedSheet, numbers: list[int]) -> dict[str, list[Any]]:
    """The student table's columns the file has (a column with a value in some of the rows
    ``numbers``), each in row order."""
    columns: dict[str, list[Any]] = {}
    for source, name in STUDENT_COLUMNS.items():
        if source not in sheet.columns:
            continue
        column = pick(sheet.columns[source], numbers)
        if column.count(None) < len(column):
            columns[name] = column
    return columns


#: Where a stored student's (university, number, email, Chinese name, phone) sit in the
#: rows _existing_students reads.
_CONTACT = (1, 2, *(4 + _COMPARED.index(c) for c in ("email", "name_zh", "phone")))


def existing_students(session: Session, keys: list[StudentKey]
                       ) -> tuple[dict[StudentKey, Stored], list[Any] | None]:
    """The stored students the file names, with the values an import compares; and every
    stored student's row, when the whole table was read (the likely-duplicate check needs
    them all, and need not read them again).

    A long file reads its universities' students in one pass (the whole table, when they
    hold most of it: reading it straight through is twice as fast as through an index); a
    short one asks for just its own students.
    """
    wanted = set(keys)
    columns = [getattr(Student, c) for c in _COMPARED]
    # (No join for the faculty's name: a lookup per row costs more than naming the few
    # faculties from their ids afterwards.)
    base = select(Student.id, Student.university_id, Student.student_no, Student.faculty_id,
                  *columns)
    if len(wanted) > 2_000:
        universities = {uid for uid, _ in wanted}
        held = dict(session.execute(select(Student.university_id, func.count())
                                    .group_by(Student.university_id)).all())
        theirs = sum(held.get(uid, 0) for uid in universities)
        whole_table = theirs * 2 > sum(held.values())
        statements = [base if whole_table
                      else base.where(Student.university_id.in_(universities))]
    else:
        whole_table = False
        statements = [base.where(tuple_(Student.university_id, Student.student_no).in_(chunk))
                      for chunk in in_chunks(sorted(wanted), 400)]
    found: dict[StudentKey, Stored] = {}
    for statement in statements:
        # Core rows, fetched at once: no ORM work and no driver call per row.
        rows = session.connection().execute(statement).all()
        row_keys = list(zip(map(itemgetter(1), rows), map(itemgetter(2), rows), strict=True))
        found.update(compress(zip(row_keys, map(Stored, rows), strict=True),
                              map(wanted.__contains__, row_keys)))
    return found, (list(map(itemgetter(*_CONTACT), rows)) if whole_table else None)


class Stored:
    """A stored student's compared values: the row _existing_students read, by column name
    (a dict per student would cost hundreds of megabytes on a 100,000-row import)."""

    __slots__ = ("_values",)
    _INDEX = {"id": 0, "faculty_id": 3, **{name: 4 + i for i, name in enumerate(_COMPARED)}}

    def __init__(self, values: tuple) -> None:
        self._values = values

    def get(self, column: str, default: Any = None) -> Any:
        index = self._INDEX.get(column)
        return default if index is None else self._values[index]

    def __getitem__(self, column: str) -> Any:
        return self._values[self._INDEX[column]]

    def differing(self, values: dict[str, Any]) -> dict[str, Any]:
        """The items of ``values`` that differ from what is stored (one call per student:
        this runs for every row of a re-imported list)."""
        index, stored = self._INDEX, self._values
        return {c: v for c, v in values.items()
                if (stored[index[c]] if c in index else None) != v}


def faculty_names(session: Session) -> dict[tuple[int, str], tuple[int, str]]:
    return {(uid, faculty_key(name)): (fid, name) for fid, uid, name in
            session.execute(select(Faculty.id, Faculty.university_id, Faculty.name_en))}


def stored_student_actions(sheet: ParsedSheet, numbers: list[int], keys: list[StudentKey],
                            existing: dict[StudentKey, Stored],
                            faculties: dict[tuple[int, str], tuple[int, str]]
                            ) -> StoredStudents:
    """What each of the rows ``numbers`` changes in its stored student. Each row is compared
    whole, in C: on a list imported again nearly every row changes nothing, and only a row
    that may is looked at on its own (``_stored_student_action``)."""
    stored = list(map(existing.__getitem__, keys))
    named = {fid: name for fid, name in faculties.values()}  # the stored faculties' names
    changing = _rows_changing(sheet, numbers, stored, named)
    updates = [_stored_student_action(sheet, number, key, record, faculties, named)
               for number, key, record in compress(zip(numbers, keys, stored, strict=True),
                                                   changing)]
    ids = dict(zip(keys, map(itemgetter(0), (r._values for r in stored)),  # noqa: SLF001
                   strict=True))
    return StoredStudents(ids, [action for action in updates if action is not None])


def _rows_changing(sheet: ParsedSheet, numbers: list[int], stored: list[Stored],
                   faculty_names: dict[int, str]) -> list[bool]:
    """Whether each row may change its stored student. A row whose values (in the columns
    the file has) all equal the stored ones, faculty included, does not; any other is looked
    at on its own by ``_stored_student_action`` (an empty cell changes nothing, and that
    is where it is decided). Compared a row's values at once, in C."""
    records = [record._values for record in stored]  # noqa: SLF001 - one class's rows
    index = Stored._INDEX  # noqa: SLF001
    mine = _file_columns(sheet, numbers)  # a column the file does not have changes nothing
    same: Iterable[bool] = repeat(True)
    if mine:
        pick_stored = itemgetter(*(index[name] for name in mine))  # (one column: a value)
        theirs = map(pick_stored, records) if len(mine) > 1 else zip(map(pick_stored, records))
        same = map(eq, zip(*mine.values(), strict=True), theirs)
    faculties = list(zip(pick(sheet.column(Field.FACULTY), numbers),
                         map(faculty_names.get, map(itemgetter(index["faculty_id"]), records)),
                         strict=True))
    moved = {pair: _faculty_differs(*pair) for pair in set(faculties)}
    return list(map(or_, map(not_, same), map(moved.__getitem__, faculties)))


def _faculty_differs(mine: str | None, theirs: str | None) -> bool:
    if not mine:
        return False
    return faculty_key(theirs or "") != faculty_key(mine)


def _stored_student_action(sheet: ParsedSheet, number: int, key: StudentKey, existing: Stored,
                           faculties: dict[tuple[int, str], tuple[int, str]],
                           faculty_names: dict[int, str]) -> StudentAction | None:
    """What row ``number`` changes in its stored student; None when nothing."""
    given = sheet.values(number)
    # The row's values renamed to student columns, in C: its other fields all land on None.
    renamed = dict(zip(map(STUDENT_COLUMNS.get, given), given.values(), strict=True))
    renamed.pop(None, None)
    values = cast(dict[str, Any], renamed)
    if "notes" in values:
        values["notes"] = notes_with_remark(existing.get("notes"), values["notes"])
    faculty = given.get(Field.FACULTY)
    changed = existing.differing(values)
    action = StudentAction(sheet.excel_rows[number], key, existing["id"])
    if changed:
        action.values = changed
        action.before = {c: existing.get(c) for c in changed}
    if _faculty_differs(faculty, faculty_names.get(existing["faculty_id"])):
        _set_faculty(action, key[0], faculty, faculties)
        action.before["faculty_id"] = existing.get("faculty_id")
    return action if action.values or action.faculty else None


def notes_with_remark(notes: str | None, remark: str) -> str:
    """A student's notes with a list's remark added under them: a second list's remark
    ("Prefers AI roles") does not replace the first's ("Nominated by Prof. LEE"), nor
    what was typed by hand; a remark the notes hold already (the same list again) adds
    nothing."""
    if not notes or f"\n{remark}\n" in f"\n{notes}\n":
        return notes or remark
    return f"{notes}\n{remark}"


def _set_faculty(action: StudentAction, university_id: int, name: str | None,
                 faculties: dict[tuple[int, str], tuple[int, str]]) -> None:
    if not name:
        return
    known = faculties.get((university_id, faculty_key(name)))
    if known is not None:
        action.values["faculty_id"] = known[0]
    else:
        action.faculty = name
