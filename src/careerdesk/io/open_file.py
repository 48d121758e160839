"""One entry point for every kind of file the importer takes."""

from __future__ import annotations

from pathlib import Path

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind, sniff
from careerdesk.io.table import RawSheet, SheetInfo
from careerdesk.io.text_reader import read_text_table
from careerdesk.io.workbook_reader import Workbook

#: Sheet names that hold instructions or lookups, not nominees.
_NOT_DATA_SHEET_WORDS = ("instruction", "readme", "read me", "guide", "note", "lookup",
                         "說明", "指引", "備註", "選項")


class SpreadsheetFile:
    """A file opened for import: its sheets, and each sheet's cells on demand."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.kind = sniff(self.path)
        self._workbook = None if self.kind is FileKind.TEXT else Workbook(self.path, self.kind)
        self._text: RawSheet | None = None
        self._read: dict[str, RawSheet] = {}

    def sheets(self) -> list[SheetInfo]:
        if self._workbook is None:
            return [SheetInfo(self.path.stem, hidden=False)]
        return self._workbook.sheets()

    def read(self, sheet: str | None = None) -> RawSheet:
        if self._workbook is None:
            if self._text is None:
                self._text = read_text_table(self.path)
            return self._text
        names = [s.name for s in self.sheets()]
        if sheet is None:
            raise ValueError("a workbook needs a sheet name")
        if sheet not in names:
            raise UnreadableFileError("sheet_missing",
                              f"{self.path.name} has no sheet called '{sheet}'; its sheets are "
                              f"{', '.join(repr(n) for n in names)}.")
        if sheet not in self._read:  # each sheet is read once, however often it is asked for
            self._read[sheet] = self._workbook.read(sheet)
        return self._read[sheet]

    def candidate_sheets(self) -> list[str]:
        """Visible sheets that are not instructions or lookups, first choice first."""
        visible = [s.name for s in self.sheets() if not s.hidden]
        if not visible:
            raise UnreadableFileError("no_visible_sheet", f"{self.path.name} has no visible sheet.")
        preferred = [n for n in visible
                     if not any(word in n.casefold() for word in _NOT_DATA_SHEET_WORDS)]
        return preferred + [n for n in visible if n not in preferred]
