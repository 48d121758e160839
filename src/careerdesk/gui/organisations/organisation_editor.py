"""The organisation editor: names, theme, contacts and open positions, saved whole."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import OrganisationTheme
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.organisations import (
    OrganisationSpec,
    PositionSpec,
    organisation_spec,
    save_organisation,
)
from careerdesk.gui.editing import (
    fill_grid,
    form_tabs_and_buttons,
    grid,
    grid_rows,
    number,
)
from careerdesk.gui.labels import theme_label

DATE_FORMAT = "%d/%m/%Y"


class OrganisationEditor(QDialog):
    def __init__(self, database: Database, editing: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.editing = editing
        self.saved = False
        self._position_ids: list[int | None] = []
        self.setWindowTitle(self.tr("Edit organisation") if editing
                            else self.tr("New organisation"))
        self.resize(760, 520)
        self.name_en = QLineEdit(self)
        self.name_zh = QLineEdit(self)
        self.theme = QComboBox(self)
        for theme in OrganisationTheme:
            self.theme.addItem(theme_label(theme), theme.value)
        self.science_park = QCheckBox(self.tr("Science Park company"), self)
        self.partner = QCheckBox(self.tr("Programme partner"), self)
        self.website = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Name (English):"), self.name_en)
        form.addRow(self.tr("Name (Chinese):"), self.name_zh)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow("", self.science_park)
        form.addRow("", self.partner)
        form.addRow(self.tr("Website:"), self.website)
        self.positions = grid(self, [self.tr("Title"), self.tr("Places"), self.tr("Cohort"),
                                     self.tr("Track"), self.tr("Months"),
                                     self.tr("Start (dd/mm/yyyy)")], [])
        self.contacts = grid(self, [self.tr("Name"), self.tr("Title"), self.tr("Email"),
                                    self.tr("Phone")], [])
        tabs = QTabWidget(self)
        tabs.addTab(self.positions, self.tr("Positions"))
        tabs.addTab(self.contacts, self.tr("Contacts"))
        form_tabs_and_buttons(self, form, tabs, self.save)
        if editing:
            with database.session() as session:
                self.load(organisation_spec(session, editing))

    def load(self, spec: OrganisationSpec) -> None:
        self.name_en.setText(spec.name_en)
        self.name_zh.setText(spec.name_zh or "")
        self.theme.setCurrentIndex(self.theme.findData(spec.theme))
        self.science_park.setChecked(spec.science_park)
        self.partner.setChecked(spec.partner)
        self.website.setText(spec.website or "")
        self._position_ids = [p.id for p in spec.positions]
        fill_grid(self.positions, [
            (p.title, p.places, p.cohort, p.track, p.duration_months,
             p.start_date.strftime(DATE_FORMAT) if p.start_date else None)
            for p in spec.positions])
        fill_grid(self.contacts, spec.contacts)

    def spec(self) -> OrganisationSpec:
        positions = []
        for index, (title, places, cohort, track, months, start) in enumerate(
                grid_rows(self.positions)):
            known = self._position_ids[index] if index < len(self._position_ids) else None
            positions.append(PositionSpec(
                title, number(places) or 1, cohort or None, track or None, number(months),
                _date(start), known))
        return OrganisationSpec(
            self.name_en.text().strip(), self.name_zh.text().strip() or None,
            self.theme.currentData(), self.science_park.isChecked(), self.partner.isChecked(),
            self.website.text().strip() or None,
            [(n, t or None, e or None, p or None) for n, t, e, p in grid_rows(self.contacts)],
            positions)

    def save(self) -> bool:
        try:
            save_organisation(self.database, self.spec(), replacing=self.editing)
        except (CareerDeskError, ValueError) as problem:
            QMessageBox.warning(self, self.windowTitle(), getattr(problem, "message", None)
                                or self.tr("A start date must be written as dd/mm/yyyy."))
            return False
        self.saved = True
        self.accept()
        return True


def _date(text: str) -> dt.date | None:
    return dt.datetime.strptime(text, DATE_FORMAT).date() if text else None
