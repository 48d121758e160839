"""A list the programme sends back naming where each accepted offer lands ("Company",
"Position", "Start Date", "Monthly Salary"): the placements are recorded as the placement
form records them, each row that cannot be one says why, and an undo removes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    ImportBatch,
    Nomination,
    Organisation,
    Placement,
    PlacementPhase,
    StatusChange,
    Student,
)
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.importing import ImportOptions, import_file, undo_import
from careerdesk.core.services.nominations import move_nominations
from careerdesk.core.services.placements import set_placement_status
from tests.core.stored import nomination_statuses
from tests.files import HEADERS, xlsx

PEOPLE = [[f"1155{n:06d}", f"KWOK Student {n}", "", "", "", "CUHK"] for n in range(970, 976)]
TF = ImportOptions(cohort="TF-2026")
RESULTS = ["Offer Accepted (Y/N)", "Company", "Position", "Start Date", "Monthly Salary"]


@pytest.fixture
def office(database: Database, tmp_path: Path) -> Database:
    """A demo office whose six students above were nominated to TF-2026, submitted and
    offered a place."""
    fill_demo_data(database, 20)
    first = xlsx(tmp_path / "first.xlsx", [HEADERS, *PEOPLE])
    assert import_file(database, first, TF)[0].nominations == len(PEOPLE)
    numbers = [p[0] for p in PEOPLE]
    for stage in ("submitted", "shortlisted", "interviewed", "offered"):
        move_nominations(database, "TF-2026", stage, numbers, override="Test")
    return database


def _placements(database: Database) -> dict[str, tuple]:
    with database.session() as session:
        rows = session.execute(
            select(Placement.nomination_id, Organisation.name_en, Placement.start_date,
                   Placement.end_date, Placement.monthly_salary, Placement.position_id,
                   Placement.status)
            .join(Organisation, Organisation.id == Placement.organisation_id)
            .where(Placement.import_batch_id.is_not(None))).all()  # (not the demo's)
    return {row[0]: tuple(row[1:]) for row in rows}


def test_a_list_sent_back_records_where_each_accepted_offer_lands(office: Database,
                                                                 tmp_path: Path) -> None:
    """Accepted, at a company CareerDesk knows (written as the list writes it: "Sensetime",
    "Harbour AI Labs", "獅子山半導體"): a confirmed placement from the start date, its phases
    dated from the cohort's, its salary kept. An offer declined, a company unknown, no start
    date: each row says why no placement was recorded."""
    rows = [
        [*PEOPLE[0], "Y", "Sensetime", "AI Engineer Trainee", "01/07/2026", "HK$18,000"],
        [*PEOPLE[1], "Yes", "Harbour AI Labs", "", "15/07/2026", ""],
        [*PEOPLE[2], "Y", "獅子山半導體", "", "2026-08-01", "20k"],
        [*PEOPLE[3], "N", "SenseTime", "", "01/07/2026", ""],
        [*PEOPLE[4], "Y", "Nonexistent Robotics Ltd", "", "01/07/2026", ""],
        [*PEOPLE[5], "Y", "SenseTime", "", "", ""],
    ]
    path = xlsx(tmp_path / "results.xlsx", [[*HEADERS, *RESULTS], *rows])
    preview, _ = import_file(office, path, ImportOptions(cohort="TF-2026", dry_run=True))
    assert preview.placements == 3 and _placements(office) == {}
    result, _ = import_file(office, path, TF)
    assert (result.moved, result.placements) == (6, 3)
    assert sorted((i.row, i.column, i.code) for i in result.issues
                  if i.code.startswith(("placement", "unknown"))) == [
        (2, "Position", "unknown_position"),
        (5, "Company", "placement_not_accepted"),
        (6, "Company", "unknown_organisation"),
        (7, "Company", "placement_without_start")]
    placed = sorted(_placements(office).values())
    assert placed == [
        ("Harbour AI Labs Limited", dt.date(2026, 7, 15), dt.date(2027, 1, 14), None, None,
         "confirmed"),
        ("Lion Rock Semiconductor Limited", dt.date(2026, 8, 1), dt.date(2027, 1, 31),
         Decimal("20000.00"), None, "confirmed"),
        ("SenseTime", dt.date(2026, 7, 1), dt.date(2026, 12, 31), Decimal("18000.00"), None,
         "confirmed")]
    statuses = nomination_statuses(office, "1155000_7_")
    assert [statuses[p[0]] for p in PEOPLE] == [
        "accepted", "accepted", "accepted", "declined", "accepted", "accepted"]
    with office.session() as session:
        assert session.scalar(select(ImportBatch.placements).where(
            ImportBatch.id == result.batch)) == 3
        assert len(session.scalars(select(PlacementPhase).join(Placement).where(
            Placement.import_batch_id == result.batch)).all()) == 3  # one phase each
    again, _ = import_file(office, path, TF)  # the same list again: nothing more
    assert (again.moved, again.placements) == (0, 0)
    assert "placement_exists" not in {i.code for i in again.issues}
    with office.session() as session:  # started since: the list again says nothing of it
        started = session.scalar(select(Placement.id).where(
            Placement.import_batch_id == result.batch).order_by(Placement.id))
    set_placement_status(office, started, "started")
    move_nominations(office, "TF-2026", "placed", [PEOPLE[0][0]], override="Test")
    later, _ = import_file(office, path, TF)
    assert not {i.code for i in later.issues if i.row == 2} & {
        "placement_not_accepted", "placement_exists"}


def test_undo_removes_the_placements_unless_changed_since(office: Database,
                                                         tmp_path: Path) -> None:
    """Undoing the import removes the placements it recorded and moves the nominations
    back to offered; a placement started since stays, and so does its nomination."""
    rows = [[*PEOPLE[0], "Y", "SenseTime", "", "01/07/2026", ""],
            [*PEOPLE[1], "Y", "SenseTime", "", "01/07/2026", ""]]
    path = xlsx(tmp_path / "results.xlsx", [[*HEADERS, *RESULTS], *rows])
    result, _ = import_file(office, path, TF)
    assert result.placements == 2
    with office.session() as session:
        started = session.scalars(select(Placement.id).where(
            Placement.import_batch_id == result.batch).order_by(Placement.id)).first()
    set_placement_status(office, started, "started")
    undone = undo_import(office, result.batch)
    assert undone.removed_placements == 1
    assert any("placement" in kept for kept in undone.kept)
    statuses = nomination_statuses(office, "1155000_7_")
    assert len(_placements(office)) == 1
    assert sorted([statuses[PEOPLE[0][0]], statuses[PEOPLE[1][0]]]) == ["accepted", "offered"]


def test_a_placement_elsewhere_is_not_replaced(office: Database, tmp_path: Path) -> None:
    """A student placed at one company whom a later list names at another: the placement
    stays, and the row says where the student is placed."""
    first = xlsx(tmp_path / "first results.xlsx", [
        [*HEADERS, *RESULTS], [*PEOPLE[0], "Y", "SenseTime", "", "01/07/2026", ""]])
    import_file(office, first, TF)
    later = xlsx(tmp_path / "later results.xlsx", [
        [*HEADERS, *RESULTS], [*PEOPLE[0], "Y", "TCL", "", "01/09/2026", ""]])
    result, _ = import_file(office, later, TF)
    assert [(i.code, i.column) for i in result.issues] == [("placement_exists", "Company")]
    assert "already placed at SenseTime" in result.issues[0].message
    assert [p[0] for p in _placements(office).values()] == ["SenseTime"]


def test_a_company_column_without_a_cohort_is_said_to_be_unused(office: Database,
                                                               tmp_path: Path) -> None:
    path = xlsx(tmp_path / "results.xlsx", [
        [*HEADERS, "Company"], [*PEOPLE[0], "SenseTime"]])
    result, _ = import_file(office, path, ImportOptions())
    assert [(i.column, i.code) for i in result.issues] == [
        ("Company", "nomination_column_unused")]
    assert _placements(office) == {}


def test_a_student_not_nominated_is_not_placed(office: Database, tmp_path: Path) -> None:
    """A student new to the cohort whom the list says accepted an offer: imported, not
    nominated (a stage the Nominations page must reach), and so not placed either."""
    newcomer = ["1155000999", "NEW Student", "", "", "", "CUHK"]
    path = xlsx(tmp_path / "results.xlsx", [
        [*HEADERS, *RESULTS], [*newcomer, "Y", "SenseTime", "", "01/07/2026", ""]])
    result, _ = import_file(office, path, TF)
    assert result.placements == 0
    said = next(i.message for i in result.issues if i.code == "placement_not_accepted")
    assert "not nominated to the cohort" in said


def test_a_start_date_without_a_company_is_said_not_imported(office: Database,
                                                            tmp_path: Path) -> None:
    """A nominee list's "Start Date" (of what, it does not say; a survey's is when it was
    opened) with no Company column: not a placement's, reported as a column not imported;
    chosen as a placement's start in the import window, it is said to be unused."""
    path = xlsx(tmp_path / "nominees.xlsx", [
        [*HEADERS, "Start Date"], [*PEOPLE[0], "01/07/2026"]])
    result, _ = import_file(office, path, TF)
    assert [(i.column, i.code) for i in result.issues] == [("Start Date", "column_ignored")]
    chosen = {heading: None for heading in HEADERS} | {
        "Student No.": "student_no", "University": "university", "Start Date": "placement_start"}
    result, _ = import_file(office, path, ImportOptions(cohort="TF-2026", mapping=chosen))
    assert ("Start Date", "placement_column_unused") in [(i.column, i.code) for i in result.issues]


