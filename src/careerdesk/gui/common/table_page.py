"""A page that lists plain rows from a core service, with a filter box and sorting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.gui.models.rows_model import Column, RowsModel


class TablePage(QWidget):
    """Subclasses say what to show: ``title``, ``explanation``, ``columns`` and ``load``."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = RowsModel(self.columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        heading = QLabel(self.title(), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        note = QLabel(self.explanation(), self)
        note.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        # Keep the service's order until the user clicks a header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        self.actions_row = QHBoxLayout()
        layout.addLayout(self.actions_row)
        layout.addWidget(self.table, 1)
        self.refresh()

    def title(self) -> str:
        raise NotImplementedError

    def explanation(self) -> str:
        raise NotImplementedError

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def load(self, session: Session) -> Sequence[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        with self._database.session() as session:
            self.model.set_rows(self.load(session))
