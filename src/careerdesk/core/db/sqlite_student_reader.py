"""The students list read straight from a SQLite file with the standard library.

Why: importing SQLAlchemy and Alembic costs several tenths of a second on an office
PC. The window shows its first page of students through this reader while the full
database layer loads in the background. It reads only, and only a database whose
schema is exactly this version's (anything else takes the full path, which upgrades
or refuses). ``tests/core/test_student_sources.py`` keeps it returning exactly what
the SQLAlchemy queries in ``services.students`` return.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from careerdesk.core.db.revision import SCHEMA_REVISION
from careerdesk.core.services.student_rows import StudentRow, StudentSort

_SORT_SQL = {
    StudentSort.UNIVERSITY: "u.code",
    StudentSort.STUDENT_NO: "s.student_no",
    StudentSort.NAME_EN: "s.name_en",
    StudentSort.NAME_ZH: "s.name_zh",
    StudentSort.EMAIL: "s.email",
    StudentSort.FACULTY: "f.name_en",
    StudentSort.PROGRAMME: "s.programme_of_study",
    StudentSort.GRADUATION: "s.graduation_date",
    StudentSort.PHONE: "s.phone",
    StudentSort.HK_RESIDENT: "s.hk_resident",
}
_FROM = ("FROM student s JOIN university u ON s.university_id = u.id "
         "LEFT JOIN faculty f ON s.faculty_id = f.id")
_FROM_STUDENT = "FROM student s"  # most orders need no join, and read the index alone
_ROW_COLUMNS = ("s.id, u.code, s.student_no, s.name_en, s.name_zh, s.email, s.phone, "
                "f.name_en, s.department, s.programme_of_study, s.award_level, "
                "s.year_of_study, s.graduation_date, s.hk_resident")


def needs_upgrade(path: Path) -> bool:
    """Whether the file is a CareerDesk database written by an older version (one this
    version will upgrade), asked without loading the database layer. Revision ids are four
    digits in the order they were made (a test keeps them so)."""
    connection = _read_only(path)
    if connection is None:
        return False
    try:
        revision = _revision(connection)
    finally:
        connection.close()
    return revision is not None and revision.isdigit() and revision < SCHEMA_REVISION


def _read_only(path: Path) -> sqlite3.Connection | None:
    if not path.is_file():
        return None
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
    except sqlite3.Error:
        return None


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else row[0]


class SqliteStudentReader:
    """A read-only ``StudentSource`` on a current CareerDesk SQLite file."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @classmethod
    def open(cls, path: Path) -> SqliteStudentReader | None:
        """The reader, or None when the file is not a current CareerDesk database."""
        connection = _read_only(path)
        if connection is None:
            return None
        if _revision(connection) != SCHEMA_REVISION:
            connection.close()
            return None
        return cls(connection)

    def count(self, search: str = "") -> int:
        where, parameters = self._where(search)
        return self._connection.execute(f"SELECT count(*) FROM student s {where}",
                                        parameters).fetchone()[0]

    def ids(self, search: str, sort: StudentSort, descending: bool,
            limit: int | None = None) -> list[int]:
        order = f"{_SORT_SQL[sort]} {'DESC' if descending else 'ASC'} NULLS LAST, s.id"
        where, parameters = self._where(search)
        joins = _FROM if sort in (StudentSort.UNIVERSITY, StudentSort.FACULTY) else _FROM_STUDENT
        sql = f"SELECT s.id {joins} {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row[0] for row in self._connection.execute(sql, parameters)]

    def _where(self, search: str) -> tuple[str, dict[str, str]]:
        """The search box's condition, the same as the full database layer's."""
        if not search.strip():
            return "", {}
        from careerdesk.core.domain.finding import parse, sql_condition

        codes = [row[0] for row in self._connection.execute("SELECT code FROM university")]
        condition, parameters = sql_condition(parse(search, codes), "s", "sqlite")
        return f"WHERE {condition}", parameters

    def rows(self, ids: Sequence[int]) -> list[StudentRow]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {}
        for row in self._connection.execute(
            f"SELECT {_ROW_COLUMNS} {_FROM} WHERE s.id IN ({marks})", list(ids)
        ):
            graduation = dt.date.fromisoformat(row[12]) if row[12] else None
            hk_resident = None if row[13] is None else bool(row[13])
            found[row[0]] = StudentRow._make((*row[:12], graduation, hk_resident))
        return [found[i] for i in ids if i in found]

    def close(self) -> None:
        self._connection.close()
