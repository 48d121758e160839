"""Departments and the faculty each belongs to: listed, added or moved, removed; and a
student's faculty found from their department (an import, the student form)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Department, University
from careerdesk.core.db.seed import department_row
from careerdesk.core.domain.departments import department_key
from careerdesk.core.errors import NotFoundError
from careerdesk.core.services.reference_data import university_code
from careerdesk.io.fields import Field
from careerdesk.io.parsed_sheet import ParsedSheet, Problem
from careerdesk.messages import listed, msg


@dataclass(frozen=True)
class DepartmentRow:
    university: str
    faculty: str
    faculty_zh: str | None
    name: str
    name_zh: str | None

    def as_json(self) -> dict[str, str | None]:
        return {"university": self.university, "faculty": self.faculty,
                "faculty_zh": self.faculty_zh, "department": self.name,
                "department_zh": self.name_zh}


def departments(session: Session, university: str | None = None) -> list[DepartmentRow]:
    """Every department, by university, faculty and name; of one university when named."""
    statement = (select(University.code, Department.faculty_en, Department.faculty_zh,
                        Department.name_en, Department.name_zh)
                 .join(University, Department.university_id == University.id)
                 .order_by(University.code, Department.faculty_en, Department.name_en))
    if university is not None:
        statement = statement.where(University.code == university_code(session, university))
    return [DepartmentRow(*row) for row in session.execute(statement)]


def faculty_of_department(session: Session, university_id: int, department: str) -> str | None:
    """The faculty the university's department (however written) belongs to; None when it
    is not one CareerDesk knows."""
    return session.scalar(select(Department.faculty_en).where(
        Department.university_id == university_id,
        Department.key == department_key(department)))


def faculties_from_departments(session: Session, parsed: ParsedSheet) -> Problem | None:
    """Each row of an imported list with a department and no faculty given the department's
    faculty, where it is known; the import's word saying so (None when none was)."""
    named = parsed.columns.get(Field.DEPARTMENT)
    if not named or not any(named):
        return None
    faculties = list(parsed.columns.get(Field.FACULTY) or [None] * len(parsed))
    universities = parsed.columns.get(Field.UNIVERSITY) or [None] * len(parsed)
    known = {(code, key): faculty for code, key, faculty in session.execute(
        select(University.code, Department.key, Department.faculty_en)
        .join(University, Department.university_id == University.id))}
    taken: dict[str, str] = {}
    for number, (code, department, faculty) in enumerate(zip(universities, named, faculties,
                                                             strict=True)):
        if faculty or not department or not code:
            continue
        found = known.get((code, department_key(department)))
        if found is not None:
            faculties[number] = found
            taken.setdefault(department, found)
    if not taken:
        return None
    parsed.columns[Field.FACULTY] = faculties
    return Problem(0, "", "faculty_from_department", msg(
        "Where a student's faculty was not given, it was taken from their department: "
        "{pairs}.", pairs=listed(msg("{department} → {faculty}", department=department,
                                     faculty=faculty)
                                 for department, faculty in sorted(taken.items())[:5])))


def add_department(database: Database, university: str, faculty: str, name: str, *,
                   name_zh: str | None = None, faculty_zh: str | None = None) -> DepartmentRow:
    """A department added to a university's faculty; one already there (however written)
    is moved to that faculty and renamed as written."""
    with database.transaction() as session:
        code = university_code(session, university)
        university_id = session.scalar(select(University.id).where(University.code == code))
        assert university_id is not None
        stored = session.scalar(select(Department).where(
            Department.university_id == university_id,
            Department.key == department_key(name)))
        if stored is None:
            stored = department_row(university_id, faculty, faculty_zh, name, name_zh)
            session.add(stored)
        else:
            same_faculty = faculty == stored.faculty_en
            stored.faculty_en, stored.name_en = faculty, name
            stored.faculty_zh = faculty_zh or (stored.faculty_zh if same_faculty else None)
            stored.name_zh = name_zh or stored.name_zh
        session.flush()
        return DepartmentRow(code, stored.faculty_en, stored.faculty_zh, stored.name_en,
                             stored.name_zh)


def remove_department(database: Database, university: str, name: str) -> None:
    """A department taken off the list (its students keep the faculty they have)."""
    with database.transaction() as session:
        code = university_code(session, university)
        stored = session.scalar(select(Department).join(University).where(
            University.code == code, Department.key == department_key(name)))
        if stored is None:
            raise NotFoundError(msg("{university} has no department '{department}'.",
                                    university=code, department=name),
                                code="unknown_department")
        session.delete(stored)
