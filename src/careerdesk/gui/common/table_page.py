"""A page that lists plain rows from a core function, with a filter box and sorting.

The rows are read on the database thread (``Operations.query``) when the page is made
and again whenever a change touches what the page shows; the selection, the scroll
position and the sort survive the reading.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
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

from careerdesk.core.services.changes import Changed, Changes
from careerdesk.gui.common.columns import TableColumns
from careerdesk.gui.common.exporting import (
    TableExport,
    chosen_rows,
    in_chunks,
    visible_columns,
)
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column, RowsModel
from careerdesk.gui.common.views import SavedViews


class TablePage(QWidget):
    """Subclasses say what to show: ``title``, ``explanation``, ``columns``, where the rows
    come from (``rows_from``, a core function of a session) and which changes they follow
    (``follows``)."""

    rows_from: ClassVar[Callable[[Session], Sequence[Any]]]
    follows: ClassVar[tuple[Changed, ...]] = ()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.loaded = False
        self.model = RowsModel(self.columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        heading = QLabel(self.title(), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        note = QLabel(self.explanation(), self)
        note.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(filled(self.tr("Filter %1"), self.title()))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(lambda _text: self.columns_kept.update_note())

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.title())
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        # Keep the service's order until the user clicks a header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.columns_kept = TableColumns(self.table, self.table_name(), self._empty_text)

        self.views = SavedViews(self.table_name(), self.view_state, self.apply_view, self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.views)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        self.actions_row = QHBoxLayout()
        layout.addLayout(self.actions_row)
        layout.addWidget(self.table, 1)
        ops.did_change.connect(self.on_change)
        self._add_keys()
        self.refresh()

    def _add_keys(self) -> None:
        """Enter opens the selected row (as a double-click does); Delete deletes it, on a
        page that deletes."""
        for keys, act in (((QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)),
                           self._open_current),
                          ((QKeySequence(QKeySequence.StandardKey.Delete),), self._delete)):
            action = QAction(self)
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(act)
            self.table.addAction(action)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.doubleClicked.emit(index)

    def _delete(self) -> None:
        delete = getattr(self, "delete_selected", None)
        if delete is not None and self.selected_rows():
            delete()

    # -- saved views -------------------------------------------------------------------------
    def view_state(self) -> dict:
        return {"text": self.filter.text(), **self.columns_kept.view_state()}

    def apply_view(self, state: dict) -> None:
        self.columns_kept.apply_view_state(state)
        self.filter.setText(str(state.get("text") or ""))

    def title(self) -> str:
        raise NotImplementedError

    def explanation(self) -> str:
        raise NotImplementedError

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def table_name(self) -> str:
        """Under which name the columns' widths and order are remembered."""
        return type(self).__name__

    def _empty_text(self) -> str | None:
        typed = self.filter.text().strip()
        return filled(self.tr("Nothing here matches “%1”."), typed) if typed else None

    def row_key(self, row: Any) -> Hashable:
        """What identifies a row across readings (its selection is kept by it)."""
        return getattr(row, "id", None) or getattr(row, "code", None) or row

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.query(type(self).rows_from, self._show, owner=self)

    def on_change(self, changes: Changes, _initiator: object = None) -> None:
        if changes.touches(*self.follows):
            self.refresh()

    def _show(self, rows: Sequence[Any]) -> None:
        selected = {self.row_key(row) for row in self.selected_rows()}
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        selection = self.table.selectionModel()
        for position, row in enumerate(rows):
            if self.row_key(row) in selected:
                index = self.proxy.mapFromSource(self.model.index(position, 0))
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scrolled)
        if not self.loaded and not self.columns_kept.restore():
            self.table.resizeColumnsToContents()  # first widths: what the rows hold
        self.loaded = True

    # -- the selection -----------------------------------------------------------------------
    def selected_rows(self) -> list[Any]:
        return [self.model.row_at(self.proxy.mapToSource(index).row())
                for index in self.table.selectionModel().selectedRows()]

    def selected_row(self) -> Any | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    # -- export ------------------------------------------------------------------------------
    def table_export(self) -> TableExport:
        """The rows shown (or selected), the columns shown, for Export to Excel."""
        columns = visible_columns(self.table)
        view_rows, selected = chosen_rows(self.table)
        rows = [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in view_rows]
        values = [self.model.column(c).value for c in columns]
        return TableExport(
            self.title(), [self.model.column(c).header for c in columns],
            lambda _session: ([[value(row) for value in values] for row in chunk]
                              for chunk in in_chunks(rows)),
            len(rows), selected,
            student_keys=[(r.university, r.student_no) for r in rows
                          if hasattr(r, "university") and hasattr(r, "student_no")])
