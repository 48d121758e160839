#!/usr/bin/env python3
"""Refresh the translation sources from the code, then compile them for the app.

    .venv/bin/python scripts/update_translations.py

Runs pyside6-lupdate over the package (new strings are added to each .ts file in
resources/translations, marked unfinished for the translator to fill in with Qt
Linguist), then pyside6-lrelease into src/careerdesk/gui/i18n, which ships in the package.
English needs only its plural forms (``careerdesk_en.ts``, made with ``-pluralonly``):
they are filled in here from the source's own "(s)" ("%n row(s)" gives "%n row" and "%n
rows"), so nobody writes them by hand.
It finds the window's ``self.tr("…")`` and ``QCoreApplication.translate(…)``, and the
core's ``msg("…")`` templates (``careerdesk.messages``), which lupdate is told to read as
``QT_TR_NOOP``: they land in the context with no name, where the window looks them up.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "src" / "careerdesk" / "gui" / "i18n"
TOOLS = Path(sys.executable).parent


def main() -> None:
    code = sorted(str(p) for p in (ROOT / "src" / "careerdesk").rglob("*.py")
                  if "migrations" not in p.parts)
    COMPILED.mkdir(exist_ok=True)
    for ts in sorted(SOURCES.glob("careerdesk_*.ts")):
        english = ts.stem == "careerdesk_en"
        subprocess.run([TOOLS / "pyside6-lupdate", *code, "-ts", ts, "-no-obsolete",
                        *(["-pluralonly"] if english else []),
                        "-tr-function-alias", "QT_TR_NOOP+=msg"], check=True)
        _drop_stray_comments(ts)
        if english:
            _fill_english_plurals(ts)
        else:
            _write_core_catalogue(ts)
        subprocess.run([TOOLS / "pyside6-lrelease", ts, "-qm", COMPILED / f"{ts.stem}.qm"],
                       check=True)


#: lupdate takes a "#:" comment as a note to translators for the next string; here "#:"
#: documents a module's attribute (Sphinx's way), and the note it gave was about something
#: else ("A date written as three numbers…" over "is not a date and time").
_STRAY_COMMENT = re.compile(r"^\s*<extracomment>.*?</extracomment>\n", re.MULTILINE | re.DOTALL)


def _drop_stray_comments(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    ts.write_text(_STRAY_COMMENT.sub("", text), encoding="utf-8")


_PLURAL = re.compile(
    r"<source>(?P<source>[^<]*)</source>\s*<translation[^>]*>.*?</translation>", re.DOTALL)


def _fill_english_plurals(ts: Path) -> None:
    """Each "%n thing(s)" as "%n thing" (one) and "%n things" (more)."""
    def forms(match: re.Match[str]) -> str:
        source = match.group("source")
        one, more = (re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source))
        return (f"<source>{source}</source>\n        <translation>\n"
                f"            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{more}</numerusform>\n        </translation>")

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_PLURAL.sub(forms, text), encoding="utf-8")


CATALOGUES = ROOT / "src" / "careerdesk" / "i18n"


def _write_core_catalogue(ts: Path) -> None:
    """The core's sentences (``msg`` templates, the context with no name) as JSON, for what
    says them without Qt: the command line's reports and letters."""
    import json
    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if (context.findtext("name") or "") != "":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            found[message.findtext("source")] = translation.text
    CATALOGUES.mkdir(exist_ok=True)
    language = ts.stem.removeprefix("careerdesk_")
    (CATALOGUES / f"{language}.json").write_text(
        json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
