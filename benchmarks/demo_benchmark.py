"""`careerdesk demo --students 50000` into a new SQLite file.

    python benchmarks/demo_benchmark.py [--students 50000]

Target (foundation issue): under 30 s. Baseline, in the same run: the standard library's
sqlite3 inserting the same number of bare student rows (university, number, two names,
email) in one transaction, the least any demo of that size could cost.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import compile_bytecode, report  # noqa: E402


def bare_inserts(path: Path, students: int) -> float:
    started = time.perf_counter()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE student (id INTEGER PRIMARY KEY, university TEXT, "
                           "student_no TEXT, name_en TEXT, name_zh TEXT, email TEXT, "
                           "UNIQUE (university, student_no))")
        connection.executemany(
            "INSERT INTO student (university, student_no, name_en, name_zh, email) "
            "VALUES (?, ?, ?, ?, ?)",
            ((("CUHK", f"1155{i:06d}", f"CHAN Tai Man {i}", "陳大文", f"s{i}@link.cuhk.edu.hk"))
             for i in range(students)))
    return time.perf_counter() - started


def demo_command(path: Path, students: int, home: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "careerdesk", "--db", str(path), "demo",
                    "--students", str(students)], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "CAREERDESK_HOME": str(home)})
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=50_000)
    args = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        baseline = bare_inserts(folder / "bare.sqlite3", args.students)
        measured = demo_command(folder / "demo.sqlite3", args.students, folder)
    report(f"careerdesk demo --students {args.students:,}", measured,
           "bare sqlite3 student inserts", baseline, target_seconds=30)


if __name__ == "__main__":
    main()
