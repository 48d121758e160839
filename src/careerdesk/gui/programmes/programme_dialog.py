"""Adding a programme, or changing its names and kind."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import ProgrammeKind
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.programmes import create_programme, update_programme
from careerdesk.gui.editing import save_cancel
from careerdesk.gui.messages import localised


class ProgrammeDialog(QDialog):
    def __init__(self, database: Database, editing: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.editing = editing
        self.setWindowTitle(self.tr("Edit programme") if editing else self.tr("New programme"))
        self.code = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.name_zh = QLineEdit(self)
        self.kind = QComboBox(self)
        kinds = {"talent_programme": self.tr("Talent programme"),
                 "career_day": self.tr("Career day"), "internship": self.tr("Internships")}
        for kind in ProgrammeKind:
            self.kind.addItem(kinds[kind.value], kind.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name (English):"), self.name_en)
        form.addRow(self.tr("Name (Chinese):"), self.name_zh)
        form.addRow(self.tr("Kind:"), self.kind)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)
        if editing:
            self.code.setText(editing["code"])
            self.code.setReadOnly(True)
            self.name_en.setText(editing["name_en"])
            self.name_zh.setText(editing.get("name_zh") or "")
            self.kind.setCurrentIndex(self.kind.findData(editing["kind"]))

    def save(self) -> bool:
        try:
            if self.editing:
                update_programme(self.database, self.code.text(), self.name_en.text(),
                                 self.kind.currentData(), self.name_zh.text().strip() or None)
            else:
                create_programme(self.database, self.code.text(), self.name_en.text(),
                                 self.kind.currentData(), self.name_zh.text().strip() or None)
        except CareerDeskError as problem:
            QMessageBox.warning(self, self.windowTitle(), localised(problem.message))
            return False
        self.accept()
        return True
