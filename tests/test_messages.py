"""The core's sentences: English as they are, and in the window's language through their
templates. Every template is written so the translation tools find it, and every
translation keeps its template's placeholders."""

from __future__ import annotations

import ast
import pickle
import string
import xml.etree.ElementTree as ET
from pathlib import Path

from careerdesk.messages import Message, listed, msg, sentences, translated

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "careerdesk"
TRANSLATIONS = ROOT / "resources" / "translations" / "careerdesk_zh_HK.ts"

CHINESE = {
    "'{text}' is not a complete email address.": "「{text}」不是完整的電郵地址。",
    "{problem} {outcome}": "{problem}{outcome}",
    "{first} {then}": "{first}{then}",
    "{first}, {then}": "{first}、{then}",
    "The row was imported without this value.": "此行已匯入，但不包括這個值。",
    "{count:,} rows.": "{count:,} 行。",
}


def chinese(template: str) -> str:
    return CHINESE.get(template, "")


def test_a_message_is_its_english_text() -> None:
    message = msg("'{text}' is not a complete email address.", text="chan@")
    assert message == "'chan@' is not a complete email address."
    assert isinstance(message, str)
    assert message.template == "'{text}' is not a complete email address."
    assert message.values == {"text": "chan@"}
    assert msg("{count:,} rows.", count=12345) == "12,345 rows."
    assert msg("Braces {{as written}}") == "Braces {{as written}}"  # no values: no formatting


def test_translated_fills_the_same_values_into_the_translation() -> None:
    message = msg("'{text}' is not a complete email address.", text="chan@")
    assert translated(message, chinese) == "「chan@」不是完整的電郵地址。"
    assert translated(msg("{count:,} rows.", count=12345), chinese) == "12,345 行。"


def test_a_message_inside_another_is_translated_too() -> None:
    inner = msg("'{text}' is not a complete email address.", text="chan@")
    outer = msg("{problem} {outcome}", problem=inner,
                outcome=msg("The row was imported without this value."))
    assert outer == ("'chan@' is not a complete email address. The row was imported without "
                     "this value.")
    assert translated(outer, chinese) == "「chan@」不是完整的電郵地址。此行已匯入，但不包括這個值。"


def test_what_has_no_translation_stays_english() -> None:
    untranslated = msg("There is no event '{event}'.", event="AI-DAY")
    assert translated(untranslated, chinese) == "There is no event 'AI-DAY'."
    assert translated("plain text", chinese) == "plain text"


def test_a_translation_that_lost_a_placeholder_gives_the_english() -> None:
    message = msg("There is no event '{event}'.", event="AI-DAY")
    assert translated(message, lambda _: "沒有「{活動}」這個活動。") == str(message)
    assert translated(message, lambda _: "沒有這個活動 {0}。") == str(message)


def test_sentences_are_joined_each_translated_on_its_own() -> None:
    joined = sentences(msg("The row was imported without this value."),
                       msg("'{text}' is not a complete email address.", text="x"))
    assert joined == ("The row was imported without this value. 'x' is not a complete email "
                      "address.")
    assert translated(joined, chinese) == "此行已匯入，但不包括這個值。「x」不是完整的電郵地址。"


def test_a_message_survives_pickling() -> None:
    message = msg("{count:,} rows.", count=3)
    again = pickle.loads(pickle.dumps(message))
    assert again == message and isinstance(again, Message) and again.values == {"count": 3}


def _msg_calls() -> list[tuple[Path, ast.Call]]:
    calls = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "msg":
                calls.append((path, node))
    return calls


def test_every_template_is_a_literal_the_translation_tools_can_find() -> None:
    calls = _msg_calls()
    assert len(calls) > 200  # the scan really found the core's messages
    written = [f"{path.relative_to(ROOT)}:{call.lineno}" for path, call in calls
               if not (call.args and isinstance(call.args[0], ast.Constant)
                       and isinstance(call.args[0].value, str))]
    assert written == []


def _fields(text: str) -> list[str]:
    return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text)
                  if name is not None)


def test_every_template_is_translated_keeping_its_placeholders() -> None:
    translations = {}
    for context in ET.parse(TRANSLATIONS).getroot():
        if context.findtext("name") == "":  # where msg() templates land
            for message in context.iter("message"):
                translations[message.findtext("source")] = message.findtext("translation")
    templates = {call.args[0].value for _, call in _msg_calls()}
    assert templates - set(translations) == set()
    broken = {t: translations[t] for t in templates
              if not translations[t] or _fields(translations[t]) != _fields(t)}
    assert broken == {}


def test_a_list_is_joined_with_the_translations_comma() -> None:
    words = listed([msg("offered"), "declined", "withdrawn"])
    assert words == "offered, declined, withdrawn"
    assert translated(words, chinese) == "offered、declined、withdrawn"
    assert listed(["alone"]) == "alone"
