"""A Chinese font that reportlab can embed, and what it cannot draw.

reportlab embeds TrueType outlines only: fonts with PostScript (CFF) outlines, such as
Noto Sans CJK, fail to load and are passed over. Names must print with the font
embedded (never a non-embedded CID font, which some viewers map to the wrong
characters), and the text layer then holds the real characters.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

#: Fonts tried in order: Traditional Chinese first, with TrueType outlines.
CANDIDATES: dict[str, list[tuple[str, int]]] = {
    "win32": [("C:/Windows/Fonts/msjh.ttc", 0), ("C:/Windows/Fonts/mingliub.ttc", 0),
              ("C:/Windows/Fonts/mingliu.ttc", 0), ("C:/Windows/Fonts/msyh.ttc", 0)],
    "darwin": [("/System/Library/Fonts/Supplemental/Songti.ttc", 0),
               ("/Library/Fonts/Arial Unicode.ttf", 0),
               ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0)],
    "linux": [("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
              ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
              ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
              ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0)],
}
PROBE = "陳大文"
#: Shipped with CareerDesk (Apache 2.0): the last resort, so names always print.
BUNDLED = Path(__file__).with_name("assets") / "DroidSansFallbackFull.ttf"


LATIN = "Helvetica"  # one of PDF's standard fonts: Western text, never embedded
_LATIN_CACHE: dict[str, bool] = {}


def is_latin(char: str) -> bool:
    """Whether Helvetica draws ``char`` (Windows-1252, the standard fonts' encoding)."""
    known = _LATIN_CACHE.get(char)
    if known is None:
        try:
            char.encode("cp1252")
            known = True
        except UnicodeEncodeError:
            known = False
        _LATIN_CACHE[char] = known
    return known


def split_runs(text: str, chinese: str) -> list[tuple[str, str]]:
    """``text`` as (font name, piece) runs: Western letters in Helvetica, the rest in the
    Chinese font, so names print whatever Latin glyphs the Chinese font has (or lacks)."""
    if text.isascii():
        return [(LATIN, text)] if text else []  # the usual case, fast
    runs: list[tuple[str, str]] = []
    for char in text:
        font = LATIN if is_latin(char) else chinese
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def mixed_width(text: str, chinese: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if text.isascii():
        return stringWidth(text, LATIN, size)
    return sum(stringWidth(piece, font, size) for font, piece in split_runs(text, chinese))


@dataclass(frozen=True)
class ReportFont:
    name: str  # as registered with reportlab
    path: Path
    subfont: int

    def can_draw(self, text: str) -> bool:
        return not self.missing(text)

    def missing(self, text: str) -> str:
        """The characters of ``text`` this font has no glyph for (in order, once each)."""
        face = pdfmetrics.getFont(self.name).face
        found = []
        for char in text:
            if char.isspace() or char in found or is_latin(char):
                continue
            if ord(char) not in face.charToGlyph:
                found.append(char)
        return "".join(found)


class NoChineseFontError(RuntimeError):
    """No font on this computer can draw Chinese names."""


def find_chinese_font(preferred: str | Path | None = None) -> ReportFont:
    """The first usable font: the one chosen in Settings, the system's usual ones, then
    the one CareerDesk ships."""
    tried: list[tuple[Path, int]] = []
    if preferred:
        tried.append((Path(preferred), 0))
    tried += [(Path(p), i) for p, i in CANDIDATES.get(_platform(), [])]
    tried += _fontconfig_fonts()
    tried.append((BUNDLED, 0))
    for path, subfont in tried:
        font = _load(path, subfont)
        if font is not None and font.can_draw(PROBE):
            return font
    raise NoChineseFontError(
        "No font on this computer can print Chinese names, and the font CareerDesk ships is "
        "missing; reinstall CareerDesk, or install a Traditional Chinese TrueType font (for "
        "example Microsoft JhengHei) and choose it in Settings.")


def unprintable(font: ReportFont, texts: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(whose text, the characters the font cannot draw) for every text with such characters.

    Reports list these to the user before printing, never draw empty boxes silently.
    """
    return [(owner, missing) for owner, text in texts if text and (missing := font.missing(text))]


def _load(path: Path, subfont: int) -> ReportFont | None:
    if not path.is_file():
        return None
    name = f"CareerDeskCJK-{path.stem}-{subfont}"
    try:
        pdfmetrics.getFont(name)
    except KeyError:
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=subfont))
        except (TTFError, OSError, ValueError, KeyError):
            return None  # PostScript outlines, or a damaged file
    return ReportFont(name, path, subfont)


def _platform() -> str:
    return "win32" if os.name == "nt" else ("darwin" if sys.platform == "darwin" else "linux")


def _fontconfig_fonts() -> list[tuple[Path, int]]:
    if not shutil.which("fc-list"):
        return []
    try:
        listed = subprocess.run(["fc-list", ":lang=zh-hk", "file", "index"],
                                capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    fonts = []
    for line in listed.splitlines():
        path, _, rest = line.partition(":")
        index = rest.split("=")[-1].strip() if "index=" in rest else "0"
        fonts.append((Path(path.strip()), int(index) if index.isdigit() else 0))
    return fonts
