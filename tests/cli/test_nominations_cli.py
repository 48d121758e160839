"""`careerdesk nominations list | check | move` through the real entry point."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import assert_plain_failure, careerdesk

STATUSES = {"draft", "nominated", "submitted", "shortlisted", "interviewed", "offered",
            "accepted", "placed", "completed", "ineligible", "withdrawn", "not_selected",
            "declined"}




def test_list_json_has_the_documented_keys(db: str, home: Path) -> None:
    result = careerdesk("--db", db, "nominations", "list", "--json", home=home)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    with sqlite3.connect(db) as connection:
        assert len(rows) == connection.execute("SELECT count(*) FROM nomination").fetchone()[0]
    for row in rows:
        assert {"university", "student_no", "cohort", "track", "status", "rank"} <= set(row)
        assert row["status"] in STATUSES
    assert {r["status"] for r in rows} == STATUSES  # the demo has every status
    one = json.loads(careerdesk("--db", db, "nominations", "list", "--cohort", "TF-2026",
                                "--json", home=home).stdout)
    assert one and {r["cohort"] for r in one} == {"TF-2026"}


def test_check_json_gives_every_rule_with_a_reason(db: str, home: Path) -> None:
    result = careerdesk("--db", db, "nominations", "check", "--cohort", "PROCRUITC-2026",
                        "--json", home=home)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows
    kinds = {"award_levels", "graduation_between", "hk_resident", "unemployed",
             "max_full_time_months"}
    for row in rows:
        assert {r["rule"] for r in row["rules"]} == kinds
        assert all(r["result"] in ("pass", "fail", "unknown") and r["reason"]
                   for r in row["rules"])
    verdicts = {r["result"] for row in rows for r in row["rules"]}
    assert {"pass", "fail"} <= verdicts


def test_move_then_refuse_an_illegal_move(db: str, home: Path) -> None:
    rows = json.loads(careerdesk("--db", db, "nominations", "list", "--json", home=home).stdout)
    by_cohort: dict[str, list[str]] = {}
    for row in rows:
        if row["status"] == "shortlisted":
            by_cohort.setdefault(row["cohort"], []).append(row["student_no"])
    cohort, numbers = max(by_cohort.items(), key=lambda item: len(item[1]))
    numbers = numbers[:2]
    assert len(numbers) == 2
    moved = careerdesk("--db", db, "nominations", "move", "--cohort", cohort, "--to",
                       "interviewed", "--note", "Panel on 3 March", *numbers, home=home)
    assert moved.returncode == 0, moved.stderr
    assert f"2 nominations in {cohort} moved to interviewed" in moved.stdout
    refused = careerdesk("--db", db, "nominations", "move", "--cohort", cohort, "--to",
                         "completed", numbers[0], home=home)
    message = assert_plain_failure(refused)
    assert "interviewed" in message and "offered" in message
    with sqlite3.connect(db) as connection:
        notes = connection.execute(
            "SELECT note FROM status_change WHERE to_status = 'interviewed' AND note IS NOT NULL"
        ).fetchall()
    assert ("Panel on 3 March",) in notes


def test_unknown_cohort_exit_2(db: str, home: Path) -> None:
    assert "no cohort" in assert_plain_failure(
        careerdesk("--db", db, "nominations", "list", "--cohort", "NOPE", home=home))
