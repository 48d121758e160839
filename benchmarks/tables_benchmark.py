"""The tables issue's figures with 50,000 students: sorting the Students table by each
column (in SQL), sorting the Nominations table by each column, and the Dashboard's
reading after a change.

    python benchmarks/tables_benchmark.py [--students 50000]

Baselines, in the same run: for the Students sorts, reading every id in the table's first
order (by English name, from its index); for the Nominations sorts, Python's sort of the
same number of integers; for the Dashboard, counting the nominations once.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import demo_from_arguments, report, timed  # noqa: E402


def main() -> None:
    path = demo_from_arguments(__doc__, 50_000)
    from sqlalchemy import func, select

    from careerdesk.core.db.database import Database
    from careerdesk.core.db.models import Nomination
    from careerdesk.core.services.nominations import NOMINATION_SORTS, indexed_nominations
    from careerdesk.core.services.overview import overview, upcoming
    from careerdesk.core.services.student_rows import StudentSort
    from careerdesk.core.services.students import student_ids

    database = Database.open(path)
    with database.session() as session:
        baseline = timed(lambda: student_ids(session, "", StudentSort.NAME_EN), 3)
        sorts = {}
        for sort in StudentSort:
            for descending in (False, True):
                sorts[(sort.value, descending)] = timed(
                    lambda s=sort, d=descending: student_ids(session, "", s, d), 3)
        worst = max(sorts, key=sorts.__getitem__)
        report(f"sort 50,000 students by each of {len(StudentSort)} columns, both ways: "
               f"median (worst {worst[0]} {sorts[worst] * 1000:.0f} ms)",
               statistics.median(sorts.values()), "ids in the first order", baseline)

        started = time.perf_counter()
        index = indexed_nominations(session)
        print(f"nominations read, judged and every order worked out (database thread): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        index._ranks.clear()  # the first sort of each column, as it was before that
        positions = list(range(len(index.rows)))
        firsts, agains = [], []
        for key in NOMINATION_SORTS:
            started = time.perf_counter()
            index.sorted(positions, key)
            firsts.append(time.perf_counter() - started)
            started = time.perf_counter()
            index.sorted(positions, key, descending=True)
            agains.append(time.perf_counter() - started)
        numbers = [random.random() for _ in positions]
        python_sort = timed(lambda: sorted(numbers), 3)
        report(f"work out one column's order of {len(positions):,} nominations (database "
               f"thread; worst {max(firsts) * 1000:.0f} ms)", statistics.median(firsts),
               "Python sorting as many numbers", python_sort)
        report(f"sort the table by a column, on the UI thread (worst "
               f"{max(agains) * 1000:.0f} ms)", statistics.median(agains),
               "Python sorting as many numbers", python_sort)

        count = timed(lambda: session.scalar(select(func.count(Nomination.id))), 3)
        dashboard = timed(lambda: (overview(session, None), upcoming(session)), 3)
        report("dashboard read after a change", dashboard, "counting the nominations", count,
               target_seconds=0.5)


if __name__ == "__main__":
    main()
