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
        session.execute(text("DELETE FROM application"))
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


def test_a_missing_backup_is_refused_and_not_made(tmp_path) -> None:
    db = Database.open(tmp_path / "live.sqlite3")
    fill_demo_data(db, 20)
    missing = tmp_path / "no" / "such.sqlite3"
    with pytest.raises(DatabaseError, match="There is no backup file at"):
        restore_database(db, tmp_path / "nothing.sqlite3")
    assert not (tmp_path / "nothing.sqlite3").exists() and not missing.exists()
    assert _students(db) == 20


def test_a_damaged_backup_is_refused_and_the_database_kept(tmp_path) -> None:
    db = Database.open(tmp_path / "live.sqlite3")
    fill_demo_data(db, 60)
    backup = backup_database(db, tmp_path / "backup.sqlite3")
    data = bytearray(backup.read_bytes())
    page = 4096
    for start in range(3 * page, min(len(data), 12 * page), page):  # pages of the tables
        data[start + 8:start + 400] = b"\xff" * 392
    backup.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="is damaged"):
        restore_database(db, backup)
    assert _students(db) == 60
    with sqlite3.connect(db.file_path) as live:
        assert live.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_error_never_writes_a_students_data_into_its_sentence(tmp_path) -> None:
    """SQLAlchemy puts a statement's values into its errors, and the log keeps errors: the
    engine hides them (PDPO), so only what went wrong is written."""
    from sqlalchemy.exc import IntegrityError

    from careerdesk.core.services.student_editing import create_student

    db = Database.open(tmp_path / "live.sqlite3")
    create_student(db, {"university": "CUHK", "student_no": "1155000001"})
    with pytest.raises(IntegrityError) as raised, db.transaction() as session:
        session.execute(text("INSERT INTO student (university_id, student_no, name_en, email) "
                             "SELECT university_id, student_no, :name, :email FROM student"),
                        {"name": "CHAN Tai Man", "email": "secret.person@link.cuhk.edu.hk"})
    said = str(raised.value)
    assert "UNIQUE" in said.upper()
    assert "secret.person" not in said and "CHAN Tai Man" not in said


def test_automatic_copies_are_pruned_and_the_users_backups_kept(tmp_path) -> None:
    import os
    import time

    from careerdesk.core.db.backup import SAFETY_COPIES_KEPT, prune_safety_copies

    folder = tmp_path / "backups"
    folder.mkdir()
    for number in range(SAFETY_COPIES_KEPT + 5):
        copy = folder / f"careerdesk-before-restore-2026120{number:02d}.sqlite3"
        copy.write_bytes(b"x")
        os.utime(copy, (time.time() - 1000 + number, time.time() - 1000 + number))
    mine = folder / "careerdesk-backup-20261201.sqlite3"  # made with Back up: the user's
    mine.write_bytes(b"x")
    stale = folder / ".careerdesk-backup.sqlite3.partial"
    stale.write_bytes(b"x")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    fresh = folder / ".other.sqlite3.partial"  # (a backup being written now)
    fresh.write_bytes(b"x")
    removed = prune_safety_copies(folder)
    left = sorted(p.name for p in folder.glob("*-before-*"))
    assert len(left) == SAFETY_COPIES_KEPT and left[0].endswith("05.sqlite3")  # newest kept
    assert mine.exists() and fresh.exists() and not stale.exists()
    assert len(removed) == 6


def test_an_import_keeps_a_copy_of_the_database_first(tmp_path) -> None:  # noqa: ANN001
    from careerdesk.core.paths import backups_dir
    from careerdesk.core.services.importing import ImportOptions, import_file

    db = Database.open(tmp_path / "office.sqlite3")
    fill_demo_data(db, 20)
    (tmp_path / "list.csv").write_text("University,Student No.,English Name\n"
                                       "CUHK,1155999001,CHAN Tai Man\n", encoding="utf-8")
    import_file(db, tmp_path / "list.csv", ImportOptions())
    [copy] = backups_dir().glob("office-before-import-*.sqlite3")
    with sqlite3.connect(copy) as before:
        assert before.execute("SELECT count(*) FROM student").fetchone() == (20,)
        assert before.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _students(db) == 21
    db.close()


def test_scheduled_backups_when_due_and_only_the_newest_kept(tmp_path) -> None:  # noqa: ANN001
    import datetime as dt
    import os

    from careerdesk.core.paths import backups_dir
    from careerdesk.core.services.backups import scheduled_backup

    db = Database.open(tmp_path / "office.sqlite3")
    fill_demo_data(db, 5)
    assert scheduled_backup(db, every_days=0) is None  # (off)
    first = scheduled_backup(db, every_days=1, keep=2)
    assert first is not None and first.parent == backups_dir()
    assert scheduled_backup(db, every_days=1, keep=2) is None  # not due yet
    latest = first
    for days in (3, 2):  # the newest copy made days ago: another is due
        aged = (dt.datetime.now() - dt.timedelta(days=days)).timestamp()
        os.utime(latest, (aged, aged))
        latest = scheduled_backup(db, every_days=1, keep=2,
                                  now=dt.datetime.now() + dt.timedelta(seconds=days))
        assert latest is not None
    kept = sorted(backups_dir().glob("office-scheduled-*.sqlite3"))
    assert len(kept) == 2 and first not in kept
    with sqlite3.connect(kept[-1]) as copy:
        assert copy.execute("SELECT count(*) FROM student").fetchone() == (5,)
    db.close()
