"""Finding a part of an Excel workbook's zip (.xlsx, .xlsb) through its relationships."""

from __future__ import annotations

import re
import zipfile

#: A relationship element (its start tag: they are written empty, "<Relationship …/>"), and
#: its target.
RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
TARGET = re.compile(rb'\bTarget="([^"]+)"')


def related_part(archive: zipfile.ZipFile, relations: str, relation_id: str) -> str | None:
    """The zip member the relationship ``relation_id`` of the part list ``relations``
    ("xl/_rels/workbook.xml.rels") points at ("xl/worksheets/sheet1.xml"); None when there
    is none. Its attributes may come in any order, its elements with a prefix. KeyError
    when the workbook has no such part list."""
    return _first(archive, relations, rb'\bId="' + re.escape(relation_id.encode()) + rb'"')


def part_of_type(archive: zipfile.ZipFile, relations: str, kind: str) -> str | None:
    """The zip member of the first relationship of type ``kind`` ("styles": the last part
    of the type's URI, which differs between Transitional and Strict workbooks) in
    ``relations``; None when there is none."""
    return _first(archive, relations, rb'\bType="[^"]*/' + re.escape(kind.encode()) + rb'"')


def _first(archive: zipfile.ZipFile, relations: str, attribute: bytes) -> str | None:
    wanted = re.compile(attribute)
    for element in RELATIONSHIP.findall(archive.read(relations)):
        target = TARGET.search(element) if wanted.search(element) else None
        if target is not None:
            member = target.group(1).decode("utf-8", "replace").lstrip("/")
            return member if member.startswith("xl/") else f"xl/{member}"
    return None
