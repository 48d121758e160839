"""Records kept by hand through the command line: students, nominations, events. Bad values
exit 2 with one sentence naming the field, and leave the database exactly as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_plain_failure, careerdesk


def _dump(db: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


@pytest.fixture
def empty(tmp_path: Path, home: Path) -> str:
    db = str(tmp_path / "office.sqlite3")
    made = careerdesk("--db", db, "students", "list", home=home)
    assert made.returncode == 0, made.stderr
    return db


def _students(db: str, home: Path) -> list[dict]:
    listed = careerdesk("--db", db, "students", "list", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_a_student_added_corrected_and_deleted(empty: str, home: Path) -> None:
    added = careerdesk("--db", empty, "students", "add", "--university", "Chinese Univ. of HK",
                       "--student-no", "1155012345", "--name-en", "CHAN Tai Man", "--name-zh",
                       "陳大文", "--email", "Chan.TM@Link.cuhk.edu.hk", "--phone", "9123 4567",
                       "--faculty", "Faculty of Engineering", "--award-level", "Bachelor",
                       "--graduation", "30/06/2026", "--hk-resident", "yes", "--consent", "yes",
                       home=home)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added CHAN Tai Man (CUHK 1155012345)."
    [student] = _students(empty, home)
    assert student | {} == {**student, "university": "CUHK", "email": "chan.tm@link.cuhk.edu.hk",
                            "phone": "+85291234567", "faculty": "Faculty of Engineering",
                            "award_level": "bachelor", "graduation": "2026-06-30",
                            "hk_resident": True, "name_zh": "陳大文"}

    edited = careerdesk("--db", empty, "students", "edit", "--university", "CUHK", "1155012345",
                        "--set", "phone=+86 138 1234 5678", "--set", "graduation=",
                        "--set", "programme=BEng Computer Engineering", home=home)
    assert edited.returncode == 0, edited.stderr
    [student] = _students(empty, home)
    assert (student["phone"], student["graduation"], student["programme"]) == (
        "+8613812345678", None, "BEng Computer Engineering")

    deleted = careerdesk("--db", empty, "students", "delete", "--university", "CUHK",
                         "1155012345", home=home)
    assert deleted.returncode == 0, deleted.stderr
    assert _students(empty, home) == []


@pytest.mark.parametrize(("arguments", "sentence"), [
    (["students", "add", "--university", "CUHK", "--student-no", "1155099999", "--email",
      "chan@"], "careerdesk: Email: 'chan@' is not a complete email address."),
    (["students", "add", "--university", "MIT", "--student-no", "1"],
     "careerdesk: There is no university 'MIT'; use one of"),
    (["students", "edit", "--university", "CUHK", "1155012345", "--set", "hk_resident=perhaps"],
     "careerdesk: Hong Kong resident: "),
    (["students", "edit", "--university", "CUHK", "1155012345", "--set", "colour=red"],
     "careerdesk: 'colour' is not a student's field; use one of university, student_no"),
    (["students", "edit", "--university", "CUHK", "1155012345", "--set", "email"],
     "careerdesk: 'email' is not FIELD=VALUE"),
    (["students", "edit", "--university", "CUHK", "9999", "--set", "email=a@b.hk"],
     "careerdesk: There is no student 9999 at CUHK."),
    (["students", "delete", "--university", "CUHK", "1155012345"],
     "careerdesk: CHAN Tai Man has 1 nomination(s); delete them too (--with-records)"),
    (["nominations", "add", "--cohort", "TLT-2026", "--university", "CUHK", "1155012345"],
     "careerdesk: 1155012345 is already nominated to TLT-2026 (nominated); nobody was "
     "nominated."),
    (["nominations", "add", "--cohort", "NOPE", "--university", "CUHK", "1155012345"],
     "careerdesk: There is no cohort 'NOPE'"),
    (["events", "add", "--code", "X", "--name", "X", "--date", "31/02/2026"],
     "careerdesk: '31/02/2026' is not a date"),
    (["events", "add", "--code", "X", "--name", "X", "--date", "2026-01-01", "--theme", "web3"],
     "careerdesk: 'web3' is not a theme; use ai, microelectronics, life-health, fintech or "
     "other."),
    (["events", "add", "--code", "DAY", "--name", "Again", "--date", "2026-01-01"],
     "careerdesk: There is already an event DAY."),
    (["events", "attend", "--event", "DAY", "--university", "CUHK", "--as", "maybe",
      "1155012345"], "careerdesk: 'maybe' is not an attendance"),
    (["events", "attend", "--event", "NOPE", "--university", "CUHK", "--as", "onsite",
      "1155012345"], "careerdesk: There is no event 'NOPE'; known events include DAY."),
])
def test_bad_values_exit_2_and_change_nothing(empty: str, home: Path, arguments: list[str],
                                              sentence: str) -> None:
    for setup in (["students", "add", "--university", "CUHK", "--student-no", "1155012345",
                   "--name-en", "CHAN Tai Man"],
                  ["events", "add", "--code", "DAY", "--name", "Career day", "--date",
                   "2026-01-10"]):
        assert careerdesk("--db", empty, *setup, home=home).returncode == 0
    _cohort(empty)
    nominated = careerdesk("--db", empty, "nominations", "add", "--cohort", "TLT-2026",
                           "--university", "CUHK", "1155012345", home=home)
    assert nominated.returncode == 0, nominated.stderr
    before = _dump(empty)
    result = careerdesk("--db", empty, *arguments, home=home)
    assert assert_plain_failure(result).startswith(sentence)
    assert _dump(empty) == before


def _cohort(db: str) -> None:
    """A cohort made the way the window makes one (the command line makes none)."""
    from careerdesk.core.db.database import Database
    from careerdesk.core.services.programmes import CohortSpec, create_programme, save_cohort

    database = Database.open(db)
    create_programme(database, "TLT", "Technology Leaders of Tomorrow", "talent_programme")
    save_cohort(database, "TLT", CohortSpec("TLT-2026", "TLT 2026", 2026))
    database.close()


def test_events_added_listed_and_attended(empty: str, home: Path) -> None:
    for number, university in (("1155012345", "CUHK"), ("20719300", "HKUST")):
        assert careerdesk("--db", empty, "students", "add", "--university", university,
                          "--student-no", number, home=home).returncode == 0
    added = careerdesk("--db", empty, "events", "add", "--code", "aia-2026", "--name",
                       '"AI in Action" Career Day 2026', "--name-zh", "人工智能招聘日",
                       "--date", "7/3/2026", "--time", "10:00", "--venue",
                       "Hong Kong Science Park", "--format", "hybrid", "--theme", "ai",
                       home=home)
    assert added.returncode == 0, added.stderr
    for university, status, number in (("CUHK", "onsite", "1155012345"),
                                       ("HKUST", "no-show", "20719300")):
        attended = careerdesk("--db", empty, "events", "attend", "--event", "AIA-2026",
                              "--university", university, "--as", status, number, home=home)
        assert attended.returncode == 0, attended.stderr
    listed = careerdesk("--db", empty, "events", "list", "--json", home=home)
    assert json.loads(listed.stdout) == [{
        "code": "AIA-2026", "name": '"AI in Action" Career Day 2026', "name_zh": "人工智能招聘日",
        "date": "2026-03-07", "time": "10:00", "format": "hybrid", "theme": "ai",
        "venue": "Hong Kong Science Park", "programme": None, "registered": 2, "attended": 1}]


def test_nominating_by_hand_needs_a_reason_for_a_student_who_fails_the_rules(
        empty: str, home: Path) -> None:
    for number, resident in (("1155000001", "yes"), ("1155000002", "no")):
        assert careerdesk("--db", empty, "students", "add", "--university", "CUHK",
                          "--student-no", number, "--hk-resident", resident,
                          home=home).returncode == 0
    from careerdesk.core.db.database import Database
    from careerdesk.core.services.programmes import (
        CohortSpec,
        RuleSpec,
        create_programme,
        save_cohort,
    )

    database = Database.open(empty)
    create_programme(database, "PC", "PROcruit C", "talent_programme")
    save_cohort(database, "PC", CohortSpec("PC-2026", "PROcruit C 2026", 2026,
                                           tracks=[("TECH", "Technology for Good", 75)],
                                           rules=[RuleSpec("hk_resident")]))
    database.close()
    refused = careerdesk("--db", empty, "nominations", "add", "--cohort", "PC-2026", "--track",
                         "TECH", "--university", "CUHK", "1155000001", "1155000002", home=home)
    assert "1155000002 fails the cohort's rules: The student is not a Hong Kong resident." in \
        assert_plain_failure(refused)
    done = careerdesk("--db", empty, "nominations", "add", "--cohort", "PC-2026", "--track",
                      "TECH", "--override", "Residency confirmed by the Dean", "--university",
                      "CUHK", "1155000001", "1155000002", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2 students nominated to PC-2026."
    listed = json.loads(careerdesk("--db", empty, "nominations", "list", "--json",
                                   home=home).stdout)
    assert {(n["student_no"], n["status"], n["track"], n["rank"]) for n in listed} == {
        ("1155000001", "nominated", "TECH", 1), ("1155000002", "nominated", "TECH", 2)}


def test_help_names_the_new_commands(home: Path) -> None:
    for group, actions in (("students", ("add", "edit", "delete")),
                           ("nominations", ("add",)), ("events", ("add", "list", "attend"))):
        shown = careerdesk(group, "--help", home=home)
        assert shown.returncode == 0
        for action in actions:
            assert action in shown.stdout


def test_departments_listed_added_moved_and_removed(empty: str, home: Path) -> None:
    listed = careerdesk("--db", empty, "departments", "list", "--university", "polyu", "--json",
                        home=home)
    assert listed.returncode == 0, listed.stderr
    rows = {row["department"]: row["faculty"] for row in json.loads(listed.stdout)}
    assert rows["Department of Computing"] == "Faculty of Computer and Mathematical Sciences"
    moved = careerdesk("--db", empty, "departments", "add", "--university", "PolyU",
                       "--faculty", "Faculty of Engineering", "Dept. of Computing", home=home)
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == "Dept. of Computing (PolyU) is in the Faculty of Engineering."
    before = _dump(empty)
    refused = careerdesk("--db", empty, "departments", "remove", "--university", "PolyU",
                         "Department of Basket Weaving", home=home)
    assert assert_plain_failure(refused) == (
        "careerdesk: PolyU has no department 'Department of Basket Weaving'.")
    assert _dump(empty) == before
    removed = careerdesk("--db", empty, "departments", "remove", "--university", "PolyU",
                         "computing", home=home)
    assert removed.returncode == 0, removed.stderr
    listed = careerdesk("--db", empty, "departments", "list", "--university", "PolyU",
                        home=home)
    assert "Computing" not in listed.stdout.replace("Computer", "")
