"""One entry point for every kind of file the importer takes."""

from __future__ import annotations

import contextlib
import ctypes
import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sheet_choice import candidate_sheets
from careerdesk.io.sniff import FileKind, sniff
from careerdesk.io.table import CellMarks, RawSheet, SheetInfo
from careerdesk.io.text_reader import read_text_table
from careerdesk.io.workbook_process import Loaded, load_apart
from careerdesk.io.workbook_reader import SCANNED, cell_marks
from careerdesk.messages import msg


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
    """A file opened for import: its sheets, and each sheet's cells on demand. A workbook's
    sheets are parsed in a child process (``workbook_process``), one sheet at a time."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.kind = sniff(self.path)
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
        if self._sheets is None:  # (the first choice of sheet is read with them)
            self._load(None, with_marks=True)
        assert self._sheets is not None
        return self._sheets

    def read(self, sheet: str | None = None, *, with_marks: bool = True) -> RawSheet:
        """The sheet's cells, read once however often asked for. ``with_marks=False``
        leaves what the file says of them beyond their values to the caller (see
        ``ReadAhead``)."""
        if self.kind is FileKind.TEXT:
            if self._text is None:
                self._text = read_text_table(self.path)
            return self._text
        if sheet is None:
            raise ValueError("a workbook needs a sheet name")
        if sheet not in self._read and (self._sheets is None
                                        or sheet in {s.name for s in self._sheets}):
            self._load(sheet, with_marks=with_marks)
        if sheet not in self._read:
            raise UnreadableFileError("sheet_missing", msg(
                "{file} has no sheet called '{sheet}'; its sheets are {sheets}.",
                file=self.path.name, sheet=sheet,
                sheets=", ".join(repr(s.name) for s in self.sheets())))
        return self._read[sheet]

    def read_first_choice(self, sheet: str | None,
                          on_chosen: Callable[[str | None], None]) -> None:
        """Read ``sheet``, or the first choice when None, leaving what the file says of its
        cells beyond their values to the caller; ``on_chosen`` is told the sheet's name
        (None when there is no such sheet) as soon as it is known."""
        if self.kind is FileKind.TEXT:
            on_chosen(None)
            self.read()
        elif self.kind in _READ_WHOLE:
            names = [s.name for s in self.sheets()]
            on_chosen(self.candidate_sheets()[0] if sheet is None
                      else sheet if sheet in names else None)
        else:
            self._load(sheet, with_marks=False, on_chosen=on_chosen)

    def _load(self, sheet: str | None, *, with_marks: bool,
              on_chosen: Callable[[str | None], None] | None = None) -> None:
        """The workbook's sheets, and ``sheet`` (or its first choice) read in the child
        process; with ``with_marks``, the sheet's XML is looked through here meanwhile."""
        marks = CellMarks()
        if with_marks and self.kind in SCANNED:
            chosen: queue.SimpleQueue[str | None] = queue.SimpleQueue()

            def tell(name: str | None) -> None:
                chosen.put(name)
                if on_chosen is not None:
                    on_chosen(name)

            with ThreadPoolExecutor(1, thread_name_prefix="sheet-parse") as pool:
                parsed = pool.submit(load_apart, self.path, self.kind, sheet, tell)
                name = sheet if sheet is not None else _chosen_or_failed(chosen, parsed)
                try:
                    if name is not None:
                        marks = cell_marks(self.path, self.kind, name)
                except Exception:  # noqa: BLE001 - the parse's own error says more
                    parsed.result()
                    raise
                loaded = parsed.result()
        else:
            loaded = load_apart(self.path, self.kind, sheet, on_chosen)
        self._sheets = loaded.sheets
        if loaded.name is not None:
            read = RawSheet(loaded.name, loaded.rows, far_cells=loaded.far)
            read.mark(marks)
            self._read[loaded.name] = read

    def candidate_sheets(self) -> list[str]:
        """The visible sheets, first choice first (``sheet_choice``)."""
        return candidate_sheets(self.path.name, self.sheets())


class ReadAhead:
    """A file opened, and the sheet an import will most likely take read, on a worker thread.

    The workbook is parsed in its child process while the caller loads the database layer
    and opens the database; and ``take``, while it waits, looks through the sheet's XML for
    what python-calamine does not say of its cells (``cell_marks``) on the caller's thread
    (the second core). It raises what opening the file would have raised.
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

            def chosen(name: str | None) -> None:
                if spreadsheet.kind is not FileKind.TEXT:
                    self._kind, self._sheet = spreadsheet.kind, name
                self._chosen.set()

            spreadsheet.read_first_choice(sheet, chosen)
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


def _chosen_or_failed(chosen: queue.SimpleQueue[str | None], parsed: Future[Loaded]
                      ) -> str | None:
    """The sheet the child chose, as soon as it says; None when it failed first (its
    failure is raised by ``parsed.result()``)."""
    while True:
        try:
            return chosen.get(timeout=0.02)
        except queue.Empty:
            if parsed.done():
                return None if chosen.empty() else chosen.get_nowait()


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
