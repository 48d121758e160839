"""The name in Settings is the one the history records."""

from __future__ import annotations

import os

from careerdesk.core.identity import current_user
from careerdesk.gui.settings_dialog import SettingsDialog, apply_saved_user


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
