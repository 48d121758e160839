"""The students table: it holds the ordered ids and fetches rows a block at a time.

With 50,000 students only the ids (a few hundred kilobytes) are loaded up front;
the rows on screen are read in blocks of ``BLOCK`` when the view first asks for them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QTimer

from careerdesk.core.services.student_rows import StudentRow, StudentSort, StudentSource

BLOCK = 64  # a screenful or two: the first paint reads one block, ~1 ms
FIRST_IDS = 400
MAX_CACHED_BLOCKS = 200
#: The rest of the ids are read this long after the first screenful, so the window paints
#: first; scrolling further before then reads them at once (``student_id``, ``data``).
REST_OF_IDS_AFTER_MS = 150

Index = QModelIndex | QPersistentModelIndex
#: Qt.ItemDataRole.DisplayRole and ToolTipRole, as plain numbers (a test keeps them equal).
#: The Students page is the window's first page: naming any member of ``Qt`` before it has
#: painted would build PySide6's whole ``Qt`` enum namespace first (136 enums, ~20 ms, a
#: tenth of the start-up). So this model names none: no ``headerData`` (Qt would call it
#: with a ``Qt.Orientation``; the page shows ``column_titles`` through a header model of
#: its own) and ``sort`` takes its order as Qt gives it.
DISPLAY_ROLE, TOOLTIP_ROLE = 0, 3
_SHOWN_ROLES = frozenset({DISPLAY_ROLE, TOOLTIP_ROLE})


def _descending_order() -> Any:
    from PySide6.QtCore import Qt  # asked only once Qt itself passes an order

    return Qt.SortOrder.DescendingOrder


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
        self._loaded = False
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
        self._loaded = True
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

    def column_titles(self) -> list[str]:
        return [title for title, _, _ in self._columns]

    def sort(self, column: int, order: Any = None) -> None:
        """Qt's sort: ``order`` a Qt.SortOrder (None: ascending). An order the rows are
        already in is not read again (switching sorting on sorts once by the indicator)."""
        key = self._columns[column][1]
        if key is None:
            return
        descending = order is not None and order == _descending_order()
        if self._loaded and (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
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

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
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
