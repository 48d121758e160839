"""Exporting records to workbooks people open in Excel (cells safe from formula injection)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from careerdesk.core.services.applications import ApplicationFilter

from careerdesk.core.db.database import Database
from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.nominations import (
    NominationFilter,
    cohort_code,
    indexed_nominations,
    nomination_status,
)
from careerdesk.core.services.privacy import named, without_consent
from careerdesk.core.services.progress import Progress
from careerdesk.core.services.reference_data import (
    faculty_name,
    find_university_id,
    university_code,
)
from careerdesk.core.services.students import list_students
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.xlsx_writer import Table, write_table, write_tables

STUDENT_HEADERS = ["University", "Student No.", "English Name", "Chinese Name", "Email",
                   "Mobile", "Faculty", "Department", "Programme", "Award Level",
                   "Year of Study", "Graduation Date", "HK Resident"]


@dataclass(frozen=True)
class Exported:
    """What an export wrote: how many rows, and the students left out for not having
    consented to share their data ("CUHK 1155012345")."""

    count: int
    left_out: list[str] = field(default_factory=list)


R = TypeVar("R")


def _consenting(session: Session, rows: list[R], include: bool) -> tuple[list[R], list[str]]:
    """The rows whose student consented to share their data (every row with ``include``),
    and the students left out. A row names its student by ``university`` and
    ``student_no``."""
    if include:
        return rows, []
    keys = [(getattr(r, "university"), getattr(r, "student_no")) for r in rows]  # noqa: B009
    missing = without_consent(session, keys=keys)
    return ([r for r, key in zip(rows, keys, strict=True) if key not in missing],
            named(missing, session))


def export_students(database: Database, target: Path, search: str = "", *,
                    include_without_consent: bool = False) -> Exported:
    """Write every student (or those matching ``search``) to ``target``; returns how many,
    and who was left out for not having consented to share their data (unless included).

    The headings are ones the importer recognises, so an exported file imports back as is.
    """
    with database.session() as session:
        students, left_out = _consenting(session, list_students(session, search),
                                         include_without_consent)
    rows = [[s.university, s.student_no, s.name_en, s.name_zh, s.email, s.phone, s.faculty,
             s.department, s.programme, (s.award_level or "").replace("_", "-") or None,
             s.year_of_study, s.graduation,
             None if s.hk_resident is None else ("Y" if s.hk_resident else "N")]
            for s in students]
    write_sheet(Path(target), STUDENT_HEADERS, rows, sheet="Students",
                widths=[10, 14, 28, 12, 34, 15, 30, 28, 34, 12, 8, 14, 8])
    _exported(database, target, [(s.university, s.student_no) for s in students])
    return Exported(len(rows), left_out)


NOMINATION_HEADERS = ["Cohort", "University", "Student No.", "English Name", "Chinese Name",
                      "Email", "Mobile", "Faculty", "Track", "Status", "Rank", "Eligible"]
_VERDICT_WORDS = {"pass": "Yes", "fail": "No", "unknown": "Unknown"}


def export_nominations(database: Database, target: Path, wanted: NominationFilter, *,
                       include_without_consent: bool = False) -> Exported:
    """Write the nominations ``wanted`` keeps (the Nominations page's filter, search box
    included) to ``target``, in the page's order; returns how many."""
    with database.session() as session:
        wanted = NominationFilter(
            cohort=cohort_code(session, wanted.cohort) if wanted.cohort else None,
            status=nomination_status(wanted.status).value if wanted.status else None,
            university=university_code(session, wanted.university)
            if wanted.university else None,
            # the faculty as stored, however written; an unknown one refused (closest named)
            faculty=faculty_name(session, wanted.faculty, find_university_id(
                session, wanted.university) if wanted.university else None)
            if wanted.faculty else None,
            eligibility=wanted.eligibility, text=wanted.text)
        index = indexed_nominations(session, wanted.cohort)
        rows, left_out = _consenting(session, [index.rows[position]
                                               for position in index.filter(wanted)],
                                     include_without_consent)
    write_sheet(Path(target), NOMINATION_HEADERS, (
        [r.cohort, r.university, r.student_no, r.name_en, r.name_zh, r.email, r.phone,
         r.faculty, r.track, str(NominationStatus(r.status).label), r.rank,
         _VERDICT_WORDS[r.eligibility.value]] for r in rows),
        sheet="Nominations", widths=[18, 10, 14, 28, 12, 34, 15, 30, 10, 14, 7, 9])
    _exported(database, target, [(r.university, r.student_no) for r in rows])
    return Exported(len(rows), left_out)


