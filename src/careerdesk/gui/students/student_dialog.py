"""A student's form: every field, checked as it is typed by the importer's own rules, with
tabs for the student's nominations, placements, attendance and the history of changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.choices import AwardLevel, EmploymentStatus, value_words
from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.student_detail import StudentChoices, StudentDetail
from careerdesk.core.services.student_editing import (
    StudentForm,
    create_student,
    student_label,
    update_student,
)
from careerdesk.core.services.student_fields import STUDENT_FIELDS, read_student_value
from careerdesk.core.services.student_rows import phone_shown
from careerdesk.gui.common.editing import PROBLEM_STYLE, ChangeDialog, OptionalDate
from careerdesk.gui.common.labels import (
    application_status_label,
    attendance_label,
    award_level_label,
    employment_label,
    placement_status_label,
    status_label,
    yes_no_label,
)
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations, sentence
from careerdesk.io.office_time import shown

#: The fields typed as text, checked as they are typed.
_TYPED = ("student_no", "name_en", "name_zh", "email", "phone", "department", "programme",
          "tags")


class StudentDialog(ChangeDialog):
    """New (``detail`` None) or existing student. Save creates or changes the record (only
    the fields changed here: one someone else changed meanwhile is not overwritten)."""

    saved_student = Signal(int)

    def __init__(self, ops: Operations, detail: StudentDetail | None, choices: StudentChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.detail = detail
        self.opened = detail.form if detail else None
        self.choices = choices
        self.resize(720, 680)
        self.setWindowTitle(filled(self.tr("Student: %1"), self.opened.label)
                            if self.opened else self.tr("New student"))
        self.problems: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.reload_button: QPushButton | None = None
        tabs = QTabWidget(self)
        tabs.addTab(self._details_tab(), self.tr("&Details"))
        if detail is not None:
            self._record_tabs(tabs, detail)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        self.finish(layout)
        if self.opened is not None:
            self.load(self.opened)
        elif choices.universities:
            self._fill_faculties()

    # -- the details -------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.university = QComboBox(page)
        self.university.addItems(self.choices.universities)
        self.university.currentTextChanged.connect(lambda _text: self._fill_faculties())
        form.addRow(self._label("university", page), self.university)
        for key in ("student_no", "name_en", "name_zh", "email", "phone"):
            self._typed_row(form, page, key)
        self.faculty = QComboBox(page)
        self.faculty.setEditable(True)
        form.addRow(self._label("faculty", page), self.faculty)
        for key in ("department", "programme"):
            self._typed_row(form, page, key)
        self.departments = QCompleter(page)
        self.departments.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.departments.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edits["department"].setCompleter(self.departments)
        self.award_level = QComboBox(page)
        self.award_level.addItem("—", None)
        for level in AwardLevel:
            self.award_level.addItem(award_level_label(level), level.value)
        form.addRow(self._label("award_level", page), self.award_level)
        self.year_of_study = _optional_number(page, 0, 10)  # 0: not recorded
        form.addRow(self._label("year_of_study", page), self.year_of_study)
        self.graduation = OptionalDate(self.tr("recorded"), page)
        form.addRow(self._label("graduation", page), self.graduation)
        self.hk_resident = _yes_no_box(page)
        form.addRow(self._label("hk_resident", page), self.hk_resident)
        if self.choices.collect_hkid:  # (shown in full here only; masked everywhere else)
            self._typed_row(form, page, "hkid")
        self.employment = QComboBox(page)
        self.employment.addItem("—", None)
        for status in EmploymentStatus:
            self.employment.addItem(employment_label(status), status.value)
        form.addRow(self._label("employment", page), self.employment)
        self.full_time_months = _optional_number(page, -1, 600)  # -1: not recorded
        form.addRow(self._label("full_time_months", page), self.full_time_months)
        self.consent = _yes_no_box(page)
        form.addRow(self._label("consent", page), self.consent)
        self.consent_date = OptionalDate(self.tr("recorded"), page)
        form.addRow(self._label("consent_date", page), self.consent_date)
        self.outcome = QComboBox(page)
        self.outcome.addItem("—", None)
        for value, words in value_words()["outcome_after_graduation"].items():
            self.outcome.addItem(localised(words), str(value))
        form.addRow(self._label("outcome", page), self.outcome)
        self.outcome_on = OptionalDate(self.tr("recorded"), page)
        form.addRow(self._label("outcome_on", page), self.outcome_on)
        self._typed_row(form, page, "outcome_source")
        self._typed_row(form, page, "tags")
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        form.addRow(self._label("notes", page), self.notes)
        return page

    def _label(self, key: str, parent: QWidget) -> QLabel:
        return QLabel(localised(STUDENT_FIELDS[key].label) + ":", parent)

    def _typed_row(self, form: QFormLayout, page: QWidget, key: str) -> None:
        edit = QLineEdit(page)
        problem = QLabel(page)
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.setWordWrap(True)
        problem.hide()
        holder = QWidget(page)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(problem)
        label = self._label(key, page)
        label.setBuddy(edit)
        form.addRow(label, holder)
        edit.textChanged.connect(lambda text, k=key: self._check(k, text))
        self.edits[key], self.problems[key] = edit, problem
        edit.setAccessibleName(label.text().rstrip(":"))

    def _check(self, key: str, text: str) -> bool:
        """Say at once what is wrong with the text typed for ``key`` (as the import would)."""
        problem = self.problems[key]
        try:
            read_student_value(key, text)
            if key == "student_no" and not text.strip():
                raise CareerDeskError(self.tr("A student needs a student number."))
        except CareerDeskError as refused:
            problem.setText(sentence(refused))
            problem.show()
        else:
            problem.hide()
        self._enable_save()
        return problem.isHidden()

    def _enable_save(self) -> None:
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setEnabled(all(label.isHidden() for label in self.problems.values()))

    def _fill_faculties(self) -> None:
        typed = self.faculty.currentText()
        self.faculty.clear()
        self.faculty.addItem("")
        self.faculty.addItems(self.choices.faculties.get(self.university.currentText(), []))
        self.faculty.setCurrentText(typed)
        self.departments.setModel(QStringListModel(
            self.choices.departments.get(self.university.currentText(), []), self.departments))

    # -- the record's other tabs -------------------------------------------------------------
    def _record_tabs(self, tabs: QTabWidget, detail: StudentDetail) -> None:
        tabs.addTab(_table(self, [self.tr("Cohort"), self.tr("Track"), self.tr("Status"),
                                  self.tr("Rank")],
                           [(f"{n.cohort} — {n.cohort_name}", n.track,
                             status_label(NominationStatus(n.status)), n.rank)
                            for n in detail.nominations]),
                    filled(self.tr("&Nominations (%1)"), str(len(detail.nominations))))
        tabs.addTab(_table(self, [self.tr("Cohort"), self.tr("Organisation"),
                                  self.tr("Position"), self.tr("Starts"), self.tr("Ends"),
                                  self.tr("Status"), self.tr("Monthly salary")],
                           [(p.cohort, p.organisation, p.position, p.start, p.end,
                             placement_status_label(p.status),
                             f"HK${p.monthly_salary:,.0f}" if p.monthly_salary is not None
                             else None) for p in detail.placements]),
                    filled(self.tr("&Placements (%1)"), str(len(detail.placements))))
        tabs.addTab(_table(self, [self.tr("Event"), self.tr("Date"), self.tr("Attendance")],
                           [(f"{a.event} — {a.name}", a.held_on, attendance_label(a.status))
                            for a in detail.attendance]),
                    filled(self.tr("&Attendance (%1)"), str(len(detail.attendance))))
        tabs.addTab(_table(self, [self.tr("Event"), self.tr("Company"), self.tr("Role"),
                                  self.tr("Status"), self.tr("Applied on")],
                           [(a.event, a.company, a.role, application_status_label(a.status),
                             a.applied_on) for a in detail.applications]),
                    filled(self.tr("&Career-day applications (%1)"),
                           str(len(detail.applications))))
        tabs.addTab(self._history(detail), self.tr("&History"))
        tabs.addTab(_table(self, [self.tr("When"), self.tr("Who"), self.tr("How"),
                                  self.tr("What was seen")],
                           [(f"{line.at:%Y-%m-%d %H:%M}", line.by, localised(line.how),
                             localised(line.what)) for line in reversed(detail.seen)]),
                    filled(self.tr("Who sa&w it (%1)"), str(len(detail.seen))))

    def _history(self, detail: StudentDetail) -> QWidget:
        actions = {"insert": self.tr("created"), "update": self.tr("changed"),
                   "delete": self.tr("deleted"), "bulk": self.tr("imported")}
        rows = []
        for line in detail.history:
            for key, old, new in line.changes or [("", None, None)]:
                field = localised(STUDENT_FIELDS[key].label) if key else ""
                rows.append((f"{shown(line.at):%Y-%m-%d %H:%M}", line.by,
                             actions.get(line.action, line.action), field,
                             _shown_value(key, old), _shown_value(key, new)))
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        if detail.imported_from:
            file_name, at, by = detail.imported_from
            layout.addWidget(QLabel(filled(self.tr("Created by importing %1 on %2 (%3)."),
                                           file_name, f"{shown(at):%Y-%m-%d %H:%M}", by), holder))
        layout.addWidget(_table(holder, [self.tr("When"), self.tr("Who"), self.tr("What"),
                                         self.tr("Field"), self.tr("Before"), self.tr("After")],
                                rows), 1)
        return holder

    # -- loading and saving ------------------------------------------------------------------
    def load(self, form: StudentForm) -> None:
        self.university.setCurrentText(form.university)
        self._fill_faculties()
        for key, edit in self.edits.items():
            edit.setText(phone_shown(form.phone) if key == "phone" else getattr(form, key) or "")
        self.faculty.setCurrentText(form.faculty or "")
        self.award_level.setCurrentIndex(max(0, self.award_level.findData(form.award_level)))
        self.year_of_study.setValue(form.year_of_study or 0)
        self.graduation.set_value(form.graduation)
        self.hk_resident.setCurrentIndex(max(0, self.hk_resident.findData(form.hk_resident)))
        self.employment.setCurrentIndex(max(0, self.employment.findData(form.employment)))
        self.full_time_months.setValue(-1 if form.full_time_months is None
                                       else form.full_time_months)
        self.consent.setCurrentIndex(max(0, self.consent.findData(form.consent)))
        self.consent_date.set_value(form.consent_date)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(form.outcome)))
        self.outcome_on.set_value(form.outcome_on)
        self.notes.setPlainText(form.notes or "")

    def values(self) -> dict[str, Any]:
        """Every field as it stands in the form (typed text, or a chosen value)."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        values.update(
            university=self.university.currentText(), faculty=self.faculty.currentText(),
            award_level=self.award_level.currentData(),
            year_of_study=self.year_of_study.value() or None,
            graduation=self.graduation.value(), hk_resident=self.hk_resident.currentData(),
            employment=self.employment.currentData(),
            full_time_months=None if self.full_time_months.value() < 0
            else self.full_time_months.value(),
            consent=self.consent.currentData(), consent_date=self.consent_date.value(),
            outcome=self.outcome.currentData(), outcome_on=self.outcome_on.value(),
            notes=self.notes.toPlainText())
        return values

    def changed_values(self) -> dict[str, Any]:
        """The fields that differ from the record as it was opened (all, for a new one)."""
        values = self.values()
        if self.opened is None:
            return values
        before = self.opened.values()
        return {key: value for key, value in values.items()
                if _read_or_none(key, value) != before[key]}

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        values = self.changed_values()
        if self.opened is None:
            name = student_label(values.get("name_en") or None, values.get("name_zh") or None,
                                 values.get("student_no") or "")
            return (filled(self.tr("new student %1"), name),
                    lambda database: create_student(database, values))
        opened, student_id = self.opened, self.opened.id
        assert student_id is not None
        return (filled(self.tr("edit of %1"), opened.label),
                lambda database: update_student(database, student_id, values, opened=opened))

    def _saved(self, value: Any) -> None:
        super()._saved(value)
        self.saved_student.emit(value.id)

    def refused(self, problem: CareerDeskError) -> None:
        """Someone changed the record since it was opened: besides the sentence, Reload
        shows the record as it is now (then make the change again, and save)."""
        super().refused(problem)
        if problem.code == "changed_since" and self.opened is not None:
            if self.reload_button is None:
                self.reload_button = self.buttons.addButton(
                    self.tr("&Reload the record"), QDialogButtonBox.ButtonRole.ResetRole)
                self.reload_button.clicked.connect(self.reload)
            self.reload_button.show()

    def reload(self) -> None:
        """Read the record again, as it is now, into the form."""
        from careerdesk.core.services.student_detail import student_detail

        student_id = self.opened.id if self.opened else None
        if student_id is None:
            return
        self.ops.query(lambda session: student_detail(session, student_id), self._reloaded,
                       owner=self)

    def _reloaded(self, detail: StudentDetail) -> None:
        self.detail, self.opened = detail, detail.form
        self.load(detail.form)
        self.problem.hide()
        if self.reload_button is not None:
            self.reload_button.hide()


def _read_or_none(key: str, value: Any) -> Any:
    """How ``value`` would be stored (a value that cannot be is kept, to be refused on Save)."""
    try:
        return read_student_value(key, value)
    except CareerDeskError:
        return value


def _shown_value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if key == "award_level":
        return award_level_label(value)
    if key == "employment":
        return employment_label(value)
    if isinstance(value, bool):
        return yes_no_label(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _optional_number(parent: QWidget, unrecorded: int, high: int) -> QSpinBox:
    """A number that may be unrecorded: ``unrecorded``, its lowest value, shows as "—"."""
    box = QSpinBox(parent)
    box.setRange(unrecorded, high)
    box.setSpecialValueText("—")
    box.setValue(box.minimum())
    return box


def _yes_no_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem("—", None)
    box.addItem(yes_no_label(True), True)
    box.addItem(yes_no_label(False), False)
    return box


def _table(parent: QWidget, headers: list[str], rows: list[tuple[Any, ...]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()
    return table
