"""Dashboard: the figures at a glance, or, for an empty database, the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from careerdesk.core.domain.statuses import PATH, NominationStatus
from careerdesk.core.services.changes import Changes
from careerdesk.core.services.overview import Overview, Upcoming, overview, upcoming
from careerdesk.gui.common.labels import status_label
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations


class DashboardPage(QWidget):
    load_demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.showing_welcome: bool | None = None  # (None: not read yet)
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

    def refresh(self) -> None:
        def read(session):  # noqa: ANN001, ANN202 - a Session: every figure from one moment
            return overview(session), upcoming(session)

        self.ops.query(read, lambda found: self._show(*found), owner=self)

    def on_change(self, changes: Changes, _initiator: object = None) -> None:
        if changes:  # every kind of record has a figure here
            self.refresh()

    def _show(self, figures: Overview, soon: Upcoming) -> None:
        self.figures = figures  # what is shown now
        self.showing_welcome = figures.is_empty
        if figures.is_empty:
            self._stack.setCurrentIndex(0)
            return
        self._fill_figures(figures, soon)
        self._stack.setCurrentIndex(1)

    def _fill_figures(self, figures: Overview, soon: Upcoming) -> None:
        while self._figures_layout.count():
            item = self._figures_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        title = QLabel(self.tr("At a glance"), self._figures)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self._figures_layout.addWidget(title)
        tiles = QGridLayout()
        for column, (label, number) in enumerate((
            (self.tr("Students"), figures.students),
            (self.tr("Nominations"), figures.nominations),
            (self.tr("Placements"), figures.placements),
            (self.tr("Organisations"), figures.organisations),
            (self.tr("Cohorts"), figures.cohorts),
            (self.tr("Events"), figures.events),
        )):
            tiles.addWidget(_tile(label, number, self._figures), 0, column)
        self._figures_layout.addLayout(tiles)
        heading = QLabel(self.tr("Nominations by status"), self._figures)
        heading.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 12px;")
        self._figures_layout.addWidget(heading)
        statuses = QGridLayout()
        statuses.setHorizontalSpacing(24)
        ordered = [*PATH, *(s for s in NominationStatus if s not in PATH)]
        for position, status in enumerate(ordered):
            name = QLabel(status_label(status), self._figures)
            count = QLabel(f"{figures.nominations_by_status.get(status.value, 0):,}",
                           self._figures)
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            statuses.addWidget(name, position % 9, (position // 9) * 2)
            statuses.addWidget(count, position % 9, (position // 9) * 2 + 1)
        statuses.setColumnStretch(4, 1)
        self._figures_layout.addLayout(statuses)
        self._fill_upcoming(soon)
        self._figures_layout.addStretch(1)

    def _fill_upcoming(self, soon: Upcoming) -> None:
        lines = [f"{w.closes_on:%d/%m/%Y}  {w.cohort} — {w.name}" for w in soon.windows_closing]
        self._section(self.tr("Application windows closing in the next 30 days"),
                      lines or [self.tr("None.")])
        lines = [f"{p.day:%d/%m/%Y}  " + (self.tr("starts") if p.starting else self.tr("ends"))
                 + f": {p.student} — {p.organisation}" for p in soon.placements[:15]]
        if len(soon.placements) > 15:
            lines.append(filled(self.tr("… and %1 more."), str(len(soon.placements) - 15)))
        self._section(self.tr("Placements starting or ending in the next 30 days"),
                      lines or [self.tr("None.")])
        in_total = self.tr("in total")
        lines = [f"{q.cohort} {q.university or in_total}"
                 + (f" · {q.faculty}" if q.faculty else "")
                 + f": {q.used:,} / {q.places:,}" + (f" ({100 * q.used // q.places}%)"
                                                      if q.places else "")
                 for q in soon.quotas]
        self._section(self.tr("Quota use (submitted ÷ places)"), lines or [self.tr("None.")])

    def _section(self, title: str, lines: list[str]) -> None:
        heading = QLabel(title, self._figures)
        heading.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 12px;")
        body = QLabel("\n".join(lines), self._figures)
        body.setTextFormat(Qt.TextFormat.PlainText)
        self._figures_layout.addWidget(heading)
        self._figures_layout.addWidget(body)


def _tile(label: str, number: int, parent: QWidget) -> QFrame:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    value = QLabel(f"{number:,}", frame)
    value.setStyleSheet("font-size: 18pt; font-weight: 600;")
    layout.addWidget(value)
    layout.addWidget(QLabel(label, frame))
    return frame
