"""The cohort editor: everything a cohort is, on one form, saved whole or not at all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import AwardLevel, RuleKind
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.programmes import CohortSpec, RuleSpec, cohort_spec, save_cohort
from careerdesk.gui.editing import (
    OptionalDate,
    fill_grid,
    form_tabs_and_buttons,
    grid,
    grid_rows,
    number,
)
from careerdesk.gui.messages import localised


class CohortEditor(QDialog):
    def __init__(self, database: Database, programmes: list[str], cohorts: list[str],
                 editing: str | None = None, programme: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.editing = editing
        self.saved = False
        self.setWindowTitle(self.tr("Edit cohort") if editing else self.tr("New cohort"))
        self.resize(760, 620)
        self.programme = QComboBox(self)
        self.programme.addItems(programmes)
        if programme:
            self.programme.setCurrentText(programme)
        self.code = QLineEdit(self)
        self.name = QLineEdit(self)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.opens = OptionalDate(self.tr("Opens"), self)
        self.closes = OptionalDate(self.tr("Closes"), self)
        self.quota = QSpinBox(self)
        self.quota.setRange(-1, 100_000)
        self.quota.setSpecialValueText(self.tr("No limit"))
        self.quota.setValue(-1)
        form = QFormLayout()
        form.addRow(self.tr("Programme:"), self.programme)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Year:"), self.year)
        window = QHBoxLayout()
        window.addWidget(self.opens)
        window.addWidget(self.closes)
        form.addRow(self.tr("Application window:"), window)
        form.addRow(self.tr("Places in total:"), self.quota)

        tabs = QTabWidget(self)
        self.tracks = grid(self, [self.tr("Code"), self.tr("Name"), self.tr("Places")], [])
        self.phases = grid(self, [self.tr("Phase"), self.tr("Months"), self.tr("Weeks")], [])
        self.quotas = grid(self, [self.tr("University"), self.tr("Faculty (optional)"),
                                   self.tr("Places")], [])
        tabs.addTab(self._rules_tab(cohorts), self.tr("Eligibility rules"))
        tabs.addTab(self.phases, self.tr("Phases"))
        tabs.addTab(self.tracks, self.tr("Tracks"))
        tabs.addTab(self.quotas, self.tr("Quotas"))
        form_tabs_and_buttons(self, form, tabs, self.save)
        if editing:
            with database.session() as session:
                self.load(cohort_spec(session, editing))

    # -- rules -------------------------------------------------------------------------------
    def _rules_tab(self, cohorts: list[str]) -> QWidget:
        page = QWidget(self)
        self.rule_boxes: dict[RuleKind, QCheckBox] = {}
        labels = {
            RuleKind.AWARD_LEVELS: self.tr("Award level is one of"),
            RuleKind.HK_RESIDENT: self.tr("Hong Kong resident"),
            RuleKind.UNEMPLOYED: self.tr("Unemployed at the moment of application"),
            RuleKind.MAX_FULL_TIME_MONTHS: self.tr("Months of full-time work fewer than"),
            RuleKind.GRADUATION_BETWEEN: self.tr("Graduated between"),
            RuleKind.UNIVERSITIES: self.tr("University is one of (codes)"),
            RuleKind.FACULTIES: self.tr("Faculty is one of (names, separated by ;)"),
            RuleKind.MIN_YEAR_OF_STUDY: self.tr("Year of study at least"),
            RuleKind.CONSENT: self.tr("Consents to share data"),
        }
        self.levels = {level: QCheckBox(level.value.replace("_", "-"), page)
                       for level in AwardLevel}
        self.months = QSpinBox(page)
        self.months.setRange(0, 600)
        self.graduated_from = OptionalDate(self.tr("from"), page)
        self.graduated_to = OptionalDate(self.tr("to"), page)
        self.universities = QLineEdit(page)
        self.faculties = QLineEdit(page)
        self.min_year = QSpinBox(page)
        self.min_year.setRange(1, 10)
        extras: dict[RuleKind, list[QWidget]] = {
            RuleKind.AWARD_LEVELS: list(self.levels.values()),
            RuleKind.MAX_FULL_TIME_MONTHS: [self.months],
            RuleKind.GRADUATION_BETWEEN: [self.graduated_from, self.graduated_to],
            RuleKind.UNIVERSITIES: [self.universities], RuleKind.FACULTIES: [self.faculties],
            RuleKind.MIN_YEAR_OF_STUDY: [self.min_year],
        }
        layout = QVBoxLayout(page)
        copy_row = QHBoxLayout()
        self.copy_from = QComboBox(page)
        self.copy_from.addItem(self.tr("Copy the rules of another cohort…"), None)
        for code in cohorts:
            self.copy_from.addItem(code, code)
        self.copy_from.currentIndexChanged.connect(self._copy_rules)
        copy_row.addWidget(self.copy_from)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        for kind in RuleKind:
            row = QHBoxLayout()
            box = QCheckBox(labels[kind], page)
            self.rule_boxes[kind] = box
            row.addWidget(box)
            for widget in extras.get(kind, []):
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _copy_rules(self) -> None:
        code = self.copy_from.currentData()
        if code:
            with self.database.session() as session:
                self._load_rules(cohort_spec(session, code).rules)

    def _load_rules(self, rules: list[RuleSpec]) -> None:
        for box in self.rule_boxes.values():
            box.setChecked(False)
        for rule in rules:
            kind, params = RuleKind(rule.kind), rule.params
            self.rule_boxes[kind].setChecked(True)
            if kind is RuleKind.AWARD_LEVELS:
                for level, box in self.levels.items():
                    box.setChecked(level.value in (params.get("levels") or []))
            elif kind is RuleKind.MAX_FULL_TIME_MONTHS:
                self.months.setValue(int(params.get("less_than", params.get("at_most", 0))))
            elif kind is RuleKind.GRADUATION_BETWEEN:
                for widget, key in ((self.graduated_from, "from"), (self.graduated_to, "to")):
                    value = params.get(key)
                    widget.set_value(dt.date.fromisoformat(value) if value else None)
            elif kind is RuleKind.UNIVERSITIES:
                self.universities.setText(", ".join(params.get("codes") or []))
            elif kind is RuleKind.FACULTIES:
                self.faculties.setText("; ".join(params.get("names") or []))
            elif kind is RuleKind.MIN_YEAR_OF_STUDY:
                self.min_year.setValue(int(params.get("year", 1)))

    def _rules(self) -> list[RuleSpec]:
        rules = []
        for kind, box in self.rule_boxes.items():
            if not box.isChecked():
                continue
            params: dict = {}
            if kind is RuleKind.AWARD_LEVELS:
                params = {"levels": [lv.value for lv, b in self.levels.items() if b.isChecked()]}
            elif kind is RuleKind.MAX_FULL_TIME_MONTHS:
                params = {"less_than": self.months.value()}
            elif kind is RuleKind.GRADUATION_BETWEEN:
                start, end = self.graduated_from.value(), self.graduated_to.value()
                params = {"from": start.isoformat() if start else None,
                          "to": end.isoformat() if end else None}
            elif kind is RuleKind.UNIVERSITIES:
                params = {"codes": [c.strip() for c in self.universities.text().split(",")
                                    if c.strip()]}
            elif kind is RuleKind.FACULTIES:
                params = {"names": [n.strip() for n in self.faculties.text().split(";")
                                    if n.strip()]}
            elif kind is RuleKind.MIN_YEAR_OF_STUDY:
                params = {"year": self.min_year.value()}
            rules.append(RuleSpec(kind.value, params))
        return rules

    # -- the whole cohort --------------------------------------------------------------------
    def load(self, spec: CohortSpec) -> None:
        self.code.setText(spec.code)
        self.name.setText(spec.name)
        self.year.setValue(spec.year)
        self.opens.set_value(spec.opens_on)
        self.closes.set_value(spec.closes_on)
        self.quota.setValue(-1 if spec.quota_total is None else spec.quota_total)
        fill_grid(self.tracks, spec.tracks)
        fill_grid(self.phases, spec.phases)
        fill_grid(self.quotas, [(u, "", p) for u, p in spec.university_quotas.items()]
                  + [(u, f, p) for (u, f), p in spec.faculty_quotas.items()])
        self._load_rules(spec.rules)

    def spec(self) -> CohortSpec:
        quotas = grid_rows(self.quotas)
        return CohortSpec(
            code=self.code.text().strip(), name=self.name.text().strip(),
            year=self.year.value(), opens_on=self.opens.value(), closes_on=self.closes.value(),
            quota_total=None if self.quota.value() < 0 else self.quota.value(),
            tracks=[(c, n, number(p)) for c, n, p in grid_rows(self.tracks)],
            phases=[(n, number(m), number(w)) for n, m, w in grid_rows(self.phases)],
            university_quotas={u: number(p) or 0 for u, f, p in quotas if not f},
            faculty_quotas={(u, f): number(p) or 0 for u, f, p in quotas if f},
            rules=self._rules())

    def save(self) -> bool:
        try:
            save_cohort(self.database, self.programme.currentText(), self.spec(),
                        replacing=self.editing)
        except CareerDeskError as problem:
            QMessageBox.warning(self, self.windowTitle(), localised(problem.message))
            return False
        self.saved = True
        self.accept()
        return True

