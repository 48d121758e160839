"""Real files on disk of every kind, including broken, hostile and misnamed ones."""

from __future__ import annotations

import codecs
import datetime as dt
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from careerdesk.io.fields import Field
from careerdesk.io.layout import find_header_row, layout_for
from careerdesk.io.nominee_rows import parse_sheet
from careerdesk.io.open_file import SpreadsheetFile
from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import FileKind
from careerdesk.io.table import RawSheet
from tests import files
from tests.files import HEADERS, ROWS, xlsx


def read_rows(path: Path, sheet: str | None = None) -> list[list]:
    spreadsheet = SpreadsheetFile(path)
    name = sheet or spreadsheet.candidate_sheets()[0]
    return spreadsheet.read(name).rows


@pytest.mark.parametrize("maker, suffix", [(files.xlsx, ".xlsx"), (files.xls, ".xls"),
                                           (files.xlsb, ".xlsb"), (files.ods, ".ods")])
def test_each_workbook_format_reads_the_same_cells(tmp_path: Path, maker, suffix: str) -> None:  # noqa: ANN001
    path = maker(tmp_path / f"list{suffix}", [HEADERS, *ROWS])
    rows = read_rows(path)
    assert rows[0] == HEADERS
    assert rows[1][:3] == ROWS[0][:3] and rows[2][2] == "黃小明"


def test_xlsm_reads_like_xlsx(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "list.xlsx", [HEADERS, *ROWS])
    macro = path.rename(tmp_path / "list.xlsm")
    assert read_rows(macro)[1][0] == "1155000001"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("big5hkscs", b""), ("gb18030", b""),
])
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_text_files_in_every_encoding_and_separator(tmp_path: Path, encoding: str, bom: bytes,
                                                    separator: str) -> None:
    rows = [HEADERS, *ROWS] * 3  # a few lines, so the detectors see enough
    path = tmp_path / "list.csv"
    path.write_bytes(bom + files.csv_text(rows, separator).encode(encoding))
    read = read_rows(path)
    assert read[0] == HEADERS
    assert read[1] == ROWS[0] and read[2][2] == "黃小明"


@pytest.mark.parametrize("encoding", ["big5hkscs", "gb18030"])
def test_a_chinese_encoded_list_mostly_in_english_is_read_in_its_encoding(
        tmp_path: Path, encoding: str) -> None:
    """Excel on a Hong Kong PC saves CSV in Big5: a list of English names, addresses and
    numbers with one short Chinese name a row was read as Western text ("¦¶°·¤å")."""
    rows = [["Student ID", "Name (English)", "Name (Chinese)", "Email", "Department"]] + [
        [f"1155{n:06d}", f"CHU Kin Man {n}", "朱健文", f"kin.chu{n}@link.cuhk.edu.hk",
         "Computer Science and Engineering"] for n in range(40)]
    path = tmp_path / "list.csv"
    path.write_bytes(files.csv_text(rows).encode(encoding))
    assert [row[2] for row in read_rows(path)[1:]] == ["朱健文"] * 40


def test_windows_code_page_text(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    rows = [["Student No", "English Name", "Remarks"], ["1", "CAFÉ Chloé", "naïve résumé"]] * 4
    path.write_bytes(files.csv_text(rows, "\t").encode("cp1252"))
    assert read_rows(path)[1] == ["1", "CAFÉ Chloé", "naïve résumé"]


def test_a_file_whose_extension_lies_is_read_by_what_it_is(tmp_path: Path) -> None:
    workbook = files.xlsx(tmp_path / "real.xlsx", [HEADERS, *ROWS])
    disguised = workbook.rename(tmp_path / "nominees.csv")
    assert SpreadsheetFile(disguised).kind is FileKind.XLSX
    assert read_rows(disguised)[1][1] == "CHAN Tai Man"
    text = tmp_path / "nominees.xlsx"
    text.write_text(files.csv_text([HEADERS, *ROWS]), encoding="utf-8")
    assert SpreadsheetFile(text).kind is FileKind.TEXT
    assert read_rows(text)[2][1] == "WONG Siu Ming"
    binary = files.xlsb(tmp_path / "binary.xlsb", [HEADERS, *ROWS]).rename(
        tmp_path / "binary.xlsx")  # a binary workbook saved under the usual name
    assert SpreadsheetFile(binary).kind is FileKind.XLSB
    assert read_rows(binary)[2][2] == "黃小明"
    legacy = files.xls(tmp_path / "old.xls", [HEADERS, *ROWS]).rename(tmp_path / "old.xlsx")
    assert SpreadsheetFile(legacy).kind is FileKind.XLS
    assert read_rows(legacy)[1][1] == "CHAN Tai Man"
    modern = files.xlsx(tmp_path / "new.xlsx", [HEADERS, *ROWS]).rename(tmp_path / "new.xls")
    assert read_rows(modern)[2][1] == "WONG Siu Ming"


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"%PDF-1.7\n...", "PDF"),
    (b"\x89PNG\r\n\x1a\n....", "picture"),
    (b"PK\x03\x04" + b"\x00" * 100, "damaged or incomplete"),
    (b"<html><body>Nominees</body></html>", "web page"),
    (b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0' + b"\x00" * 60, "Windows shortcut"),
    (b'{"url": "https://docs.google.com/spreadsheets/d/1AbC/edit?usp=drivesdk", '
     b'"doc_id": "1AbC", "email": "office@link.cuhk.edu.hk"}', "shortcut to a Google Sheets"),
])
def test_unreadable_files_get_one_plain_sentence(tmp_path: Path, content: bytes,
                                                 words: str) -> None:
    path = tmp_path / "nominees.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path).read(None) if content == b"" else SpreadsheetFile(path)
    assert words in raised.value.message
    assert "nominees.xlsx" in raised.value.message and "\n" not in raised.value.message


def test_what_google_drive_leaves_for_a_google_sheet_says_how_to_download_it(
        tmp_path: Path) -> None:
    """Google Drive for desktop's newer shortcut names no address, only its document."""
    path = tmp_path / "TF nominees.gsheet"
    path.write_text('{"": "WARNING! DO NOT EDIT THIS FILE! ANY CHANGES MADE WILL BE LOST!", '
                    '"doc_id": "1AbC", "resource_key": "", "email": "office@cuhk.edu.hk"}')
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path)
    assert raised.value.code == "shortcut"
    assert "File → Download → Microsoft Excel (.xlsx)" in raised.value.message


