"""Nominee lists sent as a table in a Word document, read as Word shows them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind, sniff
from careerdesk.io.word_tables import read_word_tables
from tests.files import docx, rewrite_member

HEADINGS = ["Student ID", "Name", "Email", "University"]
STUDENTS = [["1155000001", "CHAN Tai Man\n陳大文", "tm@link.cuhk.edu.hk", "CUHK"],
            ["1155000002", "LEE Siu Ming", "sm@link.cuhk.edu.hk", None],
            ["1155000003", "WONG Ka Yan", "ky@link.cuhk.edu.hk", None]]


def test_a_word_table_is_a_sheet_under_its_title(tmp_path: Path) -> None:
    """The Dean's list: a title above the table, a university cell merged down over its
    students, a name written on two lines; by its content, whatever its name says."""
    path = docx(tmp_path / "nominees.xlsx", [HEADINGS, *STUDENTS],
                title=["Faculty of Engineering", "Talent Foundry 2026 — nominations"],
                merged_down=[(2, 3), (3, 3)])
    assert sniff(path) is FileKind.DOCX
    [sheet] = read_word_tables(path)
    assert sheet.name == "nominees"
    assert sheet.rows == [
        ["Faculty of Engineering", "", "", ""],
        ["Talent Foundry 2026 — nominations", "", "", ""],
        HEADINGS,
        ["1155000001", "CHAN Tai Man\n陳大文", "tm@link.cuhk.edu.hk", "CUHK"],
        ["1155000002", "LEE Siu Ming", "sm@link.cuhk.edu.hk", "CUHK"],
        ["1155000003", "WONG Ka Yan", "ky@link.cuhk.edu.hk", "CUHK"]]


def test_a_cell_across_columns_stands_in_the_first_and_each_table_is_a_sheet(
        tmp_path: Path) -> None:
    path = docx(tmp_path / "two.docx", [["Name", "Contact", "Student ID"],
                                        ["CHAN Tai Man", "tm@link.cuhk.edu.hk", "1155000001"]],
                spans={(0, 1): 2}, tables=2)
    spreadsheet = SpreadsheetFile(path)
    assert [s.name for s in spreadsheet.sheets()] == ["Table 1", "Table 2"]
    assert spreadsheet.read("Table 2").rows == [
        ["Name", "Contact", "", "Student ID"],
        ["CHAN Tai Man", "tm@link.cuhk.edu.hk", "1155000001", ""]]


def test_text_deleted_with_track_changes_on_is_no_text(tmp_path: Path) -> None:
    path = docx(tmp_path / "changed.docx", [HEADINGS, STUDENTS[1]])
    rewrite_member(path, "word/document.xml", lambda xml: xml.replace(
        b"<w:r><w:t xml:space=\"preserve\">LEE Siu Ming</w:t></w:r>",
        b"<w:del w:id=\"1\" w:author=\"Office\"><w:r><w:delText>LEE Ka Yan</w:delText></w:r>"
        b"</w:del><w:ins w:id=\"2\" w:author=\"Office\"><w:r><w:t>LEE Siu Ming</w:t></w:r>"
        b"</w:ins>"))
    [sheet] = read_word_tables(path)
    assert sheet.rows[1][1] == "LEE Siu Ming"


@pytest.mark.parametrize(("document", "code", "words"), [
    ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
     "<w:body><w:p><w:r><w:t>Dear colleague,</w:t></w:r></w:p></w:body></w:document>",
     "not_a_spreadsheet", "is a Word document with no table in it; put the list in a table"),
    ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
     '<w:document xmlns:w="x">&b;</w:document>', "file_unreadable", "cannot be read as a "
     "Word document"),
])
def test_a_word_document_without_a_list_or_hostile_says_so(tmp_path: Path, document: str,
                                                            code: str, words: str) -> None:
    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path)
    assert raised.value.code == code and words in raised.value.message
    assert "letter.docx" in raised.value.message
