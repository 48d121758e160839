"""User text in reportlab paragraphs: always shown exactly as typed, never as markup."""

from __future__ import annotations

from xml.sax.saxutils import escape


def plain(text: object) -> str:
    """``text`` made safe for a reportlab Paragraph: ``<b>``, ``&`` or ``<img src=…>`` in a
    name print as those characters; only CareerDesk's own templates carry markup."""
    if text is None:
        return ""
    return escape(str(text)).replace("\n", "<br/>")
