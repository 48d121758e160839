"""Importing nominee lists: read (io), understand and decide (plan), write (apply), undo.

    parsed = read_nominee_file(session, path, options)
    plan = plan_import(session, parsed, options)
    result = apply_plan(database, plan)      # or plan.result() for a dry run
    undo_import(database, batch_id)
"""

from careerdesk.core.services.importing.applying import apply_plan
from careerdesk.core.services.importing.options import ImportOptions
from careerdesk.core.services.importing.planning import ImportPlan, plan_import
from careerdesk.core.services.importing.reading import ParsedFile, read_nominee_file
from careerdesk.core.services.importing.result import ImportResult
from careerdesk.core.services.importing.run import import_file
from careerdesk.core.services.importing.undo import UndoResult, undo_import

__all__ = [
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "ParsedFile",
    "UndoResult",
    "apply_plan",
    "import_file",
    "plan_import",
    "read_nominee_file",
    "undo_import",
]
