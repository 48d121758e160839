"""The students table: it holds the ordered ids and fetches rows a block at a time.

With 50,000 students only the ids (a few hundred kilobytes) are loaded up front;
the rows on screen are read in blocks of ``BLOCK`` when the view first asks for them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from careerdesk.core.services.student_rows import StudentRow, StudentSort, StudentSource

BLOCK = 200
FIRST_IDS = 2 * BLOCK
MAX_CACHED_BLOCKS = 64
#: The rest of the ids are read this long after the first screenful, so the window paints
#: first; scrolling further before then reads them at once (``student_id``, ``data``).
REST_OF_IDS_AFTER_MS = 150

Index = QModelIndex | QPersistentModelIndex
_SHOWN_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.ToolTipRole.value})


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("Y" if value else "N")


class StudentsModel(QAbstractTableModel):
    def __init__(self, source: StudentSource, parent=None) -> None:  # noqa: ANN001 (QObject)
        super().__init__(parent)
        self._source = source
        self._ids: list[int] = []
        self._total = 0
        self._complete = True
        self._generation = 0
        self._blocks: OrderedDict[int, list[StudentRow]] = OrderedDict()
        self._search = ""
        self._sort = StudentSort.NAME_EN
        self._descending = False
        self._columns: list[tuple[str, StudentSort | None, Callable[[StudentRow], Any]]] = [
            (self.tr("University"), StudentSort.UNIVERSITY, lambda r: r.university),
            (self.tr("Student no."), StudentSort.STUDENT_NO, lambda r: r.student_no),
            (self.tr("English name"), StudentSort.NAME_EN, lambda r: r.name_en),
            (self.tr("Chinese name"), StudentSort.NAME_ZH, lambda r: r.name_zh),
            (self.tr("Email"), StudentSort.EMAIL, lambda r: r.email),
            (self.tr("Mobile"), None, lambda r: r.phone),
            (self.tr("Faculty"), StudentSort.FACULTY, lambda r: r.faculty),
            (self.tr("Programme"), StudentSort.PROGRAMME, lambda r: r.programme),
            (self.tr("Graduation"), StudentSort.GRADUATION,
             lambda r: r.graduation.isoformat() if r.graduation else ""),
            (self.tr("HK resident"), None, lambda r: _yes_no(r.hk_resident)),
        ]

    # -- what to show ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the ids again (after a search, a sort, or a change to the data).

        Only the count and the first screenfuls of ids are read at once; the rest follow
        once the window has painted (or at once, if a later row is asked for first).
        """
        self.beginResetModel()
        self._total = self._source.count(self._search)
        self._ids = self._source.ids(self._search, self._sort, self._descending, FIRST_IDS)
        self._complete = len(self._ids) >= self._total
        self._blocks.clear()
        self.endResetModel()
        if not self._complete:
            self._generation += 1
            generation = self._generation
            QTimer.singleShot(REST_OF_IDS_AFTER_MS, lambda: self._load_all_ids(generation))

    def _load_all_ids(self, generation: int | None = None) -> None:
        if self._complete or (generation is not None and generation != self._generation):
            return
        ids = self._source.ids(self._search, self._sort, self._descending)
        self._complete = True
        if len(ids) != self._total or ids[:len(self._ids)] != self._ids:
            self.beginResetModel()  # the data changed in between: show it as it is now
            self._ids, self._total = ids, len(ids)
            self._blocks.clear()
            self.endResetModel()
        else:
            self._ids = ids

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column][1]
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def student_id(self, row: int) -> int:
        if row >= len(self._ids):
            self._load_all_ids()
        return self._ids[row]

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self._columns) if c[1] == self._sort)

    # -- Qt's model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SHOWN_ROLES or not index.isValid():  # most calls ask other roles
            return None
        row = self._row(index.row())
        if row is None:
            return None
        value = self._columns[index.column()][2](row)
        return "" if value is None else str(value)

    # -- lazy rows ---------------------------------------------------------------------------
    def _row(self, row: int) -> StudentRow | None:
        if not 0 <= row < self._total:
            return None
        if row >= len(self._ids):
            self._load_all_ids()
            if row >= len(self._ids):
                return None
        block_number, offset = divmod(row, BLOCK)
        block = self._blocks.get(block_number)
        if block is None:
            block = self._load_block(block_number)
        else:
            self._blocks.move_to_end(block_number)
        return block[offset] if offset < len(block) else None

    def _load_block(self, block_number: int) -> list[StudentRow]:
        ids = self._ids[block_number * BLOCK:(block_number + 1) * BLOCK]
        rows = {row.id: row for row in self._source.rows(ids)}
        # A student deleted since the ids were read shows as an empty row until reload.
        block = [rows.get(i) or StudentRow(i, "", "", None, None, None, None, None, None, None,
                                           None, None, None, None) for i in ids]
        self._blocks[block_number] = block
        if len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block
