"""Student records are personal data: every file CareerDesk makes (the database and its
journal files, backups, safety copies, the log, reports, exports) is readable by its user
alone, in a folder that is theirs alone (POSIX permissions)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.cli.test_cli import careerdesk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_and_folders_are_their_users_alone(tmp_path: Path) -> None:
    home = tmp_path / "new home"  # made by CareerDesk
    db = home / "careerdesk.sqlite3"
    assert careerdesk("demo", "--students", "20", home=home).returncode == 0  # (the default)
    out = tmp_path / "out"
    out.mkdir()
    for command in (["export", "students", str(out / "students.xlsx")],
                    ["backup", str(out / "backup.sqlite3")],
                    ["report", "placement", "--cohort", "TF-2025", "-o",
                     str(out / "report.pdf")],
                    ["restore", str(out / "backup.sqlite3")],
                    ["students", "list", "--search", "no such student"]):
        result = careerdesk(*command, home=home)
        assert result.returncode == 0, (command, result.stderr)
    assert _mode(home) == 0o700
    made = [db, *out.iterdir(), *(home / "backups").iterdir()]
    made += [p for p in home.iterdir() if p.is_file()]
    assert any(p.name.startswith("careerdesk-before-restore") for p in made)
    for path in made:
        assert _mode(path) & 0o077 == 0, (path.name, oct(_mode(path)))


def test_a_data_folder_that_cannot_be_made_is_one_sentence(tmp_path: Path) -> None:
    from tests.cli.test_cli import assert_plain_failure

    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    result = careerdesk("students", "list", home=blocked / "careerdesk")
    assert "cannot make its data folder" in assert_plain_failure(result)
