"""Turning what the user gave (``--db``) into a working SQLAlchemy engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from careerdesk.core.db.storage import network_filesystem, read_only
from careerdesk.core.errors import DatabaseError
from careerdesk.core.paths import sqlite_file_of
from careerdesk.messages import msg

SQLITE_MAGIC = b"SQLite format 3\x00"


def resolve_url(path_or_url: str | Path | None) -> URL:
    """A SQLAlchemy URL from a file path, a URL, or nothing (the office's server when this
    computer was connected to one, else the default database file)."""
    if path_or_url is None or not str(path_or_url).strip():
        from careerdesk.core.db.credentials import saved_server

        server = saved_server()
        if server is not None:
            return server
    sqlite_file = sqlite_file_of(path_or_url)
    if sqlite_file is not None:
        return _sqlite_url(sqlite_file)
    text = str(path_or_url).strip()
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseError(
            msg(
                "'{text}' is neither a database file nor a database address CareerDesk "
                "understands.", text=text),
            code="database_bad_url",
        ) from exc
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return _sqlite_url(Path(url.database))
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            msg(
                "CareerDesk works with SQLite files and PostgreSQL servers, not '{backend}'.",
                backend=url.get_backend_name()),
            code="database_unsupported",
        )
    return url


def _sqlite_url(path: Path) -> URL:
    path = path.expanduser().resolve()
    if not path.parent.is_dir():
        raise DatabaseError(
            msg(
                "The folder {parent} does not exist, so the database {name} cannot be opened "
                "there.", parent=path.parent, name=path.name),
            code="database_no_folder",
        )
    if path.is_dir():
        raise DatabaseError(msg(
            "{path} is a folder, not a database file.", path=path), code="database_is_folder")
    shared = network_filesystem(path.parent)
    if shared is not None:
        raise DatabaseError(msg(
            "{path} is on a network drive ({kind}); a SQLite database there is damaged when "
            "two computers use it, so CareerDesk does not open it. Keep the database on this "
            "computer, or share one PostgreSQL server between the office's computers (--db "
            "postgresql+psycopg://user@server/careerdesk).", path=path, kind=shared),
            code="database_on_network")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                raise DatabaseError(
                    msg(
                        "{path} is not a CareerDesk database (it is not a SQLite file).",
                        path=path),
                    code="database_not_sqlite",
                )
    return URL.create("sqlite+pysqlite", database=str(path))


def create_db_engine(url: URL) -> Engine:
    """An engine with the settings CareerDesk relies on for each backend."""
    try:
        if url.get_backend_name() == "sqlite":
            # (hide_parameters: an error never writes a student's name, email or mobile
            # into the log, only what went wrong)
            path = Path(url.database or "")
            if url.database and read_only(path):
                # Read-only media, or a file this user may not write: read, never change
                # (immutable: no journal is made beside it, which the folder may not allow).
                engine = create_engine(
                    "sqlite+pysqlite://", hide_parameters=True,
                    creator=lambda: sqlite3.connect(
                        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                        timeout=30, check_same_thread=False))
                event.listen(engine, "connect", _sqlite_read_only_on_connect)
                engine.info_read_only = True  # type: ignore[attr-defined]
                return engine
            engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_on_connect)
            return engine
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        from careerdesk.core.db.credentials import with_password

        return create_engine(with_password(url), pool_pre_ping=True, hide_parameters=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise DatabaseError(
            msg(
                "The PostgreSQL driver is not installed; install CareerDesk with its 'postgresql' "
                "extra to use a database server."),
            code="database_no_driver",
        ) from exc


def _sqlite_read_only_on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA cache_size = -65536")  # 64 MB: bulk imports keep indexes in memory
    cursor.close()
