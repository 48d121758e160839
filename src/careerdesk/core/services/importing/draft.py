"""An import being prepared in the window: the file stays open between the steps.

Every step of the import window asks this object, never the database or the file
directly: which sheets, a preview, the columns and their guessed fields, then the plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Cohort, Event, University
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.mappings import headings_of, remember_mapping, saved_mapping
from careerdesk.core.services.importing.options import ImportOptions
from careerdesk.core.services.importing.planning import ImportPlan, plan_import
from careerdesk.core.services.importing.reading import read_nominee_file
from careerdesk.io.fields import Field
from careerdesk.io.layout import find_header_row, read_columns
from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.table import WHOLE_ROW, SheetInfo


@dataclass(frozen=True)
class Choice:
    code: str
    name: str


@dataclass(frozen=True)
class ImportChoices:
    universities: list[Choice]
    cohorts: list[Choice]
    events: list[Choice]


@dataclass(frozen=True)
class ColumnGuess:
    header: str
    letter: str
    field: Field | None
    remembered: bool
    unnamed: bool = False  # values under no heading: ``header`` is "Column C"
    hidden: bool = False  # hidden in the file
    shadowed: bool = False  # hidden under a visible column's heading: not to be chosen for


def import_choices(session: Session) -> ImportChoices:
    """The universities, cohorts and events an import (or a report) can be for."""
    return ImportChoices(
        [Choice(c, n) for c, n in session.execute(
            select(University.code, University.name_en).order_by(University.code))],
        [Choice(c, n) for c, n in session.execute(
            select(Cohort.code, Cohort.name).order_by(Cohort.year.desc(), Cohort.code))],
        [Choice(c, n) for c, n in session.execute(
            select(Event.code, Event.name).order_by(Event.held_on.desc(), Event.code))],
    )


class ImportDraft:
    """The file, open; what needs the database takes a session (the window runs those steps
    on its database thread)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._file = SpreadsheetFile(self.path)
            self._sheets = self._file.sheets()
            self._candidates = self._file.candidate_sheets()
        except UnreadableFileError as problem:
            raise ImportFailedError(problem.message, code=problem.code) from problem

    def sheets(self) -> list[SheetInfo]:
        return self._sheets

    def default_sheet(self) -> str:
        for name in self._candidates:
            if find_header_row(self._read(name)) is not None:
                return name
        return self._candidates[0]

    def _read(self, sheet: str):  # noqa: ANN202 (a RawSheet)
        try:
            return self._file.read(sheet if self._file.kind.value != "text" else None)
        except UnreadableFileError as problem:
            raise ImportFailedError(problem.message, code=problem.code) from problem

    def header_row(self, sheet: str) -> int | None:
        """The header row as Excel numbers it, if one was found."""
        found = find_header_row(self._read(sheet))
        return None if found is None else found + 1

    def preview(self, sheet: str, limit: int = 40) -> list[list[Any]]:
        return [list(row) for row in self._read(sheet).rows[:limit]]

    def hidden_rows(self, sheet: str) -> set[int]:
        """The rows hidden in the file (filtered out by its sender), as Excel numbers them:
        the import leaves them out."""
        return {row + 1 for row, column in self._read(sheet).problems if column == WHOLE_ROW}

    def struck_cells(self, sheet: str) -> set[tuple[int, int]]:
        """The cells struck through in the file, (row as Excel numbers it, 0-based column):
        a row struck through is a withdrawn nominee, and the import leaves it out."""
        return {(row + 1, column) for row, column in self._read(sheet).struck}

    def row_count(self, sheet: str) -> int:
        return len(self._read(sheet).rows)

    def columns(self, session: Session, sheet: str, header_row: int) -> list[ColumnGuess]:
        """The columns under ``header_row`` (as Excel numbers it) with the field each is
        remembered or guessed to hold, as the import will read them."""
        raw = self._read(sheet)
        if not 1 <= header_row <= len(raw.rows):
            return []
        remembered = saved_mapping(session, raw.rows[header_row - 1])
        return [ColumnGuess(c.header, c.letter, c.field,
                            remembered is not None and c.header in remembered, c.unnamed,
                            c.hidden, c.shadowed)
                for c in read_columns(raw, header_row - 1, remembered)]

    def plan(self, session: Session, options: ImportOptions) -> ImportPlan:
        parsed = read_nominee_file(session, self.path, options, self._file)
        return plan_import(session, parsed, options)

    def remember(self, database: Database, sheet: str, header_row: int,
                 mapping: dict[str, str | None]) -> None:
        """Keep the coordinator's choices among ``mapping`` (what each heading was matched
        to) for files with the same headings: the ones that differ from CareerDesk's guess,
        and the ones remembered before. A guess is left to be made again, from the next
        file's own values where it was made from this one's (a column headed "Status" read
        as the nominations' because its every value was a nomination word)."""
        raw = self._read(sheet)
        headers = headings_of(raw.rows[header_row - 1])
        with database.transaction() as session:
            before = saved_mapping(session, raw.rows[header_row - 1]) or {}
            guessed = {c.header: c.field.value if c.field else None
                       for c in read_columns(raw, header_row - 1)}
            remember_mapping(session, headers, {
                header: field for header, field in mapping.items()
                if header in before or guessed.get(header, field) != field})


def describe(value: Any) -> str:
    """A cell as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != dt.time() \
            else value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)
