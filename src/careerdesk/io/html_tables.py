"""Reading the "Excel" files that web systems export as an HTML table.

Student systems, event platforms and older intranet pages offer "Export to Excel" and write
a web page named .xls: Excel opens it (after a warning) and shows a sheet, so that is what
a coordinator was sent. Each table becomes a sheet, read as Excel shows it: a cell spanning
several rows counts for each of them, one spanning several columns stands in the first,
a line break stays one, other spacing is one space, and a row the page hides
(``display:none``) is marked hidden. Python's own ``html.parser`` takes the page apart: it
runs nothing, fetches nothing, and expands nothing but character references.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from careerdesk.io.problems import CellBudget, CellsSpentError, UnreadableFileError, too_large
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW, RawSheet
from careerdesk.io.text_reader import MAX_TEXT_BYTES, decode
from careerdesk.messages import msg

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
#: Single-byte code pages a page may declare without meaning it (Python's names for them).
_WESTERN = {"cp1252", "iso8859-1", "latin-1", "ascii", "iso8859-15", "cp1250"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_MOST_SPAN = 1_000  # a span wider or longer than this is a mistake, not a layout
_MOST_COLUMNS = 16_384  # Excel's own width: no row is read wider


def read_html_tables(path: Path) -> list[RawSheet]:
    """Every table of the page that holds anything, in order: "Table 1", "Table 2"…, or the
    file's name when there is only one."""
    data = path.read_bytes()
    if len(data) > MAX_TEXT_BYTES:
        raise too_large(path.name)
    text = _page_text(data, path.name)
    parser = _TableParser(CellBudget(len(text)))  # (a span makes many cells of one)
    try:
        parser.feed(text)
        parser.close()
    except CellsSpentError:
        raise CellBudget.refused(path.name) from None
    tables = [table for table in parser.tables if any(any(row) for row in table.rows)]
    if not tables:
        raise UnreadableFileError("not_a_spreadsheet", msg(
            "{file} is a web page with no table in it, not a spreadsheet.", file=path.name))
    if len(tables) == 1:
        return [tables[0].sheet(path.stem)]
    return [table.sheet(f"Table {number}") for number, table in enumerate(tables, start=1)]


def _page_text(data: bytes, name: str) -> str:
    """The page as text: by its byte-order mark, as UTF-8 when it is, else in the Chinese
    encoding it declares, else found out as for a CSV file. A declared Western code page
    is not trusted: web systems declare ISO-8859-1 by default, whatever they write."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, name)
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8")
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
            if encoding not in _WESTERN:
                return data.decode(encoding)
    return decode(data, name)


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    hidden: set[int] = field(default_factory=set)
    row: list[str] | None = None
    row_hidden: bool = False
    cell: list[str] | None = None
    cell_spans: tuple[int, int] = (1, 1)  # (columns, rows) of the open cell
    pending: dict[int, tuple[int, str]] = field(default_factory=dict)  # column → (rows, value)
    placed: list[tuple[str, int, int]] = field(default_factory=list)  # the open row's cells
    budget: CellBudget = field(default_factory=lambda: CellBudget(0))  # the page's, shared

    def sheet(self, name: str) -> RawSheet:
        width = max(map(len, self.rows), default=0)
        rows = [row + [""] * (width - len(row)) for row in self.rows]
        return RawSheet(name, rows, {(index, WHOLE_ROW): HIDDEN_ROW for index in self.hidden})

    def open_row(self, hidden: bool) -> None:
        self.close_row()
        self.row, self.row_hidden, self.placed = [], hidden, []

    def open_cell(self, columns: int, rows: int) -> None:
        self.close_cell()
        if self.row is None:
            self.open_row(hidden=False)  # a cell outside any row starts one
        self.cell, self.cell_spans = [], (columns, rows)

    def add_text(self, text: str) -> None:
        if self.cell is not None:
            self.cell.append(text)

    def close_cell(self) -> None:
        if self.cell is None:
            return
        lines = "".join(self.cell).split("\n")
        value = "\n".join(" ".join(line.split()) for line in lines).strip()
        self.placed.append((value, *self.cell_spans))
        self.cell = None

    def close_row(self) -> None:
        self.close_cell()
        if self.row is None:
            return
        row: list[str] = []
        cells = iter(self.placed)
        while len(row) < _MOST_COLUMNS:
            column = len(row)
            spanning = self.pending.get(column)
            if spanning is not None:  # a cell from a row above reaches down into this one
                left, value = spanning
                row.append(value)
                self.pending[column] = (left - 1, value)
                if left - 1 == 0:
                    del self.pending[column]
                continue
            placed = next(cells, None)
            if placed is None:
                if any(c >= column for c in self.pending):
                    row.append("")
                    continue
                break
            value, columns, rows = placed
            for offset in range(columns):
                row.append(value if offset == 0 else "")
                if rows > 1:
                    self.pending[column + offset] = (rows - 1, value if offset == 0 else "")
        if self.row_hidden:
            self.hidden.add(len(self.rows))
        self.rows.append(row)
        self.row = None
        self.budget.spend(len(row))


class _TableParser(HTMLParser):
    """The tables of a page, a nested table read as a table of its own."""

    def __init__(self, budget: CellBudget) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        self._open: list[_Table] = []
        self._budget = budget

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table":
            table = _Table(budget=self._budget)
            self.tables.append(table)
            self._open.append(table)
        elif not self._open:
            return
        elif tag == "tr":
            self._open[-1].open_row(bool(_HIDDEN_STYLE.search(found.get("style") or "")))
        elif tag in ("td", "th"):
            self._open[-1].open_cell(_span(found.get("colspan")), _span(found.get("rowspan")))
        elif tag == "br":
            self._open[-1].add_text("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self._open:
            return
        if tag == "table":
            self._open.pop().close_row()
        elif tag == "tr":
            self._open[-1].close_row()
        elif tag in ("td", "th"):
            self._open[-1].close_cell()
        elif tag in ("p", "div", "li"):
            self._open[-1].add_text("\n")

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1].add_text(data)

    def close(self) -> None:
        super().close()
        while self._open:
            self._open.pop().close_row()


def _span(written: str | None) -> int:
    try:
        return min(max(int(written or 1), 1), _MOST_SPAN)
    except ValueError:
        return 1
