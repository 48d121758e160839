"""Columns chosen, sized and ordered by the user are remembered; an empty table says why;
a view (filters, sort and columns) is saved under a name and comes back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.nominations.nominations_page import NominationsPage
from careerdesk.gui.students.students_page import StudentsPage
from tests.gui.conftest import page_of, settle


def _window(qtbot, database) -> MainWindow:  # noqa: ANN001
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.finish_start()
    settle(qtbot, window)
    return window


def test_hidden_moved_and_resized_columns_are_remembered(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage)
    page.columns_kept.show_column(6, False)  # the track, from the heading's menu
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(7), 0)  # the status first
    header.resizeSection(3, 260)
    page.columns_kept.save()
    again = _window(qtbot, window.database)
    later = page_of(qtbot, again, MainWindow.NOMINATIONS)
    assert isinstance(later, NominationsPage)
    header = later.table.horizontalHeader()
    assert header.isSectionHidden(6) and header.logicalIndex(0) == 7
    assert header.sectionSize(3) == 260
    later.columns_kept.show_every_column()
    assert not header.isSectionHidden(6) and header.logicalIndex(0) == 0


def test_an_empty_table_says_why(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage)
    assert page.columns_kept.note_text() is None
    page.search.setText("nobody by this name")
    page.apply_filter()
    assert page.columns_kept.note_text() == "No nomination matches these filters."
    students = page_of(qtbot, window, MainWindow.STUDENTS)
    assert isinstance(students, StudentsPage)
    window.finish_start()
    students.search.setText("zz no such student")
    students.apply_search()
    settle(qtbot, window)
    assert students.columns_kept.note_text() == "No student matches “zz no such student”."
    organisations = page_of(qtbot, window, MainWindow.ORGANISATIONS)
    organisations.filter.setText("zz nothing")
    assert organisations.columns_kept.note_text() == "Nothing here matches “zz nothing”."


def test_a_saved_view_brings_back_filters_sort_and_columns(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage)
    page.university_box.setCurrentIndex(page.university_box.findData("CUHK"))
    page.eligibility_box.setCurrentIndex(page.eligibility_box.findData("pass"))
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    page.columns_kept.show_column(4, False)
    wanted = [page.model.row_at(r).id for r in range(page.model.rowCount())]
    page.views.save("CUHK eligible, by name")

    page.university_box.setCurrentIndex(0)
    page.eligibility_box.setCurrentIndex(0)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.columns_kept.show_every_column()
    assert page.model.rowCount() > len(wanted)

    again = _window(qtbot, window.database)  # views outlive the window
    later = page_of(qtbot, again, MainWindow.NOMINATIONS)
    assert isinstance(later, NominationsPage)
    assert later.views.names() == ["CUHK eligible, by name"]
    later.views.show_view("CUHK eligible, by name")
    assert [later.model.row_at(r).id for r in range(later.model.rowCount())] == wanted
    assert later.university_box.currentData() == "CUHK"
    assert later.table.horizontalHeader().isSectionHidden(4)
    assert later.table.horizontalHeader().sortIndicatorSection() == 3
    later.views.forget_chosen()
    assert later.views.names() == []
