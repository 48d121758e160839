"""Reading students for lists, tables and exports."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, func, select, text
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Faculty, Student, University
from careerdesk.core.domain.finding import parse, sql_condition
from careerdesk.core.services.student_rows import StudentRow, StudentSort

_SORT_COLUMNS = {
    StudentSort.UNIVERSITY: University.code,
    StudentSort.STUDENT_NO: Student.student_no,
    StudentSort.NAME_EN: Student.name_en,
    StudentSort.NAME_ZH: Student.name_zh,
    StudentSort.EMAIL: Student.email,
    StudentSort.FACULTY: Faculty.name_en,
    StudentSort.PROGRAMME: Student.programme_of_study,
    StudentSort.GRADUATION: Student.graduation_date,
    StudentSort.PHONE: Student.phone,
    StudentSort.HK_RESIDENT: Student.hk_resident,
}

_ROW_COLUMNS = (
    Student.id,
    University.code,
    Student.student_no,
    Student.name_en,
    Student.name_zh,
    Student.email,
    Student.phone,
    Faculty.name_en,
    Student.department,
    Student.programme_of_study,
    Student.award_level,
    Student.year_of_study,
    Student.graduation_date,
    Student.hk_resident,
)


def _joined(statement: Select) -> Select:
    return statement.join(University, Student.university_id == University.id).outerjoin(
        Faculty, Student.faculty_id == Faculty.id
    )


def _search_filter(session: Session, search: str) -> ColumnElement[bool]:
    """Students matching what was typed in the search box (``domain.finding``)."""
    codes = session.scalars(select(University.code)).all()
    condition, parameters = sql_condition(parse(search, codes), Student.__tablename__,
                                          session.get_bind().dialect.name)
    return text(condition).bindparams(**parameters)  # type: ignore[return-value]


def student_ids(
    session: Session,
    search: str = "",
    sort: StudentSort = StudentSort.NAME_EN,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """The ids of the students matching ``search``, in the asked order (ties by id)."""
    column = _SORT_COLUMNS[sort]
    order = column.desc() if descending else column.asc()
    statement = select(Student.id)
    if sort in (StudentSort.UNIVERSITY, StudentSort.FACULTY):
        statement = _joined(statement)
    if search.strip():
        statement = statement.where(_search_filter(session, search))
    statement = statement.order_by(order.nulls_last(), Student.id)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.scalars(statement))


def students_by_ids(session: Session, ids: Sequence[int]) -> list[StudentRow]:
    """Rows for ``ids``, in the order given (ids that no longer exist are left out)."""
    if not ids:
        return []
    statement = _joined(select(*_ROW_COLUMNS)).where(Student.id.in_(list(ids)))
    found = {row[0]: StudentRow(*row) for row in session.execute(statement)}
    return [found[i] for i in ids if i in found]


def list_students(session: Session, search: str = "") -> list[StudentRow]:
    """Every student matching ``search``, by university then student number."""
    statement = _joined(select(*_ROW_COLUMNS))
    if search.strip():
        statement = statement.where(_search_filter(session, search))
    statement = statement.order_by(University.code, Student.student_no)
    return [StudentRow(*row) for row in session.execute(statement)]


def find_students(session: Session, search: str, limit: int = 200) -> list[StudentRow]:
    """The first ``limit`` students matching ``search``, by English name (a picker's list)."""
    return students_by_ids(session, student_ids(session, search, limit=limit))


def count_students(session: Session, search: str = "") -> int:
    statement = select(func.count(Student.id))
    if search.strip():
        statement = statement.where(_search_filter(session, search))
    return session.scalar(statement) or 0


class StudentQueries:
    """The students list read through SQLAlchemy: the ``StudentSource`` for any backend."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def ids(self, search: str, sort: StudentSort, descending: bool,
            limit: int | None = None) -> list[int]:
        with self._database.session() as session:
            return student_ids(session, search, sort, descending, limit)

    def count(self, search: str = "") -> int:
        with self._database.session() as session:
            return count_students(session, search)

    def rows(self, ids: Sequence[int]) -> list[StudentRow]:
        with self._database.session() as session:
            return students_by_ids(session, ids)
