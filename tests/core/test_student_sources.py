"""The start-up reader (stdlib sqlite3) and the SQLAlchemy queries return the same students."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk.core.db import migrate
from careerdesk.core.db.database import Database
from careerdesk.core.db.revision import SCHEMA_REVISION
from careerdesk.core.db.sqlite_student_reader import SqliteStudentReader, needs_upgrade
from careerdesk.core.services.student_rows import StudentSort
from careerdesk.core.services.students import StudentQueries
from tests.older_databases import older_database


def test_schema_revision_constant_is_the_migrations_head() -> None:
    assert migrate.head_revision() == SCHEMA_REVISION


def test_revision_ids_are_four_digits_in_the_order_they_were_made() -> None:
    """``needs_upgrade`` compares revision ids as text, without loading Alembic."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())  # noqa: SLF001
    made = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert all(len(r) == 4 and r.isdigit() for r in made)
    assert made == sorted(made) and made[-1] == SCHEMA_REVISION


def test_an_older_careerdesk_file_is_told_apart_without_the_database_layer(
        tmp_path: Path) -> None:
    older = tmp_path / "older.sqlite3"
    older_database(str(older), "0003")
    assert needs_upgrade(older)
    current = tmp_path / "current.sqlite3"
    Database.open(current).close()
    assert not needs_upgrade(current)
    with sqlite3.connect(current) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert not needs_upgrade(current)  # newer: refused by the full path, with its sentence
    other = tmp_path / "notes.sqlite3"
    other.write_text("not a database")
    assert not needs_upgrade(other) and not needs_upgrade(tmp_path / "missing.sqlite3")


@pytest.mark.parametrize("sort", list(StudentSort))
@pytest.mark.parametrize("descending", [False, True])
def test_reader_and_queries_agree_on_order(demo_database: Database, sort: StudentSort,
                                           descending: bool) -> None:
    reader = SqliteStudentReader.open(demo_database.file_path)
    queries = StudentQueries(demo_database)
    ids = queries.ids("", sort, descending)
    assert reader.ids("", sort, descending) == ids
    assert reader.rows(ids[:120]) == queries.rows(ids[:120])
    reader.close()


@pytest.mark.parametrize("search", ["chan", "CHAN", "陳", "陈", "1155", "@LINK", "%", "_", "a_b",
                                    "HKUST chan", "man chan", "9 1", "+852 9",
                                    "no such person"])
def test_reader_and_queries_agree_on_search(demo_database: Database, search: str) -> None:
    reader = SqliteStudentReader.open(demo_database.file_path)
    queries = StudentQueries(demo_database)
    assert reader.ids(search, StudentSort.NAME_EN, False) == queries.ids(
        search, StudentSort.NAME_EN, False)
    reader.close()


def test_wildcards_in_a_search_are_taken_literally(demo_database: Database) -> None:
    queries = StudentQueries(demo_database)
    assert queries.ids("%", StudentSort.NAME_EN, False) == []


def test_reader_only_opens_a_current_careerdesk_file(tmp_path: Path,
                                                     demo_database: Database) -> None:
    assert SqliteStudentReader.open(tmp_path / "missing.sqlite3") is None
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    assert SqliteStudentReader.open(text) is None
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert SqliteStudentReader.open(other) is None
    old = tmp_path / "old.sqlite3"
    from careerdesk.core.db.backup import backup_sqlite

    backup_sqlite(demo_database.engine, old)
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert SqliteStudentReader.open(old) is None


def test_window_modules_load_without_sqlalchemy() -> None:
    """The first paint must not wait for SQLAlchemy or Alembic to import."""
    code = ("import sys; import careerdesk.cli.main, careerdesk.gui.app, "
            "careerdesk.gui.main_window, careerdesk.core.db.sqlite_student_reader, "
            "careerdesk.gui.settings.settings_dialog, careerdesk.gui.students.students_page; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
