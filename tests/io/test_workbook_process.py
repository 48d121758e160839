"""Workbooks read in a child process: a stray cell far beyond a list is left out and named
(not 10 GB asked for and the process aborted), a reader that dies or runs on is one
sentence, and the caller is never taken down with it. Every hostile file is made here."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from careerdesk.io import workbook_process
from careerdesk.io.nominee_rows import parse_sheet
from careerdesk.io.open_file import ReadAhead, SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from tests.files import rewrite_member, xlsx
from tests.io.test_files import layout_for

HEADINGS = ["Student No.", "English Name", "Email", "University"]


def _students(count: int) -> list[list[str]]:
    return [[f"1155{n:06d}", f"CHAN Tai Man {n}", f"s{n}@link.cuhk.edu.hk", "CUHK"]
            for n in range(count)]


def _stray_beside(path: Path, count: int, far: str, text: str = "checked") -> Path:
    """A list written as openpyxl's streaming writer does (inline strings, no stated size),
    with ``text`` typed far away in cell ``far``."""
    column, row = re.fullmatch(r"([A-Z]+)(\d+)", far).groups()  # type: ignore[union-attr]
    column_number = openpyxl.utils.column_index_from_string(column)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Nominees")
    rows = [HEADINGS, *_students(count)]
    for number, values in enumerate(rows, start=1):
        cells: list[object] = list(values)
        if number == int(row):
            cells += [None] * (column_number - len(cells) - 1) + [text]
        sheet.append(cells)
    workbook.save(path)
    return path


def test_a_stray_cell_in_excels_last_column_is_left_out_and_named(tmp_path: Path) -> None:
    path = _stray_beside(tmp_path / "nominees.xlsx", 20_000, "XFD1")
    spreadsheet = SpreadsheetFile(path)
    raw = spreadsheet.read("Nominees")
    assert len(raw.rows) == 20_001 and max(len(row) for row in raw.rows) == 4
    assert [(cell.name, cell.text) for cell in raw.far_cells] == [("XFD1", "checked")]
    parsed = parse_sheet(raw, layout_for(raw, path.name), path.name, {"cuhk": "CUHK"},
                         lambda text: "CUHK", None)
    assert len(parsed.valid()) == 20_000
    far = [p for p in parsed.problems if p.code == "far_cell"]
    assert [(p.row, p.column) for p in far] == [(1, "XFD1")]
    assert "Cell XFD1 ('checked') lies far beyond the list" in far[0].message


def test_a_stray_shared_string_in_a_sheet_of_stated_size_is_named_by_its_text(
        tmp_path: Path) -> None:
    """As Excel saves it: the size stated (A1:XFD3001), the text in the shared strings."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Nominees"
    for row in [HEADINGS, *_students(3_000)]:
        sheet.append(row)
    sheet["XFD2"] = "approved by Dr Lee"
    path = tmp_path / "stated.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        assert b'ref="A1:XFD3001"' in archive.read("xl/worksheets/sheet1.xml")
    raw = SpreadsheetFile(path).read("Nominees")
    assert [(c.name, c.text) for c in raw.far_cells] == [("XFD2", "approved by Dr Lee")]
    assert raw.rows[1][:2] == ["1155000000", "CHAN Tai Man 0"]


def test_a_value_in_excels_very_last_cell_is_left_out(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "last.xlsx", [HEADINGS, *_students(3)])

    def far_away(xml: bytes) -> bytes:
        return xml.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" '
                           b't="inlineStr"><is><t>end</t></is></c></row></sheetData>')

    rewrite_member(path, "xl/worksheets/sheet1.xml", far_away)
    raw = SpreadsheetFile(path).read("Nominees")
    assert len(raw.rows) == 4
    assert [(c.name, c.text) for c in raw.far_cells] == [("XFD1048576", "end")]


