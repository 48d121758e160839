"""What a binary workbook (.xlsb) says of a sheet's cells that python-calamine does not.

An .xlsb keeps a list's filtered-out rows, hidden, like an .xlsx: read like any other row,
they would import the students the sender had left out. And a student number typed as
01234567 into a cell formatted "00000000" is kept as the number 1234567. The sheet's
records are walked (a type and a length each, as [MS-XLSB] writes them) for its row
headers (BrtRowHdr), whose flags say "height zero", its column descriptions (BrtColInfo),
whose flags say "hidden", and, when the workbook's styles part has a zero-padded number
format (BrtFmt, and the cell styles, BrtXF, that use it) or a struck-through font
(BrtFont: a withdrawn nominee crossed out), its cells in such a style. Nothing is parsed
but lengths, numbers and flags; a damaged file says nothing here (reading it says what is
wrong).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from careerdesk.io.package_parts import part_of_type, related_part
from careerdesk.io.table import (
    HIDDEN_ROW,
    WHOLE_ROW,
    CellMarks,
    columns_between,
    zero_padded_digits,
)

_ROW_HEADER = 0  # BrtRowHdr
_COLUMN_INFO = 60  # BrtColInfo: first and last column, width, style, flags
#: Number cells (BrtCellRk, BrtCellReal, BrtFmlaNum): a column, then a style (3 bytes).
_NUMBER_CELLS = (2, 5, 9)
#: Every kind of cell (BrtCellBlank … BrtFmlaError), each beginning so.
_CELLS = tuple(range(1, 12))
_FORMAT, _FONT, _CELL_STYLE = 44, 43, 47  # BrtFmt, BrtFont, BrtXF (in the styles part)
_CELL_STYLES, _CELL_STYLES_END = 617, 618  # BrtBeginCellXFs, BrtEndCellXFs
_FONTS, _FONTS_END = 611, 612  # BrtBeginFonts, BrtEndFonts
_STRUCK_OUT = 0x0008  # fStrikeout, in a font's flags
_SHEET = 156  # BrtBundleSh, in the workbook part: a sheet's name and relationship
_ROW_HIDDEN = 0x10  # fDyZero, in the row header's twelfth byte
_COLUMN_HIDDEN = 0x01  # fHidden, in the column description's seventeenth byte
#: The records looked at, and the body each needs at least.
_WANTED = {_ROW_HEADER: 12, _COLUMN_INFO: 17}


def sheet_marks(path: Path, sheet: str) -> CellMarks:
    """``(row, WHOLE_ROW) → HIDDEN_ROW`` for each hidden row of ``sheet`` (0-based), its
    hidden columns and its number cells shown with leading zeros."""
    marks = CellMarks()
    try:
        with zipfile.ZipFile(path) as archive:
            member = _sheet_member(archive, sheet)
            data = archive.read(member) if member else b""
            padded, struck = _marked_styles(archive)
    except (KeyError, OSError, zipfile.BadZipFile, UnicodeDecodeError):
        return marks
    cells = _CELLS if struck else _NUMBER_CELLS if padded else ()
    wanted = {**_WANTED, **dict.fromkeys(cells, 8)}
    row = 0
    for kind, start in _wanted_records(data, wanted):
        if kind == _ROW_HEADER:
            row = int.from_bytes(data[start:start + 4], "little")
            if data[start + 11] & _ROW_HIDDEN:
                marks.problems[(row, WHOLE_ROW)] = HIDDEN_ROW
        elif kind == _COLUMN_INFO and data[start + 16] & _COLUMN_HIDDEN:
            first, last = (int.from_bytes(data[at:at + 4], "little") for at in (start, start + 4))
            marks.hidden_columns.update(columns_between(first, last))
        elif kind in _CELLS:
            style = int.from_bytes(data[start + 4:start + 7], "little")
            column = int.from_bytes(data[start:start + 4], "little")
            if kind in _NUMBER_CELLS and padded.get(style):
                marks.padded[(row, column)] = padded[style]
            if style in struck:
                marks.struck.add((row, column))
    return marks


def _marked_styles(archive: zipfile.ZipFile) -> tuple[dict[int, int], set[int]]:
    """The cell styles that matter to an import: those whose number format pads with zeros
    (→ the digits shown), and those whose font is struck through (a withdrawn nominee, as
    offices cross one out). The styles part's number formats, fonts, then cell styles."""
    member = part_of_type(archive, "xl/_rels/workbook.bin.rels", "styles")
    data = archive.read(member) if member else b""
    formats: dict[int, int] = {}
    struck_fonts: set[int] = set()
    styles: list[tuple[int, int]] = []  # each cell style's (number format, font)
    fonts, inside = -1, ""
    for kind, start, end in _records(data):
        if kind == _FORMAT and end - start >= 6:
            code, _ = _wide_string(data, start + 2, end)
            formats[int.from_bytes(data[start:start + 2], "little")] = zero_padded_digits(code)
        elif kind in (_CELL_STYLES, _CELL_STYLES_END, _FONTS, _FONTS_END):
            inside = "styles" if kind == _CELL_STYLES else "fonts" if kind == _FONTS else ""
        elif kind == _FONT and inside == "fonts" and end - start >= 4:
            fonts += 1
            if int.from_bytes(data[start + 2:start + 4], "little") & _STRUCK_OUT:
                struck_fonts.add(fonts)
        elif kind == _CELL_STYLE and inside == "styles" and end - start >= 6:
            styles.append((int.from_bytes(data[start + 2:start + 4], "little"),
                           int.from_bytes(data[start + 4:start + 6], "little")))
    return ({index: formats[f] for index, (f, _) in enumerate(styles) if formats.get(f)},
            {index for index, (_, font) in enumerate(styles) if font in struck_fonts})


