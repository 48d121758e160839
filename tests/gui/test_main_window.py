"""The main window, offscreen, on real databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.services.students import StudentQueries
from careerdesk.gui.common.rows_model import Column, RowsModel
from careerdesk.gui.dashboard.dashboard_page import DashboardPage
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.students.students_model import BLOCK, ReaderLoader, StudentsModel
from careerdesk.gui.students.students_page import StudentsPage
from tests.gui.conftest import page_of, settle


def shown_rows(qtbot, window: MainWindow, model, first: int = 0,  # noqa: ANN001
               count: int = 1) -> list[list[str]]:
    """Rows as the table shows them, once the database thread has given them."""
    for row in range(first, first + count):
        model.index(row, 0).data()  # asks for the row's block
    settle(qtbot, window)
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(first, first + count)]


def test_navigation_has_every_place(window: MainWindow) -> None:
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == ["Dashboard", "Students", "Nominations", "Placements", "Programmes",
                      "Organisations", "Events", "Imports", "Reports"]
    for number in range(len(labels)):
        window.navigation.setCurrentRow(number)
        assert window.stack.currentWidget() is window.page(number)


def test_students_page_shows_the_students_of_the_database(window: MainWindow, qtbot) -> None:
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    assert isinstance(page, StudentsPage)
    model = page.table.model()
    assert model.rowCount() == 300
    with window.database.session() as session:
        student = session.scalars(select(Student).where(Student.name_zh.is_not(None))
                                  .order_by(Student.name_en, Student.id)).first()
    [first_row] = shown_rows(qtbot, window, model)
    assert student.name_en in first_row and student.name_zh in first_row
    assert page.count_label.text() == "300 student(s)"

    page.search.setText(student.student_no)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert shown_rows(qtbot, window, model)[0][1] == student.student_no
    page.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 300)


def _heading(page: StudentsPage, column: int) -> str:
    """A heading as the table shows it."""
    return page.table.horizontalHeader().model().headerData(column, Qt.Orientation.Horizontal)


def test_the_students_table_shows_its_headings_and_sorts_once_the_window_has_painted(
        window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """The first page names no Qt enum before the first paint (see students_model): its
    headings come from a header model, its sorting and menu come on with finish_start."""
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    assert [_heading(page, c) for c in range(3)] == ["University", "Student no.",
                                                     "English name"]
    assert not page.table.isSortingEnabled()
    window.finish_start()
    assert page.table.isSortingEnabled()
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        2, Qt.SortOrder.AscendingOrder)  # English name, as the rows were first read
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert window.quit_action.shortcuts() == QKeySequence.keyBindings(  # (none offscreen)
        QKeySequence.StandardKey.Quit)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # on "Student no."
                     pos=QPoint(header.sectionViewportPosition(1) + 10, header.height() // 2))
    settle(qtbot, window)
    numbers = [r[1] for r in shown_rows(qtbot, window, page.model, 0, page.model.rowCount())]
    assert header.sortIndicatorSection() == 1 and numbers in (sorted(numbers),
                                                             sorted(numbers, reverse=True))


def test_qt_roles_named_by_number_are_qts() -> None:
    from careerdesk.gui.students import students_model

    assert Qt.ItemDataRole.DisplayRole.value == students_model.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == students_model.TOOLTIP_ROLE


def test_sorting_by_a_header_orders_the_whole_list(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    model = page.model
    window.finish_start()
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window)
    numbers = [r[1] for r in shown_rows(qtbot, window, model, 0, model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)


def test_dashboard_shows_figures_for_a_database_with_data(window: MainWindow) -> None:
    dashboard = window.page(MainWindow.DASHBOARD)
    assert isinstance(dashboard, DashboardPage)
    assert not dashboard.showing_welcome


def test_empty_database_offers_demo_data_and_loads_it(qtbot, tmp_path: Path,
                                                      monkeypatch) -> None:
    database = Database.open(tmp_path / "empty.sqlite3")
    main = MainWindow(database)
    qtbot.addWidget(main)
    main.show()
    dashboard = page_of(qtbot, main, MainWindow.DASHBOARD)
    assert dashboard.showing_welcome
    assert dashboard.demo_button.isVisible() and dashboard.import_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dashboard.demo_button.click()
    qtbot.waitUntil(lambda: not dashboard.showing_welcome, timeout=60_000)
    with database.session() as session:
        assert session.scalar(select(func.count(Student.id))) == 4_000
    assert page_of(qtbot, main, MainWindow.STUDENTS).model.rowCount() == 4_000
    main.close()
    database.close()


def test_list_pages_show_their_rows(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    expectations = {MainWindow.NOMINATIONS: "PROCRUITC-2026", MainWindow.PROGRAMMES: "TLT-2025",
                    MainWindow.ORGANISATIONS: "SenseTime", MainWindow.EVENTS: "AIA-2025"}
    for number, text in expectations.items():
        page = page_of(qtbot, window, number)
        if hasattr(page, "list"):  # the Events page: its list, or an event's own page
            page = page.list
        model = page.table.model()
        cells = {model.index(r, c).data() for r in range(model.rowCount())
                 for c in range(model.columnCount())}
        assert text in cells, (number, text)


def test_students_model_passes_qt_model_tester(qtmodeltester, demo_database: Database) -> None:
    model = StudentsModel(ReaderLoader(StudentQueries(demo_database)))
    model.reload()
    qtmodeltester.check(model)
    model.set_search("CHAN")
    qtmodeltester.check(model)


def test_students_model_reads_rows_a_block_at_a_time(demo_database: Database) -> None:
    model = StudentsModel(ReaderLoader(StudentQueries(demo_database)))
    model.reload()
    assert model._blocks == {}
    model.index(0, 0).data()
    assert list(model._blocks) == [0]
    model.index(BLOCK + 1, 0).data()
    assert list(model._blocks) == [0, 1]


def test_rows_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = RowsModel([Column("Name", lambda r: r[0]), Column("Count", lambda r: r[1], True)])
    model.set_rows([("陳大文", 3), ("CHAN Tai Man", None)])
    qtmodeltester.check(model)


def test_start_window_fills_students_first_then_loads_the_rest(qtbot,  # noqa: ANN001
                                                               demo_database_file: Path) -> None:
    from careerdesk.gui.app import start_window

    _app, window = start_window(str(demo_database_file))
    qtbot.addWidget(window)
    students = window.page(MainWindow.STUDENTS)
    assert window.stack.currentWidget() is students
    assert students.model.rowCount() == 300
    assert students.model.index(0, 2).data()
    assert not students.table.isSortingEnabled()  # named Qt enums wait for the first paint
    qtbot.waitUntil(students.table.isSortingEnabled)
    qtbot.waitUntil(lambda: window.database is not None, timeout=60_000)
    assert window.statusBar().currentMessage().startswith("Database:")
    qtbot.waitUntil(lambda: not _app.windowIcon().isNull())  # set after the first paint
    assert not _app.windowIcon().pixmap(32, 32).toImage().isNull()
    programmes = page_of(qtbot, window, MainWindow.PROGRAMMES)
    assert window.stack.currentWidget() is programmes
    assert programmes.model.rowCount() == 10
    window.close()
    window.database.close()


def test_start_window_on_a_new_database_greets_the_user(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from careerdesk.gui.app import start_window

    _app, window = start_window(str(tmp_path / "new.sqlite3"))
    qtbot.addWidget(window)
    assert window.database is not None
    assert window.stack.currentWidget() is page_of(qtbot, window, MainWindow.DASHBOARD)
    assert window.page(MainWindow.DASHBOARD).showing_welcome
    qtbot.waitUntil(window.page(MainWindow.STUDENTS).table.isSortingEnabled)
    window.close()
    window.database.close()


def test_start_window_upgrades_an_older_database_behind_a_window_that_says_so(
        qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from careerdesk.core.db import migrate
    from careerdesk.core.db.revision import SCHEMA_REVISION
    from careerdesk.gui.app import start_window
    from tests.older_databases import older_database

    older = tmp_path / "older.sqlite3"
    older_database(str(older), "0003")

    _app, window = start_window(str(older))
    qtbot.addWidget(window)
    assert window.isVisible() and window.database is None  # shown before the upgrade
    assert "up to date" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.database is not None, timeout=60_000)
    assert window.statusBar().currentMessage().startswith("Database:")
    assert migrate.current_revision(window.database.engine) == SCHEMA_REVISION
    students = page_of(qtbot, window, MainWindow.STUDENTS)
    assert students.model.rowCount() == 1
    assert shown_rows(qtbot, window, students.model)[0][3] == "陳大文"
    window.close()
    window.database.close()


def test_start_window_explains_a_database_it_cannot_open(qtbot, tmp_path: Path,  # noqa: ANN001
                                                         monkeypatch) -> None:  # noqa: ANN001
    from careerdesk.gui import app as app_module

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database")
    _app, window = app_module.start_window(str(bad))
    assert window is None
    assert shown and "not a CareerDesk database" in shown[0]


def test_a_data_folder_that_cannot_be_made_is_said_in_a_window(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                monkeypatch) -> None:  # noqa: ANN001
    from careerdesk.gui import app as app_module

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CAREERDESK_HOME", str(blocked / "careerdesk"))
    assert app_module.run_gui(None) == 2
    assert shown and "cannot make its data folder" in shown[0]


def test_traditional_chinese_translation(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from careerdesk.gui.app import install_translators

    installed = install_translators(QApplication.instance(), QLocale("zh_HK"))
    try:
        assert installed, "the zh_HK translation ships with the package"
        main = MainWindow(demo_database)
        qtbot.addWidget(main)
        labels = [main.navigation.item(i).text() for i in range(main.navigation.count())]
        assert labels[:3] == ["主頁", "學生", "提名"]
        students = page_of(qtbot, main, MainWindow.STUDENTS)
        assert _heading(students, 1) == "學號"
        assert students.count_label.text() == "300 名學生"
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)


def test_students_model_reads_the_first_ids_then_the_rest(qtbot, demo_database: Database,  # noqa: ANN001
                                                         monkeypatch) -> None:  # noqa: ANN001
    from careerdesk.gui.students import students_model

    monkeypatch.setattr(students_model, "FIRST_IDS", 50)
    model = StudentsModel(ReaderLoader(StudentQueries(demo_database)))
    model.reload()
    assert model.rowCount() == 300 and len(model._ids) == 50
    assert model.index(49, 1).data() and model.index(299, 1).data() is None  # not read yet
    qtbot.waitUntil(lambda: len(model._ids) == 300)
    assert model.index(299, 1).data()
