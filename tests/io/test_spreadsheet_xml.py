"""Excel's "XML Spreadsheet 2003", as older reporting tools still write it (named .xls)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW
from tests.files import SPREADSHEET_XML


def test_every_worksheet_is_read_with_its_types_merges_and_marks(tmp_path: Path) -> None:
    path = tmp_path / "report.xls"
    path.write_text(SPREADSHEET_XML, encoding="utf-8")
    spreadsheet = SpreadsheetFile(path)
    assert spreadsheet.kind is FileKind.XML_2003
    assert [(s.name, s.hidden) for s in spreadsheet.sheets()] == [
        ("Instructions", False), ("Nominees", False), ("Lookups", True)]
    assert spreadsheet.candidate_sheets()[0] == "Nominees"
    sheet = spreadsheet.read("Nominees")
    assert sheet.rows == [
        ["HKU Engineering nominees", "", "", "", "", "", ""],
        ["Student No.", "English Name", "中文姓名", "Email", "Graduation Date", "Rank",
         "Faculty"],
        [3035000001, "CHAN Tai Man", "陳大文", "tm@connect.hku.hk", dt.date(2026, 6, 30), 1,
         "Engineering"],
        [3035000002, "HIDDEN Person", "", "", "", "", "Engineering"],
        [3035000003, "", "李嘉欣", "ky@connect.hku.hk", "", 2, "Engineering"],
        ["", "", "", "", "", "", ""],
        [3035000005, "HO Kit", "", "", dt.datetime(2026, 7, 31, 9, 30), True, ""],
    ]
    assert sheet.problems == {(3, WHOLE_ROW): HIDDEN_ROW, (4, 4): "error_value:#N/A",
                              (6, 3): "formula_no_value"}


@pytest.mark.parametrize("bom, encoding", [(b"\xef\xbb\xbf", "utf-8"),
                                           (b"\xff\xfe", "utf-16-le")])
def test_an_xml_spreadsheet_is_told_in_any_unicode_encoding(tmp_path: Path, bom: bytes,
                                                            encoding: str) -> None:
    path = tmp_path / "report.xls"
    declared = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
    text = SPREADSHEET_XML.replace('<?xml version="1.0"?>',
                                   f'<?xml version="1.0" encoding="{declared}"?>')
    path.write_bytes(bom + text.encode(encoding))
    spreadsheet = SpreadsheetFile(path)
    assert spreadsheet.kind is FileKind.XML_2003
    assert spreadsheet.read("Nominees").rows[2][:3] == [3035000001, "CHAN Tai Man", "陳大文"]


@pytest.mark.parametrize("content, words", [
    ('<?xml version="1.0"?><!DOCTYPE Workbook [<!ENTITY a "aaaaaaaaaa">]>'
     '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">&a;</Workbook>',
     "cannot be read as a spreadsheet"),
    ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
     '<Worksheet ss:Name="A" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Table>'
     '<Row><Cell ss:Index="99999999"><Data ss:Type="String">x</Data></Cell></Row>'
     '</Table></Worksheet></Workbook>', "cannot be read as a spreadsheet"),
    ('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
     '</Workbook>', "no worksheet"),
    ('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "an XML file, not a"),
])
def test_hostile_damaged_or_other_xml_is_refused_plainly(tmp_path: Path, content: str,
                                                         words: str) -> None:
    path = tmp_path / "nominees.xls"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableFileError) as refused:
        SpreadsheetFile(path)
    assert words in refused.value.message and "nominees.xls" in refused.value.message


def test_merges_and_skips_that_would_make_millions_of_cells_are_refused_quickly(
        tmp_path: Path) -> None:
    cell = '<Cell ss:MergeDown="16000" ss:Index="{}"><Data ss:Type="String">x</Data></Cell>'
    path = tmp_path / "merges.xls"
    path.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="A"><Table>'
        "<Row>" + "".join(cell.format(n * 10 + 1) for n in range(1000)) + "</Row>"
        + "<Row/>" * 16000 + '<Row ss:Index="1000000"/></Table></Worksheet></Workbook>',
        encoding="utf-8")
    with pytest.raises(UnreadableFileError) as refused:
        SpreadsheetFile(path)
    assert refused.value.code == "file_too_large"
