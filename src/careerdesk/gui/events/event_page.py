"""An event's registrations (a tab of its page, ``event_view``): who registered, and who
came on site, online, or not at all."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from careerdesk.core.domain.choices import AttendanceStatus
from careerdesk.core.services.changes import Changed
from careerdesk.core.services.events import (
    EventRow,
    Registration,
    record_attendance,
    registrations,
    remove_registrations,
)
from careerdesk.gui.common.labels import attendance_label
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column
from careerdesk.gui.common.table_page import TablePage


class EventPage(TablePage):
    """The registrations of one event; the buttons act on the selected students."""

    follows = (Changed.EVENTS, Changed.STUDENTS)

    def __init__(self, ops: Operations, event: EventRow, parent: QWidget | None = None) -> None:
        self.held = event  # (not "event": that is QWidget's event handler)
        super().__init__(ops, parent)
        self.register_button = QPushButton(self.tr("&Register students…"), self)
        self.register_button.clicked.connect(self.register_students)
        self.actions_row.addWidget(self.register_button)
        self.actions_row.addSpacing(16)
        self.actions_row.addWidget(QLabel(self.tr("Mark the selected as:"), self))
        self.mark_buttons = {}
        for status, text in ((AttendanceStatus.ON_SITE, self.tr("Came &on site")),
                             (AttendanceStatus.VIRTUAL, self.tr("Came on&line")),
                             (AttendanceStatus.NO_SHOW, self.tr("&No-show"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, s=status: self.mark_selected(s))
            self.mark_buttons[status] = button
            self.actions_row.addWidget(button)
        self.remove_button = QPushButton(self.tr("Re&move from the list"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.actions_row.addWidget(self.remove_button)
        self.actions_row.addStretch(1)
        self.counts = QLabel(self)
        self.layout().addWidget(self.counts)
        self.dialog: QDialog | None = None

    def refresh(self) -> None:
        code = self.held.code
        self.ops.query(lambda session: registrations(session, code), self._show, owner=self)

    def _show(self, rows: Sequence[Registration]) -> None:
        super()._show(rows)
        came = sum(r.status in ("on_site", "virtual") for r in rows)
        missed = sum(r.status == "no_show" for r in rows)
        self.counts.setText(filled(self.tr("%1 registered · %2 came · %3 no-show"),
                                   f"{len(rows):,}", f"{came:,}", f"{missed:,}"))

    def row_key(self, row: Registration) -> int:
        return row.student_id

    def title(self) -> str:
        return self.tr("Registrations")

    def explanation(self) -> str:
        return self.tr("Who registered, and who came on site, online, or not at all.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("University"), lambda r: r.university),
                Column(self.tr("Student no."), lambda r: r.student_no),
                Column(self.tr("English name"), lambda r: r.name_en),
                Column(self.tr("Chinese name"), lambda r: r.name_zh),
                Column(self.tr("Faculty"), lambda r: r.faculty),
                Column(self.tr("Attendance"), lambda r: attendance_label(r.status)),
                Column(self.tr("Registered at"), lambda r: r.registered_at)]

    # -- acting on the selection -------------------------------------------------------------
    def mark_selected(self, status: AttendanceStatus) -> None:
        chosen = [r.student_id for r in self.selected_rows()]
        if not chosen:
            return
        code = self.held.code
        label = filled(self.tr("attendance of %Ln student(s) at %1", "", len(chosen)), code)
        self.ops.change(label, lambda db: record_attendance(db, code, chosen, status.value),
                        owner=self)

    def remove_selected(self) -> None:
        chosen = [r.student_id for r in self.selected_rows()]
        if not chosen:
            return
        code = self.held.code
        label = filled(self.tr("removal of %Ln registration(s) at %1", "", len(chosen)), code)
        self.ops.change(label, lambda db: remove_registrations(db, code, chosen), owner=self)

    def register_students(self) -> None:
        from careerdesk.gui.events.register_dialog import RegisterDialog

        self.dialog = RegisterDialog(self.ops, self.held.code, self)
        self.dialog.open()
