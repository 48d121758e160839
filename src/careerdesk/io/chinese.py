"""Simplified and Traditional Chinese, converted by OpenCC's own dictionaries (the `opencc`
package): headings written in Simplified Chinese are read as their Traditional forms, and a
name typed in either script finds the one stored in the other (``core.domain.finding``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@cache
def converter(config: str) -> Callable[[str], str]:
    """OpenCC's conversion by name ("s2t", "s2hk", "t2s"), its dictionaries loaded once."""
    import opencc  # (only once Chinese is met: it loads its dictionaries)

    return opencc.OpenCC(config).convert


def as_traditional(text: str) -> str:
    """``text`` with its Simplified characters in their Traditional forms ("学号" →
    "學號"); text with no Chinese is returned as it is, without loading anything."""
    return converter("s2t")(text) if _HAN.search(text) else text
