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
from reportlab.pdfbase import pdfmetrics
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
        known: dict[tuple[object, float], list[str]] = {}  # columns repeat their values
        for row in rows:
            cells = []
            for value, width in zip(row, self.widths, strict=True):
                key = (value, width)
                split = known.get(key)
                if split is None:
                    split = known[key] = self._split_cell(value, width)
                cells.append(split)
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
        """Write the part's PDF operators directly: reportlab's text object measures every
        string again to move its cursor, which a table whose cells are placed never needs."""
        canvas, m = self.canv, self.measured
        ops = _PdfOps.of(canvas, self.font, self.size)
        code = canvas._code
        code.append("q 0.25 w " + ops.colour(GRID, stroke=True))
        top = self.height
        bottom = self._draw_row(ops, code, m.headers, m.header_height, top, HEAD, colors.white)
        for index in range(self.start, self.stop):
            fill = STRIPE if (index - self.start) % 2 else colors.white
            bottom = self._draw_row(ops, code, m.lines[index], m.heights[index], bottom, fill,
                                    colors.black)
        x = 0.0
        lines = []
        for width in self.widths[:-1]:  # the column rules, once for the whole part
            x += width
            lines.append(f"{x:.2f} {bottom:.2f} m {x:.2f} {top:.2f} l")
        code.append(" ".join(lines) + " S Q")

    def _draw_row(self, ops: _PdfOps, code: list[str], cells: list[list[str]], height: float,
                  top: float, fill: colors.Color, ink: colors.Color) -> float:
        bottom = top - height
        code.append(f"{ops.colour(fill)} 0 {bottom:.2f} {self.width:.2f} {height:.2f} re B")
        text = [f"BT {ops.colour(ink)}"]
        x = PAD
        current = None
        for lines, width in zip(cells, self.widths, strict=True):
            baseline = top - PAD - self.size
            for line in lines:
                if line:
                    text.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm")
                    for font, show in ops.show(line):
                        if font != current:  # a font change only where the script changes
                            text.append(font)
                            current = font
                        text.append(show)
                baseline -= self.leading
            x += width
        text.append("ET")
        code.append(" ".join(text))
        return bottom


class _PdfOps:
    """PDF operators for one document, kept per string: a table repeats most of its values.

    Western runs are set in Helvetica (WinAnsi), the rest in the embedded Chinese font,
    through reportlab's own subsetting so the text layer keeps the real characters."""

    def __init__(self, canvas: object, chinese: str, size: float) -> None:
        self.doc = canvas._doc  # type: ignore[attr-defined]
        self.escape = canvas._escape  # type: ignore[attr-defined]
        self.chinese, self.size = chinese, size
        self._shown: dict[str, list[tuple[str, str]]] = {}
        self._colours: dict[tuple[object, bool], str] = {}

    @classmethod
    def of(cls, canvas: object, chinese: str, size: float) -> _PdfOps:
        key = f"_careerdesk_ops_{chinese}_{size}"
        found = getattr(canvas, key, None)
        if found is None or found.doc is not canvas._doc:  # type: ignore[attr-defined]
            found = cls(canvas, chinese, size)
            setattr(canvas, key, found)
        return found

    def colour(self, colour: colors.Color, stroke: bool = False) -> str:
        key = (colour, stroke)
        if key not in self._colours:
            red, green, blue = colour.rgb()
            self._colours[key] = f"{red:.3f} {green:.3f} {blue:.3f} {'RG' if stroke else 'rg'}"
        return self._colours[key]

    def show(self, line: str) -> list[tuple[str, str]]:
        """(font selection, show-text operator) pairs that draw ``line``."""
        shown = self._shown.get(line)
        if shown is None:
            shown = []
            for name, piece in split_runs(line, self.chinese):
                font = pdfmetrics.getFont(name)
                if font._dynamicFont:  # the embedded TrueType font, drawn through subsets
                    for subset, raw in font.splitString(piece, self.doc):
                        select = f"{font.getSubsetInternalName(subset, self.doc)} {self.size} Tf"
                        shown.append((select, f"({self.escape(raw)}) Tj"))
                else:
                    select = f"{self.doc.getInternalFontName(name)} {self.size} Tf"
                    for _, raw in pdfmetrics.unicode2T1(piece, [font, *font.substitutionFonts]):
                        shown.append((select, f"({self.escape(raw)}) Tj"))
            self._shown[line] = shown
        return shown
