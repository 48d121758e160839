"""Reading "XML Spreadsheet 2003" files, which older reporting tools still write as .xls.

One XML document holds every worksheet (``<Worksheet ss:Name>`` → ``<Table>`` → ``<Row>`` →
``<Cell>`` → ``<Data ss:Type>``). It is read as Excel shows it: numbers, dates and
booleans by their type; a cell merged down its column counts for each row it spans;
a hidden sheet or row is hidden; a formula gives its saved result, and one without a
result, or an error value (``#N/A``), is marked as in an .xlsx file. The file is walked
through defusedxml (it is untrusted: no DTD, no entities), a row at a time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from careerdesk.io.problems import CellBudget, CellsSpentError, UnreadableFileError, too_large
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW, Cell, RawSheet, SheetInfo
from careerdesk.io.text_reader import MAX_TEXT_BYTES
from careerdesk.messages import msg

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_X = "{urn:schemas-microsoft-com:office:excel}"
_MOST_COLUMNS = 16_384  # Excel's own limit: an index beyond it is a damaged file
_MOST_ROWS = 1_048_576


def read_spreadsheet_xml(path: Path) -> list[tuple[SheetInfo, RawSheet]]:
    """Every worksheet of the file, in order, with whether it is hidden."""
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise too_large(path.name)
    try:
        with path.open("rb") as stream:
            # (merges and skipped rows make many cells of one)
            sheets = _walk(stream, CellBudget(path.stat().st_size))
    except CellsSpentError:
        raise CellBudget.refused(path.name) from None
    except (ParseError, DefusedXmlException, ValueError) as exc:  # a DTD, entities, damage
        raise UnreadableFileError("file_unreadable", msg(
            "{file} cannot be read as a spreadsheet; it may be damaged ({reason}).",
            file=path.name, reason=type(exc).__name__)) from exc
    if not sheets:
        raise UnreadableFileError("not_a_spreadsheet", msg(
            "{file} is an XML file with no worksheet in it, not a spreadsheet.",
            file=path.name))
    return [(SheetInfo(sheet.name, sheet.hidden), sheet.raw()) for sheet in sheets]


class _Sheet:
    def __init__(self, name: str, budget: CellBudget) -> None:
        self.name = name
        self.budget = budget  # the file's, shared by its sheets
        self.hidden = False
        self.rows: list[list[Cell]] = []
        self.problems: dict[tuple[int, int], str] = {}
        self.merged_down: dict[int, tuple[int, Cell]] = {}  # column → (rows left, value)

    def raw(self) -> RawSheet:
        width = max(map(len, self.rows), default=0)
        rows = [row + [""] * (width - len(row)) for row in self.rows]
        return RawSheet(self.name, rows, self.problems)

    def add_row(self, element: Element) -> None:
        wanted = _index(element, _MOST_ROWS)
        while wanted is not None and len(self.rows) < wanted - 1:
            self._place([])  # rows the file skips are empty (a merge may still reach them)
        number = len(self.rows)
        if element.get(f"{_SS}Hidden") in ("1", "true"):
            self.problems[(number, WHOLE_ROW)] = HIDDEN_ROW
        cells: list[tuple[int, Cell, int, int]] = []  # (column, value, across, down)
        column = 0
        for cell in element.iter(f"{_SS}Cell"):
            column = (_index(cell, _MOST_COLUMNS) or column + 1) - 1
            value = self._value(cell, number, column)
            across = _count(cell.get(f"{_SS}MergeAcross"))
            cells.append((column, value, across, _count(cell.get(f"{_SS}MergeDown"))))
            column += across + 1
        self._place(cells)

    def _place(self, cells: list[tuple[int, Cell, int, int]]) -> None:
        row: list[Cell] = []
        for column, (left, value) in list(self.merged_down.items()):
            _put(row, column, value)
            if left <= 1:
                del self.merged_down[column]
            else:
                self.merged_down[column] = (left - 1, value)
        for column, value, across, down in cells:
            _put(row, column, value)
            for offset in range(1, across + 1):
                _put(row, column + offset, "")
            if down:
                self.merged_down[column] = (down, value)
        self.rows.append(row)
        self.budget.spend(max(len(row), 1))

    def _value(self, cell: Element, row: int, column: int) -> Cell:
        data = cell.find(f"{_SS}Data")
        if data is None:
            if cell.get(f"{_SS}Formula"):
                self.problems[(row, column)] = "formula_no_value"
            return ""
        kind, text = data.get(f"{_SS}Type", "String"), "".join(data.itertext())
        if kind == "Error":
            self.problems[(row, column)] = "error_value:" + (text.strip() or "#?")
            return ""
        return _typed(kind, text)


def _walk(stream: IO[bytes], budget: CellBudget) -> list[_Sheet]:
    sheets: list[_Sheet] = []
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == f"{_SS}Worksheet":
                sheets.append(_Sheet(element.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}",
                                     budget))
            continue
        if tag == f"{_SS}Row" and sheets:
            sheets[-1].add_row(element)
            element.clear()  # a row at a time: memory stays that of the values
        elif tag == f"{_X}Visible" and sheets:
            sheets[-1].hidden = (element.text or "").strip() in ("SheetHidden",
                                                                  "SheetVeryHidden")
    return sheets


def _typed(kind: str, text: str) -> Cell:
    if kind == "Number":
        number = float(text)
        return int(number) if number.is_integer() and abs(number) < 2 ** 53 else number
    if kind == "DateTime":
        moment = dt.datetime.fromisoformat(text.strip())
        return moment.date() if moment.time() == dt.time() else moment
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    return text


def _index(element: Element, most: int) -> int | None:
    written = element.get(f"{_SS}Index")
    if written is None:
        return None
    index = int(written)
    if not 1 <= index <= most:
        raise ValueError(f"index {index}")
    return index


def _count(written: str | None) -> int:
    count = int(written or 0)
    if not 0 <= count < _MOST_COLUMNS:
        raise ValueError(f"merge of {count}")
    return count


def _put(row: list[Any], column: int, value: Cell) -> None:
    if len(row) <= column:
        row.extend([""] * (column + 1 - len(row)))
    row[column] = value
