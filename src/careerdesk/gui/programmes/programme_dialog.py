"""Adding a programme, or changing its names and kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import ProgrammeKind
from careerdesk.core.services.programmes import create_programme, update_programme
from careerdesk.gui.common.editing import ChangeDialog
from careerdesk.gui.common.operations import Operations


class ProgrammeDialog(ChangeDialog):
    def __init__(self, ops: Operations, editing: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
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
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("Name (&English):"), self.name_en)
        form.addRow(self.tr("Name (C&hinese):"), self.name_zh)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.finish(form)
        if editing:
            self.code.setText(editing["code"])
            self.code.setReadOnly(True)
            self.name_en.setText(editing["name_en"])
            self.name_zh.setText(editing.get("name_zh") or "")
            self.kind.setCurrentIndex(self.kind.findData(editing["kind"]))

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        code, name_en, kind = self.code.text(), self.name_en.text(), self.kind.currentData()
        name_zh = self.name_zh.text().strip() or None
        save = update_programme if self.editing else create_programme
        return None, lambda database: save(database, code, name_en, kind, name_zh)
