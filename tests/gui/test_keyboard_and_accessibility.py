"""Keyboard and assistive technology: every control on every page has a name a screen
reader can say, every button a mnemonic, Tab leaves every table, Ctrl+1…9 go to the pages,
Ctrl+F finds, F5 reads again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollBar,
    QSplitterHandle,
    QStackedWidget,
    QTableView,
    QWidget,
)

from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import page_of, settle

PAGES = range(9)


def _controls(page: QWidget) -> list[QWidget]:
    return [child for child in page.findChildren(QWidget)
            if child.isVisibleTo(page) and child.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not isinstance(child, QLabel | QScrollBar | QSplitterHandle | QStackedWidget)]


def test_every_control_on_every_page_has_an_accessible_name(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    unnamed = []
    for number in PAGES:
        page = page_of(qtbot, window, number)
        for control in _controls(page):
            face = QAccessible.queryAccessibleInterface(control)
            if face is None or not face.text(QAccessible.Text.Name).strip():
                unnamed.append((number, type(control).__name__))
    assert unnamed == []


def test_every_button_has_a_mnemonic_and_tab_leaves_every_table(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    for number in PAGES:
        page = page_of(qtbot, window, number)
        for button in page.findChildren(QAbstractButton):
            # (the Dashboard's figures are reached by Tab and opened by Space or Enter)
            if button.isVisibleTo(page) and button.text() and not button.property("figure"):
                assert "&" in button.text(), (number, button.text())
        for table in page.findChildren(QTableView):
            assert not table.tabKeyNavigation(), number


def test_ctrl_number_goes_to_each_page_and_ctrl_f_to_its_search(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    window.finish_start()
    settle(qtbot, window)
    for number in PAGES:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, window)
        assert window.navigation.currentRow() == number
    for number in (MainWindow.STUDENTS, MainWindow.NOMINATIONS, MainWindow.EVENTS):
        window.show_page(number)
        settle(qtbot, window)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit) and focused.accessibleName(), number
        assert focused.window() is window


def test_f5_reads_the_page_again(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from sqlalchemy import update

    from careerdesk.core.db.models import Organisation

    page = page_of(qtbot, window, MainWindow.ORGANISATIONS)
    with window.database.session() as session:  # changed outside this window
        session.execute(update(Organisation).values(name_en="Renamed Outside Ltd")
                        .where(Organisation.id == 1))
        session.commit()
    window.finish_start()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot, window)
    names = {page.model.row_at(r).name_en for r in range(page.model.rowCount())}
    assert "Renamed Outside Ltd" in names


def test_the_toolbar_acts_on_the_page_shown_and_the_navigation_has_icons(
        qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    window.finish_start()
    settle(qtbot, window)
    assert all(not window.navigation.item(n).icon().isNull() for n in PAGES)
    actions = window.tool_actions
    assert [a.text() for a in window.toolbar.actions()] == ["New", "Import…", "Export",
                                                            "Print…"]
    window.show_page(MainWindow.REPORTS)
    assert not actions["new"].isEnabled() and not actions["export"].isEnabled()
    window.show_page(MainWindow.STUDENTS)
    assert actions["new"].isEnabled() and actions["export"].isEnabled()
    opened = []
    page = window.page(MainWindow.STUDENTS)
    monkeypatch.setattr(page, "new_student", lambda: opened.append("student"))
    page.new_button.clicked.disconnect()
    page.new_button.clicked.connect(page.new_student)
    actions["new"].trigger()
    assert opened == ["student"]
    actions["print"].trigger()
    assert window.navigation.currentRow() == MainWindow.REPORTS


def test_ctrl_n_enter_and_delete_act_on_the_page_shown(qtbot, window: MainWindow,  # noqa: ANN001
                                                       message_boxes) -> None:  # noqa: ANN001
    window.finish_start()
    for number, opened in ((MainWindow.STUDENTS, "StudentDialog"),
                           (MainWindow.EVENTS, "EventDialog"),
                           (MainWindow.ORGANISATIONS, "OrganisationEditor")):
        page = page_of(qtbot, window, number)
        window.activateWindow()  # (back from the dialog before)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, window)
        holder = getattr(page, "list", page)
        dialog = getattr(page, "dialog", None) or getattr(holder, "dialog", None)
        assert dialog is not None and type(dialog).__name__ == opened, number
        dialog.reject()
    page = page_of(qtbot, window, MainWindow.ORGANISATIONS)
    page.dialog = None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert message_boxes  # Delete asks first (answered No)


def test_a_short_tables_view_is_saved_and_shown_again(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.ORGANISATIONS)
    page.filter.setText("limited")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.views.save("Companies, Z to A")
    page.filter.setText("")
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.views.show_view("Companies, Z to A")
    assert page.filter.text() == "limited"
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names and names == sorted(names, key=str.casefold, reverse=True)


def test_the_toolbar_shows_whenever_the_window_finishes_starting(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page_of(qtbot, window, MainWindow.STUDENTS)
    window.finish_start()  # after the first paint, as the app does
    assert window.toolbar.isVisible()
