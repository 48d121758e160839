"""When two ways of writing a faculty name the same faculty."""

from __future__ import annotations

import re
import unicodedata

#: "Faculty of", "School of", "College of" before a faculty's subject, or "Faculty",
#: "School", "College" after it: people write them or leave them out.
_UNIT_WORDS = re.compile(r"^(?:the )?(?:faculty|school|college) of (?:the )?"
                         r"| (?:faculty|school|college)$")
_NOT_WORD = re.compile(r"[\W_]+")
_BRACKETED = re.compile(r"\s*\([^)]*\)")
#: Other names lists give a faculty: "Engg", the universities' own codes for their
#: engineering and science faculties (CUHK's ERG, HKUST's SENG and SSCI, PolyU's FENG,
#: CityU's CENG), and their Chinese names (工程學院, HKUST's and CityU's 工學院, 理學院).
_SHORT_FORMS = {"engg": "engineering", "erg": "engineering", "seng": "engineering",
                "feng": "engineering", "ceng": "engineering", "sci": "science",
                "ssci": "science", "工程學院": "engineering", "工學院": "engineering",
                "理學院": "science"}


def faculty_key(name: str) -> str:
    """How faculty names are compared within a university: "Faculty of Engineering",
    "Engineering", "engineering faculty", "School of Engineering", "Faculty of Engg",
    "SENG" and "School of Engineering (SENG)" are one faculty; "Business & Economics" is
    "Business and Economics"; case, spacing and punctuation aside."""
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
                      .split())
    folded = _BRACKETED.sub("", folded).strip() or folded  # "… (SENG)": its short form
    key = _NOT_WORD.sub("", _UNIT_WORDS.sub("", folded)) or _NOT_WORD.sub("", folded)
    return _SHORT_FORMS.get(key, key)
