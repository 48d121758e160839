"""Events kept by hand in the window: create one, register students, mark who came, each read
back from the database; and the table models pass Qt's model tester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from sqlalchemy import select

from careerdesk.core.db.models import Attendance, Event, Student
from careerdesk.core.services.students import students_by_ids
from careerdesk.gui.events.events_page import EventsPage
from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import dialog_of, page_of, save, settle


def test_create_an_event_register_two_students_mark_one_on_site_and_one_no_show(
        qtbot, window: MainWindow, tmp_path) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.EVENTS)
    assert isinstance(page, EventsPage)
    page.edit_event(None)
    dialog = dialog_of(qtbot, window, page)
    dialog.code.setText("fintech-2026")
    dialog.name.setText("Fintech Career Day 2026")
    dialog.name_zh.setText("金融科技招聘日 2026")
    dialog.day.setDate(QDate(2026, 11, 21))
    dialog.has_time.setChecked(True)
    dialog.venue.setText("Hong Kong Science Park")
    dialog.mode.setCurrentIndex(dialog.mode.findData("hybrid"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("fintech"))
    dialog.grab().save(str(tmp_path / "event-dialog.png"))
    assert save(qtbot, window, dialog)
    with window.database.session() as session:
        event = session.scalar(select(Event).where(Event.code == "FINTECH-2026"))
    assert (event.name_zh, event.held_on, event.starts_at, event.mode, event.theme) == (
        "金融科技招聘日 2026", dt.date(2026, 11, 21), dt.time(10, 0), "hybrid", "fintech")
    listed = page.list
    row = next(listed.model.row_at(r) for r in range(listed.model.rowCount())
               if listed.model.row_at(r).code == "FINTECH-2026")
    page.open_event(row)
    settle(qtbot, window)
    assert page.stack.currentWidget() is page.event_page
    event_page = page.event_page.registrations
    assert event_page.model.rowCount() == 0

    with window.database.session() as session:
        two = session.scalars(select(Student.id).order_by(Student.id).limit(2)).all()
        rows = students_by_ids(session, two)
    event_page.register_students()
    register = dialog_of(qtbot, window, event_page)
    register.picker.search.setText(rows[0].student_no)
    register.picker.find()
    settle(qtbot, window)
    assert register.picker.found.rowCount() == 1
    register.picker.found_view.selectRow(0)
    register.picker.add_selected()
    register.picker.chosen.set_rows([*register.picker.chosen_rows(), rows[1]])
    assert save(qtbot, window, register)
    assert event_page.model.rowCount() == 2
    assert "2 registered · 0 came" in event_page.counts.text()

    for student_id, button in zip(two, ("on_site", "no_show"), strict=True):
        position = next(r for r in range(event_page.model.rowCount())
                        if event_page.model.row_at(r).student_id == student_id)
        event_page.table.clearSelection()
        event_page.table.selectRow(event_page.proxy.mapFromSource(
            event_page.model.index(position, 0)).row())
        event_page.mark_buttons[_status(button)].click()
        settle(qtbot, window)
    with window.database.session() as session:
        marked = dict(session.execute(select(Attendance.student_id, Attendance.status).join(
            Event).where(Event.code == "FINTECH-2026")).all())
    assert marked == {two[0]: "on_site", two[1]: "no_show"}
    assert "2 registered · 1 came · 1 no-show" in event_page.counts.text()
    window.grab().save(str(tmp_path / "event-page.png"))
    assert window.undo_action.text().startswith("&Undo attendance of 1 student")
    window.undo()
    settle(qtbot, window)
    with window.database.session() as session:
        assert session.scalar(select(Attendance.status).join(Event).where(
            Event.code == "FINTECH-2026", Attendance.student_id == two[1])) == "registered"
    page.event_page.back_button.click()
    assert page.stack.currentWidget() is page.list
    assert any(page.list.model.row_at(r).code == "FINTECH-2026" and
               page.list.model.row_at(r).registered == 2
               for r in range(page.list.model.rowCount()))


def _status(word: str):  # noqa: ANN202
    from careerdesk.core.domain.choices import AttendanceStatus

    return AttendanceStatus(word)


def test_an_event_needs_a_code_a_name_and_a_free_code(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.EVENTS)
    page.edit_event(None)
    dialog = dialog_of(qtbot, window, page)
    dialog.code.setText("AIA-2025")
    dialog.name.setText("Again")
    assert not save(qtbot, window, dialog)
    assert dialog.problem.text() == "There is already an event AIA-2025."
    dialog.code.setText("")
    assert not save(qtbot, window, dialog)
    assert dialog.problem.text() == "An event needs a code and a name."


def test_the_table_models_pass_qt_model_tester(qtbot, qtmodeltester, window: MainWindow,  # noqa: ANN001
                                               tmp_path) -> None:  # noqa: ANN001
    nominations = page_of(qtbot, window, MainWindow.NOMINATIONS)
    qtmodeltester.check(nominations.model)
    nominations.cohort_box.setCurrentIndex(1)
    qtmodeltester.check(nominations.model)
    events = page_of(qtbot, window, MainWindow.EVENTS)
    qtmodeltester.check(events.list.model)
    from careerdesk.gui.imports.preview_models import SheetPreviewModel

    preview = SheetPreviewModel()
    preview.set_rows([["Student No.", "Name"], ["1155000001", "CHAN Tai Man"], ["", None]],
                     1, {3}, {(2, 1)})
    qtmodeltester.check(preview)
