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


def test_with_no_system_font_the_shipped_one_prints_names(monkeypatch) -> None:  # noqa: ANN001
    from careerdesk.reports import fonts

    monkeypatch.setattr(fonts, "CANDIDATES", {})
    monkeypatch.setattr(fonts, "_fontconfig_fonts", lambda: [])
    font = find_chinese_font()
    assert font.path == fonts.BUNDLED and font.can_draw("陳大文 麥梓軒 郭詠筠 CHAN")
    monkeypatch.setattr(fonts, "BUNDLED", Path("/nowhere/font.ttf"))
    with pytest.raises(NoChineseFontError, match="No font on this computer"):
        find_chinese_font()


@pytest.mark.parametrize("typed, escaped", [
    ("<b>CHAN</b> & Co", "&lt;b&gt;CHAN&lt;/b&gt; &amp;"),
    ('<img src="x.png"/>', "&lt;img src="),
    ("<font size=40>", "&lt;font size=40&gt;"),
])
def test_user_text_is_never_markup(typed: str, escaped: str) -> None:
    made = plain(typed)
    assert escaped in made and typed not in made
    assert plain(None) == ""
    assert plain("陳大文 CHAN") == '陳大文<font face="Helvetica"> CHAN</font>'


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


def test_the_shipped_font_prints_mixed_names(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    import shutil
    import subprocess

    from careerdesk.reports import fonts
    from careerdesk.reports.document import ReportSettings, build_pdf, long_table, styles

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    monkeypatch.setattr(fonts, "CANDIDATES", {})
    monkeypatch.setattr(fonts, "_fontconfig_fonts", lambda: [])
    settings = ReportSettings(font=find_chinese_font(), office="Career Centre 就業中心")
    assert settings.font.path == fonts.BUNDLED
    s = styles(settings.font)
    out = tmp_path / "droid.pdf"
    from reportlab.platypus import Paragraph

    build_pdf(out, [Paragraph(plain("CHAN Tai Man 陳大文 & <b>Co</b>"), s.body),
                    *long_table(["Name", "名"], [("WONG Siu Ming", "黃小明")], s, [200, 100])],
              settings, title="Fallback 測試", subject="fonts")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("CHAN Tai Man", "陳大文", "<b>Co</b>", "WONG Siu Ming", "黃小明",
                     "Career Centre", "就業中心", "Page 1 of 1"):
        assert expected in text, expected
