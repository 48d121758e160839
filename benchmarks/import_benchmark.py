"""Importing a large nominee workbook into an empty SQLite database.

    python benchmarks/import_benchmark.py [--rows 100000] [--rounds 3]

Baseline, in the same run: python-calamine alone reading the same file. The import is the
command line (`careerdesk import FILE --json`) end to end. Each measurement is
a fresh process, so peak memory (the process's maximum resident size) is its own. Each
round runs the baseline, the first import (into a new database) and the second, one after
the other; the figures are the medians of the rounds (this machine is shared and noisy).
The workbook is parsed in a child process (``workbook_process``): its start, and the rows
sent back, are in the import's time; its peak memory is printed beside the import's.
Targets (import issue): the import ≤ 2× the baseline; peak memory under 600 MB; importing
the same file again (every row unchanged) no slower than the first import; a 2,000-row file
under 1 s end to end (measured in-process, after start-up).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CACHE, compile_bytecode, report  # noqa: E402
from benchmarks.common import in_fresh_process as run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT.parent / "shared" / "tools" / "make_large_nominee_list.py"

CALAMINE = """
import resource, sys, time
started = time.perf_counter()
import python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
rows = book.get_sheet_by_index(0).to_python()
assert len(rows) > 1
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

IMPORT = """
import contextlib, io, json, resource, sys, time
started = time.perf_counter()
from careerdesk.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out):  # the command line end to end, as a coordinator runs it
    assert main(["--db", sys.argv[2], "import", sys.argv[1], "--json"]) == 0
elapsed = time.perf_counter() - started
result = json.loads(out.getvalue())
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, result["created"],
      result["unchanged"], result["rejected"],
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # (the reading child's)
"""


def workbook(rows: int) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"nominees-{rows}.xlsx"
    if not path.exists():
        subprocess.run([sys.executable, str(GENERATOR), str(path), "--rows", str(rows)],
                       check=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    compile_bytecode()
    big, small = workbook(args.rows), workbook(2_000)
    rounds = []
    with tempfile.TemporaryDirectory() as work:
        for number in range(args.rounds):
            database = str(Path(work) / f"import-{number}.sqlite3")
            rounds.append((run(CALAMINE, str(big)), run(IMPORT, str(big), database),
                           run(IMPORT, str(big), database)))
            print(f"round {number + 1}: calamine {rounds[-1][0][0]:.2f} s, first import "
                  f"{rounds[-1][1][0]:.2f} s, again {rounds[-1][2][0]:.2f} s")
        small_db = str(Path(work) / "small.sqlite3")
        small_time = _in_process(small, small_db)
    baseline, baseline_kb = (median(r[0][i] for r in rounds) for i in range(2))
    first, first_kb = (median(r[1][i] for r in rounds) for i in range(2))
    again, again_kb = (median(r[2][i] for r in rounds) for i in range(2))
    _, _, created, _, rejected, _ = rounds[0][1]
    child_kb = median(r[1][5] for r in rounds)
    unchanged = rounds[0][2][3]
    report(f"import {args.rows:,} rows into an empty database ({int(created):,} created, "
           f"{int(rejected):,} rejected)", first, "python-calamine read", baseline,
           target_ratio=2)
    report(f"import the same file again ({int(unchanged):,} unchanged)", again,
           "first import", first, target_ratio=1)
    print(f"peak memory: first import {first_kb / 1024:.0f} MB (its reading child process "
          f"{child_kb / 1024:.0f} MB), again {again_kb / 1024:.0f} MB, calamine alone "
          f"{baseline_kb / 1024:.0f} MB | target < 600 MB: "
          f"{'met' if max(first_kb, again_kb) / 1024 < 600 else 'MISSED'}")
    print(f"import 2,000 rows, in-process: {small_time * 1000:.0f} ms | target < 1 s: "
          f"{'met' if small_time < 1 else 'MISSED'}")


def _in_process(path: Path, database_path: str) -> float:
    import time

    os.environ.setdefault("CAREERDESK_HOME", str(CACHE / "home"))
    from careerdesk.core.db.database import Database
    from careerdesk.core.services.importing import ImportOptions, import_file

    database = Database.open(database_path)
    started = time.perf_counter()
    import_file(database, path, ImportOptions())
    elapsed = time.perf_counter() - started
    database.close()
    return elapsed


if __name__ == "__main__":
    main()
