"""Backups of the embedded database through SQLite's online backup API.

The online backup copies a consistent snapshot page by page while the app keeps
running, so a backup taken during work is never half-written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import cast

from sqlalchemy import Engine

from careerdesk.core.db.engine import SQLITE_MAGIC
from careerdesk.core.errors import DatabaseError
from careerdesk.messages import msg


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Copy the live database behind ``engine`` to ``target`` (replaced if it exists)."""
    target = target.expanduser().resolve()
    if not target.parent.is_dir():
        raise DatabaseError(
            msg(
                "The folder {parent} does not exist, so the backup cannot be written there.",
                parent=target.parent),
            code="backup_no_folder",
        )
    partial = target.with_name(target.name + ".partial")
    raw = engine.raw_connection()
    try:
        source = cast(sqlite3.Connection, raw.driver_connection)
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(msg(
            "The backup to {target} failed: {reason}.",
            target=target, reason=exc), code="backup_failed") from exc
    finally:
        raw.close()
    problem = damage(partial)  # a backup is kept only once it is known to be whole
    if problem:
        partial.unlink(missing_ok=True)
        raise DatabaseError(msg("The backup to {target} failed: the copy is damaged "
                                "({problem}).", target=target, problem=problem),
                            code="backup_damaged")
    partial.replace(target)
    return target


def damage(path: Path) -> str | None:
    """What SQLite finds wrong with a database file (``PRAGMA integrity_check``), or None
    when it is whole. Reads only."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    return None if found == ["ok"] else "; ".join(found[:3])[:300]


def restore_sqlite(source: Path, engine: Engine) -> None:
    """Replace the live database behind ``engine`` with the backup at ``source``."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise DatabaseError(msg(
            "There is no backup file at {source}.", source=source), code="restore_missing")
    with source.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseError(
                msg(
                    "{source} is not a CareerDesk backup (it is not a SQLite file).",
                    source=source),
                code="restore_not_sqlite",
            )
    engine.dispose()  # no pooled connection keeps reading the old pages
    backup_source = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    raw = engine.raw_connection()
    try:
        backup_source.backup(cast(sqlite3.Connection, raw.driver_connection))
    except sqlite3.Error as exc:
        raise DatabaseError(
            msg(
                "The restore from {source} failed: {reason}.",
                source=source, reason=exc), code="restore_failed"
        ) from exc
    finally:
        raw.close()
        backup_source.close()
        engine.dispose()


#: How many of the copies CareerDesk makes by itself (before an upgrade, before a restore)
#: are kept; the oldest beyond them go. Copies made with Back up are the user's: never.
SAFETY_COPIES_KEPT = 10
STALE_PARTIAL = dt.timedelta(hours=1)


def prune_safety_copies(folder: Path, keep: int = SAFETY_COPIES_KEPT) -> list[Path]:
    """Remove the oldest automatic copies beyond ``keep``, and any half-written copy left
    by a crash (``*.partial``, an hour old); returns what was removed."""
    removed: list[Path] = []
    automatic = sorted((p for p in folder.glob("*-before-*.sqlite3") if p.is_file()),
                       key=lambda p: p.stat().st_mtime, reverse=True)
    now = dt.datetime.now().timestamp()
    stale = [p for p in folder.glob("*.partial")
             if now - p.stat().st_mtime > STALE_PARTIAL.total_seconds()]
    for path in [*automatic[keep:], *stale]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass  # (in use, or not ours to remove: left)
    return removed