def test_a_list_saying_a_placement_has_begun_records_it_started(office: Database,
                                                                 tmp_path: Path) -> None:
    """A results list's Status "Commenced" (or "Started", "已入職") beside the company: the
    placement is recorded started, and the nomination moves on through accepted to placed,
    its history saying each step. Without a company, or at one CareerDesk does not know,
    no placement is recorded and the nomination does not move to placed (an offered one
    is accepted, as the list says the student started). Undo puts it all back."""
    headers = [*HEADERS, "Status", "Company", "Start Date"]
    rows = [[*PEOPLE[0], "Commenced", "SenseTime", "01/07/2026"],
            [*PEOPLE[1], "已入職", "TCL", "02/07/2026"],
            [*PEOPLE[2], "Started", "", ""],
            [*PEOPLE[3], "Commenced", "Nonexistent Robotics Ltd", "01/07/2026"],
            [*PEOPLE[4], "Offer accepted", "SenseTime", "01/07/2026"]]
    move_nominations(office, "TF-2026", "accepted", [PEOPLE[1][0]], override="Test")
    path = xlsx(tmp_path / "progress.xlsx", [headers, *rows])
    result, _ = import_file(office, path, TF)
    assert result.placements == 3
    assert sorted(_placements(office).values()) == [
        ("SenseTime", dt.date(2026, 7, 1), dt.date(2026, 12, 31), None, None, "confirmed"),
        ("SenseTime", dt.date(2026, 7, 1), dt.date(2026, 12, 31), None, None, "started"),
        ("TCL", dt.date(2026, 7, 2), dt.date(2027, 1, 1), None, None, "started")]
    statuses = nomination_statuses(office, "1155000_7_")
    assert [statuses[p[0]] for p in PEOPLE[:5]] == [
        "placed", "placed", "offered", "accepted", "accepted"]
    said = {i.row: (i.code, i.message) for i in result.issues if i.column == "Status"}
    assert said[2] == ("nomination_moved", "The list says 'Commenced' under 'Status': the "
                       "student's nomination to TF-2026, which was offered, is now placed, "
                       "with the placement the row names.")
    assert said[4][0] == "nomination_kept" and "record the placement" in said[4][1]
    assert said[5] == ("nomination_moved", "The list says 'Commenced' under 'Status', but the "
                       "placement the row names was not recorded (the row says why): the "
                       "student's nomination to TF-2026, which was offered, is now accepted, "
                       "and moves on to placed with its placement.")
    with office.session() as session:
        history = session.scalars(
            select(StatusChange.to_status).join(Nomination).join(Student)
            .where(Student.student_no == PEOPLE[0][0]).order_by(StatusChange.id)).all()
    assert history[-2:] == ["accepted", "placed"]
    undo_import(office, result.batch)
    assert _placements(office) == {}
    statuses = nomination_statuses(office, "1155000_7_")
    assert [statuses[p[0]] for p in PEOPLE[:5]] == [
        "offered", "accepted", "offered", "offered", "offered"]


