"""What the person importing chose: sheet, university, cohort, event, column mapping."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportOptions:
    sheet: str | None = None
    #: For files without a University column: a code or any alias of it.
    university: str | None = None
    #: Nominate every imported student to this cohort (a row's own cohort column wins).
    cohort: str | None = None
    #: Event registration exports: the event whose attendance the file holds.
    event: str | None = None
    #: Header text → field name (or None to leave the column out); overrides the guesses.
    mapping: dict[str, str | None] | None = None
    #: The header row as Excel numbers it, when the automatic search should not choose.
    header_row: int | None = None
    dry_run: bool = False
