"""The language chosen in Settings applies at once (menus, navigation, every page, the
values shown in tables) and at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from careerdesk.gui.app import window_locale
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.nominations.nominations_page import NominationsPage
from careerdesk.gui.settings.local_settings import saved_language
from careerdesk.gui.settings.settings_dialog import SettingsDialog
from tests.gui.conftest import dialog_of, page_of, settle


@pytest.fixture
def back_to_english(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.delenv("CAREERDESK_LANGUAGE", raising=False)
    yield
    from careerdesk.gui import app

    for translator in app._in_use:  # the other tests' window speaks untranslated English
        QApplication.instance().removeTranslator(translator)
    app._in_use.clear()
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.system())


def test_choosing_chinese_in_settings_applies_at_once(qtbot, window: MainWindow,  # noqa: ANN001
                                                       back_to_english) -> None:
    page = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert isinstance(page, NominationsPage)
    window.open_settings()
    dialog = dialog_of(qtbot, window, window)
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_HK"))
    dialog.save()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert saved_language() == "zh_HK" and window_locale().name() == "zh_HK"
    assert window.navigation.item(MainWindow.STUDENTS).text() == "學生"
    assert window.file_menu.title().startswith("檔案")
    assert window.navigation.currentRow() == MainWindow.NOMINATIONS
    rebuilt = page_of(qtbot, window, MainWindow.NOMINATIONS)
    assert rebuilt is not page and isinstance(rebuilt, NominationsPage)
    headers = [rebuilt.model.header(c) for c in range(rebuilt.model.columnCount())]
    assert "狀態" in headers
    statuses = {rebuilt.model.index(r, 7).data() for r in range(rebuilt.model.rowCount())}
    assert statuses and not statuses & {"Submitted", "Draft", "Nominated"}
    students = page_of(qtbot, window, MainWindow.STUDENTS)
    qtbot.waitUntil(lambda: students.model.rowCount() > 0)

    window.open_settings()
    again = dialog_of(qtbot, window, window)
    again.language.setCurrentIndex(again.language.findData("en"))
    again.save()
    settle(qtbot, window)
    assert window.navigation.item(MainWindow.STUDENTS).text() == "Students"
