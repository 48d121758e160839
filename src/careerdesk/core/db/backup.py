"""Backups of the embedded database through SQLite's online backup API.

The online backup copies a consistent snapshot page by page while the app keeps
running, so a backup taken during work is never half-written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from careerdesk.core.db.engine import SQLITE_MAGIC
from careerdesk.core.errors import DatabaseError


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the live database behind ``engine`` to ``target`` (replaced if it exists)."""
    target = target.expanduser().resolve()
    if not target.parent.is_dir():
        raise DatabaseError(
            f"The folder {target.parent} does not exist, so the backup cannot be written there.",
            code="backup_no_folder",
        )
    partial = target.with_name(target.name + ".partial")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"The backup to {target} failed: {exc}.", code="backup_failed") from exc
    finally:
        raw.close()
    partial.replace(target)
    return target


def restore_sqlite(source: Path, engine: Engine) -> None:
    """Replace the live database behind ``engine`` with the backup at ``source``."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise DatabaseError(f"There is no backup file at {source}.", code="restore_missing")
    with source.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseError(
                f"{source} is not a CareerDesk backup (it is not a SQLite file).",
                code="restore_not_sqlite",
            )
    engine.dispose()  # no pooled connection keeps reading the old pages
    backup_source = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    raw = engine.raw_connection()
    try:
        backup_source.backup(raw.driver_connection)
    except sqlite3.Error as exc:
        raise DatabaseError(
            f"The restore from {source} failed: {exc}.", code="restore_failed"
        ) from exc
    finally:
        raw.close()
        backup_source.close()
        engine.dispose()
