"""`careerdesk nominations add`: students nominated to a cohort by hand."""

from __future__ import annotations

import argparse

from careerdesk.core.db.database import Database
from careerdesk.core.services.nominations import nominate
from careerdesk.core.services.student_editing import find_student_id


def nominations_add(args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        ids = [find_student_id(session, args.university, number) for number in args.student_nos]
    result = nominate(database, args.cohort, ids, track=args.track, note=args.note,
                      override=args.override)
    count = len(result.nominated)
    print(f"{count} student{'s' if count != 1 else ''} nominated to {result.cohort}.")
    return 0
