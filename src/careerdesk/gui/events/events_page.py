"""Events: the list of career days and workshops, and each event's own page with its
registrations, where attendance is marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from careerdesk.core.domain.choices import OrganisationTheme
from careerdesk.core.services.changes import Changed
from careerdesk.core.services.events import EventRow, delete_event, event_form, list_events
from careerdesk.core.services.events import programme_codes as event_programmes
from careerdesk.gui.common.confirm import confirm_then
from careerdesk.gui.common.exporting import TableExport
from careerdesk.gui.common.labels import event_mode_label, theme_label
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.common.rows_model import Column
from careerdesk.gui.common.table_page import TablePage

if TYPE_CHECKING:
    from careerdesk.gui.events.event_view import EventView


class EventList(TablePage):
    rows_from = staticmethod(list_events)
    follows = (Changed.EVENTS, Changed.PROGRAMMES)

    def __init__(self, ops: Operations, page: EventsPage) -> None:
        super().__init__(ops, page)
        self.page = page
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.new_button = QPushButton(self.tr("&New event…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(lambda: page.edit_event(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        for button in (self.open_button, self.new_button, self.edit_button, self.delete_button):
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("Every theme"), None)
        for theme in OrganisationTheme:
            self.theme.addItem(theme_label(theme.value), theme.value)
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.addItem(self.tr("Every year"), None)
        self.every_row: list[EventRow] = []
        for box in (self.theme, self.year):
            box.currentIndexChanged.connect(lambda _i: self._show_chosen())
            self.actions_row.addWidget(box)

    def _show(self, rows: Sequence[Any]) -> None:
        """Every event read; those of the theme and year chosen shown."""
        self.every_row = list(rows)
        years = sorted({r.held_on.year for r in self.every_row if r.held_on}, reverse=True)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Every year"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(chosen), 0))
        self.year.blockSignals(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        theme, year = self.theme.currentData(), self.year.currentData()
        super()._show([r for r in self.every_row if (theme is None or r.theme == theme)
                       and (year is None or (r.held_on and r.held_on.year == year))])

    def view_state(self) -> dict:
        return {**super().view_state(), "theme": self.theme.currentData(),
                "year": self.year.currentData()}

    def apply_view(self, state: dict) -> None:
        super().apply_view(state)
        self.theme.setCurrentIndex(max(self.theme.findData(state.get("theme")), 0))
        self.year.setCurrentIndex(max(self.year.findData(state.get("year")), 0))

    def title(self) -> str:
        return self.tr("Events")

    def explanation(self) -> str:
        return self.tr("Career days and workshops, with registrations and attendance (on-site "
                       "or virtual), and what came of each career day: applications, offers "
                       "and hires. Open an event to register students, mark who came and "
                       "record applications.")

    def columns(self) -> Sequence[Column]:
        return [Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Event"), lambda r: r.name),
                Column(self.tr("Chinese name"), lambda r: r.name_zh),
                Column(self.tr("Date"), lambda r: r.held_on),
                Column(self.tr("Time"), lambda r: r.starts_at),
                Column(self.tr("Format"), lambda r: event_mode_label(r.mode)),
                Column(self.tr("Theme"), lambda r: theme_label(r.theme)),
                Column(self.tr("Venue"), lambda r: r.venue),
                Column(self.tr("Registered"), lambda r: r.registered, align_right=True),
                Column(self.tr("Attended"), lambda r: r.attended, align_right=True)]

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.page.open_event(row)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.page.edit_event(row.code)

    def delete_selected(self) -> None:
        row: EventRow | None = self.selected_row()
        if row is None:
            return
        question = (filled(self.tr("Delete %1 and its %2 registrations? This can be undone "
                                   "from the Edit menu."), row.name, row.registered)
                    if row.registered else
                    filled(self.tr("Delete %1? This can be undone from the Edit menu."),
                           row.name))
        code = row.code
        confirm_then(self, self.tr("Delete an event"), question,
                     lambda: self.ops.change(
                         filled(self.tr("deletion of %1"), code),
                         lambda db: delete_event(db, code, with_attendance=True), owner=self))


class EventsPage(QWidget):
    """The list, or one event's page (from the list's Open, or a double click)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stack = QStackedWidget(self)
        self.list = EventList(ops, self)
        self.stack.addWidget(self.list)
        self.event_page: EventView | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def open_event(self, row: EventRow) -> None:
        from careerdesk.gui.events.event_view import EventView

        if self.event_page is not None:
            self.stack.removeWidget(self.event_page)
            self.event_page.deleteLater()
        self.event_page = EventView(self.ops, row, self)
        self.event_page.back_requested.connect(self.show_list)
        self.stack.addWidget(self.event_page)
        self.stack.setCurrentWidget(self.event_page)

    def open_code(self, code: str) -> None:
        """Open the event of that code, once the list has it."""
        rows = self.list.every_row
        found = next((row for row in rows if row.code == code), None)
        if found is not None:
            self.open_event(found)
        elif not self.list.loaded:
            self.ops.query(list_events, lambda rows: self._open_from(rows, code), owner=self)

    def _open_from(self, rows: list[EventRow], code: str) -> None:
        found = next((row for row in rows if row.code == code), None)
        if found is not None:
            self.open_event(found)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)

    def table_export(self) -> TableExport:
        """The list's rows, or the open event's table (its tab shown)."""
        shown = self.stack.currentWidget()
        if self.event_page is not None and shown is self.event_page:
            return self.event_page.table_export()
        return self.list.table_export()

    def edit_event(self, code: str | None) -> None:
        def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            return (event_form(session, code) if code else None), event_programmes(session)

        self.ops.query(read, lambda found: self._show_editor(code, *found), owner=self)

    def _show_editor(self, code: str | None, form, programmes: list[str]) -> None:  # noqa: ANN001
        from careerdesk.gui.events.event_dialog import EventDialog

        self.dialog = EventDialog(self.ops, form, programmes, self)
        self.dialog.open()
