"""Our own workbook writer, read back by openpyxl, python-calamine and CareerDesk's own
importer: every kind of value as itself, text never a formula, a frozen header with an
autofilter, well-formed parts, nothing left behind when writing stops."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.xlsx_writer import write_table

HEADERS = ["Name", "中文名", "Mobile", "Born", "Seen", "Starts", "Year", "Salary", "Ratio",
           "Resident", "Why"]
ROWS = [
    ["=SUM(1,2)", "陳大文", "+85290288102", dt.date(2004, 2, 29),
     dt.datetime(2026, 12, 6, 14, 30), dt.time(9, 15), 3, Decimal("18500.50"), 0.25, True,
     "Email: 'a<b>&c' is not an email."],
    ["-dash", None, "@handle", None, None, None, None, None, None, False, "\tTabbed"],
    ["bell\x07 & <tag>", "", "9028 8102", dt.date(1900, 3, 1), None, None, 0, None,
     float("nan"), None, None],
]


def _written(tmp_path: Path, **options: object) -> Path:
    return write_table(tmp_path / "out.xlsx", HEADERS, iter(ROWS), sheet="Students: 2026/27",
                       widths=[30, 10], **options)  # type: ignore[arg-type]


def test_every_kind_of_value_reads_back_as_itself(tmp_path: Path) -> None:
    path = _written(tmp_path, highlight_last_column=True)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Students  2026 27"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:K4"
    assert sheet.column_dimensions["A"].width == 30
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(HEADERS)
    assert rows[1] == ("=SUM(1,2)", "陳大文", "+85290288102", dt.datetime(2004, 2, 29),
                       dt.datetime(2026, 12, 6, 14, 30), dt.time(9, 15), 3, 18500.5, 0.25,
                       True, "Email: 'a<b>&c' is not an email.")
    assert rows[2][:3] == ("-dash", None, "@handle") and rows[2][9] is False
    assert rows[3][0] == "bell & <tag>" and rows[3][3] == dt.datetime(1900, 3, 1)
    assert rows[3][8] == "nan"  # not a number Excel could hold: kept as its text
    quoted = {cell.coordinate for row in sheet.iter_rows() for cell in row if cell.quotePrefix}
    assert quoted == {"A2", "C2", "A3", "C3", "K3"}
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["K2"].fill.fgColor.rgb == "FFFFF2CC" and sheet["K2"].alignment.wrap_text
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet["D2"].number_format == "dd/mm/yyyy"


def test_calamine_and_our_importer_read_it(tmp_path: Path) -> None:
    path = _written(tmp_path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[1][:4] == ["=SUM(1,2)", "陳大文", "+85290288102", dt.date(2004, 2, 29)]
    from careerdesk.io.open_file import SpreadsheetFile

    opened = SpreadsheetFile(path)
    sheet = opened.read(opened.candidate_sheets()[0])
    assert sheet.rows[1][:3] == ["=SUM(1,2)", "陳大文", "+85290288102"]
    assert sheet.rows[0] == HEADERS


def test_every_part_is_well_formed_xml(tmp_path: Path) -> None:
    with zipfile.ZipFile(_written(tmp_path)) as package:
        assert package.testzip() is None
        for name in package.namelist():
            ET.fromstring(package.read(name))  # raises if not well formed
        assert "'Students  2026 27'!$A$1:$K$4" in package.read("xl/workbook.xml").decode()


def test_no_rows_is_a_header_alone(tmp_path: Path) -> None:
    path = write_table(tmp_path / "empty.xlsx", ["A", "B"], [])
    sheet = openpyxl.load_workbook(path).active
    assert list(sheet.iter_rows(values_only=True)) == [("A", "B")]
    assert sheet.auto_filter.ref == "A1:B1"


def test_writing_that_stops_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the old export")

    def rows():  # noqa: ANN202
        yield ["one"]
        raise KeyboardInterrupt  # a Cancel, a crash: anything

    with pytest.raises(KeyboardInterrupt):
        write_table(target, ["A"], rows())
    assert target.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="does not exist"):
        write_table(tmp_path / "no" / "out.xlsx", ["A"], [])
