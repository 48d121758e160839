"""What a careful coordinator works out from the file itself when a column is missing.

The university of a file with no University column: from a title above the headings
("The Hong Kong Polytechnic University 香港理工大學"), from the students' email domains
(all of them pointing at one university), or from the sheet's or the file's name ("CUHK",
"cuhk-nominees.xlsx");
or, for a list in sections, each student's from the heading of their section (a row
holding only "The Chinese University of Hong Kong", the students under it). The faculty of
a file with no Faculty column: from a title above the headings, or the sheet's name, that
names one ("Faculty of Engineering — Talent Foundry nominations", "理學院").
"""

from __future__ import annotations

import re
from collections import Counter
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
    return {index: code for index, text in _lone_texts(sheet, layout)
            if (code := resolve(text)) is not None}


def unit_sections(sheet: RawSheet, layout: SheetLayout,
                  indexes: list[int]) -> dict[Field, dict[int, str]]:
    """Of the rows ``indexes`` (the list's rows that hold no student), those heading a
    section by naming a department or a faculty alone ("Department of Electrical
    Engineering", then its students; "工程學院"), for a list with no column for it: by field,
    row index → the name (English where the row names it in both languages). A row naming
    two departments heads no section."""
    sections: dict[Field, dict[int, str]] = {}
    finders = [(field, names_in) for field, names_in in
               ((Field.DEPARTMENT, _departments_in), (Field.FACULTY, _faculties_in))
               if layout.column_for(field) is None]
    for index in indexes if finders else ():
        text = lone_text(sheet.rows[index])
        if not text or not _starts_with_a_unit(text):
            continue
        for field, names_in in finders:
            name = one_unit(names_in([text]))
            if name is not None:
                sections.setdefault(field, {})[index] = name
    return sections


#: A section's numbering before its heading: "1.", "A)", "(b)", "一、".
_ENUMERATOR = re.compile(r"^\s*(?:\(?[A-Za-z0-9]{1,3}[.)]|[一二三四五六七八九十]+、)\s*")


def _starts_with_a_unit(text: str) -> bool:
    """Whether ``text`` is headed by a department's or faculty's name ("Department of
    Computing (COMP)", "2. School of Science", "香港中文大學工程學院"), as a section's
    heading is; a note that mentions one ("Prepared by: Department of …") is not."""
    text = _ENUMERATOR.sub("", text)
    if _DEPARTMENT_EN.match(text) or _FACULTY_EN.match(text):
        return True
    found = _DEPARTMENT_ZH.search(text) or _FACULTY_ZH.search(text)
    return found is not None and _ONLY_HAN.fullmatch(text[:found.start()]) is not None


_ONLY_HAN = re.compile(r"[\u4e00-\u9fff]*")


def one_unit(names: list[str]) -> str | None:
    """The one department or faculty ``names`` (as a title writes them) name: its English
    name, else its only name; None for none or two ("工程學院 Faculty of Engineering" is
    one; "Department of Computing and Department of Physics" is two)."""
    english = [name for name in names if name.isascii()]
    if len(english) == 1 or (not english and len(names) == 1):
        return (english or names)[0]
    return None


def _lone_texts(sheet: RawSheet, layout: SheetLayout) -> list[tuple[int, str]]:
    """(row index, text) of each row under the headings holding one text and nothing else."""
    return [(index, text) for index in range(layout.header_row + 1, len(sheet.rows))
            if (text := lone_text(sheet.rows[index]))]


def lone_text(row: list) -> str | None:
    """The text of a row holding one text and nothing else, spaces tidied (a number alone
    is a total, not a heading); None for any other row."""
    filled = [cell for cell in row if not is_blank(cell)]
    if len(filled) == 1 and isinstance(filled[0], str) and not filled[0].strip().isdigit():
        return " ".join(filled[0].split())
    return None


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
    codes = [university_of_email(mail, domains) for mail in _emails(sheet, layout)]
    if codes and None not in codes and len(set(codes)) == 1:
        return codes[0], msg("the students' email addresses")  # type: ignore[return-value]
    return None


def universities_of_emails(sheet: RawSheet, layout: SheetLayout,
                           domains: Mapping[str, str]) -> Counter[str]:
    """The universities the students' email addresses name (those whose domain tells),
    each with how many addresses name it."""
    return Counter(code for mail in _emails(sheet, layout)
                   if (code := university_of_email(mail, domains)) is not None)


def university_of_email(mail: str, domains: Mapping[str, str]) -> str | None:
    """The university an email address's domain names ("x@link.cuhk.edu.hk": CUHK)."""
    domain = mail.strip().lower().rsplit("@", 1)[-1]
    return next((code for d, code in domains.items()
                 if domain == d or domain.endswith("." + d)), None)


def _emails(sheet: RawSheet, layout: SheetLayout) -> list[str]:
    column = layout.column_for(Field.EMAIL)
    if column is None:
        return []
    cells = (row[column.index] if column.index < len(row) else ""
             for row in sheet.rows[layout.header_row + 1:])
    return [cell for cell in cells if isinstance(cell, str) and "@" in cell]


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


#: A faculty named in English: "Faculty of", "School of" or "College of", then its subject,
#: in the words faculties are named with (what follows them, "Internship Nominees", is not).
_FACULTY_EN = re.compile(r"\b(faculty|school|college) of (?:the )?", re.IGNORECASE)
_SUBJECT_WORDS = {
    "engineering", "engg", "science", "sciences", "business", "economics", "arts",
    "humanities", "social", "law", "medicine", "education", "architecture", "computing",
    "computer", "mathematical", "design", "health", "nursing", "dentistry", "communication",
    "creative", "media", "energy", "environment", "administration", "management", "hotel",
    "tourism", "fashion", "textiles", "applied", "construction", "liberal", "veterinary",
    "life", "biomedical", "public", "policy", "data", "information", "technology",
    "accountancy", "finance", "music", "languages", "language", "professional", "studies",
    "and", "&"}
