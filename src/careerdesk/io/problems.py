"""What the readers raise when a file cannot be read at all."""

from __future__ import annotations

from careerdesk.messages import msg


class UnreadableFileError(Exception):
    """A file that cannot be read, with a stable ``code`` and one plain sentence."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # (it crosses from a child process)
        return UnreadableFileError, (self.code, self.message)


def too_large(file: str) -> UnreadableFileError:
    """A file far larger than any nominee list: refused before it is read."""
    return UnreadableFileError("file_too_large", msg(
        "{file} is too large to be a nominee list.", file=file))


def damaged(file: str) -> UnreadableFileError:
    """A container (zip or OLE) whose parts cannot be found: cut short, or broken."""
    return UnreadableFileError("file_truncated", msg(
        "{file} is damaged or incomplete (perhaps cut short while downloading); ask for the "
        "file again.", file=file))


class CellsSpentError(Exception):
    """A file made more cells than its ``CellBudget`` allows."""


class CellBudget:
    """How many cells a file may make when one cell can stand for many (a web page's
    spans, an XML spreadsheet's merges and skips): twice the file's size, plus room for a
    small file's spans. More is a hostile file, not a list: ``spend`` raises then, and the
    reader refuses the file in one sentence (``refused``)."""

    def __init__(self, size: int) -> None:
        self.left = 2 * size + 100_000

    def spend(self, cells: int) -> None:
        self.left -= cells
        if self.left < 0:
            raise CellsSpentError

    @staticmethod
    def refused(file: str) -> UnreadableFileError:
        return UnreadableFileError("file_too_large", msg(
            "{file} would make far more cells than any nominee list; it was not read.",
            file=file))
