"""The import window's last two steps: what the import will do, and doing it (with
progress and Cancel, off the UI thread), then saving the rejected rows or undoing it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from careerdesk.core.errors import CancelledError, CareerDeskError
from careerdesk.core.services.changes import Changes
from careerdesk.core.services.importing import (
    ImportResult,
    UndoResult,
    apply_plan,
    undo_import,
)
from careerdesk.core.services.importing.rejects import save_rejected_rows
from careerdesk.core.services.importing.result import IssueGroup
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import sentence

if TYPE_CHECKING:
    from careerdesk.gui.imports.import_wizard import ImportWizard

#: The summary lists this many problems (the same problem on many rows is one).
SHOWN_PROBLEMS = 300


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Ready to import"))
        self.setSubTitle(self.tr("Nothing has been changed yet. Press Import to do this."))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(area)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        result = plan.result()
        lines = [filled(self.tr("File: %1, sheet %2, headings in row %3."), result.file,
                        result.sheet, str(result.header_row)),
                 filled(self.tr("Students to add: %1"), f"{result.created:,}"),
                 filled(self.tr("Students to update: %1"), f"{result.updated:,}"),
                 filled(self.tr("Students unchanged: %1"), f"{result.unchanged:,}"),
                 filled(self.tr("Rows rejected: %1"), f"{result.rejected:,}")]
        if result.nominations:
            lines.append(filled(self.tr("Nominations to make or update: %1"),
                                f"{result.nominations:,}"))
        if result.moved:
            lines.append(filled(self.tr("Of them, moved on to where the list says: %1"),
                                f"{result.moved:,}"))
        if result.attendances:
            lines.append(filled(self.tr("Event registrations to record: %1"),
                                f"{result.attendances:,}"))
        if result.placements:
            lines.append(filled(self.tr("Placements to record: %1"), f"{result.placements:,}"))
        if result.applications_created or result.applications_updated or \
                result.applications_unchanged:
            lines.append(filled(self.tr("Career-day applications: %1 to record, %2 to move on, "
                                        "%3 unchanged"), f"{result.applications_created:,}",
                                f"{result.applications_updated:,}",
                                f"{result.applications_unchanged:,}"))
        for update in result.updates[:200]:
            lines.append(filled(self.tr("Row %1: %2 changes %3"), str(update.row),
                                update.student_no, self.tr(", ", "between the names of the changed "
                                                      "fields").join(map(localised,
                                                                         update.fields))))
        groups = result.issue_groups()
        if groups:
            lines.append("")
            lines += [self._rows(group) + localised(group.message)
                      for group in groups[:SHOWN_PROBLEMS]]
        if len(groups) > SHOWN_PROBLEMS:
            lines.append(filled(self.tr("…and %1 more problems: the previous page shows every row "
                                 "with a problem."), f"{len(groups) - SHOWN_PROBLEMS:,}"))
        self.text.setText("\n".join(lines))

    def _rows(self, group: IssueGroup) -> str:
        """"Row 7: ", "Rows 3, 4, 7, 8, 10 and 25,102 more: ", or nothing (the whole file)."""
        if not group.rows:
            return ""
        listed, more = group.listed()
        if len(group.rows) == 1:
            return filled(self.tr("Row %1: "), listed)
        if not more:
            return filled(self.tr("Rows %1: "), listed)
        return filled(self.tr("Rows %1 and %2 more: "), listed, f"{more:,}")


class ImportPage(QWizardPage):
    """The import itself, off the UI thread, with progress and Cancel; then what to do next."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save rejected rows…"), self)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        for button in (self.save_button, self.undo_button):
            button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save_rejected)
        self.undo_button.clicked.connect(self.undo)
        self._finished = False
        self.undoing = False

    def initializePage(self) -> None:
        self._finished = False
        plan = self.owner.plan
        assert plan is not None
        progress = self.owner.ops.long(
            self.title(), lambda database, progress: apply_plan(database, plan, progress),
            self._done, changes=Changes.everything(), report=self._progressed,
            on_failed=self._failed)
        self.cancel_button.clicked.connect(progress.cancel)
        self.cancel_button.setEnabled(True)

    def _failed(self, problem: CareerDeskError) -> None:
        if problem.code == CancelledError.code:
            self._stopped(self.tr("Cancelled; nothing was changed."))
        else:
            self._stopped(sentence(problem) or self.tr("The import failed; nothing was changed."))

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if message:
            self.progress.setFormat(f"{message} — %p%")

    def _done(self, result: ImportResult) -> None:
        self.owner.result = result
        self.progress.setValue(self.progress.maximum())
        self.outcome.setText(filled(
            self.tr("Done. %1 students added, %2 updated, %3 unchanged, %4 rows rejected "
                    "(import %5)."),
            f"{result.created:,}", f"{result.updated:,}", f"{result.unchanged:,}",
            f"{result.rejected:,}", str(result.batch)))
        if result.nominations or result.attendances:
            self.outcome.setText(self.outcome.text() + " " + filled(self.tr(
                "%1 nominations and %2 event registrations recorded."), f"{result.nominations:,}",
                    f"{result.attendances:,}"))
        if result.moved:
            self.outcome.setText(self.outcome.text() + " " + filled(self.tr(
                "Nominations moved on to where the list says: %1."), f"{result.moved:,}"))
        if result.placements:
            self.outcome.setText(self.outcome.text() + " " + filled(self.tr(
                "Placements recorded: %1."), f"{result.placements:,}"))
        if result.applications_created or result.applications_updated or \
                result.applications_unchanged:
            self.outcome.setText(self.outcome.text() + " " + filled(self.tr(
                "Career-day applications: %1 recorded, %2 moved on, %3 unchanged."),
                f"{result.applications_created:,}", f"{result.applications_updated:,}",
                f"{result.applications_unchanged:,}"))
        self.save_button.setVisible(result.rejected > 0)
        self.undo_button.setVisible(True)
        self._finish()

    def _stopped(self, message: str) -> None:
        self.outcome.setText(message)
        self._finish()

    def _finish(self) -> None:
        self.cancel_button.setEnabled(False)
        self._finished = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._finished

    def save_rejected(self, target: str | None = None) -> None:
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"),
                str(Path.home() / f"{self.owner.plan.parsed.path.stem}-rejected.xlsx"),
                self.tr("Excel workbooks (*.xlsx)"))
        if not target:
            return
        try:
            count = save_rejected_rows(self.owner.plan, Path(target), say=localised)
        except CareerDeskError as problem:
            self.owner.fail(problem.message)
            return
        self.outcome.setText(self.outcome.text() + "\n" + filled(self.tr(
            "%1 rejected rows saved to %2; correct them there and import that file again."),
                str(count), str(target)))

    def undo(self) -> None:
        result = self.owner.result
        if result is None or result.batch is None:
            return
        batch = result.batch
        self.undo_button.setEnabled(False)
        self.undoing = True

        def failed(problem: CareerDeskError) -> None:
            self.undoing = False
            self.undo_button.setEnabled(True)
            if problem.code != CancelledError.code:
                self.owner.fail(problem.message)

        self.owner.ops.long(filled(self.tr("Undoing import %1…"), str(batch)),
                            lambda database, progress: undo_import(database, batch, progress),
                            self._undone, parent=self, changes=Changes.everything(),
                            on_failed=failed)

    def _undone(self, undone: UndoResult) -> None:
        self.undoing = False
        self.outcome.setText(self.outcome.text() + "\n" + localised(undone.summary()))
