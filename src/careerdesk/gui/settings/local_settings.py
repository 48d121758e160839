"""This computer's settings (settings.ini in the data folder), light enough for start-up.

The Settings dialog edits them; the window reads the user's name before it first paints,
so this module loads no dialog or widget.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from careerdesk.core.paths import data_dir

USER_KEY = "user_name"
LANGUAGE_KEY = "language"  # "en", "zh_HK", or empty: the computer's
BACKUP_EVERY_KEY = "backups/every_days"  # a copy of the database this often (0: never)
BACKUP_KEEP_KEY = "backups/keep"  # …and this many of those copies kept


def settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def apply_saved_user() -> None:
    """The name set in Settings is the one the history records (unless IT set one)."""
    name = str(settings().value(USER_KEY, "") or "").strip()
    if name and not os.environ.get("CAREERDESK_USER"):
        os.environ["CAREERDESK_USER"] = name


def saved_language() -> str:
    """The language chosen in Settings ("en", "zh_HK"), else "" (the computer's)."""
    return str(settings().value(LANGUAGE_KEY, "") or "").strip()


def backup_schedule() -> tuple[int, int]:
    """(every how many days a copy of the database is kept, how many are kept): daily and
    ten unless chosen otherwise in Settings."""
    def number(key: str, default: int) -> int:
        try:
            return max(int(settings().value(key, default)), 0)
        except (TypeError, ValueError):
            return default

    return number(BACKUP_EVERY_KEY, 1), max(number(BACKUP_KEEP_KEY, 10), 1)
