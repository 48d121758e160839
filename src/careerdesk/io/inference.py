"""What a careful coordinator works out from the file itself when a column is missing.

The university of a file with no University column: from a title above the headings
("The Hong Kong Polytechnic University 香港理工大學"), from the students' email domains
(all of them pointing at one university), or from the sheet's or the file's name ("CUHK",
"cuhk-nominees.xlsx");
or, for a list in sections, each student's from the heading of their section (a row
holding only "The Chinese University of Hong Kong", the students under it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from careerdesk.io.fields import Field, header_variants
from careerdesk.io.layout import SheetLayout
from careerdesk.io.table import RawSheet, is_blank
from careerdesk.messages import Message, msg


def infer_university(sheet: RawSheet, layout: SheetLayout, file_name: str,
                     resolve: Callable[[str], str | None],
                     domains: Mapping[str, str]) -> tuple[str, Message] | None:
    """(code, how it was found), or None when the file does not say clearly."""
    for finder in (_from_title, _from_sheet_name, _from_emails, _from_file_name):
        found = finder(sheet, layout, file_name, resolve, domains)
        if found is not None:
            return found
    return None


def university_sections(sheet: RawSheet, layout: SheetLayout,
                        resolve: Callable[[str], str | None]) -> dict[int, str]:
    """The rows under the headings that head a section of the list by naming a university
    and nothing else (row index → the university's code); none unless at least one."""
    sections: dict[int, str] = {}
    for index in range(layout.header_row + 1, len(sheet.rows)):
        filled = [cell for cell in sheet.rows[index] if not is_blank(cell)]
        if len(filled) == 1 and isinstance(filled[0], str) and not filled[0].strip().isdigit():
            code = resolve(" ".join(filled[0].split()))
            if code is not None:
                sections[index] = code
    return sections


def _from_title(sheet: RawSheet, layout: SheetLayout, file_name: str,
                resolve: Callable[[str], str | None], domains: Mapping[str, str]
                ) -> tuple[str, Message] | None:
    codes = set()
    for row in sheet.rows[:layout.header_row]:
        for cell in row:
            if isinstance(cell, str) and not is_blank(cell):
                for variant in [cell, *header_variants(cell)]:
                    code = resolve(variant)
                    if code:
                        codes.add(code)
                        break
    if len(codes) == 1:
        return codes.pop(), msg("the title above the column headings")
    return None


def _from_emails(sheet: RawSheet, layout: SheetLayout, file_name: str,
                 resolve: Callable[[str], str | None], domains: Mapping[str, str]
                 ) -> tuple[str, Message] | None:
    column = layout.column_for(Field.EMAIL)
    if column is None:
        return None
    codes: set[str] = set()
    seen = 0
    for row in sheet.rows[layout.header_row + 1:]:
        cell = row[column.index] if column.index < len(row) else ""
        if not isinstance(cell, str) or "@" not in cell:
            continue
        seen += 1
        domain = cell.strip().lower().rsplit("@", 1)[1]
        code = next((c for d, c in domains.items() if domain == d or domain.endswith("." + d)),
                    None)
        codes.add(code or "?")
    if seen and len(codes) == 1 and "?" not in codes:
        return codes.pop(), msg("the students' email addresses")
    return None


def _from_sheet_name(sheet: RawSheet, layout: SheetLayout, file_name: str,
                     resolve: Callable[[str], str | None], domains: Mapping[str, str]
                     ) -> tuple[str, Message] | None:
    """A workbook with a sheet per university ("CUHK", "HKU", "中大"). (A CSV file's one
    sheet is named after the file: that is the file's name.)"""
    if sheet.name == file_name.rsplit(".", 1)[0]:
        return None
    code = _named_in(sheet.name, resolve)
    return (code, msg("the sheet's name")) if code else None


def _from_file_name(sheet: RawSheet, layout: SheetLayout, file_name: str,
                    resolve: Callable[[str], str | None], domains: Mapping[str, str]
                    ) -> tuple[str, Message] | None:
    code = _named_in(file_name.rsplit(".", 1)[0], resolve)
    return (code, msg("the file's name")) if code else None


def _named_in(name: str, resolve: Callable[[str], str | None]) -> str | None:
    """The one university a name names, whole or in one of its words ("cuhk-nominees",
    "中大名單" is not split, "中大" is); words of two letters are too short to tell."""
    whole = resolve(name.strip())
    if whole:
        return whole
    tokens = re.split(r"[^0-9A-Za-z\u3000-\u9fff]+", name)
    codes = {code for token in tokens
             if (len(token) >= 3 or not token.isascii()) and (code := resolve(token))}
    return codes.pop() if len(codes) == 1 else None
