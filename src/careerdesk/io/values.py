"""Turning what people type into clean values. Each normaliser is a pure function.

A normaliser returns the clean value, or raises ``BadValueError`` with a stable code and a
sentence for the coordinator. Empty input gives None. Dates and times are in ``dates``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from careerdesk.io.table import is_blank
from careerdesk.messages import msg


class BadValueError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


_SPACES = re.compile(r"\s+")


def clean_text(value: Any) -> str | None:
    """NFKC (full-width letters and spaces folded), trimmed, inner runs of spaces made one.

    Text such as "NA", "None" or "null" stays as it is: it may be someone's name.
    """
    if (value.__class__ is str and value.isprintable() and value.strip() == value
            and "  " not in value and not value.startswith("'")
            and (value.isascii() or unicodedata.is_normalized("NFKC", value))):
        return value or None  # the common case, fast: tidy text that NFKC leaves alone
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value)).replace("\u200b", "")
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@"):
        text = text[1:]  # the apostrophe CareerDesk's own exports put before such values
    return text or None


def tidy_texts(values: list[Any]) -> bool:
    """Whether ``clean_text`` leaves each of ``values`` as it is (an empty one gives None):
    the test of its fast path, made on a whole column at once, in C. Joined with NUL (which
    no tidy text holds, and across which nothing composes), the column is one string to test.
    """
    if set(map(type, values)) != {str}:
        return False
    joined = "\x00".join(values)
    return (all(map(str.isprintable, values)) and "  " not in joined
            and all(map(str.__eq__, values, map(str.strip, values)))
            and "\x00'" not in joined and not joined.startswith("'")
            and (joined.isascii() or unicodedata.is_normalized("NFKC", joined)))


#: What stands where a character was lost: "?", as Excel writes a character its code page
#: lacks when it saves a CSV file ("陳?" for 陳堃 in Big5), or the replacement character.
_LOST = ("?", "\ufffd")


#: A title before a name ("Mr. CHAN Tai Man", "Ms LEE Ka Yan"): no part of the name.
_TITLE = r"(?:mr|mrs|ms|miss|mx|dr)\.?\s"
_HONORIFIC = re.compile(f"^{_TITLE}+(?=\\S)", re.IGNORECASE)
_HONORIFIC_IN_COLUMN = re.compile(f"(?:^|\x00){_TITLE}", re.IGNORECASE)  # (a column at once)


def person_name(value: Any) -> str | None:
    """A name, as ``clean_text``, without a title before it ("Mr.", "Ms", "Dr": a name
    found, matched and printed as the student's own); one with a character lost when the
    file was saved in an older encoding is wrong (it would print as "陳?" on every report)."""
    text = clean_text(value)
    if text is not None and _HONORIFIC.match(text):
        text = _HONORIFIC.sub("", text)
    lost = next((mark for mark in _LOST if mark in text), None) if text is not None else None
    if lost is not None:
        raise BadValueError("name_character_lost", msg(
            "In '{text}' a character was lost (it shows as '{mark}') when the file was saved "
            "in an older encoding, as Excel saves a CSV file; check the name in the original "
            "list.", text=text, mark=lost))
    return text


def tidy_names(values: list[Any]) -> bool:
    """Whether ``person_name`` leaves each of ``values`` as it is: ``tidy_texts``, and no
    character lost. Tested on the whole column at once."""
    if not tidy_texts(values):
        return False
    joined = "\x00".join(values)
    return not any(mark in joined for mark in _LOST) and not _HONORIFIC_IN_COLUMN.search(joined)


def chinese_name(value: Any) -> str | None:
    """A Chinese name, as ``person_name``, without spaces between its characters: "陳 大 文"
    is 陳大文 (and found as 陳大文 by a search, a duplicate check and a report)."""
    text = person_name(value)
    return _SPACED_HAN.sub("", text) if text is not None and " " in text else text


def tidy_chinese_names(values: list[Any]) -> bool:
    """Whether ``chinese_name`` leaves each of ``values`` as it is (``tidy_names``, and no
    spaced-out characters)."""
    return tidy_names(values) and not _SPACED_HAN.search("\x00".join(values))


#: Chinese characters (CJK ideographs, their extensions, where HKSCS names live, and
#: compatibility forms); a word in Latin letters; brackets left empty.
_HAN_CHARACTER = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
HAN = re.compile(_HAN_CHARACTER + "+")
#: Spaces between two Chinese characters ("陳 大 文", "李　小明" as a form spaces them out).
_SPACED_HAN = re.compile(f"(?<={_HAN_CHARACTER}) +(?={_HAN_CHARACTER})")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_EMPTY_BRACKETS = re.compile(r"[(（]\s*[)）]")


def without_chinese(text: str) -> str:
    """What is left of text written in both languages once its Chinese is taken out: "CHAN
    Tai Man" of "陳大文 CHAN Tai Man", "WONG Siu Ming (黃小明)" or "陳大文 (CHAN Tai Man)";
    "School of Engineering (SENG)" of "School of Engineering (SENG) 工學院" (a bracket that
    closes what the Latin part opened stays)."""
    left = " ".join(_EMPTY_BRACKETS.sub(" ", HAN.sub(" ", text)).split()).strip(" -–—/|,;:")
    if left[:1] in "(（" and left[-1:] in ")）" and len(re.findall(r"[(（]", left)) == 1:
        left = left[1:-1].strip()  # the whole Latin part in brackets
    return left


def unit_name(value: Any) -> str | None:
    """A faculty's or department's name; written in both languages ("工程學院 Faculty of
    Engineering", "Faculty of Science (理學院)"), its English, so that one faculty is one
    record however each row writes it."""
    text = clean_text(value)
    if text is None or not (HAN.search(text) and _LATIN_WORD.search(text)):
        return text
    return without_chinese(text) or text


def student_number(value: Any) -> str | None:
    """Numbers from numeric cells without ".0"; letters upper-cased; spaces removed; the
    apostrophe a system writes before a number to keep Excel from changing it dropped."""
    if (value.__class__ is str and value.isascii() and value.isalnum() and len(value) <= 40
            and not value.isalpha()):
        return value.upper()  # the common case, fast: already clean
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise BadValueError("bad_student_no", msg("A student number cannot be TRUE or FALSE."))
    if isinstance(value, float):
        if not value.is_integer():
            raise BadValueError("bad_student_no", msg(
                "{value} is not a student number (it has decimals).", value=value))
        return str(int(value)) if value > 0 else _bad_number(value)
    text = clean_text(value)
    if text is None:
        return None
    text = text.replace(" ", "").upper().removeprefix("'")  # Excel's mark: "keep as text"
    if _NUMBER_WRITTEN_AS_FLOAT.fullmatch(text):
        text = text.split(".")[0]  # "1155000001.0": a number cell saved to text as a float
    if _GROUPED_DIGITS.fullmatch(text) or _THOUSANDS.fullmatch(text):
        text = text.replace("-", "").replace(",", "")  # "1155-012-345", "1,155,012,345":
        # digits grouped for reading (a number cell formatted with separators, saved as CSV)
    if _SHORTENED_BY_EXCEL.fullmatch(text):
        raise _shortened_by_excel("bad_student_no", text)
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9\-/]{1,39}", text):
        raise BadValueError("bad_student_no", msg(
            "'{text}' is not a student number (letters and digits only).", text=text))
    if not any(map(str.isdigit, text)):  # words ("Endorsed by Dean"), not a number
        raise BadValueError("bad_student_no", msg(
            "'{text}' is not a student number (it has no digits).", text=clean_text(value)))
    return text


_NUMBER_WRITTEN_AS_FLOAT = re.compile(r"\d+\.0+")
#: A long number as Excel writes it into a CSV file from a "General" cell: 1.155E+09.
_SHORTENED_BY_EXCEL = re.compile(r"\d(?:\.\d+)?E\+\d+", re.IGNORECASE)


def _shortened_by_excel(code: str, text: str) -> BadValueError:
    return BadValueError(code, msg(
        "'{text}' is a number Excel shortened when the file was saved, and the rest of its "
        "digits are lost; in the original workbook, format the column as Text, save the file "
        "again and import it.", text=text))

#: Digits in groups ("1155-012-345", "2101-2345D"): the same number as without the dashes.
_GROUPED_DIGITS = re.compile(r"\d+(?:-\d+)+[A-Z]?")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _bad_number(value: object) -> str:
    raise BadValueError("bad_student_no", msg("{value} is not a student number.", value=value))


#: What people write in a cell they have nothing for: an email, phone or date column
#: holding one of these is empty. (A name column keeps it: "NA" may be someone's name.)
_NOT_GIVEN = {"n/a", "na", "n.a.", "n.a", "nil", "none", "null", "-", "--", "---", "—", "–", "/",
              "not applicable", "not available", "tbc", "tbd", "to be confirmed", "不適用",
              "沒有", "無", "待定", "未定", "暫無"}


def not_given(text: str) -> bool:
    """Whether ``text`` (clean) says there is nothing to give ("N/A", "nil", "-", "不適用")."""
    return text.casefold() in _NOT_GIVEN


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


_REMARK_AFTER = re.compile(r"(?<=\S)\s*[(（][^()（）@]*[)）]\s*$")
_NAMED_ADDRESS = re.compile(r"[^<>]*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*")


def email(value: Any) -> str | None:
    """Trimmed and lower-cased; "mailto:", quotes, a trailing comma or full stop, and a name
    around it ("CHAN Tai Man <tm@link.cuhk.edu.hk>", as Outlook copies an address) are
    left out. "anonymous" (Microsoft Forms' word for a respondent not signed in) is none."""
    text = clean_text(value)
    if text is None or not_given(text) or text.casefold() == "anonymous":
        return None
    text = _REMARK_AFTER.sub("", text)  # "a@link.cuhk.edu.hk (preferred)"
    named = _NAMED_ADDRESS.fullmatch(text)
    if named:
        text = named.group(1)
    text = text.lower().removeprefix("mailto:").strip("\"' ").rstrip(".,;:")
    if not _EMAIL.match(text):
        if text.count("@") > 1:
            institutional = _the_one_institutional_address(text)
            if institutional is not None:
                return institutional
            raise BadValueError("bad_email", msg(
                "'{text}' holds more than one email address; keep one in the cell.",
                text=text))
        raise BadValueError("bad_email", msg("'{text}' is not a complete email address.",
                                             text=text))
    return text


#: Webmail a student gives beside their university address ("a@connect.polyu.hk; a@gmail.com").
_PERSONAL_DOMAINS = {"gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.hk", "hotmail.com",
                     "hotmail.com.hk", "outlook.com", "live.com", "live.hk", "msn.com",
                     "icloud.com", "me.com", "qq.com", "163.com", "126.com", "protonmail.com",
                     "proton.me", "netvigator.com", "ymail.com"}
_SEPARATED = re.compile(r"\s+or\s+|\s*[;,/\s]\s*")


def _the_one_institutional_address(text: str) -> str | None:
    """Of several addresses in one cell, the one that is not webmail (the university's, as
    a coordinator keeps it), when each is a complete address and exactly one is not."""
    addresses = [part for part in _SEPARATED.split(text) if part]
    if len(addresses) < 2 or not all(map(_EMAIL.match, addresses)):
        return None
    kept = [a for a in addresses if a.rsplit("@", 1)[1] not in _PERSONAL_DOMAINS]
    return kept[0] if len(kept) == 1 else None


#: The end of an address from its (last) "@": a domain ending in letters, then the next cell.
_ADDRESS_END = re.compile("@[^@\x00]+\\.[a-z]{2,}(?=\x00|$)")


def tidy_emails(values: list[Any]) -> bool:
    """Whether ``email`` leaves each of ``values`` as it is: tidy text (``tidy_texts``),
    lower case, no name, quote, space or "mailto:" about it, each a complete address with
    one "@". Tested on the whole column at once (a 100,000-row list's addresses, one by one,
    cost ~0.2 s): each filled cell has an "@" and an address end, and there are as many of
    each as filled cells."""
    if not tidy_texts(values):
        return False
    joined = "\x00".join(values)
    filled = len(values) - values.count("")
    return (joined == joined.lower()
            and not any(mark in joined for mark in ("<", " ", '"', "'", "mailto:"))
            and joined.count("@") == filled and "\x00@" not in joined
            and not joined.startswith("@")
            and len(_ADDRESS_END.findall(joined)) == filled)


#: A run of eight or more digits (spaces and dashes between them allowed): one number.
_SEVERAL_NUMBERS = re.compile(r"\+?\d[\d \-]{6,}\d")


def hk_phone(value: Any) -> str | None:
    """Hong Kong numbers in any common writing → E.164 (+852 and eight digits).

    "9123 4567", "+852-9123-4567", "(852) 91234567", "852 9123 4567", 91234567.0 all
    give "+85291234567". A mainland mobile ("138 1234 5678", "86-13812345678") gives
    "+8613812345678"; other countries' numbers written with "+" are kept in E.164.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if value.__class__ is int and 20_000_000 <= value <= 99_999_999:
        digits = str(value)  # the common case, fast: eight digits in a number cell
        if digits[0] in "2345679" and digits != digits[0] * 8:
            return "+852" + digits
    if is_blank(value):
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not_given(text):
        return None
    if _NUMBER_WRITTEN_AS_FLOAT.fullmatch(text):
        text = text.split(".")[0]  # 91234567.0: a number cell saved to text as a float
    if _SHORTENED_BY_EXCEL.fullmatch(text):
        raise _shortened_by_excel("bad_phone", text)
    digits = re.sub(r"\D", "", text)
    if len(digits) > 15 and len(several := _SEVERAL_NUMBERS.findall(text)) > 1:  # (E.164: 15)
        mobile = _the_one_mobile(several)
        if mobile is None:
            raise BadValueError("bad_phone", msg(
                "'{text}' holds more than one phone number; keep one in the cell.", text=text))
        return mobile
    international = text.startswith(("+", "00"))
    if international and digits.startswith("00"):
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("852"):
        digits = digits[3:]
    elif international and not digits.startswith("852"):
        if 8 <= len(digits) <= 15:
            return "+" + digits
        raise BadValueError("bad_phone", msg("'{text}' is not a complete phone number.",
                                             text=text))
    if len(digits) == 8 and digits[0] in "2345679" and not re.fullmatch(r"(\d)\1{7}", digits):
        return "+852" + digits
    if _MAINLAND_MOBILE.fullmatch(digits):  # 138 1234 5678, 86 138 1234 5678
        return "+86" + digits[-11:]
    raise BadValueError("bad_phone", msg(
        "'{text}' is not a Hong Kong phone number (8 digits).", text=text))


#: A mainland China mobile: 11 digits from 13 to 19, after China's 86 or not.
_MAINLAND_MOBILE = re.compile(r"(?:86)?1[3-9]\d{9}")


def _the_one_mobile(numbers: list[str]) -> str | None:
    """Of several Hong Kong numbers in one cell ("9123 4567 / 2345 6789"), the one mobile
    number, where the others are fixed lines (beginning with 2 or 3); else None."""
    read = []
    for number in numbers:
        try:
            read.append(hk_phone(number))
        except BadValueError:
            return None
    mobiles = [number for number in read
               if number is not None and number.startswith("+852") and number[4] not in "23"]
    return mobiles[0] if len(mobiles) == 1 and len(read) == len(numbers) else None


#: Ticks and crosses as forms and Chinese-language sheets write them: "√" and "×" are the
#: usual pair in Hong Kong; a ballot box checked or crossed. (A bare "X" is left: in a box
#: it marks a choice.)
_YES = {"y", "yes", "true", "1", "是", "有", "✓", "✔", "√", "☑", "t", "ok", "同意", "已同意",
        "agree", "agreed", "i agree", "i consent", "本人同意", "我同意"}
_NO = {"n", "no", "false", "0", "否", "沒有", "冇", "無", "✗", "✘", "×", "☒", "f", "不同意",
       "未同意", "disagree", "i disagree", "do not agree", "i do not agree", "i don't agree",
       "本人不同意", "我不同意"}


#: A whole word that answers yes or no at the start of a longer answer (not "n" of "N/A").
_FIRST_WORD = re.compile(r"(yes|no|不同意|同意|沒有|是|否|有|冇|無)(?:$|[\s,.;:!(（、，。-])"
                         r"|([yn])\s*[-–(（,:]\s*\S")  # "Y (HKPR)", "N - Mainland"


def answers_by_word(*, yes: Iterable[str], no: Iterable[str],
                    not_yet: Iterable[str] = ()) -> dict[str, bool | None]:
    """Words a column answers with, each to what it means: True, False, or None (not known
    yet). One lookup then reads a cell ("Offered", "Checked In", "Pending")."""
    return {**dict.fromkeys(not_yet), **dict.fromkeys(no, False), **dict.fromkeys(yes, True)}


def yes_no(value: Any) -> bool | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise BadValueError("bad_yes_no", msg("{value} is not yes or no.", value=value))
    text = (clean_text(value) or "").casefold().rstrip(".")
    if text in _YES:
        return True
    if text in _NO:
        return False
    if not_given(text):  # "N/A", "TBC", "-": no answer
        return None
    first = _FIRST_WORD.match(text)  # "Yes, I am", "No - graduating in June", "是（永久居民）"
    if first:
        return (first.group(1) or first.group(2)) in _YES
    if _DECLINING.match(text):  # a form's statement: "I do not consent to …"
        return False
    if CONSENT_STATEMENT.match(text) or _ACCEPTING.match(text):  # "I agree to the terms"
        return True
    raise BadValueError("bad_yes_no", msg("'{value}' is not yes or no (Y/N, 是/否).",
                                          value=value))


#: A consent box's statement: "I agree that my personal data may be shared with …",
#: "本人同意…" (a form's heading for the box, ``fields``, or the answer in it).
CONSENT_STATEMENT = re.compile(r"^(?:i|we)(?: hereby)? (?:agree|consent)\b|^(?:本人|我)同意")
#: ...and, as an answer only, its other wordings: "I accept the terms", "本人願意".
_ACCEPTING = re.compile(r"^(?:i|we)(?: hereby)? accept\b|^(?:本人|我)願意")
_DECLINING = re.compile(r"^(?:i|we) (?:do not|don't|don’t|cannot|disagree|decline|refuse)\b"
                        r"|^(?:本人|我)(?:不同意|不願意)")


#: How a residency column answers besides yes and no: local students and permanent
#: residents are Hong Kong residents; non-local students (from the Mainland or overseas)
#: are not ("L" and "NL" in a student system's export). "Non-permanent resident" is left to
#: the coordinator (it depends on the visa).
_RESIDENT = {"local", "l", "loc", "local student", "permanent resident",
             "hk permanent resident", "permanent", "hk permanent", "permanent hkid",
             "permanent hkid holder", "hk permanent id", "hkpr holder",
             "hong kong permanent resident", "hkpr", "hkid holder", "本地", "本地生",
             "本地學生", "永久居民", "香港永久性居民", "香港永久居民"}
_NOT_RESIDENT = {"non-local", "non local", "nonlocal", "nl", "n-l", "non-loc", "non-local student",
                 "non local student", "mainland", "mainland student", "international",
                 "international student", "overseas", "overseas student", "非本地",
                 "非本地生", "非本地學生", "內地生", "內地學生", "海外生", "國際學生"}


def hk_residency(value: Any) -> bool | None:
    """Whether a student is a Hong Kong resident: yes or no as ``yes_no`` reads them, or a
    residency as lists write it ("Local", "Non-local", "Permanent Resident", "本地生")."""
    try:
        return yes_no(value)
    except BadValueError:
        text = (clean_text(value) or "").casefold().rstrip(".")
        for said in (text, _REMARK_AFTER.sub("", text)):  # "Non-local (Mainland)"
            if said in _RESIDENT:
                return True
            if said in _NOT_RESIDENT:
                return False
        raise BadValueError("bad_yes_no", msg(
            "'{value}' is not a residency CareerDesk can read (Y/N, Local/Non-local, "
            "Permanent Resident).", value=value)) from None


#: How an employment column answers besides yes and no ("Employment Status": "Unemployed",
#: "Full-time", "Student", "在職"): any paid work is employment; a student is studying.
#: (The words are the stored employment statuses, ``core.domain.choices.EmploymentStatus``.)
#: An internship is left to the coordinator.
_EMPLOYMENT_WORDS = {
    "employed": {"employed", "currently employed", "full time", "full time employed",
                 "employed full time", "part time", "part time employed", "employed part time",
                 "part time only",
                 "working", "self employed", "freelance", "freelancer", "contract",
                 "in employment", "在職", "全職", "兼職", "受僱", "已就業", "自僱", "工作中"},
    "unemployed": {"unemployed", "not employed", "currently unemployed", "seeking",
                   "job seeking", "seeking employment", "looking for a job", "looking for job",
                   "looking for work", "fresh graduate", "not working", "available", "待業",
                   "失業", "未就業", "求職中", "應屆畢業生"},
    "studying": {"student", "full time student", "studying", "in study", "學生", "全職學生",
                 "在學", "就讀中"},
}
_EMPLOYMENT = {word: status for status, words in _EMPLOYMENT_WORDS.items() for word in words}
#: ...and those words at the start of a longer answer, the longest tried first ("full time
#: student since 2024" is studying, not "full time").
_EMPLOYMENT_LONGEST_FIRST = sorted((w for w in _EMPLOYMENT if w.isascii()), key=len, reverse=True)


def employment(value: Any) -> str | None:
    """A student's employment now: "employed", "unemployed" or "studying"; from yes or no
    as ``yes_no`` reads them (a "Currently employed?" column), or a status as lists write
    it ("Unemployed", "Full-time", "Student", "待業")."""
    try:
        answer = yes_no(value)
    except BadValueError:
        text = folded_words(clean_text(value) or "")
        if text in _EMPLOYMENT:
            return _EMPLOYMENT[text]
        said = next((phrase for phrase in _EMPLOYMENT_LONGEST_FIRST
                     if text.startswith(phrase + " ")), None)  # "Unemployed since June"
        if said is not None:
            return _EMPLOYMENT[said]
        raise BadValueError("bad_yes_no", msg(
            "'{value}' is not an employment status CareerDesk can read (Y/N, Employed, "
            "Unemployed, Student).", value=value)) from None
    return None if answer is None else ("employed" if answer else "unemployed")


def whole_number(value: Any, *, low: int = 0, high: int = 1_000_000) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise BadValueError("bad_number", msg("TRUE or FALSE is not a number."))
    try:
        number = float(clean_text(value) or "")
    except ValueError:
        raise BadValueError("bad_number", msg("'{value}' is not a number.",
                                              value=value)) from None
    if not number.is_integer() or not low <= number <= high:
        raise BadValueError("bad_number", msg(
            "{value} is not a whole number from {low} to {high}.", value=value, low=low,
            high=high))
    return int(number)


_YEAR_WORDS = re.compile(r"(?:year|yr\.?|y)?\s*(\d{1,2})\s*(?:st|nd|rd|th)?\s*(?:year|yr\.?)?"
                         r"(?:\s*of\s*study)?", re.IGNORECASE)
CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                   "九": 9, "十": 10}
_NUMBER_TEXT = re.compile(r"[\d.]+")
_CHINESE_YEAR = re.compile(r"([一二三四五六七八九十]|\d{1,2})\s*年級|大([一二三四五六])")


#: Years written as words: "Year Three", "Third year".
_YEAR_NUMBERS = {word: number for number, words in enumerate(
    (("one", "first"), ("two", "second"), ("three", "third"), ("four", "fourth"),
     ("five", "fifth"), ("six", "sixth")), start=1) for word in words}
_YEAR_AS_WORD = re.compile(r"(?:year|yr)\s+(\w+)|(\w+)\s+(?:year|yr)", re.IGNORECASE)
#: What may come before the year: the degree's short name ("PhD Year 1", "BEng Year 3").
_BEFORE_THE_YEAR = re.compile(r"^[A-Za-z().]{2,10}\s+(?=(?:year|yr)\s*\d)", re.IGNORECASE)
#: What may follow the year: its academic year "(2025/26)", "of 4", "/4".
_AFTER_THE_YEAR = re.compile(
    r"\s*(?:\([^)]*\)|（[^）]*）|of\s+\d|/\s*\d|/\s*final(?:\s+year)?)\s*$", re.IGNORECASE)


def year_of_study(value: Any) -> int | None:
    """1 to 10, from a number or as people write it: "Year 3", "3rd year", "Y3", "Year
    Three", "Third year", "Year 3 (2025/26)", "3/4", "Year 2 of 4", "三年級", "大三"."""
    if is_blank(value):
        return None
    if isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value.strip()):
        text = _BEFORE_THE_YEAR.sub("", _AFTER_THE_YEAR.sub("", clean_text(value) or ""))
        written = _YEAR_WORDS.fullmatch(text)
        chinese = _CHINESE_YEAR.fullmatch(text)
        in_words = _YEAR_AS_WORD.fullmatch(text)
        if written:
            value = written.group(1)
        elif chinese:
            digit = chinese.group(1) or chinese.group(2)
            value = CHINESE_DIGITS.get(digit) or digit
        elif in_words and (in_words.group(1) or in_words.group(2)).casefold() in _YEAR_NUMBERS:
            value = _YEAR_NUMBERS[(in_words.group(1) or in_words.group(2)).casefold()]
        elif not _NUMBER_TEXT.fullmatch(text):
            raise BadValueError("bad_year", msg(
                "'{text}' is not a year of study CareerDesk can read (1 to 10, \"Year 3\", "
                "\"三年級\").", text=value))
        else:
            value = text
    return whole_number(value, low=1, high=10)


_MONTHS_WRITTEN = re.compile(r"(\d{1,3})\s*(months?|mths?|mos?|個月|月|years?|yrs?|年)",
                             re.IGNORECASE)
_HALF_YEAR = {"half a year", "half year", "半年"}


#: How a months column says none at all: "Nil" work experience is none (where "N/A" or
#: "TBC" gives no answer).
_NO_MONTHS = {"nil", "none", "no", "沒有", "無", "冇", "零"}


def months(value: Any) -> int | None:
    """Whole months (0 to 600), from a number or as people write them: "6 months", "6個月",
    "1 year" (12), "half a year" (6), "Nil" (0)."""
    if isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value.strip()):
        text = _REMARK_AFTER.sub("", (clean_text(value) or "").casefold())  # "3 (part-time)"
        written = _MONTHS_WRITTEN.fullmatch(text)
        if text in _NO_MONTHS:
            return 0
        if not_given(text):
            return None
        if text in _HALF_YEAR:
            value = 6
        elif written:
            count, unit = int(written.group(1)), written.group(2)
            value = count * 12 if unit.startswith(("y", "年")) else count
    return whole_number(value, low=0, high=600)


#: A salary as written: "HK$18,000", "$18,000 / month", "18000.00", "18k", "港幣18,000元".
_SALARY = re.compile(r"(?:hk\$|hkd|\$|港幣|港元)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*(k)?"
                     r"\s*(?:hkd|元)?\s*(?:(?:/|per|a|每)\s*(?:month|mth|月))?", re.IGNORECASE)


def monthly_salary(value: Any) -> Decimal | None:
    """A monthly salary in Hong Kong dollars, from a number or as written ("HK$18,000",
    "18k", "$18,000 / month")."""
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        amount = Decimal(str(value))
    else:
        text = (clean_text(value) or "").casefold()
        if not_given(text):
            return None
        written = _SALARY.fullmatch(text)
        if written is None:
            raise BadValueError("bad_salary", msg(
                "'{text}' is not a monthly salary CareerDesk can read (18000, HK$18,000).",
                text=value))
        amount = Decimal(written.group(1).replace(",", "") + (written.group(2) or ""))
        if written.group(3):
            amount *= 1000
    if not 0 <= amount < 10_000_000:
        raise BadValueError("bad_salary", msg(
            "{value} is not a monthly salary CareerDesk can read (18000, HK$18,000).",
            value=value))
    return amount.quantize(Decimal("0.01"))


_AWARDS = (
    ("doctorate", ("phd", "ph d", "doctor", "doctorate", "dphil", "edd", "dba", "engd",
                   "deng", "博士")),
    ("master", ("master", "msc", "mphil", "ma ", "mba", "meng", "tpg ", "taught postgraduate",
                "授課式研究生", "碩士")),
    ("sub_degree", ("higher diploma", "associate", "sub degree", "subdegree", "diploma",
                    "hd ", "ad ", "高級文憑", "副學士", "文憑")),
    ("bachelor", ("bachelor", "degree", "beng", "bsc", "bba", "ba ", "bachelors", "undergraduate",
                  "ug ", "學士", "本科", "學位")),
)


def award_level(value: Any) -> str | None:
    """Sub-degree, bachelor, master or doctorate, from the award or the programme's title."""
    text = clean_text(value)
    if text is None:
        return None
    folded = " " + re.sub(r"[\W_]+", " ", text.casefold()) + " "
    for level, words in _AWARDS:
        if any(f" {word.strip()} " in folded or (not word.isascii() and word in folded)
               for word in words):
            return level
    raise BadValueError("bad_award", msg(
        "'{text}' is not an award level CareerDesk knows (sub-degree, bachelor, master or "
        "doctorate).", text=text))


def folded_words(text: str) -> str:
    """Case-free words, punctuation and spacing aside: "No-show" → "no show"."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


#: A graduate's outcome as surveys and people write it (folded words), by its value.
_OUTCOME_WORDS: dict[str, tuple[str, ...]] = {
    "employed_full_time": ("employed full time", "employed full-time", "full time employment",
                           "full time employed", "full time job", "full time work",
                           "full time", "employed ft", "ft employment", "employed",
                           "全職", "全職工作", "全職就業", "已就業"),
    "employed_part_time": ("employed part time", "part time employment", "part time employed",
                           "part time job", "part time work", "part time", "employed pt",
                           "兼職", "兼職工作", "兼職就業"),
    "further_study": ("further study", "further studies", "continuing education",
                      "continuing study", "postgraduate study", "graduate school",
                      "studying", "study", "升學", "繼續升學", "進修", "繼續進修"),
    "service_military": ("service military", "service or military", "military",
                         "military service", "service", "volunteer service", "national service",
                         "服務", "服役", "志願服務"),
    "seeking": ("seeking", "seeking work", "seeking employment", "job seeking",
                "unemployed and seeking", "looking for work", "unemployed", "求職",
                "正在求職", "待業", "失業"),
    "not_seeking": ("not seeking", "not seeking work", "not seeking employment",
                    "not looking for work", "not in labour force", "沒有求職", "不求職",
                    "暫不求職"),
    "unknown": ("unknown", "no response", "not known", "n a", "na", "不詳", "未知", "沒有回覆"),
}
_OUTCOMES = {folded_words(word): value for value, words in _OUTCOME_WORDS.items()
             for word in words}


def graduate_outcome(value: Any) -> str | None:
    """A graduate's outcome after graduation, as surveys write it ("Full-time employment",
    "Further studies", "升學", "Seeking work"), as its stored value."""
    if is_blank(value):
        return None
    text = folded_words(clean_text(value) or "")
    if text.replace(" ", "_") in _OUTCOME_WORDS:
        return text.replace(" ", "_")
    if text in _OUTCOMES:
        return _OUTCOMES[text]
    raise BadValueError("bad_outcome", msg(
        "'{value}' is not a graduate outcome CareerDesk can read (employed full-time, "
        "employed part-time, further study, service or military, seeking work, not seeking "
        "work, unknown).", value=value))


# -- Hong Kong identity card numbers ------------------------------------------------------------
_HKID = re.compile(r"([A-Z]{1,2})(\d{6})\(?([0-9A])\)?")


def hkid(value: Any) -> str | None:
    """A Hong Kong identity card number as written ("A123456(3)", "a1234563", "AB 987654 (2)")
    → "A123456(3)", its check digit checked (the letters count 10-35, a single letter is
    led by a space that counts 36; weights 9 to 2; the sum with the check digit, A for 10,
    is a multiple of 11)."""
    if is_blank(value):
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not_given(text):
        return None
    compact = re.sub(r"[\s-]", "", text).upper()
    found = _HKID.fullmatch(compact)
    if found is None:
        raise BadValueError("bad_hkid", msg(
            "'{text}' is not a Hong Kong identity card number (one or two letters, six digits "
            "and a check digit, as A123456(3)).", text=text))
    letters, digits, check = found.groups()
    if hkid_check_digit(letters, digits) != check:
        raise BadValueError("bad_hkid", msg(
            "'{text}' is not a Hong Kong identity card number: its check digit does not match; "
            "check it against the card.", text=text))
    return f"{letters}{digits}({check})"


def hkid_check_digit(letters: str, digits: str) -> str:
    values = [36] * (2 - len(letters)) + [ord(letter) - 55 for letter in letters]
    total = sum(value * weight for value, weight in zip(
        [*values, *map(int, digits)], range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def masked_hkid(stored: str | None) -> str | None:
    """An identity card number as shown everywhere but the student form: its letters and
    first three digits ("A123***(*)")."""
    if not stored:
        return stored
    found = _HKID.fullmatch(stored.replace(" ", ""))
    return f"{found.group(1)}{found.group(2)[:3]}***(*)" if found else "***"
