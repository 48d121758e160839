"""Recording where an accepted offer lands: organisation, position, start, salary, and the
host of each of the cohort's phases (TLT: two months at HKSTP, then the partner company)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.placements import lay_out_phases
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.placements import (
    PlacementChoices,
    place_nominations,
    read_salary,
)
from careerdesk.gui.common.editing import PROBLEM_STYLE, ChangeDialog
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations, sentence


class PlacementDialog(ChangeDialog):
    """Where accepted offers land: one student's, or several going to the same host."""

    def __init__(self, ops: Operations, nominations: int | list[int], who: str,
                 choices: PlacementChoices, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.nominations = [nominations] if isinstance(nominations, int) else nominations
        self.choices = choices
        self.who = who
        self.setWindowTitle(filled(self.tr("Record placement: %1"), who))
        self.resize(640, 460)
        self.organisation = QComboBox(self)
        self.organisation.addItems(choices.organisations)
        self.position = QComboBox(self)
        self.start = QDateEdit(QDate(choices.suggested_start), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.salary = QLineEdit(self)
        self.salary.setPlaceholderText(self.tr("Optional: 18000, HK$18,000, 18k"))
        self.salary_problem = QLabel(self)
        self.salary_problem.setStyleSheet(PROBLEM_STYLE)
        self.salary_problem.hide()
        self.phases = QTableWidget(len(choices.phases), 4, self)
        self.phases.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Starts"),
                                               self.tr("Ends"), self.tr("Host")])
        self.phases.horizontalHeader().setStretchLastSection(True)
        self.phases.verticalHeader().hide()
        self.phases.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.phases.setTabKeyNavigation(False)
        self.hosts: list[QComboBox] = []
        for row, phase in enumerate(choices.phases):
            self.phases.setItem(row, 0, QTableWidgetItem(phase.name))
            host = QComboBox(self.phases)
            host.addItem(self.tr("the organisation above"), None)
            for name in choices.organisations:
                host.addItem(name, name)
            self.phases.setCellWidget(row, 3, host)
            self.hosts.append(host)
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("&Starts on:"), self.start)
        form.addRow(self.tr("Monthly &salary:"), self.salary)
        form.addRow("", self.salary_problem)
        if choices.phases:
            form.addRow(QLabel(self.tr("The cohort's phases, laid out from the start date; "
                                       "choose another host for a phase spent elsewhere:"),
                               self))
            form.addRow(self.phases)
        self.finish(form)
        self.organisation.currentTextChanged.connect(self._fill_positions)
        self.start.dateChanged.connect(lambda _day: self._lay_out())
        self.salary.textChanged.connect(self._check_salary)
        with_positions = next(iter(choices.positions), None)
        if with_positions:
            self.organisation.setCurrentText(with_positions)
        self._fill_positions(self.organisation.currentText())
        self._lay_out()

    def _fill_positions(self, organisation: str) -> None:
        self.position.clear()
        self.position.addItem(self.tr("— no particular position —"), None)
        for position_id, title in self.choices.positions.get(organisation, []):
            self.position.addItem(title, position_id)

    def _lay_out(self) -> None:
        """Each phase's dates from the start date, as they will be stored."""
        laid = lay_out_phases(self.start.date().toPython(), self.choices.phases)
        for row, phase in enumerate(laid):
            self.phases.setItem(row, 1, QTableWidgetItem(f"{phase.start:%d/%m/%Y}"))
            self.phases.setItem(row, 2, QTableWidgetItem(f"{phase.end:%d/%m/%Y}"))
        self.phases.resizeColumnsToContents()

    def _check_salary(self, text: str) -> None:
        try:
            read_salary(text)
        except CareerDeskError as problem:
            self.salary_problem.setText(sentence(problem))
            self.salary_problem.show()
        else:
            self.salary_problem.hide()
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(
            self.salary_problem.isHidden())

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        nominations, organisation = self.nominations, self.organisation.currentText()
        start, position = self.start.date().toPython(), self.position.currentData()
        salary = read_salary(self.salary.text())
        hosts = [box.currentData() for box in self.hosts]
        return (filled(self.tr("placement of %1"), self.who),
                lambda database: place_nominations(database, nominations, organisation,
                                                   start, position, salary, hosts))
