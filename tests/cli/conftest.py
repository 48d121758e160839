"""Fixtures for command-line tests: a private home folder and a copy of the demo database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def db(tmp_path: Path, demo_database_file: Path) -> str:
    """A copy of the demo database (it has the cohorts and events the samples refer to)."""
    copy = tmp_path / "office.sqlite3"
    shutil.copy(demo_database_file, copy)
    return str(copy)
