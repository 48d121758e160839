"""`careerdesk connect URL`: this computer joins the office's PostgreSQL server. The
password is asked for (never typed on the command line, which every local user sees) and
kept in the operating system's keyring; the connection is tested, the schema made or
upgraded, and the address remembered for every later command and the window."""

from __future__ import annotations

import argparse
import getpass
import sys

from careerdesk.core.db.credentials import forget_server
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.server import join_server, server_address


def connect(args: argparse.Namespace) -> int:
    if args.forget:
        forget_server()
        print("This computer is no longer connected to a server; CareerDesk uses its own "
              "database file again.")
        return 0
    url = server_address(args.url or "")
    joined = join_server(url, _ask_password(url.username or "", url.host or ""))
    print(f"Connected to {joined.address} (schema {joined.revision}). Every command and the "
          "window now use this server.")
    if joined.keyring:
        print(f"The password is kept in this computer's keyring ({joined.keyring}).")
    if not joined.encrypted:
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
