"""Reading the tables of a Word document (.docx).

A short nominee list, the one the Dean signs, is often a table in a Word document, and a
faculty sends that. Each table becomes a sheet, read as Word shows it: a cell's
paragraphs are its lines, a cell spanning several columns stands in the first, one
merged down a column counts for each row it spans (as a merged cell does in a workbook),
and text deleted with Track Changes on is left out. The paragraphs just above a table
(its title, "CUHK Faculty of Engineering — nominations") come before its rows, as a
title above a sheet's headings. The document's XML is parsed through defusedxml (the
file is untrusted), a row at a time; the zip's sizes were checked before (``sniff``).
"""

from __future__ import annotations

import zipfile
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from careerdesk.io.problems import (
    CellBudget,
    CellsSpentError,
    UnreadableFileError,
    damaged,
    too_large,
)
from careerdesk.io.table import RawSheet
from careerdesk.messages import msg

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TABLE, _ROW, _CELL, _PARAGRAPH = f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}p"
_VALUE = f"{_W}val"
#: What each run element adds to a paragraph's text.
_TEXT, _TAB, _BREAKS = f"{_W}t", f"{_W}tab", (f"{_W}br", f"{_W}cr")
_HYPHENS = (f"{_W}noBreakHyphen", f"{_W}softHyphen")
_TITLE_PARAGRAPHS = 3  # the paragraphs kept above a table as its title
_MOST_SPAN = 64  # Word's own widest table
_MOST_DOCUMENT_BYTES = 200_000_000  # a nominee list's document is a few hundred kilobytes


def read_word_tables(path: Path) -> list[RawSheet]:
    """Every table of the document that holds anything, in order: "Table 1", "Table 2"…,
    or the file's name when there is only one."""
    try:
        with zipfile.ZipFile(path) as archive:
            member = archive.getinfo("word/document.xml")
            if member.file_size > _MOST_DOCUMENT_BYTES:
                raise too_large(path.name)
            with archive.open(member) as stream:
                tables = _tables(stream, CellBudget(member.file_size))
    except (KeyError, zipfile.BadZipFile, EOFError) as exc:
        raise damaged(path.name) from exc
    except (ParseError, DefusedXmlException) as exc:  # entities, a DTD, broken XML
        raise UnreadableFileError("file_unreadable", msg(
            "{file} cannot be read as a Word document; it may be damaged ({reason}).",
            file=path.name, reason=type(exc).__name__)) from exc
    except CellsSpentError:
        raise CellBudget.refused(path.name) from None
    tables = [table for table in tables if any(any(row) for row in table.rows)]
    if not tables:
        raise UnreadableFileError("not_a_spreadsheet", msg(
            "{file} is a Word document with no table in it; put the list in a table, or in "
            "Excel, and import it again.", file=path.name))
    if len(tables) == 1:
        return [tables[0].sheet(path.stem)]
    return [table.sheet(f"Table {number}") for number, table in enumerate(tables, start=1)]


@dataclass
class _Table:
    title: list[str]
    budget: CellBudget
    rows: list[list[str]] = field(default_factory=list)
    #: Each grid column's value in the row above, for a cell merged down into this one.
    above: dict[int, str] = field(default_factory=dict)

    def add_row(self, row: Element) -> None:
        cells: list[str] = [""] * _grid_before(row)
        for cell in _cells_of(row):
            properties = cell.find(f"{_W}tcPr")
            span = _grid_span(properties)
            merge = properties.find(f"{_W}vMerge") if properties is not None else None
            if merge is not None and merge.get(_VALUE, "continue") == "continue":
                value = self.above.get(len(cells), "")  # merged down from the row above
            else:
                value = _cell_text(cell)
            self.above[len(cells)] = value
            cells += [value, *[""] * (span - 1)]
        self.budget.spend(len(cells))
        self.rows.append(cells)

    def sheet(self, name: str) -> RawSheet:
        width = max(map(len, self.rows), default=0)
        rows = [[line] + [""] * (width - 1) for line in self.title] + [
            row + [""] * (width - len(row)) for row in self.rows]
        return RawSheet(name, rows)


def _tables(stream: IO[bytes], budget: CellBudget) -> list[_Table]:
    """The document's tables; a table inside a table's cell is read as that cell's text."""
    tables: list[_Table] = []
    above: deque[str] = deque(maxlen=_TITLE_PARAGRAPHS)  # the paragraphs since the last table
    depth = 0
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if tag == _TABLE:
            if event == "start":
                depth += 1
                if depth == 1:
                    tables.append(_Table([line for line in above if line], budget))
                    above.clear()
            else:
                depth -= 1
                if depth == 0:
                    element.clear()
        elif event == "end" and depth == 1 and tag == _ROW:
            tables[-1].add_row(element)
            element.clear()
        elif event == "end" and depth == 0 and tag == _PARAGRAPH:
            above.append(_paragraph_text(element))
            element.clear()
    return tables


def _cell_text(cell: Element) -> str:
    """A cell's paragraphs, a line each (a table inside it: its paragraphs too)."""
    lines = [_paragraph_text(paragraph) for paragraph in cell.iter(_PARAGRAPH)]
    return "\n".join(line for line in lines if line)


def _paragraph_text(paragraph: Element) -> str:
    """A paragraph's text as Word shows it: its runs' text, a tab as a space, a line
    break as a new line; deleted text (``w:delText``) is no text."""
    parts = []
    for element in paragraph.iter():
        if element.tag == _TEXT:
            parts.append(element.text or "")
        elif element.tag == _TAB:
            parts.append(" ")
        elif element.tag in _BREAKS:
            parts.append("\n")
        elif element.tag in _HYPHENS:
            parts.append("-" if element.tag.endswith("noBreakHyphen") else "")
    lines = "".join(parts).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


def _grid_span(properties: Element | None) -> int:
    span = properties.find(f"{_W}gridSpan") if properties is not None else None
    return _count(span.get(_VALUE) if span is not None else None)


def _cells_of(row: Element) -> list[Element]:
    """A row's own cells, also those inside a content control (a form's field)."""
    cells = []
    for child in row:
        if child.tag == _CELL:
            cells.append(child)
        elif child.tag == f"{_W}sdt":
            cells += child.findall(f"{_W}sdtContent/{_CELL}")
    return cells


def _grid_before(row: Element) -> int:
    """The grid columns a row leaves empty before its first cell."""
    found = row.find(f"{_W}trPr/{_W}gridBefore")
    return _count(found.get(_VALUE) if found is not None else None, empty=0)


def _count(written: str | None, empty: int = 1) -> int:
    if not written or not written.isdigit():
        return empty
    return min(max(int(written), empty), _MOST_SPAN)
