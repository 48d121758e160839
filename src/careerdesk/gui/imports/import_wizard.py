"""The import window, step by step: file → sheet → columns → check → summary → import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.importing import (
    ImportOptions,
    ImportResult,
)
from careerdesk.core.services.importing.draft import ColumnGuess, ImportChoices, ImportDraft
from careerdesk.core.services.importing.planning import ImportPlan
from careerdesk.gui.common.labels import field_label
from careerdesk.gui.common.messages import filled, localised
from careerdesk.gui.common.operations import Operations, sentence
from careerdesk.gui.imports.dropped_file import dropped_file
from careerdesk.gui.imports.outcome_pages import ImportPage, SummaryPage
from careerdesk.gui.imports.preview_models import (
    PlannedRowsModel,
    SheetPreviewModel,
)
from careerdesk.io.fields import Field

FILE_FILTER = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv *.htm *.html *.xml *.docx"


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setDefaultSectionSize(140)
    table.verticalHeader().setDefaultSectionSize(22)
    return table


class ImportWizard(QWizard):
    """Owns the import being prepared; each page reads and writes it through here."""

    def __init__(self, ops: Operations, choices: ImportChoices, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.draft: ImportDraft | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.choices = choices
        self.setWindowTitle(self.tr("Import a nominee list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(1100, 720)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.summary_page = SummaryPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.check_page,
                     self.summary_page, self.import_page):
            self.addPage(page)
        if path is not None:
            self.file_page.path.setText(str(path))
        self.setAcceptDrops(True)  # a file dropped on the first page is the one to import

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.currentPage() is self.file_page and dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        path = dropped_file(event.mimeData())
        if self.currentPage() is self.file_page and path is not None:
            event.acceptProposedAction()
            self.file_page.path.setText(str(path))

    def options(self, dry_run: bool = False) -> ImportOptions:
        return ImportOptions(
            sheet=self.sheet_page.sheet(), university=self.file_page.university(),
            cohort=self.file_page.cohort(), event=self.file_page.event_code(),
            mapping=self.mapping_page.mapping(), header_row=self.sheet_page.header_row(),
            dry_run=dry_run)

    def fail(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Import a nominee list"), localised(message))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Excel workbooks (.xlsx, .xls, .xlsb), OpenDocument (.ods), "
                                 "text files (.csv, .txt) and tables in Word documents (.docx) "
                                 "are all accepted."))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("The nominee list you were sent"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.university_box = self._combo(self.tr("Taken from the file"),
                                          wizard.choices.universities)
        self.cohort_box = self._combo(self.tr("No nominations"), wizard.choices.cohorts)
        self.event_box = self._combo(self.tr("Taken from the file, for an event's list"),
                                     wizard.choices.events)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("University of the students:"), self.university_box)
        form.addRow(self.tr("Nominate them to:"), self.cohort_box)
        form.addRow(self.tr("Registrations for event:"), self.event_box)
        self.path.textChanged.connect(self.completeChanged)

    def _combo(self, empty: str, choices: list) -> QComboBox:
        box = QComboBox(self)
        box.addItem(empty, None)
        for choice in choices:
            box.addItem(f"{choice.code} — {choice.name}", choice.code)
        return box

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the nominee list"), str(Path.home()),
            filled(self.tr("Lists: spreadsheets, text files and Word documents (%1);;All files "
                           "(*)"), FILE_FILTER))
        if chosen:
            self.path.setText(chosen)

    def university(self) -> str | None:
        return self.university_box.currentData()

    def cohort(self) -> str | None:
        return self.cohort_box.currentData()

    def event_code(self) -> str | None:  # not "event": that is QWidget's event handler
        return self.event_box.currentData()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        try:
            self.owner.draft = ImportDraft(Path(self.path.text().strip()))
        except CareerDeskError as problem:
            self.owner.fail(problem.message)
            return False
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check the sheet and its headings"))
        self.setSubTitle(self.tr("The row of column headings is tinted blue; grey rows are "
                                 "hidden in the file, and rows struck through are withdrawn: "
                                 "neither is imported. Choose another sheet or heading row if "
                                 "CareerDesk guessed wrong."))
        self.sheet_box = QComboBox(self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, 50)
        self.model = SheetPreviewModel(self)
        self.table = _table(self)
        self.table.setModel(self.model)
        self.size_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet:"), self))
        top.addWidget(self.sheet_box, 1)
        top.addSpacing(20)
        top.addWidget(QLabel(self.tr("Headings in row:"), self))
        top.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.size_label)
        self.sheet_box.currentIndexChanged.connect(self._show_sheet)
        self.header_spin.valueChanged.connect(self.model.set_header_row)

    def initializePage(self) -> None:
        draft = self.owner.draft
        assert draft is not None
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for info in draft.sheets():
            label = info.name + (self.tr(" (hidden)") if info.hidden else "")
            self.sheet_box.addItem(label, info.name)
        self.sheet_box.setCurrentIndex(self.sheet_box.findData(draft.default_sheet()))
        self.sheet_box.blockSignals(False)
        self._show_sheet()

    def _show_sheet(self) -> None:
        draft, sheet = self.owner.draft, self.sheet()
        if draft is None or sheet is None:
            return
        try:
            found = draft.header_row(sheet) or 1
            self.model.set_rows(draft.preview(sheet), found, draft.hidden_rows(sheet),
                                draft.struck_cells(sheet))
            self.header_spin.setValue(found)
            self.size_label.setText(filled(self.tr("%1 rows in this sheet."),
                                           f"{draft.row_count(sheet):,}"))
        except CareerDeskError as problem:
            self.owner.fail(problem.message)

    def sheet(self) -> str | None:
        return self.sheet_box.currentData()

    def header_row(self) -> int:
        return self.header_spin.value()


class MappingPage(QWizardPage):
    """A drop-down per column, with CareerDesk's guess (or the remembered choice) filled in."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Say what each column holds. Columns left out are not "
                                 "imported. Your choices are remembered for files with the "
                                 "same headings."))
        self.boxes: dict[str, QComboBox] = {}
        self._area = QScrollArea(self)
        self._area.setWidgetResizable(True)
        self.note = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._area, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        draft = self.owner.draft
        assert draft is not None
        sheet, row = self.owner.sheet_page.sheet(), self.owner.sheet_page.header_row()
        self._read = False
        self.boxes = {}
        self.note.setText(self.tr("Reading the columns…"))
        self.ops_query(lambda session: draft.columns(session, sheet, row), self._show)

    def ops_query(self, read, done) -> None:  # noqa: ANN001
        self.owner.ops.query(read, done, owner=self, on_failed=lambda problem: (
            self.note.setText(sentence(problem)), self.owner.fail(problem.message)))

    def _show(self, guesses: list[ColumnGuess]) -> None:
        holder = QWidget(self._area)
        form = QFormLayout(holder)
        self.boxes = {}
        for guess in guesses:
            heading = self.tr("(no heading)") if guess.unnamed else guess.header
            if guess.hidden:
                heading = filled(self.tr("%1 (hidden in the file)"), heading)
            if guess.shadowed:  # what is chosen for its heading is for the visible column
                form.addRow(f"{guess.letter}: {heading}", QLabel(self.tr(
                    "— left out: a visible column has this heading —"), holder))
                continue
            box = QComboBox(holder)
            box.addItem(self.tr("— leave out —"), None)
            for field in Field:
                box.addItem(field_label(field), field.value)
            box.setCurrentIndex(box.findData(guess.field.value if guess.field else None))
            form.addRow(f"{guess.letter}: {heading}", box)
            self.boxes[guess.header] = box
        self._area.setWidget(holder)
        remembered = any(g.remembered for g in guesses)
        self.note.setText(self.tr("Using the choices you made for a file with these headings.")
                          if remembered else "")
        self._read = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return getattr(self, "_read", False)

    def mapping(self) -> dict[str, str | None] | None:
        if not self.boxes:
            return None
        return {header: box.currentData() for header, box in self.boxes.items()}

    def validatePage(self) -> bool:
        chosen = [value for value in (self.mapping() or {}).values() if value]
        duplicates = {v for v in chosen if chosen.count(v) > 1 and v != Field.ROW_NUMBER.value}
        if duplicates:
            names = ", ".join(field_label(Field(v)) for v in sorted(duplicates))
            self.owner.fail(filled(self.tr("Two columns are matched to the same field (%1); "
                                           "choose one of them only."), names))
            return False
        if Field.STUDENT_NO.value not in chosen and Field.EMAIL.value not in chosen:
            self.owner.fail(self.tr("Choose the column that holds the student numbers (or, "
                                    "for a list of students CareerDesk has, their email "
                                    "addresses)."))
            return False
        draft, sheet = self.owner.draft, self.owner.sheet_page.sheet()
        row, mapping = self.owner.sheet_page.header_row(), self.mapping() or {}
        assert draft is not None and sheet is not None
        self.owner.ops.change(None, lambda db: draft.remember(db, sheet, row, mapping),
                              owner=self)
        return True


