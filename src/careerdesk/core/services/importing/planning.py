"""Deciding what each row does: create, update or leave a student; nominate; register.

Nothing is written here. The plan compares the file with the database in a few bulk
queries, so a 100,000-row file is planned in one pass.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import and_, attrgetter, is_not, itemgetter, ne, or_
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from careerdesk.core.db.models import (
    Attendance,
    Cohort,
    Event,
    Faculty,
    Nomination,
    Programme,
    Student,
    Track,
    University,
)
from careerdesk.core.services.bulk_work import bulk_work
from careerdesk.core.services.importing.duplicates import (
    StudentKey,
    flag_likely_duplicates,
    mark_duplicates_in_file,
)
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.options import ImportOptions
from careerdesk.core.services.importing.reading import ParsedFile
from careerdesk.core.services.importing.result import ImportResult, StudentUpdate
from careerdesk.io.fields import Field
from careerdesk.io.nominee_rows import NomineeRow, Problem

#: Fields written straight to a student column.
STUDENT_COLUMNS: dict[Field, str] = {
    Field.NAME_EN: "name_en", Field.NAME_ZH: "name_zh", Field.EMAIL: "email",
    Field.PHONE: "phone", Field.DEPARTMENT: "department",
    Field.PROGRAMME: "programme_of_study", Field.AWARD_LEVEL: "award_level",
    Field.YEAR_OF_STUDY: "year_of_study", Field.GRADUATION: "graduation_date",
    Field.HK_RESIDENT: "hk_resident", Field.FULL_TIME_MONTHS: "full_time_months",
    Field.CONSENT: "consent_to_share", Field.NOTES: "notes",
}
_COMPARED = [*STUDENT_COLUMNS.values(), "employment_status"]
_LABELS = {"name_en": "English name", "name_zh": "Chinese name", "email": "email",
           "phone": "mobile", "department": "department", "programme_of_study": "programme",
           "award_level": "award level", "year_of_study": "year of study",
           "graduation_date": "graduation date", "hk_resident": "HK residency",
           "full_time_months": "months of full-time work", "consent_to_share": "consent",
           "notes": "notes", "employment_status": "employment", "faculty_id": "faculty"}


@dataclass(slots=True)
class StudentAction:
    row: NomineeRow
    key: StudentKey
    kind: str  # "update" or "unchanged"
    student_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)  # what to write
    before: dict[str, Any] = field(default_factory=dict)  # updated columns' old values
    faculty: str | None = None  # a faculty name to find or create when writing


@dataclass
class NewStudents:
    """The students an import adds, kept as the file's rows: their columns are gathered a
    column at a time when written (``columns``). A dict per new student would cost more
    than SQLite's own insert on a 100,000-row list."""

    rows: list[NomineeRow]
    keys: list[StudentKey]
    #: The faculties already stored: (university id, name folded) → (id, name).
    known_faculties: dict[tuple[int, str], tuple[int, str]]

    def __len__(self) -> int:
        return len(self.rows)

    def new_faculties(self) -> set[tuple[int, str]]:
        """(university id, name) of each faculty the rows name that is not stored yet."""
        named = set(zip(map(itemgetter(0), self.keys), self._column(Field.FACULTY),
                        strict=True))
        return {(uid, name) for uid, name in named
                if name and (uid, name.casefold()) not in self.known_faculties}

    def columns(self, made_faculties: dict[tuple[int, str], int]) -> dict[str, list[Any]]:
        """The student table's columns for these rows (those the file filled), each a list
        in row order; ``made_faculties``: the new faculties' ids, as ``new_faculties``
        named them (folded)."""
        universities = list(map(itemgetter(0), self.keys))
        columns: dict[str, list[Any]] = {"university_id": universities,
                                         "student_no": list(map(itemgetter(1), self.keys))}
        for source, name in STUDENT_COLUMNS.items():
            column = self._column(source)
            if column.count(None) < len(column):
                columns[name] = column
        employed = self._column(Field.EMPLOYED)
        if employed.count(None) < len(employed):
            columns["employment_status"] = list(map(_EMPLOYMENT.get, employed))
        faculties = list(zip(universities, self._column(Field.FACULTY), strict=True))
        ids = {pair: self._faculty_id(pair, made_faculties) for pair in set(faculties)}
        if any(ids.values()):
            columns["faculty_id"] = list(map(ids.__getitem__, faculties))
        return columns

    def _column(self, field: Field) -> list[Any]:
        return list(map(dict.get, map(attrgetter("values"), self.rows), repeat(field)))

    def _faculty_id(self, pair: tuple[int, str | None],
                    made: dict[tuple[int, str], int]) -> int | None:
        uid, name = pair
        if not name:
            return None
        key = (uid, name.casefold())
        known = self.known_faculties.get(key)
        return known[0] if known is not None else made[key]


