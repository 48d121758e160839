"""Finding anyone on the Students page, per keystroke, with 50,000 students.

    python benchmarks/search_benchmark.py [--students 50000]

Each "keystroke" is what the page asks the database thread for when the typing pause
ends: the ids of the matching students in the page's order (names in any word order,
Chinese in either script, phones however written, university with number). Baseline, in
the same run: one plain ``LIKE`` on the English name over the same table. Target (tables
issue): under 100 ms per keystroke.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import demo_from_arguments, report  # noqa: E402

KEYSTROKES = ["c", "ch", "cha", "chan", "chan t", "chan tai", "tai man chan", "陳", "陈志",
              "9", "9028", "9028 8", "+852 9028 8102", "HKUST", "HKUST 2071", "1155",
              "@link", "nobody at all"]


def main() -> None:
    path = demo_from_arguments(__doc__, 50_000)
    from sqlalchemy import func, select

    from careerdesk.core.db.database import Database
    from careerdesk.core.db.models import Student
    from careerdesk.core.domain.finding import prepare
    from careerdesk.core.services.students import student_ids

    started = time.perf_counter()
    prepare()
    print(f"OpenCC's dictionaries loaded in {(time.perf_counter() - started) * 1000:.0f} ms "
          "(once, on the database thread, when the window opens)")
    database = Database.open(path)
    with database.session() as session:
        student_ids(session, "warm up")
        times, found = [], []
        for typed in KEYSTROKES:
            started = time.perf_counter()
            found.append(len(student_ids(session, typed)))
            times.append(time.perf_counter() - started)
        baseline = []
        for typed in KEYSTROKES:
            started = time.perf_counter()
            session.scalar(select(func.count()).where(Student.name_en.like(f"%{typed}%")))
            baseline.append(time.perf_counter() - started)
        total = session.scalar(select(func.count(Student.id)))
    report(f"search {total:,} students, median of {len(KEYSTROKES)} keystrokes "
           f"(worst {max(times) * 1000:.0f} ms)", statistics.median(times),
           "one LIKE on the English name", statistics.median(baseline))
    for typed, count, seconds in zip(KEYSTROKES, found, times, strict=True):
        print(f"  {typed!r:>18}: {count:>6,} found in {seconds * 1000:5.1f} ms")
    print(f"worst keystroke {max(times) * 1000:.0f} ms | target < 100 ms: "
          f"{'met' if max(times) < 0.1 else 'MISSED'}")


if __name__ == "__main__":
    main()
