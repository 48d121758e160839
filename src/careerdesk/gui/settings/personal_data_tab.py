"""Settings → Personal data: how long the office keeps students' records after they
graduate (its period, and a programme's own), the purge of those kept past it, previewed
first, and whether the office collects HKID numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from careerdesk.gui.common.messages import filled, localised

if TYPE_CHECKING:
    from careerdesk.core.services.privacy import PersonalDataChoices, Purged
    from careerdesk.gui.common.operations import Operations


class PersonalDataTab(QWidget):
    """The retention periods as chosen (``chosen``, saved with the dialog), and Purge…"""

    def __init__(self, ops: Operations, choices: PersonalDataChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.choices = choices
        policy, programmes = choices.policy, choices.programmes
        self.years = QSpinBox(self)
        self.years.setRange(0, 100)
        self.years.setSpecialValueText(self.tr("No period"))
        self.years.setSuffix(self.tr(" years"))
        self.years.setValue(policy.years or 0)
        self.programmes = QTableWidget(len(programmes), 2, self)
        self.programmes.setHorizontalHeaderLabels([self.tr("Programme"),
                                                   self.tr("Kept for")])
        self.programmes.verticalHeader().hide()
        self.programmes.horizontalHeader().setStretchLastSection(True)
        self.spins: dict[str, QSpinBox] = {}
        for row, code in enumerate(programmes):
            self.programmes.setItem(row, 0, QTableWidgetItem(code))
            spin = QSpinBox(self.programmes)
            spin.setRange(0, 100)
            spin.setSpecialValueText(self.tr("The office's period"))
            spin.setSuffix(self.tr(" years"))
            spin.setValue(policy.programmes.get(code, 0))
            self.programmes.setCellWidget(row, 1, spin)
            self.spins[code] = spin
        self.programmes.resizeColumnsToContents()
        note = QLabel(self.tr("Hong Kong's Personal Data (Privacy) Ordinance asks that personal "
                              "data be kept no longer than needed. A student whose every "
                              "record is past its period (counted from graduation; a "
                              "programme's own period where it has one) can be purged: "
                              "deleted, or kept for the figures without anything naming them. "
                              "Save the periods before purging."), self)
        note.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("&Purge students past their period…"), self)
        self.purge_button.clicked.connect(self.preview_purge)
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        self.collect_hkid = QCheckBox(self.tr("Collect &HKID numbers"), self)
        self.collect_hkid.setChecked(choices.collect_hkid)
        hkid_note = QLabel(self.tr("Off unless the office needs them: when on, the student form "
                                   "has the field and an import reads an HKID column, each "
                                   "number checked by its check digit, shown masked everywhere "
                                   "but the form and never exported. Turning it off erases "
                                   "the numbers kept."), self)
        hkid_note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Keep students' records &after graduation:"), self.years)
        form.addRow(self.tr("A programme's own period:"), self.programmes)
        form.addRow(self.purge_button)
        form.addRow(self.said)
        form.addRow(self.collect_hkid)
        form.addRow(hkid_note)

    def chosen(self) -> tuple[int | None, dict[str, int | None]]:
        """The office's period and each programme's (None: none, or the office's)."""
        return self.years.value() or None, {code: spin.value() or None
                                            for code, spin in self.spins.items()}

    def hkid_chosen(self) -> bool | None:
        """Whether HKID numbers are to be collected, where that changed; None otherwise."""
        chosen = self.collect_hkid.isChecked()
        return None if chosen == self.choices.collect_hkid else chosen

    def may_erase_hkids(self) -> bool:
        """Asked before turning collection off erases the numbers kept."""
        if not self.choices.hkids_kept:
            return True
        answer = QMessageBox.question(self, self.tr("HKID numbers"), filled(self.tr(
            "Turning this off erases the %1 HKID numbers kept. Go on?"),
            f"{self.choices.hkids_kept:,}"))
        return answer == QMessageBox.StandardButton.Yes

    def preview_purge(self) -> None:
        """What a purge would remove, asked about before anything is done."""
        from careerdesk.core.services.privacy import purge

        self.ops.change(None, lambda db: purge(db, past_retention=True, dry_run=True),
                        self._ask, owner=self, on_failed=self._failed)

    def _ask(self, preview: Purged) -> None:
        if not preview.students:
            self.said.setText(self.tr("No student is past their period: nothing to purge."))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Purge students"),
                          localised(preview.summary()), parent=self)
        box.setInformativeText(self.tr("Delete them with everything held on them, or keep "
                                       "their records for the figures without anything "
                                       "naming them? This cannot be undone; backups made "
                                       "before it still hold them."))
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        anonymise = box.addButton(self.tr("&Anonymise"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() in (delete, anonymise):
            self.purge(anonymise=box.clickedButton() is anonymise)

    def purge(self, *, anonymise: bool) -> None:
        from careerdesk.core.services.changes import Changes
        from careerdesk.core.services.privacy import purge

        self.ops.change(None, lambda db: purge(db, past_retention=True, anonymise=anonymise),
                        lambda done: self.said.setText(localised(done.summary())),
                        owner=self, on_failed=self._failed, also=Changes.everything())

    def _failed(self, problem: object) -> None:
        self.said.setText(localised(str(problem)))
