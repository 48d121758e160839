"""Exporting 50,000 students to Excel, as the window's Export (Ctrl+E) and the command line
do it.

    python benchmarks/export_benchmark.py [--students 50000]

Measured: ``export_students`` (read every student, write the workbook: text kept as text,
real dates, autofilter, frozen header). Baseline, in the same run: openpyxl writing the
same values in write-only mode with no styling at all. Target (tables issue): under 5 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import demo_from_arguments, report  # noqa: E402


def main() -> None:
    path = demo_from_arguments(__doc__, 50_000)
    from openpyxl import Workbook

    from careerdesk.core.db.database import Database
    from careerdesk.core.services.exports import export_students
    from careerdesk.core.services.students import list_students

    database = Database.open(path)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "students.xlsx"
        started = time.perf_counter()
        count = export_students(database, target, include_without_consent=True).count
        measured = time.perf_counter() - started

        with database.session() as session:
            rows = list_students(session)
        started = time.perf_counter()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Students")
        for row in rows:
            sheet.append(list(row[1:]))
        workbook.save(Path(folder) / "bare.xlsx")
        baseline = time.perf_counter() - started
    report(f"export {count:,} students", measured, "bare openpyxl write of the rows",
           baseline, target_seconds=5)


if __name__ == "__main__":
    main()
