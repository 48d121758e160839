"""The organisation editor on the Organisations page."""

from __future__ import annotations

import datetime as dt

from careerdesk.core.services.organisations import organisation_spec
from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import dialog_of, page_of, save


def test_add_and_edit_an_organisation(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.ORGANISATIONS)
    before = page.model.rowCount()
    page.open_editor(None)
    editor = dialog_of(qtbot, window, page)
    editor.name_en.setText("Tai Po Robotics Limited")
    editor.name_zh.setText("大埔機械人有限公司")
    editor.theme.setCurrentIndex(editor.theme.findData("ai"))
    editor.science_park.setChecked(True)
    editor.positions.set_rows([("Robotics Trainee", "2", "TF-2026", "", "6", "01/07/2026")])
    editor.contacts.set_rows([("Ada Lam", "HR", "Ada.Lam@TaiPoRobotics.hk", "9123 4567")])
    assert save(qtbot, window, editor)
    assert page.model.rowCount() == before + 1  # the page read its rows again by itself
    with window.database.session() as session:
        stored = organisation_spec(session, "Tai Po Robotics Limited")
    assert stored.name_zh == "大埔機械人有限公司" and stored.science_park
    assert (stored.positions[0].title, stored.positions[0].places,
            stored.positions[0].cohort, stored.positions[0].start_date) == (
        "Robotics Trainee", 2, "TF-2026", dt.date(2026, 7, 1))
    assert stored.contacts == [("Ada Lam", "HR", "ada.lam@taiporobotics.hk", "+85291234567")]

    page.open_editor("Tai Po Robotics Limited")
    again = dialog_of(qtbot, window, page)
    assert again.positions.rows()[0][0] == "Robotics Trainee"
    again.positions.add_row(("Second Trainee", "1", "", "", "", ""))
    again.positions.table.selectRow(0)
    again.positions.remove_selected()  # the first position goes, the second is added
    assert save(qtbot, window, again)
    with window.database.session() as session:
        titles = [p.title for p in organisation_spec(session, "Tai Po Robotics Limited")
                  .positions]
    assert titles == ["Second Trainee"]


def test_a_bad_date_track_or_contact_is_explained(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.ORGANISATIONS)
    page.open_editor(None)
    editor = dialog_of(qtbot, window, page)
    editor.name_en.setText("Somewhere Limited")
    editor.positions.set_rows([("Trainee", "1", "", "", "", "next July")])
    assert not save(qtbot, window, editor)
    assert editor.problem.text().startswith("Starts: 'next July' is not a date")
    editor.positions.set_rows([("Trainee", "1", "TF-2026", "NOPE", "", "")])
    assert not save(qtbot, window, editor)
    assert "no track" in editor.problem.text()
    editor.positions.set_rows([("Trainee", "many", "", "", "", "")])
    assert not save(qtbot, window, editor)
    assert editor.problem.text() == "Places: 'many' is not a whole number."
    editor.positions.set_rows([])
    editor.contacts.set_rows([("Ada Lam", "", "ada@", "")])
    assert not save(qtbot, window, editor)
    assert editor.problem.text() == "Ada Lam: 'ada@' is not a complete email address."
