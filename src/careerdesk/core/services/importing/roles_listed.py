"""Importing an organiser's list of a career day's exhibitors and their roles: the companies
(made where the office has not met them) and each role, for the event. All or nothing, kept
as an import that can be undone (the roles it made go, unless applied to since)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.audit import log_bulk
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import EventRole, ImportBatch, ImportChange
from careerdesk.core.db.models.base import utcnow
from careerdesk.core.identity import current_user
from careerdesk.core.services.applications import organisation_made
from careerdesk.core.services.events import event_named
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.reading import file_sha256
from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.roles_list import RolesTable, read_roles
from careerdesk.io.table import RawSheet
from careerdesk.messages import msg


@dataclass
class RolesImported:
    """What a list of roles did (or, in a dry run, would do)."""

    file: str
    sheet: str
    batch: int | None
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    companies: int = 0  # the day's, after the import
    problems: list[tuple[int, str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return msg("{file}: {created:,} roles added, {updated:,} changed, {unchanged:,} "
                   "unchanged, {rejected:,} rows not imported; the day has {companies:,} "
                   "companies.", file=self.file, created=self.created, updated=self.updated,
                   unchanged=self.unchanged, rejected=self.rejected, companies=self.companies)


def roles_in(path: Path) -> tuple[RawSheet, RolesTable] | None:
    """The first sheet of ``path`` that lists roles (company and role headings, no
    students), or None."""
    try:
        spreadsheet = SpreadsheetFile(path)
        names = [s.name for s in spreadsheet.sheets()] if spreadsheet.kind.name != "TEXT" \
            else [None]
        for name in names:
            sheet = spreadsheet.read(name) if name is not None else spreadsheet.read()
            table = read_roles(sheet)
            if table is not None:
                return sheet, table
    except UnreadableFileError as problem:
        raise ImportFailedError(problem.message, code=problem.code) from problem
    return None


def import_roles(database: Database, path: Path, event: str,
                 dry_run: bool = False) -> RolesImported:
    """The list's roles for ``event``: new ones added (their companies made if new), those
    already there given the field, openings and mode the list says."""
    path = Path(path)
    found = roles_in(path)
    if found is None:
        raise ImportFailedError(msg(
            "{file} lists no roles: CareerDesk looks for a heading naming the company "
            "('Company', 'Exhibitor') and one naming the role ('Role', 'Position', 'Job "
            "Title').", file=path.name), code="no_roles")
    sheet, table = found
    if dry_run:
        with database.session() as session:
            result = _apply(session, table, RolesImported(path.name, sheet.name, None),
                            event, None)
            session.rollback()
            return result
    with database.transaction() as session:
        batch = ImportBatch(file_name=path.name, file_sha256=file_sha256(path), sheet=sheet.name,
                            imported_by=current_user(), imported_at=utcnow())
        session.add(batch)
        session.flush()
        result = _apply(session, table, RolesImported(path.name, sheet.name, batch.id),
                        event, batch.id)
        batch.rows = len(table.lines) + table.skipped
        batch.created, batch.updated = result.created, result.updated
        batch.unchanged, batch.rejected = result.unchanged, result.rejected
        log_bulk(session, "event_role", result.summary(), import_batch_id=batch.id)
        return result


def _apply(session: Session, table: RolesTable, result: RolesImported, event: str,
           batch_id: int | None) -> RolesImported:
    day = event_named(session, event)
    result.problems, result.rejected = list(table.problems), table.skipped
    for line in table.lines:
        company = organisation_made(session, line.company)
        role = session.scalar(select(EventRole).where(
            EventRole.event_id == day.id, EventRole.organisation_id == company.id,
            func.lower(EventRole.title) == line.title.casefold()))
        said = {"field": line.field, "openings": line.openings, "mode": line.mode}
        if role is None:
            session.add(EventRole(event_id=day.id, organisation_id=company.id,
                                  title=line.title, import_batch_id=batch_id, **said))
            session.flush()
            result.created += 1
            continue
        changed = {k: v for k, v in said.items() if v is not None and getattr(role, k) != v}
        if changed and batch_id is not None:  # (kept, for an undo)
            session.add(ImportChange(import_batch_id=batch_id, table_name="event_role",
                                     row_id=role.id, after=changed,
                                     before={k: getattr(role, k) for k in changed}))
        for key, value in changed.items():
            setattr(role, key, value)
        result.updated += bool(changed)
        result.unchanged += not changed
    session.flush()
    result.companies = session.scalar(select(func.count(func.distinct(
        EventRole.organisation_id))).where(EventRole.event_id == day.id)) or 0
    return result

