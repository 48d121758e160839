"""The window's part in the personal-data duties: opening a student's record is noted in
who saw what, and an open access request's deadline is on the Dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from careerdesk.core.db.models import Student, University
from careerdesk.core.services.privacy import disclosures, record_request
from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import dialog_of, page_of, settle


def test_opening_a_students_record_is_noted(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.STUDENTS)
    page.table.selectRow(0)
    student_id = page.selected_ids()[0]
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    settle(qtbot, window)
    with window.database.session() as session:
        seen = disclosures(session, student_id)
    assert [(d.action, d.what, d.by) for d in seen] == [("viewed", "Student form", "tester")]
    dialog.reject()


def test_the_students_form_shows_who_saw_the_record(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Opened twice: the second time, the first viewing is on the "Who saw it" tab, with an
    export of the student and what it was called read back as the sentence it was."""
    from PySide6.QtWidgets import QTableWidget, QTabWidget

    from careerdesk.core.domain.choices import DisclosureAction
    from careerdesk.core.services.privacy import record_disclosure, seen_as

    page = page_of(qtbot, window, MainWindow.STUDENTS)
    page.table.selectRow(0)
    student_id = page.selected_ids()[0]
    record_disclosure(window.database, DisclosureAction.EXPORTED,
                      seen_as("export", "students.xlsx"), [student_id])
    for _ in range(2):
        page.open_selected()
        dialog = dialog_of(qtbot, window, page)
        settle(qtbot, window)
        tabs = dialog.findChild(QTabWidget)
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        dialog.reject()
    assert titles[-1] == "Who sa&w it (2)"
    table = tabs.widget(tabs.count() - 1)
    assert isinstance(table, QTableWidget)
    shown = [[table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())]
    assert [row[1:] for row in shown] == [["viewed", "Student form"],
                                          ["exported", "Export to students.xlsx"]]
    assert all(row[0].startswith("tester") for row in shown)  # (and the computer's name)


def test_an_open_access_request_is_on_the_dashboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    with window.database.session() as session:
        university, number = session.execute(
            select(University.code, Student.student_no).join(Student).limit(1)).one()
    received = dt.date.today() - dt.timedelta(days=36)
    record_request(window.database, university, number, received_on=received)
    dashboard = page_of(qtbot, window, MainWindow.DASHBOARD)
    dashboard.refresh()
    settle(qtbot, window)
    lines = [label.text() for label in dashboard.findChildren(QLabel)]
    assert any(number in line and "4 day" in line for line in lines), lines


def test_a_copy_of_the_database_is_kept_when_one_is_due(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    import sqlite3

    from careerdesk.core.paths import backups_dir

    settle(qtbot, window)
    [copy] = backups_dir().glob("*-scheduled-*.sqlite3")
    with sqlite3.connect(copy) as kept:
        assert kept.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert kept.execute("SELECT count(*) FROM student").fetchone()[0] > 0
    assert "A copy of the database was kept" in window.statusBar().currentMessage()


def test_settings_join_the_office_server_and_leave_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from careerdesk.core.paths import data_dir
    from careerdesk.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert "its own database file" in dialog.server_said.text()
    dialog.server.setText("postgresql+psycopg://me:secret@db-server/careerdesk")
    dialog.join_server()
    assert "Leave the password out of the address" in dialog.server_said.text()
    dialog.server.setText("sqlite:///office.db")
    dialog.join_server()
    assert "is not one" in dialog.server_said.text()
    (data_dir() / "server.url").write_text("postgresql+psycopg://me@db-server/careerdesk\n")
    joined = SettingsDialog(window)
    qtbot.addWidget(joined)
    assert "me@db-server/careerdesk" in joined.server_said.text()
    joined.leave_server()
    assert not (data_dir() / "server.url").exists()


def test_retention_periods_are_set_and_a_purge_previewed_then_made(  # noqa: ANN201
        qtbot, window: MainWindow, message_boxes) -> None:  # noqa: ANN001
    """Settings → Personal data: the office's period and a programme's own saved with the
    dialog; Purge… says what would go and asks (Cancel: nothing); anonymising keeps the
    students' records without their names."""
    from careerdesk.core.services.privacy import retention_policy
    from careerdesk.gui.settings.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = dialog_of(qtbot, window, window)
    assert isinstance(dialog, SettingsDialog) and dialog.personal is not None
    tab = dialog.personal
    tab.years.setValue(1)
    tab.spins["TF"].setValue(9)
    dialog.save()
    settle(qtbot, window)
    with window.database.session() as session:
        policy = retention_policy(session)
        named = session.scalar(select(func.count()).select_from(Student).where(
            Student.name_en.is_not(None)))
    assert (policy.years, policy.programmes) == (1, {"TF": 9})

    tab.preview_purge()
    settle(qtbot, window)
    asked = [text for kind, text in message_boxes if kind == "asked"]
    assert len(asked) == 1 and "students would be deleted" in asked[0]
    with window.database.session() as session:  # Cancel (the default): nothing changed
        assert session.scalar(select(func.count()).select_from(Student).where(
            Student.name_en.is_not(None))) == named
    tab.purge(anonymise=True)
    settle(qtbot, window)
    assert "anonymised" in tab.said.text()
    with window.database.session() as session:
        assert session.scalar(select(func.count()).select_from(Student).where(
            Student.name_en.is_not(None))) < named


def test_the_form_has_the_hkid_field_only_where_the_office_collects_them(  # noqa: ANN201
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from careerdesk.core.services.privacy import set_collect_hkid

    page = page_of(qtbot, window, MainWindow.STUDENTS)
    page.table.selectRow(0)
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    assert "hkid" not in dialog.edits
    dialog.reject()
    set_collect_hkid(window.database, True)
    page.open_selected()
    dialog = dialog_of(qtbot, window, page)
    assert "hkid" in dialog.edits
    dialog.edits["hkid"].setText("A123456(3)")
    assert dialog.values()["hkid"] == "A123456(3)"
    dialog.reject()
