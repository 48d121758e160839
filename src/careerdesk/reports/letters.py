"""Report 3: placement letters, one page per student, merged from the office's template."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import PageBreak, Paragraph, Spacer

from careerdesk.reports.document import ReportSettings, build_pdf, styles
from careerdesk.reports.text import plain


def render_letters(letters: list[str], path: Path, settings: ReportSettings, *,
                   title: str) -> int:
    """``letters`` are finished texts; blank lines separate paragraphs, and every
    character prints as written (a template or a name can hold no markup)."""
    s = styles(settings.font)
    body = s.body.clone("letter", fontSize=10.5, leading=15, spaceAfter=6)
    story: list = []
    for number, letter in enumerate(letters):
        if number:
            story.append(PageBreak())
        for block in letter.strip("\n").split("\n\n"):
            if block.strip():
                story.append(Paragraph(plain(block.strip("\n")), body))
            else:
                story.append(Spacer(1, 6))
    if not letters:
        story.append(Paragraph(plain("This cohort has no placements to write to."), body))
    return build_pdf(path, story, settings, title=title, subject="Placement letters")
