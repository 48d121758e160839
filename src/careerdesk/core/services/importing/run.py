"""The whole import in one call, as the command line and the window's last step use it."""

from __future__ import annotations

from pathlib import Path

from careerdesk.core.db.database import Database
from careerdesk.core.services.importing.applying import apply_plan
from careerdesk.core.services.importing.errors import ImportFailedError
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
    return apply_or_replan(database, plan, path, options, progress)


def apply_or_replan(database: Database, plan: ImportPlan, path: Path, options: ImportOptions,
                    progress: Progress | None = None) -> tuple[ImportResult, ImportPlan]:
    """Write the plan; if what it found new was recorded meanwhile (another import of an
    overlapping list at the same moment), read and plan the file again, once, and write
    that: the students are then updated, not added twice."""
    try:
        return apply_plan(database, plan, progress), plan
    except ImportFailedError as failed:
        if failed.code != "import_outdated":
            raise
    again = prepare_import(database, path, options)
    return apply_plan(database, again, progress), again
