"""`careerdesk applications list|add|move|place`, `import --event` of an applications list,
`report event` (read back with pdftotext) and `export applications`, through the real
command line on a copy of the demo database."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import assert_plain_failure, careerdesk


def _student(db: str) -> tuple[str, str]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT u.code, s.student_no FROM student s JOIN university u ON u.id = "
            "s.university_id WHERE s.student_no NOT IN (SELECT student_no FROM student s2 "
            "JOIN application a ON a.student_id = s2.id) ORDER BY s.id LIMIT 1").fetchone()


def test_an_application_made_moved_and_placed_from_the_command_line(
        db: str, home: Path) -> None:
    university, number = _student(db)
    run = lambda *args: careerdesk("--db", db, *args, home=home)  # noqa: E731
    added = run("applications", "add", "--event", "aia-2025", "--university", university,
                "--company", "SenseTime", "--role", "Vision Engineer", "--channel", "online",
                "--date", "2025-03-08", number)
    assert added.returncode == 0, added.stderr
    for status in ("interviewed", "offered", "accepted"):
        moved = run("applications", "move", "--event", "AIA-2025", "--to", status,
                    "--note", "by phone", "--university", university, "--company",
                    "sensetime", number)
        assert moved.returncode == 0, moved.stderr
    placed = run("applications", "place", "--event", "AIA-2025", "--university", university,
                 "--company", "SenseTime", "--start", "2025-06-01", "--months", "6",
                 "--salary", "20000", number)
    assert placed.returncode == 0, placed.stderr
    listed = json.loads(run("applications", "list", "--event", "AIA-2025", "--company",
                            "SenseTime", "--json").stdout)
    mine = [a for a in listed if a["student_no"] == number]
    assert [(a["university"], a["company"], a["role"], a["channel"], a["status"],
             a["applied_on"], a["placed"]) for a in mine] == [
        (university, "SenseTime", "Vision Engineer", "online", "accepted", "2025-03-08", True)]
    assert {"event", "university", "student_no", "company", "role", "channel", "status",
            "applied_on"} <= set(listed[0])
    refused = run("applications", "move", "--event", "AIA-2025", "--to", "offered",
                  "--university", university, "--company", "SenseTime", number)
    assert "can only move to withdrawn" in assert_plain_failure(refused)
    assert "no application" in assert_plain_failure(run(
        "applications", "move", "--event", "AIA-2025", "--to", "offered", "--university",
        university, "--company", "TCL", number))
    assert "not an application status" in assert_plain_failure(run(
        "applications", "list", "--status", "hired"))
    letters = run("report", "letters", "--event", "AIA-2025", "-o", str(home / "letters.pdf"))
    assert letters.returncode == 0, letters.stderr
    text = subprocess.run(["pdftotext", str(home / "letters.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert number in text and "Vision Engineer" in text


def test_an_applications_list_imports_and_undoes(db: str, home: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Student No.", "University", "Name", "Company", "Position", "Status",
                  "Channel"])
    for company, position, status in (("SenseTime", "Research Intern", "Applied"),
                                      ("TCL", "IC Design Trainee", "Interviewed"),
                                      ("UMEC", "Test Engineer", "Offer accepted")):
        sheet.append(["1155799001", "CUHK", "CHAN Siu Ming", company, position, status,
                      "Talent Pool"])
    book.save(tmp_path / "talent-pool.xlsx")
    result = careerdesk("--db", db, "import", str(tmp_path / "talent-pool.xlsx"), "--event",
                        "MICRO-2026", "--json", home=home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["applications"] == {"created": 3, "updated": 0, "unchanged": 0}
    assert (report["created"], report["rejected"]) == (1, 0)
    undone = careerdesk("--db", db, "imports", "undo", str(report["batch"]), home=home)
    assert undone.returncode == 0 and "3 career-day applications" in undone.stdout
    listed = json.loads(careerdesk("--db", db, "applications", "list", "--event",
                                   "MICRO-2026", "--json", home=home).stdout)
    assert not [a for a in listed if a["student_no"] == "1155799001"]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
@pytest.mark.parametrize("language, words", [
    ("en", ("Career day outcome", "Headline figures", "Offers and their outcome")),
    ("zh_HK", ("招聘日成果", "主要數字", "取錄及其結果"))])
def test_the_event_report_reads_back_with_the_figures_sql_counts(
        db: str, home: Path, tmp_path: Path, language: str, words: tuple[str, ...]) -> None:
    out = tmp_path / "day.pdf"
    result = careerdesk("--db", db, "report", "event", "--event", "AIA-2025", "--language",
                        language, "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True).stdout
    assert all(word in text for word in words), text[:600]
    with sqlite3.connect(db) as connection:
        applications, accepted = connection.execute(
            "SELECT count(*), sum(a.status = 'accepted') FROM application a JOIN event e "
            "ON e.id = a.event_id WHERE e.code = 'AIA-2025'").fetchone()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    applications_line = "Applications" if language == "en" else "申請"
    assert f"{applications_line} {applications:,}" in lines
    assert any(line.endswith(f" {accepted:,}") and ("accepted" in line or "接受" in line)
               for line in lines)
    assert "no event" in assert_plain_failure(careerdesk(
        "--db", db, "report", "event", "--event", "NOPE", "-o", str(out), home=home))


def test_applications_export_to_excel(db: str, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "applications.xlsx"
    result = careerdesk("--db", db, "export", "applications", str(out), "--event", "AIA-2025",
                        "--include-without-consent", home=home)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("Event", "University", "Student No.", "English Name",
                           "Chinese Name", "Faculty", "Company", "Role")
    with sqlite3.connect(db) as connection:
        (count,) = connection.execute(
            "SELECT count(*) FROM application a JOIN event e ON e.id = a.event_id "
            "WHERE e.code = 'AIA-2025'").fetchone()
    assert len(rows) - 1 == count and f"{count:,} applications" in result.stdout


def test_the_organisers_list_of_roles_from_the_command_line(db: str, home: Path,
                                                            tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Company", "Role", "Field", "Openings", "Mode"])
    book.active.append(["Silicon Harbour Ltd", "Chip Verification Intern", "Verification", 2,
                        "Online"])
    book.save(tmp_path / "exhibitors.xlsx")
    asked = careerdesk("--db", db, "import", str(tmp_path / "exhibitors.xlsx"), home=home)
    assert "say which event" in assert_plain_failure(asked)
    result = careerdesk("--db", db, "import", str(tmp_path / "exhibitors.xlsx"), "--event",
                        "MICRO-2026", "--json", home=home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["roles"] == {"created": 1, "updated": 0, "unchanged": 0}
    with sqlite3.connect(db) as connection:
        assert connection.execute(
            "SELECT r.field, r.openings, r.mode FROM event_role r JOIN organisation o ON "
            "o.id = r.organisation_id WHERE o.name_en = 'Silicon Harbour Ltd'").fetchall() == [
            ("Verification", 2, "online")]


def test_privacy_requests_access_and_who_saw_what(db: str, home: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db) as connection:
        university, number = connection.execute(
            "SELECT u.code, s.student_no FROM student s JOIN university u ON "
            "u.id = s.university_id ORDER BY s.id LIMIT 1").fetchone()
    run = lambda *args: careerdesk("--db", db, *args, home=home)  # noqa: E731
    asked = run("privacy", "request", "--university", university, number, "--received",
                "2026-11-20")
    assert asked.returncode == 0 and "due by 2026-12-30" in asked.stdout
    [open_one] = json.loads(run("privacy", "requests", "--open", "--json").stdout)
    assert (open_one["student_no"], open_one["answered_on"]) == (number, None)
    answered = run("privacy", "access", "--university", university, number, "-o",
                   str(tmp_path))
    assert answered.returncode == 0, answered.stderr
    assert sorted(p.suffix for p in tmp_path.glob(f"{number}*")) == [".pdf", ".xlsx"]
    assert json.loads(run("privacy", "requests", "--open", "--json").stdout) == []
    log = json.loads(run("privacy", "log", "--university", university, number,
                         "--json").stdout)
    assert [entry["action"] for entry in log] == ["access_request"]
    assert "say the student's university" in assert_plain_failure(
        run("privacy", "log", number)).lower()


def test_retention_periods_set_and_students_past_them_purged(db: str, home: Path) -> None:
    run = lambda *args: careerdesk("--db", db, *args, home=home)  # noqa: E731
    refused = run("privacy", "purge", "--past-retention", "--dry-run")
    assert "No retention period is set" in assert_plain_failure(refused)
    assert "Say which students to purge" in assert_plain_failure(run("privacy", "purge"))
    assert run("privacy", "retention", "--years", "1").stdout.startswith(
        "The office keeps students' records for 1 year after they graduate.")
    assert run("privacy", "retention", "--programme", "TF", "--years", "8").returncode == 0
    assert json.loads(run("privacy", "retention", "--json").stdout) == {
        "years": 1, "programmes": {"TF": 8}}
    with sqlite3.connect(db) as connection:
        total = connection.execute("SELECT count(*) FROM student").fetchone()[0]
    preview = json.loads(run("privacy", "purge", "--past-retention", "--dry-run",
                             "--json").stdout)
    assert preview["dry_run"] and 0 < preview["students"] < total
    done = json.loads(run("privacy", "purge", "--past-retention", "--json").stdout)
    assert done["students"] == preview["students"]
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM student").fetchone()[0] == (
            total - done["students"])
    assert "between 1 and 100 years" in assert_plain_failure(
        run("privacy", "retention", "--years", "-3"))