_EMPLOYMENT = {True: "employed", False: "unemployed"}


@dataclass(slots=True)
class NominationAction:
    key: StudentKey
    cohort_id: int
    track_id: int | None
    rank: int | None
    nomination_id: int | None = None
    before: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class AttendanceAction:
    key: StudentKey
    values: dict[str, Any]
    attendance_id: int | None = None
    before: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportPlan:
    parsed: ParsedFile
    options: ImportOptions
    new_students: NewStudents
    students: list[StudentAction]  # the file's students already stored: updated or not
    nominations: list[NominationAction]
    attendances: list[AttendanceAction]
    event_id: int | None
    problems: list[Problem]
    university_codes: dict[int, str]

    @property
    def rejected_rows(self) -> list[NomineeRow]:
        return [row for row in self.parsed.parsed.rows if row.rejected]

    @bulk_work()
    def result(self, batch: int | None = None) -> ImportResult:
        parsed = self.parsed.parsed
        kinds = Counter(map(attrgetter("kind"), self.students))
        return ImportResult(
            file=self.parsed.path.name, sheet=parsed.sheet,
            header_row=parsed.layout.excel_header_row, rows=len(parsed.rows),
            created=len(self.new_students), updated=kinds["update"], unchanged=kinds["unchanged"],
            rejected=sum(map(attrgetter("rejected"), parsed.rows)), batch=batch,
            issues=sorted(self.problems, key=attrgetter("row", "column")),
            updates=[StudentUpdate(a.row.excel_row, self.university_codes[a.key[0]], a.key[1],
                                   tuple(_LABELS.get(c, c) for c in a.before))
                     for a in self.students if a.kind == "update"],
            nominations=sum(1 for n in self.nominations
                            if n.nomination_id is None or n.before),
            attendances=sum(1 for a in self.attendances if a.attendance_id is None or a.before),
            dry_run=batch is None,
        )


@bulk_work()
def plan_import(session: Session, parsed: ParsedFile, options: ImportOptions) -> ImportPlan:
    rows = parsed.parsed.rows
    universities = dict(session.execute(select(University.code, University.id)).all())
    cohorts = _Cohorts(session)
    default_cohort = cohorts.require(options.cohort) if options.cohort else None
    event_id = _event_for(session, parsed, options, default_cohort)
    _resolve_cohorts(rows, cohorts, default_cohort)
    mark_duplicates_in_file(rows)
    valid = [row for row in rows if not row.rejected]
    keys = [(universities[row.values[Field.UNIVERSITY]], row.values[Field.STUDENT_NO])
            for row in valid]
    existing, everyone = _existing_students(session, keys)
    faculties = _faculty_names(session)
    flag_likely_duplicates(session, valid, keys, everyone)
    new = NewStudents([], [], faculties)
    known_rows: list[NomineeRow] = []
    known_keys: list[StudentKey] = []
    for row, key in zip(valid, keys, strict=True):
        if key in existing:
            known_rows.append(row)
            known_keys.append(key)
        else:
            new.rows.append(row)
            new.keys.append(key)
    students = _stored_student_actions(known_rows, known_keys, existing, faculties)
    nominations = _nomination_actions(session, valid, keys, existing)
    attendances = (_attendance_actions(session, valid, keys, existing, event_id)
                   if event_id is not None else [])
    problems = [*parsed.parsed.problems, *(p for row in rows for p in row.problems)]
    return ImportPlan(parsed, options, new, students, nominations, attendances, event_id, problems,
                      {uid: code for code, uid in universities.items()})


