"""Host companies and partners: the list, and the editor of each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QPushButton, QWidget

from careerdesk.core.services import catalogue
from careerdesk.core.services.catalogue import OrganisationRow
from careerdesk.core.services.changes import Changed
from careerdesk.core.services.organisations import delete_organisation, organisation_editing
from careerdesk.gui.common.confirm import confirm_then
from careerdesk.gui.common.labels import theme_label
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column
from careerdesk.gui.common.table_page import TablePage


class OrganisationsPage(TablePage):
    rows_from = staticmethod(catalogue.list_organisations)
    follows = (Changed.ORGANISATIONS, Changed.PLACEMENTS)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.new_button = QPushButton(self.tr("&New organisation…"), self)
        self.edit_button = QPushButton(self.tr("&Edit the selected organisation…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.dialog: QWidget | None = None

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

    def row_key(self, row: OrganisationRow) -> str:
        return row.name_en

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_editor(row.name_en)

    def open_editor(self, name: str | None) -> None:
        self.ops.query(lambda session: organisation_editing(session, name), self._show_editor,
                       owner=self)

    def _show_editor(self, editing) -> None:  # noqa: ANN001 (an OrganisationEditing)
        from careerdesk.gui.organisations.organisation_editor import OrganisationEditor

        self.dialog = OrganisationEditor(self.ops, editing, self)
        self.dialog.open()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        confirm_then(self, self.tr("Delete an organisation"),
                     filled(self.tr("Delete %1 and its contacts? Only an organisation with no "
                             "positions or placements can be deleted."), row.name_en),
                     lambda: self.ops.change(None, lambda db: delete_organisation(
                         db, row.name_en), owner=self))
