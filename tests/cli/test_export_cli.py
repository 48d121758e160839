"""Exporting students: a workbook with safe cells that imports straight back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl

from tests.cli.test_cli import assert_plain_failure, careerdesk


def test_export_students_round_trips_through_import(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = str(tmp_path / "office.sqlite3")
    assert careerdesk("--db", db, "demo", "--students", "60", home=home).returncode == 0
    with sqlite3.connect(db) as connection:  # a name that would be a formula in Excel
        connection.execute("UPDATE student SET name_en = '=SUM(1,2)' "
                           "WHERE id = (SELECT min(id) FROM student)")
    out = tmp_path / "students.xlsx"
    with sqlite3.connect(db) as connection:
        (refused,) = connection.execute("SELECT count(*) FROM student WHERE "
                                        "consent_to_share IS NOT 1").fetchone()
    result = careerdesk("--db", db, "export", "students", str(out), home=home)
    assert refused and f"{60 - refused} students exported" in result.stdout
    assert f"{refused} students who have not consented" in result.stdout
    assert len(list(openpyxl.load_workbook(out).active.iter_rows())) == 60 - refused + 1
    result = careerdesk("--db", db, "export", "students", str(out),
                        "--include-without-consent", home=home)
    assert result.returncode == 0, result.stderr
    assert "60 students exported" in result.stdout
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 61 and rows[0][1] == "Student No."
    assert sheet.auto_filter.ref == "A1:M61" and sheet.freeze_panes == "A2"
    formula_like = [cell for cell in sheet["C"] if cell.value == "=SUM(1,2)"]
    assert len(formula_like) == 1 and formula_like[0].quotePrefix  # text, shown as typed
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    phones = [r[5] for r in rows[1:] if r[5]]
    assert phones and all(p.startswith("+852") for p in phones)  # no apostrophe shown

    fresh = str(tmp_path / "fresh.sqlite3")
    imported = careerdesk("--db", fresh, "import", str(out), "--json", home=home)
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert (report["created"], report["rejected"]) == (60, 0)
    before = json.loads(careerdesk("--db", db, "students", "list", "--json", home=home).stdout)
    after = json.loads(careerdesk("--db", fresh, "students", "list", "--json", home=home).stdout)
    keep = ("university", "student_no", "name_en", "name_zh", "email", "phone", "programme",
            "award_level", "graduation", "hk_resident")
    assert [{k: s[k] for k in keep} for s in after] == [{k: s[k] for k in keep} for s in before]


def test_export_to_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = careerdesk("--db", str(tmp_path / "x.sqlite3"), "export", "students",
                        "/no/such/folder/s.xlsx", home=home)
    assert "cannot be written" in assert_plain_failure(result)


def test_export_nominations_with_the_list_filters(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = str(tmp_path / "office.sqlite3")
    assert careerdesk("--db", db, "demo", "--students", "300", home=home).returncode == 0
    listed = json.loads(careerdesk("--db", db, "nominations", "list", "--json",
                                   home=home).stdout)
    wanted = [n for n in listed if n["cohort"] == "PROCRUITC-2026" and n["university"] == "CUHK"]
    assert wanted
    out = tmp_path / "nominations.xlsx"
    result = careerdesk("--db", db, "export", "nominations", str(out), "--cohort",
                        "procruitc-2026", "--university", "cuhk", home=home)
    assert result.returncode == 0, result.stderr
    assert f"{len(wanted)} nominations exported" in result.stdout
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Cohort", "University", "Student No.")
    assert sorted(r[2] for r in rows[1:]) == sorted(n["student_no"] for n in wanted)

    faculty = next(n["faculty"] for n in wanted if n["faculty"])
    typo = faculty[:-2]
    refused = careerdesk("--db", db, "export", "nominations", str(out), "--faculty", typo,
                         home=home)
    sentence = assert_plain_failure(refused)
    assert "the closest are" in sentence and faculty in sentence
    for option, value in (("--cohort", "NOPE-2026"), ("--status", "sleeping"),
                          ("--university", "UST-X")):
        assert_plain_failure(careerdesk("--db", db, "export", "nominations", str(out),
                                        option, value, home=home))


def test_export_placements_and_attendance(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = str(tmp_path / "office.sqlite3")
    assert careerdesk("--db", db, "demo", "--students", "300", home=home).returncode == 0
    with sqlite3.connect(db) as connection:
        placed = connection.execute(
            "SELECT count(*) FROM placement p JOIN nomination n ON p.nomination_id = n.id "
            "JOIN cohort c ON n.cohort_id = c.id WHERE c.code = 'PROCRUITC-2026'").fetchone()[0]
        event, registered = connection.execute(
            "SELECT e.code, count(*) FROM attendance a JOIN event e ON a.event_id = e.id "
            "GROUP BY e.code ORDER BY e.code LIMIT 1").fetchone()
    out = tmp_path / "placements.xlsx"
    result = careerdesk("--db", db, "export", "placements", str(out), "--cohort",
                        "procruitc-2026", "--include-without-consent", home=home)
    assert result.returncode == 0, result.stderr
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == placed + 1 and rows[0][5] == "Organisation"
    assert {r[0] for r in rows[1:]} == {"PROCRUITC-2026"}
    assert all(r[7] is None or r[7].year >= 2024 for r in rows[1:])  # real dates

    out = tmp_path / "attendance.xlsx"
    result = careerdesk("--db", db, "export", "attendance", str(out), "--event",
                        event.lower(), "--include-without-consent", home=home)
    assert result.returncode == 0, result.stderr
    assert f"{registered:,} registrations exported" in result.stdout
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == registered + 1 and {r[0] for r in rows[1:]} == {event}
    assert "%" not in event
    refused = careerdesk("--db", db, "export", "attendance", str(out), "--event", "%",
                         home=home)  # a code, never a pattern
    assert "There is no event '%'" in assert_plain_failure(refused)
