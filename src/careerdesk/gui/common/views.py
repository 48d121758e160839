"""Saved views: a table's filters, sort and columns kept under a name ("CUHK Engineering,
submitted") and offered in a drop-down above it.

A page that offers views gives ``state()`` (plain values: what is typed and chosen, the
sort, and the columns as ``TableColumns`` keeps them) and ``apply(state)``; this widget
keeps the states in this computer's settings under ``views/<table>``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from careerdesk.gui.common.messages import filled

State = dict[str, Any]


class SavedViews(QWidget):
    def __init__(self, table: str, state: Callable[[], State],
                 apply: Callable[[State], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._state = state
        self._apply = apply
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Saved views"))
        self.choice.setMinimumContentsLength(14)
        self.save_button = QPushButton(self.tr("Sa&ve view…"), self)
        self.delete_button = QPushButton(self.tr("Forget vie&w"), self)
        self.save_button.clicked.connect(self.ask_name_and_save)
        self.delete_button.clicked.connect(self.forget_chosen)
        self.choice.activated.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        self._fill()

    def names(self) -> list[str]:
        return sorted(self._stored(), key=str.casefold)

    def save(self, name: str) -> None:
        views = self._stored()
        views[name] = self._state()
        self._store(views)
        self._fill(name)

    def show_view(self, name: str) -> None:
        state = self._stored().get(name)
        if state is not None:
            self._apply(state)
            self.choice.setCurrentIndex(max(0, self.choice.findData(name)))

    def ask_name_and_save(self) -> None:
        current = self.choice.currentData() or ""
        name, given = QInputDialog.getText(self, self.tr("Save view"), self.tr(
            "Name this view (its filters, sort and columns):"), text=current)
        if given and name.strip():
            self.save(name.strip())

    def forget_chosen(self) -> None:
        name = self.choice.currentData()
        if name:
            views = self._stored()
            views.pop(name, None)
            self._store(views)
            self._fill()

    def _chosen(self, index: int) -> None:
        name = self.choice.itemData(index)
        if name:
            self.show_view(name)

    def _fill(self, chosen: str | None = None) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        names = self.names()
        self.choice.addItem(filled(self.tr("Views (%1)"), str(len(names))) if names
                            else self.tr("No saved views"), None)
        for name in names:
            self.choice.addItem(name, name)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)) if chosen else 0)
        self.choice.blockSignals(False)
        self.delete_button.setEnabled(bool(names))

    def _key(self) -> str:
        return f"views/{self._table}"

    def _stored(self) -> dict[str, State]:
        from careerdesk.gui.settings.local_settings import settings

        text = settings().value(self._key(), "")
        try:
            views = json.loads(str(text)) if text else {}
        except ValueError:
            return {}  # (a settings file edited by hand)
        return views if isinstance(views, dict) else {}

    def _store(self, views: dict[str, State]) -> None:
        from careerdesk.gui.settings.local_settings import settings

        stored = settings()
        stored.setValue(self._key(), json.dumps(views, ensure_ascii=False))
        stored.sync()
