"""The demo's "AI in Action" Career Day at its real scale: its applications list imported,
and its outcome report made, end to end.

    python benchmarks/career_day_benchmark.py [--rounds 3]

The day (3,400 registered, some 3,000 visitors, 150 companies, 1,000 roles, ~7,700
applications) comes from a 4,000-student demo database. Its applications are exported to a
workbook (`export applications`), taken out of a copy of the database, and imported back
with `careerdesk import FILE --event AIA-2025 --json` in a fresh process; the baseline, in
the same run, is python-calamine alone reading that workbook. The report is `careerdesk
report event` in a fresh process, against the attendance report of the same day as its
baseline. Targets (career days issue): the import under 3 s and the report under 3 s, end
to end; the figures are the medians of the rounds (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CACHE, compile_bytecode, demo_database, report  # noqa: E402

CALAMINE = """
import sys, time
started = time.perf_counter()
import python_calamine
rows = python_calamine.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
assert len(rows) > 1
print(time.perf_counter() - started)
"""

COMMAND = """
import contextlib, io, sys, time
started = time.perf_counter()
from careerdesk.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    assert main(sys.argv[1:]) == 0
print(time.perf_counter() - started)
"""

_WITHOUT_THE_DAYS_APPLICATIONS = """
DELETE FROM placement WHERE application_id IN (SELECT a.id FROM application a
    JOIN event e ON e.id = a.event_id WHERE e.code = 'AIA-2025');
DELETE FROM status_change WHERE application_id IN (SELECT a.id FROM application a
    JOIN event e ON e.id = a.event_id WHERE e.code = 'AIA-2025');
DELETE FROM application WHERE event_id = (SELECT id FROM event WHERE code = 'AIA-2025');
"""


def run(code: str, *args: str) -> float:
    env = {**os.environ, "CAREERDESK_HOME": str(CACHE / "home")}
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True, env=env).stdout.split()
    return float(out[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    compile_bytecode()
    demo = demo_database(4_000)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        workbook = folder / "aia-applications.xlsx"
        run(COMMAND, "--db", str(demo), "export", "applications", str(workbook),
            "--event", "AIA-2025")
        with sqlite3.connect(demo) as connection:
            applications, visitors = connection.execute(
                "SELECT (SELECT count(*) FROM application a JOIN event e ON e.id = a.event_id "
                "WHERE e.code = 'AIA-2025'), (SELECT count(*) FROM attendance a JOIN event e "
                "ON e.id = a.event_id WHERE e.code = 'AIA-2025' AND a.status IN "
                "('on_site', 'virtual'))").fetchone()
        reading, importing, printing, attendance = [], [], [], []
        for number in range(args.rounds):
            copy = folder / f"round-{number}.sqlite3"
            shutil.copy(demo, copy)
            with sqlite3.connect(copy) as connection:
                connection.executescript(_WITHOUT_THE_DAYS_APPLICATIONS)
            reading.append(run(CALAMINE, str(workbook)))
            started = time.perf_counter()
            run(COMMAND, "--db", str(copy), "import", str(workbook), "--event", "AIA-2025",
                "--json")
            importing.append(time.perf_counter() - started)
            started = time.perf_counter()
            run(COMMAND, "--db", str(demo), "report", "event", "--event", "AIA-2025", "-o",
                str(folder / "day.pdf"))
            printing.append(time.perf_counter() - started)
            started = time.perf_counter()
            run(COMMAND, "--db", str(demo), "report", "attendance", "--event", "AIA-2025", "-o",
                str(folder / "attendance.pdf"))
            attendance.append(time.perf_counter() - started)
    print(f"The day: {visitors:,} visitors, {applications:,} applications.")
    report(f"import of the day's {applications:,} applications, end to end",
           median(importing), "python-calamine reading the workbook", median(reading),
           target_seconds=3)
    report("the career-day outcome report, end to end", median(printing),
           "the day's attendance report", median(attendance), target_seconds=3)


if __name__ == "__main__":
    main()
