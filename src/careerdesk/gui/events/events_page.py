"""Events: the list of career days and workshops, and each event's own page with its
registrations, where attendance is marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

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

    def title(self) -> str:
        return self.tr("Events")

    def explanation(self) -> str:
        return self.tr("Career days and workshops, with registrations and attendance (on-site "
                       "or virtual). Open an event to register students and mark who came.")

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
        self.event_page: QWidget | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def open_event(self, row: EventRow) -> None:
        from careerdesk.gui.events.event_page import EventPage

        if self.event_page is not None:
            self.stack.removeWidget(self.event_page)
            self.event_page.deleteLater()
        self.event_page = EventPage(self.ops, row, self)
        self.event_page.back_requested.connect(self.show_list)
        self.stack.addWidget(self.event_page)
        self.stack.setCurrentWidget(self.event_page)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)

    def table_export(self) -> TableExport:
        """The list's rows, or the open event's registrations."""
        shown = self.stack.currentWidget()
        return (shown if isinstance(shown, TablePage) else self.list).table_export()

    def edit_event(self, code: str | None) -> None:
        def read(session):  # noqa: ANN001, ANN202 - a Session, on the database thread
            return (event_form(session, code) if code else None), event_programmes(session)

        self.ops.query(read, lambda found: self._show_editor(code, *found), owner=self)

    def _show_editor(self, code: str | None, form, programmes: list[str]) -> None:  # noqa: ANN001
        from careerdesk.gui.events.event_dialog import EventDialog

        self.dialog = EventDialog(self.ops, form, programmes, self)
        self.dialog.open()
