"""`careerdesk applications list|add|move|place`: what students applied for at a career
day, and how far it got."""

from __future__ import annotations

import argparse

from careerdesk.cli.output import print_json, print_table
from careerdesk.core.db.database import Database
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.services.applications import (
    ApplicationFilter,
    ApplicationForm,
    OfferPlacement,
    add_application,
    list_applications,
    move_student_applications,
    place_application,
)
from careerdesk.core.services.events import read_event_day
from careerdesk.core.services.student_editing import find_student_id
from careerdesk.messages import msg


def applications_list(args: argparse.Namespace, database: Database) -> int:
    wanted = ApplicationFilter(event=args.event, company=args.company,
                               university=args.university, status=args.status)
    with database.session() as session:
        rows = list_applications(session, wanted)
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    print_table(["Event", "University", "Student no.", "English name", "Company", "Role",
                 "Channel", "Applied", "Status"],
                [(r.event, r.university, r.student_no, r.name_en, r.company, r.role,
                  r.channel, r.applied_on, r.status.replace("_", " ")) for r in rows])
    print(f"\n{len(rows):,} applications")
    return 0


def applications_add(args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        student_id = find_student_id(session, args.university, args.student_no)
    applied = read_event_day(args.date) if args.date else None
    add_application(database, ApplicationForm(args.event, student_id, args.company, args.role,
                                              args.channel, applied))
    print(f"Recorded {args.student_no}'s application to {args.company} at "
          f"{args.event.upper()}.")
    return 0


def applications_move(args: argparse.Namespace, database: Database) -> int:
    moved = move_student_applications(database, args.event, args.university, args.student_no,
                                      args.company, args.to, args.note)
    print(f"{moved} application{'s' if moved != 1 else ''} of {args.student_no} to "
          f"{args.company} moved to {args.to.replace('_', ' ')}.")
    return 0


def applications_place(args: argparse.Namespace, database: Database) -> int:
    wanted = ApplicationFilter(event=args.event, company=args.company,
                               university=args.university, status="accepted")
    with database.session() as session:
        number = args.student_no.strip().upper()
        ids = [r.id for r in list_applications(session, wanted)
               if r.student_no.upper() == number and (
                   not args.role or (r.role or "").casefold() == args.role.strip().casefold())]
    if not ids:
        raise NotFoundError(msg("Student {student} has no accepted offer from {company} at "
                                "{event}.", student=args.student_no, company=args.company,
                                event=args.event), code="application_missing")
    if len(ids) > 1:
        raise ConflictError(msg("Student {student} accepted {count} offers from {company}; say "
                                "which role with --role.", student=args.student_no,
                                count=len(ids), company=args.company), code="offer_ambiguous")
    place_application(database, OfferPlacement(ids[0], read_event_day(args.start),
                                               args.months, args.salary))
    print(f"Recorded the placement of {args.student_no} at {args.company} from "
          f"{args.start}.")
    return 0
