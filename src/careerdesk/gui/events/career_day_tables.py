"""A career day's applications and its companies' roles, as tables on the event's page:
sorted, filtered, exported like every table; the buttons act on the selection."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton, QWidget

from careerdesk.core.domain.statuses import ApplicationStatus, application_moves
from careerdesk.core.services.applications import (
    ApplicationFilter,
    ApplicationRow,
    RoleRow,
    delete_applications,
    delete_roles,
    list_applications,
    list_roles,
    move_applications,
)
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.core.services.importing.roles_listed import RolesImported, import_roles
from careerdesk.gui.common.confirm import confirm_then
from careerdesk.gui.common.labels import application_status_label, channel_label
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations, sentence
from careerdesk.gui.common.rows_model import Column
from careerdesk.gui.common.table_page import TablePage


class ApplicationsTable(TablePage):
    """The day's applications; move the selected along their path, record a placement."""

    follows = (Changed.EVENTS, Changed.STUDENTS, Changed.PLACEMENTS,
               Changed.ORGANISATIONS)

    def __init__(self, ops: Operations, event: str, parent: QWidget | None = None) -> None:
        self.event_code = event
        super().__init__(ops, parent)
        self.new_button = QPushButton(self.tr("&New application…"), self)
        self.new_button.clicked.connect(self.new_application)
        self.move_to = QComboBox(self)
        self.move_to.setAccessibleName(self.tr("Move the selected applications to"))
        for status in ApplicationStatus:
            if status is not ApplicationStatus.APPLIED:
                self.move_to.addItem(application_status_label(status), status.value)
        self.move_button = QPushButton(self.tr("&Move"), self)
        self.move_button.clicked.connect(self.move_selected)
        self.place_button = QPushButton(self.tr("Record &placement…"), self)
        self.place_button.clicked.connect(self.place_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.letters_button = QPushButton(self.tr("&Letters…"), self)
        self.letters_button.clicked.connect(self.write_letters)
        self.actions_row.addWidget(self.new_button)
        self.actions_row.addSpacing(16)
        self.actions_row.addWidget(QLabel(self.tr("Move the selected to:"), self))
        self.actions_row.addWidget(self.move_to)
        self.actions_row.addWidget(self.move_button)
        self.actions_row.addWidget(self.place_button)
        self.actions_row.addWidget(self.delete_button)
        self.actions_row.addWidget(self.letters_button)
        self.actions_row.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.dialog: QWidget | None = None
        self._enable()

    def title(self) -> str:
        return self.tr("Applications")

    def explanation(self) -> str:
        return self.tr("Each application a student made to a company at the day, at the "
                       "venue or online through the Talent Pool, and how far it has got. An "
                       "accepted offer becomes a placement with Record placement.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("University"), lambda r: r.university),
                Column(self.tr("Student no."), lambda r: r.student_no),
                Column(self.tr("English name"), lambda r: r.name_en),
                Column(self.tr("Chinese name"), lambda r: r.name_zh),
                Column(self.tr("Company"), lambda r: r.company),
                Column(self.tr("Role"), lambda r: r.role),
                Column(self.tr("Status"), lambda r: application_status_label(r.status)),
                Column(self.tr("Placed"), lambda r: self.tr("Yes") if r.placed else ""),
                Column(self.tr("Applied"), lambda r: channel_label(r.channel)),
                Column(self.tr("Applied on"), lambda r: r.applied_on),
                Column(self.tr("Field"), lambda r: r.field),
                Column(self.tr("Faculty"), lambda r: r.faculty)]

    def table_name(self) -> str:
        return "CareerDayApplications"

    def refresh(self) -> None:
        wanted = ApplicationFilter(event=self.event_code)
        self.ops.query(lambda session: list_applications(session, wanted), self._show,
                       owner=self)

    def _enable(self) -> None:
        rows: list[ApplicationRow] = self.selected_rows()
        possible = set.intersection(*(set(application_moves(ApplicationStatus(r.status)))
                                      for r in rows)) if rows else set()
        self.move_button.setEnabled(bool(possible))
        self.move_to.setEnabled(bool(rows))
        self.place_button.setEnabled(len(rows) == 1 and rows[0].status == "accepted"
                                     and not rows[0].placed)
        self.delete_button.setEnabled(bool(rows))
        self.letters_button.setEnabled(any(r.placed for r in rows))

    def move_selected(self) -> None:
        rows: list[ApplicationRow] = self.selected_rows()
        if not rows:
            return
        ids, status = [r.id for r in rows], str(self.move_to.currentData())
        label = filled(self.tr("move of %Ln application(s) to %1", "", len(ids)),
                       application_status_label(status))
        self.ops.change(label, lambda db: move_applications(db, ids, status), owner=self)

    def delete_selected(self) -> None:
        rows: list[ApplicationRow] = self.selected_rows()
        if not rows:
            return
        ids = [r.id for r in rows]
        confirm_then(self, self.tr("Delete applications"),
                     filled(self.tr("Delete %Ln application(s) and their history? This can be "
                                    "undone from the Edit menu.", "", len(ids))),
                     lambda: self.ops.change(
                         filled(self.tr("deletion of %Ln application(s)", "", len(ids))),
                         lambda db: delete_applications(db, ids), owner=self))

    def write_letters(self) -> None:
        """Placement letters for the selected offers that have become placements."""
        from careerdesk.gui.nominations.letters_dialog import LettersDialog

        chosen = [r.id for r in self.selected_rows() if r.placed]
        if chosen:
            self._open(LettersDialog(self.ops, chosen, self, applications=True))

    def new_application(self) -> None:
        from careerdesk.gui.events.application_dialogs import ApplicationDialog

        code = self.event_code
        self.ops.query(lambda session: list_roles(session, code),
                       lambda roles: self._open(ApplicationDialog(self.ops, code, roles, self)),
                       owner=self)

    def place_selected(self) -> None:
        from careerdesk.gui.events.application_dialogs import OfferPlacementDialog

        row: ApplicationRow | None = self.selected_row()
        if row is not None:
            self._open(OfferPlacementDialog(self.ops, row, self))

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]


