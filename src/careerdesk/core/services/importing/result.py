"""What an import did (or, in a dry run, would do), for the CLI's JSON and the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from careerdesk.io.parsed_sheet import Problem


@dataclass(frozen=True)
class StudentUpdate:
    row: int
    university: str
    student_no: str
    fields: tuple[str, ...]


@dataclass
class ImportResult:
    file: str
    sheet: str
    header_row: int
    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    batch: int | None
    issues: list[Problem]
    updates: list[StudentUpdate] = field(default_factory=list)
    nominations: int = 0
    attendances: int = 0
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "sheet": self.sheet, "header_row": self.header_row,
            "rows": self.rows, "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "rejected": self.rejected, "batch": self.batch,
            "issues": [issue.as_json() for issue in self.issues],
            "changes": [{"row": u.row, "university": u.university, "student_no": u.student_no,
                         "fields": list(u.fields)} for u in self.updates],
            "nominations": self.nominations, "attendances": self.attendances,
            "dry_run": self.dry_run,
        }

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        text = (f"{self.file} ({self.sheet}): {self.rows:,} student rows; {self.created:,} "
                f"{verb} added, {self.updated:,} updated, {self.unchanged:,} unchanged and "
                f"{self.rejected:,} rejected.")
        if self.nominations:
            text += f" {self.nominations:,} nominations {verb} created or updated."
        if self.attendances:
            text += f" {self.attendances:,} event registrations {verb} recorded."
        if self.batch is not None:
            text += f" Import batch {self.batch} (undo with: careerdesk imports undo {self.batch})."
        return text
