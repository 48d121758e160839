"""The career day's forms: applications recorded by hand (several students to one role
at once, as at a booth), a role a company offers, and an accepted offer's placement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import Channel
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.applications import (
    ApplicationForm,
    ApplicationRow,
    OfferPlacement,
    RoleRow,
    add_applications,
    place_application,
    save_role,
)
from careerdesk.gui.common.editing import ChangeDialog, OptionalDate
from careerdesk.gui.common.labels import channel_label
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.students.student_picker import StudentPicker
from careerdesk.messages import msg


def _channels(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("Channel", "Not said"), None)
    for channel in Channel:
        box.addItem(channel_label(channel.value), channel.value)
    return box


class ApplicationDialog(ChangeDialog):
    """Students' applications to one company's role at the day."""

    def __init__(self, ops: Operations, event: str, roles: Sequence[RoleRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.event_code = event
        self.roles = roles
        self.setWindowTitle(filled(self.tr("New applications at %1"), event))
        self.resize(780, 620)
        self.picker = StudentPicker(ops, parent=self)
        self.company = QComboBox(self)
        self.company.setEditable(True)
        self.company.addItems(sorted({r.company for r in roles}, key=str.casefold))
        self.company.setCurrentIndex(-1)
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.company.currentTextChanged.connect(self._offer_roles)
        self.channel = _channels(self)
        self.applied_on = OptionalDate(self.tr("Date known"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Find each student who applied and add them to the "
                                        "list:"), self))
        layout.addWidget(self.picker, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Applied &where:"), self.channel)
        form.addRow(self.tr("Applied &on:"), self.applied_on)
        layout.addLayout(form)
        self.finish(layout)
        self.name_save(self.tr("&Record"))

    def _offer_roles(self, company: str) -> None:
        self.role.clear()
        self.role.addItems([r.title for r in self.roles
                            if r.company.casefold() == company.strip().casefold()])

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        ids = [r.id for r in self.picker.chosen_rows()]
        if not ids:
            raise ConflictError(msg("Choose at least one student."), code="application_nobody")
        company, role = self.company.currentText().strip(), self.role.currentText().strip()
        forms = [ApplicationForm(self.event_code, student, company, role or None,
                                 self.channel.currentData(), self.applied_on.value())
                 for student in ids]
        label = filled(self.tr("%Ln application(s) to %1", "", len(ids)), company)
        return label, lambda db: add_applications(db, forms)


class RoleDialog(ChangeDialog):
    """A role a company offers at the day (the company is made if new)."""

    def __init__(self, ops: Operations, event: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.event_code = event
        self.setWindowTitle(filled(self.tr("New role at %1"), event))
        self.company = QLineEdit(self)
        self.title = QLineEdit(self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("e.g. Software development, Data analytics"))
        self.openings = QSpinBox(self)
        self.openings.setRange(0, 999)
        self.openings.setSpecialValueText(self.tr("Not said"))
        self.mode = _channels(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Field:"), self.field)
        form.addRow(self.tr("&Openings:"), self.openings)
        form.addRow(self.tr("Offered &where:"), self.mode)
        self.finish(form)

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        event, company, title = self.event_code, self.company.text(), self.title.text()
        field, openings = self.field.text(), self.openings.value() or None
        mode = self.mode.currentData()
        return (filled(self.tr("new role %1"), title),
                lambda db: save_role(db, event, company, title, field, openings, mode))


class OfferPlacementDialog(ChangeDialog):
    """An accepted offer becomes a placement at its company, in one step."""

    def __init__(self, ops: Operations, offer: ApplicationRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.offer = offer
        who = offer.name_en or offer.student_no
        self.setWindowTitle(filled(self.tr("Record placement: %1"), who))
        self.start = QDateEdit(QDate(dt.date.today()), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.months = QSpinBox(self)
        self.months.setRange(0, 60)
        self.months.setSpecialValueText(self.tr("Not said"))
        self.position = QLineEdit(offer.role or "", self)
        self.salary = QLineEdit(self)
        self.salary.setPlaceholderText(self.tr("Optional: 18000, HK$18,000, 18k"))
        form = QFormLayout(self)
        form.addRow(self.tr("Company:"), QLabel(offer.company, self))
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("&Starts on:"), self.start)
        form.addRow(self.tr("&Months:"), self.months)
        form.addRow(self.tr("Monthly &salary:"), self.salary)
        self.finish(form)
        self.name_save(self.tr("&Record"))

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        placement = OfferPlacement(self.offer.id, self.start.date().toPython(),
                                   self.months.value() or None, self.salary.text() or None,
                                   self.position.text())
        return (filled(self.tr("placement of %1"), self.offer.name_en or self.offer.student_no),
                lambda db: place_application(db, placement))
