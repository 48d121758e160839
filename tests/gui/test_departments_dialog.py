"""File → Departments and faculties…: a university's departments by faculty, added, moved
to another faculty and removed from the window, each through the database thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from careerdesk.core.services.departments import departments
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.settings.departments_dialog import DepartmentsDialog
from tests.gui.conftest import dialog_of, settle


def _listed(window: MainWindow, university: str) -> dict[str, str]:
    with window.database.session() as session:
        return {row.name: row.faculty for row in departments(session, university)}


def _shown(dialog: DepartmentsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_a_department_is_added_moved_and_removed(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_departments()
    dialog = dialog_of(qtbot, window, window)
    assert isinstance(dialog, DepartmentsDialog)
    dialog.university.setCurrentText("PolyU")
    settle(qtbot, window)
    assert ("Faculty of Computer and Mathematical Sciences", "Department of Computing") in (
        _shown(dialog))

    dialog._ask(None)  # noqa: SLF001 - Add…
    form = dialog.form
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # (a department needs a name and a faculty)
    form.faculty_choice.setCurrentText("Faculty of Humanities")
    form.name.setText("Department of Language Science and Technology")
    form.name_zh.setText("語言科學及技術學系")
    assert save.isEnabled()
    save.click()
    settle(qtbot, window)
    assert _listed(window, "PolyU")["Department of Language Science and Technology"] == (
        "Faculty of Humanities")
    qtbot.waitUntil(lambda: ("Faculty of Humanities", "Department of Language Science and "
                             "Technology") in _shown(dialog))
    assert "is in the Faculty of Humanities" in dialog.said.text()

    row = [name for _, name in _shown(dialog)].index("Department of Computing")
    dialog.table.selectRow(row)
    dialog.edit_selected()
    dialog.form.faculty_choice.setCurrentText("Faculty of Engineering")
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(qtbot, window)
    assert _listed(window, "PolyU")["Department of Computing"] == "Faculty of Engineering"
    qtbot.waitUntil(lambda: ("Faculty of Engineering", "Department of Computing") in _shown(
        dialog))  # (the list read again, in its new order)

    row = [name for _, name in _shown(dialog)].index("Department of Computing")
    dialog.table.selectRow(row)
    assert dialog._chosen().name == "Department of Computing"  # noqa: SLF001 (the one only)
    dialog.remove_selected()
    settle(qtbot, window)
    assert "Department of Computing" not in _listed(window, "PolyU"), dialog.said.text()
    qtbot.waitUntil(lambda: "Department of Computing" not in [n for _, n in _shown(dialog)])
    dialog.reject()
