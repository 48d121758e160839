"""Students as lists show them: plain rows, the orders offered, and where rows come from.

Free of SQLAlchemy on purpose: the window's first page is read through the standard
library's sqlite3 (see ``core.db.sqlite_student_reader``) before SQLAlchemy is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, NamedTuple, Protocol


class StudentRow(NamedTuple):
    """One student as lists and exports show it (plain values, safe across threads).

    A named tuple, not a dataclass: this module is on the window's start-up path, where
    making a frozen dataclass (and loading ``dataclasses``) costs several milliseconds."""

    id: int
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    email: str | None
    phone: str | None
    faculty: str | None
    department: str | None
    programme: str | None
    award_level: str | None
    year_of_study: int | None
    graduation: dt.date | None
    hk_resident: bool | None

    def as_json(self) -> dict[str, Any]:
        data = self._asdict()
        data.pop("id")
        data["graduation"] = self.graduation.isoformat() if self.graduation else None
        return data


class StudentSort(StrEnum):
    """The orders the student list offers; each is backed by an index or a small join."""

    UNIVERSITY = "university"
    STUDENT_NO = "student_no"
    NAME_EN = "name_en"
    NAME_ZH = "name_zh"
    EMAIL = "email"
    FACULTY = "faculty"
    PROGRAMME = "programme"
    GRADUATION = "graduation"
    PHONE = "phone"
    HK_RESIDENT = "hk_resident"


class StudentSource(Protocol):
    """Where a students table gets its ordered ids and, a block at a time, its rows."""

    def ids(self, search: str, sort: StudentSort, descending: bool,
            limit: int | None = None) -> list[int]: ...

    def count(self, search: str = "") -> int: ...

    def rows(self, ids: Sequence[int]) -> list[StudentRow]: ...


def phone_shown(number: str | None) -> str:
    """A stored number (E.164) as people read it: "9123 4567" for Hong Kong, "+86 138 1234
    5678" for a mainland mobile, others as stored."""
    if not number:
        return ""
    if number.startswith("+852") and len(number) == 12:
        return f"{number[4:8]} {number[8:]}"
    if number.startswith("+86") and len(number) == 14:
        return f"+86 {number[3:6]} {number[6:10]} {number[10:]}"
    return number

