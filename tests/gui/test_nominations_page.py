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
    assert "[fail]" in text and "History" in text and "draft" in text


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
