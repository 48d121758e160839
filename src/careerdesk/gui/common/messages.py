"""What the core says, in the window's language (see ``careerdesk.messages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk.messages import translated

#: The context lupdate gives ``msg("…")`` templates (they are written outside any class).
CONTEXT = ""


def localised(text: str) -> str:
    """``text`` (a core ``Message``, or plain text) as the window should show it."""
    return translated(text, lambda template: QCoreApplication.translate(CONTEXT, template))
