"""When two ways of writing a faculty name the same faculty."""

from __future__ import annotations

import re
import unicodedata

#: "Faculty of", "School of", "College of" before a faculty's subject, or "Faculty",
#: "School", "College" after it: people write them or leave them out.
_UNIT_WORDS = re.compile(r"^(?:the )?(?:faculty|school|college) of (?:the )?"
                         r"| (?:faculty|school|college)$")
_NOT_WORD = re.compile(r"[\W_]+")


def faculty_key(name: str) -> str:
    """How faculty names are compared within a university: "Faculty of Engineering",
    "Engineering", "engineering faculty" and "School of Engineering" are one faculty;
    "Business & Economics" is "Business and Economics"; case, spacing and punctuation
    aside."""
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
                      .split())
    return _NOT_WORD.sub("", _UNIT_WORDS.sub("", folded)) or _NOT_WORD.sub("", folded)
