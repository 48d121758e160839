"""Reading students: search, order, rows by id."""

from __future__ import annotations

from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.services.students import (
    StudentSort,
    count_students,
    list_students,
    student_ids,
    students_by_ids,
)


def test_ids_are_ordered_and_rows_come_back_in_that_order(demo_database: Database) -> None:
    with demo_database.session() as session:
        ids = student_ids(session, sort=StudentSort.NAME_EN)
        assert len(ids) == count_students(session) == 300
        rows = students_by_ids(session, ids[:50])
        assert [r.id for r in rows] == ids[:50]
        names = [r.name_en for r in rows]
        assert names == sorted(names)
        backwards = student_ids(session, sort=StudentSort.UNIVERSITY, descending=True)
        universities = [r.university for r in students_by_ids(session, backwards)]
        assert universities == sorted(universities, reverse=True)


def test_search_matches_name_chinese_name_number_and_email(demo_database: Database) -> None:
    with demo_database.session() as session:
        some = session.scalars(select(Student).where(Student.name_zh.is_not(None)).limit(1)).one()
        for text in (some.name_zh, some.student_no, some.email.upper(),
                     some.name_en.split(",")[0].lower()):
            found = students_by_ids(session, student_ids(session, text))
            assert some.id in {r.id for r in found}, text
        assert student_ids(session, "no-such-student-anywhere") == []


def test_list_students_json_shape(demo_database: Database) -> None:
    with demo_database.session() as session:
        rows = list_students(session)
    data = rows[0].as_json()
    for key in ("university", "student_no", "name_en", "name_zh", "email", "phone", "faculty",
                "programme", "award_level", "graduation", "hk_resident"):
        assert key in data
    assert all(r.phone is None or (r.phone.startswith("+852") and len(r.phone) == 12)
               for r in rows)
