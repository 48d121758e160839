"""What the readers raise when a file cannot be read at all."""

from __future__ import annotations


class UnreadableFileError(Exception):
    """A file that cannot be read, with a stable ``code`` and one plain sentence."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message
