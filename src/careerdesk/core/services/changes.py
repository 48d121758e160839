"""What a piece of work changed, in the words the window's pages care about.

A change says which kinds of record it touched (students, nominations, …); each page
refreshes only when it shows one of them. Work recorded in the journal says so by the
tables it wrote (``of_tables``); bulk work (an import, demo data) names its kinds itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Changed(StrEnum):
    STUDENTS = "students"
    NOMINATIONS = "nominations"
    PLACEMENTS = "placements"
    EVENTS = "events"
    PROGRAMMES = "programmes"
    ORGANISATIONS = "organisations"
    SETTINGS = "settings"
    IMPORTS = "imports"


_BY_TABLE: dict[str, Changed] = {
    "student": Changed.STUDENTS, "faculty": Changed.STUDENTS,
    "university": Changed.SETTINGS, "university_alias": Changed.SETTINGS,
    "nomination": Changed.NOMINATIONS, "status_change": Changed.NOMINATIONS,
    "placement": Changed.PLACEMENTS, "placement_phase": Changed.PLACEMENTS,
    "event": Changed.EVENTS, "attendance": Changed.EVENTS,
    "application": Changed.EVENTS, "event_role": Changed.EVENTS,
    "privacy_request": Changed.STUDENTS,
    "programme": Changed.PROGRAMMES, "cohort": Changed.PROGRAMMES, "track": Changed.PROGRAMMES,
    "phase": Changed.PROGRAMMES, "quota": Changed.PROGRAMMES,
    "eligibility_rule": Changed.PROGRAMMES,
    "organisation": Changed.ORGANISATIONS, "contact": Changed.ORGANISATIONS,
    "position": Changed.ORGANISATIONS,
    "setting": Changed.SETTINGS, "import_mapping": Changed.SETTINGS,
    "import_batch": Changed.IMPORTS, "import_change": Changed.IMPORTS,
}


@dataclass(frozen=True)
class Changes:
    """The kinds of record a piece of work changed (none: it changed nothing)."""

    kinds: frozenset[Changed] = frozenset()

    @classmethod
    def of(cls, *kinds: Changed) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> Changes:
        """After work that may have changed anything (a restore, demo data, an import)."""
        return cls(frozenset(Changed))

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        return cls(frozenset(_BY_TABLE[t] for t in tables if t in _BY_TABLE))

    def touches(self, *kinds: Changed) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)
