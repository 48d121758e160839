"""The Nominations page: filters, counts, eligibility reasons, history, bulk moves that keep
the selection, ranks, placements with a host per phase, nominating by hand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from careerdesk.core.db.models import (
    Cohort,
    Faculty,
    Nomination,
    Organisation,
    Phase,
    Placement,
    PlacementPhase,
    Quota,
    StatusChange,
    Student,
    University,
)
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.nominations.nominations_page import NominationsPage
from tests.gui.conftest import dialog_of, page_of, save, settle


def loaded_page(qtbot, window: MainWindow) -> NominationsPage:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage) and page.loaded
    return page


def choose(box, value) -> None:  # noqa: ANN001
    box.setCurrentIndex(box.findData(value))


def select_ids(page: NominationsPage, ids: set[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).id in ids:
            selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)


def test_filters_and_counts(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, window)
    with window.database.session() as session:
        total = len(session.scalars(select(Nomination.id)).all())
    assert page.model.rowCount() == total
    choose(page.cohort_box, "PROCRUITC-2026")
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert rows and {r.cohort for r in rows} == {"PROCRUITC-2026"}
    choose(page.eligibility_box, "fail")
    failing = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert failing and all(r.eligibility.value == "fail" for r in failing)
    assert f"{len(failing)} nominations shown" in page.counts.text()
    page.search.setText(failing[0].student_no)
    page.apply_filter()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    settle(qtbot, window)
    text = page.detail.toPlainText()
    assert "✗ Fails" in text and "History" in text and "Draft" in text


def test_a_move_asks_for_a_reason_when_needed_and_keeps_the_selection(
        qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, window)
    choose(page.cohort_box, "TF-2026")
    choose(page.status_box, "nominated")
    assert page.model.rowCount() >= 2
    ids = {page.model.row_at(0).id, page.model.row_at(1).id}
    choose(page.status_box, None)  # all statuses: the moved ones stay in view
    select_ids(page, ids)
    choose(page.target_box, "submitted")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(a[2]) or "Dean approved", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    assert page.move_selected()
    settle(qtbot, window)
    assert asked and "closed on" in asked[0]  # the demo's 2026 window has closed
    with window.database.session() as session:
        statuses = set(session.scalars(select(Nomination.status).where(Nomination.id.in_(ids))))
    assert statuses == {"submitted"}
    assert set(page.selected_ids()) == ids  # selected still, for the next stage
    choose(page.target_box, "shortlisted")
    assert page.move_selected()
    settle(qtbot, window)
    with window.database.session() as session:
        statuses = set(session.scalars(select(Nomination.status).where(Nomination.id.in_(ids))))
    assert statuses == {"shortlisted"}
    window.undo()  # Undo move of 2 nominations to Shortlisted
    settle(qtbot, window)
    with window.database.session() as session:
        statuses = set(session.scalars(select(Nomination.status).where(Nomination.id.in_(ids))))
    assert statuses == {"submitted"}


def test_an_illegal_bulk_move_changes_nothing(qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, window)
    choose(page.status_box, "completed")
    page.table.selectRow(0)
    ids = page.selected_ids()
    choose(page.target_box, "draft")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    page.move_selected()
    settle(qtbot, window)
    assert told and "final" in told[0]
    with window.database.session() as session:
        assert session.scalar(select(Nomination.status).where(Nomination.id == ids[0])) \
            == "completed"


def test_rank_buttons_and_the_quota_line(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, window)
    choose(page.cohort_box, "TF-2026")
    choose(page.university_box, "CUHK")
    ranked = sorted((page.model.row_at(i) for i in range(page.model.rowCount())
                     if page.model.row_at(i).rank), key=lambda r: (r.faculty or "", r.rank))
    second = next(r for r in ranked if r.rank == 2)
    select_ids(page, {second.id})
    page.change_rank(-1)
    settle(qtbot, window)
    with window.database.session() as session:
        assert session.scalar(select(Nomination.rank).where(Nomination.id == second.id)) == 1
    assert page.selected_ids() == [second.id]
    with window.database.transaction() as session:  # one place for this faculty
        cohort_id = session.scalar(select(Cohort.id).where(Cohort.code == "TF-2026"))
        faculty_id = session.scalar(
            select(Faculty.id).join(University, Faculty.university_id == University.id)
            .where(Faculty.name_en == second.faculty, University.code == "CUHK"))
        session.add(Quota(cohort_id=cohort_id, faculty_id=faculty_id, places=1))
    page.refresh()
    settle(qtbot, window)
    mine = [i for i in range(page.model.rowCount())
            if page.model.row_at(i).faculty == second.faculty and page.model.row_at(i).rank]
    beyond = [i for i in mine if page.model.row_at(i).beyond_quota]
    assert len(beyond) == len(mine) - 1
    tip = page.model.index(beyond[0], 8).data(Qt.ItemDataRole.ToolTipRole)
    assert "quota line: 1 places" in tip


def test_record_a_tlt_placement_with_two_hosts(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """TLT: two months' internship at HKSTP, then 24 months in an R&D role at the partner."""
    page = loaded_page(qtbot, window)
    with window.database.transaction() as session:  # an accepted TLT offer, no placement yet
        cohort = session.scalar(select(Cohort).where(Cohort.code == "TLT-2026"))
        phases = session.scalars(select(Phase).where(Phase.cohort_id == cohort.id)
                                 .order_by(Phase.seq)).all()
        assert [(p.duration_months) for p in phases] == [2, 24]
        student = session.scalars(select(Student)).first()
        nomination = Nomination(student_id=student.id, cohort_id=cohort.id, status="accepted")
        session.add(nomination)
        session.flush()
        nomination_id = nomination.id
    page.refresh()
    settle(qtbot, window)
    select_ids(page, {nomination_id})
    page.record_placement()
    dialog = dialog_of(qtbot, window, page)
    dialog.organisation.setCurrentText("SenseTime")
    dialog.start.setDate(dt.date(2026, 7, 1))
    assert [dialog.phases.item(r, 1).text() for r in range(2)] == ["01/07/2026", "01/09/2026"]
    dialog.hosts[0].setCurrentIndex(dialog.hosts[0].findData(
        "Hong Kong Science and Technology Parks Corporation"))
    dialog.salary.setText("18k")
    assert save(qtbot, window, dialog)
    with window.database.session() as session:
        placement = session.scalar(select(Placement).where(
            Placement.nomination_id == nomination_id))
        hosts = [(p.name, session.get(Organisation, p.organisation_id).name_en
                  if p.organisation_id else None)
                 for p in session.scalars(select(PlacementPhase).where(
                     PlacementPhase.placement_id == placement.id)
                     .order_by(PlacementPhase.start_date))]
    assert str(placement.monthly_salary) == "18000.00"
    assert placement.end_date == dt.date(2028, 8, 31)
    assert [host for _, host in hosts] == [
        "Hong Kong Science and Technology Parks Corporation", None]  # None: SenseTime's own
    select_ids(page, {nomination_id})
    settle(qtbot, window)
    detail = page.detail.toPlainText()
    assert "SenseTime" in detail and "Hong Kong Science and Technology Parks" in detail
    assert "Monthly salary: HK$18,000" in detail


