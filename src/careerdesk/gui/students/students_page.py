"""Students: a search box over the table of every student; add, open, correct, delete,
nominate.

The page can paint before the database layer has loaded (from the light start-up
reader); its buttons come on once the database is open (``use``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.services.student_rows import StudentRow, StudentSource
from careerdesk.gui.students.students_model import ReaderLoader, StudentsModel

if TYPE_CHECKING:  # the database layer loads after the first paint
    from careerdesk.core.services.changes import Changes
    from careerdesk.gui.common.operations import Operations

SEARCH_DELAY_MS = 250


class StudentsPage(QWidget):
    #: (report kind, preset values) — the window opens the Reports page on it
    report_requested = Signal(str, dict)

    def __init__(self, source: StudentSource | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops: Operations | None = None
        self.model = StudentsModel(ReaderLoader(source) if source else _Nothing(), self)
        self.dialog: QWidget | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Find: name (any order), 中文名, student no., email, phone, university"))
        self.search.setAccessibleName(self.tr("Find students"))
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("&New student…"), self)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.nominate_button = QPushButton(self.tr("No&minate…"), self)
        self.new_button.clicked.connect(self.new_student)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.nominate_button.clicked.connect(self.nominate_selected)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (self.new_button, self.open_button, self.delete_button,
                       self.nominate_button):
            button.setEnabled(False)  # until the database is open
            top.addWidget(button)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Students"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
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
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.count_label, 1)  # the saved views join it: finish_setup
        layout.addLayout(self.bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.modelReset.connect(self._update_count)
        self.model.modelAboutToBeReset.connect(self._remember_place)
        self.model.modelReset.connect(self._restore_place)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self._kept: tuple[list[int], int] = ([], 0)
        self._select_next: int | None = None

        self.model.reload()  # the first screenful of ids, in the model's first order

    def finish_setup(self) -> None:
        """Sorting by a click on a heading, its arrow, the right-click menu, the keys and
        the search box's clear button: each names a Qt enum or makes a first QAction, so
        the window switches them on just after its first paint
        (``MainWindow.finish_start``)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        self.search.setClearButtonEnabled(True)  # (shown only once there is text)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(),
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the order it is in
        from careerdesk.gui.common.columns import TableColumns

        self.columns_kept = TableColumns(self.table, "students", self._empty_text)
        self.columns_kept.restore()
        from careerdesk.gui.common.views import SavedViews

        self.views = SavedViews("students", self.view_state, self.apply_view, self)
        self.bottom.addWidget(self.views)
        # (Ctrl+N is the window's: its New clicks this page's New button)
        for keys, act in ((QKeySequence(Qt.Key.Key_Return), self.open_selected),
                          (QKeySequence(Qt.Key.Key_Enter), self.open_selected),
                          (QKeySequence.StandardKey.Delete, self.delete_selected)):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(act)
            self.addAction(action)

    def use(self, ops: Operations) -> None:
        """The database is open: read through ``ops`` from now on, and switch the buttons on."""
        from careerdesk.gui.students.student_loading import OperationsLoader

        self.ops = ops
        ops.did_change.connect(self.on_change)
        for button in (self.new_button, self.open_button, self.delete_button,
                       self.nominate_button):
            button.setEnabled(True)
        self.model.use(OperationsLoader(ops, self))

    def on_change(self, changes: Changes, _initiator: object = None) -> None:
        from careerdesk.core.services.changes import Changed

        if changes.touches(Changed.STUDENTS, Changed.SETTINGS):
            self.model.reload()

    # -- the selection, kept across readings -------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in map(self.model.student_id, rows) if i is not None]

    def select_student(self, student_id: int) -> None:
        """Select the student (once the list holds them: a student just added is selected
        when the list has been read again)."""
        row = self.model.row_of(student_id)
        if row is None:
            self._kept = ([student_id], self.table.verticalScrollBar().value())
            self._select_next = student_id
            return
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()  # (not selectRow: it reads the keyboard's
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect  # Ctrl key)
                                  | selection.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _remember_place(self) -> None:
        self._kept = (self.selected_ids(), self.table.verticalScrollBar().value())

    def _restore_place(self) -> None:
        if self._select_next is not None:
            wanted, self._select_next = self._select_next, None
            self.select_student(wanted)
            return
        ids, scrolled = self._kept
        selection = self.table.selectionModel()
        for student_id in ids:
            row = self.model.row_of(student_id)
            if row is not None:
                index = self.model.index(row, 0)
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
        self.table.verticalScrollBar().setValue(scrolled)

    # -- acting ------------------------------------------------------------------------------
    def new_student(self) -> None:
        self._open_form(None)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._open_form(ids[0])

    def _open_form(self, student_id: int | None) -> None:
        if self.ops is None:
            return
        from careerdesk.core.services.student_detail import student_choices, student_detail

        def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            detail = student_detail(session, student_id) if student_id is not None else None
            return detail, student_choices(session)

        self.ops.query(read, lambda found: self._show_form(*found), owner=self)

    def _show_form(self, detail: Any, choices: Any) -> None:
        from careerdesk.gui.students.student_dialog import StudentDialog

        self.dialog = StudentDialog(self.ops, detail, choices, self)
        self.dialog.saved_student.connect(self.select_student)
        self.dialog.open()
        if detail is not None and self.ops is not None:  # who saw what: the record, viewed
            from careerdesk.core.domain.choices import DisclosureAction
            from careerdesk.core.services.privacy import record_disclosure, seen_as

            seen = detail.form.id
            self.ops.change(None, lambda db: record_disclosure(
                db, DisclosureAction.VIEWED, seen_as("student_form"), [seen]))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.ops is not None and ids:
            from careerdesk.gui.students.deleting import StudentDeletion

            StudentDeletion(self, self.ops).ask(ids)

    def nominate_selected(self) -> None:
        if self.ops is None:
            return
        from careerdesk.core.services.students import students_by_ids
        from careerdesk.gui.nominations.nominate_dialog import open_nominate_dialog

        ids, ops = self.selected_ids(), self.ops

        def opened(rows: list[StudentRow]) -> None:
            self.dialog = open_nominate_dialog(self, ops, rows)

        ops.query(lambda session: students_by_ids(session, ids), opened, owner=self)

    def _context_menu(self, position) -> None:  # noqa: ANN001 (a QPoint)
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open…"), self.open_selected)
        menu.addAction(self.tr("Nominate…"), self.nominate_selected)
        menu.addAction(self.tr("Student record…"), lambda: self.request_record(index.row()))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def request_record(self, row: int) -> None:
        university = self.model.index(row, 0).data()
        number = self.model.index(row, 1).data()
        self.report_requested.emit("student", {"university": university, "student_no": number})

    def table_export(self) -> Any:
        """The students listed (or selected), the columns shown, for Export to Excel; their
        rows are read on the database thread."""
        from careerdesk.core.services.students import students_by_ids
        from careerdesk.gui.common.exporting import (
            TableExport,
            chosen_rows,
            in_chunks,
            visible_columns,
        )

        columns = visible_columns(self.table)
        view_rows, selected = chosen_rows(self.table)
        every = self.model.all_ids()
        ids = [every[row] for row in view_rows if row < len(every)]
        values = [self.model.column_value(c) for c in columns]
        titles = self.model.column_titles()
        return TableExport(
            self.tr("Students"), [titles[c] for c in columns],
            lambda session: ([[value(row) for value in values]
                              for row in students_by_ids(session, chunk)]
                             for chunk in in_chunks(ids)),
            len(ids), selected, student_ids=ids)

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text().strip())

    def refresh(self) -> None:
        self.model.reload()

    # -- saved views -------------------------------------------------------------------------
    def view_state(self) -> dict:
        return {"text": self.search.text(), **self.columns_kept.view_state()}

    def apply_view(self, state: dict) -> None:
        self.columns_kept.apply_view_state(state)
        self.search.blockSignals(True)
        self.search.setText(str(state.get("text") or ""))
        self.search.blockSignals(False)
        self.apply_search()

    def _empty_text(self) -> str | None:
        from careerdesk.gui.common.messages import filled

        typed = self.search.text().strip()
        if typed:
            return filled(self.tr("No student matches “%1”."), typed)
        if self.ops is not None:
            return self.tr("No students yet: add one with New student… (Ctrl+N) or import "
                           "a nominee list.")
        return None

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln student(s)", "", self.model.rowCount()))


class _Nothing:
    """No students to show yet (the database is still opening)."""

    def ids(self, search: str, sort: Any, descending: bool, arrived: Any) -> None:
        arrived(0, [], True)

    def rows(self, ids: Any, arrived: Any) -> None:
        arrived([])
