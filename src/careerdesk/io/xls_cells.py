"""What a legacy .xls workbook says of a sheet's cells that python-calamine does not.

A list filtered in Excel 97–2003 format keeps the rows filtered out, hidden: read like any
other row, they would import the students the sender had left out (and its COLINFO records
say which columns are hidden; its FONT records, which cells are struck through, as a
withdrawn nominee is crossed out). And a student number
typed as 01234567 into a cell formatted "00000000" is kept as the number 1234567. The
workbook's record stream (inside its OLE container, opened with olefile) is walked for the
sheet's ROW records, whose flags say "height zero" (hidden), and, when the workbook has a
zero-padded number format (its FORMAT and XF records say), for the number cells shown in
one. Only records are read, a length at a time: nothing in the file is run or expanded,
and a damaged file says nothing here (reading it says what is wrong).
"""

from __future__ import annotations

import struct
from pathlib import Path

import olefile

from careerdesk.io.table import (
    HIDDEN_ROW,
    WHOLE_ROW,
    CellMarks,
    columns_between,
    zero_padded_digits,
)

_BOF, _EOF, _BOUNDSHEET, _ROW, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x0208, 0x002F
_FORMAT, _XF, _FONT = 0x041E, 0x00E0, 0x0031
_NUMBER, _RK, _MULRK, _FORMULA = 0x0203, 0x027E, 0x00BD, 0x0006
_LABELSST, _LABEL, _RSTRING, _BOOLERR = 0x00FD, 0x0204, 0x00D6, 0x0205
#: The records of one cell: its row, column and style (XF index) come first.
_CELL_RECORDS = {_NUMBER, _RK, _FORMULA, _LABELSST, _LABEL, _RSTRING, _BOOLERR}
_STRUCK_OUT = 0x0008  # a FONT record's flags: fStrikeOut
_COLINFO, _COLUMN_HIDDEN = 0x007D, 0x0001
_ROW_HIDDEN = 0x0020  # fDyZero: the row is drawn with no height
_BIFF8 = 0x0600


def sheet_marks(path: Path, sheet: str) -> CellMarks:
    """The hidden rows of ``sheet`` (``(row, WHOLE_ROW) → HIDDEN_ROW``, 0-based), its
    hidden columns and its number cells shown with leading zeros."""
    stream = _workbook_stream(path)
    found = _sheet_start(stream, sheet) if stream else None
    marks = CellMarks()
    if found is None or stream is None:
        return marks
    start, padded_styles, struck_styles = found
    for kind, body in _records(stream, start):
        if kind == _EOF:
            break
        if struck_styles and len(body) >= 6 and (kind in _CELL_RECORDS or kind == _MULRK):
            _mark_struck(marks.struck, kind, body, struck_styles)
        if kind == _ROW and len(body) >= 14:
            row, flags = struct.unpack_from("<H", body)[0], struct.unpack_from("<H", body, 12)[0]
            if flags & _ROW_HIDDEN:
                marks.problems[(row, WHOLE_ROW)] = HIDDEN_ROW
        elif kind == _COLINFO and len(body) >= 10:
            first, last, options = struct.unpack_from("<HH", body) + struct.unpack_from(
                "<H", body, 8)
            if options & _COLUMN_HIDDEN:
                marks.hidden_columns.update(columns_between(first, last))
        elif padded_styles and kind in (_NUMBER, _RK, _FORMULA, _MULRK) and len(body) >= 6:
            _mark_padded(marks.padded, kind, body, padded_styles)
    return marks


