"""The command line's arguments: one function per group of commands.

Each command names the function that runs it (``run``): "module.function" in
``careerdesk.cli``, a bare name meaning ``commands``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, NoReturn

from careerdesk import __version__

STUDENT_FIELD_HELP = ("name_en, name_zh, email, phone, faculty, department, programme, "
                      "award_level, year_of_study, graduation, hk_resident, employment, "
                      "full_time_months, consent, consent_date, tags, notes, student_no, "
                      "university")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one plain sentence, exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"careerdesk: {message[0].upper()}{message[1:]}. "
                         f"See 'careerdesk --help'.\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="careerdesk",
        description="CareerDesk: students, nominations, placements and reports for university "
                    "career offices. With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"CareerDesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="the database: a SQLite file, or a URL such as postgresql+psycopg://user@host/db "
             "(default: careerdesk.sqlite3 in your application-data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="<command>", parser_class=_Parser)
    sub.add_parser("gui", help="open the CareerDesk window (also what a bare `careerdesk` does)")
    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--students", type=int, default=4_000, metavar="N",
                      help="how many students (default 4,000: the AI career day at its real scale)")
    demo.set_defaults(run="demo")
    _students(sub)
    _imports(sub)
    _nominations(sub)
    _events(sub)
    _applications(sub)
    _privacy(sub)
    _departments(sub)
    _reports(sub)
    _export(sub)
    connect = sub.add_parser(
        "connect", help="join the office's PostgreSQL server: the password is asked for and "
                        "kept in the keyring, the schema made or upgraded")
    connect.add_argument("url", metavar="URL", nargs="?",
                         help="postgresql+psycopg://user@server/database (no password)")
    connect.add_argument("--forget", action="store_true",
                         help="use this computer's own database file again")
    backup = sub.add_parser("backup", help="copy the database to a file, safely while in use")
    backup.add_argument("out", metavar="OUT", help="the backup file (or a folder) to write")
    backup.set_defaults(run="backup")
    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.set_defaults(run="restore")
    return parser


def _actions(sub: Any, name: str, help_text: str) -> Any:
    group = sub.add_parser(name, help=help_text)
    return group.add_subparsers(dest="action", metavar="<action>", parser_class=_Parser,
                                required=True)


def _students(sub: Any) -> None:
    students = _actions(sub, "students", "list, add, correct and delete students")
    listing = students.add_parser("list", help="list every student")
    listing.add_argument("--search", help="only students whose name, number or email "
                                          "contains this text")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="students_list")

    add = students.add_parser("add", help="add a student")
    add.add_argument("--university", metavar="CODE", required=True)
    add.add_argument("--student-no", metavar="NO", required=True)
    for option, key, meaning in (
            ("--name-en", "name_en", "English name, as CHAN Tai Man"),
            ("--name-zh", "name_zh", "Chinese name"),
            ("--email", "email", "email address"),
            ("--phone", "phone", "mobile: Hong Kong or mainland, in any common writing"),
            ("--faculty", "faculty", "faculty, as the university names it"),
            ("--department", "department", "department"),
            ("--programme", "programme", "programme of study"),
            ("--award-level", "award_level", "sub-degree, bachelor, master or doctorate"),
            ("--year", "year_of_study", "year of study"),
            ("--graduation", "graduation", "graduation date, YYYY-MM-DD or DD/MM/YYYY"),
            ("--hk-resident", "hk_resident", "yes or no"),
            ("--employment", "employment", "unemployed, employed or studying"),
            ("--full-time-months", "full_time_months", "months of full-time work"),
            ("--consent", "consent", "consent to share data: yes or no"),
            ("--consent-date", "consent_date", "when consent was given"),
            ("--tags", "tags", "tags, separated by commas"),
            ("--notes", "notes", "notes")):
        add.add_argument(option, dest=f"field_{key}", metavar="TEXT", help=meaning)
    add.set_defaults(run="student_commands.students_add")

    edit = students.add_parser("edit", help="correct a student's fields")
    edit.add_argument("--university", metavar="CODE", required=True)
    edit.add_argument("student_no", metavar="STUDENT_NO")
    edit.add_argument("--set", metavar="FIELD=VALUE", action="append", required=True,
                      dest="assignments",
                      help=f"a field and its new value (empty to clear it); fields: "
                           f"{STUDENT_FIELD_HELP}")
    edit.set_defaults(run="student_commands.students_edit")

    delete = students.add_parser("delete", help="delete a student")
    delete.add_argument("--university", metavar="CODE", required=True)
    delete.add_argument("student_no", metavar="STUDENT_NO")
    delete.add_argument("--with-records", action="store_true",
                        help="delete the student's nominations, placements and attendance too")
    delete.set_defaults(run="student_commands.students_delete")

    outcome = students.add_parser("outcome", help="record what a graduate is doing after "
                                  "graduation")
    outcome.add_argument("--university", metavar="CODE", required=True)
    outcome.add_argument("student_no", metavar="STUDENT_NO")
    outcome.add_argument("--set", dest="outcome", metavar="OUTCOME", required=True,
                         help="employed-full-time, employed-part-time, further-study, "
                              "service-military, seeking, not-seeking or unknown")
    outcome.add_argument("--on", metavar="YYYY-MM-DD", help="when it was known (default: today)")
    outcome.add_argument("--source", metavar="TEXT", help="who said so: survey, student, "
                         "employer …")
    outcome.set_defaults(run="student_commands.students_outcome")


def _imports(sub: Any) -> None:
    importing = sub.add_parser("import", help="import a nominee list (.xlsx, .xls, .csv, …)")
    importing.add_argument("file", metavar="FILE", help="the file to import")
    importing.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: found)")
    importing.add_argument("--university", metavar="CODE",
                           help="the students' university, for files without that column")
    importing.add_argument("--cohort", metavar="CODE",
                           help="nominate the imported students to this cohort")
    importing.add_argument("--event", metavar="CODE",
                           help="record an event registration list as this event's attendance")
    importing.add_argument("--dry-run", action="store_true",
                           help="report what would happen, and change nothing")
    importing.add_argument("--rejects", metavar="OUT.xlsx",
                           help="save the rejected rows, with their problems, to this workbook")
    importing.add_argument("--json", action="store_true", help="print JSON for scripts")
    importing.set_defaults(run="import_file")

    imports = _actions(sub, "imports", "past imports: list them, or undo one")
    listing = imports.add_parser("list", help="list every import")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="imports_list")
    undo = imports.add_parser("undo", help="undo an import")
    undo.add_argument("batch", metavar="BATCH", type=int, help="the batch number")
    undo.set_defaults(run="imports_undo")


def _nominations(sub: Any) -> None:
    nominations = _actions(sub, "nominations", "list, check, add and move nominations")
    listing = nominations.add_parser("list", help="list nominations")
    listing.add_argument("--cohort", metavar="CODE", help="only this cohort")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="nominations_list")
    check = nominations.add_parser(
        "check", help="check a cohort's nominations against its eligibility rules")
    check.add_argument("--cohort", metavar="CODE", required=True)
    check.add_argument("--json", action="store_true", help="print JSON for scripts")
    check.set_defaults(run="nominations_check")

    add = nominations.add_parser(
        "add", help="nominate students to a cohort by hand (all of them, or none)")
    add.add_argument("--cohort", metavar="CODE", required=True)
    add.add_argument("--track", metavar="CODE", help="the cohort's track")
    add.add_argument("--note", metavar="TEXT", help="why, kept in the history")
    add.add_argument("--override", metavar="REASON",
                     help="nominate students who fail the cohort's rules, for this reason "
                          "(kept in each one's history)")
    add.add_argument("--university", metavar="CODE", required=True)
    add.add_argument("student_nos", metavar="STUDENT_NO", nargs="+")
    add.set_defaults(run="nomination_commands.nominations_add")

    move = nominations.add_parser(
        "move", help="move nominations along the path (all of them, or none)")
    move.add_argument("--cohort", metavar="CODE", required=True)
    move.add_argument("--to", metavar="STATUS", required=True,
                      help="nominated, submitted, shortlisted, interviewed, offered, accepted, "
                           "placed, completed, ineligible, withdrawn, not_selected or declined")
    move.add_argument("--note", metavar="TEXT", help="why, kept in the history")
    move.add_argument("--override", metavar="REASON",
                      help="submit after the window, beyond a quota or against the rules, or "
                           "complete a placement before it ends, for this reason (kept in the "
                           "history)")
    move.add_argument("--university", metavar="CODE",
                      help="when a student number exists at two universities")
    move.add_argument("student_nos", metavar="STUDENT_NO", nargs="+")
    move.set_defaults(run="nominations_move")


def _events(sub: Any) -> None:
    events = _actions(sub, "events", "career days and workshops: add, list, attendance")
    add = events.add_parser("add", help="add an event")
    add.add_argument("--code", metavar="CODE", required=True)
    add.add_argument("--name", metavar="NAME", required=True)
    add.add_argument("--date", metavar="YYYY-MM-DD", required=True)
    add.add_argument("--time", metavar="HH:MM", help="when it starts")
    add.add_argument("--name-zh", metavar="NAME", help="its Chinese name")
    add.add_argument("--venue", metavar="TEXT")
    add.add_argument("--format", metavar="FORMAT", default="hybrid",
                     help="onsite, virtual or hybrid (default hybrid)")
    add.add_argument("--theme", metavar="THEME", default="other",
                     help="ai, microelectronics, life-health, fintech or other (default other)")
    add.add_argument("--programme", metavar="CODE", help="the programme it belongs to")
    add.set_defaults(run="event_commands.events_add")
    listing = events.add_parser("list", help="list the events")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="event_commands.events_list")
    attend = events.add_parser(
        "attend", help="record that students registered for, came to or missed an event")
    attend.add_argument("--event", metavar="CODE", required=True)
    attend.add_argument("--university", metavar="CODE", required=True)
    attend.add_argument("--as", dest="status", metavar="STATUS", required=True,
                        help="onsite, virtual, no-show or registered")
    attend.add_argument("student_nos", metavar="STUDENT_NO", nargs="+")
    attend.set_defaults(run="event_commands.events_attend")


def _applications(sub: Any) -> None:
    applications = _actions(sub, "applications", "what students applied for at a career day, "
                            "and how far it got: list, add, move, place")
    listing = applications.add_parser("list", help="list applications")
    listing.add_argument("--event", metavar="CODE", help="only this event")
    listing.add_argument("--company", metavar="NAME", help="only this company")
    listing.add_argument("--university", metavar="CODE", help="only this university")
    listing.add_argument("--status", metavar="STATUS", help="only applications at this status")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="application_commands.applications_list")
    add = applications.add_parser("add", help="record a student's application at an event")
    add.add_argument("--event", metavar="CODE", required=True)
    add.add_argument("--university", metavar="CODE", required=True)
    add.add_argument("--company", metavar="NAME", required=True)
    add.add_argument("--role", metavar="TITLE", help="the role applied for")
    add.add_argument("--channel", metavar="WHERE", help="onsite or online (the Talent Pool)")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="when it was made")
    add.add_argument("student_no", metavar="STUDENT_NO")
    add.set_defaults(run="application_commands.applications_add")
    move = applications.add_parser(
        "move", help="move a student's applications to a company along the path")
    move.add_argument("--event", metavar="CODE", required=True)
    move.add_argument("--to", metavar="STATUS", required=True,
                      help="interviewed, offered, accepted, declined, not_selected or withdrawn")
    move.add_argument("--note", metavar="TEXT", help="why, kept in the history")
    move.add_argument("--university", metavar="CODE", required=True)
    move.add_argument("--company", metavar="NAME", required=True)
    move.add_argument("student_no", metavar="STUDENT_NO")
    move.set_defaults(run="application_commands.applications_move")
    place = applications.add_parser(
        "place", help="turn an accepted offer into a placement at its company")
    place.add_argument("--event", metavar="CODE", required=True)
    place.add_argument("--university", metavar="CODE", required=True)
    place.add_argument("--company", metavar="NAME", required=True)
    place.add_argument("--role", metavar="TITLE",
                       help="the role, when the student accepted more than one offer there")
    place.add_argument("--start", metavar="YYYY-MM-DD", required=True)
    place.add_argument("--months", metavar="N", type=int, help="how long it lasts")
    place.add_argument("--salary", metavar="AMOUNT", help="monthly salary (HK$)")
    place.add_argument("student_no", metavar="STUDENT_NO")
    place.set_defaults(run="application_commands.applications_place")


def _departments(sub: Any) -> None:
    departments = _actions(sub, "departments", "the universities' departments and the faculty "
                                               "each belongs to (a list naming only the "
                                               "department gives its students the faculty)")
    listing = departments.add_parser("list", help="the departments, by university and faculty")
    listing.add_argument("--university", metavar="CODE")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run="department_commands.departments_list")
    add = departments.add_parser("add", help="add a department to a faculty (one already "
                                             "there is moved to it)")
    add.add_argument("--university", metavar="CODE", required=True)
    add.add_argument("--faculty", metavar="FACULTY", required=True)
    add.add_argument("--faculty-zh", metavar="NAME", help="the faculty's Chinese name")
    add.add_argument("--zh", metavar="NAME", help="the department's Chinese name")
    add.add_argument("name", metavar="DEPARTMENT")
    add.set_defaults(run="department_commands.departments_add")
    remove = departments.add_parser("remove", help="take a department off the list")
    remove.add_argument("--university", metavar="CODE", required=True)
    remove.add_argument("name", metavar="DEPARTMENT")
    remove.set_defaults(run="department_commands.departments_remove")


def _privacy(sub: Any) -> None:
    privacy = _actions(sub, "privacy", "personal-data duties: access requests, who saw what")
    access = privacy.add_parser(
        "access", help="answer a data access request: everything held on the student, as a "
                       "PDF and a workbook in OUT_DIR")
    access.add_argument("--university", metavar="CODE", required=True)
    access.add_argument("student_no", metavar="STUDENT_NO")
    access.add_argument("-o", "--output", metavar="OUT_DIR", required=True)
    access.add_argument("--received", metavar="YYYY-MM-DD",
                        help="when the request came (default: an open request's, else today)")
    access.add_argument("--language", choices=("en", "zh_HK"), default="en")
    access.set_defaults(run="privacy_commands.privacy_access")
    request = privacy.add_parser(
        "request", help="record a data access or correction request (due in 40 days)")
    request.add_argument("--university", metavar="CODE", required=True)
    request.add_argument("student_no", metavar="STUDENT_NO")
    request.add_argument("--kind", choices=("access", "correction"), default="access")
    request.add_argument("--received", metavar="YYYY-MM-DD", help="default: today")
    request.add_argument("--note", metavar="TEXT")
    request.set_defaults(run="privacy_commands.privacy_request")
    requests = privacy.add_parser("requests", help="the requests, the soonest due first")
    requests.add_argument("--open", action="store_true", help="only those not answered")
    requests.add_argument("--json", action="store_true", help="print JSON for scripts")
    requests.set_defaults(run="privacy_commands.privacy_requests")
    log = privacy.add_parser("log", help="who saw what: records viewed, reports printed, "
                                          "exports written, newest first")
    log.add_argument("--university", metavar="CODE")
    log.add_argument("student_no", metavar="STUDENT_NO", nargs="?")
    log.add_argument("--json", action="store_true", help="print JSON for scripts")
    log.set_defaults(run="privacy_commands.privacy_log")
    purge = privacy.add_parser(
        "purge", help="retention: delete (or anonymise) the students who graduated before a "
                      "day, or those past the retention periods, with everything held on them")
    purge.add_argument("--graduated-before", metavar="YYYY-MM-DD")
    purge.add_argument("--past-retention", action="store_true",
                       help="those kept past the office's retention periods (privacy retention)")
    purge.add_argument("--anonymise", action="store_true",
                       help="keep their records for the figures, without anything naming them")
    purge.add_argument("--dry-run", action="store_true", help="say what it would do only")
    purge.add_argument("--json", action="store_true", help="print JSON for scripts")
    purge.set_defaults(run="privacy_commands.privacy_purge")
    retention = privacy.add_parser(
        "retention", help="how many years after graduating students' records are kept: "
                          "shown, or set for the office or (--programme) a programme")
    retention.add_argument("--years", type=int, metavar="N",
                           help="the period in years (0: none; a programme's: the office's)")
    retention.add_argument("--programme", metavar="CODE", action="append",
                           help="set this programme's own period (may repeat)")
    retention.add_argument("--json", action="store_true", help="print JSON for scripts")
    retention.set_defaults(run="privacy_commands.privacy_retention")
    hkid = privacy.add_parser(
        "hkid", help="whether the office collects HKID numbers (off by default; off again "
                     "erases those kept)")
    hkid.add_argument("collect", nargs="?", choices=("on", "off"),
                      help="turn collecting on or off (without: say which it is)")
    hkid.set_defaults(run="privacy_commands.privacy_hkid")


def _reports(sub: Any) -> None:
    report = sub.add_parser("report", help="print a report to a PDF file")
    kinds = report.add_subparsers(dest="kind", metavar="<report>", parser_class=_Parser,
                                  required=True)
    student = kinds.add_parser(
        "student", help="everything held on one student (a personal-data access request)")
    student.add_argument("--university", metavar="CODE", required=True)
    student.add_argument("student_no", metavar="STUDENT_NO")
    student.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    student.set_defaults(run="report_student")
    placement = kinds.add_parser(
        "placement", help="placements and the funnel for a cohort or a programme")
    scope = placement.add_mutually_exclusive_group(required=True)
    scope.add_argument("--cohort", metavar="CODE")
    scope.add_argument("--programme", metavar="CODE")
    placement.add_argument("--university", metavar="CODE")
    placement.add_argument("--faculty", metavar="NAME")
    placement.add_argument("--small-counts", action="store_true",
                           help='show counts below 3 as "<3"')
    placement.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    placement.set_defaults(run="report_placement")
    letters = kinds.add_parser("letters", help="placement letters on the office's "
                               "letterhead, one a student")
    whose = letters.add_mutually_exclusive_group(required=True)
    whose.add_argument("--cohort", metavar="CODE")
    whose.add_argument("--event", metavar="CODE",
                       help="a career day's offers accepted, one letter each")
    letters.add_argument("--status", metavar="STATUS", nargs="+",
                         help="only nominations at these statuses (default: accepted, "
                              "placed, completed)")
    letters.add_argument("--one-file-per-student", metavar="DIR", type=Path,
                         help="also one PDF per student in DIR (student number and name)")
    letters.add_argument("--emails", metavar="DIR", type=Path,
                         help="also an email draft (.eml, the letter attached) per student "
                              "with an email address, in DIR; nothing is sent")
    letters.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    letters.set_defaults(run="report_letters")
    attendance = kinds.add_parser("attendance", help="event attendance")
    attendance.add_argument("--event", metavar="CODE", help="one event (default: all)")
    attendance.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    attendance.set_defaults(run="report_attendance")
    nominations = kinds.add_parser(
        "nominations", help="a faculty's ranked nominees, for the Dean's endorsement")
    nominations.add_argument("--cohort", metavar="CODE", required=True)
    nominations.add_argument("--university", metavar="CODE", required=True)
    nominations.add_argument("--faculty", metavar="NAME",
                             help="one faculty (default: each faculty in turn)")
    nominations.add_argument("--status", metavar="STATUS", nargs="+",
                             help="the statuses listed (default: draft and nominated, those "
                                  "awaiting endorsement or submission)")
    nominations.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    nominations.set_defaults(run="report_nominations")
    outcomes = kinds.add_parser(
        "outcomes", help="a graduating class's outcomes: the NACE and Hong Kong rates")
    outcomes.add_argument("--graduating", metavar="YEAR", type=int, required=True)
    outcomes.add_argument("--university", metavar="CODE")
    outcomes.add_argument("--faculty", metavar="NAME")
    outcomes.add_argument("--small-counts", action="store_true",
                          help='show counts below 3 as "<3"')
    outcomes.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    outcomes.set_defaults(run="report_outcomes")
    event = kinds.add_parser(
        "event", help="what came of a career day: figures, attendance, applications, offers")
    event.add_argument("--event", metavar="CODE", required=True)
    event.add_argument("--university", metavar="CODE")
    event.add_argument("--faculty", metavar="NAME")
    event.add_argument("--small-counts", action="store_true",
                       help='show counts below 3 as "<3"')
    event.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    event.set_defaults(run="report_event")
    for kind in (student, placement, letters, attendance, nominations, outcomes, event):
        kind.add_argument("--language", choices=("en", "zh_HK"), default="en",
                          help="the report's language: English (en) or Traditional Chinese "
                               "(zh_HK)")


def _export(sub: Any) -> None:
    export = sub.add_parser("export", help="export records to an Excel workbook")
    what = export.add_subparsers(dest="what", metavar="<what>", parser_class=_Parser,
                                 required=True)
    students = what.add_parser("students", help="every student, to OUT.xlsx")
    students.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    students.add_argument("--search", help="only students matching this text (a name in any "
                          "order, either Chinese script, number, email, phone, university)")
    students.add_argument("--include-without-consent", action="store_true",
                          help="also students who have not consented to share their data")
    students.set_defaults(run="export_students")
    nominations = what.add_parser("nominations", help="nominations, to OUT.xlsx")
    nominations.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    nominations.add_argument("--cohort", metavar="CODE", help="only this cohort")
    nominations.add_argument("--status", metavar="STATUS", help="only nominations at this status")
    nominations.add_argument("--university", metavar="CODE", help="only this university")
    nominations.add_argument("--faculty", metavar="NAME", help="only this faculty")
    nominations.add_argument("--search", help="only students matching this text")
    nominations.add_argument("--include-without-consent", action="store_true",
                             help="also students who have not consented to share their data")
    nominations.set_defaults(run="export_nominations")
    placements = what.add_parser("placements", help="placements, to OUT.xlsx")
    placements.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    placements.add_argument("--cohort", metavar="CODE", help="only this cohort")
    placements.add_argument("--university", metavar="CODE", help="only this university")
    placements.add_argument("--include-without-consent", action="store_true",
                            help="also students who have not consented to share their data")
    placements.set_defaults(run="export_placements")
    attendance = what.add_parser("attendance", help="event registrations and attendance, "
                                 "to OUT.xlsx")
    attendance.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    attendance.add_argument("--event", metavar="CODE", help="only this event")
    attendance.add_argument("--include-without-consent", action="store_true",
                            help="also students who have not consented to share their data")
    attendance.set_defaults(run="export_attendance")
    applications = what.add_parser("applications", help="career-day applications, to OUT.xlsx")
    applications.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    applications.add_argument("--event", metavar="CODE", help="only this event")
    applications.add_argument("--company", metavar="NAME", help="only this company")
    applications.add_argument("--university", metavar="CODE", help="only this university")
    applications.add_argument("--status", metavar="STATUS",
                              help="only applications at this status")
    applications.add_argument("--include-without-consent", action="store_true",
                              help="also students who have not consented to share their data")
    applications.set_defaults(run="export_applications")
