"""One place where the window hears that data changed, so each page decides to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataSignals(QObject):
    #: Emitted with the names of the tables an operation changed.
    changed = Signal(frozenset)

    def announce(self, *tables: str) -> None:
        self.changed.emit(frozenset(tables))
