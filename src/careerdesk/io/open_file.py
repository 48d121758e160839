"""One entry point for every kind of file the importer takes."""

from __future__ import annotations

import contextlib
import ctypes
import sys
import threading
from pathlib import Path

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.reserves import is_reserve_heading
from careerdesk.io.sniff import FileKind, sniff
from careerdesk.io.table import CellMarks, RawSheet, SheetInfo
from careerdesk.io.text_reader import read_text_table
from careerdesk.io.workbook_reader import Workbook, cell_marks
from careerdesk.messages import msg

#: Sheet names that hold instructions or lookups, not nominees.
_NOT_DATA_SHEET_WORDS = ("instruction", "readme", "read me", "guide", "note", "lookup",
                         "說明", "指引", "備註", "選項")


def _html_sheets(path: Path) -> list[tuple[SheetInfo, RawSheet]]:
    from careerdesk.io.html_tables import read_html_tables  # (loaded for such a file only)

    return [(SheetInfo(table.name, hidden=False), table) for table in read_html_tables(path)]


def _xml_sheets(path: Path) -> list[tuple[SheetInfo, RawSheet]]:
    from careerdesk.io.spreadsheet_xml import read_spreadsheet_xml  # (for such a file only)

    return read_spreadsheet_xml(path)


def _word_sheets(path: Path) -> list[tuple[SheetInfo, RawSheet]]:
    from careerdesk.io.word_tables import read_word_tables  # (loaded for such a file only)

    return [(SheetInfo(table.name, hidden=False), table) for table in read_word_tables(path)]


#: The kinds whose every sheet is in one document, read whole. Their readers load only
#: when such a file comes: the command line starts reading a workbook before anything else.
_READ_WHOLE = {FileKind.HTML: _html_sheets, FileKind.XML_2003: _xml_sheets,
               FileKind.DOCX: _word_sheets}


class SpreadsheetFile:
    """A file opened for import: its sheets, and each sheet's cells on demand."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.kind = sniff(self.path)
        self._workbook = (Workbook(self.path, self.kind)
                          if self.kind not in (FileKind.TEXT, *_READ_WHOLE) else None)
        self._sheets: list[SheetInfo] | None = None
        self._text: RawSheet | None = None
        self._read: dict[str, RawSheet] = {}
        if self.kind in _READ_WHOLE:  # one document holding every sheet: read at once
            read = _READ_WHOLE[self.kind](self.path)
            self._sheets = [info for info, _ in read]
            self._read = {info.name: sheet for info, sheet in read}

    def sheets(self) -> list[SheetInfo]:
        if self.kind is FileKind.TEXT:
            return [SheetInfo(self.path.stem, hidden=False)]
        if self._sheets is None:
            self._sheets = self._open().sheets()
        return self._sheets

    def close(self) -> None:
        """Let go of the open workbook; the sheets already read stay, another is read by
        opening the file again."""
        self._workbook = None

    def _open(self) -> Workbook:
        if self._workbook is None:
            self._workbook = Workbook(self.path, self.kind)
        return self._workbook

    def read(self, sheet: str | None = None, *, with_marks: bool = True) -> RawSheet:
        """The sheet's cells, read once however often asked for. ``with_marks=False``
        leaves what the file says of them beyond their values to the caller (see
        ``ReadAhead``)."""
        if self.kind is FileKind.TEXT:
            if self._text is None:
                self._text = read_text_table(self.path)
            return self._text
        names = [s.name for s in self.sheets()]
        if sheet is None:
            raise ValueError("a workbook needs a sheet name")
        if sheet not in names:
            raise UnreadableFileError("sheet_missing", msg(
                "{file} has no sheet called '{sheet}'; its sheets are {sheets}.",
                file=self.path.name, sheet=sheet, sheets=", ".join(repr(n) for n in names)))
        if sheet not in self._read:
            self._read[sheet] = self._open().read(sheet, with_marks=with_marks)
        return self._read[sheet]

    def candidate_sheets(self) -> list[str]:
        """The visible sheets, first choice first: those that are not instructions or
        lookups, then a reserve list's ("候補": its students are not nominated), then the
        rest."""
        visible = [s.name for s in self.sheets() if not s.hidden]
        if not visible:
            raise UnreadableFileError("no_visible_sheet", msg(
                "{file} has no visible sheet.", file=self.path.name))
        preferred = [n for n in visible
                     if not any(word in n.casefold() for word in _NOT_DATA_SHEET_WORDS)]
        reserves = [n for n in preferred if is_reserve_heading(n)]
        first = [n for n in preferred if n not in reserves] + reserves
        return first + [n for n in visible if n not in first]


class ReadAhead:
    """A file opened, and the sheet an import will most likely take read, on a worker thread.

    python-calamine parses without holding Python's lock, so a large workbook is read while
    the caller loads the database layer and opens the database; and ``take``, while it waits,
    looks through the sheet's XML for what python-calamine does not say of its cells
    (``cell_marks``) on the caller's thread (the second core). It raises what opening the
    file would have raised.
    """

    def __init__(self, path: Path, sheet: str | None = None) -> None:
        self._path = Path(path)
        self._chosen = threading.Event()  # the sheet being read is known (or reading failed)
        self._done = threading.Event()
        self._kind: FileKind | None = None
        self._sheet: str | None = None
        self._file: SpreadsheetFile | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._read, args=(sheet,), name="read-ahead",
                         daemon=True).start()

    def _read(self, sheet: str | None) -> None:
        try:
            spreadsheet = SpreadsheetFile(self._path)
            if spreadsheet.kind is FileKind.TEXT:
                self._chosen.set()
                spreadsheet.read()
            else:
                if sheet is None:
                    sheet = spreadsheet.candidate_sheets()[0]
                elif sheet not in {s.name for s in spreadsheet.sheets()}:
                    sheet = None  # (a sheet that is not there is said by the caller)
                self._kind, self._sheet = spreadsheet.kind, sheet
                self._chosen.set()
                if sheet is not None:
                    spreadsheet.read(sheet, with_marks=False)  # take() finds them
            spreadsheet.close()
            _give_back_freed_memory()
            self._file = spreadsheet
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by take()
            self._error = exc
        finally:
            self._chosen.set()
            self._done.set()

    def take(self) -> SpreadsheetFile:
        """The file, handed over once: holding it here would keep the whole workbook in
        memory for as long as the caller keeps this object."""
        self._chosen.wait()
        marks = CellMarks()
        failure: BaseException | None = None
        if self._kind is not None and self._sheet is not None:
            try:
                marks = cell_marks(self._path, self._kind, self._sheet)
            except Exception as exc:  # noqa: BLE001 - raised once the worker is done too
                failure = exc
        self._done.wait()  # never leave the worker parsing behind
        if self._error is not None:
            raise self._error
        if failure is not None:
            raise failure
        spreadsheet, self._file = self._file, None
        if spreadsheet is None:
            raise RuntimeError("the file read ahead was already taken")
        if self._sheet is not None:
            spreadsheet.read(self._sheet).mark(marks)
        return spreadsheet


def _give_back_freed_memory() -> None:
    """Return to the system what the parser freed on this thread.

    glibc gives each thread its own allocation arena and keeps a fragmented one's freed
    pages: without this, a 100,000-row workbook parsed on the reading thread leaves ~30 MB
    counted against the process through the import's own peak. Other allocators (Windows,
    macOS, musl) share one heap between threads: nothing to do there.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to give back
            ctypes.CDLL("libc.so.6").malloc_trim(0)
