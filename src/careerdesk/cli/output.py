"""Printing results for people (aligned text) and for scripts (JSON)."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO


def print_json(data: Any, stream: TextIO | None = None) -> None:
    """Indented for a person at a terminal; one line for a script or a file, written by
    json's C encoder (the indenting one is pure Python: seconds for a 100,000-row import's
    issues)."""
    stream = stream or sys.stdout
    indent = 2 if stream.isatty() else None
    stream.write(json.dumps(data, ensure_ascii=False, indent=indent, default=str))
    stream.write("\n")


def display_width(text: str) -> int:
    """Columns a terminal uses for ``text``: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    cells = [[("" if value is None else str(value)) for value in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths,
                                                                          strict=True)).rstrip()

    stream.write(line(headers) + "\n")
    stream.write(line(["-" * w for w in widths]) + "\n")
    for row in cells:
        stream.write(line(row) + "\n")
