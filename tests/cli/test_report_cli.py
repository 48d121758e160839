"""Every report through the real command line: a PDF with metadata and bookmarks, pages
that are not blank; unknown cohorts and filters exit 2 with one sentence."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_plain_failure, careerdesk

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"),
                                reason="poppler-utils (pdfinfo) is not installed")

REPORTS = [
    ("placement", ["--cohort", "TF-2025"], "Placement report"),
    ("placement", ["--programme", "PROCRUITC", "--university", "CUHK"], "Placement report"),
    ("nominations", ["--cohort", "TF-2026", "--university", "CUHK"],
     "Nominations for endorsement"),
    ("letters", ["--cohort", "TF-2025"], "Placement letters"),
    ("attendance", ["--event", "AIA-2025"], "Event attendance"),
]


@pytest.mark.parametrize("kind, options, title", REPORTS)
def test_each_report(db: str, home: Path, tmp_path: Path, kind: str, options: list[str],
                     title: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    result = careerdesk("--db", db, "report", kind, *options, "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert title in fields["Title"] and fields["Author"].strip() == "Career Centre"
    assert fields["Subject"].strip() and fields["Page size"].strip().startswith("595")
    pages = int(fields["Pages"])
    assert f"({pages} pages)" in result.stdout or f"({pages} page)" in result.stdout
    if kind != "letters":
        assert b"/Outlines" in out.read_bytes()  # bookmarks for the sections
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    from PIL import Image

    assert Image.open(next(tmp_path.glob("page*.png"))).convert("L").getextrema()[0] < 100


@pytest.mark.parametrize("kind, options, words", [
    ("placement", ["--cohort", "NOPE-1"], "no cohort"),
    ("placement", ["--cohort", "TF-2025", "--university", "MIT"], "no university"),
    ("placement", ["--cohort", "TF-2025", "--faculty", "Enginering"],
     "the closest are"),
    ("nominations", ["--cohort", "TF-2026", "--university", "CUHK", "--faculty", "Magic"],
     "faculty"),
    ("letters", ["--cohort", "NOPE-1"], "no cohort"),
    ("attendance", ["--event", "NOPE"], "no event"),
])
def test_unknown_filters_exit_2(db: str, home: Path, tmp_path: Path, kind: str,
                                options: list[str], words: str) -> None:
    out = tmp_path / "x.pdf"
    message = assert_plain_failure(careerdesk("--db", db, "report", kind, *options, "-o",
                                              str(out), home=home))
    assert words in message and not out.exists()


def test_a_faculty_asked_for_in_short_is_the_one_stored(db: str, home: Path,
                                                        tmp_path: Path) -> None:
    """`--faculty science` finds "Faculty of Science" (as the importer and the eligibility
    rules read faculties), and the list for the Dean names it as stored."""
    import json
    import re

    listed = json.loads(careerdesk("--db", db, "nominations", "list", "--cohort",
                                   "PROCRUITC-2025", "--json", home=home).stdout)
    university, stored = next((r["university"], r["faculty"]) for r in listed
                              if r.get("faculty", "").startswith(("Faculty of", "School of")))
    short = re.sub(r"^(?:Faculty|School) of ", "", stored).lower()
    out = tmp_path / "list.pdf"
    result = careerdesk("--db", db, "report", "nominations", "--cohort", "PROCRUITC-2025",
                        "--university", university, "--faculty", short, "-o", str(out),
                        home=home)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                          text=True).stdout
    assert f"{university}, {stored}" in text and f", {short}." not in text


def test_letters_in_chinese_one_per_student_and_drafts(db: str, home: Path,
                                                       tmp_path: Path) -> None:
    files, drafts = tmp_path / "files", tmp_path / "drafts"
    files.mkdir()
    drafts.mkdir()
    out = tmp_path / "letters.pdf"
    result = careerdesk("--db", db, "report", "letters", "--cohort", "TF-2025", "--language",
                        "zh_HK", "--status", "placed", "completed", "--one-file-per-student",
                        str(files), "--emails", str(drafts), "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "letters saved one per student" in result.stdout
    assert "nothing was sent" in result.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "同學" in text and "Page 1 of" not in text
    assert list(files.glob("*.pdf")) and list(drafts.glob("*.eml"))
    refused = careerdesk("--db", db, "report", "letters", "--cohort", "TF-2025", "--status",
                         "sleeping", "-o", str(out), home=home)
    assert "is not a nomination status" in assert_plain_failure(refused)
    missing = careerdesk("--db", db, "report", "letters", "--cohort", "TF-2025", "--emails",
                         str(tmp_path / "nowhere"), "-o", str(out), home=home)
    assert "does not exist" in assert_plain_failure(missing)


def test_outcomes_recorded_and_reported_in_both_languages(db: str, home: Path,
                                                          tmp_path: Path) -> None:
    import json

    students = json.loads(careerdesk("--db", db, "students", "list", "--json",
                                     home=home).stdout)
    graduates = [s for s in students if (s["graduation"] or "").startswith("2026")][:4]
    for student, outcome in zip(graduates, ("employed-full-time", "seeking", "further-study",
                                            "not-seeking"), strict=True):
        result = careerdesk("--db", db, "students", "outcome", "--university",
                            student["university"], student["student_no"], "--set", outcome,
                            "--on", "2026-11-30", "--source", "survey", home=home)
        assert result.returncode == 0, result.stderr
    out = tmp_path / "outcomes.pdf"
    result = careerdesk("--db", db, "report", "outcomes", "--graduating", "2026", "-o",
                        str(out), home=home)
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Graduate outcomes — class of 2026" in text and "Knowledge rate (NACE)" in text
    assert "Employment rate (Hong Kong)" in text
    chinese = tmp_path / "outcomes-zh.pdf"
    assert careerdesk("--db", db, "report", "outcomes", "--graduating", "2026", "--language",
                      "zh_HK", "-o", str(chinese), home=home).returncode == 0
    text = subprocess.run(["pdftotext", str(chinese), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "畢業生" in text and "Knowledge rate" not in text
    refused = careerdesk("--db", db, "students", "outcome", "--university", "CUHK",
                         graduates[0]["student_no"], "--set", "retired", home=home)
    assert "is not a graduate outcome" in assert_plain_failure(refused)
    refused = careerdesk("--db", db, "report", "outcomes", "--graduating", "2026",
                         "--faculty", "Enginering", "-o", str(out), home=home)
    assert "the closest are" in assert_plain_failure(refused)
