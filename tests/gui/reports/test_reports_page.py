"""The Reports page: generate off the UI thread, preview, save, print; and the right-click
"Student record" / "Print letter" from the other pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Nomination, Student, University
from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import page_of, settle

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils (pdftotext) is not installed")


def generated(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.output is not None and page.document.pageCount() > 0,
                    timeout=60_000)


def test_generate_preview_save_and_print(qtbot, demo_database: Database,  # noqa: ANN001
                                         tmp_path: Path) -> None:
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    window.show()
    page = window.page(MainWindow.REPORTS)
    page.choose("placement", cohort="TF-2025")
    page.generate()
    generated(qtbot, page)
    assert page.print_button.isEnabled() and "pages" in page.status.text()
    window.grab().save(str(tmp_path / "reports-page.png"))
    saved = tmp_path / "copy.pdf"
    page.save_as(str(saved))
    assert saved.read_bytes() == page.output.read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


def test_right_click_student_record_and_letter(qtbot, demo_database: Database) -> None:  # noqa: ANN001
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    students = page_of(qtbot, window, MainWindow.STUDENTS)
    students.model.index(0, 0).data()
    settle(qtbot, window)
    students.request_record(0)
    reports_page = window.page(MainWindow.REPORTS)
    assert window.stack.currentWidget() is reports_page
    generated(qtbot, reports_page)
    assert reports_page.output.name.startswith("student-")

    with demo_database.session() as session:
        number, code = session.execute(
            select(Student.student_no, University.code).join(Nomination).join(University)
            .where(Nomination.status == "placed")).first()
    nominations = page_of(qtbot, window, MainWindow.NOMINATIONS)
    row = next(r for r in nominations.model.all_rows()
               if r.student_no == number and r.status == "placed")
    reports_page.output = None
    nominations.report_requested.emit("letters", {"cohort": row.cohort,
                                                  "student_no": row.student_no})
    generated(qtbot, reports_page)
    assert reports_page.document.pageCount() == 1 and code


def test_a_report_that_fails_leaves_no_earlier_one_in_the_preview(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = page_of(qtbot, window, MainWindow.REPORTS)
    page.choose("placement", cohort="TF-2025")
    page.generate()
    generated(qtbot, page)
    page.choose("student", university="CUHK", student_no="0000000000")
    page.generate()
    settle(qtbot, window)
    assert page.output is None and page.document.pageCount() == 0
    assert "There is no student 0000000000 at CUHK." in page.status.text()
    assert not page.print_button.isEnabled()


def test_a_university_chosen_for_one_report_does_not_scope_the_next(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = page_of(qtbot, window, MainWindow.REPORTS)
    page.choose("student", university="HKU", student_no="3035000000")
    page.choose("placement", cohort="TF-2025")
    assert page.university.currentData() is None and page.student_no.text() == ""


def test_choices_that_make_no_report_are_refused_before_any_work(qtbot, window: MainWindow) -> None:  # noqa: ANN001, E501
    page = page_of(qtbot, window, MainWindow.REPORTS)
    page.choose("placement", cohort="TF-2025")
    page.generate()
    generated(qtbot, page)
    page.choose("nominations", cohort="TF-2026")  # "All universities"
    page.generate()
    settle(qtbot, window)
    assert "choose the university" in page.status.text()
    assert "There is no university ''" not in page.status.text()
    assert page.output is not None  # the report shown stays: nothing was started


def test_cancel_while_generating_makes_no_report(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.REPORTS)
    page.choose("placement", cohort="TF-2025")
    page.generate()
    page.progress.cancel()  # the progress window's Cancel
    settle(qtbot, window)
    assert page.output is None and page.status.text().startswith("Cancelled")
    from careerdesk.core.paths import data_dir

    assert not list((data_dir() / "reports").glob(".*.partial"))  # nothing half-written
    page.generate()  # and the next one is made as usual
    generated(qtbot, page)


def test_graduate_outcomes_from_the_reports_page(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.REPORTS)
    page.choose("outcomes", year="2026", university="CUHK")
    assert page.year.isEnabled() and not page.cohort.isEnabled()
    page.generate()
    generated(qtbot, page)
    import subprocess

    text = subprocess.run(["pdftotext", str(page.output), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Graduate outcomes" in text and "2026" in text and "CUHK" in text