#: A faculty named in Chinese (a university's name holds no such word).
_FACULTY_ZH = re.compile(r"(社會科學院|工程學院|工學院|理學院|商學院|文學院|法學院|醫學院|"
                         r"教育學院|建築學院|設計學院|計算機學院|人文學院|傳理學院|"
                         r"工商管理學院|醫療及社會科學院)")


def faculties_named(sheet: RawSheet, layout: SheetLayout, file_name: str
                    ) -> tuple[list[str], Message] | None:
    """The faculty names the title above the headings holds, else the sheet's name (as
    written, English first: "Faculty of Engineering", "工程學院"), and where they were found;
    None when neither names one. (Whether several name one faculty is the caller's to
    judge: ``core.domain.faculties``.)"""
    return _named(sheet, layout, file_name, _faculties_in)


def departments_named(sheet: RawSheet, layout: SheetLayout, file_name: str
                      ) -> tuple[list[str], Message] | None:
    """The department names the title above the headings holds, else the sheet's name
    ("Department of Computing — PROcruit C nominees" → "Department of Computing";
    "電機工程學系"), English first, and where they were found; None when neither names one."""
    return _named(sheet, layout, file_name, _departments_in)


def title_texts(sheet: RawSheet, layout: SheetLayout) -> list[str]:
    """The texts above the column headings (a title, a report's summary), spaces tidied."""
    return [" ".join(str(cell).split()) for row in sheet.rows[:layout.header_row]
            for cell in row if isinstance(cell, str) and not is_blank(cell)]


def _named(sheet: RawSheet, layout: SheetLayout, file_name: str,
           names_in: Callable[[list[str]], list[str]]) -> tuple[list[str], Message] | None:
    found = names_in(title_texts(sheet, layout))
    if found:
        return found, msg("the title above the column headings")
    if sheet.name != file_name.rsplit(".", 1)[0]:
        found = names_in([sheet.name])
        if found:
            return found, msg("the sheet's name")
    return None


#: A department named in English ("Department of", "Dept. of"); its subject is the words
#: after it, written with capitals, up to a word naming something else ("Nominees").
_DEPARTMENT_EN = re.compile(r"\b(?:department|dept\.?) of (?:the )?", re.IGNORECASE)
_NOT_SUBJECT = {"nominee", "nominees", "nomination", "nominations", "list", "shortlist",
                "internship", "internships", "programme", "program", "students", "student",
                "candidates", "applicants", "cohort", "talent", "foundry", "procruit",
                "career", "careers", "summer", "placement", "placements", "university",
                "hkstp", "tlt", "leaders", "department", "dept", "faculty", "school", "college"}
#: ...and in Chinese: characters ending in 學系, after the university's or faculty's name.
_DEPARTMENT_ZH = re.compile(r"[\u4e00-\u9fff]+?學系")
_UNIT_BEFORE = re.compile(r".*(?:大學|學院)")


def _departments_in(texts: list[str]) -> list[str]:
    english, chinese = [], []
    for text in texts:
        for unit in _DEPARTMENT_EN.finditer(text):
            subject = _capitalised_subject(text[unit.end():])
            if subject:
                english.append(f"Department of {subject}")
        for run in _DEPARTMENT_ZH.findall(text):
            name = _UNIT_BEFORE.sub("", run)
            if len(name) >= 3:
                chinese.append(name)
    return list(dict.fromkeys(english + chinese))


def _capitalised_subject(text: str) -> str:
    """A department's subject at the start of ``text``: its capitalised words ("Electrical
    and Electronic Engineering"), up to a dash, a comma or a bracket, or a word naming
    something else ("Computing Internship Nominees" → "Computing")."""
    kept: list[str] = []
    for written in re.split(r"\s+", text.strip()):
        word = written.strip(",.;:()（）[]")
        if not word or not word[0].isalpha() or word.casefold() in _NOT_SUBJECT \
                or not (word[0].isupper() or word in ("and", "&", "of")) \
                or written[0] in "(（[":  # "(EE)": its short name, not its subject
            break
        kept.append(word)
        if written[-1] in ",.;:)）]":
            break
    while kept and kept[-1] in ("and", "&", "of"):
        kept.pop()
    return " ".join(kept)


def _faculties_in(texts: list[str]) -> list[str]:
    english, chinese = [], []
    for text in texts:
        for unit in _FACULTY_EN.finditer(text):
            subject = _subject(text[unit.end():])
            if subject:
                english.append(f"{unit.group(1).title()} of {subject}")
        chinese += _FACULTY_ZH.findall(text)
    return list(dict.fromkeys(english + chinese))


def _subject(text: str) -> str:
    """The faculty's subject at the start of ``text``: its words while they are words
    faculties are named with, up to a comma or a bracket ("Business and Economics, HKU")."""
    kept: list[str] = []
    for written in text.split():
        word = written.strip(",.;:()（）[]")
        if word.casefold() not in _SUBJECT_WORDS:
            break
        kept.append(word)
        if written[-1] in ",.;:)）]":
            break
    while kept and kept[-1].casefold() in ("and", "&"):
        kept.pop()
    return " ".join(kept)
