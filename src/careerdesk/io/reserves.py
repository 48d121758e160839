"""A reserve list: the students a faculty puts forward only when a nominee drops out.

Told by its heading, a list's title or a sheet's name: "Reserve list", "Waiting List (in
order)", "Back-up nominees:", "候補名單", "後備". (Small, with no imports of its own: the
choice of a workbook's sheet uses it before anything else is loaded.)
"""

from __future__ import annotations

import re

#: A heading, not a sentence about reserves ("Reserves are marked *").
_RESERVE = re.compile(r"(?:the\s+)?(?:reserves?|waiting[\s-]*list|wait[\s-]*list|"
                      r"back[\s-]*ups?|alternates?)(?:\s+(?:list|nominees?|students?|"
                      r"candidates?))?\s*[:：]?\s*(?:[(（][^)）]*[)）])?\s*[:：]?"
                      r"|[^A-Za-z]{0,4}(?:候補|後備|後補|備取)[^A-Za-z]{0,8}",
                      re.IGNORECASE)


def is_reserve_heading(text: str) -> bool:
    """Whether ``text`` (a row's only text, a title, a sheet's name) heads a reserve list."""
    return _RESERVE.fullmatch(" ".join(text.split())) is not None
