"""Making real spreadsheet files on disk for tests, of every kind the importer takes."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(os.environ.get("CAREERDESK_SAMPLES", ROOT.parent / "shared" / "samples"))

HEADERS = ["Student No.", "English Name", "Chinese Name", "Email", "Mobile", "University"]
ROWS = [
    ["1155000001", "CHAN Tai Man", "陳大文", "tai.man@link.cuhk.edu.hk", "9123 4567", "CUHK"],
    ["1155000002", "WONG Siu Ming", "黃小明", "siu.ming@link.cuhk.edu.hk", "6123 4567", "中大"],
]


#: A web system's "Export to Excel": a web page named .xls (``.format(charset=…)``), with a
#: title table, headings on two rows with spans, a cell spanning two students, a line break,
#: a row the page hides and a table nested in a cell.
WEB_EXPORT = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<style>td {{ mso-number-format:"\\@"; }}</style><script>alert("never run")</script></head>
<body>
<table><tr><td>Nominees for Talent Foundry 2026</td></tr></table>
<table border=1>
<thead><tr><th rowspan=2>Student No.</th><th colspan=2>Name</th><th rowspan=2>University</th>
<th rowspan=2>Remarks</th></tr>
<tr><th>English</th><th>Chinese</th></tr></thead>
<tbody>
<tr><td>1155000001<td>CHAN&nbsp;Tai   Man<td>陳大文<td rowspan=2>CUHK<td>line one<br>line two
<tr><td>1155000002</td><td>WONG &amp; Siu Ming</td><td>黃小明</td><td>&nbsp;</td></tr>
<tr style="display: none"><td>1155000003</td><td>HIDDEN Person</td><td></td><td>CUHK</td>
<td><table><tr><td>nested</td></tr></table></td></tr>
</tbody></table></body></html>
"""


#: An "XML Spreadsheet 2003" file, as older reporting tools write it: an instructions sheet,
#: the list under a title merged across, a faculty merged down, a hidden row, an error value,
#: a formula with and one without its result, skipped rows and cells, and a hidden sheet.
SPREADSHEET_XML = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="Instructions"><Table><Row><Cell><Data ss:Type="String">Fill in one row
  per student.</Data></Cell></Row></Table></Worksheet>
 <Worksheet ss:Name="Nominees">
  <Table>
   <Row><Cell ss:MergeAcross="6"><Data ss:Type="String">HKU Engineering nominees</Data></Cell>
   </Row>
   <Row><Cell><Data ss:Type="String">Student No.</Data></Cell><Cell><Data ss:Type="String">\
English Name</Data></Cell><Cell><Data ss:Type="String">中文姓名</Data></Cell><Cell><Data \
ss:Type="String">Email</Data></Cell><Cell><Data ss:Type="String">Graduation Date</Data></Cell>\
<Cell><Data ss:Type="String">Rank</Data></Cell><Cell><Data ss:Type="String">Faculty</Data>\
</Cell></Row>
   <Row><Cell><Data ss:Type="Number">3035000001</Data></Cell><Cell><Data ss:Type="String">CHAN \
Tai Man</Data></Cell><Cell><Data ss:Type="String">陳大文</Data></Cell><Cell><Data \
ss:Type="String">tm@connect.hku.hk</Data></Cell><Cell><Data ss:Type="DateTime">\
2026-06-30T00:00:00.000</Data></Cell><Cell ss:Formula="=1"><Data ss:Type="Number">1</Data>\
</Cell><Cell ss:MergeDown="2"><Data ss:Type="String">Engineering</Data></Cell></Row>
   <Row ss:Hidden="1"><Cell><Data ss:Type="Number">3035000002</Data></Cell><Cell><Data \
ss:Type="String">HIDDEN Person</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">3035000003</Data></Cell><Cell ss:Index="3"><Data \
ss:Type="String">李嘉欣</Data></Cell><Cell><Data ss:Type="String">ky@connect.hku.hk</Data>\
</Cell><Cell><Data ss:Type="Error">#N/A</Data></Cell><Cell><Data ss:Type="Number">2.0</Data>\
</Cell></Row>
   <Row ss:Index="7"><Cell><Data ss:Type="Number">3035000005</Data></Cell><Cell><Data \
