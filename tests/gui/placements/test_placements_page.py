"""The Placements page: every placement, sorted and filtered like any table, following
changes, opening its nomination."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from careerdesk.core.db.models import Placement
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.nominations.nominations_page import NominationsPage
from careerdesk.gui.placements.placements_page import PlacementsPage
from tests.gui.conftest import page_of, settle


def test_every_placement_listed_sorted_and_opening_its_nomination(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = page_of(qtbot, window, MainWindow.PLACEMENTS)
    assert isinstance(page, PlacementsPage)
    with window.database.session() as session:
        total = session.scalar(select(func.count(Placement.id)))
    assert page.proxy.rowCount() == total > 0
    page.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # by start date
    starts = [page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).start
              for r in range(page.proxy.rowCount())]
    known = [s for s in starts if s is not None]
    assert known == sorted(known)
    first = next(r for r in range(page.proxy.rowCount()) if page.model.row_at(
        page.proxy.mapToSource(page.proxy.index(r, 0)).row()).nomination_id is not None)
    page.table.selectRow(first)
    chosen = page.selected_row()
    page.open_selected()
    settle(qtbot, window)
    assert window.navigation.currentRow() == MainWindow.NOMINATIONS
    nominations = window.page(MainWindow.NOMINATIONS)
    assert isinstance(nominations, NominationsPage)
    shown = [nominations.model.row_at(r) for r in range(nominations.model.rowCount())]
    assert [r.id for r in shown] == [chosen.nomination_id]


def test_a_career_day_placement_opens_its_day(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.PLACEMENTS)
    row = next(r for r in range(page.proxy.rowCount()) if page.model.row_at(
        page.proxy.mapToSource(page.proxy.index(r, 0)).row()).nomination_id is None)
    page.table.selectRow(row)
    code = page.selected_row().cohort
    page.open_selected()
    settle(qtbot, window)
    events = window.page(MainWindow.EVENTS)
    assert window.navigation.currentRow() == MainWindow.EVENTS
    assert events.stack.currentWidget() is events.event_page
    assert events.event_page.held.code == code
