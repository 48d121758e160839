"""Dashboard: the figures at a glance, each one a way to the rows behind it; or, for an
empty database, the two ways to start.

The funnel is one cohort's (chosen by name; the current cohort first) or every cohort's.
A click on a count, a bar or a line opens the page that lists what it counts, filtered
so (``open_nominations`` with the Nominations page's filters, ``open_page``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.domain.statuses import PATH, SUBMITTED_ONWARDS, NominationStatus
from careerdesk.core.services.changes import Changes
from careerdesk.core.services.overview import Overview, QuotaUse, Upcoming, overview, upcoming
from careerdesk.gui.common.editing import PROBLEM_STYLE
from careerdesk.gui.common.labels import status_label
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations

SHOWN_PLACEMENT_DATES = 15


class DashboardPage(QWidget):
    load_demo_requested = Signal()
    import_requested = Signal()
    #: the Nominations page's filters to show (a saved view's keys: cohort, status, …)
    open_nominations = Signal(dict)
    #: a page of the window to show, by name ("students", "placements", …)
    open_page = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.showing_welcome: bool | None = None  # (None: not read yet)
        self.cohort: str | None = None  # the funnel's cohort (None: every cohort)
        self._chosen_by_user = False
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._build_welcome())
        self._figures = QWidget(self)
        self._figures_layout = QVBoxLayout(self._figures)
        scroller = QScrollArea(self)
        scroller.setAccessibleName(self.tr("Dashboard"))
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self._figures)
        self._stack.addWidget(scroller)
        ops.did_change.connect(self.on_change)
        self.refresh()

    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Welcome to CareerDesk"), page)
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        text = QLabel(self.tr(
            "This database has no students yet. Start with realistic demo data to look "
            "around, or import the nominee list a faculty sent you."), page)
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Load demo data"), page)
        self.import_button = QPushButton(self.tr("&Import a nominee list…"), page)
        self.demo_button.clicked.connect(self.load_demo_requested)
        self.import_button.clicked.connect(self.import_requested)
        for button in (self.demo_button, self.import_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(220)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        return page

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        cohort, chosen = self.cohort, self._chosen_by_user

        def read(session):  # noqa: ANN001, ANN202 - a Session: every figure from one moment
            figures = overview(session, cohort)
            if not chosen and cohort is None and figures.cohort_choices:
                # the current cohort first, until the user chooses
                figures = overview(session, figures.cohort_choices[0].code)
            return figures, upcoming(session)

        self.ops.query(read, lambda found: self._show(*found), owner=self)

    def on_change(self, changes: Changes, _initiator: object = None) -> None:
        if changes:  # every kind of record has a figure here
            self.refresh()

    def choose_cohort(self, code: str | None) -> None:
        self.cohort, self._chosen_by_user = code, True
        self.refresh()

    def _show(self, figures: Overview, soon: Upcoming) -> None:
        self.figures = figures  # what is shown now
        self.cohort = figures.cohort
        self.showing_welcome = figures.is_empty
        if figures.is_empty:
            self._stack.setCurrentIndex(0)
            return
        self._fill_figures(figures, soon)
        self._stack.setCurrentIndex(1)

    # -- drawing -----------------------------------------------------------------------------
    def _fill_figures(self, figures: Overview, soon: Upcoming) -> None:
        while self._figures_layout.count():
            item = self._figures_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _empty(item.layout())
        title = QLabel(self.tr("At a glance"), self._figures)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self._figures_layout.addWidget(title)
        tiles = QGridLayout()
        for column, (label, number, page) in enumerate((
            (self.tr("Students"), figures.students, "students"),
            (self.tr("Nominations"), figures.nominations, "nominations"),
            (self.tr("Placements"), figures.placements, "placements"),
            (self.tr("Organisations"), figures.organisations, "organisations"),
            (self.tr("Cohorts"), figures.cohorts, "programmes"),
            (self.tr("Events"), figures.events, "events"),
        )):
            tile = Tile(label, number, self._figures)
            tile.clicked.connect(lambda _checked=False, p=page: self.open_page.emit(p))
            tiles.addWidget(tile, 0, column)
        self._figures_layout.addLayout(tiles)
        self._fill_funnel(figures)
        self._fill_quotas([q for q in soon.quotas
                           if figures.cohort is None or q.cohort == figures.cohort])
        self._fill_upcoming(soon)
        self._figures_layout.addStretch(1)

    def _fill_funnel(self, figures: Overview) -> None:
        row = QHBoxLayout()
        row.addWidget(self._heading(self.tr("Nominations by status")))
        self.cohort_box = QComboBox(self._figures)
        self.cohort_box.setAccessibleName(self.tr("Cohort of the funnel"))
        self.cohort_box.addItem(self.tr("Every cohort"), None)
        for choice in figures.cohort_choices:
            self.cohort_box.addItem(f"{choice.name} ({choice.programme})", choice.code)
        self.cohort_box.setCurrentIndex(max(0, self.cohort_box.findData(figures.cohort)))
        self.cohort_box.activated.connect(
            lambda index: self.choose_cohort(self.cohort_box.itemData(index)))
        row.addWidget(self.cohort_box)
        row.addStretch(1)
        self._figures_layout.addLayout(row)
        counts = figures.nominations_by_status
        ordered = [*PATH, *(s for s in NominationStatus if s not in PATH)]
        largest = max(counts.values(), default=0) or 1
        self.funnel: dict[str, Bar] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for position, status in enumerate(ordered):
            number = counts.get(status.value, 0)
            bar = Bar(status_label(status), number, number / largest, self._figures)
            bar.clicked.connect(lambda _checked=False, s=status.value: self.open_nominations.emit(
                {"cohort": figures.cohort, "status": s}))
            self.funnel[status.value] = bar
            grid.addWidget(bar, position % len(PATH), position // len(PATH))
        self._figures_layout.addLayout(grid)

    def _fill_quotas(self, quotas: list[QuotaUse]) -> None:
        self._figures_layout.addWidget(self._heading(
            self.tr("Quota use (submitted or later ÷ places)")))
        self.quota_bars: list[Bar] = []
        if not quotas:
            self._figures_layout.addWidget(QLabel(self.tr("None."), self._figures))
            return
        for use in quotas:
            owner = " · ".join(filter(None, (use.university, use.faculty))) or self.tr(
                "in total")
            label = f"{use.cohort_name} — {owner}"
            bar = Bar(label, use.used, min(use.share, 1.0), self._figures,
                      shown=f"{use.used:,} / {use.places:,} ({round(100 * use.share)}%)",
                      over=use.share > 1.0)
            bar.clicked.connect(lambda _checked=False, u=use: self.open_nominations.emit(
                {"cohort": u.cohort, "university": u.university, "faculty": u.faculty,
                 "status": SUBMITTED_ONWARDS}))
            self.quota_bars.append(bar)
            self._figures_layout.addWidget(bar)

    def _fill_upcoming(self, soon: Upcoming) -> None:
        if soon.requests:  # the Ordinance's 40 days: first, when any is open
            self._figures_layout.addWidget(self._heading(
                self.tr("Data access and correction requests to answer")))
            today = dt.date.today()
            for request in soon.requests:
                left = request.days_left(today)
                line = QLabel(filled(
                    self.tr("%1 %2 (%3): received %4, due %5 — %6"),
                    self._request_kind(request.kind), request.student_no, request.university,
                    f"{request.received_on:%d/%m/%Y}", f"{request.due_on:%d/%m/%Y}",
                    self.tr("%n day(s) left", "", left) if left >= 0 else
                    self.tr("%n day(s) overdue", "", -left)), self._figures)
                if left < 7:
                    line.setStyleSheet(PROBLEM_STYLE)
                self._figures_layout.addWidget(line)
        self._figures_layout.addWidget(self._heading(
            self.tr("Application windows closing in the next 30 days")))
        for window in soon.windows_closing or ():
            self._line(f"{window.closes_on:%d/%m/%Y}  {window.name}",
                       {"cohort": window.cohort})
        if not soon.windows_closing:
            self._figures_layout.addWidget(QLabel(self.tr("None."), self._figures))
        self._figures_layout.addWidget(self._heading(
            self.tr("Placements starting or ending in the next 30 days")))
        for placement in soon.placements[:SHOWN_PLACEMENT_DATES]:
            what = self.tr("starts") if placement.starting else self.tr("ends")
            text = (f"{placement.day:%d/%m/%Y}  {what}: {placement.student} — "
                    f"{placement.organisation}")
            if placement.career_day:  # (no nomination: its list is the Placements page)
                line = LinkLine(text, self._figures)
                line.clicked.connect(lambda _checked=False: self.open_page.emit("placements"))
                self._figures_layout.addWidget(line)
                continue
            self._line(text, {"cohort": placement.cohort,
                              "text": f"{placement.university} {placement.student_no}"})
        if len(soon.placements) > SHOWN_PLACEMENT_DATES:
            self._figures_layout.addWidget(QLabel(filled(self.tr("… and %1 more."), str(
                len(soon.placements) - SHOWN_PLACEMENT_DATES)), self._figures))
        if not soon.placements:
            self._figures_layout.addWidget(QLabel(self.tr("None."), self._figures))
        self._figures_layout.addWidget(self._heading(self.tr("Recent imports")))
        for batch in soon.imports:
            line = LinkLine(filled(self.tr("%1  %2: %3 new, %4 updated, %5 rejected"),
                                   f"{batch.imported_at:%d/%m/%Y}", batch.file_name,
                                   f"{batch.created:,}", f"{batch.updated:,}",
                                   f"{batch.rejected:,}"), self._figures)
            line.clicked.connect(lambda _checked=False: self.open_page.emit("imports"))
            self._figures_layout.addWidget(line)
        if not soon.imports:
            self._figures_layout.addWidget(QLabel(self.tr("None."), self._figures))

    def _request_kind(self, kind: str) -> str:
        return self.tr("Access request:") if kind == "access" else self.tr(
            "Correction request:")

    def _line(self, text: str, filters: dict[str, Any]) -> None:
        line = LinkLine(text, self._figures)
        line.clicked.connect(lambda _checked=False: self.open_nominations.emit(filters))
        self._figures_layout.addWidget(line)

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text, self._figures)
        heading.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 12px;")
        return heading


def _empty(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _empty(item.layout())


class Tile(QPushButton):
    """A count and what it counts, which opens the page listing them."""

    def __init__(self, label: str, number: int, parent: QWidget) -> None:
        super().__init__(f"{number:,}\n{label}", parent)
        self.setProperty("figure", True)  # (a figure, reached by Tab: no mnemonic of its own)
        self.setAccessibleName(f"{label}: {number:,}")
        self.setMinimumHeight(64)
        self.setStyleSheet("text-align: left; padding: 8px; font-size: 11pt;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class LinkLine(QPushButton):
    """A line of text that opens the rows it speaks of."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setProperty("figure", True)
        self.setFlat(True)
        self.setStyleSheet("text-align: left; padding: 2px 4px;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class Bar(QAbstractButton):
    """A labelled bar: ``share`` of its width filled (0…1), the figure written at its end;
    ``over`` (a quota exceeded) draws it in the warning colour. A button: it clicks
    through to the rows it counts, from the mouse or the keyboard."""

    def __init__(self, label: str, number: int, share: float, parent: QWidget, *,
                 shown: str | None = None, over: bool = False) -> None:
        super().__init__(parent)
        self.label, self.number, self.share, self.over = label, number, share, over
        self.shown = shown if shown is not None else f"{number:,}"
        self.setText(f"{label}: {self.shown}")  # what a screen reader says
        self.setProperty("figure", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, self.fontMetrics().height() + 10)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_width = min(self.width() // 2,
                          max(160, metrics.horizontalAdvance(self.label) + 12))
        figure_width = metrics.horizontalAdvance(self.shown) + 12
        track = QRectF(label_width, 3, max(0, self.width() - label_width - figure_width),
                       self.height() - 6)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(0, 0, label_width - 6, self.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         metrics.elidedText(self.label, Qt.TextElideMode.ElideRight,
                                            label_width - 6))
        faint = QColor(palette.color(QPalette.ColorRole.WindowText))
        faint.setAlpha(28)  # a faint track in light and dark palettes alike
        painter.fillRect(track, faint)
        filled_part = QRectF(track.left(), track.top(), track.width() * self.share,
                             track.height())
        colour = (QColor("#d9534f") if self.over
                  else palette.color(QPalette.ColorRole.Highlight))
        painter.fillRect(filled_part, colour)
        painter.drawText(QRectF(track.right() + 6, 0, figure_width, self.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         self.shown)
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

