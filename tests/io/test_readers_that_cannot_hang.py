"""Readers that cannot take the machine down: a pipe or a device named like a list is
refused at once (never opened: a pipe would wait for ever, /dev/zero never end), and
whatever a reader raises, a Rust panic included, is one sentence naming the file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from careerdesk.io import workbook_reader
from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind
from tests.files import xlsx


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_csv_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "students.csv"
    os.mkfifo(pipe)
    started = time.monotonic()
    with pytest.raises(UnreadableFileError, match="not a file but a device or a pipe"):
        SpreadsheetFile(pipe)
    assert time.monotonic() - started < 2


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_behind_a_list_name_is_refused(tmp_path: Path) -> None:
    endless = tmp_path / "students.csv"
    endless.symlink_to("/dev/zero")
    with pytest.raises(UnreadableFileError, match="device or a pipe"):
        SpreadsheetFile(endless).read()


class PanicException(BaseException):  # as pyo3 makes it: not an Exception
    pass


def test_a_reader_panic_is_the_damaged_sentence(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = xlsx(tmp_path / "list.xlsx", [["Student No.", "Name"], ["1155000001", "CHAN"]])

    def panics(*_args: object, **_kwargs: object) -> None:
        raise PanicException("called `Option::unwrap()` on a `None` value")

    monkeypatch.setattr(workbook_reader, "_open", panics)
    with pytest.raises(UnreadableFileError, match="list.xlsx cannot be read as a spreadsheet"):
        workbook_reader.CalamineBook(path, FileKind.XLSX)


def test_an_interrupt_is_not_taken_for_a_damaged_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = xlsx(tmp_path / "list.xlsx", [["Student No.", "Name"], ["1155000001", "CHAN"]])

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(workbook_reader, "_open", interrupted)
    with pytest.raises(KeyboardInterrupt):
        workbook_reader.CalamineBook(path, FileKind.XLSX)
