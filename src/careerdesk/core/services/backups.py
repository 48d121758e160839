"""Backing up and restoring the office's database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from careerdesk.core.db import migrate
from careerdesk.core.db.backup import (
    backup_sqlite,
    damage,
    prune_safety_copies,
    restore_sqlite,
)
from careerdesk.core.db.database import Database
from careerdesk.core.errors import DatabaseError, DatabaseTooNewError
from careerdesk.core.paths import backups_dir
from careerdesk.messages import msg


def _require_sqlite(database: Database, what: str) -> None:
    if not database.is_sqlite:
        raise DatabaseError(
            msg(
                "{what} works on the embedded SQLite database; for a PostgreSQL server, ask IT to "
                "use the server's own pg_dump and pg_restore.", what=what),
            code="backup_not_sqlite",
        )


def backup_database(database: Database, target: Path) -> Path:
    """A consistent copy of the database at ``target``, safe while the app is running."""
    _require_sqlite(database, "Backup")
    target = Path(target).expanduser()
    if target.exists() and target.is_dir():
        target = target / f"careerdesk-backup-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    if database.file_path and target.resolve() == database.file_path:
        raise DatabaseError(msg("A backup cannot be written over the database itself."),
                            code="backup_onto_itself")
    return backup_sqlite(database.engine, target)


def restore_database(database: Database, source: Path) -> Path:
    """Replace the database with a backup, after checking it and keeping a safety copy.

    Returns where the safety copy of the replaced database was written.
    """
    _require_sqlite(database, "Restore")
    source = Path(source).expanduser()
    if not source.is_file():  # (opening it would make an empty database there)
        raise DatabaseError(msg("There is no backup file at {source}.", source=source),
                            code="restore_missing")
    problem = damage(source)
    if problem:
        raise DatabaseError(msg("{source} cannot be restored: it is damaged ({problem}). "
                                "Choose another backup; they are kept in {folder}.",
                                source=source, problem=problem, folder=backups_dir()),
                            code="restore_damaged")
    try:
        candidate = Database.open(source, upgrade=False)
    except DatabaseError as exc:
        raise DatabaseError(msg(
            "{source} cannot be restored: {message}", source=source, message=exc.message),
            code="restore_unreadable") from exc
    try:
        revision = migrate.current_revision(candidate.engine)
    finally:
        candidate.close()
    if revision is None:
        raise DatabaseError(msg(
            "{source} is not a CareerDesk backup.", source=source), code="restore_not_careerdesk")
    if revision not in migrate.known_revisions():
        raise DatabaseTooNewError(
            msg(
                "{source} was made by a newer version of CareerDesk; install that version to "
                "restore it.", source=source),
        )
    safety = backups_dir() / f"careerdesk-before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    backup_sqlite(database.engine, safety)
    prune_safety_copies(backups_dir())
    restore_sqlite(source, database.engine)
    migrate.ensure_current_schema(database.engine)
    return safety


SCHEDULED = "scheduled"


def scheduled_backup(database: Database, every_days: int, keep: int = 10,
                     now: dt.datetime | None = None) -> Path | None:
    """The database copied into the backups folder when the newest scheduled copy is
    ``every_days`` old or more (0: never); the oldest beyond ``keep`` removed. None when no
    copy was due (or for a server: its backups are IT's)."""
    if every_days <= 0 or not database.is_sqlite or database.file_path is None:
        return None
    now = now or dt.datetime.now()
    folder = backups_dir()
    pattern = f"{database.file_path.stem}-{SCHEDULED}-*.sqlite3"
    copies = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    if copies and now - dt.datetime.fromtimestamp(copies[0].stat().st_mtime) < dt.timedelta(
            days=every_days):
        return None
    target = folder / f"{database.file_path.stem}-{SCHEDULED}-{now:%Y%m%d-%H%M%S}.sqlite3"
    backup_sqlite(database.engine, target)
    for old in sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime,
                      reverse=True)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return target