class RolesTable(TablePage):
    """The companies taking part and the roles each offered."""

    follows = (Changed.EVENTS, Changed.ORGANISATIONS)

    def __init__(self, ops: Operations, event: str, parent: QWidget | None = None) -> None:
        self.event_code = event
        super().__init__(ops, parent)
        self.new_button = QPushButton(self.tr("New &role…"), self)
        self.new_button.clicked.connect(self.new_role)
        self.import_button = QPushButton(self.tr("&Import the organiser's list…"), self)
        self.import_button.clicked.connect(self.choose_list)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.actions_row.addWidget(self.new_button)
        self.actions_row.addWidget(self.import_button)
        self.actions_row.addWidget(self.delete_button)
        self.actions_row.addStretch(1)
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        self.layout().addWidget(self.said)
        self.dialog: QWidget | None = None

    def choose_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The organiser's list of exhibitors and roles"), str(Path.home()),
            self.tr("Lists (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv *.txt);;All files (*)"))
        if path:
            self.import_list(Path(path))

    def import_list(self, path: Path) -> None:
        """The day's companies and roles from an organiser's list (an import: undone from
        the Imports page)."""
        code = self.event_code
        self.ops.long(self.tr("Importing the roles…"),
                      lambda database, _progress: import_roles(database, path, code),
                      self._imported, parent=self,
                      changes=Changes.of(Changed.EVENTS, Changed.ORGANISATIONS,
                                         Changed.IMPORTS),
                      on_failed=lambda problem: self.said.setText(sentence(problem)))

    def _imported(self, done: RolesImported) -> None:
        text = filled(self.tr("%1: %2 roles added, %3 changed, %4 unchanged, %5 rows not "
                              "imported (import %6; undo it on the Imports page)."),
                      done.file, f"{done.created:,}", f"{done.updated:,}",
                      f"{done.unchanged:,}", f"{done.rejected:,}", str(done.batch))
        lines = [text, *(filled(self.tr("Row %1, %2: %3"), str(row), column, localised(said))
                         for row, column, said in done.problems[:20])]
        self.said.setText("\n".join(lines))

    def title(self) -> str:
        return self.tr("Companies and roles")

    def explanation(self) -> str:
        return self.tr("The companies taking part and the roles each offered, with how many "
                       "applied.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("Company"), lambda r: r.company),
                Column(self.tr("Role"), lambda r: r.title),
                Column(self.tr("Field"), lambda r: r.field),
                Column(self.tr("Openings"), lambda r: r.openings, align_right=True),
                Column(self.tr("Offered"), lambda r: channel_label(r.mode)),
                Column(self.tr("Applications"), lambda r: r.applications, align_right=True)]

    def table_name(self) -> str:
        return "CareerDayRoles"

    def refresh(self) -> None:
        code = self.event_code
        self.ops.query(lambda session: list_roles(session, code), self._show, owner=self)

    def new_role(self) -> None:
        from careerdesk.gui.events.application_dialogs import RoleDialog

        self.dialog = RoleDialog(self.ops, self.event_code, self)
        self.dialog.open()

    def delete_selected(self) -> None:
        rows: list[RoleRow] = self.selected_rows()
        if not rows:
            return
        ids = [r.id for r in rows]
        confirm_then(self, self.tr("Delete roles"),
                     filled(self.tr("Delete %Ln role(s)? This can be undone from the Edit "
                                    "menu.", "", len(ids))),
                     lambda: self.ops.change(filled(self.tr("deletion of %Ln role(s)", "",
                                                            len(ids))),
                                             lambda db: delete_roles(db, ids), owner=self))
