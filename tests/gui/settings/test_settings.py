"""The name in Settings is the one the history records."""

from __future__ import annotations

import os

from careerdesk.core.identity import current_user
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.settings.local_settings import apply_saved_user
from careerdesk.gui.settings.settings_dialog import SettingsDialog
from tests.gui.conftest import dialog_of, settle


def _window(qtbot, database) -> MainWindow:  # noqa: ANN001
    window = MainWindow(database)
    qtbot.addWidget(window)
    settle(qtbot, window)
    return window


def _settings(qtbot, window: MainWindow) -> SettingsDialog:  # noqa: ANN001
    window.open_settings()
    return dialog_of(qtbot, window, window)


def test_the_user_named_in_settings_signs_the_history(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("CAREERDESK_USER", raising=False)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.user_name.setText("Ms Chan (Engineering)")
    dialog.save()
    assert current_user() == "Ms Chan (Engineering)"
    monkeypatch.delenv("CAREERDESK_USER")
    apply_saved_user()  # as at the next start
    assert os.environ["CAREERDESK_USER"] == "Ms Chan (Engineering)"
    cleared = SettingsDialog()
    qtbot.addWidget(cleared)
    cleared.user_name.setText("")
    cleared.save()
    assert "CAREERDESK_USER" not in os.environ


def test_office_report_settings_reach_the_reports(qtbot, demo_database, tmp_path) -> None:  # noqa: ANN001
    import shutil
    import subprocess

    import pytest

    from careerdesk.core.services.reports import print_placement_report

    if not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils is not installed")
    window = _window(qtbot, demo_database)
    dialog = _settings(qtbot, window)
    dialog.office.setText("Engineering Career Office 工程學院就業辦公室")
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.save()
    settle(qtbot, window)
    assert not dialog.isVisible()
    out = tmp_path / "report.pdf"
    print_placement_report(demo_database, out, cohort="TF-2025")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "612 x 792" in info  # US Letter
    assert "Engineering Career Office 工程學院就業辦公室" in text
    bad = _settings(qtbot, window)
    bad.logo.setText(str(tmp_path / "missing.png"))
    from PySide6.QtWidgets import QMessageBox

    with pytest.MonkeyPatch.context() as patch:
        told = []
        patch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
        bad.save()
        settle(qtbot, window)
    assert "no logo file" in told[0] and bad.isVisible()


def test_the_office_logo_prints_in_the_header(qtbot, demo_database, tmp_path) -> None:  # noqa: ANN001
    import shutil
    import subprocess

    import pytest
    from PIL import Image

    from careerdesk.core.services.reports import print_student_record

    if not shutil.which("pdfimages"):
        pytest.skip("poppler-utils is not installed")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (47, 85, 151)).save(logo)
    window = _window(qtbot, demo_database)
    dialog = _settings(qtbot, window)
    dialog.logo.setText(str(logo))
    dialog.save()
    settle(qtbot, window)
    from sqlalchemy import select

    from careerdesk.core.db.models import Student, University

    with demo_database.session() as session:
        number, code = session.execute(select(Student.student_no, University.code)
                                       .join(University)).first()
    out = tmp_path / "record.pdf"
    printed = print_student_record(demo_database, code, number, out)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True,
                            text=True).stdout.splitlines()[2:]
    assert len(images) == printed.pages  # the logo on every page
