"""The nominations table: every nomination loaded once, filtered in memory per keystroke."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.core.services.nominations import (
    NominationFilter,
    NominationIndex,
    NominationRow,
)
from careerdesk.gui.common.colours import Tint, tint
from careerdesk.gui.common.labels import status_label
from careerdesk.gui.common.messages import filled

Index = QModelIndex | QPersistentModelIndex
#: What each column sorts on (``NOMINATION_SORTS``), in the columns' order.
SORT_KEYS = ("cohort", "university", "student_no", "name_en", "name_zh", "faculty", "track",
             "status", "rank", "eligibility")
_VERDICT_TINTS = {"fail": Tint.PROBLEM, "unknown": Tint.WARNING}


class NominationsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[NominationRow] = []
        self._visible: list[int] = []
        self._index = NominationIndex([])
        self._filter = NominationFilter()
        self._sort: tuple[str, bool] | None = None  # (key, descending); None: the list's own
        self._headers = [self.tr("Cohort"), self.tr("University"), self.tr("Student no."),
                         self.tr("English name"), self.tr("Chinese name"), self.tr("Faculty"),
                         self.tr("Track"), self.tr("Status"), self.tr("Rank"),
                         self.tr("Eligible")]
        self._verdicts = {"pass": self.tr("Yes"), "fail": self.tr("No"),
                          "unknown": self.tr("Unknown")}

    def set_rows(self, rows: list[NominationRow]) -> None:
        self.set_index(NominationIndex(rows))

    def set_index(self, index: NominationIndex) -> None:
        """Show the rows of ``index`` (made on the database thread), filtered as now."""
        self.beginResetModel()
        self._index = index
        self._rows = index.rows
        self._visible = self._shown(self._filter)
        self.endResetModel()

    def rows_of(self, ids: set[int]) -> list[int]:
        """Where the nominations ``ids`` are shown (those the filter shows)."""
        positions = {self._index.position_of[i] for i in ids if i in self._index.position_of}
        return [row for row, position in enumerate(self._visible) if position in positions]

    def set_filter(self, wanted: NominationFilter) -> None:
        self.beginResetModel()
        self._filter = wanted
        self._visible = self._shown(wanted)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort: by the column's values (status in the order of the path, rank as a
        number, eligible first); the selection is kept by the page."""
        if not 0 <= column < len(SORT_KEYS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self._visible
        self._sort = (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        self._visible = self._shown(self._filter)
        row_now = {position: row for row, position in enumerate(self._visible)}
        kept = self.persistentIndexList()  # the selection and the current row follow
        self.changePersistentIndexList(kept, [
            self.index(row_now[before[index.row()]], index.column()) for index in kept])
        self.layoutChanged.emit()

    def _shown(self, wanted: NominationFilter) -> list[int]:
        visible = self._index.filter(wanted)
        if self._sort is None:
            return visible
        return self._index.sorted(visible, *self._sort)

    def row_values(self, row: NominationRow) -> tuple:
        """The row's values in the columns' order, as shown (statuses in words)."""
        return (row.cohort, row.university, row.student_no, row.name_en, row.name_zh,
                row.faculty, row.track, status_label(NominationStatus(row.status)), row.rank,
                self._verdicts[row.eligibility.value])

    def header(self, column: int) -> str:
        return self._headers[column]

    def row_at(self, row: int) -> NominationRow:
        return self._rows[self._visible[row]]

    def total(self) -> int:
        """How many nominations there are, shown or not."""
        return len(self._rows)

    def all_rows(self) -> list[NominationRow]:
        return self._rows

    def status_counts(self) -> Counter[str]:
        return self._index.statuses(self._visible)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.row_values(row)[index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 9:
            kind = _VERDICT_TINTS.get(row.eligibility.value)
            return tint(kind) if kind else None
        if index.column() == 8 and row.beyond_quota:
            if role == Qt.ItemDataRole.BackgroundRole:
                return tint(Tint.MUTED)
            if role == Qt.ItemDataRole.ToolTipRole:
                return filled(self.tr("Below the quota line: %1 places."), str(row.quota_places))
        return None
