"""An .xlsx that Excel opens but python-calamine does not, made readable.

Three kinds are met in lists sent to career offices:

- parts named in other letter case or with backslashes ("XL\\Workbook.xml"), as some
  reporting tools write them: Excel finds parts whatever their case, the reader does not;
- a workbook saved as "Strict Open XML Spreadsheet": the same format under other namespace
  names;
- a workbook with an Excel 4.0 macro sheet (or a dialog sheet) beside its data: the reader
  refuses the whole workbook for that one sheet.

``readable_copy`` gives such a workbook back as bytes, its parts named as the workbook
refers to them, its namespaces the usual ones and its macro sheets left out (never run:
nothing in a file is ever run). The usual workbook costs a look at its part list only.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from careerdesk.io.package_parts import RELATIONSHIP, TARGET

_STRICT = {
    b"http://purl.oclc.org/ooxml/spreadsheetml/main":
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships":
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    b"http://purl.oclc.org/ooxml/drawingml/main":
        b"http://schemas.openxmlformats.org/drawingml/2006/main",
}
_NOT_DATA = re.compile(rb'\bType="[^"]*/(?:xlMacrosheet|xlIntlMacrosheet|dialogsheet)"')
_ID = re.compile(rb'\bId="([^"]+)"')
_OFFICE_DOCUMENT = re.compile(rb'\bType="[^"]*/officeDocument"')


def readable_copy(path: Path) -> bytes | None:
    """The workbook at ``path`` as python-calamine can read it; None when it already can."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        renamed, workbook = _canonical_names(archive, names)
        old_workbook = next((old for old, new in renamed.items() if new == workbook), None)
        if old_workbook is None:
            return None
        rels = _rels_of(workbook)
        old_rels = next((old for old, new in renamed.items() if new == rels), None)
        head = archive.open(old_workbook).read(4096)
        strict = any(name in head for name in _STRICT)
        relations = archive.read(old_rels) if old_rels else b""
        not_data = [_ID.search(r) for r in RELATIONSHIP.findall(relations)
                    if _NOT_DATA.search(r)]
        if not (strict or not_data or any(old != new for old, new in renamed.items())):
            return None
        dropped = {found.group(1) for found in not_data if found is not None}
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy:
            for old in names:
                data = archive.read(old)
                new = renamed.get(old, old)
                if strict and new.endswith((".xml", ".rels")):
                    data = _usual_namespaces(data)
                if dropped and new == workbook:
                    data = _without_sheets(data, dropped)
                if dropped and new == rels:
                    data = RELATIONSHIP.sub(lambda r: b"" if _id(r.group(0)) in dropped
                                             else r.group(0), data)
                copy.writestr(new, data)
    return out.getvalue()


def _canonical_names(archive: zipfile.ZipFile, names: list[str]) -> tuple[dict[str, str], str]:
    """Each member's name as the workbook refers to it (slashes forward, the case of the
    reference), found from the package's relationships outward; and the workbook part's."""
    fixed = {name: name.replace("\\", "/").lstrip("/") for name in names}
    by_fold = {new.casefold(): old for old, new in fixed.items()}
    renamed = dict(fixed)

    def settle(wanted: str) -> str | None:
        old = by_fold.get(wanted.casefold())
        if old is not None:
            renamed[old] = wanted
        return old

    settle("[Content_Types].xml")
    top = settle("_rels/.rels")
    document = "xl/workbook.xml"
    for relationship in RELATIONSHIP.findall(archive.read(top)) if top else []:
        target = TARGET.search(relationship)
        if target is not None and _OFFICE_DOCUMENT.search(relationship):
            document = posixpath.normpath(target.group(1).decode("utf-8", "replace").lstrip("/"))
    parts, seen = [document], set()
    while parts:
        part = parts.pop()
        if part in seen or settle(part) is None:
            continue
        seen.add(part)
        rels = settle(_rels_of(part))
        if rels is None:
            continue
        folder = posixpath.dirname(part)
        for relationship in RELATIONSHIP.findall(archive.read(rels)):
            target = TARGET.search(relationship)
            if target is None or b"TargetMode=\"External\"" in relationship:
                continue
            written = target.group(1).decode("utf-8", "replace")
            parts.append(posixpath.normpath(written.lstrip("/") if written.startswith("/")
                                            else posixpath.join(folder, written)))
    return renamed, document


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _usual_namespaces(data: bytes) -> bytes:
    for strict, usual in _STRICT.items():
        data = data.replace(strict, usual)
    return data


def _id(relationship: bytes) -> bytes:
    found = _ID.search(relationship)
    return found.group(1) if found else b""


def _without_sheets(workbook: bytes, ids: set[bytes]) -> bytes:
    """workbook.xml without the ``<sheet>`` elements of the relationships ``ids``."""
    def sheet(found: re.Match[bytes]) -> bytes:
        rid = re.search(rb'\b(?:r:)?id="([^"]+)"', found.group(0))
        return b"" if rid is not None and rid.group(1) in ids else found.group(0)

    return re.sub(rb"<(?:\w+:)?sheet\b[^>]*/>", sheet, workbook)
