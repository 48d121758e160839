"""A career day's page in the window: its figures, applications per company and role, an
application recorded by hand, moved to an accepted offer and placed, and the placement seen
on the Placements page and in the day's figures without a restart; the Events list filtered
by theme and year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select, text

from careerdesk.core.db.models import Application, Placement, Student
from careerdesk.core.services.students import students_by_ids
from careerdesk.gui.events.events_page import EventsPage
from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import dialog_of, page_of, save, settle


def _open(qtbot, window: MainWindow, code: str) -> EventsPage:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.EVENTS)
    row = next(page.list.model.row_at(r) for r in range(page.list.model.rowCount())
               if page.list.model.row_at(r).code == code)
    page.open_event(row)
    settle(qtbot, window)
    return page


def test_the_days_figures_and_applications_per_company(qtbot, window: MainWindow,  # noqa: ANN001
                                                       tmp_path) -> None:  # noqa: ANN001
    page = _open(qtbot, window, "AIA-2025")
    view = page.event_page
    with window.database.session() as session:
        applications = session.scalar(text(
            "SELECT count(*) FROM application a JOIN event e ON e.id = a.event_id "
            "WHERE e.code = 'AIA-2025'"))
        by_role = dict(session.execute(text(
            "SELECT r.id, count(a.id) FROM event_role r JOIN event e ON e.id = r.event_id "
            "LEFT JOIN application a ON a.role_id = r.id WHERE e.code = 'AIA-2025' "
            "GROUP BY r.id")).all())
    assert f"Applications <b>{applications:,}</b>" in view.figures.text()
    assert view.applications.model.rowCount() == applications
    roles = view.roles.model
    assert {roles.row_at(r).id: roles.row_at(r).applications
            for r in range(roles.rowCount())} == by_role
    view.tabs.setCurrentWidget(view.applications)
    window.grab().save(str(tmp_path / "career-day.png"))
    # the figures for one university
    view.university.setCurrentIndex(view.university.findData("CUHK"))
    settle(qtbot, window)
    with window.database.session() as session:
        cuhk = session.scalar(text(
            "SELECT count(*) FROM application a JOIN event e ON e.id = a.event_id JOIN student "
            "s ON s.id = a.student_id JOIN university u ON u.id = s.university_id WHERE "
            "e.code = 'AIA-2025' AND u.code = 'CUHK'"))
    assert f"Applications <b>{cuhk:,}</b>" in view.figures.text()


def test_an_offer_accepted_in_the_window_is_a_placement_at_once(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    placements = page_of(qtbot, window, MainWindow.PLACEMENTS)
    before = placements.model.rowCount()
    page = _open(qtbot, window, "AIA-2025")
    table = page.event_page.applications
    with window.database.session() as session:
        student = session.scalar(select(Student.id).where(~Student.id.in_(
            select(Application.student_id))).order_by(Student.id).limit(1))
        [row] = students_by_ids(session, [student])
    table.new_application()
    dialog = dialog_of(qtbot, window, table)
    dialog.picker.chosen.set_rows([row])
    dialog.company.setCurrentText("SenseTime")
    dialog.role.setCurrentText("Vision Research Intern")
    dialog.channel.setCurrentIndex(dialog.channel.findData("onsite"))
    assert save(qtbot, window, dialog)
    position = next(r for r in range(table.model.rowCount())
                    if table.model.row_at(r).student_no == row.student_no)
    table.table.selectRow(table.proxy.mapFromSource(table.model.index(position, 0)).row())
    for status in ("offered", "accepted"):
        table.move_to.setCurrentIndex(table.move_to.findData(status))
        table.move_button.click()
        settle(qtbot, window)
    chosen = table.selected_row()
    assert (chosen.student_no, chosen.status) == (row.student_no, "accepted")
    assert table.place_button.isEnabled()
    table.place_selected()
    placing = dialog_of(qtbot, window, table)
    placing.start.setDate(QDate(2025, 6, 2))
    placing.months.setValue(6)
    placing.salary.setText("HK$19,000")
    assert save(qtbot, window, placing)
    with window.database.session() as session:
        placement = session.scalar(select(Placement).join(
            Application, Placement.application_id == Application.id).where(
            Application.student_id == student))
        assert (placement.start_date, placement.end_date, placement.monthly_salary) == (
            dt.date(2025, 6, 2), dt.date(2025, 12, 1), 19000)
        hires = session.scalar(text(
            "SELECT count(*) FROM placement p JOIN application a ON a.id = p.application_id "
            "JOIN event e ON e.id = a.event_id WHERE e.code = 'AIA-2025'"))
    assert placements.model.rowCount() == before + 1
    assert f"Hires <b>{hires:,}</b>" in page.event_page.figures.text()
    assert table.selected_row().placed and table.letters_button.isEnabled()
    table.write_letters()
    letters = dialog_of(qtbot, window, table)
    assert letters.findChildren(QLabel)[0].text().startswith("1 application")
    letters.reject()


def test_the_events_list_filters_by_theme_and_year(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.EVENTS)
    listed = page.list
    listed.theme.setCurrentIndex(listed.theme.findData("microelectronics"))
    assert [listed.model.row_at(r).code for r in range(listed.model.rowCount())] == [
        "MICRO-2026"]
    listed.theme.setCurrentIndex(0)
    listed.year.setCurrentIndex(listed.year.findData(2025))
    assert sorted(listed.model.row_at(r).code for r in range(listed.model.rowCount())) == [
        "AIA-2025", "TF-WS-2025"]


def test_the_organisers_list_of_roles_imports_from_the_days_page(
        qtbot, window: MainWindow, tmp_path) -> None:  # noqa: ANN001
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Exhibitor", "Position", "Job Category", "No. of Openings", "Mode"])
    book.active.append(["Pearl Photonics Ltd", "Optical Engineer", "Photonics", 2, "On-site"])
    book.active.append(["Pearl Photonics Ltd", "Test Engineer", "Testing", "many", "Online"])
    book.save(tmp_path / "exhibitors.xlsx")
    page = _open(qtbot, window, "MICRO-2026")
    roles = page.event_page.roles
    before = roles.model.rowCount()
    roles.import_list(tmp_path / "exhibitors.xlsx")
    settle(qtbot, window)
    assert roles.model.rowCount() == before + 2
    assert "2 roles added" in roles.said.text() and "'many' is not a number" in roles.said.text()
    found = {roles.model.row_at(r).title: roles.model.row_at(r)
             for r in range(roles.model.rowCount())
             if roles.model.row_at(r).company == "Pearl Photonics Ltd"}
    assert (found["Optical Engineer"].openings, found["Optical Engineer"].mode,
            found["Test Engineer"].openings) == (2, "onsite", None)
    assert "Companies <b>" in page.event_page.figures.text()


def test_every_applications_column_sorts_its_values_in_order(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from careerdesk.gui.common.rows_model import RowsModel

    page = _open(qtbot, window, "AIA-2025")
    table = page.event_page.applications
    proxy = table.proxy
    with window.database.session() as session:
        companies = sorted(session.scalars(text(
            "SELECT o.name_en FROM application a JOIN organisation o ON o.id = "
            "a.organisation_id JOIN event e ON e.id = a.event_id WHERE e.code = 'AIA-2025'")),
            key=str.casefold)
    for column in range(proxy.columnCount()):
        table.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        keys = [proxy.index(row, column).data(RowsModel.SORT_ROLE)
                for row in range(proxy.rowCount())]
        present = [k for k in keys if k is not None]  # (empty ones last)
        fold = str.casefold if present and isinstance(present[0], str) else None
        assert keys == [*sorted(present, key=fold), *[None] * (len(keys) - len(present))], \
            table.model.column(column).header
        if table.model.column(column).header == "Company":
            shown = [proxy.index(row, column).data() for row in range(proxy.rowCount())]
            assert [c.casefold() for c in shown] == [c.casefold() for c in companies]
