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
