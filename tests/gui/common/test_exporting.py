"""Export to Excel (Ctrl+E) from the tables: the rows shown or selected, the columns shown in
their order, headings in the window's language, real dates, text never a formula."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select, update

from careerdesk.core.db.models import Student
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.nominations.nominations_page import NominationsPage
from careerdesk.gui.students.students_page import StudentsPage
from tests.gui.conftest import page_of, settle


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "export.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(target), ""))
    return target


def _sheet(path: Path) -> list[tuple]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    return list(sheet.iter_rows(values_only=True))


def test_export_the_filtered_nominations(qtbot, window: MainWindow, save_to: Path) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage)
    page.cohort_box.setCurrentIndex(page.cohort_box.findData("PROCRUITC-2026"))
    page.eligibility_box.setCurrentIndex(page.eligibility_box.findData("pass"))
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert shown
    page.table.horizontalHeader().moveSection(2, 0)  # the student number dragged first
    page.table.setColumnHidden(4, True)  # the Chinese name hidden
    window.export_current_table()
    settle(qtbot, window)
    rows = _sheet(save_to)
    assert rows[0][:3] == ("Student no.", "Cohort", "University")
    assert "Chinese name" not in rows[0] and len(rows[0]) == 9
    assert [r[0] for r in rows[1:]] == [n.student_no for n in shown]
    assert {r[rows[0].index("Eligible")] for r in rows[1:]} == {"Yes"}
    assert {r[rows[0].index("Cohort")] for r in rows[1:]} == {"PROCRUITC-2026"}
    ranks = [r[rows[0].index("Rank")] for r in rows[1:]]
    assert all(rank is None or isinstance(rank, int) for rank in ranks)
    assert f"{len(shown)} row" in window.statusBar().currentMessage()


def test_export_selected_students_with_dates_phones_and_a_formula_looking_name(
        qtbot, window: MainWindow, save_to: Path) -> None:  # noqa: ANN001
    with window.database.session() as session:
        ids = session.scalars(select(Student.id).where(Student.graduation_date.is_not(None),
                                                       Student.phone.is_not(None),
                                                       Student.consent_to_share.is_(True))
                              .order_by(Student.id).limit(3)).all()
        session.execute(update(Student).where(Student.id == ids[0])
                        .values(name_en="=HYPERLINK(\"http://x\")"))
        session.commit()
    window.ops.did_change.emit(Changes({Changed.STUDENTS}), None)
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    assert isinstance(page, StudentsPage)
    for student_id in ids:
        page.select_student(student_id)
    selection = page.table.selectionModel()
    for student_id in ids:
        row = page.model.row_of(student_id)
        selection.select(page.model.index(row, 0), selection.SelectionFlag.Select
                         | selection.SelectionFlag.Rows)
    window.export_current_table()
    settle(qtbot, window)
    workbook = openpyxl.load_workbook(save_to)
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    headers = rows[0]
    assert len(rows) == 4 and headers[:3] == ("University", "Student no.", "English name")
    assert all(isinstance(r[headers.index("Graduation")], dt.datetime) for r in rows[1:])
    phones = [r[headers.index("Mobile")] for r in rows[1:]]
    assert all(isinstance(p, str) and not p.startswith("'") for p in phones)
    names = [cell for cell in sheet["C"][1:] if str(cell.value).startswith("=")]
    assert len(names) == 1 and names[0].data_type == "s" and names[0].quotePrefix
    assert names[0].value == "=HYPERLINK(\"http://x\")"


def test_export_from_a_list_page_and_the_window_language(qtbot, window: MainWindow,  # noqa: ANN001
                                                          save_to: Path) -> None:
    page = page_of(qtbot, window, MainWindow.EVENTS)
    window.export_current_table()
    settle(qtbot, window)
    rows = _sheet(save_to)
    assert rows[0][0] == "Code" and len(rows) == 1 + page.list.model.rowCount()
    assert any(isinstance(r[3], dt.datetime) for r in rows[1:])  # the event's date


def test_students_without_consent_are_left_out_unless_included(
        qtbot, window: MainWindow, save_to: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
        message_boxes: list) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    with window.database.session() as session:
        agreed = session.scalar(select(Student.id).where(Student.consent_to_share.is_(True))
                                .order_by(Student.id).limit(1))
        refused, number = session.execute(
            select(Student.id, Student.student_no).where(
                Student.consent_to_share.is_not(True)).order_by(Student.id).limit(1)).one()
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    for student_id in (agreed, refused):
        page.select_student(student_id)
    selection = page.table.selectionModel()
    for student_id in (agreed, refused):
        selection.select(page.model.index(page.model.row_of(student_id), 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    window.export_current_table()  # asked; the default leaves them out
    settle(qtbot, window)
    assert any(kind == "asked" and "not consented" in text for kind, text in message_boxes)
    assert len(_sheet(save_to)) == 2
    assert number in window.statusBar().currentMessage()

    def include(box: QMessageBox) -> int:
        next(b for b in box.buttons() if "Include" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", include)
    window.export_current_table()
    settle(qtbot, window)
    assert len(_sheet(save_to)) == 3
