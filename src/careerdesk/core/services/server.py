"""Joining the office's PostgreSQL server (the command line's `connect`, and Settings →
Database): the address checked, the connection tested, the schema made or upgraded, the
password kept in the operating system's keyring and the address remembered."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from careerdesk.core.db.credentials import remember_password, save_server, saved_server
from careerdesk.core.errors import DatabaseError
from careerdesk.messages import msg


@dataclass(frozen=True)
class Joined:
    address: str  # without the password
    revision: str
    encrypted: bool
    keyring: str | None  # where the password is kept (None: none was given)


def server_address(written: str) -> URL:
    """The server's address as written, checked: a PostgreSQL server's, with no password."""
    if not (written or "").strip():
        raise DatabaseError(msg("Give the server's address, such as "
                                "postgresql+psycopg://careerdesk@db-server/careerdesk."),
                            code="connect_no_address")
    try:
        url = make_url(written.strip())
    except ArgumentError:
        raise DatabaseError(msg("'{text}' is not a database server's address.",
                                text=written), code="connect_bad_address") from None
    if url.get_backend_name() != "postgresql":
        raise DatabaseError(msg("CareerDesk shares a PostgreSQL server; '{text}' is not one.",
                                text=written), code="connect_not_postgresql")
    if url.password is not None:
        raise DatabaseError(msg(
            "Leave the password out of the address (others on this computer could see it); "
            "CareerDesk asks for it and keeps it in the keyring."), code="connect_password")
    return url


def join_server(url: URL, password: str) -> Joined:
    """Connect, make or upgrade the schema, keep the password and the address."""
    from careerdesk.core.db.database import Database

    database = Database.open(
        url.set(password=password or None).render_as_string(hide_password=False))
    try:
        with database.engine.connect() as connection:
            encrypted = bool(connection.execute(text(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())
            revision = str(connection.execute(text(
                "SELECT version_num FROM alembic_version")).scalar())
    finally:
        database.close()
    kept = remember_password(url, password) if password else None
    save_server(url)
    return Joined(url.render_as_string(hide_password=True), revision, encrypted, kept)


def current_server() -> str | None:
    """The server this computer was connected to, as its address reads (no password)."""
    url = saved_server()
    return url.render_as_string(hide_password=True) if url is not None else None