def write_sheet(target: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet: str, widths: Sequence[int] | None = None) -> None:
    """``write_table``, its failure in the core's words (the window and the command line
    say it as it is)."""
    try:
        write_table(target, headers, rows, sheet=sheet, widths=widths)
    except UnreadableFileError as problem:
        raise CareerDeskError(problem.message, code=problem.code) from problem


def write_sheets(target: Path, tables: Sequence[Table]) -> None:
    """``write_tables``, its failure in the core's words."""
    try:
        write_tables(target, tables)
    except UnreadableFileError as problem:
        raise CareerDeskError(problem.message, code=problem.code) from problem


PLACEMENT_HEADERS = ["Cohort", "University", "Student No.", "English Name", "Chinese Name",
                     "Organisation", "Position", "Start Date", "End Date", "Monthly Salary",
                     "Placement Status"]


def export_placements(database: Database, target: Path, cohort: str | None = None,
                      university: str | None = None, *,
                      include_without_consent: bool = False) -> Exported:
    """Write every placement (of one cohort, one university) to ``target``; how many."""
    from careerdesk.core.services.placements import list_placements

    with database.session() as session:
        placements, left_out = _consenting(session, list_placements(session, cohort, university),
                                           include_without_consent)
    rows = [[p.cohort, p.university, p.student_no, p.name_en, p.name_zh, p.organisation,
             p.position, p.start, p.end, p.monthly_salary, p.status.replace("_", " ")]
            for p in placements]
    write_sheet(Path(target), PLACEMENT_HEADERS, rows, sheet="Placements",
                widths=[18, 10, 14, 28, 12, 34, 28, 12, 12, 14, 16])
    _exported(database, target, [(p.university, p.student_no) for p in placements])
    return Exported(len(rows), left_out)


ATTENDANCE_HEADERS = ["Event", "Event Date", "University", "Student No.", "English Name",
                      "Chinese Name", "Faculty", "Attendance", "Registered At"]


def export_attendance(database: Database, target: Path, event: str | None = None, *,
                      include_without_consent: bool = False) -> Exported:
    """Write every registration (for one event) and whether and how the student came."""
    from sqlalchemy import func, select

    from careerdesk.core.db.models import Attendance, Event, Faculty, Student, University
    from careerdesk.core.services.events import event_code
    from careerdesk.io.office_time import shown

    with database.session() as session:
        statement = (
            select(Event.code, Event.held_on, University.code, Student.student_no,
                   Student.name_en, Student.name_zh, Faculty.name_en, Attendance.status,
                   Attendance.registered_at)
            .join(Event, Attendance.event_id == Event.id)
            .join(Student, Attendance.student_id == Student.id)
            .join(University, Student.university_id == University.id)
            .outerjoin(Faculty, Student.faculty_id == Faculty.id)
            .order_by(Event.held_on, Event.code, University.code, Student.student_no))
        if event:
            statement = statement.where(func.upper(Event.code) == event_code(session, event))
        rows = [[*row[:7], row[7].replace("_", " "),
                 shown(row[8]).replace(tzinfo=None) if row[8] else None]
                for row in session.execute(statement)]
        missing = set() if include_without_consent else without_consent(
            session, keys=[(str(r[2]), str(r[3])) for r in rows])
        rows = [r for r in rows if (str(r[2]), str(r[3])) not in missing]
        left_out = named(missing, session)
    write_sheet(Path(target), ATTENDANCE_HEADERS, rows, sheet="Attendance",
                widths=[18, 12, 10, 14, 28, 12, 30, 12, 18])
    _exported(database, target, [(str(r[2]), str(r[3])) for r in rows])
    return Exported(len(rows), left_out)


