"""The students table read on the database thread (once the database is open)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from careerdesk.core.services.student_rows import StudentSort
from careerdesk.core.services.students import student_ids, students_by_ids
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.students.students_model import IdsArrived, RowsArrived


class OperationsLoader:
    """Asks ``ops`` for the ids and the rows; the answers come on the UI thread, dropped
    if ``owner`` has gone by then."""

    def __init__(self, ops: Operations, owner: QObject) -> None:
        self._ops = ops
        self._owner = owner

    def ids(self, search: str, sort: StudentSort, descending: bool,
            arrived: IdsArrived) -> None:
        def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            ids = student_ids(session, search, sort, descending)
            return len(ids), ids

        self._ops.query(read, lambda found: arrived(found[0], found[1], True),
                        owner=self._owner)

    def rows(self, ids: Sequence[int], arrived: RowsArrived) -> None:
        wanted = list(ids)
        self._ops.query(lambda session: students_by_ids(session, wanted), arrived,
                        owner=self._owner)

