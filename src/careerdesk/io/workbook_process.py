"""Workbooks parsed in a child process, with a memory cap and a time limit.

python-calamine is fast and right, but a damaged or hostile workbook can make it ask for
more memory than the machine has (and the process aborts), panic, or run on for minutes.
So it runs in a child process of its own, started for each read: the child opens the
workbook, says its sheets and which one it reads (the caller looks through that sheet's XML
for what python-calamine does not say, meanwhile), then sends the sheet's rows. On Linux
and macOS the child cannot take more than ``MEMORY_CAP`` of address space; everywhere it
is stopped after ``time_limit``. A child that dies, however, is one sentence for the
coordinator: the file is too large or damaged to read. Starting it costs some 60 ms.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind
from careerdesk.io.table import FarCell, SheetInfo
from careerdesk.messages import msg

log = logging.getLogger(__name__)

#: The address space the reading child may take (Linux, macOS): three times what reading a
#: 100,000-row list takes; a workbook that needs more is not a list.
MEMORY_CAP = 1536 * 2**20
#: Rows sent at once: the caller takes in a part while the child makes the next.
_ROWS_AT_ONCE = 5_000
#: The bundled application's argument that makes it the reading child.
CHILD_ARGUMENT = "--careerdesk-read-workbook"


def time_limit(path: Path) -> float:
    """Seconds a read may take: a minute, and four more for every megabyte of file (a
    100,000-row workbook is 7 MB and reads in 2 s)."""
    return 60 + 4 * path.stat().st_size / 2**20


@dataclass
class Loaded:
    """What the child read: the workbook's sheets, the one it read (None when the sheet
    asked for is not there) and its rows, with the far cells left out of it."""

    sheets: list[SheetInfo]
    name: str | None
    rows: list[list[Any]] = field(default_factory=list)
    far: list[FarCell] = field(default_factory=list)


def load_apart(path: Path, kind: FileKind, sheet: str | None,
               on_chosen: Callable[[str | None], None] | None = None) -> Loaded:
    """The workbook at ``path`` read in a child process: ``sheet``, or its first choice of
    sheet when None. ``on_chosen`` is told the sheet's name (None: no such sheet) as soon as
    the child knows it, before the rows come."""
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=errors, env=_environment(), **_quietly())
        timer = threading.Timer(time_limit(path), child.kill)
        timer.start()
        try:
            return _talk(child, path, kind, sheet, on_chosen)
        except (EOFError, OSError, pickle.UnpicklingError, ValueError) as exc:
            child.kill()
            child.wait()
            raise _failed(path, child.returncode, not timer.is_alive(), errors) from exc
        finally:
            timer.cancel()
            if child.poll() is None:
                child.kill()
            child.wait()


def _talk(child: subprocess.Popen[bytes], path: Path, kind: FileKind, sheet: str | None,
          on_chosen: Callable[[str | None], None] | None) -> Loaded:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(pickle.dumps((str(path), kind.value, sheet, MEMORY_CAP)))
    child.stdin.close()
    sheets, name = _answer(child.stdout)
    if on_chosen is not None:
        on_chosen(name)
    if name is None:
        return Loaded(sheets, None)
    rows: list[list[Any]] = []
    with _collector_paused():
        while (part := _answer(child.stdout)) and isinstance(part, list):
            rows += part
    return Loaded(sheets, name, rows, part[1])


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while rows are taken in: a million new lists and
    strings (none of them in a cycle) would set it off again and again, and more than
    double the time."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _answer(stream: IO[bytes]) -> Any:  # noqa: ANN401 - each answer is a tuple of its own
    """The child's next answer; an UnreadableFileError it sent is raised here."""
    answer = pickle.load(stream)  # (the child is ours; what it sends is values it made)
    if isinstance(answer, UnreadableFileError):
        raise answer
    return answer


def _failed(path: Path, returncode: int | None, timed_out: bool,
            errors: IO[bytes]) -> UnreadableFileError:
    errors.seek(0)
    said = errors.read()[-2000:].decode("utf-8", "replace").strip()
    log.warning("reading %s in a child process failed (%s); it said: %s", path.name,
                "time limit" if timed_out else f"exit {returncode}", said or "nothing")
    return UnreadableFileError("file_too_large_or_damaged", msg(
        "{file} is too large or damaged to read; open it in Excel, check that the list is all "
        "there, save it as a new workbook, and import that.", file=path.name))


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundled application: it is its own child
        return [sys.executable, CHILD_ARGUMENT]
    return [sys.executable, "-c",
            "from careerdesk.io.workbook_process import serve; raise SystemExit(serve())"]


def _environment() -> dict[str, str]:
    """This environment, with this copy of CareerDesk first on the child's path."""
    here = str(Path(__file__).resolve().parent.parent.parent)
    paths = [here, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _quietly() -> dict[str, Any]:
    """No console window flashing up for the child on Windows."""
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NO_WINDOW}
    return {}


def serve() -> int:
    """The child: read the request on stdin, answer on stdout (pickled)."""
    gc.disable()  # (a short life, making nothing but rows: no cycles to collect)
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # (nothing else may write where the answers go)
    path, kind, sheet, cap = pickle.load(sys.stdin.buffer)
    _cap_memory(cap)
    try:
        _read(Path(path), FileKind(kind), sheet, answers)
    except UnreadableFileError as exc:
        pickle.dump(exc, answers, protocol=pickle.HIGHEST_PROTOCOL)
    answers.flush()
    return 0


def _read(path: Path, kind: FileKind, sheet: str | None, answers: IO[bytes]) -> None:
    from careerdesk.io.sheet_choice import candidate_sheets
    from careerdesk.io.workbook_reader import CalamineBook

    book = CalamineBook(path, kind)
    sheets = book.sheets()
    if sheet is None:
        with contextlib.suppress(UnreadableFileError):  # (said when the caller asks)
            sheet = candidate_sheets(path.name, sheets)[0]
    elif sheet not in {info.name for info in sheets}:
        sheet = None
    pickle.dump((sheets, sheet), answers, protocol=pickle.HIGHEST_PROTOCOL)
    answers.flush()
    if sheet is not None:
        rows, far = book.read(sheet)
        for start in range(0, len(rows), _ROWS_AT_ONCE):  # (taken in as they come)
            pickle.dump(rows[start:start + _ROWS_AT_ONCE], answers,
                        protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(("far", far), answers, protocol=pickle.HIGHEST_PROTOCOL)


def _cap_memory(cap: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit alone
        return
    with contextlib.suppress(ValueError, OSError):  # (macOS may not let it be lowered)
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (
            cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
