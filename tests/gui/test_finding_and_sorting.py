"""Tables a coordinator works in all day: every column sorts (checked against SQL), and
one box finds anyone (word order, either Chinese script, phone, university with number)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from careerdesk.core.db.models import Faculty, Nomination, Student, University
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.core.services.student_editing import create_student
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.nominations.nominations_page import NominationsPage
from careerdesk.gui.students.students_page import StudentsPage
from tests.gui.conftest import page_of, settle

#: The Students page's columns and what each sorts on in SQL.
STUDENT_COLUMNS = [University.code, Student.student_no, Student.name_en, Student.name_zh,
                   Student.email, Student.phone, Faculty.name_en, Student.programme_of_study,
                   Student.graduation_date, Student.hk_resident]


def _shown_ids(page: StudentsPage) -> list[int]:
    return [page.model.student_id(row) for row in range(page.model.rowCount())]


@pytest.mark.parametrize("column", range(len(STUDENT_COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_students_column_sorts_as_sql_does(qtbot, window: MainWindow, column: int,  # noqa: ANN001
                                                  order: Qt.SortOrder) -> None:
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    assert isinstance(page, StudentsPage)
    page.table.sortByColumn(column, order)
    settle(qtbot, window)
    key = STUDENT_COLUMNS[column]
    descending = order == Qt.SortOrder.DescendingOrder
    with window.database.session() as session:
        expected = list(session.scalars(
            select(Student.id).join(University, Student.university_id == University.id)
            .outerjoin(Faculty, Student.faculty_id == Faculty.id)
            .order_by((key.desc() if descending else key.asc()).nulls_last(), Student.id)))
    assert _shown_ids(page) == expected


@pytest.mark.parametrize(("typed", "who"), [
    ("{last} {first}", "first"), ("{university} {number}", "first"), ("{simplified}", "first"),
    ("{phone}", "first"), ("+852 {phone}", "first"),
])
def test_the_students_search_finds_anyone(qtbot, window: MainWindow, typed: str,  # noqa: ANN001
                                          who: str) -> None:
    create_student(window.database, {
        "university": "HKUST", "student_no": "20719300", "name_en": "CHAN Chi Hoi",
        "name_zh": "陳志凱", "email": "chchanaa@connect.ust.hk", "phone": "9028 8102"})
    window.ops.did_change.emit(Changes({Changed.STUDENTS}), None)
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    assert isinstance(page, StudentsPage)
    page.search.setText(typed.format(last="Hoi Chi", first="chan", university="hkust",
                                     number="20719300", simplified="陈志凯", phone="9028 8102"))
    page.apply_search()
    settle(qtbot, window)
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: page.model.index(0, 1).data() == "20719300")
    assert "1 student" in page.count_label.text()


def _nomination_values(page: NominationsPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_every_nominations_column_sorts_and_the_selection_follows(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage)
    chosen = page.model.row_at(5).id
    page.table.selectRow(5)
    with window.database.session() as session:
        ranks = {i: r for i, r in session.execute(select(Nomination.id, Nomination.rank))}
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.table.sortByColumn(column, order)
            rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
            assert [r.id for r in (page.model.row_at(i.row()) for i in
                                   page.table.selectionModel().selectedRows())] == [chosen]
            if column == 8:  # the rank, as numbers, empty ones last
                numbers = [ranks[r.id] for r in rows if ranks[r.id] is not None]
                wanted = sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)
                assert numbers == wanted
            elif column in (3, 4, 5, 2):
                values = [v.casefold() for v in _nomination_values(page, column) if v]
                assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    page.search.setText("chan")
    page.apply_filter()
    numbers = [v.casefold() for v in _nomination_values(page, 2)]
    assert numbers and numbers == sorted(numbers)  # the filter keeps the sort


def test_the_nominations_search_finds_by_phone_and_university_with_number(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage)
    someone = next(page.model.row_at(r) for r in range(page.model.rowCount())
                   if page.model.row_at(r).phone)
    for typed in (f"{someone.university} {someone.student_no}",
                  f"{someone.phone[:4]} {someone.phone[4:8]} {someone.phone[8:]}"):
        page.search.setText(typed)
        page.apply_filter()
        shown = {page.model.row_at(r).student_no for r in range(page.model.rowCount())}
        assert shown == {someone.student_no}, typed
