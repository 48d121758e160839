"""A stray value far beyond a list ("checked" typed in XFD1 beside 20,000 rows).

python-calamine holds a sheet as one rectangle from its first cell to its last, so one
cell in Excel's last column turns a 20,000-row list into 327 million cells: it asks for
10 GB and the process dies. Before such a sheet is read, its cells are looked through
here (plain byte work on the sheet's XML, no parser): when the rectangle is far larger
than a list, the run of rows and of columns holding most of the cells is the list, the
cells beyond a wide empty stretch are taken out of a copy of the workbook, and the
coordinator is told which ones. What stays is read as usual; a sheet still far too large
is refused in one sentence before any reader allocates it.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from careerdesk.io.package_parts import part_of_type
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.table import FarCell, column_index
from careerdesk.io.xlsx_cells import sheet_member
from careerdesk.messages import msg

#: Cells a sheet may span before its cells are looked through (a list of 100,000 rows by
#: 50 columns).
LARGE_AREA = 5_000_000
#: Cells a sheet may still span once its far cells are out: beyond, it is refused.
LARGEST_AREA = 40_000_000
#: Empty rows and columns that part a far cell from the list.
_ROW_GAP, _COLUMN_GAP = 10_000, 64

_HEAD = 1 << 16
#: A sheet's XML this large is taken at its word when it states its size (looking it
#: through would cost a fifth of a second); a smaller one, cheap to look through, is not.
_TRUSTED = 8 << 20
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*\bref="([A-Z]{1,3})(\d{1,7})'
                        rb'(?::([A-Z]{1,3})(\d{1,7}))?"[^>]*/>')
_CELL_COLUMN = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})\d')
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d{1,7})"')
_THREE_LETTERS, _TWO_LETTERS = re.compile(rb'r="[A-Z]{3}[0-9]'), re.compile(rb'r="[A-Z]{2}[0-9]')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)<")
_INLINE = re.compile(rb"<(?:\w+:)?t\b[^>]*>([^<]*)<")
_SHARED = re.compile(rb'\bt="s"')
_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si\b.*?</(?:\w+:)?si>", re.DOTALL)
_TAG = re.compile(rb"<[^>]+>")


@dataclass
class Trimmed:
    """A workbook with a sheet's far cells taken out, and those cells."""

    content: bytes
    far: list[FarCell]


def trim_far_cells(path: Path, sheet: str) -> Trimmed | None:
    """The workbook at ``path`` with the cells far beyond the list on ``sheet`` taken out;
    None when the sheet spans no more than a list does (the usual case: a large sheet says
    so in its first bytes, a small one is looked through fast). UnreadableFileError when,
    even without them, the sheet spans far more cells than any list."""
    with zipfile.ZipFile(path) as archive:
        member = sheet_member(archive, sheet)
        if member is None:
            return None
        with archive.open(member) as stream:
            head = stream.read(_HEAD)
        dimension = _DIMENSION.search(head)
        if dimension is not None and _area(dimension) <= LARGE_AREA and (
                archive.getinfo(member).file_size > _TRUSTED):
            return None
        xml = archive.read(member)
        if _bound(xml) <= LARGE_AREA:
            return None
        columns = Counter(column_index(letters.decode()) for letters in _CELL_COLUMN.findall(xml))
        rows = {int(number) - 1 for number in _ROW_NUMBER.findall(xml)}
        if not columns or not rows:
            return None
        area = (max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1)
        if area <= LARGE_AREA:
            return None
        kept_rows = _main_run(dict.fromkeys(rows, 1), _ROW_GAP)
        kept_columns = _main_run(columns, _COLUMN_GAP)
        kept_area = (kept_rows[1] - kept_rows[0] + 1) * (kept_columns[1] - kept_columns[0] + 1)
        if kept_area > LARGEST_AREA:
            raise UnreadableFileError("sheet_too_large", msg(
                "The sheet '{sheet}' of {file} spans {cells:,} cells, far more than any list; "
                "delete the rows and columns beyond the list in Excel, save, and import "
                "again.", sheet=sheet, file=path.name, cells=kept_area))
        trimmed_xml, far = _take_out(xml, kept_rows, kept_columns)
        if not far:
            return None
        texts = _shared_texts(archive, far)
        content = _rewritten(archive, member, trimmed_xml)
    return Trimmed(content, [FarCell(row, column, texts.get((row, column), text))
                             for row, column, text in far])


