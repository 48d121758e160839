"""The organisation editor: names, theme, contacts and open positions, saved whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QTabWidget, QWidget

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import OrganisationTheme
from careerdesk.core.services.entered import day, whole_number
from careerdesk.core.services.organisations import (
    OrganisationEditing,
    OrganisationSpec,
    PositionSpec,
    save_organisation,
)
from careerdesk.gui.common.editing import ChangeDialog, Grid, form_tabs_and_buttons
from careerdesk.gui.common.labels import theme_label
from careerdesk.gui.common.operations import Operations

DATE_FORMAT = "%d/%m/%Y"


class OrganisationEditor(ChangeDialog):
    def __init__(self, ops: Operations, editing: OrganisationEditing,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.replacing = editing.spec.name_en if editing.spec else None
        self.setWindowTitle(self.tr("Edit organisation") if self.replacing
                            else self.tr("New organisation"))
        self.resize(800, 560)
        self.name_en = QLineEdit(self)
        self.name_zh = QLineEdit(self)
        self.theme = QComboBox(self)
        for theme in OrganisationTheme:
            self.theme.addItem(theme_label(theme), theme.value)
        self.science_park = QCheckBox(self.tr("&Science Park company"), self)
        self.partner = QCheckBox(self.tr("Programme &partner"), self)
        self.website = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Name (&English):"), self.name_en)
        form.addRow(self.tr("Name (C&hinese):"), self.name_zh)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow("", self.science_park)
        form.addRow("", self.partner)
        form.addRow(self.tr("&Website:"), self.website)
        tracks = sorted({t for codes in editing.cohorts.values() for t in codes})
        self.positions = Grid([self.tr("Title"), self.tr("Places"), self.tr("Cohort"),
                               self.tr("Track"), self.tr("Months"), self.tr("Starts")], self,
                              choices={2: list(editing.cohorts), 3: tracks}, dates=(5,))
        self.contacts = Grid([self.tr("Name"), self.tr("Title"), self.tr("Email"),
                              self.tr("Phone")], self)
        tabs = QTabWidget(self)
        tabs.addTab(self.positions, self.tr("Positions"))
        tabs.addTab(self.contacts, self.tr("Contacts"))
        form_tabs_and_buttons(self, form, tabs)
        if editing.spec is not None:
            self.load(editing.spec)

    def load(self, spec: OrganisationSpec) -> None:
        self.name_en.setText(spec.name_en)
        self.name_zh.setText(spec.name_zh or "")
        self.theme.setCurrentIndex(self.theme.findData(spec.theme))
        self.science_park.setChecked(spec.science_park)
        self.partner.setChecked(spec.partner)
        self.website.setText(spec.website or "")
        self.positions.set_rows([
            (p.title, p.places, p.cohort, p.track, p.duration_months,
             p.start_date.strftime(DATE_FORMAT) if p.start_date else None)
            for p in spec.positions], keys=[p.id for p in spec.positions])
        self.contacts.set_rows(spec.contacts)

    def spec(self) -> OrganisationSpec:
        places, months, starts = self.tr("Places"), self.tr("Months"), self.tr("Starts")
        positions = []
        for known, (title, count, cohort, track, length, start) in self.positions.keyed_rows():
            positions.append(PositionSpec(
                title, whole_number(count, places, low=1) or 1, cohort or None, track or None,
                whole_number(length, months, low=1), day(start, starts), known))
        return OrganisationSpec(
            self.name_en.text().strip(), self.name_zh.text().strip() or None,
            self.theme.currentData(), self.science_park.isChecked(), self.partner.isChecked(),
            self.website.text().strip() or None,
            [(n, t or None, e or None, p or None) for n, t, e, p in self.contacts.rows()],
            positions)

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        spec, replacing = self.spec(), self.replacing
        return None, lambda database: save_organisation(database, spec, replacing=replacing)
