"""A refusal says what the file really is: an Excel 2.x-4.0 worksheet, a workbook protected
by a password the old way (XOR/RC4 in a legacy .xls), one saved as Strict Open XML, one whose
parts are named in other letter case, and LibreOffice's flat .fods, each gets a sentence of
its own and what to do; no reader jargon."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import sniff
from tests import files


def _refused(path: Path) -> UnreadableFileError:
    with pytest.raises(UnreadableFileError) as refused:
        sniff(path)
    assert path.name in refused.value.message and "(" not in refused.value.code
    return refused.value


def test_an_excel_4_worksheet(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"  # a BOF record of BIFF4, then a cell and the end
    path.write_bytes(b"\x09\x04\x06\x00\x00\x00\x10\x00\x00\x00" + b"\x0a\x00\x00\x00")
    assert _refused(path).code == "old_excel"
    assert "very old version of Excel" in _refused(path).message


def test_a_legacy_workbook_protected_by_a_password(tmp_path: Path) -> None:
    import olefile

    path = files.xls(tmp_path / "locked.xls", [["Student No."], ["1155000001"]])
    with olefile.OleFileIO(str(path), write_mode=True) as container:
        data = bytearray(container.openstream("Workbook").read())
        _, size = struct.unpack_from("<HH", data, 0)
        second = 4 + size  # the record after BOF becomes FILEPASS, its size kept
        struct.pack_into("<H", data, second, 0x002F)
        container.write_stream("Workbook", bytes(data))
    refused = _refused(path)
    assert refused.code == "file_protected" and "password-protected" in refused.message


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Student No.", "English Name"])
    book.active.append(["1155000001", "CHAN Tai Man"])
    book.save(path)
    return path


def _rewritten(source: Path, target: Path, name=lambda n: n, text=lambda n, d: d) -> Path:  # noqa: ANN001
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(name(item.filename), text(item.filename, old.read(item.filename)))
    return target


def test_a_strict_open_xml_workbook(tmp_path: Path) -> None:
    def strictly(name: str, data: bytes) -> bytes:
        return data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                            b"http://purl.oclc.org/ooxml/spreadsheetml/main") \
            if name == "xl/workbook.xml" else data

    strict = _rewritten(_xlsx(tmp_path / "plain.xlsx"), tmp_path / "strict.xlsx",
                        text=strictly)
    assert _refused(strict).code == "strict_open_xml"


def test_a_workbook_whose_parts_are_named_in_capitals(tmp_path: Path) -> None:
    shouting = _rewritten(_xlsx(tmp_path / "plain.xlsx"), tmp_path / "caps.xlsx",
                          name=lambda n: n if n.startswith("[") else n.upper())
    refused = _refused(shouting)
    assert refused.code == "unusual_parts" and "zip archive" not in refused.message


def test_a_flat_ods(tmp_path: Path) -> None:
    path = tmp_path / "list.fods"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office='
                    '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype='
                    '"application/vnd.oasis.opendocument.spreadsheet"></office:document>',
                    encoding="utf-8")
    refused = _refused(path)
    assert refused.code == "flat_ods" and "an XML file" not in refused.message