@pytest.mark.parametrize(("members", "code", "words"), [
    ({"word/document.xml": "<w/>"}, "not_a_spreadsheet", "is a Word document"),
    ({"ppt/presentation.xml": "<p/>"}, "not_a_spreadsheet", "is a PowerPoint presentation"),
    ({"Index/Document.iwa": "x", "Metadata/Properties.plist": "<plist/>"}, "apple_numbers",
     "Apple Numbers spreadsheet, which CareerDesk cannot read; in Numbers, choose File → "
     "Export To → Excel"),
    ({"TF/TF-2026 nominees.xlsx": "x", "__MACOSX/TF/._TF-2026 nominees.xlsx": "x"},
     "zipped_spreadsheet", "is a zip archive holding TF-2026 nominees.xlsx; open it"),
    ({"photo.jpg": "x"}, "not_a_spreadsheet", "is a zip archive, not a spreadsheet"),
])
def test_a_zip_file_that_is_no_workbook_says_what_it_is(tmp_path: Path, members: dict,
                                                        code: str, words: str) -> None:
    """A Word or PowerPoint file, a Mac user's Numbers file, a list zipped to pass a mail
    filter: each told plainly, with what to do where there is something to do."""
    path = tmp_path / "sent.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path)
    assert raised.value.code == code and words in raised.value.message


@pytest.mark.parametrize("content", [
    b"Received: from mail.cuhk.edu.hk\r\nFrom: Faculty <eng@cuhk.edu.hk>\r\nSubject: TF-2026 "
    b"nominees\r\nMIME-Version: 1.0\r\n\r\n",  # saved from a mail program (.eml)
    b"From: Faculty <eng@cuhk.edu.hk>\nTo: careers@hkstp.org\nSubject: nominees\n\nSee the list",
    "__substg1.0_0037001F",  # Outlook's .msg: an OLE container of these streams
])
def test_an_email_message_says_to_save_its_attachment(tmp_path: Path,
                                                      content: bytes | str) -> None:
    """The message the list came with, dragged in instead of its attachment."""
    path = tmp_path / "TF-2026 nominees.msg"
    if isinstance(content, str):
        files.ole_renamed(path, content)
    else:
        path.write_bytes(content)
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path)
    assert raised.value.code == "mail_message"
    assert "is an email message, not a spreadsheet; open it in Outlook, save the list attached" \
        in raised.value.message


def test_a_large_legacy_workbook_is_one_whatever_lies_where(tmp_path: Path) -> None:
    """An .xls keeps its table of streams where its writer put it: at the end of a large
    one (past the first 4 MB, where the file was once looked through for it, and refused
    as "perhaps Word")."""
    remark = "Remarks on the nominee's projects and internships. " * 400
    rows = [["Student No.", "English Name", "Remarks"]] + [
        [f"1155{n:06d}", f"CHAN Tai Man {n}", f"{n} {remark}"] for n in range(240)]
    path = files.xls(tmp_path / "large.xls", rows)
    assert path.stat().st_size > 4_000_000
    assert "Workbook".encode("utf-16-le") not in path.read_bytes()[:4_000_000]
    assert SpreadsheetFile(path).kind is FileKind.XLS


@pytest.mark.parametrize(("stream", "words"), [
    ("PowerPoint Document", "is a PowerPoint presentation, not a spreadsheet"),
    ("WordDocument", "is an older Office document (perhaps Word), not a spreadsheet")])
def test_other_office_documents_say_what_they_are(tmp_path: Path, stream: str,
                                                  words: str) -> None:
    path = files.ole_renamed(tmp_path / "nominees.xls", stream)
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path)
    assert words in raised.value.message
    cut = tmp_path / "cut.xls"
    cut.write_bytes(files.xls(tmp_path / "whole.xls", [HEADERS, *ROWS]).read_bytes()[:1000])
    with pytest.raises(UnreadableFileError, match="damaged or incomplete"):
        SpreadsheetFile(cut)


def test_a_list_headed_from_and_to_is_still_a_list(tmp_path: Path) -> None:
    """Headings that happen to look like mail headers do not make a list a message."""
    path = tmp_path / "visits.csv"
    path.write_text("From: date,To: date,Student No.,Name\n1/7/2026,31/7/2026,1155000001,CHAN\n",
                    encoding="utf-8")
    assert SpreadsheetFile(path).kind is FileKind.TEXT


def test_a_truncated_workbook_is_refused_plainly(tmp_path: Path) -> None:
    whole = files.xlsx(tmp_path / "whole.xlsx", [HEADERS, *ROWS * 200])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(UnreadableFileError, match="damaged or incomplete"):
        SpreadsheetFile(cut)


def test_a_row_struck_through_in_excel_is_a_withdrawn_nominee(tmp_path: Path) -> None:
    """Offices cross out a nominee who withdrew: a row whose number, name and email are
    struck through is left out, saying so; a single struck word is not a withdrawal, and a
    font that says it is not struck ("strike val=0") is not."""
    third = ["1155000003", "HO Ka Ho", "何家豪", "ka.ho@link.cuhk.edu.hk", "5123 4567", "CUHK"]
    path = xlsx(tmp_path / "withdrawn.xlsx", [HEADERS, *ROWS, third])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    for cell in sheet[3]:
        cell.font = Font(strike=True)
    sheet["B2"].font = Font(strike=True)  # one cell only
    for cell in sheet[4]:
        cell.font = Font(strike=False, bold=True)
    workbook.save(path)
    spreadsheet = SpreadsheetFile(path)
    raw = spreadsheet.read(spreadsheet.candidate_sheets()[0])
    assert {row for row, _ in raw.struck} == {1, 2}
    parsed = parse_sheet(raw, layout_for(raw, path.name), path.name, {"cuhk": "CUHK"},
                         lambda text: "CUHK", default_university="CUHK")
    assert [row.excel_row for row in parsed.rows] == [2, 4]
    assert [(p.row, p.code) for p in parsed.problems] == [(3, "struck_row")]

    legacy = files.xls(tmp_path / "withdrawn.xls", [HEADERS, *ROWS, third], struck=[2])
    spreadsheet = SpreadsheetFile(legacy)
    raw = spreadsheet.read(spreadsheet.candidate_sheets()[0])
    assert {row for row, _ in raw.struck} == {2}  # (Excel 97–2003 format too)
    calc = files.ods(tmp_path / "withdrawn.ods", [HEADERS, *ROWS, third], struck=[2])
    spreadsheet = SpreadsheetFile(calc)
    raw = spreadsheet.read(spreadsheet.candidate_sheets()[0])
    assert {row for row, _ in raw.struck} == {2}  # (and LibreOffice Calc's)
    binary = files.xlsb(tmp_path / "withdrawn.xlsb", [HEADERS, *ROWS, third])
    files.rewrite_member(binary, "xl/styles.bin", _strike_first_font)
    from careerdesk.io import xlsb_cells

    marks = xlsb_cells.sheet_marks(binary, "Nominees")  # (every cell in the first font)
    assert {row for row, _ in marks.struck} == {1, 2, 3}  # (the headings are in bold)
    assert {column for _, column in marks.struck} == set(range(len(HEADERS)))


