"""What every table does with its columns: a chooser on the heading's right-click menu,
widths, order and hidden columns remembered on this computer, and a line in the empty
table saying that nothing matches.

``TableColumns(view, "nominations")`` is all a page writes; the state is kept in the
settings file under ``tables/<name>`` whenever the user resizes, moves, hides or shows a
column, and put back when the page is made again (the next start, a change of language).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QTableView

SAVE_AFTER_MS = 400  # a drag resizes many times: the state is written once it stops


class TableColumns(QObject):
    """The columns of ``view``, remembered under ``name``; ``empty_text`` says what an
    empty table means (None: nothing is said)."""

    def __init__(self, view: QTableView, name: str,
                 empty_text: Callable[[], str | None] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self._empty_text = empty_text
        self._restoring = False
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        for signal in (header.sectionResized, header.sectionMoved):
            signal.connect(self._changed)
        self._note = QLabel(view.viewport())
        self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._note.setWordWrap(True)
        self._note.setEnabled(False)  # drawn in the palette's disabled (grey) text
        self._note.hide()
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update_note)

    # -- remembered ----------------------------------------------------------------------------
    def restore(self) -> bool:
        """Put back the widths, order and hidden columns kept last time (call once the
        page has set its own first widths); whether there were any."""
        from careerdesk.gui.settings.local_settings import settings

        kept = settings().value(self._key())
        if not isinstance(kept, QByteArray) or kept.isEmpty():
            return False
        self._restoring = True
        header = self.view.horizontalHeader()
        indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.restoreState(kept)
        header.setSortIndicator(*indicator)  # the page's own order, not the last one
        self._restoring = False
        return True

    def save(self) -> None:
        from careerdesk.gui.settings.local_settings import settings

        stored = settings()
        stored.setValue(self._key(), self.view.horizontalHeader().saveState())
        stored.sync()

    def state(self) -> QByteArray:
        return self.view.horizontalHeader().saveState()

    def apply(self, state: QByteArray) -> None:
        self._restoring = True
        self.view.horizontalHeader().restoreState(state)
        self._restoring = False
        self.save()

    def view_state(self) -> dict[str, Any]:
        """The columns and the sort, as a saved view keeps them (plain values)."""
        header = self.view.horizontalHeader()
        return {"columns": _encoded(self.state()),
                "sort": [header.sortIndicatorSection(), header.sortIndicatorOrder().value]}

    def apply_view_state(self, state: dict[str, Any]) -> None:
        """Put back a saved view's columns and sort (what it does not name stays)."""
        if state.get("columns"):
            self.apply(_decoded(state["columns"]))
        column, order = state.get("sort") or [-1, 0]
        if column >= 0:
            self.view.sortByColumn(column, Qt.SortOrder(order))

    def _key(self) -> str:
        return f"tables/{self.name}/header"

    def _changed(self) -> None:
        if not self._restoring:
            self._timer.start()

    # -- the chooser ---------------------------------------------------------------------------
    def _menu(self, position) -> None:  # noqa: ANN001 (a QPoint)
        header = self.view.horizontalHeader()
        menu = QMenu(self.view)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))  # one stays
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Show every column"), self.show_every_column)
        menu.exec(header.mapToGlobal(position))

    def show_column(self, column: int, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self.save()

    def show_every_column(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
        self.save()

    # -- the empty table's line ----------------------------------------------------------------
    def update_note(self) -> None:
        text = self._empty_text() if self._empty_text else None
        if self.view.model().rowCount() == 0 and text:
            self._note.setText(text)
            self._note.resize(self.view.viewport().size())
            self._note.show()
        else:
            self._note.hide()

    def note_text(self) -> str | None:
        return self._note.text() if self._note.isVisible() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self._note.resize(self.view.viewport().size())
        return False


def _encoded(state: QByteArray) -> str:
    """A header's state as text (a saved view keeps it in the settings file as JSON)."""
    return bytes(state.toBase64().data()).decode("ascii")


def _decoded(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def header_names(view: QTableView) -> list[str]:
    """The headings shown, in the order shown."""
    header: QHeaderView = view.horizontalHeader()
    model = header.model()  # (the Students page's headings have a model of their own)
    return [str(model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal))
            for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
