"""Eligibility of every nomination in a large database, checked against its cohort's rules.

    python benchmarks/eligibility_benchmark.py [--students 120000]

The demo with 120,000 students holds about 53,000 nominations. Baseline, in the same run:
reading the same nominations and student facts with one plain SQL query (sqlite3), the
least any check must cost. Target (nominations issue): 50,000 nominations in under 2 s.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import demo_from_arguments, report, timed  # noqa: E402

FACTS_SQL = """
SELECT n.id, u.code, s.student_no, f.name_en, s.award_level, s.year_of_study,
       s.graduation_date, s.hk_resident, s.employment_status, s.full_time_months,
       s.consent_to_share, n.cohort_id
FROM nomination n JOIN student s ON s.id = n.student_id JOIN university u
  ON u.id = s.university_id LEFT JOIN faculty f ON f.id = s.faculty_id
"""


def main() -> None:
    path = demo_from_arguments(__doc__, 120_000)
    from careerdesk.core.db.database import Database
    from careerdesk.core.services.nominations import list_nominations

    database = Database.open(path)
    with database.session() as session:
        count = len(list_nominations(session))

    def plain_read() -> None:
        with sqlite3.connect(path) as connection:
            connection.execute(FACTS_SQL).fetchall()

    def checked() -> None:
        with database.session() as session:
            rows = list_nominations(session)
            assert len(rows) == count and all(r.eligibility for r in rows)

    started = time.perf_counter()
    checked()
    first = time.perf_counter() - started
    baseline = timed(plain_read, 3)
    measured = timed(checked, 3)
    report(f"eligibility of {count:,} nominations (median of 3; first run {first:.2f} s)",
           measured, "plain SQL read of the same facts", baseline, target_seconds=2)


if __name__ == "__main__":
    main()
