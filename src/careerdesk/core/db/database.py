"""One open database: its engine, a session factory, and its schema kept current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from careerdesk.core.db.audit import record_flush
from careerdesk.core.db.engine import create_db_engine, resolve_url
from careerdesk.core.db.journal import capture_commit, capture_flush, forget_rollback
from careerdesk.core.db.revision import SCHEMA_REVISION
from careerdesk.core.db.seed import ensure_universities
from careerdesk.core.errors import DatabaseError
from careerdesk.core.paths import backups_dir
from careerdesk.messages import msg


class AuditedSession(Session):
    """Sessions of CareerDesk: every flush of an audited model is written to the audit log,
    and, while work is recorded for undo, every row changed to the journal."""


event.listen(AuditedSession, "after_flush", record_flush)
event.listen(AuditedSession, "after_flush", capture_flush)
event.listen(AuditedSession, "after_commit", capture_commit)
event.listen(AuditedSession, "after_rollback", forget_rollback)


class Database:
    """The database CareerDesk works on, opened from a path, a URL or the default file."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        #: transactions committed by this process (what an interrupted command has saved)
        self.commits = 0
        self._sessions = sessionmaker(engine, class_=AuditedSession, expire_on_commit=False)

    @classmethod
    def open(cls, path_or_url: str | Path | None = None, *, upgrade: bool = True) -> Database:
        url = resolve_url(path_or_url)
        engine = create_db_engine(url)
        database = cls(url, engine)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            if database.read_only:
                if not _schema_is_current(engine):
                    raise DatabaseError(msg(
                        "{name} can only be read (it is on read-only media, or you may not "
                        "change it), and it was made by another version of CareerDesk; copy "
                        "it to a folder you can write to and open the copy.",
                        name=database.display_name), code="database_read_only_old")
                return database
            if upgrade and not _schema_is_current(engine):
                from careerdesk.core.db import migrate  # Alembic loads only when needed

                migrate.ensure_current_schema(engine, database.backup_before_upgrade)
            if upgrade:
                # On every open, not only after making the schema: a database whose first
                # start was cut short between the two (a crash, a kill) is completed now,
                # instead of lacking its universities for good.
                database._ensure_reference_data()
                database.commits = 0  # (counted from here: what the caller's work saved)
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            known = database.explained(exc)
            if known is not exc:
                raise known from exc
            raise DatabaseError(
                msg(
                    "CareerDesk could not open the database {name}: {reason}.",
                    name=database.display_name, reason=_first_line(exc)),
                code="database_unreachable",
            ) from exc
        except Exception:
            engine.dispose()
            raise
        return database

    def _ensure_reference_data(self) -> None:
        try:
            with self.transaction() as session:
                ensure_universities(session)
        except IntegrityError:
            pass  # another CareerDesk seeded them at the same moment: they are there

    @property
    def read_only(self) -> bool:
        """Opened for reading only (read-only media, or a file this user may not write)."""
        return bool(getattr(self.engine, "info_read_only", False))

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def file_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def display_name(self) -> str:
        """Where the data lives, without any password."""
        if self.file_path is not None:
            return str(self.file_path)
        return self.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all.

        On SQLite it takes the write lock as it begins (BEGIN IMMEDIATE; another writer
        waits its turn): what it reads before writing cannot change under it, and any
        table change rolls back with the rest. Python's sqlite3 would otherwise begin the
        transaction only at its first INSERT, UPDATE or DELETE.
        """
        try:
            with self._sessions() as session:
                session.begin()
                try:
                    if self.is_sqlite:
                        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                    yield session
                except BaseException:
                    session.rollback()
                    raise
                # An interrupt (Ctrl-C) waits until the commit is over and counted: a
                # person is then told the truth, that the changes were saved.
                with interrupts_held():
                    session.commit()
                    self.commits += 1
        except DBAPIError as exc:  # a cause people can act on, in their words
            known = self.explained(exc)
            if known is exc:
                raise
            raise known from exc

    def explained(self, exc: DBAPIError) -> Exception:
        """The sentence for a database failure with a known cause (another CareerDesk
        holding the database, a full disk, a damaged file), else the failure itself."""
        said = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
        if "readonly" in said or "read-only" in said or "read only" in said:
            return DatabaseError(msg(
                "The database {name} can only be read (it is on read-only media, or you may "
                "not change it), so nothing was changed.", name=self.display_name),
                code="database_read_only")
        if "locked" in said or "busy" in said:
            return DatabaseError(msg(
                "Another CareerDesk is saving to this database; try again in a moment. "
                "Nothing was changed."), code="database_busy")
        if "disk is full" in said or "no space left" in said:
            return DatabaseError(msg(
                "The disk holding the database is full, so nothing was saved; free some "
                "space and try again."), code="disk_full")
        if "malformed" in said or "not a database" in said:
            from careerdesk.core.paths import backups_dir

            return DatabaseError(msg(
                "The database file is damaged, so nothing was saved. Restore it from a "
                "backup (File → Restore from a backup…); backups are kept in {folder}.",
                folder=str(backups_dir())), code="database_damaged")
        return exc

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A session for reading that sees the database as it was at its first query, for
        as many queries as it makes: a report's headline figures, breakdowns and detail
        table all come from one moment, even while another window, process or office
        imports or moves nominations. Nothing is written through it.

        SQLite (in WAL mode) keeps a reader on one snapshot only inside a transaction,
        which Python's sqlite3 never begins for a SELECT: it is begun here. PostgreSQL's
        default, READ COMMITTED, shows each statement the latest commits: the session is
        REPEATABLE READ and READ ONLY instead.
        """
        with self._sessions() as session, session.begin():
            if self.is_sqlite:
                session.connection().exec_driver_sql("BEGIN")
            else:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ",
                                                      "postgresql_readonly": True})
            yield session

    def backup_before_upgrade(self, from_revision: str) -> Path | None:
        """Keep a copy of an older database before its schema is upgraded."""
        return self.safety_copy(f"upgrade-{from_revision}")

    def safety_copy(self, before: str) -> Path | None:
        """A copy of the SQLite database in the backups folder before work that changes much
        (an upgrade, a restore, an import), the oldest beyond the newest ten pruned; None
        for a server (its own backups are IT's) or a database that can only be read."""
        if not self.is_sqlite or self.file_path is None or self.read_only:
            return None
        from careerdesk.core.db.backup import backup_sqlite, prune_safety_copies

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = backups_dir() / f"{self.file_path.stem}-before-{before}-{stamp}.sqlite3"
        backup_sqlite(self.engine, target)
        prune_safety_copies(backups_dir())
        return target

    def close(self) -> None:
        self.engine.dispose()


def _schema_is_current(engine: Engine) -> bool:
    """Whether the database is at this version's schema, asked without loading Alembic."""
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, ProgrammingError):  # no such table: a new or foreign database
        return False
    return [row[0] for row in stored] == [SCHEMA_REVISION]


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C (SIGINT) held back on the main thread while the block runs, delivered after
    it (POSIX); elsewhere, and on other threads, nothing is held."""
    import signal
    import threading

    holding = (hasattr(signal, "pthread_sigmask")
               and threading.current_thread() is threading.main_thread())
    if holding:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        if holding:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0].rstrip(".") if text else "no answer"
