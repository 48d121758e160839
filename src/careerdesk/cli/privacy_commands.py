"""`careerdesk privacy access|request|requests|log|purge|retention`: the personal-data duties."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from careerdesk.cli.output import print_json, print_table
from careerdesk.core.db.database import Database
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.events import read_event_day
from careerdesk.core.services.privacy import (
    RetentionPolicy,
    answer_access_request,
    collects_hkid,
    disclosures,
    purge,
    record_request,
    requests,
    retention_policy,
    set_collect_hkid,
    set_retention,
)
from careerdesk.core.services.student_editing import find_student_id
from careerdesk.messages import msg


def _day(text: str | None) -> dt.date | None:
    return read_event_day(text) if text else None


def privacy_access(args: argparse.Namespace, database: Database) -> int:
    answer = answer_access_request(database, args.university, args.student_no,
                                   Path(args.output), language=args.language,
                                   received_on=_day(args.received))
    print(f"Everything held on {args.student_no}: {answer.pdf} and {answer.workbook}. The "
          f"request received on {answer.request.received_on:%Y-%m-%d} is recorded as "
          f"answered today (it was due on {answer.request.due_on:%Y-%m-%d}).")
    return 0


def privacy_request(args: argparse.Namespace, database: Database) -> int:
    row = record_request(database, args.university, args.student_no, args.kind,
                         _day(args.received), args.note)
    print(f"Recorded a data {row.kind} request from {row.student_no} ({row.university}), "
          f"received {row.received_on:%Y-%m-%d}: due by {row.due_on:%Y-%m-%d}.")
    return 0


def privacy_requests(args: argparse.Namespace, database: Database) -> int:
    with database.session() as session:
        rows = requests(session, open_only=args.open)
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    today = dt.date.today()
    print_table(["Kind", "University", "Student no.", "Received", "Due", "Answered"],
                [(r.kind, r.university, r.student_no, r.received_on, r.due_on,
                  r.answered_on or f"open, {r.days_left(today)} days left") for r in rows])
    return 0


def privacy_log(args: argparse.Namespace, database: Database) -> int:
    if args.student_no and not args.university:
        raise ConflictError(msg("Say the student's university with --university."),
                            code="university_needed")
    with database.session() as session:
        student = find_student_id(session, args.university, args.student_no) \
            if args.student_no else None
        rows = disclosures(session, student)
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    print_table(["When", "By", "Computer", "How", "What", "Students"],
                [(f"{r.at:%Y-%m-%d %H:%M}", r.by, r.machine, r.action.replace("_", " "),
                  r.what, r.students) for r in rows])
    return 0


def privacy_purge(args: argparse.Namespace, database: Database) -> int:
    if bool(args.graduated_before) == bool(args.past_retention):
        raise ConflictError(msg("Say which students to purge: --graduated-before YYYY-MM-DD, or "
                                "--past-retention."), code="purge_whom")
    if args.past_retention:
        with database.session() as session:
            if retention_policy(session) == RetentionPolicy():
                raise ConflictError(msg(
                    "No retention period is set; set one with 'careerdesk privacy retention "
                    "--years N' (or in Settings → Personal data)."), code="no_retention")
    before = read_event_day(args.graduated_before) if args.graduated_before else None
    done = purge(database, before, past_retention=args.past_retention,
                 anonymise=args.anonymise, dry_run=args.dry_run)
    if args.json:
        print_json(done.as_json())
        return 0
    print(f"Students who graduated before {before:%Y-%m-%d}: {done.summary()}" if before
          else f"Students kept past the office's retention periods: {done.summary()}")
    if args.dry_run:
        print("Nothing was changed (a dry run).")
    return 0


def privacy_retention(args: argparse.Namespace, database: Database) -> int:
    """Show the retention periods, or set the office's (--years) or a programme's."""
    if args.years is not None or args.programme:
        programmes = dict.fromkeys(args.programme or [], _years(args.years))
        with database.session() as session:
            current = retention_policy(session).years
        policy = set_retention(database, current if args.programme else _years(args.years),
                               programmes)
    else:
        with database.session() as session:
            policy = retention_policy(session)
    if args.json:
        print_json(policy.as_json())
        return 0
    print("The office keeps students' records for "
          + (f"{_in_years(policy.years)} after they graduate." if policy.years
             else "as long as it likes (no retention period is set)."))
    for code, years in sorted(policy.programmes.items()):
        print(f"  {code}: {_in_years(years)}")
    return 0


def privacy_hkid(args: argparse.Namespace, database: Database) -> int:
    if args.collect is None:
        with database.session() as session:
            on = collects_hkid(session)
        print("The office collects HKID numbers." if on
              else "The office does not collect HKID numbers.")
        return 0
    erased = set_collect_hkid(database, args.collect == "on")
    print("HKID numbers are collected from now on: the student form shows the field and an "
          "import reads an HKID column." if args.collect == "on" else
          f"HKID numbers are no longer collected; {erased:,} kept were erased.")
    return 0


def _in_years(years: int) -> str:
    return f"{years} year" if years == 1 else f"{years} years"


def _years(years: int | None) -> int | None:
    """0 on the command line: no period."""
    return years or None
