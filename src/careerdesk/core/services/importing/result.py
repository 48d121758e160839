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


@dataclass(frozen=True)
class IssueGroup:
    """Issues saying the same thing about the same column (a cohort CareerDesk does not
    have, on 25,000 rows), and the rows they are on: for people to read. The JSON keeps
    one issue per row."""

    column: str
    code: str
    message: str
    rows: tuple[int, ...]  # as Excel shows them; empty for the file as a whole

    def listed(self, shown: int = 5) -> tuple[str, int]:
        """The first ``shown`` rows as a list ("3, 4, 7, 8, 10"), and how many more there
        are; each window words them in its own language."""
        return ", ".join(map(str, self.rows[:shown])), max(len(self.rows) - shown, 0)

    def rows_text(self) -> str:
        """"Row 7", "Rows 3, 4, 7, 8, 10 and 25,102 more"; "" for the file as a whole."""
        if not self.rows:
            return ""
        listed, more = self.listed()
        return (f"Row {listed}" if len(self.rows) == 1 else
                f"Rows {listed}" + (f" and {more:,} more" if more else ""))


def group_issues(issues: list[Problem]) -> list[IssueGroup]:
    """``issues`` grouped by what they say, in the order of their first row."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for issue in issues:
        groups.setdefault((issue.column, issue.code, issue.message), []).append(issue.row)
    return [IssueGroup(column, code, message, tuple(row for row in rows if row))
            for (column, code, message), rows in groups.items()]


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
    nominations: int = 0  # made or changed, the moved among them
    moved: int = 0  # nominations moved on to where the list says they are
    attendances: int = 0
    placements: int = 0  # recorded from the companies a list sent back names
    #: a career day's applications: made, moved on to where the list says, already so
    applications_created: int = 0
    applications_updated: int = 0
    applications_unchanged: int = 0
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "sheet": self.sheet, "header_row": self.header_row,
            "rows": self.rows, "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "rejected": self.rejected, "batch": self.batch,
            "issues": [issue.as_json() for issue in self.issues],
            "changes": [{"row": u.row, "university": u.university, "student_no": u.student_no,
                         "fields": list(u.fields)} for u in self.updates],
            "nominations": self.nominations, "moved": self.moved,
            "attendances": self.attendances, "placements": self.placements,
            "applications": {"created": self.applications_created,
                             "updated": self.applications_updated,
                             "unchanged": self.applications_unchanged},
            "dry_run": self.dry_run,
        }

    def issue_groups(self) -> list[IssueGroup]:
        return group_issues(self.issues)

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        text = (f"{self.file} ({self.sheet}): {self.rows:,} student rows; {self.created:,} "
                f"{verb} added, {self.updated:,} updated, {self.unchanged:,} unchanged and "
                f"{self.rejected:,} rejected.")
        if self.nominations:
            text += f" {self.nominations:,} nominations {verb} created or updated."
        if self.moved:
            text += f" {self.moved:,} of them {verb} moved on to where the list says they are."
        if self.attendances:
            text += f" {self.attendances:,} event registrations {verb} recorded."
        if self.placements:
            text += f" {self.placements:,} placements {verb} recorded."
        if self.applications_created or self.applications_updated or \
                self.applications_unchanged:
            text += (f" Applications: {self.applications_created:,} {verb} recorded, "
                     f"{self.applications_updated:,} moved on and "
                     f"{self.applications_unchanged:,} unchanged.")
        if self.batch is not None:
            text += f" Import batch {self.batch} (undo with: careerdesk imports undo {self.batch})."
        return text
