"""The universities CareerDesk knows from the start, with the names people type for them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class UniversitySeed:
    code: str
    name_en: str
    name_zh: str
    aliases: tuple[str, ...]
    #: Students' email domains (a domain matches itself and its subdomains).
    email_domains: tuple[str, ...] = ()


UNIVERSITIES: tuple[UniversitySeed, ...] = (
    UniversitySeed(
        "CUHK", "The Chinese University of Hong Kong", "香港中文大學",
        ("Chinese University of Hong Kong", "Chinese Univ. of HK", "Chinese Univ of Hong Kong",
         "Chinese University", "Chinese U", "CU", "中大", "香港中文大学", "中文大學"),
        ("cuhk.edu.hk",),
    ),
    UniversitySeed(
        "CityU", "City University of Hong Kong", "香港城市大學",
        ("City U", "CityUHK", "CityU HK", "City Univ. of HK", "City University",
         "City Univ", "城大", "香港城市大学", "城市大學"),
        ("cityu.edu.hk", "cityuhk.edu.hk"),
    ),
    UniversitySeed(
        "HKBU", "Hong Kong Baptist University", "香港浸會大學",
        ("Baptist University", "Baptist U", "BU", "HK Baptist University", "HK Baptist U",
         "浸大", "香港浸会大学", "浸會大學"),
        ("hkbu.edu.hk",),
    ),
    UniversitySeed(
        "PolyU", "The Hong Kong Polytechnic University", "香港理工大學",
        ("Hong Kong Polytechnic University", "HK Polytechnic University", "HK PolyU",
         "PolyU HK", "HKPU", "Poly U", "理大",
         "香港理工大学", "理工大學"),
        ("polyu.edu.hk", "polyu.hk"),
    ),
    UniversitySeed(
        "HKUST", "The Hong Kong University of Science and Technology", "香港科技大學",
        ("Hong Kong University of Science and Technology",
         "HK University of Science and Technology", "UST", "HK UST", "科大", "港科大",
         "香港科技大学", "科技大學"),
        ("ust.hk", "hkust.edu.hk"),
    ),
    UniversitySeed(
        "HKU", "The University of Hong Kong", "香港大學",
        ("University of Hong Kong", "HK U", "Univ. of HK", "Univ. of Hong Kong",
         "University of HK", "Hong Kong University",
         "HK University", "港大", "香港大学"),
        ("hku.hk", "hku.edu.hk"),
    ),
)

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def alias_key(text: str) -> str:
    """How an alias is compared: full-width folded, case-free, "&" read as "and", no
    punctuation or spaces, without a leading "The", and its words' short forms written out
    ("HK" Hong Kong, "Univ."/"U." University, "Poly" Polytechnic, "Sci." Science, "Tech."
    Technology): "HK Univ. of Sci. & Tech." is "Hong Kong University of Science and
    Technology". A name written as one word ("HKU", "PolyU") stays as it is."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ").strip()
    if folded.startswith("the "):
        folded = folded[4:]
    words = _NOT_WORD.sub(" ", folded).split()
    if len(words) > 1 and any(len(word) > 1 for word in words):  # ("C.U.H.K.": letters)
        words = [_SHORT_FORMS.get(word, word) for word in words]
    return "".join(words)


#: Short forms of the words in universities' names, and the words they stand for.
_SHORT_FORMS = {"hk": "hongkong", "univ": "university", "uni": "university",
                "u": "university", "poly": "polytechnic", "polytech": "polytechnic",
                "sci": "science", "tech": "technology", "techn": "technology",
                "edu": "education", "ed": "education", "metro": "metropolitan"}


_PARTS = re.compile(r"[()（）\[\]【】|/]| [-–—] ")


def alias_key_parts(text: str) -> list[str]:
    """The keys of the names a text joins: "The Chinese University of Hong Kong (CUHK)",
    "CUHK - 香港中文大學" and "HKU / 香港大學" each name one university twice. A reader
    takes the university when every part names the same one ("CUHK (Shenzhen)" does not)."""
    return [key for part in _PARTS.split(text) if (key := alias_key(part))]


def seed_aliases(seed: UniversitySeed) -> list[str]:
    """Every alias stored for a seeded university: code, both names and the listed aliases."""
    names = [seed.code, seed.name_en, seed.name_zh, *seed.aliases]
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(alias_key(name), name)
    return list(seen.values())


def builtin_aliases() -> dict[str, str]:
    """Alias key → code for every name above. Readers consult these besides the aliases
    stored in the database, which hold only the names known when the database was made:
    a name added here reaches every database at once."""
    return {alias_key(alias): seed.code for seed in UNIVERSITIES
            for alias in seed_aliases(seed)}


def email_domains() -> dict[str, str]:
    """Email domain → university code, for the seeded universities."""
    return {domain: seed.code for seed in UNIVERSITIES for domain in seed.email_domains}
