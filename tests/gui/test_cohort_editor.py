"""The cohort editor on the Programmes page: open, change, save; refused input stays put."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QTableWidgetItem

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import RuleKind
from careerdesk.core.services.programmes import cohort_spec
from careerdesk.gui.main_window import MainWindow


def test_edit_a_cohort_and_add_one(qtbot, demo_database: Database, tmp_path) -> None:  # noqa: ANN001
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    page = window.page(MainWindow.PROGRAMMES)
    editor = page.editor("PROCRUITC-2026")
    assert editor.code.text() == "PROCRUITC-2026"
    assert editor.rule_boxes[RuleKind.HK_RESIDENT].isChecked()
    assert editor.months.value() == 3
    assert editor.tracks.item(0, 0).text() in {"TECH", "CREATIVITY", "BUSINESS", "HEALTHCARE"}
    editor.closes.set_value(dt.date(2026, 4, 30))
    editor.rule_boxes[RuleKind.CONSENT].setChecked(True)
    editor.quotas.setItem(0, 0, QTableWidgetItem("PolyU"))
    editor.quotas.setItem(0, 2, QTableWidgetItem("60"))
    assert editor.save()
    with demo_database.session() as session:
        saved = cohort_spec(session, "PROCRUITC-2026")
    assert saved.closes_on == dt.date(2026, 4, 30)
    assert "consent" in {r.kind for r in saved.rules}
    assert saved.university_quotas == {"PolyU": 60}
    editor.grab().save(str(tmp_path / "cohort-editor.png"))

    new = page.editor(None)
    new.programme.setCurrentText("TLT")
    new.code.setText("TLT-2027")
    new.name.setText("Technology Leaders of Tomorrow 2027")
    new.copy_from.setCurrentIndex(new.copy_from.findData("TLT-2026"))
    new.phases.setItem(0, 0, QTableWidgetItem("Internship at HKSTP"))
    new.phases.setItem(0, 1, QTableWidgetItem("2"))
    assert new.save()
    with demo_database.session() as session:
        made = cohort_spec(session, "TLT-2027")
    assert [r.kind for r in made.rules] == ["award_levels", "consent"]
    assert made.phases == [("Internship at HKSTP", 2, None)]


def test_a_refused_cohort_says_why_and_saves_nothing(qtbot, demo_database: Database,  # noqa: ANN001
                                                     monkeypatch) -> None:  # noqa: ANN001
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    editor = window.page(MainWindow.PROGRAMMES).editor("TLT-2026")
    editor.opens.set_value(dt.date(2026, 5, 1))
    editor.closes.set_value(dt.date(2026, 4, 1))
    assert not editor.save()
    assert told and "cannot close" in told[0]
    with demo_database.session() as session:
        assert cohort_spec(session, "TLT-2026").closes_on == dt.date(2026, 3, 31)


def test_new_and_edited_programme(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    from careerdesk.core.services.programmes import programme_info

    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    page = window.page(MainWindow.PROGRAMMES)
    dialog = page.programme_dialog()
    dialog.code.setText("fintechday")
    dialog.name_en.setText("Fintech Career Day")
    dialog.kind.setCurrentIndex(dialog.kind.findData("career_day"))
    assert dialog.save()
    edit = page.programme_dialog("FINTECHDAY")
    assert edit.code.isReadOnly() and edit.name_en.text() == "Fintech Career Day"
    edit.name_zh.setText("金融科技職業博覽日")
    assert edit.save()
    with demo_database.session() as session:
        info = programme_info(session, "FINTECHDAY")
    assert (info["kind"], info["name_zh"]) == ("career_day", "金融科技職業博覽日")
    again = page.programme_dialog()
    again.code.setText("FintechDay")
    again.name_en.setText("Twice")
    import pytest
    from PySide6.QtWidgets import QMessageBox

    told = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
        assert not again.save()
    assert "already a programme" in told[0]
