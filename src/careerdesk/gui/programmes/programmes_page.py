"""Programmes and their cohorts: the list, and the editors of each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QPushButton, QWidget

from careerdesk.core.services import catalogue
from careerdesk.core.services.catalogue import CohortRow
from careerdesk.core.services.changes import Changed
from careerdesk.core.services.programmes import cohort_editing, programme_info
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column
from careerdesk.gui.common.table_page import TablePage


class ProgrammesPage(TablePage):
    rows_from = staticmethod(catalogue.list_cohorts)
    follows = (Changed.PROGRAMMES, Changed.NOMINATIONS, Changed.PLACEMENTS)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.programme_button = QPushButton(self.tr("New &programme…"), self)
        self.programme_button.clicked.connect(self.new_programme)
        self.edit_programme_button = QPushButton(self.tr("Edit its p&rogramme…"), self)
        self.edit_programme_button.clicked.connect(self.edit_programme)
        self.new_button = QPushButton(self.tr("&New cohort…"), self)
        self.edit_button = QPushButton(self.tr("&Edit the selected cohort…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for button in (self.programme_button, self.edit_programme_button, self.new_button,
                       self.edit_button, self.delete_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.dialog: QWidget | None = None  # the editor open now (tests drive it)

    def title(self) -> str:
        return self.tr("Programmes and cohorts")

    def explanation(self) -> str:
        return self.tr("Each programme's intakes with their application windows, quotas and "
                       "results. A programme without a cohort is listed on a line of its own.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("Programme"), lambda r: r.programme),
                Column(self.tr("Cohort"), lambda r: r.code),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Opens"), lambda r: r.opens_on),
                Column(self.tr("Closes"), lambda r: r.closes_on),
                Column(self.tr("Quota"), lambda r: r.quota_total, align_right=True),
                Column(self.tr("Nominations"), lambda r: r.nominations, align_right=True),
                Column(self.tr("Placements"), lambda r: r.placements, align_right=True)]

    def row_key(self, row: CohortRow) -> tuple[str, str | None]:
        return (row.programme_code, row.code)

    # -- programmes --------------------------------------------------------------------------
    def new_programme(self) -> None:
        self._open_programme(None)

    def edit_programme(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.ops.query(lambda session: programme_info(session, row.programme_code),
                           self._open_programme, owner=self)

    def _open_programme(self, editing: dict | None) -> None:
        from careerdesk.gui.programmes.programme_dialog import ProgrammeDialog

        self.dialog = ProgrammeDialog(self.ops, editing, self)
        self.dialog.open()

    # -- cohorts -----------------------------------------------------------------------------
    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.code is None:
            self.ops.query(lambda session: programme_info(session, row.programme_code),
                           self._open_programme, owner=self)
        else:
            self.open_editor(row.code)

    def open_editor(self, cohort: str | None) -> None:
        row = self.selected_row()
        programme = row.programme_code if row is not None else None
        self.ops.query(lambda session: cohort_editing(session, cohort, programme),
                       self._show_editor, owner=self)

    def _show_editor(self, editing) -> None:  # noqa: ANN001 (a CohortEditing)
        from careerdesk.gui.programmes.cohort_editor import CohortEditor

        self.dialog = CohortEditor(self.ops, editing, self)
        self.dialog.open()

    def delete_selected(self) -> None:
        from careerdesk.core.services.programmes import delete_cohort, delete_programme
        from careerdesk.gui.common.confirm import confirm_then

        row = self.selected_row()
        if row is None:
            return
        if row.code is not None:
            confirm_then(self, self.tr("Delete a cohort"),
                         filled(self.tr("Delete the cohort %1? Only a cohort with no "
                                        "nominations or positions can be deleted."), row.code),
                         lambda: self.ops.change(None, lambda db: delete_cohort(db, row.code),
                                                 owner=self))
        else:
            confirm_then(self, self.tr("Delete a programme"),
                         filled(self.tr("Delete the programme %1? It has no cohorts."),
                                row.programme),
                         lambda: self.ops.change(None, lambda db: delete_programme(
                             db, row.programme_code), owner=self))
