"""Reading workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) with python-calamine.

python-calamine (Rust) reads every row whatever the file states its size to be, keeps
1904-based dates right, and never evaluates formulas: it gives their cached values.
It does show error values and formulas without a cached value as empty cells, and says
nothing of hidden rows, so for .xlsx/.xlsm files that hold formulas, errors or hidden rows
at all, the sheet's XML is scanned once (with plain byte patterns, no XML parser) to name
those cells and rows. It reads the sheet a block at a time until it meets one: a
100,000-row sheet is 75 MB of XML. The hidden rows of an .ods file (``ods_rows``), a
legacy .xls (``xls_rows``) and an .xlsb (``xlsb_rows``) are found by their own readers.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import python_calamine as calamine

from careerdesk.io import ods_rows
from careerdesk.io.package_parts import related_part
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind, mentions
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW, RawSheet, SheetInfo
from careerdesk.messages import msg

# Each element may carry a namespace prefix ("<x:c>", as the .NET Open XML SDK writes).
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
#: What makes a sheet's XML worth scanning: a formula, an error value, a hidden row.
_MARKS = (b"<f", b't="e"', b'hidden="1"', b'hidden="true"')
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_PREFIX = re.compile(rb"<(\w+):worksheet\b")


class Workbook:
    """An open workbook; ``sheets`` lists them, ``read`` loads one."""

    def __init__(self, path: Path, kind: FileKind) -> None:
        self.path = path
        self.kind = kind
        try:
            self._book = _open(path, kind)
        except calamine.PasswordError as exc:
            raise UnreadableFileError("file_protected", msg(
                "{file} is password-protected; remove the password in Excel, save, and import "
                "it again.", file=path.name)) from exc
        except Exception as exc:  # noqa: BLE001 - calamine's errors are many; one sentence
            raise UnreadableFileError("file_unreadable", msg(
                "{file} cannot be read as a spreadsheet; it may be damaged ({reason}).",
                file=path.name, reason=_short(exc))) from exc

    def sheets(self) -> list[SheetInfo]:
        return [
            SheetInfo(meta.name, meta.visible != calamine.SheetVisibleEnum.Visible)
            for meta in self._book.sheets_metadata
            if meta.typ == calamine.SheetTypeEnum.WorkSheet
        ]

    def read(self, name: str, *, cell_problems: bool = True) -> RawSheet:
        """The sheet's cells; with ``cell_problems=False`` its formula and error cells are
        left for the caller to find (``cell_problems``), on another thread. Otherwise the
        sheet's XML is scanned for them here while python-calamine (which lets go of
        Python's lock) parses it on a worker thread: a large sheet is read in the time of
        the slower of the two."""
        if not (cell_problems and self.kind in _SCANNED):
            return RawSheet(name, self._rows(name), {})
        with ThreadPoolExecutor(1, thread_name_prefix="sheet-parse") as pool:
            parsed = pool.submit(self._rows, name)
            try:
                problems = _problems_of(self.path, self.kind, name)
            finally:
                rows = parsed.result()  # (the parse's own error first: it says more)
        return RawSheet(name, rows, problems)

    def _rows(self, name: str) -> list[list]:
        try:
            sheet = self._book.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            _fill_merged_down(rows, sheet.merged_cell_ranges or ())
        except Exception as exc:  # noqa: BLE001
            raise UnreadableFileError("file_unreadable", msg(
                "The sheet '{sheet}' of {file} cannot be read; the file may be damaged "
                "({reason}).", sheet=name, file=self.path.name, reason=_short(exc))) from exc
        return rows


def _fill_merged_down(rows: list[list], merged: Iterable[tuple[tuple[int, int],
                                                                 tuple[int, int]]]) -> None:
    """A cell merged down a column ("CUHK" beside the three students it is for) holds its
    value in its first row only; each row it spans gets it, as the coordinator sees it.
    Cells merged across a row (a title, a note, a group heading) are left as they are."""
    for (first_row, column), (last_row, last_column) in merged:
        if column != last_column or first_row >= len(rows):
            continue
        value = rows[first_row][column] if column < len(rows[first_row]) else ""
        for row in rows[first_row + 1:last_row + 1]:
            if column < len(row) and row[column] in ("", None):
                row[column] = value


def cell_problems(path: Path, kind: FileKind, name: str) -> dict[tuple[int, int], str]:
    """The formula cells without a saved result, the error cells and the hidden rows of
    sheet ``name``.

    Plain byte work on the sheet's XML (zlib lets go of Python's lock while it inflates),
    so it can run beside python-calamine's parse of the same sheet. An .ods file says only
    its hidden rows (its formulas keep their results), and so do .xls and .xlsb files."""
    return _problems_of(path, kind, name)


def _problems_of(path: Path, kind: FileKind, name: str) -> dict[tuple[int, int], str]:
    if kind is FileKind.XLSX:
        return _cell_problems(path, name)
    if kind is FileKind.ODS:
        return ods_rows.hidden_rows(path, name)
    if kind is FileKind.XLS:
        from careerdesk.io import xls_rows  # (olefile loads for an .xls file only)

        return xls_rows.hidden_rows(path, name)
    if kind is FileKind.XLSB:
        from careerdesk.io import xlsb_rows

        return xlsb_rows.hidden_rows(path, name)
    return {}


#: The kinds whose sheets are looked through for what python-calamine does not say.
_SCANNED = (FileKind.XLSX, FileKind.ODS, FileKind.XLS, FileKind.XLSB)


def _cell_problems(path: Path, name: str) -> dict[tuple[int, int], str]:
    xml = _sheet_xml(path, name)
    if xml is None:
        return {}
    problems: dict[tuple[int, int], str] = {}
    for row in _HIDDEN_ROW.finditer(xml):  # hidden, or filtered out by an AutoFilter
        number = _ROW_NUMBER.search(row.group(0))
        if number is not None:
            problems[(int(number.group(1)) - 1, WHOLE_ROW)] = HIDDEN_ROW
    for match in _CELL.finditer(xml):
        attributes, body = match.group(1), match.group(2) or b""
        is_error = b't="e"' in attributes
        has_formula = _FORMULA.search(body) is not None
        if not (is_error or has_formula):
            continue
        ref = _REF.search(attributes)
        if ref is None:
            continue
        position = (int(ref.group(2)) - 1, _column_index(ref.group(1).decode()))
        value = _VALUE.search(body)
        if is_error:
            problems[position] = "error_value:" + (value.group(1).decode() if value else "#?")
        elif value is None:
            problems[position] = "formula_no_value"
    return problems


#: The extensions python-calamine reads each kind by; it chooses its reader by extension.
_SUFFIXES = {FileKind.XLSX: {".xlsx", ".xlsm"}, FileKind.XLSB: {".xlsb"},
             FileKind.XLS: {".xls", ".xla"}, FileKind.ODS: {".ods"}}


def _open(path: Path, kind: FileKind) -> calamine.CalamineWorkbook:
    """The workbook read by what it is: a file whose extension names another kind (a binary
    workbook saved as .xlsx, an old .xls renamed) is handed over as bytes, which
    python-calamine reads by their content."""
    if path.suffix.casefold() in _SUFFIXES.get(kind, set()):
        return calamine.CalamineWorkbook.from_path(str(path))
    with path.open("rb") as handle:
        return calamine.CalamineWorkbook.from_filelike(handle)


def _worth_scanning(archive: zipfile.ZipFile, member: str) -> bool:
    """Whether the sheet's XML holds a formula, an error cell or a hidden row (its
    formulas are "<x:f>" when its elements carry a prefix)."""
    with archive.open(member) as stream:
        prefix = _PREFIX.search(stream.read(4096))
    marks = _MARKS if prefix is None else (b"<" + prefix.group(1) + b":f", *_MARKS[1:])
    with archive.open(member) as stream:
        return mentions(stream, marks)


def _sheet_xml(path: Path, name: str) -> bytes | None:
    """The XML of the worksheet called ``name``, found through the workbook's relations;
    None when it holds no formula, no error and no hidden row (or cannot be found)."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml")
        escaped = re.escape(_xml_escape(name).encode())
        sheet = re.search(rb"<(?:\w+:)?sheet\b[^>]*\bname=\"" + escaped + rb"\"[^>]*>", workbook)
        if sheet is None:
            return None
        rid = re.search(rb'\br:id="([^"]+)"', sheet.group(0)) or re.search(
            rb'\bid="([^"]+)"', sheet.group(0))
        if rid is None:
            return None
        member = related_part(archive, "xl/_rels/workbook.xml.rels", rid.group(1).decode())
        if member is None:
            return None
        try:
            return archive.read(member) if _worth_scanning(archive, member) else None
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


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120].rstrip(".")
