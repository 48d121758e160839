"""Finding a student from one box: what a typed search means, matched in SQL or in memory.

A coordinator types what they have in front of them: an English name in any word order
("Chi Hoi Chan", "chan chi hoi"), a Chinese name in traditional or simplified characters
(陳志凱, 陈志凯), a student number, an email, a phone number however it is written
("9028 8102", "+852 9028-8102") or a university code with any of these ("HKUST
20719300"). The text is split into terms; a student is found when every term is found in
one of their fields:

- a term that is a known university code matches the student's university, and only it
  ("HKU" does not find HKUST students through their "hku" emails);
- digits written in groups are one term ("9028 8102" is 90288102), found in the phone
  number or the student number;
- Chinese characters are looked for in both scripts (OpenCC converts the term; the stored
  names are left as they are);
- any other word is found anywhere in the English name, Chinese name, student number or
  email, whatever its case.

Plain Python on purpose: the students list is searched in SQL (``sql_condition``, the
same text on SQLite and PostgreSQL, also used by the light start-up reader) and the
nominations list in memory (``Haystack``), both from one reading of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from careerdesk.io.chinese import converter

_WORDS = re.compile(r"[\s,;，；、]+")
_DIGIT_GROUP = re.compile(r"^\+?[\d()\-.]*\d[\d()\-.]*$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LIKE_ESCAPE = "\\"


@dataclass(frozen=True)
class Term:
    """One thing the student must match: ``kind`` says which fields it is looked for in;
    ``forms`` are the spellings looked for (lower case; both scripts for Chinese)."""

    kind: str  # "university", "digits" or "text"
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Search:
    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)


def parse(text: str, university_codes: Collection[str] = ()) -> Search:
    """What ``text`` asks for; ``university_codes`` are the codes a word may name."""
    codes = {code.lower() for code in university_codes}
    terms: list[Term] = []
    digits = ""
    for word in _WORDS.split(text.strip()):
        if not word:
            continue
        if _DIGIT_GROUP.match(word):
            digits += re.sub(r"\D", "", word)  # groups of one number run together
            continue
        if digits:
            terms.append(Term("digits", (digits,)))
            digits = ""
        lowered = word.lower()
        if lowered in codes:
            terms.append(Term("university", (lowered,)))
            continue
        for part in lowered.split("-"):  # "Ka-Yan" is found in "LEE Ka Yan"
            if part:
                terms.append(Term("text", _scripts(part)))
    if digits:
        terms.append(Term("digits", (digits,)))
    return Search(tuple(terms))


def _scripts(word: str) -> tuple[str, ...]:
    """The word as typed and, when it has Chinese characters, in both scripts."""
    if not _CJK.search(word):
        return (word,)
    forms = dict.fromkeys((word, _converter("s2t")(word), _converter("s2hk")(word),
                           _converter("t2s")(word)))
    return tuple(forms)


def prepare() -> None:
    """Load OpenCC's dictionaries now (a few tens of milliseconds, once), so the first
    Chinese search does not wait for them; the window calls it on its database thread."""
    for config in ("s2t", "s2hk", "t2s"):
        _converter(config)


def _converter(config: str) -> Callable[[str], str]:
    return converter(config)  # (io's: one OpenCC for headings and searches)


# -- in memory ---------------------------------------------------------------------------------
class Haystack:
    """One student's searchable fields, prepared once (the Nominations page keeps one per
    row and asks ``found`` at every keystroke)."""

    __slots__ = ("university", "digits", "text")

    def __init__(self, university: str, student_no: str, name_en: str | None,
                 name_zh: str | None, email: str | None, phone: str | None) -> None:
        self.university = university.lower()
        self.digits = f"{student_no}\x1f{phone or ''}".lower()
        self.text = f"{student_no}\x1f{name_en or ''}\x1f{name_zh or ''}\x1f{email or ''}".lower()

    def found(self, search: Search) -> bool:
        for term in search.terms:
            if term.kind == "university":
                if self.university != term.forms[0]:
                    return False
            elif term.kind == "digits":
                if term.forms[0] not in self.digits:
                    return False
            elif not any(form in self.text for form in term.forms):
                return False
        return True


# -- in SQL ------------------------------------------------------------------------------------
def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with ``%`` and ``_`` taken literally."""
    for special in (LIKE_ESCAPE, "%", "_"):
        text = text.replace(special, LIKE_ESCAPE + special)
    return f"%{text}%"


def sql_condition(search: Search, student: str, dialect: str) -> tuple[str, dict[str, str]]:
    """A WHERE condition (SQL text) and its parameters, on the student table named
    ``student`` in the statement (its name or alias). ``dialect`` is "sqlite" (whose LIKE
    ignores the case of ASCII letters already) or "postgresql" (ILIKE)."""
    parts: list[str] = []
    parameters: dict[str, str] = {}
    like = "LIKE" if dialect == "sqlite" else "ILIKE"

    def contains(column: str, form: str) -> str:
        name = f"find{len(parameters)}"
        parameters[name] = like_pattern(form)
        return f"{student}.{column} {like} :{name} ESCAPE '\\'"

    for term in search.terms:
        if term.kind == "university":
            name = f"find{len(parameters)}"
            parameters[name] = term.forms[0]
            parts.append(f"{student}.university_id IN (SELECT university.id FROM university "
                         f"WHERE lower(university.code) = :{name})")
            continue
        columns = _COLUMNS_FOR[term.kind] if term.kind == "digits" else _text_columns(term)
        parts.append("(" + " OR ".join(contains(column, form) for form in term.forms
                                       for column in columns) + ")")
    return " AND ".join(parts) or "1 = 1", parameters


_COLUMNS_FOR = {"digits": ("student_no", "phone")}


def _text_columns(term: Term) -> tuple[str, ...]:
    """Where a word can be (each column costs a comparison per student per spelling):
    Chinese characters in the Chinese name, Latin letters and digits in the others."""
    word = term.forms[0]
    if all(_CJK.match(character) for character in word):
        return ("name_zh",)
    if not _CJK.search(word):
        return ("name_en", "student_no", "email")
    return ("name_en", "name_zh", "student_no", "email")
