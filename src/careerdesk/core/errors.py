"""Errors the core raises for a person to read.

Each carries a stable ``code`` (tests and the window match it) and a plain English
sentence, written with ``careerdesk.messages.msg`` so the window can say it in Chinese.
Nothing here is a programming error: those stay ordinary exceptions.
"""

from __future__ import annotations

from careerdesk.messages import msg


class CareerDeskError(Exception):
    """A problem a coordinator can understand and act on."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class DatabaseError(CareerDeskError):
    """The database cannot be opened, read or upgraded."""

    code = "database"


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer CareerDesk than this one."""

    code = "database_too_new"


class NotFoundError(CareerDeskError):
    """Something named by the user does not exist."""

    code = "not_found"


class ConflictError(CareerDeskError):
    """The request contradicts what is already stored."""

    code = "conflict"


CANCELLED = msg("Cancelled; nothing was changed.")


class CancelledError(CareerDeskError):
    """The user cancelled long work; nothing was changed."""

    code = "cancelled"

    def __init__(self, message: str = CANCELLED) -> None:
        super().__init__(message)
