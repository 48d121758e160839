"""Deleting students from the window: asked first, naming what else would go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from careerdesk.core.services.student_editing import (
    StudentRecords,
    delete_students,
    student_label,
    student_records,
)
from careerdesk.core.services.student_rows import StudentRow
from careerdesk.core.services.students import students_by_ids
from careerdesk.gui.common.messages import localised
from careerdesk.gui.common.operations import Operations


def _tr(text: str) -> str:
    return QCoreApplication.translate("StudentDeletion", text)


def delete_students_asked(parent: QWidget, ops: Operations, students: list[StudentRow],
                          records: list[StudentRecords]) -> bool:
    """Ask, naming the records that would go too; on Yes, delete (undoable). Returns whether
    the deletion was asked for."""
    names = [student_label(s.name_en, s.name_zh, s.student_no) for s in students]
    who = names[0] if len(names) == 1 else _tr("these %1 students").replace("%1", str(len(names)))
    with_records = [(n, r) for n, r in zip(names, records, strict=True) if r]
    if with_records:
        lines = "\n".join(f"• {name}: {localised(r.described())}" for name, r in with_records[:10])
        more = len(with_records) - 10
        question = (_tr("Delete %1? These records would be deleted with them:")
                    .replace("%1", who) + "\n\n" + lines
                    + ("\n" + _tr("… and %1 more.").replace("%1", str(more)) if more > 0 else "")
                    + "\n\n" + _tr("You can undo this from the Edit menu."))
    else:
        question = _tr("Delete %1? You can undo this from the Edit menu.").replace("%1", who)
    answer = QMessageBox.warning(parent, _tr("Delete students"), question,
                                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                 QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    ids = [s.id for s in students]
    label = (_tr("deletion of %1").replace("%1", names[0]) if len(names) == 1
             else _tr("deletion of %1 students").replace("%1", str(len(names))))
    ops.change(label, lambda db: delete_students(db, ids, with_records=True), owner=parent)
    return True


def ask_to_delete(parent: QWidget, ops: Operations, student_ids: list[int]) -> None:
    """Read who the students are and what else each has, then ask
    (``delete_students_asked``)."""
    def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
        return (students_by_ids(session, student_ids),
                [student_records(session, i) for i in student_ids])

    ops.query(read, lambda found: delete_students_asked(parent, ops, *found), owner=parent)
