"""Personal-data duties: an access request answered with everything held on the student
(PDF and workbook, read back), its 40-day deadline, and who saw what: records printed,
reports and exports with the student in them, each noted with who, when and where."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, text

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Nomination, Student, University
from careerdesk.core.services.exports import export_students
from careerdesk.core.services.importing import ImportOptions, import_file
from careerdesk.core.services.overview import upcoming
from careerdesk.core.services.privacy import (
    answer_access_request,
    disclosures,
    record_request,
    requests,
)
from careerdesk.core.services.reports import print_placement_report, print_student_record


def _someone(database: Database) -> tuple[int, str, str]:
    with database.session() as session:
        return tuple(session.execute(
            select(Student.id, University.code, Student.student_no)
            .join(University, Student.university_id == University.id)
            .join(Nomination, Nomination.student_id == Student.id)
            .order_by(Student.id).limit(1)).one())


def test_an_access_request_is_answered_with_everything_held(demo_database: Database,
                                                             tmp_path: Path) -> None:
    student_id, university, number = _someone(demo_database)
    sheet = openpyxl.Workbook()
    sheet.active.append(["University", "Student No.", "Email", "Notes"])
    sheet.active.append([university, number, "new.address@example.com", "asked to be called"])
    sheet.save(tmp_path / "changes.xlsx")
    import_file(demo_database, tmp_path / "changes.xlsx", ImportOptions())
    asked = record_request(demo_database, university, number,
                           received_on=dt.date(2026, 11, 20))
    assert asked.due_on == dt.date(2026, 12, 30)
    with demo_database.session() as session:
        soon = upcoming(session, dt.date(2026, 12, 1))
    assert [(r.student_no, r.days_left(dt.date(2026, 12, 1))) for r in soon.requests] == [
        (number, 29)]
    out = tmp_path / "answer"
    out.mkdir()
    answer = answer_access_request(demo_database, university, number, out)
    assert answer.request.id == asked.id and answer.request.answered_on == dt.date.today()
    with demo_database.session() as session:
        assert requests(session, open_only=True) == []
        seen = disclosures(session, student_id)
    assert [(d.action, d.students) for d in seen] == [("access_request", 1)]
    pdf = subprocess.run(["pdftotext", str(answer.pdf), "-"], capture_output=True,
                         text=True).stdout
    assert number in pdf and "new.address@example.com" in pdf and "changes.xlsx" in pdf
    book = openpyxl.load_workbook(answer.workbook)
    assert book.sheetnames == ["Details", "Nominations", "Nomination history", "Placements",
                               "Career-day applications", "Events", "Changes"]
    details = dict(book["Details"].iter_rows(min_row=2, values_only=True))
    assert details["Student no."] == number and details["Email"] == "new.address@example.com"
    assert book["Nominations"].max_row >= 2
    changes = [row for row in book["Changes"].iter_rows(min_row=2, values_only=True)]
    assert any("import of changes.xlsx" in str(row[2]) for row in changes)
    with demo_database.session() as session:  # never another student's data
        others = list(session.scalars(select(Student.student_no).where(
            Student.id != student_id)))
    assert others and not [other for other in others if other in pdf]


def test_who_saw_what_is_noted_for_records_reports_and_exports(demo_database: Database,
                                                                tmp_path: Path) -> None:
    student_id, university, number = _someone(demo_database)
    print_student_record(demo_database, university, number, tmp_path / "record.pdf")
    export_students(demo_database, tmp_path / "everyone.xlsx", include_without_consent=True)
    printed = print_placement_report(demo_database, tmp_path / "placements.pdf",
                                     programme="TF")
    with demo_database.session() as session:
        mine = disclosures(session, student_id)
        everything = disclosures(session)
        total = session.scalar(text("SELECT count(*) FROM student"))
        placed = session.scalar(text(
            "SELECT count(DISTINCT n.student_id) FROM placement p JOIN nomination n ON "
            "n.id = p.nomination_id JOIN cohort c ON c.id = n.cohort_id JOIN programme g ON "
            "g.id = c.programme_id WHERE g.code = 'TF'"))
    assert [(d.action, d.what) for d in mine][-2:] == [
        ("exported", "Export to everyone.xlsx"), ("printed", "Student record: record.pdf")]
    assert {d.what: d.students for d in everything}["Export to everyone.xlsx"] == total
    assert {d.what: d.students for d in everything}[
        f"Placement report: {printed.path.name}"] == placed
    assert all(d.by == "tester" and d.machine for d in everything)


def test_a_request_needs_a_known_student_and_kind(demo_database: Database) -> None:
    from careerdesk.core.errors import CareerDeskError

    with pytest.raises(CareerDeskError, match="not a kind of request"):
        record_request(demo_database, "CUHK", "1155000000", kind="deletion")
    with pytest.raises(CareerDeskError):
        record_request(demo_database, "CUHK", "no-such-student")


@pytest.mark.parametrize("anonymise", [False, True])
def test_students_past_retention_are_purged_or_anonymised(demo_database: Database,
                                                          anonymise: bool) -> None:
    from careerdesk.core.services.privacy import purge
    from careerdesk.core.services.report_data import placement_report

    day = dt.date(2025, 7, 1)
    with demo_database.session() as session:
        def count(sql: str) -> int:
            return int(session.scalar(text(sql), {"d": day}) or 0)

        old = "SELECT id FROM student WHERE graduation_date < :d"
        expected = (count(f"SELECT count(*) FROM ({old}) AS s"),
                    count(f"SELECT count(*) FROM nomination WHERE student_id IN ({old})"),
                    count(f"SELECT count(*) FROM attendance WHERE student_id IN ({old})"))
        funnel = placement_report(session, programme="TF").funnel
        total = count("SELECT count(*) FROM student")
    preview = purge(demo_database, day, anonymise=anonymise, dry_run=True)
    assert (preview.students, preview.nominations, preview.attendances) == expected
    assert expected[0] > 0 and expected[1] > 0
    with demo_database.session() as session:  # a dry run changes nothing
        assert session.scalar(text("SELECT count(*) FROM student")) == total
    done = purge(demo_database, day, anonymise=anonymise)
    assert (done.students, done.nominations) == expected[:2] and not done.dry_run
    with demo_database.session() as session:
        left = session.scalar(text("SELECT count(*) FROM student WHERE graduation_date < :d"),
                              {"d": day})
        named = session.scalar(text(
            "SELECT count(*) FROM student WHERE graduation_date < :d AND (name_en IS NOT NULL "
            "OR email IS NOT NULL OR phone IS NOT NULL OR student_no NOT LIKE 'ANON-%')"),
            {"d": day})
        audit = session.scalar(text(
            "SELECT count(*) FROM audit_log WHERE table_name = 'student' AND row_id IN "
            "(SELECT id FROM student WHERE graduation_date < :d)"), {"d": day})
        logged = session.scalar(text(
            "SELECT summary FROM audit_log WHERE summary LIKE 'Retention:%'"))
        after = placement_report(session, programme="TF").funnel
    if anonymise:
        assert left == expected[0] and named == 0 and audit == 0
        assert after == funnel  # the figures kept
    else:
        assert left == 0
    assert f"{expected[0]:,} students" in logged


def test_what_was_seen_is_read_back_as_the_sentence_it_was_made_from() -> None:
    """Stored in English, said in the reader's language: each kind's sentence comes back
    with its template and file; a description of another kind stays as stored."""
    from careerdesk.core.services.privacy import SEEN_AS, seen_as, what_was_seen
    from careerdesk.messages import speaker

    for kind in SEEN_AS:
        made = seen_as(kind, "名單 2026.xlsx")
        back = what_was_seen(str(made))
        assert (back, back.template, back.values) == (made, made.template, made.values)
    assert what_was_seen("Something older") == "Something older"
    chinese = speaker("zh_HK")(what_was_seen("Export to students.xlsx"))
    assert "students.xlsx" in chinese and "Export" not in chinese


def test_retention_periods_by_programme_decide_who_is_past_them(database: Database) -> None:
    """The office keeps records 3 years, Talent Foundry's 10: a student is purged only when
    every record is past its period; no graduation date, or none set, keeps them."""
    from careerdesk.core.db.models import Cohort, Programme
    from careerdesk.core.errors import CareerDeskError
    from careerdesk.core.services.privacy import (
        purge,
        retention_policy,
        set_retention,
        students_past_retention,
    )
    from careerdesk.core.services.student_editing import create_student

    today = dt.date(2026, 12, 7)
    ages = {"none": 5, "tf": 5, "tf_old": 12, "other": 5, "undated": None, "recent": 1}
    ids = {}
    for number, (who, years) in enumerate(ages.items()):
        graduated = f"{2026 - years}-06-30" if years else ""
        ids[who] = create_student(database, {"university": "CUHK",
                                             "student_no": f"11550000{number:02d}",
                                             "name_en": who.upper(),
                                             "graduation": graduated}).id
    with database.transaction() as session:
        cohorts = {}
        for code in ("TF", "PC"):
            programme = Programme(code=code, name_en=code, kind="talent_programme")
            session.add(programme)
            session.flush()
            cohorts[code] = Cohort(programme_id=programme.id, code=f"{code}-2020",
                                   name=code, year=2020)
            session.add(cohorts[code])
        session.flush()
        tf, other = cohorts["TF"].id, cohorts["PC"].id
        for who, cohort in (("tf", tf), ("tf_old", tf), ("other", other)):
            session.add(Nomination(student_id=ids[who], cohort_id=cohort, status="nominated"))
    with database.session() as session:
        assert students_past_retention(session, today) == []  # no period set: none
    with pytest.raises(CareerDeskError, match="between 1 and 100 years, not 0"):
        set_retention(database, 0)
    with pytest.raises(CareerDeskError, match="no programme 'XX'"):
        set_retention(database, 3, {"XX": 1})
    policy = set_retention(database, 3, {"tf": 10})
    assert (policy.years, policy.programmes) == (3, {"TF": 10})
    with database.session() as session:
        assert retention_policy(session) == policy
        past = students_past_retention(session, today)
    assert sorted(past) == sorted([ids["none"], ids["tf_old"], ids["other"]])
    preview = purge(database, past_retention=True, dry_run=True, today=today)
    assert (preview.students, preview.nominations) == (3, 2)
    purge(database, past_retention=True, today=today)
    with database.session() as session:
        left = set(session.scalars(select(Student.id)))
    assert left == {ids["tf"], ids["undated"], ids["recent"]}
    set_retention(database, None, {"TF": None})
    with database.session() as session:
        assert retention_policy(session).years is None
        assert retention_policy(session).programmes == {}