# -- cohorts and events --------------------------------------------------------------------------
class _Cohorts:
    def __init__(self, session: Session) -> None:
        self.by_code: dict[str, tuple[int, str]] = {}
        self.tracks: dict[int, dict[str, int]] = {}
        self._found: dict[str, tuple[int, int | None] | None] = {}
        for cohort_id, code, kind in session.execute(
            select(Cohort.id, Cohort.code, Programme.kind).join(Cohort.programme)
        ):
            self.by_code[code.casefold()] = (cohort_id, kind)
        for cohort_id, code, name, track_id in session.execute(
            select(Track.cohort_id, Track.code, Track.name, Track.id)
        ):
            tracks = self.tracks.setdefault(cohort_id, {})
            tracks[code.casefold()] = track_id
            tracks[name.casefold()] = track_id

    def find(self, text: str) -> tuple[int, int | None] | None:
        """A cohort code, or a cohort code with a track code after a dash."""
        if text not in self._found:
            self._found[text] = self._find(text)
        return self._found[text]

    def _find(self, text: str) -> tuple[int, int | None] | None:
        folded = text.strip().casefold()
        if folded in self.by_code:
            return self.by_code[folded][0], None
        head, _, tail = folded.rpartition("-")
        if head in self.by_code:
            track = self.tracks.get(self.by_code[head][0], {}).get(tail)
            if track is not None:
                return self.by_code[head][0], track
        return None

    def require(self, text: str) -> tuple[int, int | None]:
        found = self.find(text)
        if found is None:
            known = ", ".join(sorted(code.upper() for code in self.by_code)[:12])
            raise ImportFailedError(f"There is no cohort '{text}'; known cohorts include "
                                    f"{known}.", code="unknown_cohort")
        return found

    def kind(self, cohort_id: int) -> str | None:
        return next((kind for cid, kind in self.by_code.values() if cid == cohort_id), None)


def _resolve_cohorts(rows: list[NomineeRow], cohorts: _Cohorts,
                     default: tuple[int, int | None] | None) -> None:
    unknown: dict[str, str] = {}  # a file repeats its few cohort names on every row
    for row in rows:
        written = row.values.pop(Field.COHORT, None)
        found = cohorts.find(written) if written else default
        if written and found is None:
            if written not in unknown:
                unknown[written] = (
                    f"There is no cohort '{written}' in CareerDesk; the student was imported "
                    f"but not nominated. Add the cohort, then import the file again.")
            row.add(_heading(row, Field.COHORT), "unknown_cohort", unknown[written])
            continue
        if found is None:
            continue
        cohort_id, track_id = found
        track_text = row.values.pop(Field.TRACK, None)
        if track_text:
            track_id = cohorts.tracks.get(cohort_id, {}).get(track_text.casefold())
            if track_id is None:
                row.add(_heading(row, Field.TRACK), "unknown_track",
                        f"The cohort has no track '{track_text}'; the student was imported but "
                        f"not nominated.")
                continue
        row.values[Field.COHORT] = (cohort_id, track_id)


def _heading(row: NomineeRow, field: Field) -> str:
    return row.headings.get(field, "")


def _event_for(session: Session, parsed: ParsedFile, options: ImportOptions,
               cohort: tuple[int, int | None] | None) -> int | None:
    if options.event:
        found = session.scalar(select(Event.id).where(Event.code.ilike(options.event.strip())))
        if found is None:
            raise ImportFailedError(f"There is no event '{options.event}'.",
                                    code="unknown_event")
        return found
    if not parsed.parsed.is_event_registration:
        return None
    if cohort is not None:
        code = session.scalar(select(Cohort.code).where(Cohort.id == cohort[0]))
        found = session.scalar(select(Event.id).where(Event.code == code))
        if found is not None:
            return found
    inferred = _infer_event(session, parsed)
    if inferred is not None:
        event_id, code = inferred
        parsed.parsed.problems.insert(0, Problem(
            0, "", "event_inferred",
            f"The registrations were recorded for the event {code}, the one their "
            f"registration numbers and dates point to."))
        return event_id
    raise ImportFailedError(
        f"{parsed.path.name} looks like an event registration list; say which event it is "
        f"for (--event CODE, or choose it in the import window).", code="event_needed")


def _infer_event(session: Session, parsed: ParsedFile) -> tuple[int, str] | None:
    """The event a registration list is for: one whose code starts like the registration
    numbers (AIA-00001 → AIA-…) and which was held soon after the last registration."""
    rows = parsed.parsed.rows
    prefixes = {str(r.values[Field.REGISTRATION_REF]).split("-")[0].casefold()
                for r in rows if r.values.get(Field.REGISTRATION_REF)}
    last = max((r.values[Field.REGISTERED_AT] for r in rows
                if r.values.get(Field.REGISTERED_AT)), default=None)
    events = session.execute(select(Event.id, Event.code, Event.held_on)).all()
    candidates = [e for e in events if e.code.split("-")[0].casefold() in prefixes] or (
        events if not prefixes else [])
    if last is not None:
        candidates = [e for e in candidates if e.held_on is not None and
                      last.date() <= e.held_on <= last.date() + dt.timedelta(days=180)]
        candidates.sort(key=lambda e: e.held_on)
        candidates = candidates[:1]
    if len(candidates) == 1:
        return candidates[0].id, candidates[0].code
    return None