def test_a_salary_the_import_reads_is_read_by_hand_too(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, window)
    with window.database.transaction() as session:  # an accepted offer without a placement yet
        nomination_id = session.scalar(select(Nomination.id).where(
            Nomination.status == "accepted"))
        for placement in session.scalars(select(Placement).where(
                Placement.nomination_id == nomination_id)):
            session.delete(placement)
    select_ids(page, {nomination_id})
    page.record_placement()
    dialog = dialog_of(qtbot, window, page)
    for written in ("HK$18,000", "18k", "$18,500/month"):
        dialog.salary.setText(written)
        assert dialog.salary_problem.isHidden(), written
    dialog.salary.setText("eighteen grand")
    assert not dialog.salary_problem.isHidden()
    assert dialog.salary_problem.text().startswith("Monthly salary: 'eighteen grand' is not")


def test_outcome_of_a_placement(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, window)
    with window.database.session() as session:
        nomination_id = session.scalar(select(Placement.nomination_id).where(
            Placement.status == "completed"))
    page.save_outcome(nomination_id, "further_study", "MPhil at HKUST")
    settle(qtbot, window)
    with window.database.session() as session:
        placement = session.scalar(select(Placement).where(
            Placement.nomination_id == nomination_id))
    assert (placement.outcome, placement.outcome_note) == ("further_study", "MPhil at HKUST")