def _strike_first_font(styles: bytes) -> bytes:
    """An .xlsb styles part whose first font (BrtFont: type 43, then its length) is struck
    through: its flags, after the height, get fStrikeout."""
    data = bytearray(styles)
    font = data.index(bytes([43, 39]))  # (as pyxlsbwriter writes it: 39 bytes)
    data[font + 2 + 2] |= 0x08
    return bytes(data)


def test_a_password_protected_workbook_says_so(tmp_path: Path) -> None:
    path = files.protected_xlsx(tmp_path / "protected.xlsx", [HEADERS, *ROWS])
    with pytest.raises(UnreadableFileError, match="password-protected") as raised:
        SpreadsheetFile(path)
    assert raised.value.code == "file_protected"


def test_a_workbook_under_a_sensitivity_label_says_office_must_lift_it(tmp_path: Path) -> None:
    """A university's Microsoft 365 "Confidential" label encrypts the file with rights
    management (its data space is "DRMEncryptedDataSpace", not a password's): there is no
    password to remove, and the coordinator must be told what to do instead."""
    path = files.protected_xlsx(tmp_path / "labelled.xlsx", [HEADERS, *ROWS])
    files.rename_ole_entry(path, "StrongEncryptionDataSpace", "DRMEncryptedDataSpace")
    with pytest.raises(UnreadableFileError) as raised:
        SpreadsheetFile(path)
    assert raised.value.code == "file_rights_managed"
    assert "sensitivity label or rights management" in raised.value.message
    assert "password" not in raised.value.message


def test_a_zip_bomb_is_refused_fast_without_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * 200_000_000)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(UnreadableFileError, match="expand") as raised:
        SpreadsheetFile(path)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert raised.value.code == "file_too_large"
    assert peak < 20_000_000, peak
    assert elapsed < 5  # generous: the point is that nothing was inflated


