"""A fast table for thousands of rows: measured once, split in O(log n), drawn directly.

reportlab's Table re-measures its remaining rows at every page break and wraps each cell
as a paragraph; for a 10,000-row placement list that is most of the report's time. This
flowable measures every cell once (wrapping long values inside their column), keeps the
row heights as running sums, and at a page break takes a view of the rows that fit.
Rows are never cut across pages; the header row repeats at the top of every part. Values
are drawn as plain text: nothing in them is ever read as markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib import colors
from reportlab.platypus import Flowable

from careerdesk.reports.fonts import mixed_width, split_runs

PAD = 3.0  # points around the text of a cell
_TOKENS = re.compile(r"[\u2e80-\uffff\U00020000-\U0003ffff]|[^\s\u2e80-\uffff]+\s*|\s+")
HEAD = colors.HexColor("#2f5597")
STRIPE = colors.HexColor("#f2f5fa")
GRID = colors.HexColor("#b4bfd0")


@dataclass
class _Measured:
    """Shared by every part of one table."""

    headers: list[list[str]]
    header_height: float
    lines: list[list[list[str]]]
    heights: list[float]
    ends: list[float]  # running sums of heights


class RowsTable(Flowable):
    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[object]],
                 widths: Sequence[float], font: str, size: float = 8.0,
                 _measured: _Measured | None = None, _start: int = 0,
                 _stop: int | None = None) -> None:
        super().__init__()
        self.widths, self.font, self.size = list(widths), font, size
        self.leading = size * 1.25
        self.measured = _measured or self._measure(headers, rows)
        self.start = _start
        self.stop = len(self.measured.heights) if _stop is None else _stop

    def _split_cell(self, value: object, width: float) -> list[str]:
        text = "" if value is None else str(value)
        room = width - 2 * PAD
        if "\n" not in text and (len(text) * self.size <= room  # no glyph is wider than 1 em
                                  or mixed_width(text, self.font, self.size) <= room):
            return [text]  # the usual case: it fits on one line
        lines: list[str] = []
        for part in text.split("\n") or [""]:
            lines += self._wrap(part, room) or [""]
        return lines

    def _pieces(self, text: str, room: float) -> list[str]:
        """Words, Chinese characters and spaces; a word wider than the column is cut."""
        pieces = []
        for token in _TOKENS.findall(text):
            while len(token) > 1 and mixed_width(token, self.font, self.size) > room:
                cut = len(token) - 1
                while cut > 1 and mixed_width(token[:cut], self.font, self.size) > room:
                    cut -= 1
                pieces.append(token[:cut])
                token = token[cut:]
            pieces.append(token)
        return pieces

    def _wrap(self, text: str, room: float) -> list[str]:
        """Greedy lines: break at spaces, or between Chinese characters."""
        lines, line = [], ""
        for token in self._pieces(text, room):
            trial = line + token
            if line and mixed_width(trial.rstrip(), self.font, self.size) > room:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = trial
        if line.strip():
            lines.append(line.rstrip())
        return lines

    def _measure(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> _Measured:
        head = [self._split_cell(h, w) for h, w in zip(headers, self.widths, strict=True)]
        header_height = max(len(c) for c in head) * self.leading + 2 * PAD
        lines, heights = [], []
        for row in rows:
            cells = [self._split_cell(v, w) for v, w in zip(row, self.widths, strict=True)]
            lines.append(cells)
            heights.append(max(len(c) for c in cells) * self.leading + 2 * PAD)
        return _Measured(head, header_height, lines, heights, list(accumulate(heights)))

    def _height_of(self, start: int, stop: int) -> float:
        ends = self.measured.ends
        before = ends[start - 1] if start else 0.0
        return (ends[stop - 1] - before) if stop > start else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.measured.header_height + self._height_of(self.start, self.stop)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.measured.header_height
        ends = self.measured.ends
        before = ends[self.start - 1] if self.start else 0.0
        fit = bisect_right(ends, before + room, self.start, self.stop)
        if fit <= self.start:
            return []  # not even one row fits: the frame moves the table to the next page
        return [self._part(self.start, fit), self._part(fit, self.stop)]

    def _part(self, start: int, stop: int) -> RowsTable:
        return RowsTable([], [], self.widths, self.font, self.size, self.measured, start, stop)

    def draw(self) -> None:
        canvas, m = self.canv, self.measured
        y = self.height
        canvas.saveState()
        y = self._draw_row(canvas, m.headers, m.header_height, y, HEAD, colors.white)
        for index in range(self.start, self.stop):
            fill = STRIPE if (index - self.start) % 2 else colors.white
            y = self._draw_row(canvas, m.lines[index], m.heights[index], y, fill, colors.black)
        canvas.restoreState()

    def _draw_row(self, canvas, cells: list[list[str]], height: float, top: float,  # noqa: ANN001
                  fill, ink) -> float:  # noqa: ANN001 (reportlab colours)
        bottom = top - height
        canvas.setFillColor(fill)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        canvas.rect(0, bottom, self.width, height, stroke=1, fill=1)
        x = 0.0
        for width in self.widths[:-1]:
            x += width
            canvas.line(x, bottom, x, top)
        text = canvas.beginText()  # one text object for the whole row
        text.setFillColor(ink)
        current = None
        x = 0.0
        for lines, width in zip(cells, self.widths, strict=True):
            baseline = top - PAD - self.size
            for line in lines:
                if line:
                    text.setTextOrigin(x + PAD, baseline)
                    for font, piece in split_runs(line, self.font):
                        if font != current:  # a font change only where the script changes
                            text.setFont(font, self.size)
                            current = font
                        text.textOut(piece)
                baseline -= self.leading
            x += width
        canvas.drawText(text)
        return bottom
