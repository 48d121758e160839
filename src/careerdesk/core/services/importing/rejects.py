"""The rejected rows as a workbook: the original columns plus "Issues", ready to fix in
Excel and import again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.planning import ImportPlan
from careerdesk.io.fields import FIELD_LABELS, Field
from careerdesk.io.layout import Column
from careerdesk.io.problems import UnreadableFileError
from careerdesk.messages import Message, msg

ISSUES_HEADER = msg("Issues")


def save_rejected_rows(plan: ImportPlan, target: Path,
                       say: Callable[[str], str] = str) -> int:
    """Write the rejected rows to ``target`` (.xlsx); returns how many were written.
    ``say`` puts the "Issues" column in the reader's language (the window passes its own;
    the command line writes English)."""
    return write_rejected(rejected_table(plan), target, say)


def rejected_table(plan: ImportPlan) -> dict[str, Any]:
    """The rejected rows as plain data (JSON), kept with the import so that they can be
    saved again later: the file's headings, each row's cells, and each row's problems
    (each a sentence's template and values, said in the reader's language when written)."""
    layout = plan.parsed.parsed.layout
    rejected = plan.rejected_rows
    width = max([c.index + 1 for c in layout.columns] +
                [len(row.raw) for row in rejected] or [0])
    by_index = {c.index: _heading(c) for c in layout.columns}
    return {
        "headers": [by_index.get(i, "") for i in range(width)],
        "rows": [[_plain(cell) for cell in row.raw] + [""] * (width - len(row.raw))
                 for row in rejected],
        "problems": [[_sentence(p.message) for p in row.problems if p.rejects]
                     for row in rejected],
        "excel_rows": [row.excel_row for row in rejected],
    }


def rejected_problems(table: dict[str, Any]) -> list[tuple[int | None, list[str]]]:
    """Each kept rejected row's number in the file and its problems (messages)."""
    rows = table.get("excel_rows") or [None] * len(table["problems"])
    return [(row, [_message(p) for p in problems])
            for row, problems in zip(rows, table["problems"], strict=True)]


def write_rejected(table: dict[str, Any], target: Path,
                   say: Callable[[str], str] = str) -> int:
    """Write a ``rejected_table`` to ``target`` (.xlsx): its columns, then "Issues"."""
    headers, rows = table["headers"], table["rows"]
    issues = ["; ".join(say(_message(p)) for p in problems) for problems in table["problems"]]
    # The writer loads only when a workbook is written: an import keeps its rejected rows
    # as data (``rejected_table``).
    from careerdesk.io.xlsx_writer import write_table

    try:
        write_table(Path(target), [*headers, say(ISSUES_HEADER)],
                    [[*row, issue] for row, issue in zip(rows, issues, strict=True)],
                    sheet="Rejected rows", highlight_last_column=True,
                    widths=[18] * len(headers) + [70])
    except UnreadableFileError as problem:
        raise ImportFailedError(problem.message, code=problem.code) from problem
    return len(rows)


def _sentence(text: str) -> list[Any]:
    """A message as JSON: [template, values], its values as text."""
    if isinstance(text, Message):
        return [text.template, {k: str(v) for k, v in text.values.items()}]
    return [str(text), {}]


def _message(stored: list[Any]) -> str:
    """A kept problem as a message again, to be said in the reader's language."""
    template, values = stored
    return Message(template, values)


def _heading(column: Column) -> str:
    """The column's heading in the file; one read under none ("Column C") is named by what
    it was read as, so that the corrected file imports it again."""
    if not column.unnamed:
        return column.header
    read_as = column.field
    return str(FIELD_LABELS[read_as]) if read_as and read_as is not Field.ROW_NUMBER else ""


def _plain(cell: Any) -> Any:
    """A cell as JSON keeps it: a whole float as an int, a date or time as ISO text."""
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    if isinstance(cell, dt.date | dt.datetime | dt.time):
        return cell.isoformat()
    return cell
