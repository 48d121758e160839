"""Exporting records to workbooks people open in Excel (cells safe from formula injection)."""

from __future__ import annotations

from pathlib import Path

from careerdesk.core.db.database import Database
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.students import list_students
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.xlsx_writer import write_table

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
    try:
        write_table(Path(target), STUDENT_HEADERS, rows, sheet="Students",
                    widths=[10, 14, 28, 12, 34, 15, 30, 28, 34, 12, 8, 14, 8])
    except UnreadableFileError as problem:
        raise CareerDeskError(problem.message, code=problem.code) from problem
    return len(rows)
