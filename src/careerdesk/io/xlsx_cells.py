"""What an .xlsx/.xlsm sheet says of its cells beyond the values python-calamine gives.

python-calamine shows an error value or a formula without a saved result as an empty
cell, says nothing of hidden rows, and gives a number as a number whatever it is shown
as: a student number typed as 01234567 into a cell formatted "00000000" reads 1234567,
and would import as another student. So for sheets that hold formulas, errors or hidden
rows at all, or whose workbook has a zero-padded number format, the sheet's XML is
scanned once with plain byte patterns (no XML parser; the file is untrusted). It is read
a block at a time first, until one of those is met: a 100,000-row sheet is 75 MB of XML.
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
    columns_between,
    zero_padded_digits,
)

# Each element may carry a namespace prefix ("<x:c>", as the .NET Open XML SDK writes).
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="(\d{1,7})"')  # (Excel's rows end at 1,048,576)
#: What makes a sheet's XML worth scanning: a formula, an error value, a hidden row.
_MARKS = (b"<f", b't="e"', b'hidden="1"', b'hidden="true"')
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_STYLE = re.compile(rb'\bs="(\d{1,6})"')
_TYPE = re.compile(rb'\bt="(\w+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_PREFIX = re.compile(rb"<(\w+):worksheet\b")
#: How much of a sheet's XML is read for its column list, which comes before its rows.
_HEAD = 1 << 16
_COLUMN = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_FIRST, _LAST = re.compile(rb'\bmin="(\d{1,5})"'), re.compile(rb'\bmax="(\d{1,5})"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
#: A number format that may pad with zeros, looked for before the styles are parsed.
_PADDED_FORMAT = re.compile(rb'formatCode="[^"]*00')


def sheet_marks(path: Path, name: str) -> CellMarks:
    """The formula cells without a saved result, the error cells, the hidden rows and
    columns and the zero-padded numbers of the sheet called ``name``."""
    with zipfile.ZipFile(path) as archive:
        member = _sheet_member(archive, name)
        if member is None:
            return CellMarks()
        try:
            with archive.open(member) as stream:
                head = stream.read(_HEAD)
            hidden_columns = _hidden_columns(head)
            padded = _padded_styles(archive)
            if not (padded or _worth_scanning(archive, member, head)):
                return CellMarks(hidden_columns=hidden_columns)
            xml = archive.read(member)
        except KeyError:
            return CellMarks()
    marks = _scan(xml, padded)
    marks.hidden_columns = hidden_columns
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


def _scan(xml: bytes, padded_styles: dict[int, int]) -> CellMarks:
    marks = CellMarks()
    for row in _HIDDEN_ROW.finditer(xml):  # hidden, or filtered out by an AutoFilter
        number = _ROW_NUMBER.search(row.group(0))
        if number is not None:
            marks.problems[(int(number.group(1)) - 1, WHOLE_ROW)] = HIDDEN_ROW
    for match in _CELL.finditer(xml):
        attributes, body = match.group(1), match.group(2) or b""
        is_error = b't="e"' in attributes
        has_formula = _FORMULA.search(body) is not None
        width = _padded_width(attributes, padded_styles) if padded_styles else 0
        if not (is_error or has_formula or width):
            continue
        ref = _REF.search(attributes)
        if ref is None:
            continue
        position = (int(ref.group(2)) - 1, _column_index(ref.group(1).decode()))
        value = _VALUE.search(body)
        if width:
            marks.padded[position] = width
        if is_error:
            marks.problems[position] = "error_value:" + (
                value.group(1).decode() if value else "#?")
        elif has_formula and value is None:
            marks.problems[position] = "formula_no_value"
    return marks


def _padded_width(attributes: bytes, padded_styles: dict[int, int]) -> int:
    """How many digits a number cell in a zero-padded format shows; 0 for any other."""
    style = _STYLE.search(attributes)
    if style is None or int(style.group(1)) not in padded_styles:
        return 0
    kind = _TYPE.search(attributes)
    return padded_styles[int(style.group(1))] if kind is None or kind.group(1) == b"n" else 0


def _padded_styles(archive: zipfile.ZipFile) -> dict[int, int]:
    """Cell style index → digits shown, for the styles whose number format pads with zeros.
    Empty (and nothing else read) when the workbook has no such format."""
    member = part_of_type(archive, "xl/_rels/workbook.xml.rels", "styles")
    if member is None:
        return {}
    data = archive.read(member)
    if not _PADDED_FORMAT.search(data):
        return {}
    try:
        styles = fromstring(data)
    except (ParseError, DefusedXmlException):
        return {}  # (python-calamine says what is wrong with the file)
    widths = {_number(f.get("numFmtId")): zero_padded_digits(f.get("formatCode", ""))
              for f in styles.iter() if _local(f.tag) == "numFmt"}
    cell_styles = next((e for e in styles if _local(e.tag) == "cellXfs"), None)
    if cell_styles is None or not any(widths.values()):
        return {}
    styles_shown = (widths.get(_number(xf.get("numFmtId")), 0)
                    for xf in cell_styles if _local(xf.tag) == "xf")
    return {index: width for index, width in enumerate(styles_shown) if width}


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


def _sheet_member(archive: zipfile.ZipFile, name: str) -> str | None:
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


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1