def _mark_padded(padded: dict[tuple[int, int], int], kind: int, body: bytes,
                 padded_styles: dict[int, int]) -> None:
    """A number cell record's (or each of a MULRK's) position, when its style pads."""
    row, column = struct.unpack_from("<HH", body)
    if kind != _MULRK:
        width = padded_styles.get(struct.unpack_from("<H", body, 4)[0], 0)
        if width:
            padded[(row, column)] = width
        return
    for offset in range(4, len(body) - 2 - 5, 6):  # (style, RK value) pairs, then last col
        width = padded_styles.get(struct.unpack_from("<H", body, offset)[0], 0)
        if width:
            padded[(row, column + (offset - 4) // 6)] = width


def _mark_struck(struck: set[tuple[int, int]], kind: int, body: bytes,
                 struck_styles: set[int]) -> None:
    """A cell record's (or each of a MULRK's) position, when its style's font is struck
    through (a withdrawn nominee, as offices cross one out)."""
    row, column = struct.unpack_from("<HH", body)
    if kind != _MULRK:
        if struct.unpack_from("<H", body, 4)[0] in struck_styles:
            struck.add((row, column))
        return
    for offset in range(4, len(body) - 2 - 5, 6):
        if struct.unpack_from("<H", body, offset)[0] in struck_styles:
            struck.add((row, column + (offset - 4) // 6))


def _workbook_stream(path: Path) -> bytes | None:
    try:
        with olefile.OleFileIO(str(path)) as container:
            for name in ("Workbook", "Book"):  # Excel 97 and later; Excel 5 and 95
                if container.exists(name):
                    return container.openstream(name).read()
    except (OSError, ValueError, struct.error):  # (olefile's own errors are OSErrors)
        return None
    return None


def _sheet_start(stream: bytes, sheet: str) -> tuple[int, dict[int, int], set[int]] | None:
    """Where the sheet's records begin, as the workbook's sheet list (BOUNDSHEET) says; the
    cell styles (XF indexes) whose number format pads with zeros → the digits shown; and
    those whose font is struck through. None for an encrypted workbook (its records are
    not readable as they stand)."""
    version, start = _BIFF8, None
    formats: dict[int, int] = {}
    struck_fonts: list[bool] = []  # each FONT record's strikeout, in order
    styles: list[tuple[int, int]] = []  # each XF record's (font, number format), in order
    for kind, body in _records(stream, 0):
        if kind == _BOF and len(body) >= 2:
            version = struct.unpack_from("<H", body)[0]
        elif kind == _FILEPASS:
            return None
        elif kind == _FONT and len(body) >= 4:
            struck_fonts.append(bool(struct.unpack_from("<H", body, 2)[0] & _STRUCK_OUT))
        elif kind == _FORMAT and version >= _BIFF8 and len(body) >= 5:
            formats[struct.unpack_from("<H", body)[0]] = zero_padded_digits(_format_code(body))
        elif kind == _XF and len(body) >= 4:
            styles.append(struct.unpack_from("<HH", body))
        elif kind == _BOUNDSHEET and len(body) >= 8 and _sheet_name(body, version) == sheet:
            start = struct.unpack_from("<I", body)[0]
        elif kind == _EOF:
            break
    if start is None:
        return None
    # (Font 4 is never written: an XF's font index from 5 on counts one FONT record less.)
    fonts = {index if index < 4 else index + 1 for index, struck in enumerate(struck_fonts)
             if struck}
    return (start, {index: formats[f] for index, (_, f) in enumerate(styles) if formats.get(f)},
            {index for index, (font, _) in enumerate(styles) if font in fonts})


def _format_code(body: bytes) -> str:
    """A FORMAT record's format code (BIFF8: a character count, a flags byte, the text)."""
    length, wide = struct.unpack_from("<H", body, 2)[0], body[4] & 0x01
    text = body[5:5 + length * (2 if wide else 1)]
    return text.decode("utf-16-le" if wide else "latin-1", "replace")


def _sheet_name(body: bytes, version: int) -> str:
    length = body[6]
    if version < _BIFF8:  # a byte string in the workbook's code page
        return body[7:7 + length].decode("cp1252", "replace")
    wide = body[7] & 0x01
    text = body[8:8 + length * (2 if wide else 1)]
    return text.decode("utf-16-le" if wide else "latin-1", "replace")


def _records(stream: bytes, start: int):  # noqa: ANN202 (an iterator of (kind, body))
    position = start
    while 0 <= position <= len(stream) - 4:
        kind, size = struct.unpack_from("<HH", stream, position)
        yield kind, stream[position + 4:position + 4 + size]
        position += 4 + size
