"""What a file really is, judged by its first bytes and, for zips, their table of contents.

Nothing is parsed here. A zip's declared sizes are checked before any reader inflates
it, so a zip bomb is refused in milliseconds with no memory spent.
"""

from __future__ import annotations

import re
import struct
import zipfile
from enum import StrEnum
from pathlib import Path
from typing import IO

from careerdesk.io.problems import UnreadableFileError, damaged
from careerdesk.messages import msg

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_INFLATED_BYTES = 1_500_000_000  # a 1,000,000-row workbook is well under this
MAX_RATIO = 200  # XML compresses ~10-30×; a bomb compresses thousands of times


class FileKind(StrEnum):
    XLSX = "xlsx"  # also .xlsm
    XLSB = "xlsb"
    ODS = "ods"
    XLS = "xls"
    TEXT = "text"  # .csv, .txt, .tsv
    HTML = "html"  # a web page of tables, as web systems export "Excel" files
    XML_2003 = "xml2003"  # Excel's "XML Spreadsheet 2003", as older reporting tools write
    DOCX = "docx"  # a Word document: its tables, as a short list for signature is sent


#: A Windows shortcut (.lnk): its header's size, then its class id.
_WINDOWS_SHORTCUT = b"L\x00\x00\x00\x01\x14\x02\x00"

_NOT_SPREADSHEETS = {
    b"\x89PNG": msg("a PNG picture"),
    b"\xff\xd8\xff": msg("a JPEG picture"),
    b"GIF8": msg("a GIF picture"),
    b"Rar!": msg("a RAR archive"),
    b"7z\xbc\xaf": msg("a 7-Zip archive"),
    b"\x1f\x8b": msg("a gzip archive"),
    b"MZ": msg("a Windows program"),
    b"\x7fELF": msg("a program"),
    b"{\\rtf": msg("an RTF document"),
}


def sniff(path: Path) -> FileKind:
    """The kind of spreadsheet at ``path``, whatever its extension says, or UnreadableFileError."""
    name = path.name
    if not path.exists():
        raise UnreadableFileError("file_missing", msg("There is no file {path}.", path=str(path)))
    if path.is_dir():
        raise UnreadableFileError("file_is_folder", msg("{file} is a folder, not a file.",
                                                        file=name))
    if not path.is_file():  # a pipe would wait for ever, a device never end: never opened
        raise UnreadableFileError("not_a_file", msg(
            "{file} is not a file but a device or a pipe; save the list as a file and import "
            "that.", file=name))
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise UnreadableFileError("file_unreadable", msg(
            "{file} cannot be opened: {reason}.", file=name, reason=exc.strerror)) from exc
    if not head:
        raise UnreadableFileError("file_empty", msg("{file} is empty.", file=name))
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(path)
    if head[:2] in _OLD_EXCEL_STARTS and head[2:4] in (b"\x04\x00", b"\x06\x00",
                                                      b"\x08\x00"):
        raise UnreadableFileError("old_excel", msg(
            "{file} was saved by a very old version of Excel (2.x to 4.0), which CareerDesk "
            "cannot read; open it in Excel, save it as an Excel Workbook (.xlsx), and import "
            "that.", file=name))
    if head.startswith(b"%PDF"):
        raise UnreadableFileError("not_a_spreadsheet", msg(
            "{file} is a PDF document, not a spreadsheet: a table in a PDF cannot be imported "
            "reliably. Ask the sender for the Excel file it was made from.", file=name))
    if head.startswith(_WINDOWS_SHORTCUT):
        raise UnreadableFileError("shortcut", msg(
            "{file} is a Windows shortcut, not the list itself; import the file it points "
            "to.", file=name))
    for magic, what in _NOT_SPREADSHEETS.items():
        if head.startswith(magic):
            raise UnreadableFileError("not_a_spreadsheet", msg(
                "{file} is {what}, not a spreadsheet or a CSV file.", file=name, what=what))
    markup = _markup_start(head)
    if _google_shortcut(path, markup):
        raise UnreadableFileError("shortcut", msg(
            "{file} is a shortcut to a Google Sheets spreadsheet, not the list itself; open it "
            "in Google Sheets, choose File → Download → Microsoft Excel (.xlsx), and import "
            "the file that saves.", file=name))
    if _is_web_page(markup):
        return FileKind.HTML
    if markup.startswith(b"<?xml"):
        if _SPREADSHEET_XML in markup or b'progid="excel.sheet"' in markup:
            return FileKind.XML_2003
        if b"opendocument.spreadsheet" in markup or b"<office:document" in markup:
            raise UnreadableFileError("flat_ods", msg(
                "{file} is a LibreOffice flat spreadsheet (.fods), which CareerDesk cannot "
                "read; open it in LibreOffice, save it as an ODF Spreadsheet (.ods) or an "
                "Excel Workbook (.xlsx), and import that.", file=name))
        raise UnreadableFileError("not_a_spreadsheet", msg(
            "{file} is an XML file, not a spreadsheet or a CSV file.", file=name))
    if _is_mail_message(markup):
        raise _mail_message(name)
    return FileKind.TEXT


