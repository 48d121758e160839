"""Imports: every list imported, what became of its rows, its rejected rows saved again, and
undo."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from careerdesk.core.services import catalogue
from careerdesk.core.services.catalogue import ImportBatchRow, rejected_rows_of
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.gui.common.confirm import confirm_then
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column
from careerdesk.gui.common.table_page import TablePage


class ImportsPage(TablePage):
    rows_from = staticmethod(catalogue.list_import_batches)
    follows = (Changed.IMPORTS,)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.import_button = QPushButton(self.tr("&Import a list…"), self)
        self.rejects_button = QPushButton(self.tr("&Save its rejected rows…"), self)
        self.undo_button = QPushButton(self.tr("&Undo the selected import…"), self)
        self.rejects_button.clicked.connect(lambda: self.save_rejected())
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        for button in (self.import_button, self.rejects_button, self.undo_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.problems = QPlainTextEdit(self)
        self.problems.setAccessibleName(self.tr("Rejected rows of the selected import"))
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(160)
        self.problems.setPlaceholderText(self.tr("Select an import to see the rows it "
                                                 "rejected, and why."))
        self.layout().addWidget(self.problems)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.table.selectionModel().selectionChanged.connect(self._show_problems)
        self._enable()

    def title(self) -> str:
        return self.tr("Imports")

    def explanation(self) -> str:
        return self.tr("Every list imported into this database: when, by whom, and what became "
                       "of its rows. An import can be undone, and its rejected rows saved "
                       "again to correct in Excel.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("No."), lambda r: r.id, align_right=True),
                Column(self.tr("File"), lambda r: r.file_name),
                Column(self.tr("Imported"), lambda r: r.imported_at),
                Column(self.tr("By"), lambda r: r.imported_by),
                Column(self.tr("Rows"), lambda r: r.rows, align_right=True),
                Column(self.tr("Students added"), lambda r: r.created, align_right=True),
                Column(self.tr("Updated"), lambda r: r.updated, align_right=True),
                Column(self.tr("Unchanged"), lambda r: r.unchanged, align_right=True),
                Column(self.tr("Nominations"), lambda r: r.nominations, align_right=True),
                Column(self.tr("Registrations"), lambda r: r.attendances, align_right=True),
                Column(self.tr("Placements"), lambda r: r.placements, align_right=True),
                Column(self.tr("Rejected"), lambda r: r.rejected, align_right=True),
                Column(self.tr("Applications"), lambda r: r.applications, align_right=True),
                Column(self.tr("Undone"), lambda r: r.undone)]

    def _enable(self) -> None:
        row: ImportBatchRow | None = self.selected_row()
        self.undo_button.setEnabled(row is not None and not row.undone)
        self.rejects_button.setEnabled(row is not None and row.has_rejects)

    def _show(self, rows: Sequence[ImportBatchRow]) -> None:
        super()._show(rows)
        self._enable()

    def _show_problems(self) -> None:
        """The rows the selected import rejected, each with why (as kept with the import)."""
        row: ImportBatchRow | None = self.selected_row()
        self.problems.clear()
        if row is None:
            return
        if not row.rejected:
            self.problems.setPlainText(self.tr("Every row of this file was imported."))
            return
        if not row.has_rejects:
            self.problems.setPlainText(self.tr(
                "%Ln row(s) rejected. This import was made before CareerDesk kept rejected "
                "rows; import the file again to see them.", "", row.rejected))
            return
        from careerdesk.core.services.importing.rejects import rejected_problems

        batch = row.id
        self.ops.query(lambda session: rejected_problems(rejected_rows_of(session, batch) or {
            "problems": []}), self._problems_read, owner=self)

    def _problems_read(self, problems: list[tuple[int | None, list[str]]]) -> None:
        self.problems.setPlainText("\n".join(
            (filled(self.tr("Row %1: "), str(number)) if number else "")
            + " ".join(localised(p) for p in said) for number, said in problems))

    # -- saving the rejected rows again ------------------------------------------------------
    def save_rejected(self, target: str | None = None) -> None:
        row: ImportBatchRow | None = self.selected_row()
        if row is None or not row.has_rejects:
            return
        if target is None:
            suggested = Path.home() / f"{Path(row.file_name).stem}-rejected.xlsx"
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the rejected rows"), str(suggested),
                self.tr("Excel workbooks (*.xlsx)"))
        if not target:
            return
        batch, chosen = row.id, Path(target)

        def write(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            from careerdesk.core.services.importing.rejects import write_rejected

            table = rejected_rows_of(session, batch)
            return write_rejected(table, chosen, localised) if table else 0

        self.ops.query(write, lambda count: QMessageBox.information(
            self, self.tr("Rejected rows"),
            filled(self.tr("%Ln rejected row(s) saved to %1; correct them there and import that "
                           "file again.", "", count), str(chosen))), owner=self)

    # -- undo --------------------------------------------------------------------------------
    def undo_selected(self, confirm: bool = True) -> None:
        from careerdesk.core.services.importing import undo_import

        row: ImportBatchRow | None = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Undo an import"),
                                    self.tr("Select the import to undo in the list first."))
            return
        batch = row.id

        def undo() -> None:
            self.ops.long(filled(self.tr("Undoing import %1…"), str(batch)),
                          lambda database, progress: undo_import(database, batch, progress),
                          self._undone, parent=self, changes=Changes.everything())

        if not confirm:
            undo()
            return
        confirm_then(self, self.tr("Undo an import"), filled(self.tr(
            "Undo import %1 (%2)? Students it added are removed and students it changed get "
            "their old values back, unless someone has changed them since."), str(batch),
                row.file_name), undo)

    def _undone(self, result) -> None:  # noqa: ANN001 (an UndoResult)
        QMessageBox.information(self, self.tr("Undo an import"), localised(result.summary()))
