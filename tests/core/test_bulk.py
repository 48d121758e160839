"""The bulk insert stores exactly what the ORM would, on every backend."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from careerdesk.core.db.bulk import BUILD_AFTER, indexes_built_after, insert_columns, insert_rows
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Cohort,
    Nomination,
    Organisation,
    Placement,
    Programme,
    Student,
    University,
)


def test_bulk_rows_read_back_like_orm_rows(database: Database) -> None:
    with database.transaction() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        rows = [{"university_id": cuhk, "student_no": f"1155{i:06d}", "name_zh": "陳大文",
                 "graduation_date": dt.date(2026, 6, 30) if i % 2 else None,
                 "hk_resident": bool(i % 3), "year_of_study": i % 4 or None,
                 "created_at": dt.datetime(2026, 1, 2, 3, 4, 5, 678_901),
                 "updated_at": dt.datetime(2026, 1, 2, 3, 4, 5, 678_901)}
                for i in range(12_000)]
        insert_rows(session.connection(), Student.__table__, rows)
    with database.session() as session:
        stored = session.scalars(select(Student).order_by(Student.student_no)).all()
    assert len(stored) == 12_000
    for row, student in zip(rows, stored, strict=True):
        assert student.student_no == row["student_no"] and student.name_zh == "陳大文"
        assert student.graduation_date == row["graduation_date"]
        assert student.hk_resident is row["hk_resident"]
        assert student.year_of_study == row["year_of_study"]
        assert student.created_at == row["created_at"]


def test_rows_given_a_column_at_a_time_read_back_like_orm_rows(database: Database) -> None:
    """An import's new students go in as columns: each value converted as the ORM would
    (one date, True and False, NULLs), more rows than one chunk, and the creation times
    a column leaves out taken from their defaults."""
    count = 12_000
    with database.transaction() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        columns = {
            "university_id": [cuhk] * count,
            "student_no": [f"1155{i:06d}" for i in range(count)],
            "name_zh": ["陳大文" if i % 2 else None for i in range(count)],
            "graduation_date": [dt.date(2026, 6, 30) if i % 3 else None for i in range(count)],
            "hk_resident": [(True, False, None)[i % 3] for i in range(count)],
            "year_of_study": [i % 4 or None for i in range(count)],
        }
        insert_columns(session.connection(), Student.__table__, columns)
    with database.session() as session:
        stored = session.scalars(select(Student).order_by(Student.student_no)).all()
    assert len(stored) == count
    for i, student in enumerate(stored):
        assert student.student_no == columns["student_no"][i]
        assert student.name_zh == columns["name_zh"][i]
        assert student.graduation_date == columns["graduation_date"][i]
        assert student.hk_resident is columns["hk_resident"][i]
        assert student.year_of_study == columns["year_of_study"][i]
        assert isinstance(student.created_at, dt.datetime) and student.email is None


def test_bulk_decimals_and_check_constraints(database: Database) -> None:
    with database.transaction() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        student = Student(university_id=cuhk, student_no="1")
        programme = Programme(code="TLT", name_en="TLT", kind="talent_programme")
        cohort = Cohort(programme=programme, code="TLT-2026", name="TLT", year=2026)
        organisation = Organisation(name_en="SenseTime", theme="ai")
        session.add_all([student, cohort, organisation])
        session.flush()
        nomination = Nomination(student_id=student.id, cohort_id=cohort.id, status="accepted")
        session.add(nomination)
        session.flush()
        insert_rows(session.connection(), Placement.__table__, [{
            "nomination_id": nomination.id, "organisation_id": organisation.id,
            "monthly_salary": Decimal("18500.50"), "status": "confirmed",
            "created_at": dt.datetime(2026, 1, 1), "updated_at": dt.datetime(2026, 1, 1)}])
    with database.session() as session:
        assert session.scalar(select(Placement.monthly_salary)) == Decimal("18500.50")


def test_bulk_rows_may_leave_out_columns_they_do_not_fill(database: Database) -> None:
    """An import's rows name only the columns the file had for them: the rest are NULL."""
    stamp = dt.datetime(2026, 1, 2, 3, 4, 5)
    with database.transaction() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        rows = [{"university_id": cuhk, "student_no": "A1", "email": "a@x.hk",
                 "created_at": stamp, "updated_at": stamp},
                {"university_id": cuhk, "student_no": "A2", "name_zh": "陳大文",
                 "created_at": stamp, "updated_at": stamp}]
        insert_rows(session.connection(), Student.__table__, rows)
    with database.session() as session:
        stored = {s.student_no: (s.email, s.name_zh) for s in session.scalars(select(Student))}
    assert stored == {"A1": ("a@x.hk", None), "A2": (None, "陳大文")}


def test_bulk_rows_left_out_columns_take_their_defaults(database: Database) -> None:
    """A column with a default (a nomination's status, a record's creation time) gets it
    when the rows leave it out, as an ORM insert would."""
    with database.transaction() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        students = [Student(university_id=cuhk, student_no=str(n)) for n in range(3)]
        cohort = Cohort(programme=Programme(code="TF", name_en="TF", kind="talent_programme"),
                        code="TF-2026", name="TF", year=2026)
        session.add_all([*students, cohort])
        session.flush()
        insert_rows(session.connection(), Nomination.__table__, [
            {"student_id": students[0].id, "cohort_id": cohort.id},
            {"student_id": students[1].id, "cohort_id": cohort.id, "status": "submitted"},
            {"student_id": students[2].id, "cohort_id": cohort.id, "rank": 2}])
    with database.session() as session:
        stored = session.execute(select(Nomination.status, Nomination.rank,
                                        Nomination.created_at)
                                 .order_by(Nomination.student_id)).all()
    assert [(status, rank) for status, rank, _ in stored] == [
        ("draft", None), ("submitted", None), ("draft", 2)]
    assert all(isinstance(created, dt.datetime) for _, _, created in stored)


def test_a_large_insert_builds_the_indexes_after_and_a_rollback_keeps_them(
        database: Database) -> None:
    """On SQLite the secondary indexes are dropped for a large insert into a small table and
    built again after; if the transaction fails, they are there as before."""
    def indexes() -> set[tuple[str, str]]:
        with database.engine.connect() as connection:
            return {(ix["name"], ",".join(ix["column_names"]))
                    for ix in inspect(connection).get_indexes("student")}

    before = indexes()
    stamp = dt.datetime(2026, 1, 2)
    with database.session() as session:
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
    rows = [{"university_id": cuhk, "student_no": str(n), "email": f"s{n}@link.cuhk.edu.hk",
             "name_en": f"CHAN {n}", "created_at": stamp, "updated_at": stamp}
            for n in range(BUILD_AFTER)]
    with pytest.raises(IntegrityError), database.transaction() as session:
        connection = session.connection()
        with indexes_built_after(connection, Student.__table__, len(rows)):
            insert_rows(connection, Student.__table__, [*rows, rows[0]])  # a duplicate
    assert indexes() == before
    with database.transaction() as session:
        connection = session.connection()
        with indexes_built_after(connection, Student.__table__, len(rows)):
            insert_rows(connection, Student.__table__, rows)
    assert indexes() == before and {"ix_student_email", "ix_student_name_en"} <= {
        name for name, _ in before}
    with database.session() as session:
        found = session.scalar(select(Student.student_no)
                               .where(Student.email == "s4321@link.cuhk.edu.hk"))
    assert found == "4321"
