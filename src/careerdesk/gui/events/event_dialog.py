"""An event's form: code, names, date and time, venue, format, theme, programme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import EventMode, OrganisationTheme
from careerdesk.core.services.events import EventForm, save_event
from careerdesk.gui.common.editing import ChangeDialog
from careerdesk.gui.common.labels import event_mode_label, theme_label
from careerdesk.gui.common.operations import Operations


class EventDialog(ChangeDialog):
    def __init__(self, ops: Operations, form: EventForm | None, programmes: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.replacing = form.code if form else None
        self.setWindowTitle(self.tr("Edit event") if form else self.tr("New event"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Short and unique, e.g. AIA-2026"))
        self.name = QLineEdit(self)
        self.name_zh = QLineEdit(self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.has_time = QCheckBox(self.tr("starts &at"), self)
        self.time = QTimeEdit(QTime(10, 0), self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        self.venue = QLineEdit(self)
        self.mode = QComboBox(self)
        for mode in EventMode:
            self.mode.addItem(event_mode_label(mode), mode.value)
        self.mode.setCurrentIndex(self.mode.findData(EventMode.HYBRID.value))
        self.theme = QComboBox(self)
        for theme in OrganisationTheme:
            self.theme.addItem(theme_label(theme), theme.value)
        self.theme.setCurrentIndex(self.theme.findData(OrganisationTheme.OTHER.value))
        self.programme = QComboBox(self)
        self.programme.addItem(self.tr("— none —"), None)
        for code in programmes:
            self.programme.addItem(code, code)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        when.addStretch(1)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Code:"), self.code)
        layout.addRow(self.tr("&Name (English):"), self.name)
        layout.addRow(self.tr("Name (C&hinese):"), self.name_zh)
        day_label = QLabel(self.tr("&Date:"), self)
        day_label.setBuddy(self.day)
        layout.addRow(day_label, when)
        layout.addRow(self.tr("&Venue:"), self.venue)
        layout.addRow(self.tr("&Format:"), self.mode)
        layout.addRow(self.tr("&Theme:"), self.theme)
        layout.addRow(self.tr("&Programme:"), self.programme)
        self.finish(layout)
        self.resize(520, self.sizeHint().height())
        if form is not None:
            self.load(form)

    def load(self, form: EventForm) -> None:
        self.code.setText(form.code)
        self.name.setText(form.name)
        self.name_zh.setText(form.name_zh or "")
        if form.held_on:
            self.day.setDate(QDate(form.held_on))
        self.has_time.setChecked(form.starts_at is not None)
        if form.starts_at:
            self.time.setTime(QTime(form.starts_at.hour, form.starts_at.minute))
        self.venue.setText(form.venue or "")
        self.mode.setCurrentIndex(self.mode.findData(form.mode))
        self.theme.setCurrentIndex(self.theme.findData(form.theme))
        self.programme.setCurrentIndex(max(0, self.programme.findData(form.programme)))

    def form(self) -> EventForm:
        starts: dt.time | None = self.time.time().toPython() if self.has_time.isChecked() \
            else None  # type: ignore[assignment]
        return EventForm(self.code.text(), self.name.text(), self.day.date().toPython(),
                         self.name_zh.text() or None, starts, self.venue.text() or None,
                         self.mode.currentData(), self.theme.currentData(),
                         self.programme.currentData())

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        form, replacing = self.form(), self.replacing
        label = (self.tr("edit of %1") if replacing else self.tr("new event %1")).replace(
            "%1", form.code.strip().upper() or "…")
        return label, lambda database: save_event(database, form, replacing)
