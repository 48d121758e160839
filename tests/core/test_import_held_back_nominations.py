"""A list sent again, or sent back by the programme, about students nominated before:
"Withdrawn", "Shortlisted", "Not selected" move the nomination on (and an undo moves it
back); a move the Nominations page must make, a step back, or a student the list holds back
("Pending") leaves it as it is, and the row says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Nomination, Placement, StatusChange, Student
from careerdesk.core.services.demo import fill_demo_data
from careerdesk.core.services.importing import ImportOptions, import_file, undo_import
from careerdesk.core.services.nominations import move_nominations
from careerdesk.core.services.placements import place_nomination
from tests.core.stored import nomination_statuses
from tests.files import HEADERS, xlsx

PEOPLE = [[f"1155{n:06d}", f"KWAN Student {n}", "", "", "", "CUHK"] for n in range(980, 986)]
TF = ImportOptions(cohort="TF-2026")


@pytest.fixture
def office(database: Database, tmp_path: Path) -> Database:
    """A demo office whose six students above were nominated to TF-2026 by a first list."""
    fill_demo_data(database, 20)
    first = xlsx(tmp_path / "first.xlsx", [[*HEADERS, "Nomination Status"],
                                           *([*p, "Nominated"] for p in PEOPLE)])
    assert import_file(database, first, TF)[0].nominations == len(PEOPLE)
    return database


def statuses(database: Database) -> dict[str, str]:
    return nomination_statuses(database, "1155000_8_")


def again(database: Database, tmp_path: Path, said: list[str], dry_run: bool = False):  # noqa: ANN201
    path = xlsx(tmp_path / "again.xlsx", [[*HEADERS, "Nomination Status"],
                                          *([*p, s] for p, s in zip(PEOPLE, said, strict=True))])
    return import_file(database, path, ImportOptions(cohort="TF-2026", dry_run=dry_run))[0]


def move(database: Database, student: str, *stages: str) -> None:
    for stage in stages:
        move_nominations(database, "TF-2026", stage, [student], override="Test")


def test_withdrawn_in_the_list_sent_again_withdraws_the_nomination(office: Database,
                                                                    tmp_path: Path) -> None:
    move(office, "1155000981", "submitted")
    said = ["Withdrawn", "已撤回", "Nominated", "Nominated", "Nominated", "Nominated"]
    preview = again(office, tmp_path, said, dry_run=True)
    assert (preview.moved, statuses(office)["1155000980"]) == (2, "nominated")
    result = again(office, tmp_path, said)
    assert (result.unchanged, result.nominations, result.moved) == (6, 2, 2)
    assert [(i.row, i.column, i.code) for i in result.issues] == [
        (2, "Nomination Status", "nomination_moved"),
        (3, "Nomination Status", "nomination_moved")]
    assert result.issues[1].message == (
        "The list says '已撤回' under 'Nomination Status': the student's nomination to "
        "TF-2026, which was submitted, is now withdrawn.")
    assert statuses(office) == {**dict.fromkeys((p[0] for p in PEOPLE), "nominated"),
                                "1155000980": "withdrawn", "1155000981": "withdrawn"}
    with office.session() as session:
        history = session.execute(select(StatusChange.from_status, StatusChange.to_status,
                                         StatusChange.note).join(Nomination).join(Student)
                                  .where(Student.student_no == "1155000981")
                                  .order_by(StatusChange.id)).all()
    assert history[-1] == ("submitted", "withdrawn", "The list again.xlsx says withdrawn")
    assert "2 of them were moved on to where the list says they are." in result.summary()
    assert result.as_json()["moved"] == 2
    # The same file again (not written anew: its bytes hold the second it was saved in):
    # withdrawn already, nothing to say of them.
    once_more = import_file(office, tmp_path / "again.xlsx", TF)[0]
    assert [i.code for i in once_more.issues] == ["imported_before"]


def test_undo_moves_a_withdrawn_nomination_back_unless_moved_since(office: Database,
                                                                    tmp_path: Path) -> None:
    move(office, "1155000981", "submitted")
    result = again(office, tmp_path, ["Withdrawn", "Withdrawn", *["Nominated"] * 4])
    with office.session() as session:  # someone takes 980's withdrawal back by hand
        nomination = session.scalar(select(Nomination).join(Student).where(
            Student.student_no == "1155000980"))
    with office.transaction() as session:
        session.get(Nomination, nomination.id).status = "nominated"
    undone = undo_import(office, result.batch)
    assert undone.restored_nominations == 1
    assert "1 nominations it changed were put back as they were." in undone.summary()
    assert [k for k in undone.kept if "nomination" in k] == [
        f"nomination {nomination.id} was changed again after the import"]
    assert statuses(office)["1155000981"] == "submitted"
    with office.session() as session:
        last = session.execute(select(StatusChange.from_status, StatusChange.to_status,
                                      StatusChange.note).join(Nomination).join(Student)
                               .where(Student.student_no == "1155000981")
                               .order_by(StatusChange.id.desc())).first()
    assert tuple(last) == ("withdrawn", "submitted", f"Import {result.batch} undone")


def test_a_student_held_back_but_nominated_before_keeps_the_nomination(office: Database,
                                                                        tmp_path: Path) -> None:
    """"Pending" or "N" for a student nominated by an earlier list: "not nominated" would be
    untrue; the nomination stays as it is and the row says so. A nomination past
    withdrawing, or with a placement, stays too, saying why."""
    move(office, "1155000982", "submitted", "shortlisted", "interviewed", "not_selected")
    move(office, "1155000983", "submitted", "shortlisted", "interviewed", "offered",
         "accepted")
    with office.session() as session:
        accepted = session.scalar(select(Nomination.id).join(Student).where(
            Student.student_no == "1155000983"))
    place_nomination(office, accepted, "SenseTime", dt.date(2026, 7, 1))
    result = again(office, tmp_path, ["Pending", "Nominated", "Withdrawn", "Withdrawn",
                                      "Nominated", "TBC"])
    assert result.moved == 0
    assert [(i.row, i.code) for i in result.issues] == [
        (2, "nomination_kept"), (4, "nomination_kept"), (5, "nomination_kept"),
        (7, "nomination_kept")]
    messages = [i.message for i in result.issues]
    assert messages[0] == (
        "The list does not put this student forward ('Pending' under 'Nomination Status'), "
        "but the student is already nominated to TF-2026 (nominated); the nomination was left "
        "as it is. Withdraw it on the Nominations page if the faculty has withdrawn the "
        "student.")
    assert messages[1] == (
        "The list says the student's nomination to TF-2026 is withdrawn, but CareerDesk has it "
        "not selected, which cannot move to withdrawn; it was left as it is.")
    assert messages[2] == (
        "The list says the student's nomination to TF-2026 is withdrawn, but it has a "
        "placement; it was left accepted. Withdraw it on the Nominations page, which ends the "
        "placement early.")
    assert statuses(office) == {**dict.fromkeys((p[0] for p in PEOPLE), "nominated"),
                                "1155000982": "not_selected", "1155000983": "accepted"}
    with office.session() as session:
        assert session.scalar(select(Placement.status).where(
            Placement.nomination_id == accepted)) == "confirmed"


def test_reserves_and_new_students_held_back_are_not_nominated(office: Database,
                                                                tmp_path: Path) -> None:
    """A reserve nominated before keeps the nomination; a student new to the cohort that
    the list holds back (withdrawn or a reserve) is not nominated, as before."""
    newcomers = [[f"1155{n:06d}", f"KWAN Student {n}", "", "", "", "CUHK"] for n in (990, 991)]
    path = xlsx(tmp_path / "ranked.xlsx", [
        [*HEADERS, "Faculty Rank", "Nomination Status"],
        [*PEOPLE[0], "Reserve 1", ""], [*newcomers[0], "R2", ""], [*newcomers[1], 1, "Withdrawn"]])
    result = import_file(office, path, TF)[0]
    assert [(i.row, i.code) for i in result.issues] == [
        (2, "nomination_kept"), (3, "reserve_not_nominated"), (4, "not_endorsed")]
    assert "('Reserve 1' under 'Faculty Rank')" in result.issues[0].message
    assert (result.created, result.nominations, result.moved) == (2, 0, 0)
    assert statuses(office)["1155000980"] == "nominated"


def test_a_list_the_programme_sends_back_moves_each_nomination_on(office: Database,
                                                                 tmp_path: Path) -> None:
    """HKSTP's list back, an "Application Status" per nominee: a submitted nomination
    "Shortlisted" or "Offered" moves on through each stage (all kept in its history),
    "Unsuccessful" is not selected; a nomination not yet submitted is left for the
    Nominations page (where the cohort's rules are checked), as is a step back."""
    for student in ("1155000980", "1155000981", "1155000982", "1155000983"):
        move(office, student, "submitted")
    move(office, "1155000983", "shortlisted", "interviewed", "offered")
    said = ["Shortlisted", "Offered", "Unsuccessful", "Shortlisted", "入圍", ""]
    path = xlsx(tmp_path / "results.xlsx", [[*HEADERS, "Application Status"],
                                            *([*p, s] for p, s in zip(PEOPLE, said,
                                                                      strict=True))])
    result = import_file(office, path, TF)[0]
    assert result.moved == 3
    assert [(i.row, i.code) for i in result.issues] == [
        (2, "nomination_moved"), (3, "nomination_moved"), (4, "nomination_moved"),
        (5, "nomination_kept"), (6, "nomination_kept")]
    assert result.issues[1].message == (
        "The list says 'Offered' under 'Application Status': the student's nomination to "
        "TF-2026, which was submitted, is now offered.")
    assert result.issues[3].message == (
        "The list says the student's nomination to TF-2026 is shortlisted, but CareerDesk has "
        "it offered, which cannot move to shortlisted; it was left as it is.")
    assert result.issues[4].message == (
        "The list says the student's nomination to TF-2026 is shortlisted, but CareerDesk has "
        "it nominated: submit it on the Nominations page first (the cohort's rules are checked "
        "there); it was left as it is.")
    assert statuses(office) == {
        "1155000980": "shortlisted", "1155000981": "offered", "1155000982": "not_selected",
        "1155000983": "offered", "1155000984": "nominated", "1155000985": "nominated"}
    with office.session() as session:
        history = session.execute(select(StatusChange.from_status, StatusChange.to_status,
                                         StatusChange.note).join(Nomination).join(Student)
                                  .where(Student.student_no == "1155000981")
                                  .order_by(StatusChange.id)).all()
    said_so = "The list results.xlsx says offered"
    assert history[-3:] == [("submitted", "shortlisted", said_so),
                            ("shortlisted", "interviewed", said_so),
                            ("interviewed", "offered", said_so)]
    undo_import(office, result.batch)
    assert statuses(office) == {**dict.fromkeys((p[0] for p in PEOPLE[:3]), "submitted"),
                                "1155000983": "offered", "1155000984": "nominated",
                                "1155000985": "nominated"}


def test_a_struck_row_whose_student_is_nominated_says_so(office: Database,
                                                          tmp_path: Path) -> None:
    """The list sent again with a nominee struck through: the row is left out, as any struck
    row is, and since its student stands nominated the row says so, for the coordinator to
    withdraw the nomination (a line through a row may also undo a typing mistake: the
    import does not withdraw it)."""
    move(office, "1155000982", "submitted", "shortlisted", "interviewed", "not_selected")
    path = xlsx(tmp_path / "struck.xlsx", [[*HEADERS, "Cohort"], *([*p, "TF-2026"]
                                                                   for p in PEOPLE[:4])])
    workbook = openpyxl.load_workbook(path)
    for row in (3, 4):  # 981, nominated; 982, not selected (past withdrawing)
        for cell in workbook.active[row][:2]:
            cell.font = Font(strike=True)
    workbook.save(path)
    result = import_file(office, path, ImportOptions())[0]
    assert [(i.row, i.code) for i in result.issues] == [(3, "struck_row"), (4, "struck_row")]
    assert result.issues[0].message.endswith(
        "The student is nominated to TF-2026 (nominated): if the faculty has withdrawn the "
        "student, withdraw the nomination on the Nominations page.")
    assert "nominated to" not in result.issues[1].message
    assert statuses(office)["1155000981"] == "nominated"


def test_a_remark_saying_the_student_withdrew_is_read(office: Database, tmp_path: Path) -> None:
    """"Withdrawn on 3 Mar" under Remarks, as faculties write it: a student new to the cohort
    is not nominated, a nominee of the earlier list is withdrawn; a remark that is not sure
    ("Withdrawn?") or not past ("Withdraw if no place") nominates as before."""
    newcomers = [[f"1155{n:06d}", f"KWAN Student {n}", "", "", "", "CUHK"]
                 for n in (993, 994, 995)]
    path = xlsx(tmp_path / "remarks.xlsx", [
        [*HEADERS, "Remarks"], [*PEOPLE[0], "Withdrawn on 3 Mar"], [*newcomers[0], "已撤回"],
        [*newcomers[1], "Withdrawn?"], [*newcomers[2], "Withdraw if no place"]])
    result = import_file(office, path, TF)[0]
    assert [(i.row, i.column, i.code) for i in result.issues] == [
        (2, "Remarks", "nomination_moved"), (3, "Remarks", "withdrawn_in_remarks")]
    assert result.issues[1].message == (
        "The remark '已撤回' says the student withdrew; the student was imported but not "
        "nominated.")
    assert (result.created, result.nominations, result.moved) == (3, 3, 1)
    assert statuses(office)["1155000980"] == "withdrawn"


def test_a_list_sent_back_with_a_yes_or_no_per_stage_moves_each_nomination_on(
        office: Database, tmp_path: Path) -> None:
    """A programme's tracker sheet: "Shortlisted (Y/N)", "Interviewed", "Offer (Y/N)",
    "Offer Accepted" per nominee, read left to right: each yes moves the nomination on, the
    first no ends it (no shortlist or no offer: not selected; an offer not accepted:
    declined), blanks are not known yet. A student the list names who was never nominated
    is imported, not nominated, the row saying so."""
    for student in ("1155000980", "1155000981", "1155000982", "1155000983", "1155000985"):
        move(office, student, "submitted")
    answers = [["Y", "Y", "Offered", ""], ["Unsuccessful", "", "", ""], ["Yes", "Yes", "No", ""],
               ["是", "是", "是", "否"], ["Y", "", "", ""], ["", "", "Pending", ""]]
    newcomer = ["1155000986", "KWAN Student 986", "", "", "", "CUHK"]
    path = xlsx(tmp_path / "tracker.xlsx", [
        [*HEADERS, "Shortlisted (Y/N)", "Interviewed", "Offer (Y/N)", "Offer Accepted"],
        *([*p, *a] for p, a in zip(PEOPLE, answers, strict=True)),
        [*newcomer, "Y", "", "", ""]])
    result = import_file(office, path, TF)[0]
    assert (result.moved, result.created, result.nominations) == (4, 1, 4)
    assert statuses(office) == {
        "1155000980": "offered", "1155000981": "not_selected", "1155000982": "not_selected",
        "1155000983": "declined", "1155000984": "nominated", "1155000985": "submitted"}
    assert [(i.row, i.column, i.code) for i in result.issues] == [
        (2, "Offer (Y/N)", "nomination_moved"), (3, "Shortlisted (Y/N)", "nomination_moved"),
        (4, "Offer (Y/N)", "nomination_moved"), (5, "Offer Accepted", "nomination_moved"),
        (6, "Shortlisted (Y/N)", "nomination_kept"), (8, "Shortlisted (Y/N)", "not_endorsed")]
    assert result.issues[0].message == (
        "The list says 'Offered' under 'Offer (Y/N)': the student's nomination to TF-2026, "
        "which was submitted, is now offered.")
    assert result.issues[-1].message == (
        "The list says 'Y' under 'Shortlisted (Y/N)'; the student was imported but not "
        "nominated.")
    with office.session() as session:
        def history(student: str) -> list[str]:
            return session.execute(select(StatusChange.to_status).join(Nomination).join(
                Student).where(Student.student_no == student).order_by(StatusChange.id)
            ).scalars().all()[2:]  # after nominated and submitted
        # every stage reached is in the history: the funnel counts it
        assert [history(f"11550009{n}") for n in (80, 81, 82, 83)] == [
            ["shortlisted", "interviewed", "offered"], ["not_selected"],
            ["shortlisted", "interviewed", "not_selected"],
            ["shortlisted", "interviewed", "offered", "declined"]]
    # A status column that has the nomination leave the path wins over the stage columns.
    path = xlsx(tmp_path / "tracker2.xlsx", [
        [*HEADERS, "Application Status", "Shortlisted (Y/N)"],
        [*PEOPLE[5], "Withdrawn", "Y"]])
    import_file(office, path, TF)
    assert statuses(office)["1155000985"] == "withdrawn"
    # Without a cohort the columns are not used, and the import says so, once for each.
    unused = import_file(office, xlsx(tmp_path / "tracker.xlsx", [
        [*HEADERS, "Shortlisted (Y/N)", "Offer (Y/N)"], [*PEOPLE[0], "Y", "Y"]]),
        ImportOptions())[0]
    assert sorted(i.column for i in unused.issues if i.code == "endorsement_unused") == [
        "Offer (Y/N)", "Shortlisted (Y/N)"]


def test_an_offer_declined_went_through_the_offer(office: Database, tmp_path: Path) -> None:
    """"Offer declined" of a submitted nomination: the offer was made, so the nomination goes
    through shortlisted, interviewed and offered (each in its history) to declined."""
    move(office, "1155000980", "submitted")
    result = again(office, tmp_path, ["Offer declined", *["Nominated"] * 5])
    assert (result.moved, statuses(office)["1155000980"]) == (1, "declined")
    with office.session() as session:
        assert session.execute(select(StatusChange.to_status).join(Nomination).join(Student)
                               .where(Student.student_no == "1155000980")
                               .order_by(StatusChange.id)).scalars().all()[-4:] == [
            "shortlisted", "interviewed", "offered", "declined"]
