"""Cold start: the CareerDesk window shown with the Students page filled, 50,000 students.

    python benchmarks/startup_benchmark.py [--students 50000] [--repeat 7]

Each start is a new Python process, as when a coordinator opens the app: from the
process starting to the first page of students painted (the process then exits).
Baseline, in the same run and the same way: a bare PySide6 QMainWindow shown and
painted. Target (foundation issue): at most 1.5× the baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import compile_bytecode, demo_database, report  # noqa: E402

BARE = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab()
os._exit(0)
"""

CAREERDESK = """
import os, sys
from careerdesk.gui.app import start_window
app, window = start_window(sys.argv[1])
window.grab()  # paints the visible rows of the Students page
page = window.page(window.STUDENTS)
assert window.stack.currentWidget() is page and page.model.index(0, 2).data()
assert page.model.rowCount() == int(sys.argv[2]), page.model.rowCount()
os._exit(0)
"""


def cold_start(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    compile_bytecode()
    path = str(demo_database(args.students))
    cold_start(BARE)  # warm the OS file cache for both
    cold_start(CAREERDESK, path, str(args.students))
    bare, ours = [], []
    for _ in range(args.repeat):  # interleaved, so machine noise hits both alike
        bare.append(cold_start(BARE))
        ours.append(cold_start(CAREERDESK, path, str(args.students)))
    report(f"CareerDesk start, Students page filled ({args.students:,} students)",
           statistics.median(ours), "bare QMainWindow start", statistics.median(bare),
           target_ratio=1.5)


if __name__ == "__main__":
    main()
