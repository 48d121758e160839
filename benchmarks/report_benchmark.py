"""Placement report with 10,000 placements (about 250 pages), and its growth from 1,000.

    python benchmarks/report_benchmark.py [--placements 10000]
    python benchmarks/report_benchmark.py --letters        (2,000 placement letters)
    python benchmarks/report_benchmark.py --students 120000 (also end to end from a demo
                                                           database: query, font check, PDF)

The report module lays out plain data, so the data here is made directly (names in English
and Chinese, six universities). Targets (reports issue): 10,000 placements in under 3 s, and
10,000 taking at most 11× as long as 1,000, measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import report  # noqa: E402


def synthetic(count: int):  # noqa: ANN201 (a PlacementReport)
    from careerdesk.reports.content import Breakdown, PlacementLine, PlacementReport

    universities = ["CUHK", "CityU", "HKBU", "PolyU", "HKUST", "HKU"]
    surnames = [("CHAN", "陳"), ("WONG", "黃"), ("LEE", "李"), ("CHEUNG", "張"), ("LAU", "劉")]
    lines = [PlacementLine(universities[i % 6], f"1155{i:06d}",
                           f"{surnames[i % 5][0]} Tai Man", f"{surnames[i % 5][1]}大文",
                           "Faculty of Engineering", "TECH", f"Science Park Company {i % 40}",
                           "Trainee", dt.date(2026, 7, 1), dt.date(2027, 6, 30), "started")
             for i in range(count)]
    funnel = {"submitted": count * 3, "shortlisted": count * 2, "interviewed": count * 2,
              "offered": count + count // 5, "accepted": count, "placed": count,
              "completed": count // 2}
    return PlacementReport("Placement report — benchmark", "all universities", count * 4,
                           funnel, count // 2, count // 3,
                           [Breakdown(u, count // 2, count // 6) for u in universities],
                           [Breakdown("Faculty of Engineering", count * 3, count)],
                           [Breakdown("TECH", count * 3, count)],
                           [Breakdown(f"Science Park Company {i}", 0, count // 40)
                            for i in range(40)], lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--placements", type=int, default=10_000)
    parser.add_argument("--students", type=int, default=0,
                        help="also print the largest programme of a demo database this big")
    args = parser.parse_args()
    os.environ.setdefault("CAREERDESK_HOME", tempfile.mkdtemp())
    from careerdesk.reports.document import ReportSettings
    from careerdesk.reports.fonts import find_chinese_font
    from careerdesk.reports.placement_report import render_placement_report

    settings = ReportSettings(font=find_chinese_font())
    small, large = synthetic(args.placements // 10), synthetic(args.placements)
    with tempfile.TemporaryDirectory() as work:
        render_placement_report(small, Path(work) / "warm.pdf", settings)  # fonts, caches
        started = time.perf_counter()
        small_pages = render_placement_report(small, Path(work) / "small.pdf", settings)
        small_time = time.perf_counter() - started
        started = time.perf_counter()
        pages = render_placement_report(large, Path(work) / "large.pdf", settings)
        large_time = time.perf_counter() - started
        chinese = ReportSettings(font=settings.font, language="zh_HK")
        render_placement_report(small, Path(work) / "warm-zh.pdf", chinese)
        started = time.perf_counter()
        zh_pages = render_placement_report(large, Path(work) / "large-zh.pdf", chinese)
        zh_time = time.perf_counter() - started
    report(f"placement report, {args.placements:,} placements ({pages} pages)", large_time,
           f"{args.placements // 10:,} placements ({small_pages} pages)", small_time,
           target_ratio=11, target_seconds=3)
    report(f"the same in Traditional Chinese ({zh_pages} pages)", zh_time,
           "in English", large_time, target_ratio=1.3)
    if args.students:
        end_to_end(args.students)


def end_to_end(students: int) -> None:
    """What a coordinator waits for: the data assembled from the database as well."""
    from sqlalchemy import func, select

    from benchmarks.common import demo_database
    from careerdesk.core.db.database import Database
    from careerdesk.core.db.models import Cohort, Nomination, Placement, Programme
    from careerdesk.core.services.reports import print_placement_report

    database = Database.open(demo_database(students))
    with database.session() as session:
        programme, count = session.execute(
            select(Programme.code, func.count(Placement.id))
            .join(Cohort, Cohort.programme_id == Programme.id)
            .join(Nomination, Nomination.cohort_id == Cohort.id)
            .join(Placement, Placement.nomination_id == Nomination.id)
            .group_by(Programme.code).order_by(func.count(Placement.id).desc())).first()
    with tempfile.TemporaryDirectory() as work:
        started = time.perf_counter()
        printed = print_placement_report(database, Path(work) / "programme.pdf",
                                         programme=programme)
        elapsed = time.perf_counter() - started
    database.close()
    print(f"end to end from a {students:,}-student demo database, programme {programme} "
          f"({count:,} placements, {printed.pages} pages): {elapsed * 1000:.0f} ms")


if __name__ == "__main__" and "--letters" not in sys.argv:
    main()


def letters(count: int = 2_000) -> None:
    """2,000 placement letters in each language (target: under 10 s each)."""
    from careerdesk.core.services.letters import DEFAULT_LETTERS, Letter
    from careerdesk.reports.document import ReportSettings
    from careerdesk.reports.fonts import find_chinese_font
    from careerdesk.reports.letters import render_letters

    settings = ReportSettings(font=find_chinese_font())
    fields = {"date": "23/11/2026", "name_en": "CHAN Tai Man", "name_zh": "陳大文",
              "student_no": "1155000001", "university": "CUHK",
              "university_name": "The Chinese University of Hong Kong",
              "organisation": "SenseTime", "position": "AI Engineer Trainee",
              "cohort": "TLT-2026", "cohort_name": "Technology Leaders of Tomorrow 2026",
              "start": "01/07/2026", "end": "30/06/2028",
              "phases": "Internship at HKSTP: 01/07/2026 to 31/08/2026\n"
                        "R&D role: 01/09/2026 to 31/08/2028", "office": "Career Centre"}
    for language in ("en", "zh_HK"):
        texts = [Letter(fields, None, "CHAN Tai Man").text(DEFAULT_LETTERS[language])
                 for _ in range(count)]
        with tempfile.TemporaryDirectory() as work:
            started = time.perf_counter()
            pages = render_letters(texts, Path(work) / "letters.pdf", settings,
                                   title="Letters", address="Room 101\nShatin")
            elapsed = time.perf_counter() - started
        print(f"{count:,} placement letters in {language} ({pages} pages): {elapsed:.2f} s | "
              f"target < 10 s: {'met' if elapsed < 10 else 'MISSED'}")


if __name__ == "__main__" and "--letters" in sys.argv:
    letters()
