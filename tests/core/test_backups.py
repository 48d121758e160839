"""Backups use SQLite's online backup; restore checks the file and keeps a safety copy."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.errors import DatabaseError, DatabaseTooNewError
from careerdesk.core.services.backups import backup_database, restore_database
from careerdesk.core.services.demo import fill_demo_data


def _students(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Student.id)))


def test_backup_while_open_then_restore(tmp_path) -> None:
    db = Database.open(tmp_path / "live.sqlite3")
    fill_demo_data(db, 40)
    with db.session() as reading:  # a reader is active during the backup
        reading.execute(text("SELECT 1"))
        backup = backup_database(db, tmp_path / "backup.sqlite3")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM student").fetchone() == (40,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    with db.transaction() as session:
        session.execute(text("DELETE FROM attendance"))
        session.execute(text("DELETE FROM placement_phase"))
        session.execute(text("DELETE FROM placement"))
        session.execute(text("DELETE FROM status_change"))
        session.execute(text("DELETE FROM nomination"))
        session.execute(text("DELETE FROM student"))
    assert _students(db) == 0
    safety = restore_database(db, backup)
    assert _students(db) == 40
    with sqlite3.connect(safety) as before:
        assert before.execute("SELECT count(*) FROM student").fetchone() == (0,)
    db.close()


def test_restore_refuses_files_that_are_not_careerdesk_backups(tmp_path) -> None:
    db = Database.open(tmp_path / "live.sqlite3")
    fill_demo_data(db, 5)
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("hello")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (x)")
    for bad in (not_sqlite, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(DatabaseError):
            restore_database(db, bad)
        assert _students(db) == 5
    db.close()


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path) -> None:
    db = Database.open(tmp_path / "live.sqlite3")
    newer = backup_database(db, tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNewError):
        restore_database(db, newer)
    db.close()


def test_backup_and_restore_say_plainly_they_are_for_sqlite(database: Database,
                                                             tmp_path) -> None:
    if database.is_sqlite:
        pytest.skip("about PostgreSQL databases")
    with pytest.raises(DatabaseError, match="pg_dump"):
        backup_database(database, tmp_path / "x.sqlite3")
