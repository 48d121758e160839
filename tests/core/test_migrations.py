"""Schema only through Alembic: empty → head, older → head with data kept, newer refused."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError

from careerdesk.core.db import migrate
from careerdesk.core.db.database import Database
from careerdesk.core.db.engine import create_db_engine, resolve_url
from careerdesk.core.db.models import Setting, Student
from careerdesk.core.errors import DatabaseError, DatabaseTooNewError
from careerdesk.core.paths import backups_dir
from tests.older_databases import older_database


def _engine(url: str):
    return create_db_engine(resolve_url(url))


def test_models_and_migrations_agree(database_url: str) -> None:
    """Autogenerate finds nothing to add: the migrations create exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from careerdesk.core.db.models import Base

    db = Database.open(database_url)
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.close()
    assert diff == []


def test_older_database_is_backed_up_then_upgraded_with_its_data(database_url: str) -> None:
    older_database(database_url, "0001")
    assert "setting" not in _tables(database_url)

    db = Database.open(database_url)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.transaction() as session:
        student = session.scalar(select(Student))
        assert (student.student_no, student.name_zh) == ("1155000001", "陳大文")
        session.add(Setting(key="office_name", value="Career Centre"))
    db.close()
    if db.is_sqlite:
        backups = list(backups_dir().glob("*before-upgrade-0001*.sqlite3"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert copy.execute("SELECT name_zh FROM student").fetchone() == ("陳大文",)


def test_tables_rebuilt_by_an_upgrade_keep_their_rows_links_and_rules(database_url: str) -> None:
    """0004 rebuilds the tables whose choice checks it rewrites (SQLite copies each table):
    every row stays, the records that point at a student still do, nothing cascades, and
    the checks still refuse a status that does not exist."""
    engine = _engine(database_url)
    migrate.upgrade(engine, "0003")
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO university (code, name_en) VALUES ('HKU', 'HKU')",
            "INSERT INTO student (university_id, student_no, name_zh, award_level, created_at, "
            "updated_at) SELECT id, '3035000001', '陳大文', 'bachelor', CURRENT_TIMESTAMP, "
            "CURRENT_TIMESTAMP FROM university",
            "INSERT INTO programme (code, name_en, kind, created_at, updated_at) VALUES "
            "('TF', 'Talent Foundry', 'talent_programme', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            "INSERT INTO cohort (programme_id, code, name, year, created_at, updated_at) "
            "SELECT id, 'TF-2026', 'TF 2026', 2026, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
            "FROM programme",
            "INSERT INTO nomination (student_id, cohort_id, status, created_at, updated_at) "
            "SELECT student.id, cohort.id, 'offered', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
            "FROM student, cohort",
            "INSERT INTO status_change (nomination_id, to_status, changed_at, changed_by) "
            "SELECT id, 'offered', CURRENT_TIMESTAMP, 'tester' FROM nomination",
        ):
            connection.execute(text(statement))
    engine.dispose()

    Database.open(database_url).close()
    engine = _engine(database_url)
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT student.name_zh, nomination.status, status_change.to_status FROM student "
            "JOIN nomination ON nomination.student_id = student.id "
            "JOIN status_change ON status_change.nomination_id = nomination.id")).all() == [
            ("陳大文", "offered", "offered")]
        if connection.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        with pytest.raises(IntegrityError):
            connection.execute(text("UPDATE nomination SET status = 'hired'"))
        connection.rollback()
        with pytest.raises(IntegrityError):
            connection.execute(text("DELETE FROM student"))  # still referred to
    engine.dispose()


def test_an_upgrade_that_fails_changes_nothing(tmp_path) -> None:
    """A SQLite upgrade is one transaction, its table changes included: a broken reference
    found at the end leaves the database exactly at its old revision."""
    path = tmp_path / "broken.sqlite3"
    engine = _engine(str(path))
    migrate.upgrade(engine, "0003")
    engine.dispose()
    with sqlite3.connect(path) as raw:  # a nomination pointing at no student (foreign keys off)
        raw.execute("INSERT INTO programme (code, name_en, kind, created_at, updated_at) "
                    "VALUES ('TF', 'TF', 'talent_programme', '2026-01-01', '2026-01-01')")
        raw.execute("INSERT INTO cohort (programme_id, code, name, year, created_at, "
                    "updated_at) VALUES (1, 'TF-2026', 'TF', 2026, '2026-01-01', '2026-01-01')")
        raw.execute("INSERT INTO nomination (student_id, cohort_id, status, created_at, "
                    "updated_at) VALUES (99, 1, 'draft', '2026-01-01', '2026-01-01')")
    schema_before = _schema(path)
    with pytest.raises(DatabaseError, match="pointing at one that is not there"):
        Database.open(path)
    assert _schema(path) == schema_before
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        assert raw.execute("SELECT count(*) FROM nomination").fetchone() == (1,)


