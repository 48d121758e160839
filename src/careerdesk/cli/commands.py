"""The command implementations: each parses nothing, calls core services, prints the result."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.cli.output import print_json, print_table
from careerdesk.core.db.database import Database
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.backups import backup_database, restore_database
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.progress import Progress
from careerdesk.core.services.students import list_students
from careerdesk.io.office_time import shown, shown_with_zone
from careerdesk.messages import msg

if TYPE_CHECKING:
    from careerdesk.core.services.exports import Exported
    from careerdesk.core.services.importing import ImportResult


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
        f"{summary.attendances:,} event attendance records, {summary.applications:,} "
        "career-day applications."
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


def import_file(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.bulk_work import bulk_work

    with bulk_work():  # its report too: one issue per row of a long file
        return _import_file(args, database)


def _import_file(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.importing import ImportOptions
    from careerdesk.core.services.importing.errors import ImportFailedError
    from careerdesk.core.services.importing.run import import_file as run_import

    options = ImportOptions(sheet=args.sheet, university=args.university, cohort=args.cohort,
                            event=args.event, dry_run=args.dry_run)
    try:
        result, plan = run_import(database, Path(args.file), options,
                                  spreadsheet=getattr(args, "read_ahead", None))
    except ImportFailedError as failed:
        if failed.code != "no_header_row":
            raise
        from careerdesk.core.services.importing.roles_listed import roles_in

        if not args.event and roles_in(Path(args.file)) is not None:
            raise ImportFailedError(msg(
                "{file} lists a career day's exhibitors and roles; say which event they are "
                "for (--event CODE).", file=Path(args.file).name), code="event_needed") from None
        if not args.event:
            raise
        return _import_roles(args, database)  # no students: the day's exhibitors and roles?
    saved = None
    if args.rejects and plan.rejected_rows:
        from careerdesk.core.services.importing.rejects import save_rejected_rows

        save_rejected_rows(plan, Path(args.rejects))
        saved = args.rejects
    if args.json:
        print_json(result.as_json())
        return 0
    _print_import(result, saved)
    return 0


def _import_roles(args: argparse.Namespace, database: Database) -> int:
    """An organiser's list of a career day's exhibitors and their roles."""
    from careerdesk.core.services.importing.roles_listed import import_roles

    done = import_roles(database, Path(args.file), args.event, dry_run=args.dry_run)
    if args.json:
        print_json({"file": done.file, "sheet": done.sheet, "batch": done.batch,
                    "roles": {"created": done.created, "updated": done.updated,
                              "unchanged": done.unchanged},
                    "rejected": done.rejected, "companies": done.companies,
                    "issues": [{"row": row, "column": column, "message": said}
                               for row, column, said in done.problems],
                    "dry_run": args.dry_run})
        return 0
    print(done.summary())
    for row, column, said in done.problems:
        print(f"  row {row}, {column}: {said}")
    return 0


def _print_import(result: ImportResult, rejects: str | None) -> None:
    print(result.summary())
    if result.issues:
        print()
        print_table(["Rows", "Column", "Problem"],
                    [(g.rows_text(), g.column, g.message) for g in result.issue_groups()])
    if result.updates:
        print()
        print_table(["Row", "Student", "Changed"],
                    [(u.row, f"{u.student_no} ({u.university})", ", ".join(u.fields))
                     for u in result.updates])
    if rejects:
        print(f"\nThe rejected rows were saved to {rejects}; correct them there and import "
              f"that file again.")


def imports_list(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.catalogue import list_import_batches

    with database.session() as session:
        batches = list_import_batches(session)
    if args.json:
        print_json([{"batch": b.id, "file": b.file_name,
                     "imported_at": shown_with_zone(b.imported_at),
                     "imported_by": b.imported_by, "rows": b.rows, "created": b.created,
                     "updated": b.updated, "unchanged": b.unchanged, "rejected": b.rejected,
                     "applications": b.applications, "undone": b.undone} for b in batches])
        return 0
    print_table(["Batch", "File", "Imported", "By", "Rows", "Created", "Updated", "Unchanged",
                 "Rejected", "Undone"],
                [(b.id, b.file_name, f"{shown(b.imported_at):%Y-%m-%d %H:%M}", b.imported_by,
                  b.rows, b.created, b.updated, b.unchanged, b.rejected, "yes" if b.undone else "")
                 for b in batches])
    return 0


def imports_undo(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.importing import undo_import

    result = undo_import(database, args.batch)
    print(result.summary())
    for line in result.kept:
        print(f"  left as it is: {line}")
    return 0


def export_students(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.exports import export_students as write

    _say_exported(write(database, Path(args.out), args.search or "",
                        include_without_consent=args.include_without_consent),
                  "students", args.out)
    return 0


def export_nominations(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.exports import export_nominations as write
    from careerdesk.core.services.nominations import NominationFilter

    wanted = NominationFilter(cohort=args.cohort, status=args.status,
                              university=args.university, faculty=args.faculty,
                              text=args.search or "")
    _say_exported(write(database, Path(args.out), wanted,
                        include_without_consent=args.include_without_consent),
                  "nominations", args.out)
    return 0


def export_placements(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.exports import export_placements as write

    _say_exported(write(database, Path(args.out), args.cohort, args.university,
                        include_without_consent=args.include_without_consent),
                  "placements", args.out)
    return 0


def export_attendance(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.exports import export_attendance as write

    _say_exported(write(database, Path(args.out), args.event,
                        include_without_consent=args.include_without_consent),
                  "registrations", args.out)
    return 0


def export_applications(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.applications import ApplicationFilter
    from careerdesk.core.services.exports import export_applications as write

    wanted = ApplicationFilter(event=args.event, company=args.company,
                               university=args.university, status=args.status)
    _say_exported(write(database, Path(args.out), wanted,
                        include_without_consent=args.include_without_consent),
                  "applications", args.out)
    return 0


def _say_exported(done: Exported, what: str, target: str) -> None:
    print(f"{done.count:,} {what} exported to {target}.")
    if done.left_out:
        shown_ = ", ".join(done.left_out[:10]) + (
            f" and {len(done.left_out) - 10:,} more" if len(done.left_out) > 10 else "")
        print(f"{len(done.left_out):,} students who have not consented to share their data "
              f"were left out ({shown_}); --include-without-consent includes them.")


def nominations_list(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.nominations import list_nominations

    with database.session() as session:
        rows = list_nominations(session, args.cohort)
    if args.json:
        print_json([row.as_json() for row in rows])
        return 0
    print_table(["Cohort", "University", "Student no.", "English name", "Chinese name", "Track",
                 "Status", "Rank", "Eligible"],
                [(r.cohort, r.university, r.student_no, r.name_en, r.name_zh, r.track,
                  r.status.replace("_", " "), r.rank, r.eligibility.value) for r in rows])
    print(f"\n{len(rows):,} nominations")
    return 0


def nominations_check(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.nominations import list_nominations

    with database.snapshot() as session:
        rows = list_nominations(session, args.cohort)
    if args.json:
        print_json([row.as_json(with_rules=True) for row in rows])
        return 0
    for row in rows:
        print(f"{row.university} {row.student_no} {row.name_en or ''} {row.name_zh or ''}: "
              f"{row.eligibility.value}")
        for rule in row.rules:
            print(f"  {rule.result.value:<8} {rule.reason}")
    return 0


def nominations_move(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.nominations import move_nominations

    result = move_nominations(database, args.cohort, args.to, args.student_nos, args.note,
                              args.override, args.university)
    count = len(result.moved)
    print(f"{count} nomination{'s' if count != 1 else ''} in {result.cohort} moved to "
          f"{result.to_status.replace('_', ' ')}.")
    return 0


def report_student(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.reports import print_student_record

    printed = print_student_record(database, args.university, args.student_no,
                                   Path(args.output), language=args.language)
    _warn_unprintable(printed.unprintable)
    print(f"Student record saved to {printed.path} ({printed.pages} "
          f"page{'s' if printed.pages != 1 else ''}).")
    return 0


def report_placement(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.reports import print_placement_report

    printed = print_placement_report(database, Path(args.output), args.cohort, args.programme,
                                     args.university, args.faculty, args.small_counts,
                                     language=args.language)
    _warn_unprintable(printed.unprintable)
    print(f"Placement report saved to {printed.path} ({printed.pages} pages).")
    return 0


def report_letters(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.reports import print_letters

    if args.event and args.status:
        raise ConflictError(msg("A career day's letters are for its accepted offers; leave out "
                                "--status."), code="letters_status_for_event")
    printed = print_letters(database, args.cohort, Path(args.output), language=args.language,
                            statuses=args.status, event=args.event,
                            one_file_per_student=args.one_file_per_student,
                            emails=args.emails)
    _warn_unprintable(printed.unprintable)
    print(f"Placement letters saved to {printed.path} ({printed.pages} pages).")
    if printed.files:
        print(f"{len(printed.files):,} letters saved one per student in "
              f"{args.one_file_per_student}.")
    if args.emails is not None:
        print(f"{len(printed.drafts):,} email drafts saved in {args.emails}; nothing was sent.")
        if printed.without_email:
            print(f"No email address, so no draft: {', '.join(printed.without_email)}.")
    return 0


def report_outcomes(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.reports import print_outcomes

    printed = print_outcomes(database, args.graduating, Path(args.output),
                             university=args.university, faculty=args.faculty,
                             small_counts=args.small_counts, language=args.language)
    print(f"Graduate outcomes saved to {printed.path} ({printed.pages} pages).")
    return 0


def report_event(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.reports import print_career_day

    printed = print_career_day(database, args.event, Path(args.output),
                               university=args.university, faculty=args.faculty,
                               small_counts=args.small_counts, language=args.language)
    _warn_unprintable(printed.unprintable)
    print(f"Career day report saved to {printed.path} ({printed.pages} pages).")
    return 0


def report_attendance(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.reports import print_attendance

    printed = print_attendance(database, args.event, Path(args.output),
                               language=args.language)
    _warn_unprintable(printed.unprintable)
    print(f"Attendance report saved to {printed.path} ({printed.pages} pages).")
    return 0


def report_nominations(args: argparse.Namespace, database: Database) -> int:
    from careerdesk.core.services.reports import print_endorsement

    printed = print_endorsement(database, args.cohort, args.university, args.faculty,
                                Path(args.output), language=args.language,
                                statuses=args.status)
    _warn_unprintable(printed.unprintable)
    print(f"Nomination list saved to {printed.path} ({printed.pages} pages).")
    return 0


def _warn_unprintable(problems: list[tuple[str, str]]) -> None:
    for owner, characters in problems:
        sys.stderr.write(f"careerdesk: the report font cannot draw {characters} for {owner}; "
                         f"choose another font in Settings.\n")
