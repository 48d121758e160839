"""What an .xlsx/.xlsm sheet says of its cells beyond the values python-calamine gives.

python-calamine shows an error value or a formula without a saved result as an empty
cell, says nothing of hidden rows or columns or of struck-through text (how an office
crosses out a withdrawn nominee), and gives a number as a number whatever it is shown as:
a student number typed as 01234567 into a cell formatted "00000000" reads 1234567, and
would import as another student. The sheet's column list (before its rows)
says which columns are hidden. For sheets that hold formulas, errors or hidden rows at
all, or whose workbook has a zero-padded number format, the sheet's XML is scanned with
plain byte patterns (no XML parser; the file is untrusted), only the rows and cells
around what is looked for being read. Whether there is anything to look for is found by
reading the sheet a block at a time until something is met: a 100,000-row sheet is 75 MB
of XML.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from careerdesk.io.package_parts import part_of_type, related_part
from careerdesk.io.sniff import mentions
from careerdesk.io.table import (
    HIDDEN_ROW,
    WHOLE_ROW,
    CellMarks,
    column_index,
    columns_between,
    zero_padded_digits,
)

# Each element may carry a namespace prefix ("<x:c>", as the .NET Open XML SDK writes).
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\br="(\d{1,7})"')  # (Excel's rows end at 1,048,576)
#: What makes a sheet's XML worth scanning: a formula, an error value, a hidden row.
_MARKS = (b"<f", b't="e"', b'hidden="1"', b'hidden="true"')
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_STYLE = re.compile(rb'\bs="(\d{1,6})"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_ERROR = re.compile(rb't="e"')
_PREFIX = re.compile(rb"<(\w+):worksheet\b")
#: How much of a sheet's XML is read for its column list, which comes before its rows.
_HEAD = 1 << 16
_COLUMN = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_FIRST, _LAST = re.compile(rb'\bmin="(\d{1,5})"'), re.compile(rb'\bmax="(\d{1,5})"')
_HIDDEN = re.compile(rb'hidden="(?:1|true)"')  # (a plain start: found fast)
#: A number format that may pad with zeros, looked for before the styles are parsed.
_PADDED_FORMAT = re.compile(rb'formatCode="[^"]*00')
#: A struck-through font, looked for likewise ("<strike/>", not "<strike val="0"/>").
_STRIKE = re.compile(rb'<(?:\w+:)?strike\b(?![^>]*val="(?:0|false)")')


def sheet_marks(path: Path, name: str) -> CellMarks:
    """The formula cells without a saved result, the error cells, the hidden rows and
    columns and the zero-padded numbers of the sheet called ``name``."""
    with zipfile.ZipFile(path) as archive:
        member = sheet_member(archive, name)
        if member is None:
            return CellMarks()
        try:
            with archive.open(member) as stream:
                head = stream.read(_HEAD)
            marks = CellMarks(hidden_columns=_hidden_columns(head))
            padded, struck = _marked_styles(archive)
            worth = _worth_scanning(archive, member, head)
            if not (padded or struck or worth):
                return marks
            xml = archive.read(member)
        except KeyError:
            return CellMarks()
    if worth:
        prefix = _PREFIX.search(head)
        _scan_rows_and_formulas(xml, prefix.group(1) + b":" if prefix else b"", marks)
    if padded:
        _scan_padded(xml, padded, marks)
    if struck:
        marks.struck.update(position for position, _, _ in _cells(xml, _tags_around(
            xml, [_styles_named(struck)])))
    return marks


def _hidden_columns(head: bytes) -> set[int]:
    """The columns a sheet's column list (``<cols>``, before its rows) hides."""
    hidden: set[int] = set()
    for column in _COLUMN.finditer(head.split(b"<sheetData", 1)[0]):
        attributes = column.group(1)
        first, last = _FIRST.search(attributes), _LAST.search(attributes)
        if first and last and _HIDDEN.search(attributes):
            hidden.update(columns_between(int(first.group(1)) - 1, int(last.group(1)) - 1))
    return hidden


def _scan_rows_and_formulas(xml: bytes, prefix: bytes, marks: CellMarks) -> None:
    """Hidden rows, error cells and formulas without a saved result (``prefix``: the one
    the sheet's elements carry, b"x:", or b""). Only the rows and cells around a mark are
    looked at, each mark found by a plain byte search: a sheet with a formula in every row
    is scanned in the time it takes to find them, not to walk every cell."""
    for start in _tags_around(xml, [_HIDDEN]):  # hidden, or filtered out by an AutoFilter
        row = _ROW_TAG.match(xml, start)
        number = _ROW_NUMBER.search(row.group(0)) if row else None
        if number is not None:
            marks.problems[(int(number.group(1)) - 1, WHOLE_ROW)] = HIDDEN_ROW
    formula = re.compile(b"<" + re.escape(prefix) + rb"f[\s>/]")
    for position, attributes, body in _cells(xml, _tags_around(xml, [formula, _ERROR])):
        value = _VALUE.search(body)
        if b't="e"' in attributes:
            marks.problems[position] = "error_value:" + (
                value.group(1).decode() if value else "#?")
        elif value is None and _FORMULA.search(body):
            marks.problems[position] = "formula_no_value"


