"""Where CareerDesk keeps its files on this computer."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from careerdesk import APP_NAME

DATABASE_FILE_NAME = "careerdesk.sqlite3"


def data_dir() -> Path:
    """The per-user application-data folder, or ``CAREERDESK_HOME`` when set (tests, IT).
    Its own user's alone (0700 where permissions are POSIX): it holds students' data."""
    override = os.environ.get("CAREERDESK_HOME")
    path = Path(override) if override else user_data_folder()
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        from careerdesk.core.errors import CareerDeskError
        from careerdesk.messages import msg

        raise CareerDeskError(msg(
            "CareerDesk cannot make its data folder {folder} ({reason}); set CAREERDESK_HOME "
            "to a folder you can write to.", folder=str(path),
            reason=exc.strerror or str(exc)), code="data_folder_unusable") from exc
    _private_folder(path)
    return path


def keep_files_private() -> None:
    """From now on every file and folder this process makes (the database and its -wal,
    backups, safety copies, the log, reports, exports) is readable by its user alone:
    student records are personal data (PDPO), and an office PC can have other users."""
    if os.name == "posix":
        os.umask(0o077)


def _private_folder(path: Path) -> None:
    if os.name == "posix" and not os.environ.get("CAREERDESK_HOME"):
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o700)  # (a folder made by an earlier version)
        except OSError:
            pass  # (not ours to change: IT set it up)


def user_data_folder() -> Path:
    """Where each system keeps a user's application data, CareerDesk's folder in it:
    Windows' local application data (``%LOCALAPPDATA%``, which Windows sets at logon from
    its known folder), macOS's Application Support, elsewhere the XDG data home
    (``$XDG_DATA_HOME``, else ~/.local/share). The folders platformdirs gives; reading them
    here spares every start-up its import (~5 ms, a twentieth of a bare window's start)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "").strip() or str(
            Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME", "").strip() or str(
            Path.home() / ".local" / "share")
    return Path(os.path.expanduser(base)) / APP_NAME


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def log_path() -> Path:
    return data_dir() / "careerdesk.log"


def sqlite_file_of(path_or_url: str | Path | None) -> Path | None:
    """The SQLite file a ``--db`` value names (None: the default file), or None for a URL."""
    if path_or_url is None or str(path_or_url).strip() == "":
        return default_database_path()
    text = str(path_or_url).strip()
    return None if "://" in text else Path(text).expanduser()
