"""The rows an OpenDocument spreadsheet (.ods) hides, which python-calamine does not say.

A list filtered in LibreOffice Calc, or with rows hidden, keeps those rows in the file
(``table:visibility="filter"`` or ``"collapse"``) and python-calamine reads them like
any other: an import would take the students the sender had filtered out. The sheet's
rows are walked through defusedxml (the file is untrusted), only when its content names
a visibility at all, counting the rows a ``table:number-rows-repeated`` stands for.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from careerdesk.io.problems import UnreadableFileError
from careerdesk.io.sniff import mentions
from careerdesk.io.table import HIDDEN_ROW, WHOLE_ROW
from careerdesk.messages import msg

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_MARK = b'table:visibility="'


def hidden_rows(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """``(row, WHOLE_ROW) → HIDDEN_ROW`` for each hidden row of ``sheet`` that holds a
    value (0-based, as python-calamine numbers them); empty hidden rows do not matter."""
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open("content.xml") as stream:
                if not mentions(stream, (_MARK,)):
                    return {}
            with archive.open("content.xml") as stream:
                return _walk(stream, sheet)
    except (KeyError, zipfile.BadZipFile):
        return {}  # (python-calamine says what is wrong with the file)
    except (ParseError, DefusedXmlException) as exc:  # entities, a DTD, broken XML
        raise UnreadableFileError("file_unreadable", msg(
            "{file} cannot be read as a spreadsheet; it may be damaged ({reason}).",
            file=path.name, reason=type(exc).__name__)) from exc


def _walk(stream, sheet: str) -> dict[tuple[int, int], str]:  # noqa: ANN001
    hidden: dict[tuple[int, int], str] = {}
    inside, row = False, 0
    for event, element in iterparse(stream, events=("start", "end")):
        if element.tag == f"{_TABLE}table":
            if event == "start":
                inside, row = element.get(f"{_TABLE}name") == sheet, 0
            elif inside:
                break
            continue
        if event != "end" or not inside or element.tag != f"{_TABLE}table-row":
            continue
        repeated = int(element.get(f"{_TABLE}number-rows-repeated", "1"))
        if element.get(f"{_TABLE}visibility") in ("collapse", "filter") and _holds_a_value(
                element):
            hidden.update(((r, WHOLE_ROW), HIDDEN_ROW) for r in range(row, row + repeated))
        row += repeated
        element.clear()
    return hidden


def _holds_a_value(row) -> bool:  # noqa: ANN001 (an Element)
    return any(cell.get(f"{_OFFICE}value-type") for cell in row)