def test_xml_entity_expansion_is_not_obeyed(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "laughs.xlsx", [HEADERS, *ROWS])
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1
                                                       else b"&lol;" * 10) for i in range(1, 10))
              + b"]>")

    def poison(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return laughs + body.replace(b"CHAN Tai Man", b"&lol9;")

    files.rewrite_member(path, "xl/worksheets/sheet1.xml", poison)
    tracemalloc.start()
    try:
        rows = read_rows(path)
    except UnreadableFileError as refused:
        assert "cannot be read" in refused.message
    else:
        assert all(len(str(cell)) < 1000 for row in rows for cell in row)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < 50_000_000


def test_the_data_sheet_is_found_past_instructions_and_hidden_sheets(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    files.xlsx(path, [["Please fill in one row per nominee."]], sheet="Instructions",
               extra_sheets={"Lookup": [["CUHK", "中大"]], "Shortlist": [HEADERS, *ROWS]},
               hidden=["Lookup"])
    spreadsheet = SpreadsheetFile(path)
    assert [s.name for s in spreadsheet.sheets() if s.hidden] == ["Lookup"]
    assert spreadsheet.candidate_sheets() == ["Shortlist", "Instructions"]


def test_header_found_under_titles_and_blank_rows(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "titled.xlsx", [
        ["The Hong Kong Polytechnic University 香港理工大學"], ["PROcruit C nominees"], [],
        HEADERS, *ROWS])
    workbook = openpyxl.load_workbook(path)
    workbook.active.merge_cells("A1:F1")
    workbook.save(path)
    sheet = SpreadsheetFile(path).read("Nominees")
    assert find_header_row(sheet) == 3
    layout = layout_for(sheet, path.name)
    assert layout.excel_header_row == 4 and layout.headers == HEADERS


def test_headings_grouped_under_a_merged_heading_are_read_with_it(tmp_path: Path) -> None:
    """"Student" merged over "No.", "Name (Eng)", "Name (Chi)": the "No." is the student
    number, not a row number; headings that mean something alone keep their meaning."""
    path = files.xlsx(tmp_path / "grouped.xlsx", [
        ["Internship nominees 2026"], [],
        ["Student", None, None, "Contact", None],
        ["No.", "Name (Eng)", "Name (Chi)", "Email", "Mobile"],
        ["3035123456", "CHAN Tai Man", "陳大文", "taiman@connect.hku.hk", "9123 4567"]])
    workbook = openpyxl.load_workbook(path)
    workbook.active.merge_cells("A3:C3")
    workbook.active.merge_cells("D3:E3")
    workbook.save(path)
    layout = layout_for(SpreadsheetFile(path).read("Nominees"), path.name)
    assert [(c.header, c.field) for c in layout.columns] == [
        ("No.", Field.STUDENT_NO), ("Name (Eng)", Field.NAME_EN), ("Name (Chi)", Field.NAME_ZH),
        ("Email", Field.EMAIL), ("Mobile", Field.PHONE)]


def test_headings_on_two_rows_are_read_from_the_lower_one_with_their_groups(
        tmp_path: Path) -> None:
    """The group row names enough to pass for the headings ("Student No.", "Student Name",
    "Contact", "Programme"), but the headings go on in the row below: "Student Name" over
    "English" and "Chinese", "Contact" over "Email" and "Mobile"; "Student No." merged down
    both rows. Read from the group row, the emails went in as phone numbers and the
    Chinese names and mobiles were lost."""
    path = files.xlsx(tmp_path / "two-rows.xlsx", [
        ["Talent Foundry 2026 — Faculty of Engineering"], [],
        ["Student No.", "Student Name", None, "Contact", None, "Programme"],
        [None, "English", "Chinese", "Email", "Mobile", None],
        ["1155111111", "CHAN Tai Man", "陳大文", "tm.chan@link.cuhk.edu.hk", "9123 4567",
         "BEng Computer Engineering"]])
    workbook = openpyxl.load_workbook(path)
    for cells in ("A3:A4", "B3:C3", "D3:E3", "F3:F4"):
        workbook.active.merge_cells(cells)
    workbook.save(path)
    layout = layout_for(SpreadsheetFile(path).read("Nominees"), path.name)
    assert layout.excel_header_row == 4
    assert [(c.header, c.field) for c in layout.columns] == [
        ("Student No.", Field.STUDENT_NO), ("English", Field.NAME_EN),
        ("Chinese", Field.NAME_ZH), ("Email", Field.EMAIL), ("Mobile", Field.PHONE),
        ("Programme", Field.PROGRAMME)]
    # The same in a CSV file, where "Student No." is written once, in the upper row.
    text = tmp_path / "two-rows.csv"
    text.write_text("Student No.,Student Name,,Contact,,Programme\n"
                    ",English,Chinese,Email,Mobile,\n"
                    "1155111111,CHAN Tai Man,陳大文,tm.chan@link.cuhk.edu.hk,9123 4567,BEng\n",
                    encoding="utf-8")
    layout = layout_for(SpreadsheetFile(text).read(), text.name)
    assert layout.excel_header_row == 2
    assert [c.field for c in layout.columns] == [
        Field.STUDENT_NO, Field.NAME_EN, Field.NAME_ZH, Field.EMAIL, Field.PHONE,
        Field.PROGRAMME]


def test_a_student_row_under_the_headings_is_no_second_heading_row(tmp_path: Path) -> None:
    """A first student whose cells sit where the heading row is blank is still a student."""
    path = files.xlsx(tmp_path / "gap.xlsx", [
        ["Student No.", "English Name", None, "Email"],
        ["1155111111", "CHAN Tai Man", "Engineering", "tm.chan@link.cuhk.edu.hk"]])
    assert layout_for(SpreadsheetFile(path).read("Nominees"), path.name).excel_header_row == 1


def test_a_cell_merged_down_a_column_is_every_row_s(tmp_path: Path) -> None:
    """"CUHK" merged beside the three students it is for belongs to each; a note merged
    across a row stays in its first cell (it is not a student's number, name and email)."""
    path = files.xlsx(tmp_path / "merged.xlsx", [
        ["University", "Faculty", "Student No.", "English Name"],
        ["CUHK", "Engineering", "1155000001", "CHAN Tai Man"],
        [None, None, "1155000002", "WONG Siu Ming"],
        [None, "Science", "1155000003", "LEE Ka Yan"],
        ["Prepared by the General Office"]])
    workbook = openpyxl.load_workbook(path)
    for cells in ("A2:A4", "B2:B3", "A5:D5"):
        workbook.active.merge_cells(cells)
    workbook.save(path)
    rows = read_rows(path)
    assert [row[:2] for row in rows[1:4]] == [["CUHK", "Engineering"], ["CUHK", "Engineering"],
                                              ["CUHK", "Science"]]
    assert rows[4] == ["Prepared by the General Office", "", "", ""]


def test_a_row_number_stays_one_when_a_column_names_the_student_number(tmp_path: Path) -> None:
    """A title right above the headings is no group: "No." next to "Student ID" counts
    rows, and nothing is read twice."""
    path = files.xlsx(tmp_path / "numbered.xlsx", [
        ["Student"], ["No.", "Student ID", "English Name"], [1, "3035123456", "CHAN Tai Man"]])
    layout = layout_for(SpreadsheetFile(path).read("Nominees"), path.name)
    assert [c.field for c in layout.columns] == [Field.ROW_NUMBER, Field.STUDENT_NO,
                                                 Field.NAME_EN]


def test_of_two_columns_meaning_one_thing_the_one_holding_it_is_read(tmp_path: Path) -> None:
    """A Microsoft Forms export: its own "Email" column says "anonymous" and its "Name" is
    empty, beside the form's questions "Email address" and "Full name (English)". Read by
    the plainer heading, every email and English name was lost."""
    path = files.xlsx(tmp_path / "msforms.xlsx", [
        ["ID", "Start time", "Completion time", "Email", "Name", "Full name (English)",
         "Student ID", "Email address", "Mobile number"],
        [1, "3/2/26 10:01", "3/2/26 10:05", "anonymous", None, "CHAN Tai Man", "1155123456",
         "taiman.chan@link.cuhk.edu.hk", "9123 4567"],
        [2, "3/2/26 11:01", "3/2/26 11:05", "anonymous", None, "LEE Ka Yan", "1155654321",
         "kayan.lee@link.cuhk.edu.hk", "6123 4567"]], sheet="Sheet1")
    layout = layout_for(SpreadsheetFile(path).read("Sheet1"), path.name)
    assert layout.column_for(Field.EMAIL).header == "Email address"
    assert layout.column_for(Field.NAME_EN).header == "Full name (English)"
    assert [(c.header, c.set_aside_for) for c in layout.unknown if c.set_aside_for] == [
        ("Email", ("Email address", Field.EMAIL)), ("Name", ("Full name (English)",
                                                           Field.NAME_EN))]


def test_duplicate_headers_are_an_error_naming_both(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "twice.xlsx", [[*HEADERS, "Email"], [*ROWS[0], "x@y.hk"]])
    with pytest.raises(UnreadableFileError) as raised:
        layout_for(SpreadsheetFile(path).read("Nominees"), path.name)
    assert "columns D and G" in raised.value.message and "'Email'" in raised.value.message


def _hide_columns(path: Path, letters: str) -> Path:
    workbook = openpyxl.load_workbook(path)
    for letter in letters:
        workbook.active.column_dimensions[letter].hidden = True
    workbook.save(path)
    return path


def test_a_hidden_column_gives_way_to_a_visible_one_under_the_same_heading(
        tmp_path: Path) -> None:
    """An old "Email" column hidden beside the new one: the coordinator sees one, and it is
    the one read, whether guessed or chosen in the import window (a choice is made for a
    heading); the hidden one is set aside and said. Both visible: refused, as before."""
    rows = [["Student No.", "Email", "Email", "Notes"],
            ["1155000001", "old@gmail.com", "tm@link.cuhk.edu.hk", "x"]]
    path = _hide_columns(files.xlsx(tmp_path / "hidden.xlsx", rows), "BD")
    sheet = SpreadsheetFile(path).read("Nominees")
    assert sheet.hidden_columns == {1, 3}
    for mapping in (None, {"Student No.": "student_no", "Email": "email", "Notes": "notes"}):
        layout = layout_for(sheet, path.name, mapping)
        assert layout.column_for(Field.EMAIL).letter == "C"
        assert layout.column_for(Field.NOTES).letter == "D"  # (hidden, alone: still read)
        assert [(c.letter, c.hidden, c.set_aside_for) for c in layout.unknown] == [
            ("B", True, ("Email", Field.EMAIL))]
    with pytest.raises(UnreadableFileError, match="columns B and C"):
        layout_for(SpreadsheetFile(files.xlsx(tmp_path / "shown.xlsx", rows)).read(
            "Nominees"), "shown.xlsx")
    # A template's visible column left empty, its hidden one filled in: the values are read.
    empty = _hide_columns(files.xlsx(tmp_path / "template.xlsx", [
        ["Student No.", "Email", "Email address"], ["1155000001", "tm@link.cuhk.edu.hk", ""]]),
        "B")
    layout = layout_for(SpreadsheetFile(empty).read("Nominees"), empty.name)
    assert layout.column_for(Field.EMAIL).letter == "B"


def test_hidden_columns_are_read_from_every_kind_of_workbook(tmp_path: Path) -> None:
    """Excel's column list (a range hidden to the sheet's end: "hide every unused column"),
    an .xls's COLINFO records, an .xlsb's BrtColInfo, an .ods's collapsed columns."""
    from careerdesk.io.ods_cells import sheet_marks as ods_marks
    from careerdesk.io.xls_cells import sheet_marks as xls_marks
    from careerdesk.io.xlsx_cells import sheet_marks as xlsx_marks

    path = files.xlsx(tmp_path / "cols.xlsx", [HEADERS, *ROWS])

    def hide(xml: bytes) -> bytes:
        return xml.replace(b"<sheetData>", b'<cols><col min="2" max="2" hidden="1"/><col '
                           b'max="16384" min="8" width="9" hidden="true"/></cols><sheetData>')

    files.rewrite_member(path, "xl/worksheets/sheet1.xml", hide)
    marks = xlsx_marks(path, "Nominees")
    assert marks.hidden_columns == {1, *range(7, 16_384)}
    assert marks.problems == {}  # (a column's hidden="1" hides no row)
    assert read_rows(path)[1] == read_rows(files.xlsx(tmp_path / "plain.xlsx", [HEADERS, *ROWS]))[1]

    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Nominees")
    for r, row in enumerate([HEADERS, *ROWS]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.col(2).hidden = True
    workbook.save(str(tmp_path / "cols.xls"))
    assert xls_marks(tmp_path / "cols.xls", "Nominees").hidden_columns == {2}

    from careerdesk.io.xlsb_cells import sheet_marks as xlsb_marks

    binary = files.xlsb(tmp_path / "cols.xlsb", [HEADERS, *ROWS])

    def hide_column_d(data: bytes) -> bytes:  # BrtColInfo as pyxlsbwriter writes it
        column_d = b"\x3c\x12" + (3).to_bytes(4, "little") * 2
        at = data.index(column_d) + 2 + 16
        return data[:at] + bytes([data[at] | 0x01]) + data[at + 1:]

    files.rewrite_member(binary, "xl/worksheets/sheet1.bin", hide_column_d)
    assert xlsb_marks(binary, "Nominees").hidden_columns == {3}
    assert read_rows(binary)[1][3] == ROWS[0][3]

    ods = files.ods(tmp_path / "cols.ods", [HEADERS, *ROWS])
    files.rewrite_member(ods, "content.xml", lambda xml: xml.replace(
        b'table:name="Nominees">', b'table:name="Nominees"><table:table-column/>'
        b'<table:table-column table:visibility="collapse" table:number-columns-repeated="2"/>'
        b'<table:table-column table:number-columns-repeated="1020"/>'))
    assert ods_marks(ods, "Nominees").hidden_columns == {1, 2}


def test_two_headings_meaning_one_thing_read_the_plainer_and_set_the_other_aside(
        tmp_path: Path) -> None:
    """"Email (Personal)" beside "Email", "Major" beside "Programme": the file is read, as a
    coordinator would read it, and the column left out is said."""
    path = files.xlsx(tmp_path / "both.xlsx", [
        ["Student No.", "Email (Personal)", "Email", "Programme", "Major", "Mobile",
         "Contact No."],
        ["1155000001", "tm@gmail.com", "tm@link.cuhk.edu.hk", "BEng", "Computer Engineering",
         "91234567", "23456789"]])
    layout = layout_for(SpreadsheetFile(path).read("Nominees"), path.name)
    assert [(c.header, c.field) for c in layout.columns if c.field] == [
        ("Student No.", Field.STUDENT_NO), ("Email", Field.EMAIL),
        ("Programme", Field.PROGRAMME), ("Mobile", Field.PHONE)]
    assert [(c.header, c.set_aside_for) for c in layout.unknown] == [
        ("Email (Personal)", ("Email", Field.EMAIL)), ("Major", ("Programme", Field.PROGRAMME)),
        ("Contact No.", ("Mobile", Field.PHONE))]
    # A choice made in the import window is obeyed: the other one is set aside.
    chosen = layout_for(SpreadsheetFile(path).read("Nominees"), path.name,
                        {"Email (Personal)": "email"})
    assert chosen.column_for(Field.EMAIL).header == "Email (Personal)"
    with pytest.raises(UnreadableFileError, match="both mean 'Email'"):
        layout_for(SpreadsheetFile(path).read("Nominees"), path.name,
                   {"Email (Personal)": "email", "Email": "email"})


@pytest.mark.parametrize("heading, values, field", [
    ("Status", ["Nominated", "Reserve 1", "Withdrawn", "", "Pending"], Field.ENDORSED),
    ("狀態 Status", ["已提名", "候補", "入圍"], Field.ENDORSED),
    ("Current Status", ["Shortlisted", "Not selected", "Offer accepted"], Field.ENDORSED),
    ("Result", ["Shortlisted", "Unsuccessful", "Offered"], Field.ENDORSED),
    ("結果", ["入圍", "落選"], Field.ENDORSED),
    ("Result", ["First Class Honours", "Pass"], None),  # an academic result
    ("Status", ["Nominated", "Year 3"], None),  # one value of something else: not read
    ("Status", ["Full-time", "Part-time"], None),  # the student's mode of study
    ("Status", ["Y", "N"], None),  # a yes or a no: to what, nothing says
    ("Status", ["", ""], None),
])
def test_a_column_headed_only_status_is_read_by_what_it_holds(
        heading: str, values: list[str], field: Field | None) -> None:
    """"Status" says not whose status: a column of nomination words ("Nominated", "Reserve",
    "Withdrawn") is read as a "Nomination Status" column; anything else is reported as a
    column not read, as before."""
    sheet = RawSheet("Nominees", [["Student No.", "Name", heading],
                                  *([f"115500000{n}", "CHAN Tai Man", value]
                                    for n, value in enumerate(values))])
    assert layout_for(sheet, "list.xlsx").columns[2].field is field


@pytest.mark.parametrize("heading, values, field", [
    ("ID", ["1155123456", "1155123457"], Field.STUDENT_NO),
    ("No.", [1155123456, 1155123457], Field.STUDENT_NO),
    ("編號", ["21012345D", "21012346A"], Field.STUDENT_NO),
    ("ID", [1, 2], None),  # a form's response numbers
    ("No.", [1, 2], Field.ROW_NUMBER),  # the rows' count
    ("ID", ["1155123456", "1155123456"], None),  # one number twice: not a column of them
    ("ID", ["1155123456", "Pending"], None),
    ("ID No.", ["A1234567", "B2345678"], None),  # an identity card's, never read
])
def test_a_bare_id_column_holding_student_numbers_is_read_as_them(
        heading: str, values: list, field: Field | None) -> None:
    """A list whose student numbers stand under "ID" or "No." alone (no Student No.
    column): read by what the column holds; a form's response numbers 1, 2, 3 are not."""
    sheet = RawSheet("Nominees", [[heading, "Name", "University"],
                                  *([value, "CHAN Tai Man", "CUHK"] for value in values)])
    assert layout_for(sheet, "list.xlsx").columns[0].field is field


def test_a_bare_id_column_is_not_read_beside_a_student_number_column() -> None:
    sheet = RawSheet("Responses", [["ID", "Student No.", "Name"],
                                   ["1155000009", "1155000001", "CHAN Tai Man"],
                                   ["1155000008", "1155000002", "LEE Ka Yan"]])
    assert [c.field for c in layout_for(sheet, "list.xlsx").columns] == [
        None, Field.STUDENT_NO, Field.NAME_EN]


def test_a_status_column_is_not_read_beside_a_nomination_status_column() -> None:
    sheet = RawSheet("Nominees", [["Student No.", "Status", "Nomination Status"],
                                  ["1155000001", "Withdrawn", "Nominated"]])
    assert [c.field for c in layout_for(sheet, "list.xlsx").columns] == [
        Field.STUDENT_NO, None, Field.ENDORSED]


def test_every_row_is_read_when_the_stated_sheet_size_is_wrong_or_absent(tmp_path: Path) -> None:
    rows = [HEADERS] + [[f"1155{i:06d}", f"Student {i}", "", "", "", "CUHK"] for i in range(300)]
    for ref in ("A1:A1", None):
        path = files.set_dimension(files.xlsx(tmp_path / f"dim-{ref}.xlsx", rows), ref)
        assert len(read_rows(path)) == 301


def test_1904_workbooks_give_the_right_dates(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "mac.xlsx", [["Student No", "Graduation Date"],
                                              ["1", dt.date(2026, 6, 30)]], epoch_1904=True)
    assert read_rows(path)[1][1] in (dt.date(2026, 6, 30), dt.datetime(2026, 6, 30))


def test_formulas_give_cached_values_and_missing_ones_or_errors_are_named(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "formulas.xlsx", [
        ["Student No", "English Name", "Year of Study"],
        ["1", "CHAN Tai Man", "=1+1"], ["2", "WONG Siu Ming", "#N/A"]])
    # openpyxl saves formulas without results (no cached value) and "#N/A" as an error.
    sheet = SpreadsheetFile(path).read("Nominees")
    assert sheet.problems == {(1, 2): "formula_no_value", (2, 2): "error_value:#N/A"}

    def cache_result(xml: bytes) -> bytes:  # as Excel saves it: the formula and its result
        assert b"<f>1+1</f><v />" in xml
        return xml.replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>2</v>")

    files.rewrite_member(path, "xl/worksheets/sheet1.xml", cache_result)
    cached = SpreadsheetFile(path).read("Nominees")
    assert (1, 2) not in cached.problems
    assert cached.rows[1][2] == 2


def _zero_padded(path: Path, formats: dict[str, str]) -> Path:
    """The workbook at ``path`` with each cell of ``formats`` ("A2") given that format."""
    workbook = openpyxl.load_workbook(path)
    for cell, code in formats.items():
        workbook.active[cell].number_format = code
    workbook.save(path)
    return path


@pytest.mark.parametrize("ahead", [False, True])
def test_numbers_shown_with_leading_zeros_read_as_shown(tmp_path: Path, ahead: bool) -> None:
    """A student number 01234567 typed into a cell formatted "00000000" is kept by Excel as
    the number 1234567: it is read as Excel shows it, and only where it is shown so."""
    from careerdesk.io.open_file import ReadAhead

    path = files.xlsx(tmp_path / "zeros.xlsx", [
        ["Student No", "English Name", "Year of Study"],
        [1234567, "CHAN Tai Man", 3], [123456789, "WONG Siu Ming", 2.0],
        ["0042", "LEE Ka Yan", 1], [7, "HO Wing", 4], [8.5, "LAM Ping", 5], [9, "TSE Kit", 1]])
    _zero_padded(path, {"A2": "00000000", "A3": "00000000", "A4": "00000000",
                        "A5": "0000;[Red]-0000", "A6": "00000000", "A7": "0", "C3": "00"})
    sheet = (ReadAhead(path).take() if ahead else SpreadsheetFile(path)).read("Nominees")
    assert [row[0] for row in sheet.rows[1:]] == [
        "01234567", "123456789", "0042", "0007", 8.5, 9]
    assert [row[2] for row in sheet.rows[1:]] == [3, "02", 1, 4, 5, 1]
    assert sheet.problems == {}


def test_a_workbook_without_zero_padded_formats_is_not_scanned(tmp_path: Path) -> None:
    """The styles are looked at first: most workbooks have no such format, and their sheets
    (75 MB of XML for 100,000 rows) are not read a second time for it."""
    from careerdesk.io import xlsx_cells

    path = files.xlsx(tmp_path / "plain.xlsx", [HEADERS, *ROWS])
    _zero_padded(path, {"A2": "0", "A3": "0.00", "B2": "@"})
    with zipfile.ZipFile(path) as archive:
        assert xlsx_cells._marked_styles(archive) == ({}, set())
    assert xlsx_cells.sheet_marks(path, "Nominees") == xlsx_cells.CellMarks()


def test_formatted_empty_rows_cost_nothing(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "formatted.xlsx", [HEADERS, *ROWS])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    for row in range(4, 60_000):
        sheet.cell(row=row, column=1).fill = fill
    workbook.save(path)
    started = time.perf_counter()
    rows = read_rows(path)
    elapsed = time.perf_counter() - started
    non_blank = [r for r in rows if any(c not in ("", None) for c in r)]
    assert len(non_blank) == 3
    assert elapsed < 10


def test_a_file_read_ahead_gives_the_same_sheets_and_its_errors(tmp_path: Path) -> None:
    """The command line reads the workbook on a thread while the database opens."""
    from careerdesk.io.open_file import ReadAhead

    path = tmp_path / "list.xlsx"
    files.xlsx(path, [["Please fill in one row per nominee."]], sheet="Instructions",
               extra_sheets={"Shortlist": [HEADERS, *ROWS]})
    ahead = ReadAhead(path)
    spreadsheet = ahead.take()
    assert spreadsheet.read("Shortlist").rows == read_rows(path, "Shortlist")
    assert spreadsheet.read("Instructions").rows[0] == ["Please fill in one row per nominee."]
    with pytest.raises(RuntimeError):
        ahead.take()  # handed over once, so the workbook is not kept twice
    text = tmp_path / "list.csv"
    text.write_text(files.csv_text([HEADERS, *ROWS]), encoding="utf-8")
    assert ReadAhead(text).take().read().rows == read_rows(text)
    assert ReadAhead(path, sheet="No such sheet").take().sheets()  # said later, by read()
    protected = files.protected_xlsx(tmp_path / "protected.xlsx", [HEADERS, *ROWS])
    with pytest.raises(UnreadableFileError, match="password-protected"):
        ReadAhead(protected).take()


@pytest.mark.parametrize("sheet", [None, "Nominees"])
def test_a_file_read_ahead_names_its_formula_and_error_cells(tmp_path: Path,
                                                             sheet: str | None) -> None:
    """The cells are parsed on the worker while take() looks for formulas on its own
    thread: the sheet handed over has both."""
    from careerdesk.io.open_file import ReadAhead

    path = files.xlsx(tmp_path / "formulas.xlsx", [
        ["Student No", "English Name", "Year of Study"],
        ["1", "CHAN Tai Man", "=1+1"], ["2", "WONG Siu Ming", "#N/A"]])
    read = ReadAhead(path, sheet).take().read("Nominees")
    assert read.problems == {(1, 2): "formula_no_value", (2, 2): "error_value:#N/A"}
    assert read.rows == SpreadsheetFile(path).read("Nominees").rows


@pytest.mark.parametrize(("pattern", "mark"), [
    (b"<f>SUM(A1)</f>", b"<f"), (b'<c r="B2" t="e"><v>#N/A</v></c>', b't="e"'),
    (b'<row r="7" hidden="1">', b'hidden="1"'), (b'<row r="7" hidden="true">', b'hidden="true"')])
def test_a_mark_split_between_read_blocks_is_still_seen(pattern: bytes, mark: bytes) -> None:
    from io import BytesIO

    from careerdesk.io.sniff import mentions
    from careerdesk.io.xlsx_cells import _MARKS

    block = 1 << 20
    for cut in range(1, len(mark)):  # the mark's first `cut` bytes end the first block
        xml = b"x" * (block - pattern.index(mark) - cut) + pattern + b"y" * 100
        assert mentions(BytesIO(xml), _MARKS)
    assert not mentions(BytesIO(b"<c><v>1</v></c>" * 200_000), _MARKS)


def test_an_ods_files_hidden_rows_are_found_by_a_safe_parse(tmp_path: Path) -> None:
    """Hidden rows of an .ods sheet, counted through repeated rows; an entity in its XML is
    refused by defusedxml in one sentence, never expanded."""
    from careerdesk.io.ods_cells import sheet_marks
    from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW

    path = files.ods(tmp_path / "list.ods", [HEADERS, *ROWS, []],
                     hidden=(2, 3))
    assert sheet_marks(path, "Nominees").problems == {(2, WHOLE_ROW): HIDDEN_ROW}  # 3: empty
    assert sheet_marks(path, "Another sheet").problems == {}
    bomb = tmp_path / "bomb.ods"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "content.xml":
                data = data.replace(b"<office:document-content",
                                    b'<!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content',
                                    1).replace(b"CHAN Tai Man", b"&a;")
            target.writestr(item, data)
    with pytest.raises(UnreadableFileError) as raised:
        sheet_marks(bomb, "Nominees")
    assert raised.value.message == ("bomb.ods cannot be read as a spreadsheet; it may be damaged "
                                    "(EntitiesForbidden).")


def test_an_ods_files_numbers_with_leading_zeros_read_as_shown(tmp_path: Path) -> None:
    """LibreOffice keeps 01234567 in a cell showing eight digits as the number 1234567, the
    text shown beside it; columns stood for by one repeated empty cell are counted."""
    path = files.ods(tmp_path / "zeros.ods", [
        ["Student No", "English Name", "Remarks", "Notes", "Year of Study"],
        [1234567, "CHAN Tai Man", "", "", 3], [7, "WONG Siu Ming", "", "", 2],
        [8, "LEE Ka Yan", "", "", 1]],
                     shown={(1, 0): "01234567", (2, 0): "0007", (2, 4): "02"})
    empty = b'<table:table-cell office:value-type="string"><text:p></text:p></table:table-cell>'
    after = b"<text:p>WONG Siu Ming</text:p></table:table-cell>"

    def repeat_empty_cells(xml: bytes) -> bytes:
        assert after + empty * 2 in xml
        return xml.replace(after + empty * 2,
                           after + b'<table:table-cell table:number-columns-repeated="2"/>')

    files.rewrite_member(path, "content.xml", repeat_empty_cells)
    rows = read_rows(path)
    assert [(row[0], row[4]) for row in rows[1:]] == [("01234567", 3), ("0007", "02"), (8, 1)]


def test_a_legacy_xls_says_its_hidden_rows_and_a_damaged_one_nothing(tmp_path: Path) -> None:
    from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW, CellMarks
    from careerdesk.io.xls_cells import sheet_marks

    path = files.xls(tmp_path / "list.xls", [HEADERS, *ROWS, *ROWS], sheet="名單",
                     hidden=(1, 3))
    assert sheet_marks(path, "名單") == CellMarks(
        {(1, WHOLE_ROW): HIDDEN_ROW, (3, WHOLE_ROW): HIDDEN_ROW})
    assert sheet_marks(path, "Another sheet") == CellMarks()
    cut = tmp_path / "cut.xls"
    cut.write_bytes(path.read_bytes()[:1500])
    assert sheet_marks(cut, "名單") == CellMarks()


def test_a_legacy_xls_shows_its_numbers_with_leading_zeros_as_excel_does(
        tmp_path: Path) -> None:
    """Number cells (written as NUMBER, RK and MULRK records) in a "00000000" format."""
    path = files.xls(tmp_path / "zeros.xls", [
        ["Student No", "English Name", "Year of Study", "Rank"],
        [1234567, "CHAN Tai Man", 3, 1], [1234567.5, "WONG Siu Ming", 2, 2],
        [7, "LEE Ka Yan", 1, 3], ["0042", "HO Wing", 4, 4]],
                     formats={(1, 0): "00000000", (2, 0): "00000000", (3, 0): "0000",
                              (4, 0): "00000000", (1, 2): "00", (1, 3): "0"})
    rows = read_rows(path)
    assert [row[0] for row in rows[1:]] == ["01234567", 1234567.5, "0007", "0042"]
    assert [row[2:] for row in rows[1:3]] == [["03", 1], [2, 2]]


def test_a_binary_workbooks_numbers_with_leading_zeros_read_as_shown(tmp_path: Path) -> None:
    """An .xlsb's number cells in a cell style whose format is "00000000": the styles part's
    number format (BrtFmt) and cell styles (BrtXF), the sheet's RK cells."""
    path = files.xlsb(tmp_path / "zeros.xlsb", [["Student No.", "English Name"],
                                                 [1234567, "CHAN Tai Man"], [7, "WONG"]])
    date_format = "yyyy\\-mm\\-dd".encode("utf-16-le")  # pyxlsbwriter's format 166, style 2

    def pad_format(data: bytes) -> bytes:  # BrtFmt: type 44, its length, id, count, text
        old = b"\x2c\x1e\xa6\x00\x0c\x00\x00\x00" + date_format
        assert old in data
        return data.replace(old, b"\x2c\x16\xa6\x00\x08\x00\x00\x00"
                            + "00000000".encode("utf-16-le"))

    def in_style_2(data: bytes) -> bytes:  # BrtCellRk: type 2, length 12, column, style, RK
        for number in (1234567, 7):
            rk = ((number << 2) | 2).to_bytes(4, "little")
            old = b"\x02\x0c" + bytes(4) + bytes(4) + rk
            assert old in data
            data = data.replace(old, b"\x02\x0c" + bytes(4) + b"\x02" + bytes(3) + rk)
        return data

    files.rewrite_member(path, "xl/styles.bin", pad_format)
    files.rewrite_member(path, "xl/worksheets/sheet1.bin", in_style_2)
    assert [row[0] for row in read_rows(path)[1:]] == ["01234567", "00000007"]


def test_a_binary_workbooks_row_headers_are_found_among_records_of_every_length() -> None:
    """Row headers between long records (two-byte types, lengths over 127 bytes), as a
    sheet of long remarks has them; a record cut short ends the walk, never an error."""
    from careerdesk.io.xlsb_cells import _wanted_records

    def _row_headers(data: bytes) -> list[int]:
        return [start for kind, start in _wanted_records(data, {0: 12}) if kind == 0]

    data = bytearray()
    for row in range(300):
        header = row.to_bytes(4, "little") + bytes(7) + bytes([0x10 if row % 7 == 0 else 0])
        data += bytes([0, len(header) + 13]) + header + bytes(13)
        remark = b"x" * (130 + row)  # a string cell: type 0x82 0x01, a two-byte length
        data += bytes([0x82, 0x01, (len(remark) & 0x7F) | 0x80, len(remark) >> 7]) + remark
    data = bytes(data)
    hidden = [int.from_bytes(data[s:s + 4], "little") for s in _row_headers(data)
              if data[s + 11] & 0x10]
    assert hidden == list(range(0, 300, 7))
    assert len(_row_headers(data[:len(data) // 2])) < 300


def test_a_placements_details_are_read_only_beside_its_company() -> None:
    """"Start Date", "Position", "Monthly Salary": a placement's beside a Company column;
    without one (a survey's "Start Date"), columns not read."""
    headings = ["Student No.", "Start Date", "Position", "Monthly Salary"]
    row = ["1155000001", "01/07/2026", "Trainee", "18000"]
    alone = layout_for(RawSheet("Responses", [headings, row]), "list.xlsx")
    assert [c.field for c in alone.columns] == [Field.STUDENT_NO, None, None, None]
    placed = layout_for(RawSheet("Results", [[*headings, "Company"], [*row, "SenseTime"]]),
                        "list.xlsx")
    assert [c.field for c in placed.columns] == [
        Field.STUDENT_NO, Field.PLACEMENT_START, Field.POSITION, Field.MONTHLY_SALARY,
        Field.ORGANISATION]
