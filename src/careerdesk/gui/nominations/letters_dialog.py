"""Placement letters for the selected nominations (or career-day applications): the
language, and besides one PDF to print, one PDF per student and an email draft per student
(nothing is sent)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QWidget,
)

from careerdesk.core.services.reports import PrintedLetters, print_letters
from careerdesk.gui.common.messages import filled
from careerdesk.gui.common.operations import Operations


class LettersDialog(QDialog):
    def __init__(self, ops: Operations, nominations: list[int], parent: QWidget, *,
                 applications: bool = False) -> None:
        """``applications``: the ids are a career day's applications, not nominations."""
        super().__init__(parent)
        self.ops = ops
        self.nominations = nominations
        self.applications = applications
        self.setWindowTitle(self.tr("Placement letters"))
        self.language = QComboBox(self)
        for text, code in (("English", "en"), ("繁體中文（香港）", "zh_HK")):
            self.language.addItem(text, code)
        chinese = QLocale().name().startswith("zh")
        self.language.setCurrentIndex(1 if chinese else 0)
        self.one_per_student = QCheckBox(self.tr("Also one PDF per &student"), self)
        self.drafts = QCheckBox(self.tr("Also an &email draft per student, the letter "
                                        "attached (nothing is sent)"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        chosen = (self.tr("%Ln application(s) selected; a letter for each offer that has become "
                          "a placement.", "", len(nominations)) if applications else
                  self.tr("%Ln nomination(s) selected; a letter for each one with a "
                          "placement.", "", len(nominations)))
        form.addRow(QLabel(chosen, self))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.one_per_student)
        form.addRow(self.drafts)
        form.addRow(buttons)

    def save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letters"),
                                                str(Path.home() / "letters.pdf"),
                                                self.tr("PDF (*.pdf)"))
        if not target:
            return
        folder = None
        if self.one_per_student.isChecked() or self.drafts.isChecked():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("The folder for each student's letter and draft"),
                str(Path(target).parent))
            if not chosen:
                return
            folder = Path(chosen)
        if Path(target).suffix.lower() != ".pdf":
            target += ".pdf"
        ids, language = list(self.nominations), str(self.language.currentData())
        which = {"application_ids" if self.applications else "nomination_ids": ids}
        per_student = folder if self.one_per_student.isChecked() else None
        drafts = folder if self.drafts.isChecked() else None
        owner = self.parent()
        self.accept()
        self.ops.long(self.tr("Writing the letters…"), lambda database, _progress: print_letters(
            database, None, Path(target), language=language, **which,
            one_file_per_student=per_student, emails=drafts), self._done, parent=owner)

    def _done(self, printed: PrintedLetters) -> None:
        said = filled(self.tr("Letters saved to %1 (%2 pages)."), str(printed.path),
                      str(printed.pages))
        if printed.drafts:
            said += " " + filled(self.tr("%1 email drafts saved; nothing was sent."),
                                 str(len(printed.drafts)))
        if printed.without_email:
            said += " " + filled(self.tr("No email address, so no draft: %1."),
                                 ", ".join(printed.without_email))
        window = self.parent().window() if self.parent() else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 20_000)
        self.said = said
