"""Which sheet of a workbook holds the list: the first choice of its visible sheets."""

from __future__ import annotations

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.reserves import is_reserve_heading
from careerdesk.io.table import SheetInfo
from careerdesk.messages import msg

#: Sheet names that hold instructions or lookups, not nominees.
_NOT_DATA_SHEET_WORDS = ("instruction", "readme", "read me", "guide", "note", "lookup",
                         "說明", "指引", "備註", "選項")


def candidate_sheets(file_name: str, sheets: list[SheetInfo]) -> list[str]:
    """The visible sheets, first choice first: those that are not instructions or
    lookups, then a reserve list's ("候補": its students are not nominated), then the
    rest."""
    visible = [s.name for s in sheets if not s.hidden]
    if not visible:
        raise UnreadableFileError("no_visible_sheet", msg(
            "{file} has no visible sheet.", file=file_name))
    preferred = [n for n in visible
                 if not any(word in n.casefold() for word in _NOT_DATA_SHEET_WORDS)]
    reserves = [n for n in preferred if is_reserve_heading(n)]
    first = [n for n in preferred if n not in reserves] + reserves
    return first + [n for n in visible if n not in first]