# -- students ------------------------------------------------------------------------------------
#: Where a stored student's (university, number, email, Chinese name, phone) sit in the
#: rows _existing_students reads.
_CONTACT = (1, 2, *(5 + _COMPARED.index(c) for c in ("email", "name_zh", "phone")))


def _existing_students(session: Session, keys: list[StudentKey]
                       ) -> tuple[dict[StudentKey, _Stored], list[Any] | None]:
    """The stored students the file names, with the values an import compares; and every
    stored student's row, when the whole table was read (the likely-duplicate check needs
    them all, and need not read them again).

    A long file reads its universities' students in one pass (the whole table, when they
    hold most of it: reading it straight through is twice as fast as through an index); a
    short one asks for just its own students.
    """
    wanted = set(keys)
    columns = [getattr(Student, c) for c in _COMPARED]
    base = (select(Student.id, Student.university_id, Student.student_no, Faculty.name_en,
                   Student.faculty_id, *columns)
            .outerjoin(Faculty, Student.faculty_id == Faculty.id))
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
                      for chunk in _chunks(sorted(wanted), 400)]
    found: dict[StudentKey, _Stored] = {}
    for statement in statements:
        # Core rows, fetched at once: no ORM work and no driver call per row.
        rows = session.connection().execute(statement).all()
        for row in rows:
            key = (row[1], row[2])
            if key in wanted:
                found[key] = _Stored(row)
    return found, ([itemgetter(*_CONTACT)(row) for row in rows] if whole_table else None)


class _Stored:
    """A stored student's compared values: the row _existing_students read, by column name
    (a dict per student would cost hundreds of megabytes on a 100,000-row import)."""

    __slots__ = ("_values",)
    _INDEX = {"id": 0, "faculty": 3, "faculty_id": 4,
              **{name: 5 + i for i, name in enumerate(_COMPARED)}}

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


def _faculty_names(session: Session) -> dict[tuple[int, str], tuple[int, str]]:
    return {(uid, name.casefold()): (fid, name) for fid, uid, name in
            session.execute(select(Faculty.id, Faculty.university_id, Faculty.name_en))}


def _stored_student_actions(rows: list[NomineeRow], keys: list[StudentKey],
                            existing: dict[StudentKey, _Stored],
                            faculties: dict[tuple[int, str], tuple[int, str]]
                            ) -> list[StudentAction]:
    """What each row changes in its stored student. The rows are compared a column at a
    time, in C: on a list imported again nearly every row changes nothing, and only a row
    that does is looked at on its own (``_stored_student_action``)."""
    stored = [existing[key] for key in keys]
    changing = _rows_changing(rows, stored)
    return [_stored_student_action(row, key, record, faculties) if changes
            else StudentAction(row, key, "unchanged", student_id=record["id"])
            for row, key, record, changes in zip(rows, keys, stored, changing, strict=True)]


def _rows_changing(rows: list[NomineeRow], stored: list[_Stored]) -> list[bool]:
    """Whether each row has a value (a student column, the employment, the faculty) that
    its stored student does not: the test ``_stored_student_action`` makes, by column."""
    values = list(map(attrgetter("values"), rows))
    records = [record._values for record in stored]  # noqa: SLF001 - one class's rows
    changing = [False] * len(rows)

    def column(field: Field) -> list[Any]:
        return list(map(dict.get, values, repeat(field)))

    def differ(mine: list[Any], index: int) -> Iterable[bool]:
        if mine.count(None) == len(mine):
            return repeat(False)  # the file does not have the column: nothing changes
        theirs = map(itemgetter(index), records)
        return map(and_, map(is_not, mine, repeat(None)), map(ne, mine, theirs))

    index = _Stored._INDEX  # noqa: SLF001
    for source, name in STUDENT_COLUMNS.items():
        changing = list(map(or_, changing, differ(column(source), index[name])))
    employment = list(map(_EMPLOYMENT.get, column(Field.EMPLOYED)))
    changing = list(map(or_, changing, differ(employment, index["employment_status"])))
    faculties = list(zip(column(Field.FACULTY), map(itemgetter(index["faculty"]), records),
                         strict=True))
    moved = {pair: _faculty_differs(*pair) for pair in set(faculties)}
    return list(map(or_, changing, map(moved.__getitem__, faculties)))