def _wanted_records(data: bytes, wanted: dict[int, int]):  # noqa: ANN202 (of (type, start))
    """The records of the types ``wanted`` (type → the body each needs at least), each with
    where its body begins. A sheet is mostly cells, each a short record with a one-byte
    type and a one-byte length: those are stepped over here at once, the rest read as
    ``_records`` reads them (a 100,000-row sheet is 1.4 million records)."""
    position, size = 0, len(data) - 1
    while position < size:
        kind, length = data[position], data[position + 1]
        if kind < 0x80 and length < 0x80:
            if length >= wanted.get(kind, 0x80) and position + 2 + length <= size + 1:
                yield kind, position + 2
            position += 2 + length
            continue
        record = next(_records(data, position), None)  # one record the long way
        if record is None:
            return
        kind, start, position = record
        if position - start >= wanted.get(kind, 0x80):
            yield kind, start


def _sheet_member(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The part holding ``sheet``: its relationship id in the workbook's sheet list, then
    that relationship's target."""
    workbook = archive.read("xl/workbook.bin")
    relation = None
    for kind, start, end in _records(workbook):
        if kind != _SHEET or end - start < 12:
            continue
        relation_id, after = _wide_string(workbook, start + 8, end)
        name, _ = _wide_string(workbook, after, end)
        if name == sheet:
            relation = relation_id
            break
    return related_part(archive, "xl/_rels/workbook.bin.rels", relation) if relation else None


def _wide_string(data: bytes, start: int, end: int) -> tuple[str, int]:
    """An [MS-XLSB] wide string at ``start`` (a character count, then UTF-16); and where
    what follows it begins. A count of 0xFFFFFFFF is a string that is not there."""
    if start + 4 > end:
        return "", end
    count = int.from_bytes(data[start:start + 4], "little")
    if count == 0xFFFFFFFF:
        return "", start + 4
    text_end = min(start + 4 + 2 * count, end)
    return data[start + 4:text_end].decode("utf-16-le", "replace"), text_end


def _records(data: bytes, position: int = 0):  # noqa: ANN202 (of (kind, body start, end))
    """Each record from ``position`` on, its type and where its body lies: a type of one
    or two bytes and a length of up to four, seven bits a byte, the high bit saying another
    byte follows."""
    size = len(data)
    while position < size:
        kind = data[position]
        position += 1
        if kind & 0x80:
            if position >= size:
                return
            kind = (kind & 0x7F) | (data[position] & 0x7F) << 7
            position += 1
        length = shift = 0
        for _ in range(4):
            if position >= size:
                return
            byte = data[position]
            position += 1
            length |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        yield kind, position, min(position + length, size)
        position += length