ss:Type="String"><html:B>HO</html:B> Kit</Data></Cell><Cell ss:Index="4" ss:Formula="=C7"/>\
<Cell><Data ss:Type="DateTime">2026-07-31T09:30:00.000</Data></Cell><Cell><Data \
ss:Type="Boolean">1</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Lookups"><Table><Row><Cell><Data ss:Type="String">CUHK</Data></Cell>
  </Row></Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
  <Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>
</Workbook>
"""


def xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    sheet: str = "Nominees",
    extra_sheets: dict[str, Sequence[Sequence[Any]]] | None = None,
    hidden: Sequence[str] = (),
    epoch_1904: bool = False,
) -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    for name, extra in (extra_sheets or {}).items():
        other = workbook.create_sheet(name)
        for row in extra:
            other.append(list(row))
        if name in hidden:
            other.sheet_state = "hidden"
    if epoch_1904:
        workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    workbook.save(path)
    return path


def rewrite_member(path: Path, member: str, change) -> Path:  # noqa: ANN001
    """Rewrite one file inside a zip (an .xlsx), e.g. to state a wrong sheet size."""
    source = path.read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as old,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == member:
                data = change(data)
            new.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


def set_dimension(path: Path, ref: str | None) -> Path:
    def change(xml: bytes) -> bytes:
        replacement = b"" if ref is None else f'<dimension ref="{ref}"/>'.encode()
        return re.sub(rb"<dimension[^>]*/>", replacement, xml)

    return rewrite_member(path, "xl/worksheets/sheet1.xml", change)


def xls(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Nominees",
        hidden: Sequence[int] = (), formats: dict[tuple[int, int], str] | None = None,
        struck: Sequence[int] = ()) -> Path:
    """A legacy .xls workbook; the rows ``hidden`` (0-based) hidden, as Excel's filter
    leaves them; the cells of ``formats`` ((row, column) → a number format) shown so; the
    rows ``struck`` struck through."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    worksheet = workbook.add_sheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            code = (formats or {}).get((r, c))
            if code is not None:
                worksheet.write(r, c, value, xlwt.easyxf(num_format_str=code))
            elif r in struck:
                worksheet.write(r, c, value, xlwt.easyxf("font: struck_out on"))
            else:
                worksheet.write(r, c, value)
    for r in hidden:
        worksheet.row(r).hidden = True
    workbook.save(str(path))
    return path


def ole_renamed(path: Path, stream: str) -> Path:
    """An OLE container (made as a legacy .xls) whose workbook stream is called ``stream``
    instead: an Outlook message ("__substg1.0_…"), a PowerPoint file, a Word document."""
    xls(path, [["x"]])
    return rename_ole_entry(path, "Workbook", stream)


def rename_ole_entry(path: Path, old: str, new: str) -> Path:
    """``path``, an OLE container, with its directory entry ``old`` called ``new``."""
    data = bytearray(path.read_bytes())
    name = old.encode("utf-16-le") + b"\x00\x00"
    entry = data.index(name)  # a directory entry: its name (64 bytes), then the name's length
    written = new.encode("utf-16-le") + b"\x00\x00"
    data[entry:entry + 64] = written.ljust(64, b"\x00")
    data[entry + 64:entry + 66] = len(written).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def xlsb(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Nominees",
         hidden: Sequence[int] = ()) -> Path:
    """A binary workbook (.xlsb), as Excel saves one when asked for a smaller file; the
    rows ``hidden`` (0-based) hidden, their row headers' "height zero" flag set."""
    from pyxlsbwriter import XlsbWriter

    with XlsbWriter(str(path)) as writer:
        writer.add_sheet(sheet)
        writer.write_sheet([list(row) for row in rows])

    def hide(data: bytes) -> bytes:
        changed = bytearray(data)
        for row in hidden:  # BrtRowHdr as pyxlsbwriter writes it: type 0, 25 bytes
            found = data.find(b"\x00\x19" + row.to_bytes(4, "little") + b"\x00" * 4)
            assert found >= 0, f"no header for row {row}"
            changed[found + 2 + 11] |= 0x10
        return bytes(changed)

    return rewrite_member(path, "xl/worksheets/sheet1.bin", hide) if hidden else path


