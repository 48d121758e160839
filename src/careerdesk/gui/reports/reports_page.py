"""Reports: choose the report and its filters, generate it off the UI thread, preview it,
then print it or save it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careerdesk.core.paths import data_dir
from careerdesk.core.services import reports
from careerdesk.core.services.changes import Changed, Changes
from careerdesk.core.services.importing.draft import ImportChoices, import_choices
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations, sentence

KINDS = ("placement", "nominations", "letters", "attendance", "outcomes", "student")


class ReportsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.output: Path | None = None
        self.unprintable: list[tuple[str, str]] = []
        self.busy_generating = False
        self.kind = QComboBox(self)
        names = {"placement": self.tr("Placement report"),
                 "nominations": self.tr("Nomination list for endorsement"),
                 "letters": self.tr("Placement letters"),
                 "attendance": self.tr("Event attendance report"),
                 "outcomes": self.tr("Graduate outcomes"),
                 "student": self.tr("Student record")}
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.cohort = QComboBox(self)
        self.university = QComboBox(self)
        self.faculty = QLineEdit(self)
        self.faculty.setPlaceholderText(self.tr("All faculties"))
        self.event_box = QComboBox(self)
        self.student_no = QLineEdit(self)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        for part in (self.year, *self.year.findChildren(QLineEdit)):  # (its own text box too)
            part.setAccessibleName(self.tr("Graduating in"))
        self.small_counts = QCheckBox(self.tr('Show &counts below 3 as "<3"'), self)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.clicked.connect(self.generate)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_as)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # moving while the report is made in the background
        self.busy.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        self._rows = {
            "cohort": (self.tr("Cohort:"), self.cohort),
            "university": (self.tr("University:"), self.university),
            "faculty": (self.tr("Faculty:"), self.faculty),
            "event": (self.tr("Event:"), self.event_box),
            "student_no": (self.tr("Student no.:"), self.student_no),
            "year": (self.tr("Graduating in:"), self.year),
        }
        for label, widget in self._rows.values():
            form.addRow(label, widget)
        form.addRow("", self.small_counts)
        buttons = QHBoxLayout()
        for button in (self.generate_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.busy)
        side.addWidget(self.status)
        side.addStretch(1)
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setFixedWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.view, 1)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        self._set_ready(False)
        self._preset: dict[str, str] = {}
        self._choices_read = False
        self._generate_when_read = False
        ops.did_change.connect(self.on_change)
        self.read_choices()

    def read_choices(self) -> None:
        """The cohorts, universities and events to choose from (again after a change)."""
        self.ops.query(import_choices, self._fill_choices, owner=self)

    def on_change(self, changes: Changes, _initiator: object = None) -> None:
        if changes.touches(Changed.PROGRAMMES, Changed.EVENTS, Changed.SETTINGS):
            self.read_choices()

    def _fill_choices(self, choices: ImportChoices) -> None:
        for box, everything, items in (
                (self.cohort, None, [(f"{c.code} — {c.name}", c.code) for c in choices.cohorts]),
                (self.university, self.tr("All universities"),
                 [(c.code, c.code) for c in choices.universities]),
                (self.event_box, self.tr("All events"),
                 [(f"{c.code} — {c.name}", c.code) for c in choices.events])):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            if everything is not None:
                box.addItem(everything, None)
            for text, value in items:
                box.addItem(text, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        if self._preset:
            self.choose(self.kind.currentData(), **self._preset)
        self._choices_read = True
        if self._generate_when_read:
            self._generate_when_read = False
            self.generate()

    def _show_fields(self) -> None:
        needed = {"placement": {"cohort", "university", "faculty"},
                  "nominations": {"cohort", "university", "faculty"},
                  "letters": {"cohort", "student_no"}, "attendance": {"event"},
                  "outcomes": {"year", "university", "faculty"},
                  "student": {"university", "student_no"}}[self.kind.currentData()]
        for key, (_, widget) in self._rows.items():
            widget.setEnabled(key in needed)
        self.small_counts.setEnabled(self.kind.currentData() in ("placement", "outcomes"))

    def choose(self, kind: str, **values: str) -> None:
        """Preset the form (as the right-click menus of other pages do). A field not named
        is reset (a university chosen for a student record does not scope the next
        report)."""
        self._preset = dict(values)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        for key, (_, widget) in self._rows.items():
            if key not in values:
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0)
                elif isinstance(widget, QLineEdit):
                    widget.clear()
        for key, value in values.items():
            widget = self._rows[key][1]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            else:
                widget.setText(value)

    # -- generating --------------------------------------------------------------------------
    def generate(self) -> None:
        if not self._choices_read:  # (asked from another page before the lists were read)
            self._generate_when_read = True
            return
        kind = self.kind.currentData()
        folder = data_dir() / "reports"
        folder.mkdir(exist_ok=True)
        target = folder / f"{kind}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"
        cohort, university = self.cohort.currentData(), self.university.currentData()
        faculty = self.faculty.text().strip() or None
        event, number = self.event_box.currentData(), self.student_no.text().strip()
        small = self.small_counts.isChecked()
        year = self.year.value()
        self._preset = {}
        # The report in the window's language (Settings → Language).
        language = "zh_HK" if QLocale().name().startswith("zh") else "en"

        refused = self._refusal(kind, cohort, university, event, number)
        if refused:
            self.status.setText(refused)  # before any work: nothing to generate
            return

        def work(database, progress) -> reports.PrintedReport:  # noqa: ANN001
            # (``progress`` hears the Cancel of the progress window, piece by piece)
            if kind == "placement":
                return reports.print_placement_report(database, target, cohort=cohort,
                                                      university=university, faculty=faculty,
                                                      small_counts=small, language=language,
                                                      progress=progress)
            if kind == "nominations":
                return reports.print_endorsement(database, cohort, university or "", faculty,
                                                  target, language=language, progress=progress)
            if kind == "letters":
                return reports.print_letters(database, cohort, target, number or None,
                                             language=language, progress=progress)
            if kind == "attendance":
                return reports.print_attendance(database, event, target, language=language,
                                                progress=progress)
            if kind == "outcomes":
                return reports.print_outcomes(database, year, target, university=university,
                                              faculty=faculty, small_counts=small,
                                              language=language, progress=progress)
            return reports.print_student_record(database, university or "", number, target,
                                                language=language, progress=progress)

        self._set_ready(False)
        self.output = None
        self.document.close()  # a report that fails leaves no earlier one in the preview
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Generating…"))
        self.busy.setVisible(True)
        self.busy_generating = True
        self.progress = self.ops.long(self.tr("Generating the report…"), work, self._show,
                                      parent=self, on_failed=self._failed)

    def _refusal(self, kind: str, cohort: str | None, university: str | None,
                 event: str | None, number: str) -> str:
        """Why these choices make no report (one sentence), or "" when they do."""
        if kind in ("placement", "nominations", "letters") and not cohort:
            return self.tr("Choose a cohort for this report.")
        if kind == "nominations" and not university:
            return self.tr("A nomination list is one university's: choose the university.")
        if kind == "student" and (not university or not number):
            return self.tr("A student record needs the university and the student number.")
        return ""

    def _show(self, printed: reports.PrintedReport) -> None:
        self.busy_generating = False
        self.generate_button.setEnabled(True)
        self.busy.setVisible(False)
        self.output, self.unprintable = printed.path, printed.unprintable
        self.document.load(str(printed.path))
        text = filled(self.tr("%1 pages."), str(printed.pages))
        if printed.unprintable:
            text += "\n" + self.tr("The report font cannot draw some characters; choose "
                                   "another font in Settings:") + "\n" + "\n".join(
                f"{owner}: {chars}" for owner, chars in printed.unprintable[:20])
        self.status.setText(text)
        self._set_ready(True)

    def _failed(self, problem) -> None:  # noqa: ANN001 (a CareerDeskError)
        from careerdesk.core.errors import CancelledError

        self.busy_generating = False
        self.generate_button.setEnabled(True)
        self.busy.setVisible(False)
        if problem.code == CancelledError.code:
            self.status.setText(self.tr("Cancelled: no report was made."))
            return
        self.status.setText(sentence(problem) or self.tr("The report could not be made."))

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # -- printing and saving -----------------------------------------------------------------
    def save_as(self, target: str | None = None) -> None:
        if self.output is None:
            return
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), str(Path.home() / self.output.name),
                self.tr("PDF files (*.pdf)"))
        if target:
            shutil.copyfile(self.output, target)
            self.status.setText(filled(self.tr("Saved to %1."), target))

    def print_report(self) -> None:
        if self.output is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution, in order."""
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                size = self.document.pagePointSize(page)
                scale = min(area.width() / size.width(), area.height() / size.height())
                image = self.document.render(page, QSize(int(size.width() * scale),
                                                         int(size.height() * scale)))
                painter.drawImage(QRectF(QPointF(0, 0), image.size().toSizeF()), image)
        finally:
            painter.end()
        if not printer.outputFileName():
            QMessageBox.information(self, self.tr("Print"), self.tr("Sent to the printer."))
