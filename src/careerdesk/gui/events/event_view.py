"""One event's page: what came of the day in figures (the ones a press release quotes, for
one university or faculty when chosen), and its registrations, applications, and companies'
roles, each a table of its own tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.services.career_day import career_day_outcome, scope_choices
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.core.services.events import EventRow
from careerdesk.gui.common.exporting import TableExport
from careerdesk.gui.common.labels import event_mode_label, theme_label
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.table_page import TablePage
from careerdesk.gui.events.career_day_tables import ApplicationsTable, RolesTable
from careerdesk.gui.events.event_page import EventPage
from careerdesk.reports.career_day import CareerDayOutcome


class EventView(QWidget):
    """The event's figures above its three tables."""

    back_requested = Signal()
    follows = (Changed.EVENTS, Changed.STUDENTS, Changed.PLACEMENTS, Changed.ORGANISATIONS)

    def __init__(self, ops: Operations, event: EventRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.held = event
        self.back_button = QPushButton(self.tr("← &Events"), self)
        self.back_button.clicked.connect(self.back_requested)
        heading = QLabel(event.name, self)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        details = QLabel(self._details(), self)
        details.setWordWrap(True)
        self.university = QComboBox(self)
        self.university.setAccessibleName(self.tr("Figures for the university"))
        self.university.addItem(self.tr("All universities"), None)
        self.faculty = QComboBox(self)
        self.faculty.setAccessibleName(self.tr("Figures for the faculty"))
        self.faculty.addItem(self.tr("All faculties"), None)
        self.university.currentIndexChanged.connect(self._university_chosen)
        self.faculty.currentIndexChanged.connect(lambda _i: self.refresh())
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("What came of the day"))
        self.registrations = EventPage(ops, event, self)
        self.applications = ApplicationsTable(ops, event.code, self)
        self.roles = RolesTable(ops, event.code, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.registrations, self.tr("&Registrations"))
        self.tabs.addTab(self.applications, self.tr("A&pplications"))
        self.tabs.addTab(self.roles, self.tr("&Companies and roles"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(heading)
        top.addStretch(1)
        scope = QHBoxLayout()
        scope.addWidget(QLabel(self.tr("Figures for:"), self))
        scope.addWidget(self.university)
        scope.addWidget(self.faculty)
        scope.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(details)
        layout.addLayout(scope)
        layout.addWidget(self.figures)
        layout.addWidget(self.tabs, 1)
        ops.did_change.connect(self.on_change)
        self.faculties: dict[str, list[str]] = {}
        ops.query(scope_choices, self._offer_scopes, owner=self)
        self.refresh()

    def _details(self) -> str:
        held = self.held
        parts = [str(held.held_on or ""), held.starts_at.strftime("%H:%M")
                 if held.starts_at else "", held.venue or "", event_mode_label(held.mode),
                 theme_label(held.theme), held.name_zh or ""]
        return " · ".join(p for p in parts if p)

    def _offer_scopes(self, faculties: dict[str, list[str]]) -> None:
        self.faculties = faculties
        for code in faculties:
            self.university.addItem(code, code)

    def _university_chosen(self) -> None:
        self.faculty.blockSignals(True)
        self.faculty.clear()
        self.faculty.addItem(self.tr("All faculties"), None)
        for name in self.faculties.get(self.university.currentData() or "", []):
            self.faculty.addItem(name, name)
        self.faculty.blockSignals(False)
        self.refresh()

    def on_change(self, changes: Changes, _initiator: object = None) -> None:
        if changes.touches(*self.follows):
            self.refresh()

    def refresh(self) -> None:
        code, university = self.held.code, self.university.currentData()
        faculty = self.faculty.currentData()
        self.ops.query(lambda session: career_day_outcome(session, code, university, faculty),
                       self._show, owner=self)

    def _show(self, outcome: CareerDayOutcome) -> None:
        figures = [(self.tr("Visitors"), outcome.visitors),
                   (self.tr("Registered"), outcome.registered),
                   (self.tr("Companies"), outcome.companies), (self.tr("Roles"), outcome.roles),
                   (self.tr("Applications"), outcome.stages["applied"]),
                   (self.tr("Offers"), outcome.stages["offered"]),
                   (self.tr("Accepted"), outcome.stages["accepted"]),
                   (self.tr("Hires"), outcome.stages["hired"])]
        self.figures.setText(" · ".join(filled(self.tr("%1 <b>%2</b>"), name, f"{count:,}")
                                        for name, count in figures))

    def table_export(self) -> TableExport:
        shown = self.tabs.currentWidget()
        return (shown if isinstance(shown, TablePage) else self.registrations).table_export()