class CheckPage(QWizardPage):
    """The rows as CareerDesk understood them; problem cells in colour, reasons on hover."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Red cells stop their row from being imported; amber cells "
                                 "are imported without that value. Point at a cell to see why."))
        self.model = PlannedRowsModel(self)
        self.table = _table(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.only_problems = QCheckBox(self.tr("Show &only rows with problems"), self)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._ready = False

    def initializePage(self) -> None:
        self._ready = False
        self.owner.plan = None
        self.status.setText(self.tr("Reading every row…"))
        options = self.owner.options(dry_run=True)
        draft = self.owner.draft
        assert draft is not None
        self.owner.ops.query(lambda session: draft.plan(session, options), self._show,
                             owner=self, on_failed=lambda problem: self._failed(problem.message))

    def _show(self, plan: ImportPlan) -> None:
        self.owner.plan = plan
        self.model.set_plan(plan)
        self.table.setColumnWidth(0, 60)
        result = plan.result()
        warned = len(plan.parsed.parsed.row_problems) - result.rejected
        self.status.setText(filled(
            self.tr("%1 student rows: %2 to add, %3 to update, %4 unchanged, %5 rejected; %6 "
                    "imported with a warning."),
            f"{result.rows:,}", f"{result.created:,}", f"{result.updated:,}",
            f"{result.unchanged:,}", f"{result.rejected:,}", f"{warned:,}"))
        self._ready = True
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(message or self.tr("The file could not be read."))
        self.owner.fail(self.status.text())

    def isComplete(self) -> bool:
        return self._ready