def _google_shortcut(path: Path, start: bytes) -> bool:
    """Whether the file is what Google Drive for desktop leaves for a Google Sheets file
    (.gsheet): a little JSON naming the spreadsheet online (its "doc_id")."""
    return start.startswith(b"{") and (
        path.suffix.casefold() == ".gsheet" or b"docs.google.com/spreadsheets" in start)


#: The header lines an email saved from a mail program (.eml) begins with.
_MAIL_HEADERS = re.compile(rb"^(?:received|return-path|from|to|date|subject|message-id|"
                           rb"mime-version|delivered-to|x-[a-z-]+): ")


def _is_mail_message(start: bytes) -> bool:
    """Whether the file begins as an email message does: header lines, one of them the
    MIME version, or both a sender and a subject."""
    lines = start.splitlines()
    return bool(lines) and _MAIL_HEADERS.match(lines[0]) is not None and (
        any(line.startswith(b"mime-version:") for line in lines)
        or {b"from", b"subject"} <= {line.split(b":", 1)[0] for line in lines})


def _mail_message(file: str) -> UnreadableFileError:
    return UnreadableFileError("mail_message", msg(
        "{file} is an email message, not a spreadsheet; open it in Outlook, save the list "
        "attached to it (right-click the attachment, Save As), and import that file.",
        file=file))


_SPREADSHEET_XML = b"urn:schemas-microsoft-com:office:spreadsheet"


def _markup_start(head: bytes) -> bytes:
    """The file's first bytes as ASCII, lower-cased and without leading spaces: a web page
    or an XML file may come in UTF-8, a legacy code page or, after its byte-order mark,
    UTF-16."""
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
                          (b"\xef\xbb\xbf", "utf-8")):
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, "ignore").encode("ascii", "ignore")
            break
    return head.lstrip().lower()


_WEB_PAGE_TAGS = (b"<html", b"<!doctype html", b"<table", b"<head", b"<body", b"<meta")


def _is_web_page(start: bytes) -> bool:
    """Whether the file begins as a web page does (``_markup_start``)."""
    if start.startswith(b"<?xml"):
        start = start[start.find(b"?>") + 2:].lstrip()
    return start.startswith(_WEB_PAGE_TAGS)


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise damaged(path.name) from exc
    _refuse_bomb(path.name, entries, path.stat().st_size)
    if "xl/workbook.xml" in names:  # (Strict Open XML too: read as what it is)
        return FileKind.XLSX
    if "xl/workbook.bin" in names:
        return FileKind.XLSB
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return FileKind.ODS
    if "word/document.xml" in names:
        return FileKind.DOCX
    folded = {n.replace("\\", "/").lstrip("/").casefold() for n in names}
    if "xl/workbook.xml" in folded:  # parts named in other case, or with backslashes
        return FileKind.XLSX
    if "xl/workbook.bin" in folded:
        raise UnreadableFileError("unusual_parts", msg(
            "{file} is an Excel workbook written by a program that names its parts unusually "
            "(in other letter case, or with backslashes), which CareerDesk cannot read; open it "
            "in Excel, save it again as an Excel Workbook (.xlsx), and import that.",
            file=path.name))
    raise _not_a_spreadsheet(path.name, names)


#: The start of an Excel 2.x to 4.0 worksheet: a BOF record (0x0009, 0x0209, 0x0409), whose
#: length follows.
_OLD_EXCEL_STARTS = (b"\x09\x00", b"\x09\x02", b"\x09\x04")


#: What a spreadsheet inside a zip archive is called (a list zipped to pass a mail filter).
_SPREADSHEET_NAMES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt")


