"""Who is doing the work, for the status history and the audit log."""

from __future__ import annotations

import getpass
import os
from functools import cache


def current_user() -> str:
    """The user named by ``CAREERDESK_USER`` (settings), else the operating-system login."""
    named = os.environ.get("CAREERDESK_USER", "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some services and containers)
        return "unknown"


@cache
def current_machine() -> str:
    """This computer's network name, as the audit log records it."""
    import socket

    try:
        return socket.gethostname()[:100] or "unknown"
    except OSError:
        return "unknown"
