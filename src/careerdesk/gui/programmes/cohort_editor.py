"""The cohort editor: everything a cohort is, on one form, saved whole or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import AwardLevel, RuleKind
from careerdesk.core.domain.eligibility import RULE_SHAPES, RuleParameters
from careerdesk.core.services.entered import whole_number
from careerdesk.core.services.programmes import (
    CohortEditing,
    CohortSpec,
    RuleSpec,
    rules_to_copy,
    save_cohort,
)
from careerdesk.gui.common.editing import ChangeDialog, Grid, OptionalDate, form_tabs_and_buttons
from careerdesk.gui.common.labels import award_level_label
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations


class CohortEditor(ChangeDialog):
    def __init__(self, ops: Operations, editing: CohortEditing,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.editing = editing
        self.replacing = editing.spec.code if editing.spec else None
        self.setWindowTitle(self.tr("Edit cohort") if self.replacing else self.tr("New cohort"))
        self.resize(800, 640)
        self.programme = QComboBox(self)
        self.programme.addItems(editing.programmes)
        if editing.programme:
            self.programme.setCurrentText(editing.programme)
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
        form.addRow(self.tr("&Programme:"), self.programme)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Year:"), self.year)
        window = QHBoxLayout()
        window.addWidget(self.opens)
        window.addWidget(self.closes)
        form.addRow(self.tr("Application window:"), window)
        form.addRow(self.tr("Places in &total:"), self.quota)

        tabs = QTabWidget(self)
        faculties = sorted({f for names in editing.faculties.values() for f in names})
        self.tracks = Grid([self.tr("Code"), self.tr("Name"), self.tr("Places")], self)
        self.phases = Grid([self.tr("Phase"), self.tr("Months"), self.tr("Weeks")], self)
        self.quotas = Grid([self.tr("University"), self.tr("Faculty (optional)"),
                            self.tr("Places")], self,
                           choices={0: editing.universities, 1: faculties})
        tabs.addTab(self._rules_tab(), self.tr("Eligibility rules"))
        tabs.addTab(self.phases, self.tr("Phases"))
        tabs.addTab(self.tracks, self.tr("Tracks"))
        tabs.addTab(self.quotas, self.tr("Quotas"))
        form_tabs_and_buttons(self, form, tabs)
        if editing.spec is not None:
            self.load(editing.spec)

    # -- rules -------------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        page = QWidget(self)
        self.rule_boxes: dict[RuleKind, QCheckBox] = {}
        self.levels = {level: QCheckBox(award_level_label(level.value), page)
                       for level in AwardLevel}
        self.months = QSpinBox(page)
        self.months.setRange(0, 600)
        self.graduated_from = OptionalDate(self.tr("from"), page)
        self.graduated_to = OptionalDate(self.tr("to"), page)
        self.universities = {code: QCheckBox(code, page) for code in self.editing.universities}
        self.faculties = QLineEdit(page)
        self.faculties.setPlaceholderText(self.tr("Faculty names, separated by ;"))
        self.min_year = QSpinBox(page)
        self.min_year.setRange(1, 10)
        widgets: dict[RuleParameters, list[QWidget]] = {
            RuleParameters.LEVELS: list(self.levels.values()),
            RuleParameters.MONTHS: [self.months],
            RuleParameters.DATES: [self.graduated_from, self.graduated_to],
            RuleParameters.UNIVERSITIES: list(self.universities.values()),
            RuleParameters.FACULTIES: [self.faculties],
            RuleParameters.YEAR: [self.min_year],
        }
        layout = QVBoxLayout(page)
        copy_row = QHBoxLayout()
        self.copy_from = QComboBox(page)
        self.copy_from.addItem(self.tr("Copy the rules of another cohort…"), None)
        for code in self.editing.cohorts:
            if code != self.replacing:
                self.copy_from.addItem(code, code)
        self.copy_from.activated.connect(self._copy_rules)
        self.copied = QLabel(page)
        self.copied.setWordWrap(True)
        copy_row.addWidget(self.copy_from)
        copy_row.addWidget(self.copied, 1)
        layout.addLayout(copy_row)
        for kind, shape in RULE_SHAPES.items():
            row = QHBoxLayout()
            box = QCheckBox(localised(shape.label), page)
            self.rule_boxes[kind] = box
            row.addWidget(box)
            for widget in widgets.get(shape.parameters, []):
                row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _copy_rules(self) -> None:
        """The other cohort's rules, their graduation dates moved to this cohort's year;
        what was copied is said beside the list, and nothing is saved until Save."""
        code, year = self.copy_from.currentData(), self.year.value()
        if code:
            self.ops.query(lambda session: rules_to_copy(session, code, year),
                           lambda rules: self._copied(code, rules), owner=self)

    def _copied(self, code: str, rules: list[RuleSpec]) -> None:
        self._load_rules(rules)
        names = [localised(RULE_SHAPES[RuleKind(r.kind)].label) for r in rules]
        self.copied.setText(filled(
            self.tr("Copied from %1: %2. Graduation dates are moved to %3."), code,
            "; ".join(names) or "—", self.year.value()))

    def _load_rules(self, rules: list[RuleSpec]) -> None:
        for box in self.rule_boxes.values():
            box.setChecked(False)
        for rule in rules:
            kind, params = RuleKind(rule.kind), rule.params
            self.rule_boxes[kind].setChecked(True)
            shape = RULE_SHAPES[kind].parameters
            if shape is RuleParameters.LEVELS:
                for level, box in self.levels.items():
                    box.setChecked(level.value in (params.get("levels") or []))
            elif shape is RuleParameters.MONTHS:
                self.months.setValue(int(params.get("less_than", params.get("at_most", 0))))
            elif shape is RuleParameters.DATES:
                for widget, key in ((self.graduated_from, "from"), (self.graduated_to, "to")):
                    value = params.get(key)
                    widget.set_value(dt.date.fromisoformat(value) if value else None)
            elif shape is RuleParameters.UNIVERSITIES:
                codes = {c.casefold() for c in params.get("codes") or []}
                for code, box in self.universities.items():
                    box.setChecked(code.casefold() in codes)
            elif shape is RuleParameters.FACULTIES:
                self.faculties.setText("; ".join(params.get("names") or []))
            elif shape is RuleParameters.YEAR:
                self.min_year.setValue(int(params.get("year", 1)))

    def _rules(self) -> list[RuleSpec]:
        rules = []
        for kind, box in self.rule_boxes.items():
            if box.isChecked():
                rules.append(RuleSpec(kind.value, self._params(RULE_SHAPES[kind].parameters)))
        return rules

    def _params(self, shape: RuleParameters) -> dict[str, Any]:
        if shape is RuleParameters.LEVELS:
            return {"levels": [lv.value for lv, b in self.levels.items() if b.isChecked()]}
        if shape is RuleParameters.MONTHS:
            return {"less_than": self.months.value()}
        if shape is RuleParameters.DATES:
            start, end = self.graduated_from.value(), self.graduated_to.value()
            return {"from": start.isoformat() if start else None,
                    "to": end.isoformat() if end else None}
        if shape is RuleParameters.UNIVERSITIES:
            return {"codes": [c for c, b in self.universities.items() if b.isChecked()]}
        if shape is RuleParameters.FACULTIES:
            return {"names": [n.strip() for n in self.faculties.text().split(";") if n.strip()]}
        if shape is RuleParameters.YEAR:
            return {"year": self.min_year.value()}
        return {}

    # -- the whole cohort --------------------------------------------------------------------
    def load(self, spec: CohortSpec) -> None:
        self.code.setText(spec.code)
        self.name.setText(spec.name)
        self.year.setValue(spec.year)
        self.opens.set_value(spec.opens_on)
        self.closes.set_value(spec.closes_on)
        self.quota.setValue(-1 if spec.quota_total is None else spec.quota_total)
        self.tracks.set_rows(spec.tracks)
        self.phases.set_rows(spec.phases)
        self.quotas.set_rows([(u, "", p) for u, p in spec.university_quotas.items()]
                             + [(u, f, p) for (u, f), p in spec.faculty_quotas.items()])
        self._load_rules(spec.rules)

    def spec(self) -> CohortSpec:
        """The cohort as typed; a count that is not a number is refused, naming its column."""
        places, months, weeks = self.tr("Places"), self.tr("Months"), self.tr("Weeks")
        quotas = [(u, f, whole_number(p, places) or 0) for u, f, p in self.quotas.rows()]
        return CohortSpec(
            code=self.code.text().strip(), name=self.name.text().strip(),
            year=self.year.value(), opens_on=self.opens.value(), closes_on=self.closes.value(),
            quota_total=None if self.quota.value() < 0 else self.quota.value(),
            tracks=[(c, n, whole_number(p, places)) for c, n, p in self.tracks.rows()],
            phases=[(n, whole_number(m, months), whole_number(w, weeks))
                    for n, m, w in self.phases.rows()],
            university_quotas={u: p for u, f, p in quotas if not f},
            faculty_quotas={(u, f): p for u, f, p in quotas if f},
            rules=self._rules())

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        spec, programme, replacing = self.spec(), self.programme.currentText(), self.replacing
        return None, lambda database: save_cohort(database, programme, spec,
                                                  replacing=replacing)
