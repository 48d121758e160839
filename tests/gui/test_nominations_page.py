"""The Nominations page: filters, counts, eligibility reasons, history, bulk moves."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Nomination
from careerdesk.gui.pages.nominations_page import NominationsPage


def loaded_page(qtbot, database: Database) -> NominationsPage:  # noqa: ANN001
    page = NominationsPage(database)
    qtbot.addWidget(page)
    page.wait_loaded()
    qtbot.waitUntil(lambda: page.loaded)
    return page


def choose(box, value) -> None:  # noqa: ANN001
    box.setCurrentIndex(box.findData(value))


def test_filters_and_counts(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, demo_database)
    with demo_database.session() as session:
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
    text = page.detail.toPlainText()
    assert "✗ Fails" in text and "History" in text and "Draft" in text


def test_bulk_move_asks_for_a_reason_when_an_exception_is_needed(qtbot, demo_database,  # noqa: ANN001
                                                                 monkeypatch) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, demo_database)
    choose(page.cohort_box, "TF-2026")
    choose(page.status_box, "nominated")
    count = page.model.rowCount()
    assert count >= 2
    selection = page.table.selectionModel()
    for row in range(2):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    ids = page.selected_ids()
    choose(page.target_box, "submitted")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(a[2]) or "Dean approved", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    assert page.move_selected()
    assert asked and "closed on" in asked[0]  # the demo's 2026 window has closed
    with demo_database.session() as session:
        statuses = set(session.scalars(select(Nomination.status).where(Nomination.id.in_(ids))))
    assert statuses == {"submitted"}


def test_an_illegal_bulk_move_changes_nothing(qtbot, demo_database, monkeypatch) -> None:  # noqa: ANN001
    page = loaded_page(qtbot, demo_database)
    choose(page.status_box, "completed")
    page.table.selectRow(0)
    ids = page.selected_ids()
    choose(page.target_box, "draft")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    assert not page.move_selected()
    assert told and "final" in told[0]
    with demo_database.session() as session:
        assert session.scalar(select(Nomination.status).where(Nomination.id == ids[0])) \
            == "completed"


def test_rank_buttons_and_the_quota_line(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    page = loaded_page(qtbot, demo_database)
    choose(page.cohort_box, "TF-2026")
    choose(page.university_box, "CUHK")
    ranked = sorted((page.model.row_at(i) for i in range(page.model.rowCount())
                     if page.model.row_at(i).rank), key=lambda r: (r.faculty or "", r.rank))
    second = next(r for r in ranked if r.rank == 2)
    position = next(i for i in range(page.model.rowCount())
                    if page.model.row_at(i).id == second.id)
    page.table.selectRow(position)
    page.change_rank(-1)
    page.wait_loaded()
    qtbot.waitUntil(lambda: any(page.model.row_at(i).id == second.id
                                for i in range(page.model.rowCount())))
    with demo_database.session() as session:
        assert session.scalar(select(Nomination.rank).where(Nomination.id == second.id)) == 1
    from careerdesk.core.db.models import Cohort, Faculty, Quota, University

    with demo_database.transaction() as session:  # one place for this faculty
        cohort_id = session.scalar(select(Cohort.id).where(Cohort.code == "TF-2026"))
        faculty_id = session.scalar(
            select(Faculty.id).join(University, Faculty.university_id == University.id)
            .where(Faculty.name_en == second.faculty, University.code == "CUHK"))
        session.add(Quota(cohort_id=cohort_id, faculty_id=faculty_id, places=1))
    page.loaded = False
    page.refresh()
    page.wait_loaded()
    qtbot.waitUntil(lambda: page.loaded)
    mine = [i for i in range(page.model.rowCount())
            if page.model.row_at(i).faculty == second.faculty and page.model.row_at(i).rank]
    beyond = [i for i in mine if page.model.row_at(i).beyond_quota]
    assert len(beyond) == len(mine) - 1
    tip = page.model.index(beyond[0], 8).data(Qt.ItemDataRole.ToolTipRole)
    assert "quota line: 1 places" in tip


def test_record_a_placement_for_an_accepted_offer(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    from careerdesk.core.db.models import Placement

    page = loaded_page(qtbot, demo_database)
    with demo_database.transaction() as session:  # an accepted offer without a placement yet
        nomination = session.scalars(select(Nomination).where(
            Nomination.status == "accepted")).first()
        session.query(Placement).filter(Placement.nomination_id == nomination.id).delete()
        nomination_id = nomination.id
    page.refresh()
    page.wait_loaded()
    qtbot.waitUntil(lambda: page.loaded)
    choose(page.status_box, "accepted")
    position = next(i for i in range(page.model.rowCount())
                    if page.model.row_at(i).id == nomination_id)
    page.table.selectRow(position)
    dialog = page.placement_dialog()
    assert dialog is not None and dialog.organisation.count() == 40
    dialog.salary.setText("18,500")
    assert dialog.save()
    summary = dialog.result_summary
    assert summary.organisation == dialog.organisation.currentText()
    with demo_database.session() as session:
        placement = session.scalar(select(Placement).where(
            Placement.nomination_id == nomination_id))
    assert placement.status == "confirmed" and str(placement.monthly_salary) == "18500.00"
    assert placement.end_date == summary.end


def test_outcome_of_a_placement(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    from careerdesk.core.db.models import Placement

    page = loaded_page(qtbot, demo_database)
    with demo_database.session() as session:
        nomination_id = session.scalar(select(Placement.nomination_id).where(
            Placement.status == "completed"))
    assert page.save_outcome(nomination_id, "further_study", "MPhil at HKUST")
    with demo_database.session() as session:
        placement = session.scalar(select(Placement).where(
            Placement.nomination_id == nomination_id))
    assert (placement.outcome, placement.outcome_note) == ("further_study", "MPhil at HKUST")
