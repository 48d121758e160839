"""The organisation editor on the Organisations page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QTableWidgetItem

from careerdesk.core.db.database import Database
from careerdesk.core.services.organisations import organisation_spec
from careerdesk.gui.main_window import MainWindow


def test_add_and_edit_an_organisation(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    page = window.page(MainWindow.ORGANISATIONS)
    before = page.model.rowCount()
    editor = page.editor(None)
    editor.name_en.setText("Tai Po Robotics Limited")
    editor.name_zh.setText("大埔機械人有限公司")
    editor.theme.setCurrentIndex(editor.theme.findData("ai"))
    editor.science_park.setChecked(True)
    for column, value in enumerate(["Robotics Trainee", "2", "TF-2026", "", "6",
                                    "01/07/2026"]):
        editor.positions.setItem(0, column, QTableWidgetItem(value))
    editor.contacts.setItem(0, 0, QTableWidgetItem("Ada Lam"))
    assert editor.save()
    page.refresh()
    assert page.model.rowCount() == before + 1
    with demo_database.session() as session:
        stored = organisation_spec(session, "Tai Po Robotics Limited")
    assert stored.name_zh == "大埔機械人有限公司" and stored.science_park
    assert (stored.positions[0].title, stored.positions[0].places,
            stored.positions[0].cohort, stored.positions[0].start_date) == (
        "Robotics Trainee", 2, "TF-2026", dt.date(2026, 7, 1))

    again = page.editor("Tai Po Robotics Limited")
    assert again.positions.item(0, 0).text() == "Robotics Trainee"
    again.positions.setItem(0, 1, QTableWidgetItem("5"))
    assert again.save()
    with demo_database.session() as session:
        assert organisation_spec(session, "Tai Po Robotics Limited").positions[0].places == 5


def test_a_bad_date_or_track_is_explained(qtbot, demo_database: Database,  # noqa: ANN001
                                          monkeypatch) -> None:  # noqa: ANN001
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    editor = window.page(MainWindow.ORGANISATIONS).editor(None)
    editor.name_en.setText("Somewhere Limited")
    editor.positions.setItem(0, 0, QTableWidgetItem("Trainee"))
    editor.positions.setItem(0, 5, QTableWidgetItem("next July"))
    assert not editor.save() and "dd/mm/yyyy" in told[-1]
    editor.positions.setItem(0, 5, QTableWidgetItem(""))
    editor.positions.setItem(0, 2, QTableWidgetItem("TF-2026"))
    editor.positions.setItem(0, 3, QTableWidgetItem("NOPE"))
    assert not editor.save() and "no track" in told[-1]