def _bound(xml: bytes) -> int:
    """At least the cells the sheet spans, found fast: its first and last rows (rows come
    in order), and its columns as far as their letters tell (A-Z, to ZZ, to XFD)."""
    first = _ROW_NUMBER.search(xml[:_HEAD])
    last = _ROW_NUMBER.findall(xml[-_HEAD:])
    if first is None or not last:
        return LARGE_AREA + 1  # (rows not where they belong: looked through)
    columns = (16_384 if _THREE_LETTERS.search(xml) else 702 if _TWO_LETTERS.search(xml)
               else 26)
    return (int(last[-1]) - int(first.group(1)) + 1) * columns


def _area(dimension: re.Match[bytes]) -> int:
    first_column, first_row, last_column, last_row = dimension.groups()
    if last_column is None:
        return 1
    return ((int(last_row) - int(first_row) + 1)
            * (column_index(last_column.decode()) - column_index(first_column.decode()) + 1))


def _main_run(weights: dict[int, int], gap: int) -> tuple[int, int]:
    """The (first, last) of the positions, parted wherever more than ``gap`` in a row are
    empty, whose part holds the most cells: the list; a title far above it or a note far
    to its right is a part of its own."""
    runs: list[tuple[int, int, int]] = []
    start = previous = -1
    weight = 0
    for position in sorted(weights):
        if previous >= 0 and position - previous > gap:
            runs.append((start, previous, weight))
            start, weight = -1, 0
        if start < 0:
            start = position
        weight += weights[position]
        previous = position
    runs.append((start, previous, weight))
    first, last, _ = max(runs, key=lambda run: run[2])
    return first, last


#: A row element, or a cell element, with its reference.
_ROW_ELEMENT = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d{1,7})"[^>]*?(?:/>|>.*?</(?:\w+:)?row>)',
                          re.DOTALL)
_CELL_ELEMENT = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*?'
                           rb"(?:/>|>.*?</(?:\w+:)?c>)", re.DOTALL)


def _take_out(xml: bytes, rows: tuple[int, int], columns: tuple[int, int]
              ) -> tuple[bytes, list[tuple[int, int, str]]]:
    """The sheet's XML without the cells outside ``rows`` × ``columns`` (and without its
    ``<dimension>``, which would still say the old size), and those cells: (row, column,
    the text held, or "#n" for the n-th shared string)."""
    far: list[tuple[int, int, str]] = []

    def cell(match: re.Match[bytes]) -> bytes:
        row, column = int(match.group(2)) - 1, column_index(match.group(1).decode())
        if rows[0] <= row <= rows[1] and columns[0] <= column <= columns[1]:
            return match.group(0)
        far.append((row, column, _text(match.group(0))))
        return b""

    def row(match: re.Match[bytes]) -> bytes:
        number = int(match.group(1)) - 1
        if rows[0] <= number <= rows[1] and not _beyond_columns(match.group(0), columns):
            return match.group(0)
        return _CELL_ELEMENT.sub(cell, match.group(0))

    trimmed = _ROW_ELEMENT.sub(row, xml)
    return _DIMENSION.sub(b"", trimmed, count=1), far


def _beyond_columns(row: bytes, columns: tuple[int, int]) -> bool:
    return any(not columns[0] <= column_index(letters.decode()) <= columns[1]
               for letters in _CELL_COLUMN.findall(row))


def _text(cell: bytes) -> str:
    inline = _INLINE.search(cell)
    if inline is not None:
        return html.unescape(inline.group(1).decode("utf-8", "replace"))
    value = _VALUE.search(cell)
    if value is None:
        return ""
    text = value.group(1).decode("utf-8", "replace")
    return f"#{text}" if _SHARED.search(cell.split(b">", 1)[0]) else html.unescape(text)


def _shared_texts(archive: zipfile.ZipFile, far: list[tuple[int, int, str]]
                  ) -> dict[tuple[int, int], str]:
    """The far cells that hold shared strings, with their text."""
    wanted = {(row, column): int(text[1:]) for row, column, text in far
              if text.startswith("#") and text[1:].isdigit()}
    if not wanted:
        return {}
    try:
        member = part_of_type(archive, "xl/_rels/workbook.xml.rels", "sharedStrings")
        strings = archive.read(member) if member else b""
    except KeyError:
        return {}
    last = max(wanted.values())
    found: dict[int, str] = {}
    for index, item in enumerate(_SHARED_ITEM.finditer(strings)):
        if index > last:
            break
        if index in wanted.values():
            found[index] = html.unescape(_TAG.sub(b"", item.group(0)).decode("utf-8",
                                                                             "replace"))
    return {place: found.get(index, "") for place, index in wanted.items()}


def _rewritten(archive: zipfile.ZipFile, member: str, xml: bytes) -> bytes:
    """The whole workbook again, ``member`` replaced by ``xml``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy:
        for info in archive.infolist():
            copy.writestr(info.filename, xml if info.filename == member
                          else archive.read(info))
    return out.getvalue()