def test_a_list_saying_a_placement_began_or_ended_moves_a_recorded_one_on(
        office: Database, tmp_path: Path) -> None:
    """A placement recorded before (on the Nominations page, or by an earlier list): the
    list's "Commenced" starts it, its "Completed" completes it, and the nomination moves
    on with it, as the Nominations page moves them. An offer the list says was completed
    at a company gets its placement recorded completed. Undo puts each back."""
    first = xlsx(tmp_path / "offers.xlsx", [[*HEADERS, *RESULTS],
                 [*PEOPLE[0], "Y", "SenseTime", "", "01/07/2026", ""],
                 [*PEOPLE[1], "Y", "TCL", "", "01/07/2026", ""]])
    import_file(office, first, TF)  # both accepted, placements confirmed
    move_nominations(office, "TF-2026", "placed", [PEOPLE[1][0]], override="Test")
    headers = [*HEADERS, "Status", "Company", "Start Date"]
    path = xlsx(tmp_path / "progress.xlsx", [headers,
                [*PEOPLE[0], "Commenced", "SenseTime", "01/07/2026"],
                [*PEOPLE[1], "Completed", "", ""],
                [*PEOPLE[2], "已完成", "UMEC", "01/06/2026"]])
    result, _ = import_file(office, path, TF)
    statuses = nomination_statuses(office, "1155000_7_")
    assert [statuses[p[0]] for p in PEOPLE[:3]] == ["placed", "completed", "completed"]
    with office.session() as session:
        by_student = dict(session.execute(
            select(Student.student_no, Placement.status).join(Nomination, Nomination.id ==
                                                             Placement.nomination_id)
            .join(Student, Student.id == Nomination.student_id)
            .where(Student.student_no.in_([p[0] for p in PEOPLE[:3]]))).all())
    assert by_student == {PEOPLE[0][0]: "started", PEOPLE[1][0]: "completed",
                          PEOPLE[2][0]: "completed"}
    assert result.placements == 1
    undo_import(office, result.batch)
    statuses = nomination_statuses(office, "1155000_7_")
    assert [statuses[p[0]] for p in PEOPLE[:3]] == ["accepted", "placed", "offered"]
    with office.session() as session:
        assert dict(session.execute(
            select(Student.student_no, Placement.status).join(Nomination, Nomination.id ==
                                                             Placement.nomination_id)
            .join(Student, Student.id == Nomination.student_id)
            .where(Student.student_no.in_([p[0] for p in PEOPLE[:3]]))).all()) == {
            PEOPLE[0][0]: "confirmed", PEOPLE[1][0]: "started"}


def test_a_status_completed_in_a_list_naming_no_company_is_an_application_forms(
        database: Database, tmp_path: Path) -> None:
    """A faculty's nominee list whose "Status" says each application form is "Completed":
    no placement's course, so the column is not read and the students are nominated."""
    fill_demo_data(database, 20)
    path = xlsx(tmp_path / "nominees.xlsx", [[*HEADERS, "Status"],
                                             *[[*person, "Completed"] for person in PEOPLE]])
    result, _ = import_file(database, path, TF)
    assert result.nominations == len(PEOPLE)
    assert [(i.column, i.code) for i in result.issues] == [("Status", "column_ignored")]
    assert set(nomination_statuses(database, "1155000_7_").values()) == {"nominated"}
