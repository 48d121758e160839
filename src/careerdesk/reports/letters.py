"""Placement letters, one page per student, on the office's letterhead.

A letter is sent, not filed: it carries the office's logo, name and address at the top
and nothing of a report (no report title, no "Generated …", no "Page 3 of 46").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer

from careerdesk.reports.document import ReportSettings, draw_mixed, styles
from careerdesk.reports.fonts import split_runs
from careerdesk.reports.text import plain

LETTERHEAD = 32 * mm  # the letterhead's height above the letter's text


def render_letters(letters: list[str], path: Path, settings: ReportSettings, *,
                   title: str, address: str = "", empty: str = "") -> int:
    """``letters`` are finished texts; blank lines separate paragraphs, and every
    character prints as written (a template or a name can hold no markup). Returns the
    number of pages; ``empty`` is printed when there is no letter."""
    s = styles(settings.font)
    body = s.body.clone("letter", fontSize=10.5, leading=15, spaceAfter=6)
    story: list = []
    for number, letter in enumerate(letters):
        if number:
            story.append(PageBreak())
        for block in letter.strip("\n").split("\n\n"):
            if block.strip():
                story.append(Paragraph(plain(block.strip("\n")), body))
            else:  # room to sign (the blank lines under "Yours sincerely,")
                story.append(Spacer(1, 14))
    if not letters:
        story.append(Paragraph(plain(empty), body))
    size = LETTER if settings.letter_paper else A4
    margin = 20 * mm
    document = _Letters(str(path), pagesize=size, leftMargin=margin,
                               rightMargin=margin, topMargin=margin + LETTERHEAD,
                               bottomMargin=margin, title=title, author=settings.office,
                               subject=title, creator="CareerDesk")
    frame = Frame(margin, margin, size[0] - 2 * margin, size[1] - 2 * margin - LETTERHEAD,
                  id="letter")
    document.addPageTemplates([PageTemplate("letter", [frame], onPage=lambda canvas, doc:
                                            _letterhead(canvas, doc, settings, address))])
    document.between = settings.between
    pages: list[int] = []

    class Counting(Canvas):
        def save(self) -> None:
            pages.append(self.getPageNumber() - 1)
            super().save()

    document.build(story, canvasmaker=Counting)
    return pages[0] if pages else 0


class _Letters(BaseDocTemplate):
    between: Callable[[], None] | None = None

    def afterFlowable(self, flowable) -> None:  # noqa: ANN001, N802 (reportlab's name)
        if self.between is not None:
            self.between()  # a Cancel is heard here


def _letterhead(canvas: Canvas, document: BaseDocTemplate, settings: ReportSettings,
                address: str) -> None:
    width, height = document.pagesize
    left, top = document.leftMargin, height - 16 * mm
    canvas.saveState()
    if settings.logo and settings.logo.is_file():
        canvas.drawImage(str(settings.logo), left, top - 14 * mm, height=16 * mm,
                         width=40 * mm, preserveAspectRatio=True, anchor="sw", mask="auto")
    right = width - document.rightMargin
    canvas.setFillColor(colors.HexColor("#1f3864"))
    _right_aligned(canvas, right, top, settings.office, settings.font.name, 12)
    canvas.setFillColor(colors.HexColor("#444444"))
    for number, line in enumerate(filter(None, (x.strip() for x in address.splitlines()))):
        _right_aligned(canvas, right, top - (5 + 4.2 * number) * mm, line,
                       settings.font.name, 8.5)
    canvas.setStrokeColor(colors.HexColor("#2f5597"))
    canvas.setLineWidth(0.6)
    line_at = height - 16 * mm - LETTERHEAD + 12 * mm
    canvas.line(left, line_at, right, line_at)
    canvas.restoreState()


def _right_aligned(canvas: Canvas, right: float, y: float, text: str, chinese: str,
                   size: float) -> None:
    width = sum(stringWidth(piece, font, size) for font, piece in split_runs(text, chinese))
    draw_mixed(canvas, right - width, y, text, chinese, size)
