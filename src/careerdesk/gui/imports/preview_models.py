"""Models behind the import window's tables: the raw sheet, and the rows as understood."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from careerdesk.core.services.importing.draft import describe
from careerdesk.core.services.importing.planning import ImportPlan
from careerdesk.gui.common.colours import Tint, faint_text, tint
from careerdesk.gui.common.messages import filled, localised
from careerdesk.io.fields import FIELD_LABELS, Field
from careerdesk.io.parsed_sheet import NomineeRow
from careerdesk.io.table import column_letter

Index = QModelIndex | QPersistentModelIndex


class SheetPreviewModel(QAbstractTableModel):
    """The first rows of a sheet as they are in the file; the header row is tinted, the
    rows hidden in the file greyed and its struck-through cells struck through (the import
    leaves out such rows)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[list[Any]] = []
        self._width = 0
        self._hidden: set[int] = set()
        self._struck: set[tuple[int, int]] = set()
        self.header_row = 0

    def set_rows(self, rows: list[list[Any]], header_row: int,
                 hidden: set[int] | None = None,
                 struck: set[tuple[int, int]] | None = None) -> None:
        """``header_row``, ``hidden`` and ``struck`` ((row, 0-based column)) as Excel
        numbers rows."""
        self.beginResetModel()
        self._rows = rows
        self._width = max((len(r) for r in rows), default=0)
        self.header_row = header_row
        self._hidden = hidden or set()
        self._struck = struck or set()
        self.endResetModel()

    def set_header_row(self, header_row: int) -> None:
        self.header_row = header_row
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self._width - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(row[index.column()]) if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.row() + 1 == self.header_row:
            return tint(Tint.HEADING)
        if index.row() + 1 in self._hidden:
            if role == Qt.ItemDataRole.ForegroundRole:
                return faint_text()
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "SheetPreviewModel", "Hidden in the file (filtered out by its sender): "
                    "this row will not be imported.")
        if (index.row() + 1, index.column()) in self._struck:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "SheetPreviewModel", "Struck through in the file: a row whose student "
                    "number, name and email are struck through is not imported.")
        return None


class PlannedRowsModel(QAbstractTableModel):
    """Every student row of the file as CareerDesk understood it, problems highlighted;
    or only the rows with a problem (``set_only_problems``: a list of row numbers, made at
    once, where a filter proxy would ask Python about each of 100,000 rows, ~16 µs each)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._all: list[NomineeRow] = []
        self._with_problems: list[NomineeRow] = []
        self._rows: list[NomineeRow] = []  # the rows shown
        self._only_problems = False
        self._columns: list[tuple[str, Field | None, int]] = []

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        layout = plan.parsed.parsed.layout
        parsed = plan.parsed.parsed
        self._all = parsed.rows
        self._with_problems = [self._all[number] for number in sorted(parsed.row_problems)]
        self._rows = self._shown_rows()
        self._columns = [("", None, -1)] + [
            (c.header, c.field, c.index) for c in layout.columns
            if c.field is not None and c.field is not Field.ROW_NUMBER]
        self._columns += [(filled(self.tr("%1 (filled in)"), localised(
            FIELD_LABELS[field])), field, -1) for field in _FILLED_IN
            if layout.column_for(field) is None and any(parsed.column(field))]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def set_only_problems(self, only: bool) -> None:
        if only == self._only_problems:
            return
        self.beginResetModel()
        self._only_problems = only
        self._rows = self._shown_rows()
        self.endResetModel()

    def _shown_rows(self) -> list[NomineeRow]:
        return self._with_problems if self._only_problems else self._all

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1  # the last: "Problems"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section < len(self._columns) \
                and self._columns[section][2] < 0:
            return self.tr("Not a column of the file: the import worked it out, and the "
                           "next page says from what.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == len(self._columns):
            return self.tr("Problems")
        return self._columns[section][0] if section < len(self._columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == len(self._columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return "; ".join(localised(p.message) for p in row.problems)
            return None
        header, field, position = self._columns[index.column()]
        problems = [p for p in row.problems if p.column == header or
                    (index.column() == 0 and not p.column)]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(row.excel_row)
            if problems or field in _SHOWN_AS_WRITTEN:
                # as written in the file: what is wrong, the cohort (the plan holds its id),
                # or what was read into the attendance
                return describe(row.raw[position]) if 0 <= position < len(row.raw) else ""
            return _shown(row.value(field))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return tint(Tint.PROBLEM if any(p.rejects for p in problems) else Tint.WARNING)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(localised(p.message) for p in problems)
        return None


#: Fields a list often gives without a column (in its title, a section's heading, its
#: email addresses, or as chosen in the window): shown after the file's columns.
_FILLED_IN = (Field.UNIVERSITY, Field.FACULTY, Field.DEPARTMENT)

#: Columns the plan keeps in another form (a cohort id, a time in UTC, an attendance's
#: code), or reads into another field (a status, or a yes per stage, into where each
#: nomination stands; a check-in or a join into an attendance; a role into leaving a row
#: out).
_SHOWN_AS_WRITTEN = {Field.COHORT, Field.TRACK, Field.ATTENDANCE, Field.CHECKED_IN,
                     Field.CHECKED_IN_AT, Field.JOINED_AT, Field.TICKET_TYPE,
                     Field.MEETING_ROLE, Field.REGISTERED_AT, Field.ENDORSED,
                     Field.SHORTLISTED, Field.INTERVIEWED, Field.OFFERED, Field.OFFER_ACCEPTED}


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    return describe(value)
