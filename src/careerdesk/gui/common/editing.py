"""Small widgets the editors share: an optional date, and simple editable grids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


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

    def set_value(self, value: dt.date | None) -> None:
        self.enabled.setChecked(value is not None)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None


def grid(parent: QWidget, headers: list[str], rows: list[tuple]) -> QTableWidget:
    table = QTableWidget(max(len(rows), 0) + 3, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    return table


def grid_rows(table: QTableWidget) -> list[list[str]]:
    rows = []
    for r in range(table.rowCount()):
        cells = [(table.item(r, c).text().strip() if table.item(r, c) else "")
                 for c in range(table.columnCount())]
        if any(cells):
            rows.append(cells)
    return rows


def number(text: str) -> int | None:
    return int(text) if text.strip().lstrip("-").isdigit() else None


def fill_grid(table: QTableWidget, rows: list[tuple]) -> None:
    """Show ``rows`` with three empty rows below for additions."""
    table.clearContents()
    table.setRowCount(len(rows) + 3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


def save_cancel(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Save and Cancel: Save runs ``save`` (which closes the dialog when it succeeds)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def form_tabs_and_buttons(dialog: QDialog, form: QFormLayout, tabs: QTabWidget,
                          save: Callable[[], object]) -> None:
    """The editors' layout: the fields on top, their tables in tabs, Save and Cancel below."""
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(tabs, 1)
    layout.addWidget(save_cancel(dialog, save))