def test_a_title_far_above_the_list_is_what_is_left_out(tmp_path: Path) -> None:
    """The part holding most cells is the list, wherever it lies."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Nominees"
    sheet["A1"] = "Nominees 2026"
    for number, row in enumerate([HEADINGS, *_students(2_000)]):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=30_002 + number, column=column, value=value)
    sheet["XFD40000"] = "x"
    path = tmp_path / "titled.xlsx"
    workbook.save(path)
    raw = SpreadsheetFile(path).read("Nominees")
    assert sorted((c.name, c.text) for c in raw.far_cells) == [("A1", "Nominees 2026"),
                                                                ("XFD40000", "x")]
    assert [row for row in raw.rows if any(row)][0] == HEADINGS


def test_a_sheet_too_large_even_without_its_far_cells_is_refused_in_a_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from careerdesk.io import far_cells

    monkeypatch.setattr(far_cells, "LARGEST_AREA", 1_000)  # (read in this process: patched)
    path = _stray_beside(tmp_path / "wide.xlsx", 2_000, "XFD1")
    with pytest.raises(UnreadableFileError, match="spans 8,004 cells, far more than any list"):
        far_cells.trim_far_cells(path, "Nominees")


def test_an_absurd_shared_string_count_is_a_sentence_not_a_crash(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "count.xlsx", [HEADINGS, *_students(3)])
    rewrite_member(path, "xl/sharedStrings.xml",
                   lambda xml: re.sub(rb'count="\d+"', b'count="2000000000"',
                                      re.sub(rb'uniqueCount="\d+"',
                                             b'uniqueCount="2000000000"', xml)))
    started = time.monotonic()
    try:
        raw = SpreadsheetFile(path).read("Nominees")
    except UnreadableFileError as exc:
        assert "count.xlsx is too large or damaged to read" in str(exc)
    else:
        assert raw.rows[1][0] == "1155000000"
    assert time.monotonic() - started < 10


def test_a_reader_that_dies_is_one_sentence(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            caplog: pytest.LogCaptureFixture) -> None:
    """A child given too little memory to start dies as one that ran out would."""
    monkeypatch.setattr(workbook_process, "MEMORY_CAP", 20 * 2**20)
    path = xlsx(tmp_path / "list.xlsx", [HEADINGS, *_students(3)])
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path).sheets()
    assert raised.value.code == "file_too_large_or_damaged"
    assert str(raised.value).startswith("list.xlsx is too large or damaged to read;")
    assert "reading list.xlsx in a child process failed" in caplog.text


def test_a_reader_that_runs_on_is_stopped(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_process, "time_limit", lambda path: 0.001)
    path = xlsx(tmp_path / "list.xlsx", [HEADINGS, *_students(3)])
    with pytest.raises(UnreadableFileError, match="too large or damaged to read"):
        ReadAhead(path).take()


def test_a_thousand_empty_sheets_are_listed_in_seconds(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Nominees"
    for row in [HEADINGS, *_students(2)]:
        workbook.active.append(row)
    for number in range(1, 1_000):
        workbook.create_sheet(f"Sheet{number}")
    path = tmp_path / "sheets.xlsx"
    workbook.save(path)
    started = time.monotonic()
    spreadsheet = SpreadsheetFile(path)
    assert len(spreadsheet.sheets()) == 1_000
    assert spreadsheet.read(spreadsheet.candidate_sheets()[0]).rows[1][0] == "1155000000"
    assert time.monotonic() - started < 10


def test_the_read_ahead_and_a_plain_read_give_the_same_sheet(tmp_path: Path) -> None:
    path = _stray_beside(tmp_path / "nominees.xlsx", 50, "XFD3")
    ahead = ReadAhead(path).take().read("Nominees")
    plain = SpreadsheetFile(path).read("Nominees")
    assert ahead.rows == plain.rows and ahead.far_cells == plain.far_cells


def _xls_claiming(path: Path, rows: int, columns: int) -> Path:
    """A legacy .xls whose DIMENSIONS record claims ``rows`` × ``columns`` around two rows."""
    import struct

    import olefile

    from tests.files import xls

    xls(path, [HEADINGS, *_students(1)])
    with olefile.OleFileIO(str(path), write_mode=True) as container:
        data = bytearray(container.openstream("Workbook").read())
        at = 0
        while at < len(data) - 4:
            kind, size = struct.unpack_from("<HH", data, at)
            if kind == 0x0200:  # DIMENSIONS: first row, last row + 1, first column, last + 1
                struct.pack_into("<IIHH", data, at + 4, 0, rows, 0, columns)
            at += 4 + size
        container.write_stream("Workbook", bytes(data))
    return path


def test_a_biff_record_claiming_a_huge_range_is_one_sentence(tmp_path: Path) -> None:
    path = _xls_claiming(tmp_path / "claims.xls", 1_048_576, 16_384)
    started = time.monotonic()
    with pytest.raises(UnreadableFileError, match="claims.xls is too large or damaged"):
        SpreadsheetFile(path).sheets()
    assert time.monotonic() - started < 10


def test_an_ods_with_a_thousand_sheets_is_read_in_seconds(tmp_path: Path) -> None:
    from tests.files import ods

    one = ods(tmp_path / "one.ods", [HEADINGS, *_students(2)])
    with zipfile.ZipFile(one) as archive:
        content, manifest = archive.read("content.xml"), archive.read("META-INF/manifest.xml")
    more = b"".join(b'<table:table table:name="Sheet%d"><table:table-row><table:table-cell/>'
                    b"</table:table-row></table:table>" % n for n in range(1, 1_000))
    path = tmp_path / "many.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content.replace(b"</office:spreadsheet>",
                                                        more + b"</office:spreadsheet>"),
                         zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    started = time.monotonic()
    spreadsheet = SpreadsheetFile(path)
    assert len(spreadsheet.sheets()) == 1_000
    assert spreadsheet.read("Nominees").rows[1][0] == "1155000000"
    assert time.monotonic() - started < 10
