"""The import window walked end to end, offscreen, on a real file and a real database."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import ImportBatch, Nomination, Student, University
from careerdesk.gui.common.colours import Tint, tint
from careerdesk.gui.common.operations import Operations
from careerdesk.gui.imports.import_wizard import ImportWizard
from careerdesk.io.fields import Field
from tests.files import xlsx

HEADERS = ["No.", "Matric", "Name", "Chinese Name", "E-mail", "Mobile", "Graduation"]
ROWS = [
    [1, "1155000001", "CHAN Tai Man", "陳大文", "tai.man@link.cuhk.edu.hk", "9123 4567",
     "30/06/2026"],
    [2, "", "LEE Ka Yan", "李嘉欣", "ka.yan@link.cuhk.edu.hk", "6123 4567", "30/06/2026"],
    [3, "1155000003", "WONG Siu Ming", "黃小明", "not-an-email", "5123 4567", "31/02/2026"],
]


def students(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count(Student.id)))


def new_wizard(qtbot, database: Database) -> ImportWizard:  # noqa: ANN001
    """The import window on its own, with a database thread of its own (the window's, in
    the app), stopped when the test ends."""
    from careerdesk.core.services.importing.draft import import_choices

    ops = Operations(database)
    with database.session() as session:
        choices = import_choices(session)
    wizard = ImportWizard(ops, choices)
    ops.setParent(wizard)
    qtbot.addWidget(wizard, before_close_func=lambda _w: ops.shutdown())
    return wizard


def idle(qtbot, wizard: ImportWizard) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: wizard.ops.idle, timeout=60_000)


def merged(path: Path, cells: str) -> Path:
    """``path`` with ``cells`` ("A1:B1") merged, as Excel merges a heading across."""
    workbook = openpyxl.load_workbook(path)
    workbook.active.merge_cells(cells)
    workbook.save(path)
    return path


def at_sheet_page(qtbot, database: Database, path: Path) -> ImportWizard:  # noqa: ANN001
    wizard = new_wizard(qtbot, database)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    return wizard


def at_mapping_page(qtbot, database: Database, path: Path) -> ImportWizard:  # noqa: ANN001
    wizard = at_sheet_page(qtbot, database, path)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=30_000)
    return wizard


def guesses(wizard: ImportWizard) -> dict[str, str | None]:
    return {header: box.currentData() for header, box in wizard.mapping_page.boxes.items()}


def walk_to_check_page(qtbot, wizard: ImportWizard, path: Path,  # noqa: ANN001
                       corrected: dict[str, str | None] | None = None) -> None:
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.university_box.setCurrentIndex(
        wizard.file_page.university_box.findData("CUHK"))
    wizard.file_page.cohort_box.setCurrentIndex(wizard.file_page.cohort_box.findData("TF-2026"))
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.sheet() == "Nominees"
    assert wizard.sheet_page.header_row() == 3  # under a title and a blank row
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=30_000)
    boxes = wizard.mapping_page.boxes
    assert boxes["Name"].currentData() == "name_en"
    assert boxes["Matric"].currentData() == "student_no"  # an unknown heading: by its values
    for heading, field in (corrected or {}).items():
        boxes[heading].setCurrentIndex(boxes[heading].findData(field))
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)


def test_wizard_imports_a_file_end_to_end(qtbot, qtmodeltester, demo_database: Database,  # noqa: ANN001
                                          tmp_path: Path) -> None:
    path = xlsx(tmp_path / "odd.xlsx", [["CUHK Engineering nominees"], [], HEADERS, *ROWS])
    before = students(demo_database)
    wizard = new_wizard(qtbot, demo_database)
    walk_to_check_page(qtbot, wizard, path)

    check = wizard.check_page
    assert check.model.rowCount() == 3
    problem_cells = [check.model.index(r, c) for r in range(3)
                     for c in range(check.model.columnCount())
                     if check.model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)]
    assert any(i.data(Qt.ItemDataRole.BackgroundRole).color() == tint(Tint.PROBLEM).color()
               for i in problem_cells)
    check.only_problems.setChecked(True)
    assert check.model.rowCount() == 2
    assert [check.model.index(r, 0).data() for r in range(2)] == ["5", "6"]  # Excel rows
    qtmodeltester.check(check.model)
    check.only_problems.setChecked(False)
    assert check.model.rowCount() == 3
    check.only_problems.setChecked(True)
    assert "1 to add" not in check.status.text() and "2 to add" in check.status.text()
    assert "1 rejected; 1 imported with a warning" in check.status.text()
    wizard.grab().save(str(tmp_path / "check-page.png"))

    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert "Students to add: 2" in wizard.summary_page.text.text()
    assert students(demo_database) == before  # nothing written before Import

    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(page.isComplete, timeout=60_000)
    assert wizard.result is not None and wizard.result.created == 2
    assert students(demo_database) == before + 2
    with demo_database.session() as session:
        assert session.scalar(select(func.count(Nomination.id)).where(
            Nomination.import_batch_id == wizard.result.batch)) == 2

    rejects = tmp_path / "rejected.xlsx"
    page.save_rejected(str(rejects))
    saved = list(openpyxl.load_workbook(rejects).active.iter_rows(values_only=True))
    assert saved[0][-1] == "Issues" and saved[1][2] == "LEE Ka Yan"

    page.undo()  # on the database thread, behind a progress window
    qtbot.waitUntil(lambda: not page.undoing, timeout=30_000)
    assert students(demo_database) == before
    assert "undone" in page.outcome.text()
    with demo_database.session() as session:
        assert session.scalar(select(ImportBatch.undone_at)) is not None
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_the_mapping_page_guesses_as_the_import_reads(qtbot, demo_database: Database,  # noqa: ANN001
                                                      tmp_path: Path) -> None:
    """Headings grouped under a merged heading: the window's guesses are the command line's
    ("No." under "Student" is the student number)."""
    path = merged(xlsx(tmp_path / "grouped.xlsx", [
        ["Student", None, "Contact"], ["No.", "Name (Chi)", "Email", "University"],
        ["1155000001", "陳大文", "tm@link.cuhk.edu.hk", "CUHK"]]), "A1:B1")
    wizard = at_mapping_page(qtbot, demo_database, path)
    assert wizard.sheet_page.header_row() == 2
    assert guesses(wizard) == {
        "No.": "student_no", "Name (Chi)": "name_zh", "Email": "email",
        "University": "university"}


def test_the_sheet_page_greys_the_rows_hidden_in_the_file(qtbot, demo_database: Database,  # noqa: ANN001
                                                          tmp_path: Path) -> None:
    """A list filtered by its sender: the preview shows the hidden rows greyed, and says
    why when pointed at, so the coordinator sees before importing what will be left out."""
    path = xlsx(tmp_path / "filtered.xlsx", [["Student No.", "English Name", "University"],
                                             ["1155000001", "CHAN Tai Man", "CUHK"],
                                             ["1155000002", "WONG Siu Ming", "CUHK"]])
    workbook = openpyxl.load_workbook(path)
    workbook.active.row_dimensions[3].hidden = True
    workbook.save(path)
    wizard = at_sheet_page(qtbot, demo_database, path)
    model = wizard.sheet_page.model
    hidden, shown = model.index(2, 1), model.index(1, 1)
    assert hidden.data() == "WONG Siu Ming"
    assert hidden.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "not be imported" in hidden.data(Qt.ItemDataRole.ToolTipRole)
    assert shown.data(Qt.ItemDataRole.ForegroundRole) is None
    assert shown.data(Qt.ItemDataRole.ToolTipRole) is None
    wizard.grab().save(str(tmp_path / "sheet-page.png"))


def test_the_sheet_page_strikes_through_what_the_file_does(qtbot, demo_database: Database,  # noqa: ANN001
                                                           tmp_path: Path) -> None:
    """A withdrawn nominee crossed out in Excel: the preview shows the row struck through,
    and says when pointed at that such a row is not imported."""
    path = xlsx(tmp_path / "withdrawn.xlsx", [["Student No.", "English Name", "University"],
                                              ["1155000001", "CHAN Tai Man", "CUHK"],
                                              ["1155000002", "WONG Siu Ming", "CUHK"]])
    workbook = openpyxl.load_workbook(path)
    for cell in workbook.active[3]:
        cell.font = Font(strike=True)
    workbook.save(path)
    wizard = at_sheet_page(qtbot, demo_database, path)
    model = wizard.sheet_page.model
    struck, kept = model.index(2, 1), model.index(1, 1)
    assert struck.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "not imported" in struck.data(Qt.ItemDataRole.ToolTipRole)
    assert kept.data(Qt.ItemDataRole.FontRole) is None
    wizard.grab().save(str(tmp_path / "struck-rows.png"))


def test_the_mapping_page_offers_columns_without_a_heading(qtbot, demo_database: Database,  # noqa: ANN001
                                                           tmp_path: Path) -> None:
    """"Name" merged across the English and the Chinese names: the Chinese column, under no
    heading of its own, is offered by its letter, read as the Chinese name; a column of
    values under no heading at all is offered too, to be chosen."""
    path = merged(xlsx(tmp_path / "merged.xlsx", [
        ["Student No.", "Name", None, "University", None],
        ["1155000001", "CHAN Tai Man", "陳大文", "CUHK", "AI roles"]]), "B1:C1")
    wizard = at_mapping_page(qtbot, demo_database, path)
    assert guesses(wizard) == {
        "Student No.": "student_no", "Name": "name_en", "Column C": "name_zh",
        "University": "university", "Column E": None}
    wizard.grab().save(str(tmp_path / "mapping-page.png"))


def test_a_hidden_column_under_a_visible_ones_heading_is_shown_left_out(  # noqa: ANN201
        qtbot, demo_database: Database, tmp_path: Path):  # noqa: ANN001
    """The old "Email" column hidden beside the new one: the mapping page says it is hidden
    and left out (what is chosen for "Email" is for the visible one), and the import reads
    the visible one."""
    path = xlsx(tmp_path / "hidden.xlsx", [
        ["Student No.", "Name", "Email", "Email"],
        ["1155000001", "CHAN Tai Man", "old@gmail.com", "tm@link.cuhk.edu.hk"]])
    workbook = openpyxl.load_workbook(path)
    workbook.active.column_dimensions["C"].hidden = True
    workbook.save(path)
    wizard = at_mapping_page(qtbot, demo_database, path)
    assert guesses(wizard) == {"Student No.": "student_no", "Name": "name_en",
                               "Email": "email"}
    form = wizard.mapping_page._area.widget().layout()
    labels = [form.itemAt(row, form.ItemRole.LabelRole).widget().text()
              for row in range(form.rowCount())]
    assert labels[2] == "C: Email (hidden in the file)"
    assert "left out" in form.itemAt(2, form.ItemRole.FieldRole).widget().text()
    wizard.grab().save(str(tmp_path / "hidden-column.png"))
    plan = checked(qtbot, demo_database, path).plan
    assert plan is not None
    assert plan.parsed.parsed.columns["email"] == ["tm@link.cuhk.edu.hk"]
    assert [p.code for p in plan.parsed.parsed.problems if p.code.endswith("set_aside")] == [
        "hidden_column_set_aside"]


def test_the_corrected_mapping_is_offered_again(qtbot, demo_database: Database,  # noqa: ANN001
                                                tmp_path: Path) -> None:
    path = xlsx(tmp_path / "odd.xlsx", [["CUHK Engineering nominees"], [], HEADERS, *ROWS])
    first = new_wizard(qtbot, demo_database)
    walk_to_check_page(qtbot, first, path, corrected={"Mobile": None})
    second = at_mapping_page(qtbot, demo_database, path)
    assert second.mapping_page.boxes["Mobile"].currentData() is None  # the choice, kept
    assert second.mapping_page.note.text()


def test_only_choices_are_remembered_and_guesses_are_made_again(qtbot,  # noqa: ANN001
                                                                 demo_database: Database,
                                                                 tmp_path: Path) -> None:
    """A guess the coordinator let stand is made again for the next file with the same
    headings: a "Status" column read as the nominations' (its every value a nomination word)
    is not, in a file whose "Status" says "Full-time". A choice they made is remembered."""
    headings = ["Student No.", "Name", "University", "Status", "Matric"]
    first = xlsx(tmp_path / "first.xlsx", [headings, ["1155000001", "CHAN Tai Man", "CUHK",
                                                      "Nominated", "M1"]])
    wizard = at_mapping_page(qtbot, demo_database, first)
    assert guesses(wizard)["Status"] == "endorsed"
    boxes = wizard.mapping_page.boxes
    boxes["Matric"].setCurrentIndex(boxes["Matric"].findData("notes"))
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    second = xlsx(tmp_path / "second.xlsx", [headings, ["1155000002", "LEE Ka Yan", "CUHK",
                                                        "Full-time", "M2"]])
    again = at_mapping_page(qtbot, demo_database, second)
    assert guesses(again) == {"Student No.": "student_no", "Name": "name_en",
                              "University": "university", "Status": None, "Matric": "notes"}
    assert again.mapping_page.note.text()  # the choice made for "Matric" is used


def test_a_list_without_student_numbers_goes_on_by_its_emails(qtbot,  # noqa: ANN001
                                                               demo_database: Database,
                                                               tmp_path: Path) -> None:
    """A list sent back with names and emails only: the mapping page lets it through (its
    students are found by email), and says what it needs when neither column is there."""
    with demo_database.session() as session:
        number, mail, university = session.execute(
            select(Student.student_no, Student.email, University.code)
            .join(University, Student.university_id == University.id)
            .where(Student.email.is_not(None)).limit(1)).one()
    path = xlsx(tmp_path / "back.xlsx", [["Email", "University", "Application Status"],
                                         [mail, university, "Shortlisted"]])
    wizard = at_mapping_page(qtbot, demo_database, path)
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    assert wizard.plan is not None
    assert wizard.plan.parsed.parsed.column(Field.STUDENT_NO) == [number]
    assert wizard.plan.result().unchanged == 1
    unnamed = xlsx(tmp_path / "unnamed.xlsx", [["Name", "Remarks"], ["CHAN Tai Man", "x"]])
    told = []
    wizard = at_mapping_page(qtbot, demo_database, unnamed)
    wizard.fail = told.append
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert told == ["Choose the column that holds the student numbers (or, for a list of "
                    "students CareerDesk has, their email addresses)."]


def test_an_unreadable_file_is_explained_and_the_wizard_stays(qtbot, demo_database: Database,  # noqa: ANN001
                                                              tmp_path: Path,
                                                              monkeypatch) -> None:  # noqa: ANN001
    bad = tmp_path / "nominees.xlsx"
    bad.write_bytes(b"%PDF-1.4")
    told = []
    monkeypatch.setattr(ImportWizard, "fail", lambda self, message: told.append(message))
    wizard = new_wizard(qtbot, demo_database)
    wizard.show()
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert told and "PDF" in told[0]


def test_imports_page_lists_batches_and_undoes_the_selected_one(qtbot, demo_database: Database,  # noqa: ANN001
                                                                tmp_path: Path,
                                                                monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from careerdesk.core.services.importing import ImportOptions, import_file
    from careerdesk.gui.main_window import MainWindow

    before = students(demo_database)
    path = xlsx(tmp_path / "list.xlsx", [HEADERS[1:], *[r[1:] for r in ROWS]])
    import_file(demo_database, path, ImportOptions(university="CUHK", mapping={
        "Matric": "student_no", "Name": "name_en", "Chinese Name": "name_zh",
        "E-mail": "email", "Mobile": "phone", "Graduation": "graduation"}))
    assert students(demo_database) == before + 2
    from tests.gui.conftest import page_of, settle

    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    page = page_of(qtbot, window, MainWindow.IMPORTS)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "list.xlsx"
    assert [page.model.index(0, c).data() for c in (5, 8, 11)] == ["2", "0", "1"]
    page.table.selectRow(0)
    assert page.rejects_button.isEnabled()  # the row the import rejected was kept
    settle(qtbot, window)
    assert page.problems.toPlainText().startswith("Row 3: This row has no student number.")
    rejects = tmp_path / "again.xlsx"
    page.save_rejected(str(rejects))
    qtbot.waitUntil(rejects.exists, timeout=30_000)
    saved = list(openpyxl.load_workbook(rejects).active.iter_rows(values_only=True))
    assert saved[0][-1] == "Issues" and saved[1][1] == "LEE Ka Yan"
    assert "no student number" in saved[1][-1]
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.undo_selected(confirm=False)  # on the database thread, behind a progress window
    qtbot.waitUntil(lambda: students(demo_database) == before, timeout=30_000)
    qtbot.waitUntil(lambda: page.model.index(0, page.model.columnCount() - 1).data() == "✓")
    assert not page.undo_button.isEnabled()


def checked(qtbot, database: Database, path: Path) -> ImportWizard:  # noqa: ANN001
    """The wizard walked to its check page for ``path``, a CUHK list, rows checked."""
    wizard = new_wizard(qtbot, database)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.university_box.setCurrentIndex(
        wizard.file_page.university_box.findData("CUHK"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=30_000)
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    return wizard


def test_the_summary_says_a_problem_once_for_all_its_rows(qtbot, demo_database: Database,  # noqa: ANN001
                                                         tmp_path: Path) -> None:
    """A cohort CareerDesk does not have, named on 40 rows, is one line naming its rows, not
    40 lines; a different problem keeps its own line."""
    rows = [[f"1155{n:06d}", f"CHAN Tai Man {n}", "NO-SUCH-2026"] for n in range(40)]
    rows[7][0] = ""  # row 9: no student number
    path = xlsx(tmp_path / "cohort.xlsx",
                [["Student No.", "Name", "Cohort"], *rows, ["", "", ""]])
    wizard = checked(qtbot, demo_database, path)
    assert "1 rejected; 39 imported with a warning" in wizard.check_page.status.text()
    wizard.next()
    lines = wizard.summary_page.text.text().splitlines()
    cohort_lines = [line for line in lines if "NO-SUCH-2026" in line]
    assert cohort_lines == [
        "Rows 2, 3, 4, 5, 6 and 35 more: There is no cohort 'NO-SUCH-2026' in CareerDesk; the "
        "student was imported but not nominated. Add the cohort, then import the file again."]
    assert "Row 9: This row has no student number. The row was not imported." in lines


def test_a_list_withdrawing_a_nominee_says_so_before_and_after(qtbot,  # noqa: ANN001
                                                                demo_database: Database,
                                                                tmp_path: Path) -> None:
    """The list sent again marks a nominee "Withdrawn": the summary counts the withdrawal
    before Import, the row says it, and the result says it was done."""
    from careerdesk.core.services.importing import ImportOptions, import_file

    headings = ["Student No.", "Name", "University", "Nomination Status"]
    rows = [["1155000991", "KWAN Ka Ho", "CUHK", "Nominated"],
            ["1155000992", "KWAN Ka Yan", "CUHK", "Nominated"]]
    first = xlsx(tmp_path / "first.xlsx", [headings, *rows])
    import_file(demo_database, first, ImportOptions(cohort="TF-2026"))
    rows[1][3] = "Withdrawn"
    wizard = new_wizard(qtbot, demo_database)
    walk_past_the_check_page(qtbot, wizard, xlsx(tmp_path / "again.xlsx", [headings, *rows]))
    checked = wizard.check_page.model  # each status as the list writes it, with or without
    column = [checked.headerData(c, Qt.Orientation.Horizontal)  # a problem
              for c in range(checked.columnCount())].index("Nomination Status")
    assert [checked.index(r, column).data() for r in range(2)] == ["Nominated", "Withdrawn"]
    summary = wizard.summary_page.text.text().splitlines()
    assert "Of them, moved on to where the list says: 1" in summary
    assert any(line.startswith("Row 3: The list says 'Withdrawn' under 'Nomination Status'")
               for line in summary)
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=60_000)
    assert "Nominations moved on to where the list says: 1." in wizard.import_page.outcome.text()
    with demo_database.session() as session:
        assert session.scalar(select(Nomination.status).join(Student).where(
            Student.student_no == "1155000992")) == "withdrawn"


def walk_past_the_check_page(qtbot, wizard: ImportWizard, path: Path) -> None:  # noqa: ANN001
    """To the summary page, the file's list nominating to TF-2026."""
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.cohort_box.setCurrentIndex(wizard.file_page.cohort_box.findData("TF-2026"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=30_000)
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page


def test_the_wizard_says_the_files_problems_in_chinese(qtbot, qapp, demo_database: Database,  # noqa: ANN001
                                                      tmp_path: Path,
                                                      monkeypatch) -> None:  # noqa: ANN001
    """Under Traditional Chinese the problems the core finds are said in Chinese too: the
    row's problems, the summary, and a file that cannot be read."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMessageBox

    from careerdesk.gui.app import install_translators

    installed = install_translators(qapp, QLocale("zh_HK"))
    try:
        rows = [[f"1155{n:06d}", f"CHAN Tai Man {n}", "NO-SUCH-2026", "chan@"] for n in range(3)]
        rows.append(["", "LEE Ka Yan", "NO-SUCH-2026", "ka.yan@link.cuhk.edu.hk"])
        path = xlsx(tmp_path / "cohort.xlsx", [["Student No.", "Name", "Cohort", "Email"], *rows])
        wizard = checked(qtbot, demo_database, path)
        model = wizard.check_page.table.model()
        problems = model.index(0, model.columnCount() - 1).data()
        assert "「chan@」不是完整的電郵地址。此行已匯入，但不包括這個值。" in problems
        wizard.next()
        summary = wizard.summary_page.text.text()
        assert "CareerDesk 中沒有「NO-SUCH-2026」這個梯次；學生已匯入，但未獲提名。" in summary
        assert "There is no cohort" not in summary
        wizard.next()
        qtbot.waitUntil(wizard.import_page.isComplete, timeout=60_000)
        rejects = tmp_path / "rejected.xlsx"
        wizard.import_page.save_rejected(str(rejects))  # for the coordinator to fix in Excel
        saved = list(openpyxl.load_workbook(rejects).active.iter_rows(values_only=True))
        assert saved[0][-1] == "問題"
        assert saved[1][1:] == ("LEE Ka Yan", "NO-SUCH-2026", "ka.yan@link.cuhk.edu.hk",
                                "此行沒有學號。此行沒有匯入。")

        told = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
        bad = tmp_path / "nominees.xlsx"
        bad.write_bytes(b"%PDF-1.4")
        other = new_wizard(qtbot, demo_database)
        other.show()
        other.file_page.path.setText(str(bad))
        other.next()
        assert told == ["nominees.xlsx 是 PDF 文件，不是試算表：PDF 內的表格無法可靠地"
                        "匯入。請向寄件人索取製作該 PDF 的 Excel 檔案。"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _drag(paths: list[Path], kind: str) -> tuple:
    """A drag ("enter") or a drop of ``paths``, as Explorer or Finder makes one; with its
    data, which must live as long as the event."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    made = QDragEnterEvent if kind == "enter" else QDropEvent
    return made(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier), mime


def test_a_list_dropped_on_the_window_opens_the_import_with_it(qtbot, demo_database: Database,  # noqa: ANN001
                                                               tmp_path: Path,
                                                               monkeypatch) -> None:  # noqa: ANN001
    """Dragged from Explorer or an email's saved attachment onto CareerDesk: the import
    window opens with that file; two files, or a folder, are not taken."""
    from careerdesk.gui.main_window import MainWindow

    path = xlsx(tmp_path / "nominees.xlsx", [HEADERS, *ROWS])
    opened: list[str] = []
    monkeypatch.setattr(ImportWizard, "exec",
                        lambda wizard: opened.append(wizard.file_page.path.text()) or 0)
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    window.finish_start()  # (as app.start_window does once the window has painted)
    from tests.gui.conftest import settle
    assert window.acceptDrops()
    for refused in ([path, path], [tmp_path]):
        enter, _mime = _drag(refused, "enter")
        window.dragEnterEvent(enter)
        assert not enter.isAccepted()
    enter, _mime = _drag([path], "enter")
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop, _mime = _drag([path], "drop")
    window.dropEvent(drop)
    settle(qtbot, window)
    assert opened == [str(path)]


def test_a_file_dropped_on_the_import_windows_first_page_is_chosen(qtbot,  # noqa: ANN001
                                                                  demo_database: Database,
                                                                  tmp_path: Path) -> None:
    path = xlsx(tmp_path / "nominees.xlsx", [HEADERS, *ROWS])
    wizard = new_wizard(qtbot, demo_database)
    wizard.show()
    drop, _mime = _drag([path], "drop")
    wizard.dropEvent(drop)
    assert wizard.file_page.path.text() == str(path)


def test_the_check_page_shows_what_the_import_filled_in(qtbot, demo_database: Database,  # noqa: ANN001
                                                        tmp_path: Path) -> None:
    """A list in a section per department, with no Department column: the check page shows
    each student's department as the import filled it in, after the file's own columns,
    and says (when pointed at) that it is not a column of the file."""
    path = xlsx(tmp_path / "sections.xlsx", [
        ["Student No.", "English Name"],
        ["Department of Electrical Engineering"], ["1155000001", "CHAN Tai Man"],
        ["Department of Physics"], ["1155000002", "LEE Ka Yan"]])
    wizard = checked(qtbot, demo_database, path)
    model = wizard.check_page.table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal)
                for c in range(model.columnCount())]
    assert headings == ["Row", "Student No.", "English Name", "University (filled in)",
                        "Faculty (filled in)", "Department (filled in)", "Problems"]
    assert [model.index(r, 5).data() for r in range(2)] == [
        "Department of Electrical Engineering", "Department of Physics"]
    # (CUHK's Department of Physics is in its Faculty of Science: the department gives it)
    assert [model.index(r, 4).data() or "" for r in range(2)] == ["", "Faculty of Science"]
    assert "not a column of the file" in model.headerData(
        5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).casefold()
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_a_list_sent_back_with_companies_records_the_placements(qtbot, demo_database: Database,  # noqa: ANN001
                                                                tmp_path: Path) -> None:
    """The summary says how many placements the import will record, and the result how
    many it did."""
    from careerdesk.core.services.importing import ImportOptions, import_file
    from careerdesk.core.services.nominations import move_nominations

    student = ["1155000777", "CHAN Tai Man", "TF-2026"]
    first = xlsx(tmp_path / "nominees.xlsx", [["Student No.", "Name", "Cohort"], student])
    import_file(demo_database, first, ImportOptions(university="CUHK"))
    for stage in ("submitted", "shortlisted", "interviewed", "offered"):
        move_nominations(demo_database, "TF-2026", stage, [student[0]], override="Test")
    results = xlsx(tmp_path / "results.xlsx", [
        ["Student No.", "Name", "Cohort", "Offer Accepted", "Company", "Start Date"],
        [*student, "Y", "SenseTime", "01/07/2026"]])
    wizard = checked(qtbot, demo_database, results)
    wizard.next()
    assert "Placements to record: 1" in wizard.summary_page.text.text()
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=60_000)
    assert wizard.result is not None and wizard.result.placements == 1
    assert "Placements recorded: 1." in wizard.import_page.outcome.text()
