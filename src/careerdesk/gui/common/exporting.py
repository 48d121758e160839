"""Export to Excel (Ctrl+E) from any table: the rows shown, or those selected, with the
columns shown in their order and headings in the window's language.

A page says what it would export as a ``TableExport``; the rows' values are read and the
workbook written on the database thread behind a progress window with Cancel (50,000
students take a few seconds), by the core's writer (``core.services.exports``: real
dates, phones as text, formula-looking text kept as text, autofilter, frozen header).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTableView, QWidget

from careerdesk.core.db.database import Database
from careerdesk.core.services.exports import Exported
from careerdesk.core.services.progress import Progress
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.io.office_time import shown

CHUNK = 2_000  # rows read between two looks at Cancel


@dataclass(frozen=True)
class TableExport:
    """What a page exports: the ``name`` of the sheet (and the file offered), the headings,
    and ``read``, which gives the rows' values on the database thread (chunks of rows, so
    Cancel is heard between them); ``count`` rows, ``selected`` or all those shown."""

    name: str
    headers: list[str]
    read: Callable[[Any], Iterable[Sequence[Sequence[Any]]]]  # (given a session by the core)
    count: int
    selected: bool
    #: the students in it, by id or by (university, student no.): noted in who saw what
    student_ids: Sequence[int] = ()
    student_keys: Sequence[tuple[str, str]] = ()


def visible_columns(view: QTableView) -> list[int]:
    """The view's columns as the user sees them: hidden ones left out, in the order shown
    (a heading can be dragged elsewhere)."""
    header = view.horizontalHeader()
    shown_columns = [header.logicalIndex(visual) for visual in range(header.count())]
    return [column for column in shown_columns if not header.isSectionHidden(column)]


def chosen_rows(view: QTableView) -> tuple[list[int], bool]:
    """The rows to export, in the view's order: those selected when there are several,
    else every row shown; and whether they are the selected ones."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    if len(rows) > 1:
        return rows, True
    return list(range(view.model().rowCount())), False


def in_chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def cell_value(value: Any, yes: str, no: str) -> Any:
    """A value as a spreadsheet cell takes it: dates and numbers as themselves (times in the
    office's time), yes/no in words, anything else as its text."""
    if value is None or isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, dt.datetime):
        return shown(value).replace(tzinfo=None)
    if isinstance(value, dt.date | dt.time):
        return value
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


class Exporter(QObject):
    """Asks where to save, then writes on the database thread; says what it wrote in the
    window's status bar."""

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parent = parent

    def export(self, table: TableExport) -> None:
        """Students who have not consented to share their data are left out, unless the
        user chooses to include them (asked first, when the table has any)."""
        if not (table.student_ids or table.student_keys):
            self._export(table, include=False)
            return
        from careerdesk.core.services.privacy import without_consent

        ids, keys = list(table.student_ids), list(table.student_keys)
        self._ops.query(lambda session: len(without_consent(session, ids, keys)),
                        lambda missing: self._ask_consent(table, missing), owner=self)

    def _ask_consent(self, table: TableExport, missing: int) -> None:
        if not missing:
            self._export(table, include=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Students without consent"),
                          self.tr("%Ln of these students have not consented to share their "
                                  "data. Leave them out of the export?", "", missing),
                          parent=self._parent)
        leave = box.addButton(self.tr("&Leave them out"), QMessageBox.ButtonRole.AcceptRole)
        include = box.addButton(self.tr("&Include them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave)
        box.exec()
        if box.clickedButton() in (leave, include):
            self._export(table, include=box.clickedButton() is include)

    def _export(self, table: TableExport, include: bool) -> None:
        path = self._ask_path(table.name)
        if path is None:
            return
        yes, no = self.tr("Yes"), self.tr("No")

        def work(database: Database, progress: Progress) -> Exported:
            from careerdesk.core.services.exports import export_read_rows

            return export_read_rows(database, path, table.headers, table.name, table.read,
                                    table.count, lambda value: cell_value(value, yes, no),
                                    progress, student_ids=table.student_ids,
                                    student_keys=table.student_keys,
                                    include_without_consent=include)

        self._ops.long(self.tr("Exporting to Excel…"), work, self._done(path),
                       parent=self._parent)

    def _ask_path(self, name: str) -> Path | None:
        settings = QSettings()
        folder = str(settings.value("export/folder", str(Path.home())))
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export to Excel"),
            str(Path(folder) / f"{name} {dt.date.today().isoformat()}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        settings.setValue("export/folder", str(path.parent))
        return path

    def _done(self, path: Path) -> Callable[[Exported], None]:
        def said(done: Exported) -> None:
            window = self._parent.window()
            if isinstance(window, QMainWindow):
                text = filled(self.tr("%Ln row(s) exported to %1.", "", done.count), str(path))
                if done.left_out:
                    text += " " + filled(self.tr(
                        "Left out, without consent to share their data: %1."),
                        ", ".join(done.left_out[:20]) + ("…" if len(done.left_out) > 20
                                                         else ""))
                window.statusBar().showMessage(text, 30_000)
            self.said: Exported = done  # (what the last export wrote: tests read it)
        return said

