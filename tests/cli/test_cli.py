"""The command line through its real entry point, in a subprocess, as IT staff would run it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def careerdesk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CAREERDESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "careerdesk", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)



def assert_plain_failure(result: subprocess.CompletedProcess[str]) -> str:
    """Exit status 2 and one plain sentence on stderr, never a traceback."""
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("careerdesk: ") and lines[0].endswith(".")
    return lines[0]


def test_help_lists_the_commands(home: Path) -> None:
    result = careerdesk("--help", home=home)
    assert result.returncode == 0
    for command in ("gui", "demo", "students", "backup", "restore", "--db"):
        assert command in result.stdout


def test_console_script_is_installed(home: Path) -> None:
    script = shutil.which("careerdesk", path=str(Path(sys.executable).parent))
    assert script is not None
    result = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("CareerDesk ")


def test_demo_then_students_list_json(home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "office.sqlite3")
    made = careerdesk("--db", db, "demo", "--students", "120", home=home)
    assert made.returncode == 0, made.stderr
    assert "120 students" in made.stdout
    listed = careerdesk("--db", db, "students", "list", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    students = json.loads(listed.stdout)
    assert len(students) == 120
    with sqlite3.connect(db) as connection:  # an independent reading of the same file
        expected = {(code, no) for code, no in connection.execute(
            "SELECT u.code, s.student_no FROM student s JOIN university u "
            "ON u.id = s.university_id")}
    assert {(s["university"], s["student_no"]) for s in students} == expected
    for student in students:
        assert student["university"] in {"CUHK", "CityU", "HKBU", "PolyU", "HKUST", "HKU"}
        assert student["email"] == student["email"].lower()
        assert student["phone"] is None or student["phone"].startswith("+852")
        assert student["graduation"] is None or len(student["graduation"]) == 10
        assert student["hk_resident"] in (True, False, None)
    assert any(s["name_zh"] for s in students)
    table = careerdesk("--db", db, "students", "list", "--search", students[0]["student_no"],
                       home=home)
    assert students[0]["student_no"] in table.stdout and "1 students" in table.stdout


def test_default_database_lives_in_the_application_data_folder(home: Path) -> None:
    result = careerdesk("students", "list", "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert (home / "careerdesk.sqlite3").exists()


@pytest.mark.parametrize("bad_db", ["/no/such/folder/office.sqlite3", "mysql://user@host/db",
                                    "postgresql+psycopg://nobody@127.0.0.1:1/none"])
def test_bad_db_is_one_sentence_and_exit_2(home: Path, bad_db: str) -> None:
    message = assert_plain_failure(careerdesk("--db", bad_db, "students", "list", home=home))
    assert "database" in message.lower() or "postgresql" in message.lower()


def test_a_text_file_given_as_database_is_refused_and_untouched(home: Path,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    assert_plain_failure(careerdesk("--db", str(path), "students", "list", home=home))
    assert path.read_text() == "not a database"


def test_bad_arguments_are_one_sentence_and_exit_2(home: Path) -> None:
    assert_plain_failure(careerdesk("frobnicate", home=home))
    assert_plain_failure(careerdesk("demo", "--students", "many", home=home))


def test_demo_into_a_database_with_students_changes_nothing(home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "office.sqlite3")
    assert careerdesk("--db", db, "demo", "--students", "10", home=home).returncode == 0
    message = assert_plain_failure(careerdesk("--db", db, "demo", home=home))
    assert "already holds 10 students" in message
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM student").fetchone() == (10,)


def test_backup_and_restore(home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "office.sqlite3")
    careerdesk("--db", db, "demo", "--students", "15", home=home)
    backup = tmp_path / "backup.sqlite3"
    made = careerdesk("--db", db, "backup", str(backup), home=home)
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE student SET name_en = 'CHANGED'")
    restored = careerdesk("--db", db, "restore", str(backup), home=home)
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute(
            "SELECT count(*) FROM student WHERE name_en = 'CHANGED'").fetchone() == (0,)
    assert_plain_failure(careerdesk("--db", db, "restore", str(tmp_path / "nope.sqlite3"),
                                    home=home))
    assert_plain_failure(careerdesk("--db", db, "backup", "/no/such/folder/b.sqlite3",
                                    home=home))


def test_report_student_through_the_command_line(home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "office.sqlite3")
    assert careerdesk("--db", db, "demo", "--students", "20", home=home).returncode == 0
    listed = json.loads(careerdesk("--db", db, "students", "list", "--json", home=home).stdout)
    out = tmp_path / "record.pdf"
    result = careerdesk("--db", db, "report", "student", "--university",
                        listed[0]["university"], listed[0]["student_no"], "-o", str(out),
                        home=home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and "saved to" in result.stdout
    missing = careerdesk("--db", db, "report", "student", "--university", "CUHK", "0",
                         "-o", str(out), home=home)
    assert "no student 0" in assert_plain_failure(missing)


def test_json_is_indented_for_a_terminal_and_one_line_for_a_script() -> None:
    import datetime as dt
    import io
    import json

    from careerdesk.cli.output import print_json

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    data = [{"name_zh": "陳大文", "graduation": dt.date(2026, 6, 30)}]
    piped, terminal = io.StringIO(), Terminal()
    print_json(data, piped)
    print_json(data, terminal)
    assert piped.getvalue().count("\n") == 1 and "陳大文" in piped.getvalue()
    assert terminal.getvalue().count("\n") > 3
    assert json.loads(piped.getvalue()) == json.loads(terminal.getvalue()) == [
        {"name_zh": "陳大文", "graduation": "2026-06-30"}]
