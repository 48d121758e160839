"""Reading .csv and .txt files: the encoding and the separator are found, not asked.

Encodings, in order: a byte-order mark (UTF-8, UTF-16 as Excel's "Unicode Text"), UTF-8,
UTF-16 without a mark, then charset-normalizer choosing among the encodings Hong Kong
offices produce (Big5-HKSCS, Big5, GB18030, Windows code pages): between the Chinese ones
only, when the text is written in one of them. The separator is the
one of comma, semicolon and tab that splits the first lines most consistently.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from careerdesk.io.problems import UnreadableFileError, too_large
from careerdesk.io.table import RawSheet
from careerdesk.messages import msg

MAX_TEXT_BYTES = 500_000_000
# A cell may be as long as the file may be (a pasted essay, a 100,000-column heading row):
# Python's csv stops at 131,072 characters, which came out as "an unexpected problem".
csv.field_size_limit(MAX_TEXT_BYTES)
_SEPARATORS = (",", ";", "\t", "|")
_CANDIDATE_ENCODINGS = ("big5hkscs", "big5", "cp950", "gb18030", "cp1252", "latin_1")


def read_text_table(path: Path) -> RawSheet:
    with path.open("rb") as handle:  # never more than the limit is read
        data = handle.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise too_large(path.name)
    text = decode(data, path.name)
    if "\x00" in text:
        raise UnreadableFileError("not_a_spreadsheet", msg(
            "{file} is not a text or CSV file that CareerDesk can read.", file=path.name))
    stray_bytes = UNDECODABLE in text and not _utf8(data)  # (replaced: see ``decode``)
    del data  # (a large file is held once, as its text, while its rows are made)
    separator = detect_separator(text)
    reader = csv.reader(_lines(text), delimiter=separator)
    try:
        rows = _shared_repeats(reader)
    except csv.Error as exc:
        raise UnreadableFileError("file_unreadable", msg(
            "{file} is not a well-formed CSV file ({reason}).", file=path.name,
            reason=str(exc))) from exc
    sheet = RawSheet(path.stem, rows, separator=separator)
    if stray_bytes:
        for row_index, row in enumerate(rows):
            for column, cell in enumerate(row):
                if UNDECODABLE in cell:
                    sheet.problems[(row_index, column)] = "undecodable"
    return sheet


UNDECODABLE = "\ufffd"  # what a byte that is not UTF-8 is read as, in a UTF-8 file


def _shared_repeats(reader: Iterator[list[str]]) -> list[list[str]]:
    """Every row; in a column whose first rows repeat their values (a university, a
    faculty, a date, "Y"), each value is one string however often it comes. A million-row
    list then holds its repeated cells once: some 300 MB less."""
    rows = list(islice(reader, _FIRST_ROWS))
    width = max(map(len, rows), default=0)
    repeating = [column for column in range(width)
                 if len({row[column] for row in rows if column < len(row)}) * 2 < len(rows)]
    if not repeating or len(rows) < _FIRST_ROWS:
        rows += reader
        return rows
    kept: list[dict[str, str]] = [{} for _ in repeating]
    for row in rows:
        _share(row, repeating, kept)
    for row in reader:
        _share(row, repeating, kept)
        rows.append(row)
    return rows


def _share(row: list[str], columns: list[int], kept: list[dict[str, str]]) -> None:
    for column, values in zip(columns, kept, strict=True):
        if column < len(row):
            value = row[column]
            row[column] = values.setdefault(value, value)


#: The rows that tell which columns repeat their values.
_FIRST_ROWS = 1_000


def _lines(text: str) -> Iterator[str]:
    """The text's lines, their endings kept (a quoted cell may hold a line break), made one
    at a time: a copy of a 140 MB file's text (``io.StringIO`` keeps four bytes a
    character) or a list of its million lines would cost more than its rows. A file whose
    lines end in a lone carriage return (an old Mac's) is split on those."""
    if "\n" not in text and "\r" in text:
        yield from text.splitlines(keepends=True)
        return
    start, end = 0, text.find("\n")
    while end >= 0:
        yield text[start:end + 1]
        start, end = end + 1, text.find("\n", end + 1)
    if start < len(text):
        yield text[start:]


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, name: str) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFileError("file_bad_encoding", msg(
                    "{file} says it is {encoding} text but is not; it may be damaged.",
                    file=name, encoding=encoding.upper())) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # UTF-8 but for a stray byte: the byte costs its cell, not the file
        return data.decode("utf-8", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    return _guess_legacy_encoding(data, name)


_STRAY = re.compile("[\udc80-\udcff]")
_BEYOND_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 throughout but for a few bytes (a remark typed in a Western program, "Café",
    pasted into a UTF-8 list of Chinese names): many characters beyond ASCII read as UTF-8,
    and a handful of bytes that do not. A file in a legacy code page has no such
    characters, or far fewer than bytes that are not UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(text))
    good = len(_BEYOND_ASCII.findall(text))
    return good >= 10 and stray <= max(4, good // 50)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    zeros_odd = sample[1::2].count(0) / (len(sample) / 2)
    zeros_even = sample[0::2].count(0) / (len(sample) / 2)
    encoding = "utf-16-le" if zeros_odd > 0.3 else "utf-16-be" if zeros_even > 0.3 else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


#: Two bytes above ASCII side by side: a Chinese character in Big5 or GB18030 (Western
#: text in a Windows code page has its accented letters one at a time, between others).
_DOUBLE_BYTE = re.compile(rb"[\x80-\xff]{2}")
_CHINESE_ENCODINGS = ("big5hkscs", "gb18030")


def _guess_legacy_encoding(data: bytes, name: str) -> str:
    """A Chinese encoding when the text is written in one (its characters are byte pairs
    and it reads as one throughout), charset-normalizer choosing between Big5 and GB18030;
    otherwise charset-normalizer choosing among all. (Left to choose among all, it took a
    Big5 list of English names with a few Chinese ones for Western text.)"""
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    candidates = list(_CANDIDATE_ENCODINGS)
    if _DOUBLE_BYTE.search(sample):
        chinese = [e for e in _CHINESE_ENCODINGS if _reads_as(sample, e)]
        candidates = chinese or candidates
    best = (from_bytes(sample, cp_isolation=candidates).best() if len(candidates) > 1
            else None)
    encodings = ([best.encoding] if best else []) + candidates + list(_CANDIDATE_ENCODINGS)
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise UnreadableFileError("file_bad_encoding", msg(
        "{file} is text in an encoding CareerDesk cannot recognise; save it from Excel as "
        "'CSV UTF-8' and import it again.", file=name))


def _reads_as(sample: bytes, encoding: str) -> bool:
    """Whether ``sample`` (perhaps cut in the middle of a character) is text in
    ``encoding``."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def detect_separator(text: str) -> str:
    head = text[:1 << 16]  # (the first lines tell; a list of every line would cost much)
    lines = head.splitlines()[:31]
    if len(text) > len(head) and len(lines) > 1:
        lines = lines[:-1]  # (the last may be cut short)
    lines = [line for line in lines[:30] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for separator in _SEPARATORS:
        counts = [len(next(csv.reader([line], delimiter=separator))) for line in lines]
        common = max(set(counts), key=counts.count)
        if common < 2:
            continue
        score = counts.count(common) / len(counts) * 100 + common
        if score > best_score:
            best, best_score = separator, score
    return best
