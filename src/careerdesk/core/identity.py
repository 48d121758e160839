"""Who is doing the work, for the status history and the audit log."""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    """The user named by ``CAREERDESK_USER`` (settings), else the operating-system login."""
    named = os.environ.get("CAREERDESK_USER", "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some services and containers)
        return "unknown"
