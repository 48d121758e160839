"""Importing a million-row CSV into an empty SQLite database: time and peak memory.

    python benchmarks/csv_import_benchmark.py [--rows 1000000]

The list is written once (cached): a university, a student number, English and Chinese
names, an email, a mobile, a faculty, a programme and a graduation date on each row, as a
student system exports them. The import is the command line (`careerdesk import FILE
--json`) in a fresh process, so its peak memory (maximum resident size) is its own.
Baseline, in the same run: Python's csv module reading the same file into lists.
Target (#24): a 1,000,000-row CSV imports within 1.5 GB.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CACHE, compile_bytecode, report  # noqa: E402
from benchmarks.common import in_fresh_process as run  # noqa: E402

READ = """
import csv, resource, sys, time
started = time.perf_counter()
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    rows = list(csv.reader(handle))
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

IMPORT = """
import contextlib, io, json, resource, sys, time
started = time.perf_counter()
from careerdesk.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    assert main(["--db", sys.argv[2], "import", sys.argv[1], "--json"]) == 0
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      json.loads(out.getvalue())["created"])
"""


def listing(rows: int) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"students-{rows}.csv"
    if path.exists():
        return path
    chance = random.Random(1)
    surnames = ("CHAN", "WONG", "LEE", "CHEUNG", "LAU", "HO", "NG", "LAM", "LEUNG", "TSANG")
    given = ("Tai Man", "Siu Ming", "Ka Yan", "Wing Sze", "Chi Hung", "Hoi Ling")
    chinese = ("陳大文", "黃小明", "李嘉欣", "張詠詩", "劉志雄", "何凱玲")
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["University", "Student No.", "English Name", "Chinese Name", "Email",
                      "Mobile", "Faculty", "Programme", "Graduation Date"])
        for number in range(rows):
            out.writerow(["CUHK", f"11{number:08d}",
                          f"{chance.choice(surnames)} {chance.choice(given)}",
                          chance.choice(chinese), f"s{number}@link.cuhk.edu.hk",
                          f"9{number % 10_000_000:07d}",
                          chance.choice(("Faculty of Engineering", "Faculty of Science")),
                          "BEng in Computer Science", f"30/06/{2025 + number % 3}"])
    partial.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    compile_bytecode()
    path = listing(args.rows)
    with tempfile.TemporaryDirectory() as work:
        baseline, baseline_kb = run(READ, str(path))
        elapsed, peak_kb, created = run(IMPORT, str(path), str(Path(work) / "csv.sqlite3"))
    report(f"import a {args.rows:,}-row CSV ({int(created):,} created)", elapsed,
           "csv module reading it", baseline)
    print(f"peak memory: import {peak_kb / 1024:.0f} MB, csv module alone "
          f"{baseline_kb / 1024:.0f} MB | target < 1,536 MB: "
          f"{'met' if peak_kb / 1024 < 1536 else 'MISSED'}")


if __name__ == "__main__":
    main()
