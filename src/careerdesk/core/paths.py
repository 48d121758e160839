"""Where CareerDesk keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from careerdesk import APP_NAME

DATABASE_FILE_NAME = "careerdesk.sqlite3"


def data_dir() -> Path:
    """The per-user application-data folder, or ``CAREERDESK_HOME`` when set (tests, IT)."""
    override = os.environ.get("CAREERDESK_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return data_dir() / "careerdesk.log"


def sqlite_file_of(path_or_url: str | Path | None) -> Path | None:
    """The SQLite file a ``--db`` value names (None: the default file), or None for a URL."""
    if path_or_url is None or str(path_or_url).strip() == "":
        return default_database_path()
    text = str(path_or_url).strip()
    return None if "://" in text else Path(text).expanduser()
