"""What the core says, in the window's language (see ``careerdesk.messages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk.messages import translated

#: The context lupdate gives ``msg("…")`` templates (they are written outside any class).
CONTEXT = ""


def localised(text: str) -> str:
    """``text`` (a core ``Message``, or plain text) as the window should show it."""
    return translated(text, lambda template: QCoreApplication.translate(CONTEXT, template))


def filled(text: str, *values: object) -> str:
    """A translated sentence with its ``%1``, ``%2`` … filled in, in that order:
    ``filled(self.tr("Delete %1?"), name)``. (Qt's own ``arg`` is not in PySide.)"""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
