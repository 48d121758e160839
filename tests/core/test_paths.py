"""Where CareerDesk keeps its files: each system's own per-user application-data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from careerdesk.core import paths


@pytest.mark.parametrize(("platform", "environment", "expected"), [
    ("win32", {"LOCALAPPDATA": r"D:\Profiles\amy\AppData\Local"},
     Path(r"D:\Profiles\amy\AppData\Local") / "CareerDesk"),
    ("win32", {}, Path("HOME") / "AppData" / "Local" / "CareerDesk"),
    ("darwin", {}, Path("HOME") / "Library" / "Application Support" / "CareerDesk"),
    ("linux", {"XDG_DATA_HOME": "/data/amy"}, Path("/data/amy/CareerDesk")),
    ("linux", {"XDG_DATA_HOME": " "}, Path("HOME") / ".local" / "share" / "CareerDesk"),
    ("linux", {}, Path("HOME") / ".local" / "share" / "CareerDesk"),
])
def test_each_system_keeps_the_data_where_it_keeps_applications_data(
        monkeypatch: pytest.MonkeyPatch, platform: str, environment: dict[str, str],
        expected: Path) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: cls("HOME")))
    for name in ("LOCALAPPDATA", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert paths.user_data_folder() == expected


def test_the_folder_is_the_one_platformdirs_gives_on_this_system(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The folders are platformdirs' (which CareerDesk used until its import cost start-up
    time): an office upgrading keeps its database where it was."""
    import platformdirs  # (a test dependency only)

    assert paths.user_data_folder() == Path(platformdirs.user_data_dir("CareerDesk",
                                                                       appauthor=False))


def test_careerdesk_home_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CAREERDESK_HOME", str(tmp_path / "office"))
    assert paths.data_dir() == tmp_path / "office" and (tmp_path / "office").is_dir()
