"""The database as the app opens it: schema, settings, integrity, reference data, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from careerdesk.core.db import migrate
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    AuditEntry,
    Cohort,
    Nomination,
    Programme,
    Student,
    University,
    UniversityAlias,
)
from careerdesk.core.domain.universities import alias_key
from careerdesk.core.errors import DatabaseError
from careerdesk.core.services.importing.reading import UniversityNames
from careerdesk.core.services.reference_data import find_university_id


def _student(session, number: str = "1155000001", **values) -> Student:
    cuhk = session.scalar(select(University).where(University.code == "CUHK"))
    student = Student(university_id=cuhk.id, student_no=number, name_en="CHAN Tai Man",
                      name_zh="陳大文", **values)
    session.add(student)
    session.flush()
    return student


def test_new_database_is_at_head_with_every_table(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    tables = set(inspect(database.engine).get_table_names())
    for name in ("student", "university", "university_alias", "faculty", "organisation",
                 "contact", "programme", "cohort", "track", "phase", "quota",
                 "eligibility_rule", "position", "nomination", "status_change", "placement",
                 "placement_phase", "event", "attendance", "import_batch", "audit_log",
                 "setting", "import_mapping"):
        assert name in tables


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path) -> None:
    db = Database.open(tmp_path / "x.sqlite3")
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.close()


def test_a_transaction_rolls_back_whole_table_changes_included(database: Database) -> None:
    """Python's sqlite3 begins its own transaction only at the first INSERT, UPDATE or
    DELETE: a service's transaction begins before anything it does."""
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.execute(text("CREATE INDEX ix_student_notes ON student (notes)"))
        raise RuntimeError("a failure after a table change")
    with database.engine.connect() as connection:
        names = {ix["name"] for ix in inspect(connection).get_indexes("student")}
    assert "ix_student_notes" not in names


def test_a_sqlite_transaction_holds_the_write_lock_from_its_start(tmp_path) -> None:
    """What a transaction reads before it writes cannot be changed under it by another
    writer: the other waits (here, with no patience, it is refused) until it ends."""
    import sqlite3

    path = tmp_path / "office.sqlite3"
    database = Database.open(path)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with database.transaction() as session:
            session.scalar(select(func.count(Student.id)))  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("UPDATE university SET name_zh = name_zh")
        other.execute("UPDATE university SET name_zh = name_zh")  # free again
    finally:
        other.close()
        database.close()


def test_a_snapshot_reads_one_moment_while_others_write(database: Database) -> None:
    """A report reads through a snapshot: what another session commits while it reads
    (an import in another window or office) shows in the next report, never half in
    this one."""
    cuhk = None
    with database.snapshot() as reading:
        before = reading.scalar(select(func.count(Student.id)))
        with database.transaction() as writing:
            cuhk = find_university_id(writing, "CUHK")
            writing.add(Student(university_id=cuhk, student_no="1155999999"))
        assert reading.scalar(select(func.count(Student.id))) == before
        assert reading.scalar(select(Student.id).where(Student.student_no == "1155999999")) \
            is None
    with database.snapshot() as reading:
        assert reading.scalar(select(func.count(Student.id))) == before + 1


def test_six_universities_with_aliases(database: Database) -> None:
    with database.session() as session:
        codes = set(session.scalars(select(University.code)))
        assert codes == {"CUHK", "CityU", "HKBU", "PolyU", "HKUST", "HKU"}
        cuhk = session.scalar(select(University.id).where(University.code == "CUHK"))
        for alias in ("The Chinese University of Hong Kong", "Chinese Univ. of HK",
                      "香港中文大學", "中大", "cuhk", "ＣＵＨＫ"):
            assert find_university_id(session, alias) == cuhk, alias
        assert find_university_id(session, "Harvard") is None


def test_names_added_since_a_database_was_made_are_known(database: Database) -> None:
    """A database keeps the aliases known when it was made; names added to CareerDesk
    later ("港科大", "Hong Kong University", "&" for "and") are known all the same."""
    with database.transaction() as session:  # as an older database: without the new names
        for alias in ("港科大", "Hong Kong University"):
            session.execute(delete(UniversityAlias)
                            .where(UniversityAlias.key == alias_key(alias)))
    with database.session() as session:
        ids = dict(session.execute(select(University.code, University.id)).all())
        assert find_university_id(session, "港科大") == ids["HKUST"]
        assert find_university_id(session, "Hong Kong University") == ids["HKU"]
        assert find_university_id(session, "The Hong Kong University of Science & "
                                           "Technology") == ids["HKUST"]
        names = UniversityNames(session)
        assert (names.resolve("港科大"), names.resolve("Hong Kong University")) == (
            "HKUST", "HKU")


def test_reopening_does_not_duplicate_reference_data(database_url: str) -> None:
    Database.open(database_url).close()
    db = Database.open(database_url)
    with db.session() as session:
        assert session.scalar(select(func.count(University.id))) == 6
    db.close()