def _scan_padded(xml: bytes, padded_styles: dict[int, int], marks: CellMarks) -> None:
    """The number cells in a zero-padded style: only the cells naming such a style."""
    for position, attributes, _body in _cells(xml, _tags_around(xml, [
            _styles_named(padded_styles)])):
        kind = _TYPE.search(attributes)
        style = _STYLE.search(attributes)
        if style is not None and (kind is None or kind.group(1) == b"n"):
            marks.padded[position] = padded_styles[int(style.group(1))]


def _tags_around(xml: bytes, anchors: list[re.Pattern[bytes]]) -> list[int]:
    """Where the element whose start tag holds a match of one of ``anchors`` (or, for a
    formula, whose content begins with it) starts, each once, in order. Each anchor begins
    with plain bytes, which the regular expression engine finds fast."""
    return sorted({xml.rfind(b"<", 0, found.start())
                   for anchor in anchors for found in anchor.finditer(xml)})


def _cells(xml: bytes, starts: list[int]):  # noqa: ANN202 (of (position, attributes, body))
    """The cells beginning at ``starts`` (other elements passed over), with their position,
    attributes and content; cells without a reference are passed over."""
    for start in starts:
        cell = _CELL.match(xml, start) if start >= 0 else None
        ref = _REF.search(cell.group(1)) if cell else None
        if cell is not None and ref is not None:
            yield ((int(ref.group(2)) - 1, column_index(ref.group(1).decode())),
                   cell.group(1), cell.group(2) or b"")


def _styles_named(styles: dict[int, int] | set[int]) -> re.Pattern[bytes]:
    """A cell's style attribute naming one of ``styles``."""
    return re.compile(rb's="(?:' + b"|".join(str(s).encode() for s in sorted(styles)) + rb')"')


def _marked_styles(archive: zipfile.ZipFile) -> tuple[dict[int, int], set[int]]:
    """The cell styles (their indexes) that matter to an import: those whose number format
    pads with zeros (→ the digits shown), and those whose font is struck through (a
    withdrawn nominee, as offices mark one). Nothing is parsed when the workbook's styles
    have neither."""
    member = part_of_type(archive, "xl/_rels/workbook.xml.rels", "styles")
    if member is None:
        return {}, set()
    data = archive.read(member)
    padded, struck = _PADDED_FORMAT.search(data), _STRIKE.search(data)
    if not (padded or struck):
        return {}, set()
    try:
        styles = fromstring(data)
    except (ParseError, DefusedXmlException):
        return {}, set()  # (python-calamine says what is wrong with the file)
    cell_styles = next((e for e in styles if _local(e.tag) == "cellXfs"), None)
    if cell_styles is None:
        return {}, set()
    xfs = [xf for xf in cell_styles if _local(xf.tag) == "xf"]
    return (_padded_styles(styles, xfs) if padded else {},
            _struck_styles(styles, xfs) if struck else set())


def _padded_styles(styles, xfs: list) -> dict[int, int]:  # noqa: ANN001 (an Element)
    """Cell style index → digits shown, for the styles whose number format pads with zeros."""
    widths = {_number(f.get("numFmtId")): zero_padded_digits(f.get("formatCode", ""))
              for f in styles.iter() if _local(f.tag) == "numFmt"}
    if not any(widths.values()):
        return {}
    styles_shown = (widths.get(_number(xf.get("numFmtId")), 0) for xf in xfs)
    return {index: width for index, width in enumerate(styles_shown) if width}


def _struck_styles(styles, xfs: list) -> set[int]:  # noqa: ANN001 (an Element)
    """The cell styles whose font is struck through."""
    fonts = next((e for e in styles if _local(e.tag) == "fonts"), None)
    if fonts is None:
        return set()
    struck = {index for index, font in enumerate(f for f in fonts if _local(f.tag) == "font")
              if any(_local(e.tag) == "strike" and e.get("val", "1") not in ("0", "false")
                     for e in font)}
    return {index for index, xf in enumerate(xfs) if _number(xf.get("fontId")) in struck}


def _local(tag: str) -> str:
    """An element's name without its namespace (Transitional and Strict workbooks differ)."""
    return tag.rsplit("}", 1)[-1]


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() else -1


def _worth_scanning(archive: zipfile.ZipFile, member: str, head: bytes) -> bool:
    """Whether the sheet's XML (whose first bytes are ``head``) holds a formula, an error
    cell or a hidden row (its formulas are "<x:f>" when its elements carry a prefix)."""
    prefix = _PREFIX.search(head)
    marks = _MARKS if prefix is None else (b"<" + prefix.group(1) + b":f", *_MARKS[1:])
    with archive.open(member) as stream:
        return mentions(stream, marks)


def sheet_member(archive: zipfile.ZipFile, name: str) -> str | None:
    """The part holding the worksheet called ``name``, found through the workbook's
    relations; None when it cannot be found."""
    try:
        workbook = archive.read("xl/workbook.xml")
    except KeyError:
        return None
    escaped = re.escape(_xml_escape(name).encode())
    sheet = re.search(rb"<(?:\w+:)?sheet\b[^>]*\bname=\"" + escaped + rb"\"[^>]*>", workbook)
    if sheet is None:
        return None
    rid = re.search(rb'\br:id="([^"]+)"', sheet.group(0)) or re.search(
        rb'\bid="([^"]+)"', sheet.group(0))
    if rid is None:
        return None
    try:
        return related_part(archive, "xl/_rels/workbook.xml.rels", rid.group(1).decode())
    except KeyError:
        return None


def _xml_escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))

