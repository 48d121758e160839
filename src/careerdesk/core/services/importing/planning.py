"""Deciding what each row does: create, update or leave a student; nominate; register.

Nothing is written here. The plan compares the file with the database in a few bulk
queries, so a 100,000-row file is planned in one pass. The students' part is in
``student_plan``; the cohorts, events, nominations and registrations are here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain, compress
from operator import attrgetter, not_
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.bulk import in_chunks
from careerdesk.core.db.models import (
    Attendance,
    ImportBatch,
    Nomination,
    University,
)
from careerdesk.core.domain.faculties import faculty_key
from careerdesk.core.services.bulk_work import bulk_work
from careerdesk.core.services.importing.applications_listed import (
    ApplicationAction,
    ApplicationColumns,
    application_actions,
    take_application_columns,
)
from careerdesk.core.services.importing.cohort_names import CohortNames, resolve_cohorts
from careerdesk.core.services.importing.duplicates import (
    StudentKey,
    flag_likely_duplicates,
    mark_duplicates_in_file,
)
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.found_by_email import students_found_by_email
from careerdesk.core.services.importing.held_back import (
    Move,
    moved_on_with_placements,
    nominations_held_back,
    struck_nominees,
)
from careerdesk.core.services.importing.options import ImportOptions
from careerdesk.core.services.importing.placements_listed import (
    PlacementAction,
    placement_actions,
)
from careerdesk.core.services.importing.reading import ParsedFile
from careerdesk.core.services.importing.result import ImportResult, StudentUpdate
from careerdesk.core.services.importing.student_plan import (
    COLUMN_LABELS,
    NewStudents,
    Stored,
    StoredStudents,
    existing_students,
    faculty_names,
    stored_student_actions,
)
from careerdesk.core.services.importing.which_event import event_for
from careerdesk.io.event_words import CANCELLED
from careerdesk.io.fields import Field
from careerdesk.io.office_time import shown
from careerdesk.io.parsed_sheet import NomineeRow, ParsedSheet, Problem, pick
from careerdesk.messages import msg


@dataclass(slots=True)
class NominationAction:
    key: StudentKey
    cohort_id: int
    track_id: int | None
    rank: int | None
    nomination_id: int | None = None
    before: dict[str, Any] = field(default_factory=dict)
    moves: tuple[str, ...] = ()  # the stages the list moves it through, to where it says

    @property
    def status(self) -> str | None:
        """Where the import moves the nomination (``before`` says from where)."""
        return self.moves[-1] if self.moves else None


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
    stored: StoredStudents  # the file's students already stored: their ids and updates
    nominations: list[NominationAction]
    attendances: list[AttendanceAction]
    event_id: int | None
    problems: list[Problem]
    university_codes: dict[int, str]
    placements: list[PlacementAction] = field(default_factory=list)
    applications: list[ApplicationAction] = field(default_factory=list)

    @property
    def rejected_rows(self) -> list[NomineeRow]:
        parsed = self.parsed.parsed
        return [NomineeRow(parsed, number) for number in sorted(parsed.rejected())]

    @bulk_work()
    def result(self, batch: int | None = None) -> ImportResult:
        parsed = self.parsed.parsed
        return ImportResult(
            file=self.parsed.path.name, sheet=parsed.sheet,
            header_row=parsed.layout.excel_header_row, rows=len(parsed) - len(parsed.merged),
            created=len(self.new_students), updated=len(self.stored.updates),
            unchanged=self.stored.unchanged,
            rejected=len(parsed.rejected()), batch=batch,
            issues=sorted(self.problems, key=attrgetter("row", "column")),
            updates=[StudentUpdate(a.excel_row, self.university_codes[a.key[0]], a.key[1],
                                   tuple(COLUMN_LABELS.get(c, c) for c in a.before))
                     for a in self.stored.updates],
            nominations=sum(1 for n in self.nominations
                            if n.nomination_id is None or n.before),
            moved=sum(1 for n in self.nominations if n.moves),
            attendances=sum(1 for a in self.attendances if a.attendance_id is None or a.before),
            placements=len(self.placements),
            applications_created=sum(1 for a in self.applications if a.application_id is None),
            applications_updated=sum(1 for a in self.applications
                                     if a.application_id is not None and a.before),
            applications_unchanged=sum(1 for a in self.applications
                                       if a.application_id is not None and not a.before),
            dry_run=batch is None,
        )


@bulk_work()
def plan_import(session: Session, parsed: ParsedFile, options: ImportOptions) -> ImportPlan:
    """What each row of the file does. The file's rows are worked a column at a time
    (``ParsedSheet``): a row is only its position in them."""
    sheet = parsed.parsed
    universities = dict(session.execute(select(University.code, University.id)).all())
    cohorts = CohortNames(session)
    default_cohort = cohorts.require(options.cohort) if options.cohort else None
    event_id = event_for(session, parsed, options, default_cohort)
    # A career day's applications: a student on several rows is several applications.
    applying = event_id is not None and Field.ORGANISATION in sheet.columns
    taken = take_application_columns(sheet) if applying else None
    students_found_by_email(session, sheet)
    held = resolve_cohorts(sheet, cohorts, default_cohort)
    if sheet.struck:
        struck_nominees(session, sheet, cohorts.find, default_cohort, universities)
    mark_duplicates_in_file(sheet, repeats=applying)
    valid = sheet.valid()
    keys = list(zip(map(universities.__getitem__, pick(sheet.column(Field.UNIVERSITY), valid)),
                    pick(sheet.column(Field.STUDENT_NO), valid), strict=True))
    existing, everyone = existing_students(session, keys)
    faculties = faculty_names(session)
    flag_likely_duplicates(session, sheet, valid, keys, everyone)
    known = list(map(existing.__contains__, keys))
    new = NewStudents(sheet, list(compress(valid, map(not_, known))),
                      list(compress(keys, map(not_, known))), faculties)
    if new.numbers:
        _never_nameless(parsed, sheet)
    stored = stored_student_actions(sheet, list(compress(valid, known)),
                                    list(compress(keys, known)), existing, faculties)
    nominations = _nomination_actions(session, sheet, valid, keys, existing)
    moves = nominations_held_back(session, sheet, held, dict(zip(valid, keys, strict=True)),
                                  existing) if held else []
    nominations += [NominationAction(m.key, m.cohort_id, None, None, m.nomination_id,
                                     {"status": m.steps[0]}, m.steps[1:])
                    for m in moves if len(m.steps) > 1]
    placements = placement_actions(session, sheet, valid, keys, existing, held, {
        n.nomination_id: n.status for n in nominations if n.nomination_id and n.status},
        {m.nomination_id: m.then[-1] for m in moves if m.then})
    _moved_on_with_placements(sheet, moves, nominations, placements)
    _flag_repeated_ranks(sheet, valid)
    registering = event_id is not None and (not applying or sheet.is_event_registration)
    attendances = (_attendance_actions(session, sheet, valid, keys, existing, event_id)
                   if registering and event_id is not None else [])
    applications = (_applications(session, sheet, taken, universities, existing, event_id)
                    if taken is not None and event_id is not None else [])
    problems = [*_imported_before(session, parsed), *sheet.problems,
                *chain.from_iterable(sheet.row_problems.values())]
    return ImportPlan(parsed, options, new, stored, nominations, attendances, event_id, problems,
                      {uid: code for code, uid in universities.items()}, placements,
                      applications)


def _applications(session: Session, sheet: ParsedSheet, taken: ApplicationColumns,
                  universities: dict[str, int], existing: dict[StudentKey, Stored],
                  event_id: int) -> list[ApplicationAction]:
    """Each row's application, a student's later rows (taken with the first) too."""
    left_out = sheet.rejected()
    numbers = [n for n in range(len(sheet)) if n not in left_out]
    keys = list(zip(map(universities.__getitem__, pick(sheet.column(Field.UNIVERSITY), numbers)),
                    pick(sheet.column(Field.STUDENT_NO), numbers), strict=True))
    stored_ids = {key: student["id"] for key, student in existing.items()}
    return application_actions(session, sheet, taken, list(zip(numbers, keys, strict=True)),
                               stored_ids, event_id)


#: What says who a student is, besides their number.
_WHO = (Field.NAME_EN, Field.NAME_ZH, Field.SURNAME, Field.GIVEN_NAME, Field.EMAIL)


def _never_nameless(parsed: ParsedFile, sheet: ParsedSheet) -> None:
    """A list that would add students with nothing but a number, while columns it could not
    place stand beside them (the names and emails under headings CareerDesk does not know):
    refused, naming those columns, rather than nameless students made."""
    if any(field in sheet.columns for field in _WHO):
        return
    unplaced = [c.header for c in sheet.layout.unknown if not c.unnamed and not c.hidden]
    if unplaced:
        raise ImportFailedError(msg(
            "{file} would add students with no name and no email: CareerDesk could not tell "
            "what the columns {columns} hold, so nothing was imported. Choose them in the "
            "import window, or head them as 'English Name', 'Chinese Name' or 'Email'.",
            file=parsed.path.name, columns=", ".join(f"'{h}'" for h in unplaced[:6])),
            code="columns_unplaced")


def _moved_on_with_placements(sheet: ParsedSheet, moves: list[Move],
                              nominations: list[NominationAction],
                              placements: list[PlacementAction]) -> None:
    """The nominations a list moves on to placed with the placement it records ("Commenced"
    beside a company): their moves go on past accepted where the placement is recorded."""
    going_on = moved_on_with_placements(sheet, moves, {p.nomination_id for p in placements})
    if not going_on:
        return
    by_id = {n.nomination_id: n for n in nominations if n.nomination_id is not None}
    for move in moves:
        if move.nomination_id in going_on:
            action = by_id.get(move.nomination_id)
            if action is None:  # accepted already: the placement moves it on
                action = NominationAction(move.key, move.cohort_id, None, None,
                                          move.nomination_id, {"status": move.steps[0]})
                nominations.append(action)
            action.moves = (*action.moves, *going_on[move.nomination_id])


def _flag_repeated_ranks(sheet: ParsedSheet, valid: list[int]) -> None:
    """Two students of one university's faculty ranked the same for one cohort: the Dean
    signs a ranking, so each such row says which others share its rank. They are nominated
    as the file says (the ranks are the faculty's to correct)."""
    cohorts, ranks = sheet.column(Field.COHORT), sheet.column(Field.RANK)
    if not any(ranks) or not any(cohorts):
        return
    universities, faculties = sheet.column(Field.UNIVERSITY), sheet.column(Field.FACULTY)
    departments = sheet.column(Field.DEPARTMENT)
    ranked: dict[tuple, list[int]] = {}  # a faculty's nominees to one cohort
    for number in valid:
        if cohorts[number] is not None and ranks[number] is not None:
            key = (cohorts[number][0], universities[number], faculty_key(faculties[number] or ""))
            ranked.setdefault(key, []).append(number)
    sharing: dict[tuple, list[int]] = {}
    for key, numbers in ranked.items():
        by_department = _each_department_ranks(numbers, ranks, departments)
        for number in numbers:
            unit = departments[number] if by_department else None
            sharing.setdefault((*key, unit, ranks[number]), []).append(number)
    heading = sheet.headings.get(Field.RANK, "")
    for (*_, rank), numbers in sharing.items():
        if len(numbers) < 2:
            continue
        said = msg("Rank {rank} is given to more than one student for the same cohort and "
                   "faculty (rows {rows}); each was nominated with the rank as written. Check "
                   "the faculty's ranking.", rank=rank,
                   rows=", ".join(str(sheet.excel_rows[n]) for n in numbers))
        for number in numbers:
            sheet.add(number, heading, "rank_repeated", said)


def _each_department_ranks(numbers: list[int], ranks: list[Any],
                           departments: list[str | None]) -> bool:
    """Whether a faculty's nominees are ranked by each of its departments: several
    departments, each ranking its own from 1 with no rank twice (a list in a section per
    department, "1, 2" under each)."""
    by_department: dict[str | None, list[Any]] = {}
    for number in numbers:
        by_department.setdefault(departments[number], []).append(ranks[number])
    return len(by_department) > 1 and None not in by_department and all(
        min(given) == 1 and len(set(given)) == len(given) for given in by_department.values())


def _imported_before(session: Session, parsed: ParsedFile) -> list[Problem]:
    """The same file (byte for byte) and sheet imported before and not undone: a list
    sent twice, or imported by a colleague already. Importing it again is harmless (what
    changed since is written), but a coordinator wants to know."""
    earlier = session.execute(
        select(ImportBatch.id, ImportBatch.imported_at, ImportBatch.imported_by)
        .where(ImportBatch.file_sha256 == parsed.sha256, ImportBatch.sheet == parsed.sheet,
               ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.id.desc()).limit(1)).first()
    if earlier is None:
        return []
    return [Problem(0, "", "imported_before", msg(
        "This same file was imported before: import {batch}, on {when}, by {who}. Importing "
        "it again writes only what has changed since.", batch=earlier.id,
        when=shown(earlier.imported_at).strftime("%d/%m/%Y %H:%M"), who=earlier.imported_by))]


# -- nominations and attendance --------------------------------------------------------------------
def _nomination_actions(session: Session, sheet: ParsedSheet, valid: list[int],
                        keys: list[StudentKey], existing: dict[StudentKey, Stored]
                        ) -> list[NominationAction]:
    cohorts = pick(sheet.column(Field.COHORT), valid)
    ranks = pick(sheet.column(Field.RANK), valid)
    wanted = [(key, cohort, rank) for key, cohort, rank in zip(keys, cohorts, ranks, strict=True)
              if cohort is not None]
    if not wanted:
        return []
    cohort_ids = {cohort[0] for _, cohort, _ in wanted}
    student_ids = [existing[key]["id"] for key, _, _ in wanted if key in existing]
    current: dict[tuple[int, int], tuple[int, int | None, int | None]] = {}
    for chunk in in_chunks(student_ids, 400):
        for nid, sid, cid, track, rank in session.connection().execute(
            select(Nomination.id, Nomination.student_id, Nomination.cohort_id,
                   Nomination.track_id, Nomination.rank)
            .where(Nomination.student_id.in_(chunk), Nomination.cohort_id.in_(cohort_ids))
        ):
            current[(sid, cid)] = (nid, track, rank)
    actions = []
    for key, (cohort_id, track_id), rank in wanted:
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


#: The registration fields an attendance record keeps, and its columns.
_ATTENDANCE_COLUMNS = ((Field.REGISTRATION_REF, "registration_ref"),
                       (Field.REGISTERED_AT, "registered_at"), (Field.INTERESTS, "interests"))


def _say_cancelled(sheet: ParsedSheet, number: int, heading: str, recorded: bool) -> None:
    said = sheet.as_written(number, Field.CHECKED_IN) or sheet.as_written(
        number, Field.ATTENDANCE)
    if recorded:
        sheet.add(number, heading, "registration_cancelled", msg(
            "The list says the registration was cancelled ('{said}'); the registration "
            "recorded before was left as it is.", said=said))
    else:
        sheet.add(number, heading, "registration_cancelled", msg(
            "The list says the registration was cancelled ('{said}'), so none was recorded.",
            said=said))


def _attendance_actions(session: Session, sheet: ParsedSheet, valid: list[int],
                        keys: list[StudentKey], existing: dict[StudentKey, Stored],
                        event_id: int) -> list[AttendanceAction]:
    """What each row records of its student's registration for the event. A student
    recorded as having come keeps it: a registration list exported again (everyone
    "Attending"), or a hybrid event's online report calling those who came on site
    no-shows, says less, not otherwise."""
    current = {sid: (aid, status, ref) for aid, sid, status, ref in session.connection().execute(
        select(Attendance.id, Attendance.student_id, Attendance.status,
               Attendance.registration_ref).where(Attendance.event_id == event_id))}
    statuses = pick(sheet.column(Field.ATTENDANCE), valid)
    given = [(column, pick(sheet.columns[source], valid))
             for source, column in _ATTENDANCE_COLUMNS if source in sheet.columns]
    actions = []
    heading = next((sheet.headings[f] for f in _SAYING_WHO_CAME if f in sheet.headings), "")
    for index, key in enumerate(keys):
        if statuses[index] == CANCELLED:  # no registration: neither registered nor absent
            student = existing.get(key)
            _say_cancelled(sheet, valid[index], heading,
                           student is not None and student["id"] in current)
            continue
        values: dict[str, Any] = {"status": statuses[index] or "registered"}
        for column, column_values in given:
            if column_values[index] is not None:
                values[column] = column_values[index]
        action = AttendanceAction(key, values)
        student = existing.get(key)
        found = current.get(student["id"]) if student else None
        if found is not None:
            action.attendance_id = found[0]
            if found[1] in _CAME and values["status"] not in _CAME:
                values["status"] = found[1]  # (a registration list, or another hall's)
                if statuses[index] == "no_show":
                    _say_came_before(sheet, valid[index], heading, found[1])
            elif found[1] != values["status"]:
                action.before["status"] = found[1]
        actions.append(action)
    return actions


#: The columns that say who came, the plainest first: a row's problem names one.
_SAYING_WHO_CAME = (Field.ATTENDANCE, Field.CHECKED_IN, Field.JOINED_AT, Field.CHECKED_IN_AT)

#: Attendances that say the student came: a later list saying less never undoes them.
_CAME = {"on_site": msg("on site"), "virtual": msg("online")}


def _say_came_before(sheet: ParsedSheet, number: int, heading: str, came: str) -> None:
    """A student recorded as having come (on site, by an earlier list) whom a later list
    of the event's calls a no-show (the online hall's report, where they never joined):
    the attendance stays, and the row says so."""
    sheet.add(number, heading, "attendance_kept", msg(
        "The list says the student did not come, but CareerDesk has them attending the event "
        "({came}), from an earlier list; that was kept.", came=_CAME[came]))
