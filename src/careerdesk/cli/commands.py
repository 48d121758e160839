"""The command implementations: each parses nothing, calls core services, prints the result."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from careerdesk.cli.output import print_json, print_table
from careerdesk.core.db.database import Database
from careerdesk.core.services.backups import backup_database, restore_database
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.progress import Progress
from careerdesk.core.services.students import list_students


def demo(args: argparse.Namespace, database: Database) -> int:
    def report(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{message:<30} {100 * done // max(total, 1):3d}%")
            sys.stderr.flush()

    summary = fill_demo_data(database, args.students, progress=Progress(report))
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(
        f"Demo data added to {database.display_name}: {summary.students:,} students, "
        f"{summary.organisations} organisations, {summary.cohorts} cohorts, "
        f"{summary.nominations:,} nominations, {summary.placements:,} placements, "
        f"{summary.attendances:,} event attendance records."
    )
    return 0


def students_list(args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        rows = list_students(session, args.search or "")
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    print_table(
        ["University", "Student no.", "English name", "Chinese name", "Email", "Faculty"],
        [(r.university, r.student_no, r.name_en, r.name_zh, r.email, r.faculty) for r in rows],
    )
    print(f"\n{len(rows):,} students")
    return 0


def backup(args: argparse.Namespace, database: Database) -> int:
    target = backup_database(database, Path(args.out))
    print(f"Backed up {database.display_name} to {target}.")
    return 0


def restore(args: argparse.Namespace, database: Database) -> int:
    safety = restore_database(database, Path(args.file))
    print(
        f"Restored {database.display_name} from {args.file}. The database as it was before "
        f"is kept at {safety}."
    )
    return 0
