"""What the editors share: the dialog whose Save makes a change, an optional date, and
editable grids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.db.database import Database
from careerdesk.core.errors import CareerDeskError
from careerdesk.gui.common.operations import Operations, sentence

#: A problem's colour: a red that reads on light and dark backgrounds alike.
PROBLEM_STYLE = "color: #e53935; font-weight: 600;"


class ChangeDialog(QDialog):
    """A form whose Save makes one change on the database thread. It closes once the change
    is made (``saved`` then holds what the change returned) and stays open, saying why in
    one sentence, when the change is refused. Subclasses build ``change()``."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.saved: Any = None
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def name_save(self, text: str) -> None:
        """Say what Save does here ("Nominate", "Register")."""
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(text)

    def change(self) -> tuple[str | None, Callable[[Database], Any]]:
        """The change to make: its undo label (None: not undone by hand) and the write."""
        raise NotImplementedError

    def finish(self, layout: QBoxLayout | QFormLayout) -> None:
        """Put the sentence and the buttons at the foot of ``layout``."""
        if isinstance(layout, QFormLayout):
            layout.addRow(self.problem)
            layout.addRow(self.buttons)
        else:
            layout.addWidget(self.problem)
            layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            label, write = self.change()
        except CareerDeskError as problem:
            self.refused(problem)
            return
        self.buttons.setEnabled(False)
        self.ops.change(label, write, self._saved, on_failed=self.refused, owner=self)

    def _saved(self, value: Any) -> None:
        self.saved = value
        self.buttons.setEnabled(True)
        self.accept()

    def refused(self, problem: CareerDeskError) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(sentence(problem))
        self.problem.show()


class OptionalDate(QWidget):
    """A date that may be left unset."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def set_value(self, value: dt.date | None) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None


class _ChoiceDelegate(QStyledItemDelegate):
    """A cell edited with a drop-down of the column's choices (codes, names); text not in
    the list may still be typed."""

    def __init__(self, choices: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems(["", *self.choices])
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip())


class _DateDelegate(QStyledItemDelegate):
    """A cell edited with a date picker, kept as dd/mm/yyyy; emptied with Delete."""

    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(DATE_FORMAT_QT)
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QDateEdit)
        written = QDate.fromString(str(index.data() or ""), DATE_FORMAT_QT)
        editor.setDate(written if written.isValid() else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toString(DATE_FORMAT_QT))


DATE_FORMAT_QT = "dd/MM/yyyy"


class Grid(QWidget):
    """An editable table with Add row and Remove row. A column may offer choices (a
    drop-down of codes or names) or take a date (a date picker)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None, *,
                 choices: dict[int, list[str]] | None = None,
                 dates: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for column, values in (choices or {}).items():
            self.table.setItemDelegateForColumn(column, _ChoiceDelegate(values, self.table))
        for column in dates:
            self.table.setItemDelegateForColumn(column, _DateDelegate(self.table))
        self.add_button = QPushButton(self.tr("&Add row"), self)
        self.remove_button = QPushButton(self.tr("&Remove row"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[tuple[Any, ...]], keys: list[Any] | None = None) -> None:
        """Show ``rows``; ``keys`` (one a row) say which stored record each row is, so that
        a row removed or kept can be told apart from a row added (``keyed_rows``)."""
        self.table.setRowCount(0)
        for position, row in enumerate(rows):
            self.add_row(row, keys[position] if keys else None)

    def add_row(self, values: tuple[Any, ...] = (), key: Any = None) -> None:
        position = self.table.rowCount()
        self.table.insertRow(position)
        for column in range(self.table.columnCount()):
            value = values[column] if column < len(values) else None
            item = QTableWidgetItem("" if value is None else str(value))
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            self.table.setItem(position, column, item)
        if not values:
            self.table.setCurrentCell(position, 0)
            self.table.editItem(self.table.item(position, 0))

    def remove_selected(self) -> None:
        for position in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(position)

    def rows(self) -> list[list[str]]:
        """The rows with anything in them, as typed (trimmed)."""
        return [cells for _, cells in self.keyed_rows()]

    def keyed_rows(self) -> list[tuple[Any, list[str]]]:
        """(key given by ``set_rows``, or None for a row added; the cells) of each row with
        anything in it."""
        rows = []
        for r in range(self.table.rowCount()):
            cells = [(item.text().strip() if (item := self.table.item(r, c)) else "")
                     for c in range(self.table.columnCount())]
            if any(cells):
                first = self.table.item(r, 0)
                rows.append((first.data(Qt.ItemDataRole.UserRole) if first else None, cells))
        return rows


def form_tabs_and_buttons(dialog: ChangeDialog, form: QFormLayout, tabs: QTabWidget) -> None:
    """The editors' layout: the fields on top, their tables in tabs, Save and Cancel below."""
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(tabs, 1)
    dialog.finish(layout)

