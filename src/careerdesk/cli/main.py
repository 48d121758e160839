"""Entry point of `careerdesk` and `python -m careerdesk`: arguments, dispatch, plain errors."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from careerdesk import __version__
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.paths import log_path

if TYPE_CHECKING:
    from careerdesk.core.db.database import Database

EXIT_OK = 0
EXIT_FAILED = 2

Command = Callable[[argparse.Namespace, "Database"], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one plain sentence, exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"careerdesk: {message[0].upper()}{message[1:]}. "
                         f"See 'careerdesk --help'.\n")
        raise SystemExit(EXIT_FAILED)


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
    demo.add_argument("--students", type=int, default=2_000, metavar="N",
                      help="how many students (default 2,000)")
    demo.set_defaults(run="demo")

    students = sub.add_parser("students", help="list the students")
    students_sub = students.add_subparsers(dest="action", metavar="<action>",
                                           parser_class=_Parser, required=True)
    students_list = students_sub.add_parser("list", help="list every student")
    students_list.add_argument("--search", help="only students whose name, number or email "
                                                "contains this text")
    students_list.add_argument("--json", action="store_true", help="print JSON for scripts")
    students_list.set_defaults(run="students_list")

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

    imports = sub.add_parser("imports", help="past imports: list them, or undo one")
    imports_sub = imports.add_subparsers(dest="action", metavar="<action>",
                                         parser_class=_Parser, required=True)
    imports_list = imports_sub.add_parser("list", help="list every import")
    imports_list.add_argument("--json", action="store_true", help="print JSON for scripts")
    imports_list.set_defaults(run="imports_list")
    imports_undo = imports_sub.add_parser("undo", help="undo an import")
    imports_undo.add_argument("batch", metavar="BATCH", type=int, help="the batch number")
    imports_undo.set_defaults(run="imports_undo")

    nominations = sub.add_parser("nominations", help="list, check and move nominations")
    nominations_sub = nominations.add_subparsers(dest="action", metavar="<action>",
                                                 parser_class=_Parser, required=True)
    nominations_list = nominations_sub.add_parser("list", help="list nominations")
    nominations_list.add_argument("--cohort", metavar="CODE", help="only this cohort")
    nominations_list.add_argument("--json", action="store_true", help="print JSON for scripts")
    nominations_list.set_defaults(run="nominations_list")
    nominations_check = nominations_sub.add_parser(
        "check", help="check a cohort's nominations against its eligibility rules")
    nominations_check.add_argument("--cohort", metavar="CODE", required=True)
    nominations_check.add_argument("--json", action="store_true", help="print JSON for scripts")
    nominations_check.set_defaults(run="nominations_check")
    nominations_move = nominations_sub.add_parser(
        "move", help="move nominations along the path (all of them, or none)")
    nominations_move.add_argument("--cohort", metavar="CODE", required=True)
    nominations_move.add_argument("--to", metavar="STATUS", required=True,
                                  help="nominated, submitted, shortlisted, interviewed, offered, "
                                       "accepted, placed, completed, ineligible, withdrawn, "
                                       "not_selected or declined")
    nominations_move.add_argument("--note", metavar="TEXT", help="why, kept in the history")
    nominations_move.add_argument("--override", metavar="REASON",
                                  help="submit after the window or beyond a quota, for this "
                                       "reason (kept in the history)")
    nominations_move.add_argument("--university", metavar="CODE",
                                  help="when a student number exists at two universities")
    nominations_move.add_argument("student_nos", metavar="STUDENT_NO", nargs="+")
    nominations_move.set_defaults(run="nominations_move")

    report = sub.add_parser("report", help="print a report to a PDF file")
    report_sub = report.add_subparsers(dest="kind", metavar="<report>", parser_class=_Parser,
                                       required=True)
    report_student = report_sub.add_parser(
        "student", help="everything held on one student (a personal-data access request)")
    report_student.add_argument("--university", metavar="CODE", required=True)
    report_student.add_argument("student_no", metavar="STUDENT_NO")
    report_student.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    report_student.set_defaults(run="report_student")
    report_placement = report_sub.add_parser(
        "placement", help="placements and the funnel for a cohort or a programme")
    scope = report_placement.add_mutually_exclusive_group(required=True)
    scope.add_argument("--cohort", metavar="CODE")
    scope.add_argument("--programme", metavar="CODE")
    report_placement.add_argument("--university", metavar="CODE")
    report_placement.add_argument("--faculty", metavar="NAME")
    report_placement.add_argument("--small-counts", action="store_true",
                                  help='show counts below 3 as "<3"')
    report_placement.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    report_placement.set_defaults(run="report_placement")
    report_letters = report_sub.add_parser("letters", help="placement letters, one a student")
    report_letters.add_argument("--cohort", metavar="CODE", required=True)
    report_letters.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    report_letters.set_defaults(run="report_letters")
    report_attendance = report_sub.add_parser("attendance", help="event attendance")
    report_attendance.add_argument("--event", metavar="CODE", help="one event (default: all)")
    report_attendance.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    report_attendance.set_defaults(run="report_attendance")
    report_nominations = report_sub.add_parser(
        "nominations", help="a faculty's ranked nominees, for the Dean's endorsement")
    report_nominations.add_argument("--cohort", metavar="CODE", required=True)
    report_nominations.add_argument("--university", metavar="CODE", required=True)
    report_nominations.add_argument("--faculty", metavar="NAME")
    report_nominations.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    report_nominations.set_defaults(run="report_nominations")

    export = sub.add_parser("export", help="export records to an Excel workbook")
    export_sub = export.add_subparsers(dest="what", metavar="<what>", parser_class=_Parser,
                                       required=True)
    export_students = export_sub.add_parser("students", help="every student, to OUT.xlsx")
    export_students.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    export_students.add_argument("--search", help="only students matching this text")
    export_students.set_defaults(run="export_students")

    backup = sub.add_parser("backup", help="copy the database to a file, safely while in use")
    backup.add_argument("out", metavar="OUT", help="the backup file (or a folder) to write")
    backup.set_defaults(run="backup")

    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.set_defaults(run="restore")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from careerdesk.gui.app import run_gui  # Qt is loaded only for the window

        return run_gui(args.db)
    if getattr(args, "run", None) == "import_file":  # parsed while the database layer loads
        from careerdesk.core.services.read_ahead import start_reading

        args.read_ahead = start_reading(Path(args.file), args.sheet)
    from careerdesk.cli import commands  # the database layer loads only for commands
    from careerdesk.core.db.database import Database

    run: Command = getattr(commands, args.run)
    try:
        database = Database.open(args.db)
    except CareerDeskError as exc:
        return _fail(exc.message)
    try:
        return run(args, database)
    except CareerDeskError as exc:
        return _fail(exc.message)
    except BrokenPipeError:  # the reader went away (`careerdesk students list | head`)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter's flush quiet
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail("Stopped before the end; nothing was changed.")
    except Exception:  # noqa: BLE001 - a person gets a sentence, the log gets the details
        return _fail(f"CareerDesk met an unexpected problem and stopped; nothing was changed. "
                     f"Details are in {_log_traceback()}.")
    finally:
        database.close()


def _fail(message: str) -> int:
    sys.stderr.write(f"careerdesk: {message}\n")
    return EXIT_FAILED


def _log_traceback() -> str:
    path = log_path()
    logging.basicConfig(filename=path, level=logging.ERROR,
                        format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("careerdesk").error("Unexpected error\n%s", traceback.format_exc())
    return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
