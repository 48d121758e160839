"""Placements: every placement in one table (host, role, dates, salary, where it stands),
to find, sort, export, and open its nomination."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from careerdesk.core.services.changes import Changed
from careerdesk.core.services.placements import PlacementRow, list_placements
from careerdesk.gui.common.labels import placement_status_label
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column
from careerdesk.gui.common.table_page import TablePage


class PlacementsPage(TablePage):
    rows_from = staticmethod(list_placements)
    follows = (Changed.PLACEMENTS, Changed.NOMINATIONS, Changed.STUDENTS,
               Changed.ORGANISATIONS)
    #: the Nominations page's filters that show the selected placement's nomination
    open_nominations = Signal(dict)
    #: a career-day placement's event, by its code
    open_event = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.open_button = QPushButton(self.tr("&Open its nomination"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.actions_row.addWidget(self.open_button)
        self.actions_row.addStretch(1)

    def title(self) -> str:
        return self.tr("Placements")

    def explanation(self) -> str:
        return self.tr("Every placement: where, from when to when, the salary and where it "
                       "stands. Placements are recorded from an accepted offer on the "
                       "Nominations page, or on a career day's Applications (Record "
                       "placement…).")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("Cohort or event"), lambda r: r.cohort),
                Column(self.tr("University"), lambda r: r.university),
                Column(self.tr("Student no."), lambda r: r.student_no),
                Column(self.tr("English name"), lambda r: r.name_en),
                Column(self.tr("Chinese name"), lambda r: r.name_zh),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Position"), lambda r: r.position),
                Column(self.tr("Starts"), lambda r: r.start),
                Column(self.tr("Ends"), lambda r: r.end),
                Column(self.tr("Monthly salary"), lambda r: r.monthly_salary,
                       align_right=True),
                Column(self.tr("Status"), lambda r: placement_status_label(r.status))]

    def row_key(self, row: PlacementRow) -> int:
        return row.id

    def open_selected(self) -> None:
        row: PlacementRow | None = self.selected_row()
        if row is not None and row.nomination_id is None:
            self.open_event.emit(row.cohort)  # (from an offer accepted at a career day)
        elif row is not None:
            self.open_nominations.emit({"cohort": row.cohort,
                                        "text": f"{row.university} {row.student_no}"})
