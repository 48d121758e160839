"""The list pages: programmes, organisations, events and imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.services import catalogue
from careerdesk.gui.labels import event_mode_label, theme_label
from careerdesk.gui.messages import localised
from careerdesk.gui.models.rows_model import Column
from careerdesk.gui.pages.table_page import TablePage

if TYPE_CHECKING:
    from careerdesk.core.services.importing import UndoResult


class ProgrammesPage(TablePage):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.programme_button = QPushButton(self.tr("New programme…"), self)
        self.programme_button.clicked.connect(self.new_programme)
        self.edit_programme_button = QPushButton(self.tr("Edit its programme…"), self)
        self.edit_programme_button.clicked.connect(self.edit_programme)
        self.actions_row.addWidget(self.programme_button)
        self.actions_row.addWidget(self.edit_programme_button)
        self.new_button = QPushButton(self.tr("New cohort…"), self)
        self.edit_button = QPushButton(self.tr("Edit the selected cohort…"), self)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected_cohort()))
        self.table.doubleClicked.connect(lambda _index: self.open_editor(self.selected_cohort()))
        self.actions_row.addWidget(self.new_button)
        self.actions_row.addWidget(self.edit_button)
        self.actions_row.addStretch(1)

    def programme_dialog(self, code: str | None = None):  # noqa: ANN201 (a ProgrammeDialog)
        from careerdesk.core.services.programmes import programme_info
        from careerdesk.gui.programmes.programme_dialog import ProgrammeDialog

        editing = None
        if code:
            with self._database.session() as session:
                editing = programme_info(session, code)
        return ProgrammeDialog(self._database, editing, self)

    def new_programme(self) -> None:
        if self.programme_dialog().exec():
            self.refresh()

    def edit_programme(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        code = self.model.row_at(self.proxy.mapToSource(rows[0]).row()).programme_code
        if self.programme_dialog(code).exec():
            self.refresh()

    def selected_cohort(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).code

    def editor(self, cohort: str | None):  # noqa: ANN201 (a CohortEditor)
        from careerdesk.gui.programmes.cohort_editor import CohortEditor

        with self._database.session() as session:
            programmes = catalogue.programme_codes(session)
            cohorts = [r.code for r in catalogue.list_cohorts(session)]
            programme = next((r.programme_code for r in catalogue.list_cohorts(session)
                              if r.code == cohort), None)
        return CohortEditor(self._database, programmes, cohorts, cohort, programme, self)

    def open_editor(self, cohort: str | None) -> None:
        editor = self.editor(cohort)
        if editor.exec() and editor.saved:
            self.refresh()

    def title(self) -> str:
        return self.tr("Programmes and cohorts")

    def explanation(self) -> str:
        return self.tr("Each programme's intakes with their application windows, quotas and "
                       "results.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("Programme"), lambda r: r.programme),
                Column(self.tr("Cohort"), lambda r: r.code),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Opens"), lambda r: r.opens_on),
                Column(self.tr("Closes"), lambda r: r.closes_on),
                Column(self.tr("Quota"), lambda r: r.quota_total, align_right=True),
                Column(self.tr("Nominations"), lambda r: r.nominations, align_right=True),
                Column(self.tr("Placements"), lambda r: r.placements, align_right=True)]

    def load(self, session: Session) -> Sequence[Any]:
        return catalogue.list_cohorts(session)


class OrganisationsPage(TablePage):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.new_button = QPushButton(self.tr("New organisation…"), self)
        self.edit_button = QPushButton(self.tr("Edit the selected organisation…"), self)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected_name()))
        self.table.doubleClicked.connect(lambda _index: self.open_editor(self.selected_name()))
        self.actions_row.addWidget(self.new_button)
        self.actions_row.addWidget(self.edit_button)
        self.actions_row.addStretch(1)

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).name_en

    def editor(self, name: str | None):  # noqa: ANN201 (an OrganisationEditor)
        from careerdesk.gui.organisations.organisation_editor import OrganisationEditor

        return OrganisationEditor(self._database, name, self)

    def open_editor(self, name: str | None) -> None:
        editor = self.editor(name)
        if editor.exec() and editor.saved:
            self.refresh()

    def title(self) -> str:
        return self.tr("Organisations")

    def explanation(self) -> str:
        return self.tr("Host companies and partners, with their open positions and placements.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("Name"), lambda r: r.name_en),
                Column(self.tr("Chinese name"), lambda r: r.name_zh),
                Column(self.tr("Theme"), lambda r: theme_label(r.theme)),
                Column(self.tr("Science Park"), lambda r: r.science_park),
                Column(self.tr("Partner"), lambda r: r.partner),
                Column(self.tr("Positions"), lambda r: r.positions, align_right=True),
                Column(self.tr("Placements"), lambda r: r.placements, align_right=True)]

    def load(self, session: Session) -> Sequence[Any]:
        return catalogue.list_organisations(session)


class EventsPage(TablePage):
    def title(self) -> str:
        return self.tr("Events")

    def explanation(self) -> str:
        return self.tr("Career days and workshops, with registrations and attendance (on-site "
                       "or virtual).")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Event"), lambda r: r.name),
                Column(self.tr("Date"), lambda r: r.held_on),
                Column(self.tr("Mode"), lambda r: event_mode_label(r.mode)),
                Column(self.tr("Registered"), lambda r: r.registered, align_right=True),
                Column(self.tr("Attended"), lambda r: r.attended, align_right=True)]

    def load(self, session: Session) -> Sequence[Any]:
        return catalogue.list_events(session)


class ImportsPage(TablePage):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.import_button = QPushButton(self.tr("Import a nominee list…"), self)
        self.undo_button = QPushButton(self.tr("Undo the selected import…"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        self.actions_row.addWidget(self.import_button)
        self.actions_row.addWidget(self.undo_button)
        self.actions_row.addStretch(1)

    def selected_batch(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).id

    def undo_selected(self, confirm: bool = True) -> None:
        from careerdesk.core.services.importing import undo_import

        batch = self.selected_batch()
        if batch is None:
            QMessageBox.information(self, self.tr("Undo an import"),
                                    self.tr("Select the import to undo in the list first."))
            return
        if confirm and QMessageBox.question(
                self, self.tr("Undo an import"),
                self.tr("Undo import %1? Students it added are removed and students it "
                        "changed get their old values back, unless someone has changed them "
                        "since.").replace("%1", str(batch))) != QMessageBox.StandardButton.Yes:
            return
        from careerdesk.gui.tasks import BackgroundTask, show_progress

        database = self._database
        task = BackgroundTask(lambda progress: undo_import(database, batch, progress), self)
        show_progress(self, self.tr("Undoing import %1…").replace("%1", str(batch)), task)
        task.succeeded.connect(self._undone)
        task.finished.connect(task.deleteLater)
        self.undo_task = task  # kept until it finishes; tests wait on it
        task.start()

    def _undone(self, result: UndoResult) -> None:
        QMessageBox.information(self, self.tr("Undo an import"), localised(result.summary()))
        self.refresh()

    def title(self) -> str:
        return self.tr("Imports")

    def explanation(self) -> str:
        return self.tr("Every nominee list imported into this database: when, by whom, and "
                       "what became of its rows.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("File"), lambda r: r.file_name),
                Column(self.tr("Imported"), lambda r: r.imported_at),
                Column(self.tr("By"), lambda r: r.imported_by),
                Column(self.tr("Rows"), lambda r: r.rows, align_right=True),
                Column(self.tr("Created"), lambda r: r.created, align_right=True),
                Column(self.tr("Updated"), lambda r: r.updated, align_right=True),
                Column(self.tr("Unchanged"), lambda r: r.unchanged, align_right=True),
                Column(self.tr("Rejected"), lambda r: r.rejected, align_right=True),
                Column(self.tr("Undone"), lambda r: r.undone)]

    def load(self, session: Session) -> Sequence[Any]:
        return catalogue.list_import_batches(session)
