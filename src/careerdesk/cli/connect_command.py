"""`careerdesk connect URL`: this computer joins the office's PostgreSQL server. The
password is asked for (never typed on the command line, which every local user sees) and
kept in the operating system's keyring; the connection is tested, the schema made or
upgraded, and the address remembered for every later command and the window."""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from careerdesk.core.db.credentials import (
    forget_server,
    remember_password,
    save_server,
)
from careerdesk.core.errors import CareerDeskError, DatabaseError
from careerdesk.messages import msg


def connect(args: argparse.Namespace) -> int:
    if args.forget:
        forget_server()
        print("This computer is no longer connected to a server; CareerDesk uses its own "
              "database file again.")
        return 0
    if not args.url:
        raise DatabaseError(msg("Give the server's address, such as "
                                "postgresql+psycopg://careerdesk@db-server/careerdesk."),
                            code="connect_no_address")
    try:
        url = make_url(args.url.strip())
    except ArgumentError:
        raise DatabaseError(msg("'{text}' is not a database server's address.",
                                text=args.url), code="connect_bad_address") from None
    if url.get_backend_name() != "postgresql":
        raise DatabaseError(msg("CareerDesk shares a PostgreSQL server; '{text}' is not one.",
                                text=args.url), code="connect_not_postgresql")
    if url.password is not None:
        raise DatabaseError(msg(
            "Leave the password out of the address (others on this computer could see it); "
            "CareerDesk asks for it and keeps it in the keyring."), code="connect_password")
    password = _ask_password(url.username or "", url.host or "")
    from careerdesk.core.db.database import Database

    database = Database.open(  # the schema made or upgraded
        url.set(password=password or None).render_as_string(hide_password=False))
    try:
        with database.engine.connect() as connection:
            encrypted = connection.execute(text(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
            revision = connection.execute(text(
                "SELECT version_num FROM alembic_version")).scalar()
    finally:
        database.close()
    kept = remember_password(url, password) if password else None
    save_server(url)
    print(f"Connected to {url.render_as_string(hide_password=True)} (schema {revision}). "
          "Every command and the window now use this server.")
    if kept:
        print(f"The password is kept in this computer's keyring ({kept}).")
    if not encrypted:
        print(f"The connection to {url.host or 'the server'} is not encrypted: students' data "
              "crosses the network readable. Ask IT to turn on SSL on the server; CareerDesk "
              "asks for it (sslmode=require) on any server that is not this computer.")
    return 0


def _ask_password(user: str, host: str) -> str:
    """The password, asked at the terminal (not shown), or read from the input when it is
    not a terminal (a script piping it in)."""
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {user} on {host} (empty if none): ")
    return sys.stdin.readline().rstrip("\n")


def run(args: argparse.Namespace) -> int:
    """``connect``, its refusals in one sentence (exit 2)."""
    try:
        return connect(args)
    except CareerDeskError as exc:
        sys.stderr.write(f"careerdesk: {exc.message}\n")
        return 2
