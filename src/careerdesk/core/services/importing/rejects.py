"""The rejected rows as a workbook: the original columns plus "Issues", ready to fix in
Excel and import again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.planning import ImportPlan
from careerdesk.io.fields import FIELD_LABELS, Field
from careerdesk.io.layout import Column
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.xlsx_writer import write_table
from careerdesk.messages import msg

ISSUES_HEADER = msg("Issues")


def save_rejected_rows(plan: ImportPlan, target: Path,
                       say: Callable[[str], str] = str) -> int:
    """Write the rejected rows to ``target`` (.xlsx); returns how many were written.
    ``say`` puts the "Issues" column in the reader's language (the window passes its own;
    the command line writes English)."""
    layout = plan.parsed.parsed.layout
    rejected = plan.rejected_rows
    width = max([c.index + 1 for c in layout.columns] +
                [len(row.raw) for row in rejected] or [0])
    by_index = {c.index: _heading(c) for c in layout.columns}
    headers = [by_index.get(i, "") for i in range(width)] + [say(ISSUES_HEADER)]
    rows = [[_plain(cell) for cell in row.raw] + [""] * (width - len(row.raw))
            + ["; ".join(say(p.message) for p in row.problems if p.rejects)]
            for row in rejected]
    try:
        write_table(Path(target), headers, rows, sheet="Rejected rows",
                    highlight_last_column=True, widths=[18] * width + [70])
    except UnreadableFileError as problem:
        raise ImportFailedError(problem.message, code=problem.code) from problem
    return len(rows)


def _heading(column: Column) -> str:
    """The column's heading in the file; one read under none ("Column C") is named by what
    it was read as, so that the corrected file imports it again."""
    if not column.unnamed:
        return column.header
    read_as = column.field
    return str(FIELD_LABELS[read_as]) if read_as and read_as is not Field.ROW_NUMBER else ""


def _plain(cell: Any) -> Any:
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    return cell
