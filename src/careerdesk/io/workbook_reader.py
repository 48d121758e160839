"""Reading workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) with python-calamine.

python-calamine (Rust) reads every row whatever the file states its size to be, keeps
1904-based dates right, and never evaluates formulas: it gives their cached values.
It does show error values and formulas without a cached value as empty cells, says
nothing of hidden rows and gives numbers as numbers however they are shown: what an
.xlsx/.xlsm sheet says of those is found in its XML by ``xlsx_cells``, a legacy .xls's in
its records by ``xls_cells``, an .xlsb's by ``xlsb_cells``, an .ods sheet's by
``ods_cells``.

Only the reading child process (``workbook_process``) opens a workbook here; the caller
finds the marks (``cell_marks``) itself, beside it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

import python_calamine as calamine

from careerdesk.io import ods_cells, xlsx_cells
from careerdesk.io.far_cells import trim_far_cells
from careerdesk.io.package_repair import readable_copy
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind
from careerdesk.io.table import CellMarks, FarCell, SheetInfo
from careerdesk.messages import msg


class CalamineBook:
    """A workbook open in python-calamine: ``sheets`` lists them, ``read`` parses one.

    It runs in the reading child process (``workbook_process``): python-calamine can ask
    for more memory than the machine has, or panic, and only that process may die of it."""

    def __init__(self, path: Path, kind: FileKind) -> None:
        self.path = path
        self.kind = kind
        repaired = readable_copy(path) if kind is FileKind.XLSX else None
        self._book = _opened(path, kind, lambda: _open(path, kind) if repaired is None
                             else calamine.CalamineWorkbook.from_filelike(io.BytesIO(repaired)))

    def sheets(self) -> list[SheetInfo]:
        return [
            SheetInfo(meta.name, meta.visible != calamine.SheetVisibleEnum.Visible)
            for meta in self._book.sheets_metadata
            if meta.typ == calamine.SheetTypeEnum.WorkSheet
        ]

    def read(self, name: str) -> tuple[list[list], list[FarCell]]:
        """The sheet's cells, and the cells far beyond its list that were left out
        (``far_cells``: an .xlsx sheet whose one stray cell would make it billions)."""
        book, far = self._book, []
        if self.kind is FileKind.XLSX:
            trimmed = trim_far_cells(self.path, name)
            if trimmed is not None:
                book = _opened(self.path, self.kind, lambda: calamine.CalamineWorkbook
                               .from_filelike(io.BytesIO(trimmed.content)))
                far = trimmed.far
        try:
            sheet = book.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            _fill_merged_down(rows, sheet.merged_cell_ranges or ())
        except BaseException as exc:  # noqa: BLE001
            _only_the_readers(exc)
            raise UnreadableFileError("file_unreadable", msg(
                "The sheet '{sheet}' of {file} cannot be read; the file may be damaged "
                "({reason}).", sheet=name, file=self.path.name, reason=_short(exc))) from exc
        return rows, far


def _opened(path: Path, kind: FileKind,
            opening: Callable[[], calamine.CalamineWorkbook]) -> calamine.CalamineWorkbook:
    try:
        return opening()
    except calamine.PasswordError as exc:
        raise UnreadableFileError("file_protected", msg(
            "{file} is password-protected; remove the password in Excel, save, and import "
            "it again.", file=path.name)) from exc
    except BaseException as exc:  # noqa: BLE001 - calamine's errors are many; one sentence
        _only_the_readers(exc)
        raise UnreadableFileError("file_unreadable", msg(
            "{file} cannot be read as a spreadsheet; it may be damaged ({reason}).",
            file=path.name, reason=_short(exc))) from exc


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


def cell_marks(path: Path, kind: FileKind, name: str) -> CellMarks:
    """What the file says of sheet ``name``'s cells beyond the values python-calamine
    gives: formula cells without a saved result, error cells, hidden rows, numbers shown
    with leading zeros.

    Plain byte work on the sheet's XML (zlib lets go of Python's lock while it inflates),
    so it can run beside python-calamine's parse of the same sheet. An .ods file says only
    its hidden rows (its formulas keep their results), and so do .xls and .xlsb files."""
    if kind is FileKind.XLSX:
        return xlsx_cells.sheet_marks(path, name)
    if kind is FileKind.ODS:
        return ods_cells.sheet_marks(path, name)
    if kind is FileKind.XLS:
        from careerdesk.io import xls_cells  # (olefile loads for an .xls file only)

        return xls_cells.sheet_marks(path, name)
    if kind is FileKind.XLSB:
        from careerdesk.io import xlsb_cells

        return xlsb_cells.sheet_marks(path, name)
    return CellMarks()


#: The kinds whose sheets are looked through for what python-calamine does not say.
SCANNED = (FileKind.XLSX, FileKind.ODS, FileKind.XLS, FileKind.XLSB)


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


def _only_the_readers(exc: BaseException) -> None:
    """Let a person's interrupt and the interpreter's exit through; everything else a reader
    raises is about the file. (python-calamine's Rust panics arrive as
    ``pyo3_runtime.PanicException``, which is not an ``Exception``: caught as one before,
    they escaped as a traceback.)"""
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120].rstrip(".")