def _faculty_differs(mine: str | None, theirs: str | None) -> bool:
    return bool(mine) and (theirs or "").casefold() != mine.casefold()


def _stored_student_action(row: NomineeRow, key: StudentKey, existing: _Stored,
                           faculties: dict[tuple[int, str], tuple[int, str]]) -> StudentAction:
    """What the row changes in its stored student, if anything."""
    # The row's values renamed to student columns, in C: its other fields all land on None.
    values = dict(zip(map(STUDENT_COLUMNS.get, row.values), row.values.values(), strict=True))
    values.pop(None, None)
    if Field.EMPLOYED in row.values:
        values["employment_status"] = _EMPLOYMENT[row.values[Field.EMPLOYED]]
    faculty = row.values.get(Field.FACULTY)
    changed = existing.differing(values)
    action = StudentAction(row, key, "unchanged", student_id=existing["id"])
    if changed:
        action.values = changed
        action.before = {c: existing.get(c) for c in changed}
    if _faculty_differs(faculty, existing.get("faculty")):
        _set_faculty(action, key[0], faculty, faculties)
        action.before["faculty_id"] = existing.get("faculty_id")
    if action.values or action.faculty:
        action.kind = "update"
    return action


def _set_faculty(action: StudentAction, university_id: int, name: str | None,
                 faculties: dict[tuple[int, str], tuple[int, str]]) -> None:
    if not name:
        return
    known = faculties.get((university_id, name.casefold()))
    if known is not None:
        action.values["faculty_id"] = known[0]
    else:
        action.faculty = name


# -- nominations and attendance --------------------------------------------------------------------
def _nomination_actions(session: Session, rows: list[NomineeRow], keys: list[StudentKey],
                        existing: dict[StudentKey, _Stored]) -> list[NominationAction]:
    wanted = [(row, key) for row, key in zip(rows, keys, strict=True) if Field.COHORT in row.values]
    if not wanted:
        return []
    cohort_ids = {row.values[Field.COHORT][0] for row, _ in wanted}
    student_ids = [existing[key]["id"] for _, key in wanted if key in existing]
    current: dict[tuple[int, int], tuple[int, int | None, int | None]] = {}
    for chunk in _chunks(student_ids, 400):
        for nid, sid, cid, track, rank in session.connection().execute(
            select(Nomination.id, Nomination.student_id, Nomination.cohort_id,
                   Nomination.track_id, Nomination.rank)
            .where(Nomination.student_id.in_(chunk), Nomination.cohort_id.in_(cohort_ids))
        ):
            current[(sid, cid)] = (nid, track, rank)
    actions = []
    for row, key in wanted:
        cohort_id, track_id = row.values[Field.COHORT]
        rank = row.values.get(Field.RANK)
        action = NominationAction(key, cohort_id, track_id, rank)
        student = existing.get(key)
        found = current.get((student["id"], cohort_id)) if student else None
        if found is not None:
            action.nomination_id = found[0]
            if track_id is not None and track_id != found[1]:
                action.before["track_id"] = found[1]
            if rank is not None and rank != found[2]:
                action.before["rank"] = found[2]
        actions.append(action)
    return actions


def _attendance_actions(session: Session, rows: list[NomineeRow], keys: list[StudentKey],
                        existing: dict[StudentKey, _Stored],
                        event_id: int) -> list[AttendanceAction]:
    current = {sid: (aid, status, ref) for aid, sid, status, ref in session.connection().execute(
        select(Attendance.id, Attendance.student_id, Attendance.status,
               Attendance.registration_ref).where(Attendance.event_id == event_id))}
    actions = []
    for row, key in zip(rows, keys, strict=True):
        values: dict[str, Any] = {"status": row.values.get(Field.ATTENDANCE, "registered")}
        for source, column in ((Field.REGISTRATION_REF, "registration_ref"),
                               (Field.REGISTERED_AT, "registered_at"),
                               (Field.INTERESTS, "interests")):
            if source in row.values:
                values[column] = row.values[source]
        action = AttendanceAction(key, values)
        student = existing.get(key)
        found = current.get(student["id"]) if student else None
        if found is not None:
            action.attendance_id = found[0]
            if found[1] != values["status"]:
                action.before["status"] = found[1]
        actions.append(action)
    return actions


def _chunks(items: Iterable[Any], size: int) -> Iterable[list[Any]]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]
