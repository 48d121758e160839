"""Reading an import file while the rest starts up.

Kept apart from ``services.importing`` (which loads SQLAlchemy) so that a caller can start
reading before it loads the database layer: for a 100,000-row workbook the parse and
the start-up then overlap, about a second saved.
"""

from __future__ import annotations

from pathlib import Path

from careerdesk.io.open_file import ReadAhead


def start_reading(path: Path, sheet: str | None = None) -> ReadAhead:
    """Open ``path`` and read the sheet an import will most likely take, on a worker thread;
    give the result to ``import_file(..., spreadsheet=)``."""
    return ReadAhead(path, sheet)
