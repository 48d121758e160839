"""Exporting records to workbooks people open in Excel (cells safe from formula injection)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from careerdesk.core.db.database import Database
from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.core.errors import CareerDeskError, NotFoundError
from careerdesk.core.services.nominations import (
    NominationFilter,
    cohort_code,
    indexed_nominations,
    nomination_status,
)
from careerdesk.core.services.reference_data import university_code
from careerdesk.core.services.students import list_students
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.xlsx_writer import write_table
from careerdesk.messages import listed, msg

STUDENT_HEADERS = ["University", "Student No.", "English Name", "Chinese Name", "Email",
                   "Mobile", "Faculty", "Department", "Programme", "Award Level",
                   "Year of Study", "Graduation Date", "HK Resident"]


def export_students(database: Database, target: Path, search: str = "") -> int:
    """Write every student (or those matching ``search``) to ``target``; returns how many.

    The headings are ones the importer recognises, so an exported file imports back as is.
    """
    with database.session() as session:
        students = list_students(session, search)
    rows = [[s.university, s.student_no, s.name_en, s.name_zh, s.email, s.phone, s.faculty,
             s.department, s.programme, (s.award_level or "").replace("_", "-") or None,
             s.year_of_study, s.graduation,
             None if s.hk_resident is None else ("Y" if s.hk_resident else "N")]
            for s in students]
    write_sheet(Path(target), STUDENT_HEADERS, rows, sheet="Students",
                widths=[10, 14, 28, 12, 34, 15, 30, 28, 34, 12, 8, 14, 8])
    return len(rows)


NOMINATION_HEADERS = ["Cohort", "University", "Student No.", "English Name", "Chinese Name",
                      "Email", "Mobile", "Faculty", "Track", "Status", "Rank", "Eligible"]
_VERDICT_WORDS = {"pass": "Yes", "fail": "No", "unknown": "Unknown"}


def export_nominations(database: Database, target: Path, wanted: NominationFilter) -> int:
    """Write the nominations ``wanted`` keeps (the Nominations page's filter, search box
    included) to ``target``, in the page's order; returns how many."""
    with database.session() as session:
        wanted = NominationFilter(
            cohort=cohort_code(session, wanted.cohort) if wanted.cohort else None,
            status=nomination_status(wanted.status).value if wanted.status else None,
            university=university_code(session, wanted.university)
            if wanted.university else None,
            faculty=wanted.faculty, eligibility=wanted.eligibility, text=wanted.text)
        index = indexed_nominations(session, wanted.cohort)
    if wanted.faculty:
        wanted = replace(wanted, faculty=_faculty(wanted.faculty, index.faculties))
    rows = [index.rows[position] for position in index.filter(wanted)]
    write_sheet(Path(target), NOMINATION_HEADERS, (
        [r.cohort, r.university, r.student_no, r.name_en, r.name_zh, r.email, r.phone,
         r.faculty, r.track, str(NominationStatus(r.status).label), r.rank,
         _VERDICT_WORDS[r.eligibility.value]] for r in rows),
        sheet="Nominations", widths=[18, 10, 14, 28, 12, 34, 15, 30, 10, 14, 7, 9])
    return len(rows)


def _faculty(written: str, known: Sequence[str]) -> str:
    """The faculty ``written`` names among those with nominations (any case)."""
    found = {name.casefold(): name for name in known}.get(written.strip().casefold())
    if found is None:
        close = difflib.get_close_matches(written, known, n=3, cutoff=0.6)
        raise NotFoundError(msg("No nomination is from a faculty '{faculty}'; the closest are "
                                "{names}.", faculty=written, names=listed(close))
                            if close else msg("No nomination is from a faculty '{faculty}'.",
                                              faculty=written), code="unknown_faculty")
    return found


def write_sheet(target: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet: str, widths: Sequence[int] | None = None) -> None:
    """``write_table``, its failure in the core's words (the window and the command line
    say it as it is)."""
    try:
        write_table(target, headers, rows, sheet=sheet, widths=widths)
    except UnreadableFileError as problem:
        raise CareerDeskError(problem.message, code=problem.code) from problem
