"""User text in reportlab paragraphs: always shown exactly as typed, never as markup."""

from __future__ import annotations

from xml.sax.saxutils import escape

from careerdesk.reports.fonts import LATIN, split_runs


def plain(text: object) -> str:
    """``text`` made safe for a reportlab Paragraph: ``<b>``, ``&`` or ``<img src=…>`` in a
    name print as those characters; only CareerDesk's own templates carry markup.

    Western runs are set in Helvetica and the rest in the paragraph's own (Chinese) font.
    """
    if text is None:
        return ""
    parts = []
    for line in str(text).split("\n"):
        pieces = []
        for font, piece in split_runs(line, ""):
            pieces.append(f'<font face="{LATIN}">{escape(piece)}</font>' if font == LATIN
                          else escape(piece))
        parts.append("".join(pieces))
    return "<br/>".join(parts)