def _not_a_spreadsheet(file: str, names: set[str]) -> UnreadableFileError:
    """What a zip file that is no workbook is, said plainly, with what to do where there is
    something to do."""
    if "ppt/presentation.xml" in names:
        return _presentation(file)
    if "Index.zip" in names or any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        return UnreadableFileError("apple_numbers", msg(
            "{file} is an Apple Numbers spreadsheet, which CareerDesk cannot read; in Numbers, "
            "choose File → Export To → Excel, and import the file it makes.", file=file))
    inside = sorted(n.rsplit("/", 1)[-1] for n in names
                    if n.casefold().endswith(_SPREADSHEET_NAMES) and not n.startswith("__MACOSX"))
    if inside:
        return UnreadableFileError("zipped_spreadsheet", msg(
            "{file} is a zip archive holding {names}; open it (in Windows, right-click it and "
            "choose Extract All), then import the list from it.", file=file,
            names=", ".join(inside[:3]) + (" …" if len(inside) > 3 else "")))
    return UnreadableFileError("not_a_spreadsheet", msg(
        "{file} is a zip archive, not a spreadsheet.", file=file))


def _refuse_bomb(name: str, entries: list[zipfile.ZipInfo], size: int) -> None:
    inflated = sum(entry.file_size for entry in entries)
    compressed = sum(entry.compress_size for entry in entries) or 1
    if inflated > MAX_INFLATED_BYTES or (inflated > 50_000_000 and
                                         inflated / compressed > MAX_RATIO):
        raise UnreadableFileError("file_too_large", msg(
            "{file} would expand to {gigabytes:.1f} GB when opened, far more than any nominee "
            "list; it was not opened.", file=name, gigabytes=inflated / 1e9))


def _presentation(file: str) -> UnreadableFileError:
    """A PowerPoint file, new (a zip) or old (OLE)."""
    return UnreadableFileError("not_a_spreadsheet", msg(
        "{file} is a PowerPoint presentation, not a spreadsheet.", file=file))




def _ole_kind(path: Path) -> FileKind:
    """Legacy .xls, or what else an OLE container is: a password-protected Office file, an
    Outlook message, a Word or PowerPoint file. Told by the container's stream names, read
    with olefile (its directory may lie anywhere in the file: at the end of a large .xls)."""
    import olefile  # (loaded for such a file only)

    try:
        with olefile.OleFileIO(str(path)) as container:
            entries = container.listdir(streams=True, storages=True)
    except (OSError, ValueError, IndexError, struct.error) as exc:
        raise damaged(path.name) from exc
    names = {entry[0].casefold() for entry in entries}
    if any(part.casefold() == "drmencrypteddataspace" for entry in entries for part in entry):
        raise UnreadableFileError("file_rights_managed", msg(
            "{file} is protected by a sensitivity label or rights management that only "
            "Microsoft Office can open; open it in Excel, save a copy without the protection "
            "(File → Info → Protect Workbook, or Sensitivity), and import that copy.",
            file=path.name))
    if "encryptedpackage" in names:
        raise UnreadableFileError("file_protected", msg(
            "{file} is password-protected; open it in Excel, remove the password (File → "
            "Info → Protect Workbook), save, and import it again.", file=path.name))
    if any(name.startswith("__substg1.0_") for name in names):  # an Outlook message
        raise _mail_message(path.name)
    if names & {"workbook", "book"}:  # Excel 97 and later; Excel 5 and 95
        if _xor_protected(path, "workbook" if "workbook" in names else "book"):
            raise UnreadableFileError("file_protected", msg(
                "{file} is password-protected; open it in Excel, remove the password (File → "
                "Info → Protect Workbook), save, and import it again.", file=path.name))
        return FileKind.XLS
    if "powerpoint document" in names:
        raise _presentation(path.name)
    raise UnreadableFileError("not_a_spreadsheet", msg(
        "{file} is an older Office document (perhaps Word), not a spreadsheet.",
        file=path.name))


def _xor_protected(path: Path, stream: str) -> bool:
    """Whether a legacy workbook is protected by a password the old way (a FILEPASS record,
    0x002F, among the first records of its workbook stream: XOR or RC4 obfuscation)."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as container:
            data = container.openstream(stream).read(8192)
    except (OSError, ValueError, IndexError, struct.error):
        return False
    offset = 0
    for _ in range(64):
        if offset + 4 > len(data):
            return False
        kind, size = struct.unpack_from("<HH", data, offset)
        if kind == 0x002F:
            return True
        if kind in (0x0085, 0x000A):  # a sheet's record, or the end: no password before
            return False
        offset += 4 + size
    return False


def mentions(stream: IO[bytes], marks: tuple[bytes, ...]) -> bool:
    """Whether ``stream`` holds any of ``marks``, read a block at a time (a mark split
    between two blocks is found too): the cheap look before a sheet's XML is parsed."""
    tail = b""
    longest = max(map(len, marks))
    while block := stream.read(1 << 20):
        chunk = tail + block
        if any(mark in chunk for mark in marks):
            return True
        tail = chunk[-longest:]
    return False
