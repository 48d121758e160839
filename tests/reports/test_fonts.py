"""A Chinese font reportlab can embed is found; what it cannot draw is named, not hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerdesk.reports.fonts import (
    NoChineseFontError,
    ReportFont,
    _load,
    find_chinese_font,
    unprintable,
)
from careerdesk.reports.text import plain

NOTO_CFF = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def test_a_truetype_chinese_font_is_found() -> None:
    font = find_chinese_font()
    assert isinstance(font, ReportFont)
    assert font.can_draw("陳大文 CHAN Tai Man")


@pytest.mark.skipif(not NOTO_CFF.exists(), reason="Noto Sans CJK (CFF outlines) not installed")
def test_fonts_with_postscript_outlines_are_passed_over() -> None:
    assert _load(NOTO_CFF, 0) is None
    font = find_chinese_font(preferred=NOTO_CFF)  # chosen in Settings, but unusable
    assert font.path != NOTO_CFF


def test_characters_a_font_lacks_are_listed_with_their_owner() -> None:
    font = find_chinese_font()
    problems = unprintable(font, [("1155000001 陳大文", "陳大文"),
                                  ("1155000002 emoji", "Ka Yan 😀"),
                                  ("1155000003 empty", "")])
    assert problems == [("1155000002 emoji", "😀")]


def test_a_missing_preferred_font_falls_back(tmp_path: Path) -> None:
    assert find_chinese_font(preferred=tmp_path / "none.ttf").can_draw("陳")


def test_no_font_at_all_is_one_sentence(monkeypatch) -> None:  # noqa: ANN001
    from careerdesk.reports import fonts

    monkeypatch.setattr(fonts, "CANDIDATES", {})
    monkeypatch.setattr(fonts, "_fontconfig_fonts", lambda: [])
    with pytest.raises(NoChineseFontError, match="No font on this computer"):
        find_chinese_font()


@pytest.mark.parametrize("typed, shown", [
    ("<b>CHAN</b> & Co", "&lt;b&gt;CHAN&lt;/b&gt; &amp; Co"),
    ('<img src="x.png"/>', '&lt;img src="x.png"/&gt;'),
    ("<font size=40>", "&lt;font size=40&gt;"), (None, ""),
])
def test_user_text_is_never_markup(typed, shown: str) -> None:  # noqa: ANN001
    assert plain(typed) == shown


def test_names_print_embedded_and_searchable(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    font = find_chinese_font()
    style = ParagraphStyle("name", fontName=font.name, fontSize=12)
    pdf = tmp_path / "names.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4).build(
        [Paragraph(plain(text), style) for text in ("陳大文 CHAN Tai Man", "<b>WONG</b> & Co")])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "陳大文" in text and "<b>WONG</b> & Co" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "yes" in fonts.splitlines()[-1].split()[-5:]  # embedded
