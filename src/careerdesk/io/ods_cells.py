"""What an OpenDocument spreadsheet (.ods) says of a sheet's cells that python-calamine
does not.

A list filtered in LibreOffice Calc, or with rows hidden, keeps those rows in the file
(``table:visibility="filter"`` or ``"collapse"``) and python-calamine reads them like
any other: an import would take the students the sender had filtered out (its hidden
columns are said too, a ``table:table-column`` at a time, and its cells struck through, as
a withdrawn nominee is crossed out). A student number 01234567 in a cell whose format
shows eight digits is kept as the number 1234567 (the text shown beside it). The sheet's
rows are walked through defusedxml (the file is untrusted), only when its content names a
visibility, such a format or a struck-through style at all, counting
the rows and cells a ``number-rows-repeated`` or ``number-columns-repeated`` stands for.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import mentions
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW, CellMarks, columns_between
from careerdesk.messages import msg

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_LAST_ROW = 1_048_576  # (a hostile count of repeated rows is not believed past a sheet's end)
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_HIDDEN = b'table:visibility="'
#: A number format showing two digits or more, leading zeros included.
_PADDED = tuple(b'number:min-integer-digits="%d"' % digits for digits in range(2, 31))
#: A cell style whose text is struck through (as a withdrawn nominee is crossed out).
_STRUCK = tuple(b'line-through-style="%s"' % kind for kind in (
    b"solid", b"dotted", b"dash", b"long-dash", b"dot-dash", b"dot-dot-dash", b"wave"))


def sheet_marks(path: Path, sheet: str) -> CellMarks:
    """``(row, WHOLE_ROW) → HIDDEN_ROW`` for each hidden row of ``sheet`` that holds a
    value (0-based, as python-calamine numbers them; empty hidden rows do not matter), its
    hidden columns and its number cells shown with leading zeros."""
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open("content.xml") as stream:
                if not mentions(stream, (_HIDDEN, *_PADDED, *_STRUCK)):
                    return CellMarks()
            with archive.open("content.xml") as stream:
                return _walk(stream, sheet)
    except (KeyError, zipfile.BadZipFile):
        return CellMarks()  # (python-calamine says what is wrong with the file)
    except (ParseError, DefusedXmlException) as exc:  # entities, a DTD, broken XML
        raise UnreadableFileError("file_unreadable", msg(
            "{file} cannot be read as a spreadsheet; it may be damaged ({reason}).",
            file=path.name, reason=type(exc).__name__)) from exc


def _walk(stream, sheet: str) -> CellMarks:  # noqa: ANN001
    marks = CellMarks()
    inside, row, column = False, 0, 0
    struck_styles: set[str] = set()  # (the automatic styles come before the tables)
    for event, element in iterparse(stream, events=("start", "end")):
        if event == "end" and element.tag == f"{_STYLE}style" and _struck_through(element):
            struck_styles.add(element.get(f"{_STYLE}name", ""))
            continue
        if element.tag == f"{_TABLE}table":
            if event == "start":
                inside, row, column = element.get(f"{_TABLE}name") == sheet, 0, 0
            elif inside:
                break
            continue
        if event == "end" and inside and element.tag == f"{_TABLE}table-column":
            repeated = _count(element.get(f"{_TABLE}number-columns-repeated"))
            if element.get(f"{_TABLE}visibility") in ("collapse", "filter"):
                marks.hidden_columns.update(columns_between(column, column + repeated - 1))
            column += repeated
            continue
        if event != "end" or not inside or element.tag != f"{_TABLE}table-row":
            continue
        repeated = _count(element.get(f"{_TABLE}number-rows-repeated"))
        if element.get(f"{_TABLE}visibility") in ("collapse", "filter") and _holds_a_value(
                element):
            marks.problems.update(((r, WHOLE_ROW), HIDDEN_ROW)
                                  for r in range(row, min(row + repeated, _LAST_ROW)))
        if repeated == 1:  # (a repeated row is an empty one, or the same again)
            marks.padded.update(_padded_cells(element, row))
            if struck_styles:
                marks.struck.update(_styled_cells(element, row, struck_styles))
        row += repeated
        element.clear()
    return marks


def _struck_through(style) -> bool:  # noqa: ANN001 (an Element)
    """Whether a cell style's text is struck through."""
    properties = style.find(f"{_STYLE}text-properties")
    return properties is not None and properties.get(
        f"{_STYLE}text-line-through-style", "none") != "none"


def _styled_cells(row, number: int, styles: set[str]):  # noqa: ANN001, ANN202
    """The positions of a row's cells in one of ``styles``."""
    column = 0
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        repeated = _count(cell.get(f"{_TABLE}number-columns-repeated"))
        if cell.get(f"{_TABLE}style-name") in styles:
            yield from ((number, c) for c in columns_between(column, column + repeated - 1))
        column += repeated


def _holds_a_value(row) -> bool:  # noqa: ANN001 (an Element)
    return any(cell.get(f"{_OFFICE}value-type") for cell in row)


def _padded_cells(row, number: int):  # noqa: ANN001, ANN202 (an Element; (position, digits))
    """The number cells of a row whose shown text is the number with leading zeros."""
    column = 0
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        if cell.get(f"{_OFFICE}value-type") == "float":
            shown = "".join(cell.findtext(f"{_TEXT}p") or "").strip()
            if len(shown) > 1 and shown.startswith("0") and shown.isdigit():
                yield (number, column), len(shown)
        column += _count(cell.get(f"{_TABLE}number-columns-repeated"))


def _count(repeated: str | None) -> int:
    """A ``number-…-repeated`` attribute: 1 when absent or not a plain count."""
    return int(repeated) if repeated and repeated.isdigit() and len(repeated) < 10 else 1
