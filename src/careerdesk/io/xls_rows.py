"""The rows a legacy .xls workbook hides, which python-calamine does not say.

A list filtered in Excel 97–2003 format keeps the rows filtered out, hidden: read like any
other row, they would import the students the sender had left out. The workbook's record
stream (inside its OLE container, opened with olefile) is walked for the sheet's ROW
records, whose flags say "height zero" (hidden). Only records are read, a length at a time:
nothing in the file is run or expanded, and a damaged file says nothing here (reading it
says what is wrong).
"""

from __future__ import annotations

import struct
from pathlib import Path

import olefile

from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW

_BOF, _EOF, _BOUNDSHEET, _ROW, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x0208, 0x002F
_ROW_HIDDEN = 0x0020  # fDyZero: the row is drawn with no height
_BIFF8 = 0x0600


def hidden_rows(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """``(row, WHOLE_ROW) → HIDDEN_ROW`` for each hidden row of ``sheet`` (0-based)."""
    stream = _workbook_stream(path)
    start = _sheet_start(stream, sheet) if stream else None
    if start is None:
        return {}
    hidden: dict[tuple[int, int], str] = {}
    for kind, body in _records(stream, start):
        if kind == _EOF:
            break
        if kind == _ROW and len(body) >= 14:
            row, flags = struct.unpack_from("<H", body)[0], struct.unpack_from("<H", body, 12)[0]
            if flags & _ROW_HIDDEN:
                hidden[(row, WHOLE_ROW)] = HIDDEN_ROW
    return hidden


def _workbook_stream(path: Path) -> bytes | None:
    try:
        with olefile.OleFileIO(str(path)) as container:
            for name in ("Workbook", "Book"):  # Excel 97 and later; Excel 5 and 95
                if container.exists(name):
                    return container.openstream(name).read()
    except (OSError, ValueError, struct.error):  # (olefile's own errors are OSErrors)
        return None
    return None


def _sheet_start(stream: bytes, sheet: str) -> int | None:
    """Where the sheet's records begin, as the workbook's sheet list (BOUNDSHEET) says;
    None for an encrypted workbook (its records are not readable as they stand)."""
    version = _BIFF8
    for kind, body in _records(stream, 0):
        if kind == _BOF and len(body) >= 2:
            version = struct.unpack_from("<H", body)[0]
        elif kind == _FILEPASS:
            return None
        elif kind == _BOUNDSHEET and len(body) >= 8:
            if _sheet_name(body, version) == sheet:
                return struct.unpack_from("<I", body)[0]
        elif kind == _EOF:
            return None
    return None


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
