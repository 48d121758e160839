"""`careerdesk students add|edit|delete`: a student's record kept by hand."""

from __future__ import annotations

import argparse

from careerdesk.core.db.database import Database
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.student_editing import (
    create_student,
    delete_student,
    find_student_id,
    update_student,
)
from careerdesk.messages import msg


def students_add(args: argparse.Namespace, database: Database) -> int:
    values = {"university": args.university, "student_no": args.student_no}
    values.update({name.removeprefix("field_"): value for name, value in vars(args).items()
                   if name.startswith("field_") and value is not None})
    saved = create_student(database, values)
    print(f"Added {saved.label} ({saved.university} {saved.student_no}).")
    return 0


def students_edit(args: argparse.Namespace, database: Database) -> int:
    values: dict[str, str] = {}
    for assignment in args.assignments:
        field, equals, value = assignment.partition("=")
        if not equals or not field.strip():
            raise ConflictError(msg("'{text}' is not FIELD=VALUE (for example "
                                    "--set email=chan@link.cuhk.edu.hk).", text=assignment),
                                code="bad_assignment")
        values[field.strip()] = value
    with database.session() as session:
        student_id = find_student_id(session, args.university, args.student_no)
    saved = update_student(database, student_id, values)
    print(f"Saved {saved.label} ({saved.university} {saved.student_no}).")
    return 0


def students_delete(args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        student_id = find_student_id(session, args.university, args.student_no)
    saved = delete_student(database, student_id, with_records=args.with_records)
    print(f"Deleted {saved.label} ({saved.university} {saved.student_no}).")
    return 0


def students_outcome(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.events import read_event_day
    from careerdesk.core.services.outcomes import read_outcome, record_outcome

    on = read_event_day(args.on) if args.on else None
    record_outcome(database, args.university, args.student_no, args.outcome, on, args.source)
    said = read_outcome(args.outcome).value.replace("_", " ")
    print(f"Recorded {args.university} {args.student_no}: {said}.")
    return 0
