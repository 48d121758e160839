"""Recording where an accepted offer lands: organisation, position, start, salary."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.placements import (
    PlacementSummary,
    place_nomination,
    placement_choices,
)
from careerdesk.gui.editing import save_cancel
from careerdesk.gui.messages import localised


class PlacementDialog(QDialog):
    def __init__(self, database: Database, nomination_id: int, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.nomination_id = nomination_id
        self.result_summary: PlacementSummary | None = None
        self.choices = placement_choices(database, nomination_id)
        self.setWindowTitle(self.tr("Record placement: %1").replace("%1", who))
        self.organisation = QComboBox(self)
        self.organisation.addItems(self.choices.organisations)
        self.position = QComboBox(self)
        self.start = QDateEdit(QDate(self.choices.suggested_start), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.salary = QLineEdit(self)
        self.salary.setPlaceholderText(self.tr("Optional, in HK$"))
        form = QFormLayout(self)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("Starts on:"), self.start)
        form.addRow(self.tr("Monthly salary:"), self.salary)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)
        self.organisation.currentTextChanged.connect(self._fill_positions)
        with_positions = next(iter(self.choices.positions), None)
        if with_positions:
            self.organisation.setCurrentText(with_positions)
        self._fill_positions(self.organisation.currentText())

    def _fill_positions(self, organisation: str) -> None:
        self.position.clear()
        self.position.addItem(self.tr("— no particular position —"), None)
        for position_id, title in self.choices.positions.get(organisation, []):
            self.position.addItem(title, position_id)

    def save(self) -> bool:
        text = self.salary.text().replace(",", "").replace("$", "").strip()
        try:
            salary = Decimal(text) if text else None
        except InvalidOperation:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The salary must be a number, such as 18500."))
            return False
        try:
            self.result_summary = place_nomination(
                self.database, self.nomination_id, self.organisation.currentText(),
                self.start.date().toPython(), self.position.currentData(), salary)
        except CareerDeskError as problem:
            QMessageBox.warning(self, self.windowTitle(), localised(problem.message))
            return False
        self.accept()
        return True
