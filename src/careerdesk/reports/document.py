"""The frame every report shares: A4 (or Letter), the office's header, "Page X of Y" and
the time generated in the footer, PDF metadata, bookmarks, and tables that repeat their
header on each page and never cut a row in two."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from careerdesk.io import office_time
from careerdesk.messages import msg, speaker
from careerdesk.reports.fonts import LATIN, ReportFont, is_latin, split_runs
from careerdesk.reports.text import plain


def written_day(value: dt.date, language: str) -> str:
    """A date as ``language`` writes it in a report or a letter: 30/06/2026 in English,
    2026年6月30日 in Chinese."""
    if language == "zh_HK":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%d/%m/%Y")


@dataclass
class ReportSettings:
    font: ReportFont
    office: str = "Career Centre"
    logo: Path | None = None
    letter_paper: bool = False
    generated_at: dt.datetime = field(default_factory=office_time.now)  # Hong Kong time
    #: "en" or "zh_HK": every word the report prints is said in it (``say``)
    language: str = "en"
    #: called after each piece is laid out: long work hears a Cancel there (it raises)
    between: Callable[[], None] | None = None

    def say(self, text: str) -> str:
        """``text`` (a ``msg``) in the report's language."""
        return speaker(self.language)(text)

    def day(self, value: dt.date | None) -> str:
        """A date as the report's language writes it: 30/06/2026, or 2026年6月30日."""
        return "" if value is None else written_day(value, self.language)

    def moment(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        return f"{self.day(value)} {value:%H:%M}"


@dataclass
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


def styles(font: ReportFont) -> Styles:
    name = font.name
    return Styles(
        title=ParagraphStyle("title", fontName=name, fontSize=16, leading=20, spaceAfter=6),
        heading=ParagraphStyle("heading", fontName=name, fontSize=12, leading=15,
                               spaceBefore=10, spaceAfter=4),
        body=ParagraphStyle("body", fontName=name, fontSize=9.5, leading=12.5),
        small=ParagraphStyle("small", fontName=name, fontSize=8, leading=10,
                             textColor=colors.HexColor("#555555")),
        cell=ParagraphStyle("cell", fontName=name, fontSize=8.5, leading=10.5),
        cell_head=ParagraphStyle("cell_head", fontName=name, fontSize=8.5, leading=10.5,
                                 textColor=colors.white),
    )


class Heading(Paragraph):
    """A section heading that also becomes a bookmark in the PDF's outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0) -> None:
        super().__init__(plain(text), style)
        self.outline_text, self.outline_level = text, level


PADDING = 6  # points of a cell's left and right padding together
WRAP_UNSIZED = 40  # characters after which a value in a column of unknown width wraps


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], style: Styles,
          widths: Sequence[float] | None = None) -> LongTable:
    """User values wrapped inside their cells; the header row repeats on every page.

    A value that fits its column is drawn as plain text (never read as markup, and about
    ten times faster to lay out than a paragraph); only longer ones become wrapped
    paragraphs, with their text escaped.
    """
    size = style.cell.fontSize
    if widths:
        widths = fit_words(widths, headers, rows, size)
    data: list[list[Any]] = [[Paragraph(plain(h), style.cell_head) for h in headers]]
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            text = "" if value is None else str(value)
            room = widths[index] - PADDING if widths and index < len(widths) else None
            western = all(is_latin(char) for char in text)
            fits = western and (len(text) <= WRAP_UNSIZED if room is None
                                else stringWidth(text, LATIN, size) <= room)
            cells.append(text if fits and "\n" not in text else Paragraph(plain(text),
                                                                          style.cell))
        data.append(cells)
    result = LongTable(data, colWidths=widths, repeatRows=1, splitByRow=1)
    result.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), LATIN, size),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f5597")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f5fa")]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b4bfd0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING / 2),
    ]))
    return result


_WORD = re.compile(r"[^\s\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_SAMPLED_ROWS = 300  # the longest words of a long table are found among its first rows


def fit_words(widths: Sequence[float], headers: Sequence[str],
              rows: Sequence[Sequence[Any]], size: float) -> list[float]:
    """Column widths in which no Latin word has to be broken ("Rank", not "Ran / k";
    "Organisation", not "Organisatio / n"): a column too narrow for its longest word
    takes the room from the columns with the most to spare, the table's width kept.
    Chinese text may break between any two characters, so it asks for no room. A word
    longer than any room is left to wrap as a last resort."""
    needed = [0.0] * len(widths)
    for row in [headers, *rows[:_SAMPLED_ROWS]]:
        for index, value in enumerate(row[:len(widths)]):
            for word in _WORD.findall("" if value is None else str(value)):
                needed[index] = max(needed[index], stringWidth(word, LATIN, size) + PADDING + 1)
    fitted = list(widths)
    for index, want in enumerate(needed):
        short = want - fitted[index]
        while short > 0.5:
            spare = [(fitted[i] - needed[i], i) for i in range(len(fitted)) if i != index]
            room, donor = max(spare, default=(0.0, -1))
            if room <= 0.5:
                break  # nothing to spare: the word wraps
            given = min(short, room)
            fitted[donor] -= given
            fitted[index] += given
            short -= given
    return fitted


def long_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], style: Styles,
               widths: Sequence[float]) -> list[Flowable]:
    """A table of thousands of rows, laid out in time that grows only with its length."""
    from careerdesk.reports.rows_table import RowsTable

    return [RowsTable(headers, rows, widths, style.cell.fontName, style.cell.fontSize - 0.5)]


class _Document(BaseDocTemplate):
    between: Callable[[], None] | None = None

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if self.between is not None:
            self.between()
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=flowable.outline_level)


def build_pdf(path: Path, story: list[Flowable], settings: ReportSettings, *, title: str,
              subject: str, wide: bool = False) -> int:
    """Write the report to ``path``; returns its number of pages."""
    size = LETTER if settings.letter_paper else A4
    size = landscape(size) if wide else size
    margin = 15 * mm
    document = _Document(str(path), pagesize=size, leftMargin=margin, rightMargin=margin,
                         topMargin=margin + 12 * mm, bottomMargin=margin + 8 * mm,
                         title=title, author=settings.office, subject=subject,
                         creator="CareerDesk")
    frame = Frame(margin, margin + 8 * mm, size[0] - 2 * margin,
                  size[1] - 2 * margin - 20 * mm, id="body")
    document.addPageTemplates([PageTemplate("page", [frame],
                                            onPage=lambda c, d: _header(c, d, settings, title))])
    document.between = settings.between
    pages: list[int] = []
    document.build(story, canvasmaker=_numbered_canvas(settings, pages))
    return pages[0] if pages else 0


def draw_mixed(canvas: Canvas, x: float, y: float, text: str, chinese: str,
               size: float) -> None:
    """A line of text, Western runs in Helvetica and the rest in the Chinese font."""
    line = canvas.beginText(x, y)
    for font, piece in split_runs(text, chinese):
        line.setFont(font, size)
        line.textOut(piece)
    canvas.drawText(line)


def _header(canvas: Canvas, document: BaseDocTemplate, settings: ReportSettings,
            title: str) -> None:
    width, height = document.pagesize
    canvas.saveState()
    x = document.leftMargin
    if settings.logo and settings.logo.is_file():
        canvas.drawImage(str(settings.logo), x, height - 24 * mm, height=12 * mm, width=30 * mm,
                         preserveAspectRatio=True, mask="auto")
        x += 34 * mm
    draw_mixed(canvas, x, height - 16 * mm, settings.office, settings.font.name, 10)
    canvas.setFillColor(colors.HexColor("#555555"))
    draw_mixed(canvas, x, height - 20.5 * mm, title, settings.font.name, 8)
    canvas.setStrokeColor(colors.HexColor("#2f5597"))
    canvas.line(document.leftMargin, height - 23 * mm, width - document.rightMargin,
                height - 23 * mm)
    canvas.restoreState()


def _numbered_canvas(settings: ReportSettings, pages: list[int]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            pages.append(total)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setFont(LATIN, 8)
            self.setFillColor(colors.HexColor("#555555"))
            generated = settings.say(msg("Generated {when}",
                                         when=settings.moment(settings.generated_at)))
            page = settings.say(msg("Page {page} of {pages}", page=self._pageNumber,
                                    pages=total))
            draw_mixed(self, 15 * mm, 12 * mm, generated, settings.font.name, 8)
            width_of = sum(stringWidth(piece, font, 8)
                           for font, piece in split_runs(page, settings.font.name))
            draw_mixed(self, width - 15 * mm - width_of, 12 * mm, page, settings.font.name, 8)
            self.restoreState()

    return NumberedCanvas
