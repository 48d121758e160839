"""Career-day applications: imported from a Talent-Pool-style list (one student, several
applications), undone, moved along their path with history, an accepted offer turned into a
placement that the placement figures count, and the career-day figures against plain SQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Application, EventRole, Organisation, Placement
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.core.services.applications import (
    ApplicationFilter,
    ApplicationForm,
    OfferPlacement,
    add_application,
    application_history,
    delete_roles,
    list_applications,
    list_roles,
    move_applications,
    place_application,
    save_role,
)
from careerdesk.core.services.career_day import career_day_outcome
from careerdesk.core.services.events import EventForm, save_event
from careerdesk.core.services.importing import ImportOptions, import_file
from careerdesk.core.services.importing.undo import undo_import
from careerdesk.core.services.placements import list_placements
from careerdesk.core.services.student_editing import create_student

HEADINGS = ["Student ID", "University", "Full Name", "Email Address", "Company", "Job Title",
            "Job Category", "Status", "Application Date", "Applied Via"]
ROWS = [
    ["1155000001", "CUHK", "CHAN Tai Man", "tm.chan@link.cuhk.edu.hk", "SenseTime",
     "ML Engineer", "Large-scale model algorithms", "Applied", "2026-03-07", "Talent Pool"],
    ["1155000001", "CUHK", "CHAN Tai Man", "tm.chan@link.cuhk.edu.hk", "Lalamove",
     "Data Analyst", "Data analytics", "Interviewed", "2026-03-07", "On-site booth"],
    ["1155000001", "CUHK", "CHAN Tai Man", "", "Harbour AI Labs",
     "Software Engineer", "Software development", "Offer accepted", "2026-03-08", "Online"],
    ["3035000002", "HKU", "WONG Siu Ming", "sm.wong@connect.hku.hk", "SenseTime",
     "ML Engineer", "Large-scale model algorithms", "Not selected", "2026-03-07", "On-site"],
]


def _workbook(path: Path, rows: list[list[str]] = ROWS, headings: list[str] = HEADINGS
              ) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def day(database: Database) -> Database:
    save_event(database, EventForm("AIA-2026", "AI in Action Career Day 2026",
                                   dt.date(2026, 3, 7), theme="ai"))
    return database


def _import(database: Database, path: Path, event: str | None = "AIA-2026"):
    result, _ = import_file(database, path, ImportOptions(event=event))
    return result


def test_a_list_of_applications_imports_each_row_as_an_application(
        day: Database, tmp_path: Path) -> None:
    result = _import(day, _workbook(tmp_path / "talent-pool.xlsx"))
    assert (result.created, result.rejected) == (2, 0)
    assert (result.applications_created, result.applications_updated,
            result.applications_unchanged) == (4, 0, 0)
    assert not [i for i in result.issues if i.code in ("duplicate_in_file", "column_unused")]
    with day.session() as session:
        rows = list_applications(session, ApplicationFilter(event="aia-2026"))
    got = sorted((r.student_no, r.company, r.role, r.field, r.channel, r.applied_on, r.status)
                 for r in rows)
    assert got == [
        ("1155000001", "Harbour AI Labs", "Software Engineer", "Software development",
         "online", dt.date(2026, 3, 8), "accepted"),
        ("1155000001", "Lalamove", "Data Analyst", "Data analytics", "onsite",
         dt.date(2026, 3, 7), "interviewed"),
        ("1155000001", "SenseTime", "ML Engineer", "Large-scale model algorithms", "online",
         dt.date(2026, 3, 7), "applied"),
        ("3035000002", "SenseTime", "ML Engineer", "Large-scale model algorithms", "onsite",
         dt.date(2026, 3, 7), "not_selected"),
    ]
    with day.session() as session:
        assert {r.title for r in list_roles(session, "AIA-2026")} == {
            "ML Engineer", "Data Analyst", "Software Engineer"}
        # the student's email, on two of their rows, is kept once
        assert session.execute(text("SELECT email FROM student WHERE student_no = "
                                    "'1155000001'")).scalar() == "tm.chan@link.cuhk.edu.hk"


def test_the_same_list_again_changes_nothing_and_a_later_one_moves_on(
        day: Database, tmp_path: Path) -> None:
    _import(day, _workbook(tmp_path / "first.xlsx"))
    again = _import(day, _workbook(tmp_path / "first.xlsx"))
    assert (again.applications_created, again.applications_updated,
            again.applications_unchanged) == (0, 0, 4)
    later = [r[:7] + ["Offered"] + r[8:] if r[5] == "Data Analyst" else r for r in ROWS]
    later[0] = ROWS[0][:7] + ["Withdrawn"] + ROWS[0][8:]
    older = [*later, ROWS[3][:7] + ["Applied"] + ROWS[3][8:]]  # a row saying less
    del older[3]
    moved = _import(day, _workbook(tmp_path / "later.xlsx", older))
    assert (moved.applications_updated, moved.applications_unchanged) == (2, 2)
    assert any(i.code == "application_kept" for i in moved.issues)
    with day.session() as session:
        found = {r.company: r for r in list_applications(session)
                 if r.student_no == "1155000001"}
        assert found["Lalamove"].status == "offered"
        history = application_history(session, found["Lalamove"].id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, "interviewed"), ("interviewed", "offered")]
    undo_import(day, moved.batch)
    with day.session() as session:
        assert {r.company: r.status for r in list_applications(session)
                if r.student_no == "1155000001"}["Lalamove"] == "interviewed"


def test_undo_removes_the_batchs_applications_roles_and_new_students(
        day: Database, tmp_path: Path) -> None:
    result = _import(day, _workbook(tmp_path / "list.xlsx"))
    summary = undo_import(day, result.batch)
    assert summary.removed_applications == 4 and summary.removed_students == 2
    with day.session() as session:
        assert session.scalar(select(func.count(Application.id))) == 0
        assert session.scalar(select(func.count(EventRole.id))) == 0
        assert session.scalar(text("SELECT count(*) FROM status_change")) == 0


def test_an_applications_list_without_an_event_asks_for_one(day: Database,
                                                           tmp_path: Path) -> None:
    from careerdesk.core.services.importing.errors import ImportFailedError

    with pytest.raises(ImportFailedError, match="applications list; say which event"):
        _import(day, _workbook(tmp_path / "list.xlsx"), event=None)
    with day.session() as session:
        assert session.scalar(text("SELECT count(*) FROM student")) == 0


def test_a_status_it_cannot_read_costs_that_application_only(day: Database,
                                                             tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[1][:7] + ["Maybe later"] + ROWS[1][8:]]
    result = _import(day, _workbook(tmp_path / "list.xlsx", rows,
                                    [h if h != "Status" else "Application Stage"
                                     for h in HEADINGS]))
    assert result.applications_created == 1
    problem = next(i for i in result.issues if i.code == "bad_application_status")
    assert (problem.row, problem.column) == (3, "Application Stage")
    assert "'Maybe later' is not an application status" in problem.message


def test_moves_follow_the_path_and_keep_who_when_and_why(day: Database) -> None:
    student = create_student(day, {"university": "CUHK", "student_no": "1155000009"}).id
    first = add_application(day, ApplicationForm("AIA-2026", student, "SenseTime",
                                                 "ML Engineer", "online"))
    with pytest.raises(ConflictError, match="has already applied"):
        add_application(day, ApplicationForm("aia-2026", student, "sensetime", "ml engineer"))
    with pytest.raises(ConflictError, match="only move to interviewed, offered, accepted, "
                                            "not selected, withdrawn"):
        move_applications(day, [first], "declined")
    move_applications(day, [first], "offered", note="strong interview")
    move_applications(day, [first], "accepted")
    second = add_application(day, ApplicationForm("AIA-2026", student, "Lalamove"))
    move_applications(day, [second], "withdrawn")
    with pytest.raises(ConflictError, match="is accepted; from there it can only move to "
                                            "withdrawn; nothing was moved"):
        move_applications(day, [first, second], "declined")
    with pytest.raises(ConflictError, match="is withdrawn, which is final"):
        move_applications(day, [second], "offered")
    with day.session() as session:
        history = application_history(session, first)
    assert [(h.from_status, h.to_status, h.changed_by, h.note) for h in history] == [
        (None, "applied", "tester", None), ("applied", "offered", "tester", "strong interview"),
        ("offered", "accepted", "tester", None)]


def test_an_accepted_offer_becomes_a_placement_counted_with_the_others(
        day: Database) -> None:
    student = create_student(day, {"university": "CUHK", "student_no": "1155000009",
                                   "name_en": "LEE Ka Yan"}).id
    offer = add_application(day, ApplicationForm("AIA-2026", student, "SenseTime",
                                                 "ML Engineer"))
    with pytest.raises(ConflictError, match="Only an accepted offer"):
        place_application(day, OfferPlacement(offer, dt.date(2026, 6, 1)))
    move_applications(day, [offer], "accepted")
    placement = place_application(day, OfferPlacement(offer, dt.date(2026, 6, 1), 6,
                                                      "HK$18,500"))
    with pytest.raises(ConflictError, match="already has a placement"):
        place_application(day, OfferPlacement(offer, dt.date(2026, 6, 1)))
    with day.session() as session:
        row = session.get(Placement, placement)
        assert (row.end_date, row.monthly_salary, row.nomination_id) == (
            dt.date(2026, 11, 30), Decimal("18500.00"), None)
        [listed] = list_placements(session)
        assert (listed.cohort, listed.student_no, listed.organisation, listed.position) == (
            "AIA-2026", "1155000009", "SenseTime", "ML Engineer")
        outcome = career_day_outcome(session, "AIA-2026")
    assert (outcome.stages["accepted"], outcome.stages["hired"]) == (1, 1)
    assert [(o.student_no, o.placed, o.placed_from) for o in outcome.offers] == [
        ("1155000009", True, dt.date(2026, 6, 1))]


def test_roles_are_kept_by_hand(day: Database) -> None:
    role = save_role(day, "AIA-2026", "New Robotics Limited", "Robotics Intern", "Robotics", 3,
                     "onsite")
    with pytest.raises(ConflictError, match="already offers a role"):
        save_role(day, "AIA-2026", "new robotics limited", "robotics intern")
    with pytest.raises(ConflictError, match="cannot be negative"):
        save_role(day, "AIA-2026", "X", "Y", openings=-1)
    with pytest.raises(NotFoundError, match="There is no event 'NOPE'"):
        save_role(day, "NOPE", "X", "Y")
    with day.session() as session:
        [row] = list_roles(session, "AIA-2026")
        assert (row.company, row.title, row.field, row.openings, row.mode) == (
            "New Robotics Limited", "Robotics Intern", "Robotics", 3, "onsite")
        assert session.scalar(select(Organisation.id).where(
            Organisation.name_en == "New Robotics Limited"))
    student = create_student(day, {"university": "CUHK", "student_no": "1155000009"}).id
    add_application(day, ApplicationForm("AIA-2026", student, "New Robotics Limited",
                                         "Robotics Intern"))
    with pytest.raises(ConflictError, match="applications were made to the role"):
        delete_roles(day, [role])


def test_the_career_day_figures_agree_with_plain_sql(demo_database: Database) -> None:
    with demo_database.session() as session:
        outcome = career_day_outcome(session, "AIA-2025")
        event = session.scalar(text("SELECT id FROM event WHERE code = 'AIA-2025'"))

        def count(sql: str) -> int:
            return int(session.scalar(text(sql), {"e": event}) or 0)

        assert outcome.stages["applied"] == count(
            "SELECT count(*) FROM application WHERE event_id = :e")
        assert outcome.applicants == count(
            "SELECT count(DISTINCT student_id) FROM application WHERE event_id = :e")
        assert outcome.stages["offered"] == count(
            "SELECT count(*) FROM application a WHERE event_id = :e AND (status IN "
            "('offered', 'accepted', 'declined') OR EXISTS (SELECT 1 FROM status_change c "
            "WHERE c.application_id = a.id AND c.to_status = 'offered'))")
        assert outcome.stages["accepted"] == count(
            "SELECT count(*) FROM application WHERE event_id = :e AND status = 'accepted'")
        assert outcome.stages["hired"] == count(
            "SELECT count(*) FROM placement p JOIN application a ON a.id = p.application_id "
            "WHERE a.event_id = :e")
        assert outcome.roles == count("SELECT count(*) FROM event_role WHERE event_id = :e")
        assert outcome.visitors == count(
            "SELECT count(*) FROM attendance WHERE event_id = :e AND status IN "
            "('on_site', 'virtual')")
        assert outcome.companies == count(
            "SELECT count(DISTINCT organisation_id) FROM (SELECT organisation_id FROM "
            "event_role WHERE event_id = :e UNION SELECT organisation_id FROM application "
            "WHERE event_id = :e) AS taking_part")
        assert sum(t.applications for t in outcome.by_company) == outcome.stages["applied"]
        assert outcome.stages["applied"] > 100 and outcome.stages["hired"] > 0
        cuhk = career_day_outcome(session, "AIA-2025", university="cuhk")
        assert cuhk.stages["applied"] == count(
            "SELECT count(*) FROM application a JOIN student s ON s.id = a.student_id JOIN "
            "university u ON u.id = s.university_id WHERE a.event_id = :e AND u.code = 'CUHK'")
        with pytest.raises(NotFoundError, match="no university 'MIT'"):
            career_day_outcome(session, "AIA-2025", university="MIT")




def test_a_letter_for_an_offer_that_became_a_placement_in_either_language(
        day: Database, tmp_path: Path) -> None:
    import subprocess

    from careerdesk.core.services.letters import letters
    from careerdesk.core.services.reports import print_letters

    placed = create_student(day, {"university": "CUHK", "student_no": "1155000009",
                                  "name_en": "LEE Ka Yan", "name_zh": "李嘉欣",
                                  "email": "ky.lee@link.cuhk.edu.hk"}).id
    waiting = create_student(day, {"university": "CUHK", "student_no": "1155000010"}).id
    offers = [add_application(day, ApplicationForm("AIA-2026", student, "SenseTime",
                                                   "ML Engineer")) for student in (placed,
                                                                                   waiting)]
    move_applications(day, offers, "accepted")
    place_application(day, OfferPlacement(offers[0], dt.date(2026, 6, 1), 6))
    with day.session() as session:
        [letter] = letters(session, "en", event="aia-2026", today=dt.date(2026, 5, 2))
        [chinese] = letters(session, "zh_HK", application_ids=offers)
    assert (letter.fields["student_no"], letter.fields["organisation"],
            letter.fields["position"], letter.fields["cohort_name"], letter.fields["start"],
            letter.fields["end"]) == ("1155000009", "SenseTime", "ML Engineer",
                                      "AI in Action Career Day 2026", "01/06/2026",
                                      "30/11/2026")
    assert chinese.fields["start"] == "2026年6月1日"
    printed = print_letters(day, None, tmp_path / "offers.pdf", language="zh_HK",
                            application_ids=offers, emails=tmp_path)
    assert printed.pages == 1 and len(printed.drafts) == 1
    text = subprocess.run(["pdftotext", str(printed.path), "-"], capture_output=True,
                          text=True).stdout
    assert "李嘉欣同學" in text and "1155000010" not in text


def test_an_access_request_sees_the_students_applications_and_career_day_placement(
        day: Database) -> None:
    from careerdesk.core.services.student_editing import delete_student, student_records
    from careerdesk.core.services.student_record import student_record

    student = create_student(day, {"university": "CUHK", "student_no": "1155000009"}).id
    other = create_student(day, {"university": "CUHK", "student_no": "1155000010"}).id
    mine = add_application(day, ApplicationForm("AIA-2026", student, "SenseTime",
                                                "ML Engineer", "online"))
    add_application(day, ApplicationForm("AIA-2026", other, "Lalamove", "Data Analyst"))
    move_applications(day, [mine], "accepted")
    place_application(day, OfferPlacement(mine, dt.date(2026, 6, 1), 3))
    with day.session() as session:
        record = student_record(session, "CUHK", "1155000009")
        assert student_records(session, student).described() == (
            "1 placement(s), 1 career-day application(s)")
    assert [(code, company, role, status) for code, company, role, _, _, status
            in record.applications] == [("AIA-2026", "SenseTime", "ML Engineer", "accepted")]
    assert [(row[0], row[1]) for row in record.placements] == [("AIA-2026", "SenseTime")]
    assert "Lalamove" not in " ".join(record.texts())  # never another student's
    delete_student(day, student, with_records=True)
    with day.session() as session:
        assert session.scalar(select(func.count(Application.id))) == 1
        assert session.scalar(select(func.count(Placement.id))) == 0


def test_an_organisers_list_of_exhibitors_and_roles(day: Database, tmp_path: Path) -> None:
    from careerdesk.core.services.importing.roles_listed import import_roles

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["AI in Action Career Day 2026 — exhibitors"])
    sheet.append([])
    sheet.append(["Exhibitor", "Position", "Job Category", "No. of Openings", "Mode"])
    sheet.append(["SenseTime", "Research Intern", "AI research", 3, "On-site"])
    sheet.append(["SenseTime", "ML Engineer", "Large-scale model algorithms", 2, "Online"])
    sheet.append(["Harbour Vision Ltd", "Vision Engineer", "Computer vision", "two", "Remote"])
    sheet.append([None, "Orphan role", None, 1, None])
    book.save(tmp_path / "exhibitors.xlsx")
    done = import_roles(day, tmp_path / "exhibitors.xlsx", "AIA-2026")
    assert (done.created, done.updated, done.unchanged, done.rejected) == (3, 0, 0, 1)
    assert [(row, column) for row, column, _ in done.problems] == [
        (6, "No. of Openings"), (7, "Exhibitor")]
    with day.session() as session:
        roles = {r.title: r for r in list_roles(session, "AIA-2026")}
    assert (roles["Research Intern"].openings, roles["Research Intern"].mode,
            roles["Vision Engineer"].mode, roles["Vision Engineer"].openings) == (
        3, "onsite", "online", None)
    sheet.cell(4, 4).value = 5
    book.save(tmp_path / "exhibitors.xlsx")
    again = import_roles(day, tmp_path / "exhibitors.xlsx", "AIA-2026")
    assert (again.created, again.updated, again.unchanged) == (0, 1, 2)
    undo_import(day, again.batch)
    undo_import(day, done.batch)
    with day.session() as session:
        assert list_roles(session, "AIA-2026") == []
    (tmp_path / "students.csv").write_text("Student No.,Name\n1155000001,CHAN\n")
    from careerdesk.core.services.importing.errors import ImportFailedError

    with pytest.raises(ImportFailedError, match="lists no roles"):
        import_roles(day, tmp_path / "students.csv", "AIA-2026")


def test_the_programmes_placement_report_lists_its_career_days_hires(
        demo_database: Database) -> None:
    from careerdesk.core.services.report_data import placement_report

    with demo_database.session() as session:
        report = placement_report(session, programme="AIA")
        hires = session.scalar(text(
            "SELECT count(*) FROM placement p JOIN application a ON a.id = p.application_id "
            "JOIN event e ON e.id = a.event_id JOIN programme g ON g.id = e.programme_id "
            "WHERE g.code = 'AIA'"))
    from_days = [p for p in report.placements if p.track in ("AIA-2025", "MICRO-2026")]
    assert hires > 0 and len(from_days) == hires
    assert sum(b.placed for b in report.by_organisation) >= hires
