"""A refusal says what the file really is: an Excel 2.x-4.0 worksheet, a workbook protected
by a password the old way (XOR/RC4 in a legacy .xls) and LibreOffice's flat .fods each get a
sentence of their own and what to do; no reader jargon. (Strict Open XML, parts named in
other case and macro sheets are read: ``test_package_repair``.)"""

from __future__ import annotations

import struct
from pathlib import Path

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


def test_a_flat_ods(tmp_path: Path) -> None:
    path = tmp_path / "list.fods"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office='
                    '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype='
                    '"application/vnd.oasis.opendocument.spreadsheet"></office:document>',
                    encoding="utf-8")
    refused = _refused(path)
    assert refused.code == "flat_ods" and "an XML file" not in refused.message
