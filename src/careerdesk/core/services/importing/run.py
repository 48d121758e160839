"""The whole import in one call, as the command line and the window's last step use it."""

from __future__ import annotations

from pathlib import Path

from careerdesk.core.db.database import Database
from careerdesk.core.services.importing.applying import apply_plan
from careerdesk.core.services.importing.options import ImportOptions
from careerdesk.core.services.importing.planning import ImportPlan, plan_import
from careerdesk.core.services.importing.reading import read_nominee_file
from careerdesk.core.services.importing.result import ImportResult
from careerdesk.core.services.progress import Progress
from careerdesk.io.open_file import ReadAhead


def prepare_import(database: Database, path: Path, options: ImportOptions,
                   spreadsheet: ReadAhead | None = None) -> ImportPlan:
    """Read, understand and decide: everything but writing."""
    with database.session() as session:
        parsed = read_nominee_file(session, path, options, spreadsheet)
        return plan_import(session, parsed, options)


def import_file(database: Database, path: Path, options: ImportOptions,
                progress: Progress | None = None,
                spreadsheet: ReadAhead | None = None) -> tuple[ImportResult, ImportPlan]:
    """``spreadsheet``: the file already being read (``start_reading``), if it is."""
    plan = prepare_import(database, path, options, spreadsheet)
    if options.dry_run:
        return plan.result(), plan
    return apply_plan(database, plan, progress), plan
