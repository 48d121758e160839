"""Web pages named .xls, as web systems export "Excel" files: read as Excel shows them."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerdesk.io.html_tables import read_html_tables
from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW
from tests.files import WEB_EXPORT


def page(tmp_path: Path, name: str = "export.xls", charset: str = "utf-8",
         encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path = tmp_path / name
    path.write_bytes(bom + WEB_EXPORT.format(charset=charset).encode(encoding))
    return path


def test_each_table_is_a_sheet_read_with_its_spans(tmp_path: Path) -> None:
    spreadsheet = SpreadsheetFile(page(tmp_path))
    assert spreadsheet.kind is FileKind.HTML
    assert [s.name for s in spreadsheet.sheets()] == ["Table 1", "Table 2", "Table 3"]
    assert spreadsheet.read("Table 1").rows == [["Nominees for Talent Foundry 2026"]]
    sheet = spreadsheet.read("Table 2")
    assert sheet.rows == [
        ["Student No.", "Name", "", "University", "Remarks"],
        ["Student No.", "English", "Chinese", "University", "Remarks"],
        ["1155000001", "CHAN Tai Man", "陳大文", "CUHK", "line one\nline two"],
        ["1155000002", "WONG & Siu Ming", "黃小明", "CUHK", ""],
        ["1155000003", "HIDDEN Person", "", "CUHK", ""],
    ]
    assert sheet.problems == {(4, WHOLE_ROW): HIDDEN_ROW}
    assert spreadsheet.read("Table 3").rows == [["nested"]]


@pytest.mark.parametrize("charset, encoding, bom", [
    ("big5", "big5hkscs", b""), ("utf-8", "utf-8", codecs.BOM_UTF8),
    ("utf-16", "utf-16-le", codecs.BOM_UTF16_LE), ("windows-1252", "big5", b""),
    ("iso-8859-1", "utf-8", b""), ("gb2312", "gb18030", b""),
])
def test_the_page_is_read_in_its_own_encoding(tmp_path: Path, charset: str, encoding: str,
                                              bom: bytes) -> None:
    """By its byte-order mark, else the Chinese charset it declares, else found out as for a
    CSV file (a page declaring a Western code page may well be Big5 or UTF-8)."""
    rows = SpreadsheetFile(page(tmp_path, charset=charset, encoding=encoding, bom=bom)).read(
        "Table 2").rows
    assert rows[2][2] == "陳大文" and rows[3][2] == "黃小明"


def test_a_page_is_told_by_its_content_not_its_name(tmp_path: Path) -> None:
    bare = tmp_path / "list.xlsx"
    bare.write_text("<table><tr><td>Student No.</td><td>Email</td></tr>"
                    "<tr><td>1155000001</td><td>a@link.cuhk.edu.hk</td></tr></table>",
                    encoding="utf-8")
    spreadsheet = SpreadsheetFile(bare)
    assert spreadsheet.kind is FileKind.HTML
    assert spreadsheet.read("list").rows == [["Student No.", "Email"],
                                             ["1155000001", "a@link.cuhk.edu.hk"]]


def test_a_web_page_without_a_table_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "login.xls"
    path.write_text("<!DOCTYPE html><html><body><p>Your session has expired. Please log in "
                    "again.</p></body></html>", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as refused:
        SpreadsheetFile(path)
    assert refused.value.code == "not_a_spreadsheet"
    assert refused.value.message == ("login.xls is a web page with no table in it, not a "
                                     "spreadsheet.")


def test_a_page_whose_spans_would_make_millions_of_cells_is_refused_quickly(
        tmp_path: Path) -> None:
    """Twenty cells spanning a thousand rows and columns each, over a thousand short rows:
    20 KB that would be 16 million cells (a minute and hundreds of MB). Refused at once."""
    path = tmp_path / "spans.xls"
    path.write_text("<table><tr>" + "<td colspan=1000 rowspan=1000>x</td>" * 20 + "</tr>"
                    + "<tr><td>y</td></tr>" * 999 + "</table>", encoding="utf-8")
    with pytest.raises(UnreadableFileError) as refused:
        SpreadsheetFile(path)
    assert refused.value.code == "file_too_large"
    assert "spans.xls" in refused.value.message


TAG_SOUP = ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<br>",
            "<td colspan=1000>", "<td rowspan=1000>", "<td colspan='-3' rowspan=x>",
            "<tr style='display:none'>", "text", "陳大文", "&amp;", "&#99999999;", "<p>", "</p>",
            "<script>", "</script>", "<!--", "-->", "&nbsp;", "<td colspan=1000 rowspan=1000>"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TAG_SOUP), max_size=300))
def test_any_tag_soup_is_read_or_refused_in_one_sentence(tokens: list[str]) -> None:
    """Web pages are hand-made and broken in every way: whatever the tags, the reader gives
    tables as wide as Excel's sheet at most, or one plain sentence; never an error."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "soup.xls"
        path.write_text("<html>" + "".join(tokens), encoding="utf-8")
        try:
            tables = read_html_tables(path)
        except UnreadableFileError as refused:
            assert refused.message and "\n" not in refused.message
            return
    assert all(len(row) <= 16_384 for table in tables for row in table.rows)
