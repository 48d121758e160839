"""`careerdesk events add|list|attend`: career days and workshops kept by hand."""

from __future__ import annotations

import argparse

from careerdesk.cli.output import print_json, print_table
from careerdesk.core.db.database import Database
from careerdesk.core.services.events import (
    EventForm,
    attendance_status,
    list_events,
    read_event_day,
    read_event_time,
    record_attendance,
    save_event,
)
from careerdesk.core.services.student_editing import find_student_id


def events_add(args: argparse.Namespace, database: Database) -> int:
    form = EventForm(args.code, args.name, read_event_day(args.date), args.name_zh,
                     read_event_time(args.time), args.venue, args.format, args.theme,
                     args.programme)
    code = save_event(database, form)
    print(f"Added the event {code}, {args.name}, on {form.held_on:%Y-%m-%d}.")
    return 0


def events_list(args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        rows = list_events(session)
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    print_table(["Code", "Event", "Date", "Format", "Theme", "Registered", "Attended"],
                [(r.code, r.name, r.held_on, r.mode.replace("_", " "),
                  r.theme.replace("_", " "), r.registered, r.attended) for r in rows])
    print(f"\n{len(rows):,} events")
    return 0


def events_attend(args: argparse.Namespace, database: Database) -> int:
    status = attendance_status(args.status)
    with database.session() as session:
        ids = [find_student_id(session, args.university, number) for number in args.student_nos]
    changed = record_attendance(database, args.event, ids, status.value)
    words = {"registered": "registered for", "on_site": "marked on site at",
             "virtual": "marked online at", "no_show": "marked no-show at"}[status.value]
    print(f"{len(ids)} student{'s' if len(ids) != 1 else ''} {words} {args.event.upper()} "
          f"({changed} changed).")
    return 0