def _schema(path) -> list[tuple[str, str]]:  # noqa: ANN001
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_database_newer_than_the_app_is_refused(database_url: str) -> None:
    Database.open(database_url).close()
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNewError, match="newer version of CareerDesk"):
        Database.open(database_url)
    engine = _engine(database_url)
    with engine.connect() as connection:  # and it was left alone
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == "9999_future"
    engine.dispose()


def test_someone_elses_database_is_not_touched(tmp_path) -> None:
    path = tmp_path / "payroll.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE salaries (name TEXT, amount INT)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="not CareerDesk's"):
        Database.open(path)


def _tables(url: str) -> set[str]:
    from sqlalchemy import inspect

    engine = _engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_the_log_keeps_the_upgrades_not_alembics_chatter(tmp_path) -> None:  # noqa: ANN001
    """A new database's log says which upgrades ran, and nothing of Alembic's setup ("setup
    plugin …", "Context impl SQLiteImpl."). In a process of its own: Alembic talks as it
    is first imported."""
    import subprocess
    import sys

    log = tmp_path / "careerdesk.log"
    code = ("import logging, sys\n"
            "logging.basicConfig(filename=sys.argv[1], level=logging.INFO,\n"
            "                    format='%(name)s %(message)s')\n"
            "from careerdesk.core.db.database import Database\n"
            "Database.open(sys.argv[2]).close()\n")
    subprocess.run([sys.executable, "-c", code, str(log), str(tmp_path / "new.sqlite3")],
                   check=True, timeout=120)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.startswith("alembic.runtime.migration Running upgrade ")
                         for line in lines), lines


def test_0006_repairs_histories_that_named_another_students_rules(database_url: str) -> None:
    """A batch submitted with an exception wrote every student's failed rule into each
    history; the upgrade keeps in each note only its own nomination's reasons."""
    engine = _engine(database_url)
    migrate.upgrade(engine, "0005")
    reasons = ("The application window of PC-2026 closed on 2026-03-31. 1155000001 fails the "
               "cohort's rules: The student is employed at present. 1155000002 cannot be "
               "checked against the cohort's rules: The student's award level is not "
               "recorded. Faculty of Engineering's quota in PC-2026 is 2 places and 2 are "
               "taken. Faculty of Science's quota in PC-2026 is 1 places and 1 are taken.")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO university (code, name_en) VALUES ('CUHK', 'C')"))
        connection.execute(text("INSERT INTO faculty (university_id, name_en) "
                                "SELECT id, 'Faculty of Engineering' FROM university"))
        connection.execute(text(
            "INSERT INTO programme (code, name_en, kind, created_at, updated_at) VALUES "
            "('PC', 'PROcruit C', 'talent_programme', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        connection.execute(text(
            "INSERT INTO cohort (programme_id, code, name, year, created_at, updated_at) "
            "SELECT id, 'PC-2026', 'PC 2026', 2026, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
            "FROM programme"))
        for number in ("1155000001", "1155000002", "1155000003"):
            connection.execute(text(
                "INSERT INTO student (university_id, faculty_id, student_no, created_at, "
                "updated_at) SELECT university_id, id, :n, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                "FROM faculty"), {"n": number})
            connection.execute(text(
                "INSERT INTO nomination (student_id, cohort_id, status, created_at, updated_at) "
                "SELECT student.id, cohort.id, 'submitted', CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP FROM student, cohort WHERE student.student_no = :n"),
                {"n": number})
            connection.execute(text(
                "INSERT INTO status_change (nomination_id, from_status, to_status, changed_at, "
                "changed_by, note) SELECT nomination.id, 'nominated', 'submitted', "
                "CURRENT_TIMESTAMP, 'tester', :note FROM nomination JOIN student ON "
                "nomination.student_id = student.id WHERE student.student_no = :n"),
                {"n": number, "note": f"Dean agreed. Exception: Appeal upheld ({reasons})"})
    engine.dispose()

    Database.open(database_url).close()
    engine = _engine(database_url)
    with engine.connect() as connection:
        notes = dict(connection.execute(text(
            "SELECT student.student_no, status_change.note FROM status_change "
            "JOIN nomination ON status_change.nomination_id = nomination.id "
            "JOIN student ON nomination.student_id = student.id")).all())
    engine.dispose()
    window = "The application window of PC-2026 closed on 2026-03-31."
    quota = "Faculty of Engineering's quota in PC-2026 is 2 places and 2 are taken."
    assert notes == {
        "1155000001": f"Dean agreed. Exception: Appeal upheld ({window} 1155000001 fails the "
                      f"cohort's rules: The student is employed at present. {quota})",
        "1155000002": f"Dean agreed. Exception: Appeal upheld ({window} 1155000002 cannot be "
                      f"checked against the cohort's rules: The student's award level is not "
                      f"recorded. {quota})",
        "1155000003": f"Dean agreed. Exception: Appeal upheld ({window} {quota})",
    }
