"""Workbooks Excel opens that python-calamine alone does not are read: saved as Strict Open
XML, parts named in other letter case or with backslashes, an Excel 4.0 macro sheet beside
the data (left out, never run)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.package_repair import readable_copy
from careerdesk.io.sniff import FileKind, sniff

ROWS = [["Student No.", "English Name", "University"], ["1155000001", "CHAN Tai Man", "CUHK"],
        ["1155000002", "WONG Siu Ming", "CUHK"]]


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Nominees"
    for row in ROWS:
        book.active.append(row)
    book.save(path)
    return path


def _rewritten(source: Path, target: Path, name: Callable[[str], str] = lambda n: n,
               text: Callable[[str, bytes], bytes] = lambda n, d: d,
               more: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(name(item.filename), text(item.filename, old.read(item.filename)))
        for member, data in (more or {}).items():
            new.writestr(member, data)
    return target


def _read(path: Path) -> list[list[object]]:
    assert sniff(path) is FileKind.XLSX
    spreadsheet = SpreadsheetFile(path)
    return spreadsheet.read(spreadsheet.candidate_sheets()[0]).rows


def test_the_usual_workbook_is_left_as_it_is(tmp_path: Path) -> None:
    assert readable_copy(_xlsx(tmp_path / "plain.xlsx")) is None


def test_a_strict_open_xml_workbook_is_read(tmp_path: Path) -> None:
    def strictly(_name: str, data: bytes) -> bytes:
        return (data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                             b"http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                         b"http://purl.oclc.org/ooxml/officeDocument/relationships"))

    strict = _rewritten(_xlsx(tmp_path / "plain.xlsx"), tmp_path / "strict.xlsx", text=strictly)
    with zipfile.ZipFile(strict) as archive:
        assert b"purl.oclc.org" in archive.read("xl/_rels/workbook.xml.rels")
    assert _read(strict) == ROWS


def test_parts_named_in_capitals_or_with_backslashes_are_found(tmp_path: Path) -> None:
    plain = _xlsx(tmp_path / "plain.xlsx")
    shouting = _rewritten(plain, tmp_path / "caps.xlsx",
                          name=lambda n: n if n.startswith("[") else n.upper())
    assert _read(shouting) == ROWS
    windows = _rewritten(plain, tmp_path / "slashes.xlsx", name=lambda n: n.replace("/", "\\"))
    assert _read(windows) == ROWS


def test_a_workbook_with_an_excel_4_macro_sheet_is_read_for_its_data(tmp_path: Path) -> None:
    def with_macro_sheet(name: str, data: bytes) -> bytes:
        if name == "xl/workbook.xml":
            return data.replace(b"</sheets>", b'<sheet name="Macro1" sheetId="9" '
                                              b'r:id="rId99"/></sheets>')
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://'
                                b'schemas.microsoft.com/office/2006/relationships/xlMacrosheet'
                                b'" Target="macrosheets/sheet1.xml"/></Relationships>')
        return data

    macro = b'<xm:macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
            b'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row ' \
            b'r="1"><c r="A1" t="str"><f>HALT()</f><v>TRUE</v></c></row></sheetData>' \
            b"</xm:macrosheet>"
    path = _rewritten(_xlsx(tmp_path / "plain.xlsx"), tmp_path / "macro.xlsm",
                      text=with_macro_sheet, more={"xl/macrosheets/sheet1.xml": macro})
    spreadsheet = SpreadsheetFile(path)
    assert [s.name for s in spreadsheet.sheets()] == ["Nominees"]
    assert spreadsheet.read("Nominees").rows == ROWS
