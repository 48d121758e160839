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
            if char.isspace() or char in found:
                continue
            if ord(char) not in face.charToGlyph:
                found.append(char)
        return "".join(found)


class NoChineseFontError(RuntimeError):
    """No font on this computer can draw Chinese names."""


def find_chinese_font(preferred: str | Path | None = None) -> ReportFont:
    """The first usable font: the one chosen in Settings, then the system's usual ones."""
    tried: list[tuple[Path, int]] = []
    if preferred:
        tried.append((Path(preferred), 0))
    tried += [(Path(p), i) for p, i in CANDIDATES.get(_platform(), [])]
    tried += _fontconfig_fonts()
    for path, subfont in tried:
        font = _load(path, subfont)
        if font is not None and font.can_draw(PROBE):
            return font
    raise NoChineseFontError(
        "No font on this computer can print Chinese names: install a Traditional Chinese "
        "TrueType font (for example Microsoft JhengHei, or AR PL UMing on Linux) or choose "
        "one in Settings.")


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
