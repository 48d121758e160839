"""Deleting students from the window: asked first, naming what else would go."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from careerdesk.core.services.student_editing import (
    StudentRecords,
    delete_students,
    student_label,
    student_records,
)
from careerdesk.core.services.student_rows import StudentRow
from careerdesk.core.services.students import students_by_ids
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations


class StudentDeletion(QObject):
    """Asks whether to delete the students (and, by name, the records that would go with
    them); on Yes, deletes them in one change the Edit menu can undo."""

    def __init__(self, parent: QWidget, ops: Operations) -> None:
        super().__init__(parent)
        self.page = parent
        self.ops = ops

    def ask(self, student_ids: list[int]) -> None:
        """Read who the students are and what else each has, then ``ask_about`` them."""
        def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            return (students_by_ids(session, student_ids),
                    [student_records(session, i) for i in student_ids])

        self.ops.query(read, lambda found: self.ask_about(*found), owner=self.page)

    def ask_about(self, students: list[StudentRow], records: list[StudentRecords]) -> bool:
        names = [student_label(s.name_en, s.name_zh, s.student_no) for s in students]
        who = names[0] if len(names) == 1 else filled(self.tr("these %1 students"), len(names))
        with_records = [(n, r) for n, r in zip(names, records, strict=True) if r]
        if with_records:
            lines = "\n".join(f"• {name}: {localised(r.described())}"
                              for name, r in with_records[:10])
            more = len(with_records) - 10
            if more > 0:
                lines += "\n" + filled(self.tr("… and %1 more."), more)
            question = "\n\n".join([
                filled(self.tr("Delete %1? These records would be deleted with them:"), who),
                lines, self.tr("You can undo this from the Edit menu.")])
        else:
            question = filled(self.tr("Delete %1? You can undo this from the Edit menu."), who)
        answer = QMessageBox.warning(self.page, self.tr("Delete students"), question,
                                     QMessageBox.StandardButton.Yes
                                     | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ids = [s.id for s in students]
        label = (filled(self.tr("deletion of %1"), names[0]) if len(names) == 1
                 else filled(self.tr("deletion of %1 students"), len(names)))
        self.ops.change(label, lambda db: delete_students(db, ids, with_records=True),
                        owner=self.page)
        return True
