"""Students: a search box over the table of every student."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.services.student_rows import StudentSource
from careerdesk.gui.models.students_model import StudentsModel

SEARCH_DELAY_MS = 250


class StudentsPage(QWidget):
    #: (report kind, preset values) — the window opens the Reports page on it
    report_requested = Signal(str, dict)

    def __init__(self, source: StudentSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StudentsModel(source, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search by name, Chinese name, student no. or email"))
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no size asked of 50,000 rows
        rows.setDefaultSectionSize(24)
        rows.hide()
        header = self.table.horizontalHeader()
        # The headings come from a model of their own, not from the students model: see
        # DISPLAY_ROLE in students_model on why that names no Qt enum before first paint.
        self.titles = QStandardItemModel(0, self.model.columnCount(), self)
        self.titles.setHorizontalHeaderLabels(self.model.column_titles())
        header.setModel(self.titles)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 110, 210, 90, 260, 120, 220, 240, 90)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.modelReset.connect(self._update_count)

        self.model.reload()  # the first screenful of ids, in the model's first order

    def finish_setup(self) -> None:
        """Sorting by a click on a heading, its arrow, the right-click menu and the search
        box's clear button: each names a Qt enum or makes a first QAction, so the window
        switches them on just after its first paint (``MainWindow.finish_start``)."""
        from PySide6.QtCore import Qt

        self.search.setClearButtonEnabled(True)  # (shown only once there is text)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(),
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the order it is in

    def _context_menu(self, position) -> None:  # noqa: ANN001 (a QPoint)
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Student record…"), lambda: self.request_record(index.row()))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def request_record(self, row: int) -> None:
        university = self.model.index(row, 0).data()
        number = self.model.index(row, 1).data()
        self.report_requested.emit("student", {"university": university, "student_no": number})

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text().strip())

    def refresh(self) -> None:
        self.model.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n student(s)", "", self.model.rowCount()))
