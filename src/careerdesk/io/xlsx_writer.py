"""Writing workbooks people open in Excel: safe cells, a bold frozen header, sane widths.

Cells that begin with ``=``, ``+``, ``-`` or ``@`` are written with a leading apostrophe,
so no value from a file or a form can ever run as a formula in someone's Excel
(CSV/formula injection). The importer drops that apostrophe again on the way back in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from careerdesk.io.problems import UnreadableFileError
from careerdesk.messages import msg

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A value safe to put in a spreadsheet cell."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet: str = "Sheet1", highlight_last_column: bool = False,
                widths: Sequence[int] | None = None) -> Path:
    """Write one sheet; returns the path written. Replaces an existing file, but only once
    the new one is complete (written beside it, then renamed)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UnreadableFileError("file_unwritable", msg(
            "{path} cannot be written: the folder {folder} does not exist.", path=str(path),
            folder=str(path.parent)))
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    worksheet.freeze_panes = "A2"
    for index, header in enumerate(headers):
        width = widths[index] if widths and index < len(widths) else max(12, len(header) + 4)
        worksheet.column_dimensions[_letter(index)].width = width
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    header_cells = []
    for index, header in enumerate(headers):
        cell = WriteOnlyCell(worksheet, value=neutralise(header))
        cell.font = bold
        if highlight_last_column and index == len(headers) - 1:
            cell.fill = fill
        header_cells.append(cell)
    worksheet.append(header_cells)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            cell = WriteOnlyCell(worksheet, value=_cell_value(value))
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            if highlight_last_column and index == len(row) - 1:
                cell.fill = fill
                cell.alignment = wrap
            cells.append(cell)
        worksheet.append(cells)
    partial = path.with_name(f".{path.name}.partial")
    try:
        workbook.save(partial)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UnreadableFileError("file_unwritable", msg(
            "{path} cannot be written: {reason}.", path=str(path), reason=exc.strerror)) from exc
    return path


def _cell_value(value: Any) -> Any:
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if isinstance(value, str):
        return neutralise(value)
    return value


def _letter(index: int) -> str:
    from careerdesk.io.table import column_letter

    return column_letter(index)