APPLICATION_HEADERS = ["Event", "University", "Student No.", "English Name", "Chinese Name",
                       "Faculty", "Company", "Role", "Field", "Channel", "Applied On",
                       "Application Status", "Placed"]
_CHANNEL_WORDS = {"onsite": "On-site", "online": "Online (Talent Pool)"}


def export_applications(database: Database, target: Path,
                        wanted: ApplicationFilter | None = None, *,
                        include_without_consent: bool = False) -> Exported:
    """Write the applications ``wanted`` keeps, one row each (a student on several rows is
    several applications, as the importer reads it back)."""
    from careerdesk.core.services.applications import ApplicationFilter, list_applications

    with database.session() as session:
        applications, left_out = _consenting(
            session, list_applications(session, wanted or ApplicationFilter()),
            include_without_consent)
        rows = [[r.event, r.university, r.student_no, r.name_en, r.name_zh, r.faculty,
                 r.company, r.role, r.field, _CHANNEL_WORDS.get(r.channel or ""),
                 r.applied_on, r.status.replace("_", " "), "Yes" if r.placed else "No"]
                for r in applications]
    write_sheet(Path(target), APPLICATION_HEADERS, rows, sheet="Applications",
                widths=[18, 10, 14, 28, 12, 30, 32, 30, 24, 20, 12, 14, 8])
    _exported(database, target, [(str(r[1]), str(r[2])) for r in rows])
    return Exported(len(rows), left_out)


def export_read_rows(database: Database, target: Path, headers: Sequence[str], sheet: str,
                     read: Callable[[Session], Iterable[Sequence[Sequence[Any]]]],
                     count: int, cell: Callable[[Any], Any],
                     progress: Progress | None = None, *,
                     student_ids: Sequence[int] = (),
                     student_keys: Sequence[tuple[str, str]] = (),
                     include_without_consent: bool = False) -> Exported:
    """A table the window shows, written as it is read: ``read`` gives its rows' values a
    chunk at a time from a session (Cancel is heard between chunks), ``cell`` makes each
    value a cell (the window's words for yes and no). Each row's student, where the table
    is of students, is in ``student_ids`` or ``student_keys`` (in the rows' order): those
    who have not consented to share their data are left out unless included, and the rest
    are noted in who saw what."""
    students: Sequence[int | tuple[str, str]] = list(student_ids) or list(student_keys)
    written = 0

    def rows(session: Session, missing: set[int | tuple[str, str]]) -> Iterable[list[Any]]:
        nonlocal written
        done = 0
        for chunk in read(session):
            if progress is not None:
                progress.step(done, count)
            for number, values in enumerate(chunk, start=done):
                if missing and number < len(students) and students[number] in missing:
                    continue
                written += 1
                yield [cell(value) for value in values]
            done += len(chunk)

    with database.session() as session:  # rows read as they are written
        missing = set() if include_without_consent or not students else without_consent(
            session, student_ids, student_keys)
        write_sheet(target, headers, rows(session, missing), sheet=sheet)
        left_out = named(missing, session)
    _exported(database, target,
              [k for k in student_keys if k not in missing],
              [i for i in student_ids if i not in missing])
    return Exported(written, left_out)


def _exported(database: Database, target: Path, keys: Iterable[tuple[str, str]],
              ids: Sequence[int] = ()) -> None:
    """Note in who saw what that these students went into ``target``."""
    from careerdesk.core.domain.choices import DisclosureAction
    from careerdesk.core.services.privacy import record_disclosure, seen_as, student_ids_of

    found = list(ids)
    keys = list(keys)
    if keys:
        with database.session() as session:
            found += student_ids_of(session, keys)
    if found:
        record_disclosure(database, DisclosureAction.EXPORTED,
                          seen_as("export", Path(target).name), found)
