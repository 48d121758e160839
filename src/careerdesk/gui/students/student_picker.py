"""Choosing students by searching for them: the nominate and register windows use it."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.services.student_rows import StudentRow
from careerdesk.core.services.students import find_students
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column, RowsModel

SEARCH_DELAY_MS = 200


class StudentPicker(QWidget):
    """A search box, the students it finds, and the students chosen so far."""

    #: The chosen students changed.
    changed = Signal()

    def __init__(self, ops: Operations, chosen: list[StudentRow] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a student: name, Chinese name, student "
                                               "no. or email"))
        self.search.setClearButtonEnabled(True)
        columns = [Column(self.tr("University"), lambda r: r.university),
                   Column(self.tr("Student no."), lambda r: r.student_no),
                   Column(self.tr("English name"), lambda r: r.name_en),
                   Column(self.tr("Chinese name"), lambda r: r.name_zh),
                   Column(self.tr("Faculty"), lambda r: r.faculty)]
        self.found = RowsModel(columns, self)
        self.found_view = self._table(self.found)
        self.chosen = RowsModel(columns, self)
        self.chosen_view = self._table(self.chosen)
        self.add_button = QPushButton(self.tr("&Add ↓"), self)
        self.remove_button = QPushButton(self.tr("Re&move ↑"), self)
        self.add_button.clicked.connect(self.add_selected)
        self.found_view.doubleClicked.connect(lambda _index: self.add_selected())
        self.remove_button.clicked.connect(self.remove_selected)
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.found_view, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Chosen:"), self))
        layout.addWidget(self.chosen_view, 2)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(self._timer.start)
        self.chosen.set_rows(list(chosen or []))
        self._update_count()

    def _table(self, model: RowsModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setTabKeyNavigation(False)  # Tab moves on to the buttons
        return view

    def find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            self.found.set_rows([])
            return
        self.ops.query(lambda session: find_students(session, text), self.found.set_rows,
                       owner=self)

    def add_selected(self) -> None:
        have = {r.id for r in self.chosen_rows()}
        adding = [self.found.row_at(i.row()) for i in self.found_view.selectionModel()
                  .selectedRows()]
        self.chosen.set_rows(self.chosen_rows() + [r for r in adding if r.id not in have])
        self._update_count()

    def remove_selected(self) -> None:
        gone = {i.row() for i in self.chosen_view.selectionModel().selectedRows()}
        self.chosen.set_rows([r for n, r in enumerate(self.chosen_rows()) if n not in gone])
        self._update_count()

    def chosen_rows(self) -> list[StudentRow]:
        return [self.chosen.row_at(n) for n in range(self.chosen.rowCount())]

    def _update_count(self) -> None:
        self.count.setText(self.tr("%Ln student(s) chosen", "", self.chosen.rowCount()))
        self.changed.emit()