def ods(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Nominees",
        hidden: Sequence[int] = (), shown: dict[tuple[int, int], str] | None = None,
        struck: Sequence[int] = ()) -> Path:
    """A minimal OpenDocument spreadsheet, written by hand (text and numbers); the rows
    ``hidden`` (0-based) filtered out, as LibreOffice Calc writes an AutoFilter's; the
    number cells of ``shown`` ((row, column) → "01234567") shown so, in a number format
    with that many digits; the rows ``struck`` in a struck-through cell style."""
    shown = shown or {}

    def cell(value: Any, position: tuple[int, int]) -> str:
        if isinstance(value, int | float):
            text = shown.get(position, value)
            style = f' table:style-name="N{len(text)}"' if position in shown else ""
            return (
                f'<table:table-cell{style} office:value-type="float" office:value="{value}">'
                f"<text:p>{text}</text:p></table:table-cell>"
            )
        text = str(value).replace("&", "&amp;").replace("<", "&lt;")
        style = ' table:style-name="Struck"' if position[0] in struck else ""
        return (
            f'<table:table-cell{style} office:value-type="string"><text:p>{text}</text:p>'
            "</table:table-cell>"
        )

    body = "".join(
        ('<table:table-row table:visibility="filter">' if index in hidden else
         "<table:table-row>") + "".join(cell(v, (index, c)) for c, v in enumerate(row))
        + "</table:table-row>"
        for index, row in enumerate(rows)
    )
    struck_style = (
        '<style:style style:name="Struck" style:family="table-cell"><style:text-properties '
        'style:text-line-through-style="solid" style:text-line-through-type="single"/>'
        "</style:style>" if struck else "")
    number_styles = "".join(
        f'<number:number-style style:name="N{digits}"><number:number '
        f'number:min-integer-digits="{digits}"/></number:number-style>'
        for digits in sorted({len(text) for text in shown.values()}))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
        'office:version="1.2">'
        f"<office:automatic-styles>{number_styles}{struck_style}</office:automatic-styles>"
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def csv_text(rows: Sequence[Sequence[Any]], separator: str = ",") -> str:
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def protected_xlsx(path: Path, rows: Sequence[Sequence[Any]], password: str = "secret") -> Path:
    import msoffcrypto

    plain = xlsx(path.with_suffix(".plain.xlsx"), rows)
    with plain.open("rb") as source, path.open("wb") as target:
        office = msoffcrypto.OfficeFile(source)
        office.encrypt(password, target)
    plain.unlink()
    return path


def docx(path: Path, rows: Sequence[Sequence[Any]], *, title: Sequence[str] = (),
         spans: dict[tuple[int, int], int] | None = None,
         merged_down: Sequence[tuple[int, int]] = (), tables: int = 1) -> Path:
    """A Word document written by hand: ``title`` paragraphs, then ``tables`` tables of
    ``rows`` (a cell with a line break where its text has "\\n"); ``spans``: (row, cell) →
    the grid columns it spans; ``merged_down``: cells that continue the one above (Word's
    vMerge), written empty."""
    spans = spans or {}
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def paragraph(text: str) -> str:
        runs = "<w:br/>".join(f"<w:t xml:space=\"preserve\">{escape(line)}</w:t>"
                              for line in text.split("\n"))
        return f"<w:p><w:r>{runs}</w:r></w:p>"

    def cell(value: Any, position: tuple[int, int]) -> str:
        properties = ""
        if position in spans:
            properties += f'<w:gridSpan w:val="{spans[position]}"/>'
        if position in merged_down:
            properties += "<w:vMerge/>"
        elif any((r, position[1]) in merged_down for r in range(position[0] + 1, len(rows))):
            properties += '<w:vMerge w:val="restart"/>'
        text = "" if position in merged_down or value is None else str(value)
        return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraph(text)}</w:tc>"

    table = "<w:tbl><w:tblPr/>" + "".join(
        "<w:tr>" + "".join(cell(v, (r, c)) for c, v in enumerate(row)) + "</w:tr>"
        for r, row in enumerate(rows)) + "</w:tbl>"
    body = "".join(map(paragraph, title)) + (table + paragraph("")) * tables
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
                f'xmlns:w="{w}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
             'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
             'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/><Override PartName='
             '"/word/document.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.wordprocessingml.document.main+xml"/></Types>')
    relationships = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
                     'schemas.openxmlformats.org/package/2006/relationships"><Relationship '
                     'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/officeDocument" Target="word/document.xml"/>'
                     '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", relationships)
        archive.writestr("word/document.xml", document)
    return path
