"""Keeping students by hand in the window: add, correct (a bad value refused as it is typed),
undo and redo, delete with what goes with them; each change read back from the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from careerdesk.core.db.models import Application, Attendance, AuditEntry, Nomination, Student
from careerdesk.core.services.student_editing import create_student, student_form
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.students.student_dialog import StudentDialog
from careerdesk.gui.students.students_page import StudentsPage
from tests.gui.conftest import dialog_of, page_of, save, settle


def students_page(qtbot, window: MainWindow) -> StudentsPage:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    window.finish_start()
    window.activateWindow()  # (keys reach a shortcut in the active window only)
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    assert isinstance(page, StudentsPage)
    return page


def find(database, number: str) -> Student | None:  # noqa: ANN001
    with database.session() as session:
        return session.scalar(select(Student).where(Student.student_no == number))


def test_add_a_student_a_bad_email_refused_as_it_is_typed(qtbot, window: MainWindow,  # noqa: ANN001
                                                          tmp_path) -> None:  # noqa: ANN001
    page = students_page(qtbot, window)
    before = page.model.rowCount()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    dialog = dialog_of(qtbot, window, page)
    assert isinstance(dialog, StudentDialog) and dialog.windowTitle() == "New student"
    dialog.university.setCurrentText("CUHK")
    dialog.edits["student_no"].setText("1155099001")
    dialog.edits["name_en"].setText("CHAN Tai Man")
    dialog.edits["name_zh"].setText("陳大文")
    dialog.edits["email"].setText("chan@")
    save_button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert dialog.problems["email"].isVisible()
    assert dialog.problems["email"].text() == "Email: 'chan@' is not a complete email address."
    assert not save_button.isEnabled()
    dialog.edits["email"].setText("Chan.TaiMan@Link.cuhk.edu.hk")
    dialog.edits["phone"].setText("+852 9123-4567")
    assert dialog.problems["email"].isHidden() and save_button.isEnabled()
    dialog.faculty.setCurrentText("Faculty of Engineering")
    dialog.award_level.setCurrentIndex(dialog.award_level.findData("bachelor"))
    dialog.graduation.set_value(dt.date(2026, 6, 30))
    dialog.hk_resident.setCurrentIndex(dialog.hk_resident.findData(True))
    dialog.notes.setPlainText("Met at the AI career day.\nPrefers fintech.")
    dialog.grab().save(str(tmp_path / "student-form.png"))
    assert save(qtbot, window, dialog)
    stored = find(window.database, "1155099001")
    assert stored is not None
    assert (stored.name_en, stored.email, stored.phone, stored.award_level,
            stored.graduation_date, stored.hk_resident, stored.notes) == (
        "CHAN Tai Man", "chan.taiman@link.cuhk.edu.hk", "+85291234567", "bachelor",
        dt.date(2026, 6, 30), True, "Met at the AI career day.\nPrefers fintech.")
    assert page.model.rowCount() == before + 1  # the page read the list again by itself
    assert page.selected_ids() == [stored.id]
    assert window.undo_action.text() == "&Undo new student CHAN Tai Man"


def test_edit_undo_redo(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = students_page(qtbot, window)
    page.model.index(0, 0).data()
    settle(qtbot, window)
    page.select_student(page.model.student_id(0))
    student_id = page.selected_ids()[0]
    with window.database.session() as session:
        before = student_form(session, student_id)
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    assert dialog.windowTitle() == f"Student: {before.label}"
    assert dialog.edits["student_no"].text() == before.student_no
    dialog.edits["programme"].setText("BEng in Artificial Intelligence")
    dialog.edits["email"].setText("new.address@link.cuhk.edu.hk")
    assert save(qtbot, window, dialog)
    with window.database.session() as session:
        after = student_form(session, student_id)
    assert (after.programme, after.email) == ("BEng in Artificial Intelligence",
                                              "new.address@link.cuhk.edu.hk")
    assert window.undo_action.text() == f"&Undo edit of {before.label}"
    window.undo()
    settle(qtbot, window)
    with window.database.session() as session:
        assert student_form(session, student_id) == before
    assert window.redo_action.text() == f"&Redo edit of {before.label}"
    window.redo()
    settle(qtbot, window)
    with window.database.session() as session:
        assert student_form(session, student_id) == after
    page.open_selected()
    history = dialog_of(qtbot, window, page)
    from PySide6.QtWidgets import QTabWidget

    tabs = history.findChild(QTabWidget)
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[0] == "&Details" and names[-2] == "&History"
    assert names[-1].startswith("Who sa&w it (")
    assert names[1].startswith("&Nominations (")


def test_an_undo_of_a_student_changed_since_says_so_and_changes_nothing(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
        message_boxes: list) -> None:  # noqa: ANN001
    from careerdesk.core.services.student_editing import update_student

    page = students_page(qtbot, window)
    page.model.index(0, 0).data()
    settle(qtbot, window)
    page.select_student(page.model.student_id(0))
    student_id = page.selected_ids()[0]
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    dialog.edits["department"].setText("Department of Physics")
    assert save(qtbot, window, dialog)
    monkeypatch.setenv("CAREERDESK_USER", "mandy")
    update_student(window.database, student_id, {"department": "Department of Chemistry"})
    window.undo()
    settle(qtbot, window)
    assert message_boxes[-1][0] == "warning"
    assert "mandy changed the same record at" in message_boxes[-1][1]
    with window.database.session() as session:
        assert student_form(session, student_id).department == "Department of Chemistry"


def test_delete_a_student_with_records_then_undo(qtbot, window: MainWindow,  # noqa: ANN001
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = students_page(qtbot, window)
    with window.database.session() as session:
        student_id = session.scalar(select(Nomination.student_id).limit(1))
        nominations = session.scalar(select(func.count(Nomination.id)).where(
            Nomination.student_id == student_id))
    page.select_student(student_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert asked and "These records would be deleted with them" in asked[0]
    assert f"{nominations} nomination(s)" in asked[0]
    with window.database.session() as session:
        assert session.get(Student, student_id) is None
        assert session.scalar(select(func.count(Nomination.id)).where(
            Nomination.student_id == student_id)) == 0
        deleted = session.scalar(select(AuditEntry.changed_by).where(
            AuditEntry.table_name == "student", AuditEntry.row_id == student_id,
            AuditEntry.action == "delete"))
    assert deleted == "tester"
    assert page.model.row_of(student_id) is None
    window.undo()
    settle(qtbot, window)
    with window.database.session() as session:
        assert session.get(Student, student_id) is not None
        assert session.scalar(select(func.count(Nomination.id)).where(
            Nomination.student_id == student_id)) == nominations
    assert page.model.row_of(student_id) is not None


def test_a_student_without_records_is_deleted_after_a_plain_question(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    page = students_page(qtbot, window)
    with window.database.session() as session:
        busy = select(Nomination.student_id).union(select(Attendance.student_id))
        student_id = session.scalar(select(Student.id).where(~Student.id.in_(busy)))
    page.select_student(student_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    page.delete_selected()
    settle(qtbot, window)
    assert asked and asked[0].endswith("You can undo this from the Edit menu.")
    with window.database.session() as session:
        assert session.get(Student, student_id) is not None  # answered No


def test_the_department_is_completed_from_the_universitys_recorded_ones(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = students_page(qtbot, window)
    create_student(window.database, {"university": "HKU", "student_no": "3035099001",
                                     "department": "Department of Law"})
    with window.database.session() as session:
        recorded = {university: sorted(set(session.scalars(
            select(Student.department).join(Student.university)
            .where(Student.department.is_not(None))
            .where(Student.university.has(code=university)))))
            for university in ("CUHK", "HKU")}
    assert recorded["CUHK"] and recorded["HKU"] and recorded["CUHK"] != recorded["HKU"]
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(qtbot, window, page)
    assert isinstance(dialog, StudentDialog)
    for university in ("CUHK", "HKU"):
        dialog.university.setCurrentText(university)
        completer = dialog.edits["department"].completer()
        offered = completer.model()
        assert [offered.index(row, 0).data() for row in range(offered.rowCount())] == \
            recorded[university]
    word = "LAW"  # any part of the name, in any case
    completer.setCompletionPrefix(word)
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Department of Law"
    dialog.reject()


def test_a_graduates_outcome_kept_by_hand(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = students_page(qtbot, window)
    page.model.index(0, 0).data()
    settle(qtbot, window)
    page.select_student(page.model.student_id(0))
    student_id = page.selected_ids()[0]
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("further_study"))
    dialog.outcome_on.set_value(dt.date(2026, 11, 30))
    dialog.edits["outcome_source"].setText("  graduate survey ")
    assert save(qtbot, window, dialog)
    with window.database.session() as session:
        form = student_form(session, student_id)
    assert (form.outcome, form.outcome_on, form.outcome_source) == (
        "further_study", dt.date(2026, 11, 30), "graduate survey")


def test_a_record_changed_by_someone_else_since_it_was_opened_offers_a_reload(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from careerdesk.core.services.student_editing import update_student

    page = students_page(qtbot, window)
    page.model.index(0, 0).data()
    settle(qtbot, window)
    page.select_student(page.model.student_id(0))
    student_id = page.selected_ids()[0]
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    update_student(window.database, student_id, {"email": "theirs@link.cuhk.edu.hk"})
    dialog.edits["email"].setText("mine@link.cuhk.edu.hk")
    assert not save(qtbot, window, dialog)
    assert "was changed by tester at" in dialog.problem.text()
    assert dialog.reload_button is not None and dialog.reload_button.isVisible()
    dialog.reload_button.click()
    settle(qtbot, window)
    assert dialog.edits["email"].text() == "theirs@link.cuhk.edu.hk"
    assert not dialog.problem.isVisible() and not dialog.reload_button.isVisible()
    dialog.edits["email"].setText("mine@link.cuhk.edu.hk")
    assert save(qtbot, window, dialog)
    with window.database.session() as session:
        assert student_form(session, student_id).email == "mine@link.cuhk.edu.hk"


def test_the_form_shows_the_students_career_day_applications(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QTabWidget

    with window.database.session() as session:
        student_id, applied = session.execute(
            select(Student.id, func.count()).select_from(Student)
            .join(Application, Application.student_id == Student.id)
            .group_by(Student.id).order_by(Student.id).limit(1)).one()
    page = students_page(qtbot, window)
    page.select_student(student_id)
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    tabs = dialog.findChild(QTabWidget)
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert f"&Career-day applications ({applied})" in names
    dialog.reject()
