"""`careerdesk departments list|add|remove`: which faculty each department belongs to."""

from __future__ import annotations

import argparse

from careerdesk.cli.output import print_json, print_table
from careerdesk.core.db.database import Database
from careerdesk.core.services.departments import (
    add_department,
    departments,
    remove_department,
)


def departments_list(args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        rows = departments(session, args.university)
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    print_table(["University", "Faculty", "Department", "Chinese name"],
                [(r.university, r.faculty, r.name, r.name_zh) for r in rows])
    return 0


def departments_add(args: argparse.Namespace, database: Database) -> int:
    row = add_department(database, args.university, args.faculty, args.name,
                         name_zh=args.zh, faculty_zh=args.faculty_zh)
    print(f"{row.name} ({row.university}) is in the {row.faculty}.")
    return 0


def departments_remove(args: argparse.Namespace, database: Database) -> int:
    remove_department(database, args.university, args.name)
    print(f"{args.name} ({args.university}) was taken off the list of departments.")
    return 0