def test_nominate_three_students_by_hand_with_one_failing_a_rule(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    """From the Students page: three chosen, PROcruit C 2026 asks for Hong Kong residents;
    one is not. The window shows why, and needs a reason for that one only."""
    students = page_of(qtbot, window, MainWindow.STUDENTS)
    with window.database.session() as session:
        nominated = select(Nomination.student_id).join(Cohort).where(
            Cohort.code == "PROCRUITC-2026")
        free = session.scalars(select(Student).where(~Student.id.in_(nominated))
                               .order_by(Student.id)).all()
        residents = [s for s in free if s.hk_resident is True][:2]
        outsider = next(s for s in free if s.hk_resident is False)
    with window.database.transaction() as session:  # all three otherwise eligible
        for student in (*residents, outsider):
            row = session.get(Student, student.id)
            row.award_level, row.employment_status, row.full_time_months = \
                "bachelor", "unemployed", 0
            row.graduation_date, row.consent_to_share = dt.date(2025, 6, 30), True
    chosen = {s.id for s in (*residents, outsider)}
    from careerdesk.core.services.students import students_by_ids

    with window.database.session() as session:
        rows = students_by_ids(session, sorted(chosen))
    from careerdesk.gui.nominations.nominate_dialog import open_nominate_dialog

    dialog = open_nominate_dialog(students, window.ops, rows)
    settle(qtbot, window)
    choose_cohort = dialog.cohort.findText("PROCRUITC-2026", Qt.MatchFlag.MatchStartsWith)
    dialog.cohort.setCurrentIndex(choose_cohort)
    settle(qtbot, window)
    verdicts = {dialog.verdicts.item(r, 0).text(): (dialog.verdicts.item(r, 2).text(),
                                                    dialog.verdicts.item(r, 3).text())
                for r in range(dialog.verdicts.rowCount())}
    assert verdicts[outsider.student_no] == ("No", "The student is not a Hong Kong resident.")
    assert all(verdicts[s.student_no][0] == "Yes" for s in residents), verdicts
    assert "2 of 3 pass every rule" in dialog.summary.text()
    assert not save(qtbot, window, dialog)
    assert f"{outsider.student_no} fails the cohort's rules" in dialog.problem.text()
    dialog.reason.setText("Residency confirmed by the Registry")
    assert save(qtbot, window, dialog)
    with window.database.session() as session:
        notes = dict(session.execute(
            select(Nomination.student_id, StatusChange.note)
            .join(StatusChange, StatusChange.nomination_id == Nomination.id)
            .join(Cohort).where(Cohort.code == "PROCRUITC-2026",
                                Nomination.student_id.in_(chosen))).all())
        who = set(session.scalars(select(StatusChange.changed_by).join(Nomination).where(
            Nomination.student_id.in_(chosen))))
    assert set(notes) == chosen and who == {"tester"}
    assert notes[outsider.id].startswith("Exception: Residency confirmed by the Registry")
    assert all(notes[s.id] is None for s in residents)


def test_every_column_shows_at_1280_by_800_with_the_detail_open(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    window.resize(1280, 800)
    page = loaded_page(qtbot, window)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(page.detail.toPlainText()))
    assert page.detail.isVisible() and page.detail.height() > 100
    viewport = page.table.viewport().width()
    for column in range(page.model.columnCount()):
        right = page.table.columnViewportPosition(column) + page.table.columnWidth(column)
        assert page.table.columnViewportPosition(column) >= 0 and right <= viewport + 1, column


def test_the_same_host_for_several_accepted_offers_then_undo(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = loaded_page(qtbot, window)
    with window.database.transaction() as session:  # three accepted offers of one cohort
        cohort = session.scalar(select(Cohort).where(Cohort.code == "PROCRUITC-2026"))
        taken = set(session.scalars(select(Nomination.student_id).where(
            Nomination.cohort_id == cohort.id)))
        students = [s for s in session.scalars(select(Student).order_by(Student.id))
                    if s.id not in taken][:3]
        made = [Nomination(student_id=s.id, cohort_id=cohort.id, status="accepted")
                for s in students]
        session.add_all(made)
        session.flush()
        ids = {n.id for n in made}
    page.refresh()
    settle(qtbot, window)
    select_ids(page, ids)
    page.record_placement()
    dialog = dialog_of(qtbot, window, page)
    assert "3 student" in dialog.windowTitle()
    dialog.organisation.setCurrentText("SenseTime")
    dialog.start.setDate(dt.date(2026, 7, 1))
    dialog.salary.setText("HK$17,500")
    assert save(qtbot, window, dialog)
    with window.database.session() as session:
        placed = session.scalars(select(Placement).where(Placement.nomination_id.in_(ids))).all()
        assert len(placed) == 3
        assert {str(p.monthly_salary) for p in placed} == {"17500.00"}
        assert {session.get(Organisation, p.organisation_id).name_en for p in placed} == {
            "SenseTime"}
    window.undo()
    settle(qtbot, window)
    with window.database.session() as session:
        assert session.scalars(select(Placement).where(
            Placement.nomination_id.in_(ids))).all() == []


def test_placing_a_mixed_selection_is_refused_before_any_window(qtbot, window: MainWindow,  # noqa: ANN001
                                                                 message_boxes) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, window)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    accepted = next(r for r in rows if r.status == "accepted")
    other = next(r for r in rows if r.status == "draft")
    select_ids(page, {accepted.id, other.id})
    page.record_placement()
    assert message_boxes and "of one cohort" in message_boxes[-1][1]
    assert page.dialog is None or not page.dialog.isVisible()


def test_letters_for_the_selected_nominations_with_drafts(qtbot, window: MainWindow,  # noqa: ANN001
                                                          tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from tests.reports.test_student_record import pdf_pages

    page = loaded_page(qtbot, window)
    with window.database.session() as session:
        placed = session.scalars(select(Placement.nomination_id).order_by(Placement.id)
                                 .limit(3)).all()
    select_ids(page, set(placed))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "three"), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    page.write_letters()
    dialog = page.dialog
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    dialog.one_per_student.setChecked(True)
    dialog.drafts.setChecked(True)
    dialog.save()
    settle(qtbot, window)
    assert pdf_pages(tmp_path / "three.pdf") == 3
    assert len(list(tmp_path.glob("*.pdf"))) == 4  # the three, and each student's own
    assert "Letters saved to" in dialog.said
