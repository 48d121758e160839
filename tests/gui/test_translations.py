"""The Traditional Chinese translation is complete and compiled into the package."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_is_translated() -> None:
    source = ROOT / "resources" / "translations" / "careerdesk_zh_HK.ts"
    unfinished = [m.findtext("source") for m in ET.parse(source).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    compiled = ROOT / "src" / "careerdesk" / "gui" / "i18n" / "careerdesk_zh_HK.qm"
    assert compiled.stat().st_mtime >= source.stat().st_mtime - 5


def test_qts_own_words_are_in_traditional_chinese_for_hong_kong(qapp) -> None:  # noqa: ANN001
    """The import window's Back, Next and Cancel are Qt's words: Qt has no Hong Kong
    translation, so its Taiwan one is used (Traditional Chinese, not English)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from careerdesk.gui.app import install_translators

    installed = install_translators(qapp, QLocale("zh_HK"))
    try:
        assert len(installed) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
