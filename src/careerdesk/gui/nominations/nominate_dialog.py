"""Nominating students by hand: choose them and the cohort, see how each fares against the
cohort's rules, and give the reason for any exception before confirming."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.domain.eligibility import Verdict
from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.nominations import (
    Candidate,
    CohortChoice,
    candidates,
    cohort_choices,
    nominate,
)
from careerdesk.core.services.student_rows import StudentRow
from careerdesk.gui.common.editing import ChangeDialog
from careerdesk.gui.common.labels import status_label
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.students.student_picker import StudentPicker
from careerdesk.messages import msg


def open_nominate_dialog(parent: QWidget, ops: Operations,
                         chosen: list[StudentRow]) -> NominateDialog:
    """The nominate window for ``chosen`` (more can be found in it), once the cohorts are
    read."""
    dialog = NominateDialog(ops, chosen, parent)
    ops.query(cohort_choices, dialog.set_cohorts, owner=dialog)
    dialog.open()
    return dialog


class NominateDialog(ChangeDialog):
    def __init__(self, ops: Operations, chosen: list[StudentRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("Nominate students"))
        self.resize(900, 680)
        self.checked: list[Candidate] = []
        self.cohort = QComboBox(self)
        self.track = QComboBox(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Kept in each nomination's history (optional)"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Needed when a student does not pass the rules"))
        self.picker = StudentPicker(ops, chosen, self)
        self.verdicts = QTableWidget(0, 4, self)
        self.verdicts.setHorizontalHeaderLabels([self.tr("Student no."), self.tr("Name"),
                                                 self.tr("Eligible"), self.tr("Why")])
        self.verdicts.horizontalHeader().setStretchLastSection(True)
        self.verdicts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verdicts.verticalHeader().hide()
        self.verdicts.setTabKeyNavigation(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Cohort:"), self.cohort)
        form.addRow(self.tr("&Track:"), self.track)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Reason for an exception:"), self.reason)
        checks = QWidget(self)
        column = QVBoxLayout(checks)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Against the cohort's rules:"), checks))
        column.addWidget(self.verdicts, 1)
        column.addWidget(self.summary)
        splitter = QSplitter(self)
        splitter.addWidget(self.picker)
        splitter.addWidget(checks)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        self.finish(layout)
        self.name_save(self.tr("&Nominate"))
        self.cohort.currentIndexChanged.connect(self._cohort_chosen)
        self.picker.changed.connect(self.check)

    def set_cohorts(self, cohorts: list[CohortChoice]) -> None:
        self.cohort.clear()
        for choice in cohorts:
            self.cohort.addItem(f"{choice.code} — {choice.name}", choice)
        if not cohorts:
            self.summary.setText(self.tr("There are no cohorts yet: add one on the Programmes "
                                         "page first."))

    def _cohort_chosen(self) -> None:
        choice: CohortChoice | None = self.cohort.currentData()
        self.track.clear()
        self.track.addItem(self.tr("— no track —"), None)
        for code in choice.tracks if choice else []:
            self.track.addItem(code, code)
        self.check()

    def check(self) -> None:
        """How each chosen student fares against the chosen cohort's rules."""
        choice: CohortChoice | None = self.cohort.currentData()
        ids = [row.id for row in self.picker.chosen_rows()]
        if choice is None or not ids:
            self._show([])
            return
        self.ops.query(lambda session: candidates(session, choice.code, ids), self._show,
                       owner=self)

    def _show(self, checked: list[Candidate]) -> None:
        self.checked = checked
        words = {Verdict.PASS: self.tr("Yes"), Verdict.FAIL: self.tr("No"),
                 Verdict.UNKNOWN: self.tr("Cannot tell")}
        self.verdicts.setRowCount(len(checked))
        for row, candidate in enumerate(checked):
            why = (filled(self.tr("Already nominated (%1)"),
                          status_label(NominationStatus(candidate.nominated_as)))
                if candidate.nominated_as else
                "; ".join(localised(r.reason) for r in candidate.rules
                          if r.result is not Verdict.PASS) or self.tr("Passes every rule"))
            for column, text in enumerate((candidate.student_no,
                                           candidate.name_en or candidate.name_zh or "",
                                           words[candidate.eligibility], why)):
                self.verdicts.setItem(row, column, QTableWidgetItem(text))
        self.verdicts.resizeColumnsToContents()
        failing = sum(c.eligibility is not Verdict.PASS for c in checked)
        self.summary.setText(filled(self.tr("%1 of %2 pass every rule."),
                                    str(len(checked) - failing), str(len(checked)))
            + (" " + self.tr("Give the reason for the exception to nominate the others.")
               if failing else ""))

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        choice: CohortChoice | None = self.cohort.currentData()
        if choice is None:
            raise ConflictError(msg("Choose the cohort to nominate to."), code="no_cohort")
        ids = [row.id for row in self.picker.chosen_rows()]
        track, note = self.track.currentData(), self.note.text().strip() or None
        reason = self.reason.text().strip() or None
        label = filled(self.tr("nomination of %Ln student(s) to %1", "", len(ids)), choice.code)
        return label, lambda database: nominate(database, choice.code, ids, track, note, reason)
