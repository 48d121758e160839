"""The students table: it holds the ordered ids and fetches rows a block at a time.

With 50,000 students only the ids (a few hundred kilobytes) are loaded up front; the
rows on screen are read in blocks of ``BLOCK`` when the view first asks for them. Where
they are read from is the model's ``loader``: the database thread (``OperationsLoader``:
the answers come back a moment later, and the rows shown are filled in then), or, for
the window's first paint only, the light start-up reader (``ReaderLoader``: at once).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QTimer

from careerdesk.core.services.student_rows import (
    StudentRow,
    StudentSort,
    StudentSource,
    phone_shown,
)

BLOCK = 64  # a screenful or two: the first paint reads one block, ~1 ms
FIRST_IDS = 400
MAX_CACHED_BLOCKS = 200
#: The start-up reader gives the rest of the ids this long after the first screenful, so
#: the window paints first.
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

IdsArrived = Callable[[int, list[int], bool], None]  # (total, ids, whether all of them)
RowsArrived = Callable[[list[StudentRow]], None]


class StudentLoader(Protocol):
    """Where the model's ids and rows come from; each answer is given to a callback."""

    def ids(self, search: str, sort: StudentSort, descending: bool,
            arrived: IdsArrived) -> None: ...

    def rows(self, ids: Sequence[int], arrived: RowsArrived) -> None: ...


class ReaderLoader:
    """The start-up reader, asked on the UI thread (each answer a millisecond or so): the
    first screenful of ids at once, the rest just after the first paint."""

    def __init__(self, source: StudentSource) -> None:
        self._source = source

    def ids(self, search: str, sort: StudentSort, descending: bool,
            arrived: IdsArrived) -> None:
        total = self._source.count(search)
        first = self._source.ids(search, sort, descending, FIRST_IDS)
        arrived(total, first, len(first) >= total)
        if len(first) < total:
            QTimer.singleShot(REST_OF_IDS_AFTER_MS, lambda: arrived(
                total, self._source.ids(search, sort, descending), True))

    def rows(self, ids: Sequence[int], arrived: RowsArrived) -> None:
        arrived(self._source.rows(ids))


class StudentsModel(QAbstractTableModel):
    def __init__(self, loader: StudentLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._ids: list[int] = []
        self._total = 0
        self._partial = False  # only the first ids have come (the start-up reader)
        self._generation = 0
        self._blocks: OrderedDict[int, list[StudentRow]] = OrderedDict()
        self._asked: set[int] = set()
        self._answering = False  # a block is being given while ``data`` asks for it
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
            (self.tr("Mobile"), StudentSort.PHONE, lambda r: phone_shown(r.phone)),
            (self.tr("Faculty"), StudentSort.FACULTY, lambda r: r.faculty),
            (self.tr("Programme"), StudentSort.PROGRAMME, lambda r: r.programme),
            (self.tr("Graduation"), StudentSort.GRADUATION, lambda r: r.graduation),
            (self.tr("HK resident"), StudentSort.HK_RESIDENT, lambda r: _yes_no(r.hk_resident)),
        ]

    # -- what to show ------------------------------------------------------------------------
    def use(self, loader: StudentLoader) -> None:
        """Read from ``loader`` from now on (the database thread, once it is open)."""
        self._loader = loader
        self.reload()

    def reload(self) -> None:
        """Read the ids again (after a search, a sort, or a change to the data); the rows
        shown now stay until the answer comes."""
        self._generation += 1
        generation = self._generation
        self._loaded = True
        self._loader.ids(self._search, self._sort, self._descending,
                         lambda total, ids, complete: self._ids_arrived(generation, total, ids,
                                                                        complete))

    def _ids_arrived(self, generation: int, total: int, ids: list[int],
                     complete: bool) -> None:
        if generation != self._generation:
            return  # a later search or sort was asked for since
        if self._partial and complete and total == self._total \
                and ids[:len(self._ids)] == self._ids:
            self._ids, self._partial = ids, False  # the rest of a list already shown
            return
        self._partial = not complete
        if ids == self._ids and total == self._total:  # the same students: their rows anew,
            self._blocks.clear()  # the selection and the place in the list kept
            self._asked.clear()
            if total:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(total - 1, len(self._columns) - 1))
            return
        self.beginResetModel()
        self._ids, self._total = ids, total
        self._blocks.clear()
        self._asked.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def column_titles(self) -> list[str]:
        return [title for title, _, _ in self._columns]

    def column_value(self, column: int) -> Callable[[StudentRow], Any]:
        """What the column shows of a student (a date as a date)."""
        return self._columns[column][2]

    def all_ids(self) -> list[int]:
        """The ids of the students listed, in the list's order."""
        return list(self._ids)

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

    def student_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, student_id: int) -> int | None:
        try:
            return self._ids.index(student_id)
        except ValueError:
            return None

    def student_row(self, row: int) -> StudentRow | None:
        """The row's student, if it has been read (it has, once it is shown)."""
        return self._row(row)

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
        if not 0 <= row < min(self._total, len(self._ids)):
            return None  # its id has not come yet
        block_number, offset = divmod(row, BLOCK)
        block = self._blocks.get(block_number)
        if block is None:
            self._ask(block_number)
            block = self._blocks.get(block_number)  # there at once from the start-up reader
            if block is None:
                return None
        else:
            self._blocks.move_to_end(block_number)
        return block[offset] if offset < len(block) else None

    def _ask(self, block_number: int) -> None:
        if block_number in self._asked:
            return
        self._asked.add(block_number)
        ids = self._ids[block_number * BLOCK:(block_number + 1) * BLOCK]
        generation = self._generation
        self._answering = True
        try:
            self._loader.rows(ids, lambda rows: self._block_arrived(generation, block_number,
                                                                    ids, rows))
        finally:
            self._answering = False

    def _block_arrived(self, generation: int, block_number: int, ids: list[int],
                       rows: list[StudentRow]) -> None:
        if generation != self._generation:
            return
        found = {row.id: row for row in rows}
        # A student deleted since the ids were read shows as an empty row until reload.
        self._blocks[block_number] = [found.get(i) or _gone(i) for i in ids]
        self._asked.discard(block_number)
        if len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        if not self._answering:  # (given at once, inside ``data``: nothing to announce)
            first = block_number * BLOCK
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(first + len(ids) - 1, len(self._columns) - 1))


def _gone(student_id: int) -> StudentRow:
    return StudentRow(student_id, "", "", None, None, None, None, None, None, None, None, None,
                      None, None)


def _descending_order() -> Any:
    from PySide6.QtCore import Qt  # asked only once Qt itself passes an order

    return Qt.SortOrder.DescendingOrder


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("Y" if value else "N")
