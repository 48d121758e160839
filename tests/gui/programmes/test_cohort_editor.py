"""The cohort and programme editors on the Programmes page: open, change, save; refused input
stays put and says why."""

from __future__ import annotations

import datetime as dt

from careerdesk.core.domain.choices import RuleKind
from careerdesk.core.services.programmes import cohort_spec, programme_info
from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import dialog_of, page_of, save, settle


def _select(page, column: int, text: str) -> None:  # noqa: ANN001
    model = page.proxy
    for row in range(model.rowCount()):
        if model.index(row, column).data() == text:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{text} is not listed")


def test_edit_a_cohort_and_add_one(qtbot, window: MainWindow, tmp_path) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.PROGRAMMES)
    _select(page, 1, "PROCRUITC-2026")
    page.edit_selected()
    editor = dialog_of(qtbot, window, page)
    assert editor.code.text() == "PROCRUITC-2026"
    assert editor.rule_boxes[RuleKind.HK_RESIDENT].isChecked()
    assert editor.months.value() == 3
    assert editor.tracks.rows()[0][0] in {"TECH", "CREATIVITY", "BUSINESS", "HEALTHCARE"}
    editor.closes.set_value(dt.date(2026, 4, 30))
    editor.rule_boxes[RuleKind.CONSENT].setChecked(True)
    editor.quotas.set_rows([("PolyU", "", "60"), ("UST", "", "20")])  # an alias: HKUST
    editor.tracks.add_row(("GREEN", "Green tech", "5"))
    assert save(qtbot, window, editor)
    with window.database.session() as session:
        saved = cohort_spec(session, "PROCRUITC-2026")
    assert saved.closes_on == dt.date(2026, 4, 30)
    assert "consent" in {r.kind for r in saved.rules}
    assert saved.university_quotas == {"PolyU": 60, "HKUST": 20}
    assert ("GREEN", "Green tech", 5) in saved.tracks
    editor.grab().save(str(tmp_path / "cohort-editor.png"))

    page.open_editor(None)
    new = dialog_of(qtbot, window, page)
    assert new is not editor
    new.programme.setCurrentText("TLT")
    new.code.setText("TLT-2027")
    new.name.setText("Technology Leaders of Tomorrow 2027")
    new.year.setValue(2027)
    new.copy_from.setCurrentIndex(new.copy_from.findData("TLT-2026"))
    new.copy_from.activated.emit(new.copy_from.currentIndex())
    settle(qtbot, window)
    assert "Copied from TLT-2026" in new.copied.text()
    new.phases.set_rows([("Internship at HKSTP", "2", "")])
    assert save(qtbot, window, new)
    with window.database.session() as session:
        made = cohort_spec(session, "TLT-2027")
    assert [r.kind for r in made.rules] == ["award_levels", "consent"]
    assert made.phases == [("Internship at HKSTP", 2, None)]


def test_a_refused_cohort_says_why_and_saves_nothing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.PROGRAMMES)
    page.open_editor("TLT-2026")
    editor = dialog_of(qtbot, window, page)
    editor.opens.set_value(dt.date(2026, 5, 1))
    editor.closes.set_value(dt.date(2026, 4, 1))
    assert not save(qtbot, window, editor)
    assert editor.isVisible() and "cannot close" in editor.problem.text()
    editor.closes.set_value(dt.date(2026, 6, 1))
    editor.quotas.set_rows([("CUHK", "", "fifty")])  # before, saved as 0 without a word
    assert not save(qtbot, window, editor)
    assert editor.problem.text() == "Places: 'fifty' is not a whole number."
    with window.database.session() as session:
        assert cohort_spec(session, "TLT-2026").closes_on == dt.date(2026, 3, 31)


def test_new_and_edited_programme(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.PROGRAMMES)
    page.new_programme()
    dialog = dialog_of(qtbot, window, page)
    dialog.code.setText("fintechday")
    dialog.name_en.setText("Fintech Career Day")
    dialog.kind.setCurrentIndex(dialog.kind.findData("career_day"))
    assert save(qtbot, window, dialog)
    assert "FINTECHDAY" in {page.model.row_at(r).programme_code
                            for r in range(page.model.rowCount())}  # listed, with no cohort
    _select(page, 0, "Fintech Career Day")
    page.edit_programme()
    edit = dialog_of(qtbot, window, page)
    assert edit is not dialog
    assert edit.code.isReadOnly() and edit.name_en.text() == "Fintech Career Day"
    edit.name_zh.setText("金融科技職業博覽日")
    assert save(qtbot, window, edit)
    with window.database.session() as session:
        info = programme_info(session, "FINTECHDAY")
    assert (info["kind"], info["name_zh"]) == ("career_day", "金融科技職業博覽日")
    page.new_programme()
    again = dialog_of(qtbot, window, page)
    again.code.setText("FintechDay")
    again.name_en.setText("Twice")
    assert not save(qtbot, window, again)
    assert "already a programme" in again.problem.text()


def test_a_cohort_made_on_the_programmes_page_is_offered_by_the_reports_page_and_counted_by_the_dashboard(  # noqa: E501
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    reports = page_of(qtbot, window, MainWindow.REPORTS)
    dashboard = page_of(qtbot, window, MainWindow.DASHBOARD)
    cohorts_before = reports.cohort.count()
    tiles_before = dashboard.figures.cohorts
    page = page_of(qtbot, window, MainWindow.PROGRAMMES)
    page.open_editor(None)
    editor = dialog_of(qtbot, window, page)
    editor.programme.setCurrentText("TF")
    editor.code.setText("TF-2027")
    editor.name.setText("Talent Foundry 2027")
    assert save(qtbot, window, editor)
    assert reports.cohort.count() == cohorts_before + 1
    assert reports.cohort.findData("TF-2027") >= 0
    assert dashboard.figures.cohorts == tiles_before + 1