def test_student_number_is_unique_per_university(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        _student(session)
        _student(session)
    with database.session() as session:  # the failed transaction left nothing
        assert session.scalar(select(func.count(Student.id))) == 0


def test_checked_values_are_enforced_by_the_database(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        _student(session, award_level="kindergarten")


def test_foreign_keys_are_enforced_by_the_database(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Student(university_id=9999, student_no="1"))
        session.flush()


def test_nomination_status_is_checked(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        student = _student(session)
        programme = Programme(code="TLT", name_en="TLT", kind="talent_programme")
        cohort = Cohort(programme=programme, code="TLT-2026", name="TLT 2026", year=2026)
        session.add(cohort)
        session.flush()
        session.add(Nomination(student_id=student.id, cohort_id=cohort.id, status="hired"))
        session.flush()


def test_every_change_is_audited_with_old_and_new_values(database: Database) -> None:
    with database.transaction() as session:
        student_id = _student(session, email="tai.man@link.cuhk.edu.hk").id
    with database.transaction() as session:
        student = session.get(Student, student_id)
        student.email = "taiman.chan@link.cuhk.edu.hk"
        student.graduation_date = dt.date(2026, 6, 30)
    with database.transaction() as session:
        session.delete(session.get(Student, student_id))
    with database.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "student").order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["insert", "update", "delete"]
    assert all(e.changed_by == "tester" and e.row_id == student_id for e in entries)
    assert entries[0].changes["name_zh"] == "陳大文"
    assert entries[1].changes == {
        "email": ["tai.man@link.cuhk.edu.hk", "taiman.chan@link.cuhk.edu.hk"],
        "graduation_date": [None, "2026-06-30"],
    }


@pytest.mark.parametrize("bad", ["/no/such/folder/x.sqlite3", "mysql://u@h/db", "://nonsense"])
def test_unusable_database_names_give_a_sentence(bad: str) -> None:
    with pytest.raises(DatabaseError) as raised:
        Database.open(bad)
    assert raised.value.message.endswith(".")
    assert "\n" not in raised.value.message


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list")
    with pytest.raises(DatabaseError, match="not a CareerDesk database"):
        Database.open(path)
    assert path.read_text() == "shopping list"


def test_a_first_start_cut_short_before_the_universities_is_completed_at_the_next(
        tmp_path) -> None:  # noqa: ANN001
    """The schema is made, then the process dies before the reference data is written (a
    kill, a crash): the next open adds the universities, instead of every later import
    failing for want of them."""
    from sqlalchemy import create_engine, func, select

    from careerdesk.core.db import migrate
    from careerdesk.core.db.database import Database
    from careerdesk.core.db.models import University

    path = tmp_path / "cut-short.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    migrate.ensure_current_schema(engine)  # ... and no universities: the kill came here
    with engine.connect() as connection:
        assert connection.scalar(select(func.count(University.id))) == 0
    engine.dispose()
    database = Database.open(path)
    with database.session() as session:
        assert session.scalar(select(func.count(University.id))) == 6
    database.close()


def _quick_to_give_up(database) -> None:  # noqa: ANN001
    """Wait 0.1 s for a lock, not 30 (what an office waits), so the test is quick."""
    from sqlalchemy import event

    event.listen(database.engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA busy_timeout = 100"))
    database.engine.dispose()


def test_another_writer_holding_the_database_is_one_sentence(tmp_path) -> None:  # noqa: ANN001
    import sqlite3

    import pytest

    from careerdesk.core.db.database import Database
    from careerdesk.core.errors import DatabaseError
    from careerdesk.core.services.student_editing import create_student

    database = Database.open(tmp_path / "busy.sqlite3")
    _quick_to_give_up(database)
    other = sqlite3.connect(database.file_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another CareerDesk in the middle of an import
    try:
        with pytest.raises(DatabaseError, match="Another CareerDesk is saving"):
            create_student(database, {"university": "CUHK", "student_no": "1155000001"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    create_student(database, {"university": "CUHK", "student_no": "1155000001"})  # then it can
    database.close()


def test_a_damaged_database_says_to_restore_a_backup(tmp_path) -> None:  # noqa: ANN001
    import pytest

    from careerdesk.core.db.database import Database
    from careerdesk.core.errors import DatabaseError
    from careerdesk.core.services.demo import fill_demo_data
    from careerdesk.core.services.student_editing import create_student

    path = tmp_path / "damaged.sqlite3"
    database = Database.open(path)
    fill_demo_data(database, 200)
    database.close()
    data = bytearray(path.read_bytes())
    for start in range(8 * 4096, len(data) - 4096, 4096):
        data[start:start + 64] = b"\x00" * 64  # the students' pages' headers
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged.*Restore it from a backup"):
        database = Database.open(path)  # (its reference data is read on every open)
        for number in range(50):
            create_student(database, {"university": "CUHK", "student_no": f"11559{number:05d}"})
