"""This computer's settings for CareerDesk (kept in settings.ini in the data folder)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from careerdesk.core.identity import current_user
from careerdesk.core.paths import data_dir

USER_KEY = "user_name"


def settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def apply_saved_user() -> None:
    """The name set in Settings is the one the history records (unless IT set one)."""
    name = str(settings().value(USER_KEY, "") or "").strip()
    if name and not os.environ.get("CAREERDESK_USER"):
        os.environ["CAREERDESK_USER"] = name


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.user_name = QLineEdit(self)
        self.user_name.setText(str(settings().value(USER_KEY, "") or ""))
        self.user_name.setPlaceholderText(current_user())
        note = QLabel(self.tr("Every status change and import records this name. Leave it "
                              "empty to use your Windows login."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name:"), self.user_name)
        form.addRow(note)
        form.addRow(buttons)

    def save(self) -> None:
        name = self.user_name.text().strip()
        stored = settings()
        stored.setValue(USER_KEY, name)
        stored.sync()
        if name:
            os.environ["CAREERDESK_USER"] = name
        else:
            os.environ.pop("CAREERDESK_USER", None)
        self.accept()
