"""Registering students for an event by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from careerdesk.core.db.database import Database
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.events import record_attendance
from careerdesk.gui.common.editing import ChangeDialog
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.students.student_picker import StudentPicker
from careerdesk.messages import msg


class RegisterDialog(ChangeDialog):
    def __init__(self, ops: Operations, event: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.event_code = event
        self.setWindowTitle(filled(self.tr("Register students for %1"), event))
        self.resize(760, 560)
        self.picker = StudentPicker(ops, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Find each student and add them to the list; they are "
                                        "registered when you save."), self))
        layout.addWidget(self.picker, 1)
        self.finish(layout)
        self.name_save(self.tr("&Register"))

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        ids = [r.id for r in self.picker.chosen_rows()]
        if not ids:
            raise ConflictError(msg("Choose at least one student."), code="attend_nobody")
        event = self.event_code
        label = filled(self.tr("registration of %Ln student(s) for %1", "", len(ids)), event)
        return label, lambda db: record_attendance(db, event, ids, "registered")
