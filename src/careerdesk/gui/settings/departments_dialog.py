"""File → Departments and faculties…: which faculty each university's department belongs to
(a list naming only a department gives its students that faculty), kept by the office."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.departments import DepartmentRow
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations

UNIVERSITIES = ("CUHK", "CityU", "HKBU", "HKU", "HKUST", "PolyU")


class DepartmentsDialog(QDialog):
    """The departments of one university at a time, by faculty: added, moved, removed."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[DepartmentRow] = []
        self.setWindowTitle(self.tr("Departments and faculties"))
        self.university = QComboBox(self)
        self.university.addItems(UNIVERSITIES)
        self.university.currentTextChanged.connect(self.refresh)
        note = QLabel(self.tr("A list that names only a student's department gives the student "
                              "the department's faculty, as listed here. Add a department "
                              "the list lacks, or move one to another faculty."), self)
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Faculty"), self.tr("Department"),
                                              self.tr("Chinese name")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.itemSelectionChanged.connect(self._enable)
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(lambda: self._ask(None))
        self.edit_button = QPushButton(self.tr("&Move or rename…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("&University:"), self.university)
        buttons = QHBoxLayout()
        for button in (add, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(close)
        self.resize(1000, 560)
        self.refresh()

    def refresh(self) -> None:
        from careerdesk.core.services.departments import departments

        code = self.university.currentText()
        self.ops.query(lambda session: departments(session, code), self._show, owner=self)

    def _show(self, rows: list[DepartmentRow]) -> None:
        self.table.clearSelection()  # (read again, the rows may have moved: none is chosen)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, value in enumerate((row.faculty, row.name, row.name_zh)):
                self.table.setItem(number, column, QTableWidgetItem(value or ""))
        self.table.resizeColumnsToContents()
        self._enable()

    def _enable(self) -> None:
        chosen = self._chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _chosen(self) -> DepartmentRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def edit_selected(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._ask(chosen)

    def _ask(self, department: DepartmentRow | None) -> None:
        faculties = sorted({row.faculty for row in self.rows})
        self.form = DepartmentForm(self.university.currentText(), faculties, department, self)
        self.form.accepted.connect(lambda: self._save(department, self.form))
        self.form.open()

    def _save(self, before: DepartmentRow | None, form: DepartmentForm) -> None:
        from careerdesk.core.services.departments import add_department, remove_department

        code, faculty, name, name_zh = (self.university.currentText(), form.faculty(),
                                        form.name.text().strip(), form.name_zh.text().strip())

        def write(database):  # noqa: ANN001, ANN202 - on the database thread
            if before is not None and before.name != name:
                remove_department(database, code, before.name)
            return add_department(database, code, faculty, name, name_zh=name_zh or None)

        label = filled(self.tr("department %1"), name)
        self.ops.change(label, write, lambda row: self._done(
            filled(self.tr("%1 is in the %2."), row.name, row.faculty)),
                        on_failed=self._failed, owner=self)

    def remove_selected(self) -> None:
        from careerdesk.core.services.departments import remove_department

        chosen = self._chosen()
        if chosen is None:
            return
        code = self.university.currentText()
        self.ops.change(filled(self.tr("removal of %1"), chosen.name),
                        lambda database: remove_department(database, code, chosen.name),
                        lambda _: self._done(filled(self.tr("%1 was taken off the list."),
                                                    chosen.name)),
                        on_failed=self._failed, owner=self)

    def _done(self, said: str) -> None:
        self.said.setText(said)
        self.refresh()

    def _failed(self, error: CareerDeskError) -> None:
        self.said.setText(localised(str(error)))


class DepartmentForm(QDialog):
    """A department's faculty and names."""

    def __init__(self, university: str, faculties: list[str],
                 department: DepartmentRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(filled(self.tr("Department at %1"), university) if department
                            is None else filled(self.tr("%1 at %2"), department.name,
                                                university))
        self.faculty_choice = QComboBox(self)
        self.faculty_choice.setEditable(True)  # (a faculty not listed yet is typed)
        self.faculty_choice.addItems(faculties)
        self.name = QLineEdit(self)
        self.name_zh = QLineEdit(self)
        if department is not None:
            self.faculty_choice.setCurrentText(department.faculty)
            self.name.setText(department.name)
            self.name_zh.setText(department.name_zh or "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Faculty:"), self.faculty_choice)
        form.addRow(self.tr("&Department:"), self.name)
        form.addRow(self.tr("&Chinese name:"), self.name_zh)
        form.addRow(self.buttons)
        for edit in (self.name, self.faculty_choice.lineEdit()):
            edit.textChanged.connect(self._enable)
        self._enable()

    def faculty(self) -> str:
        return self.faculty_choice.currentText().strip()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.faculty() and self.name.text().strip()))
