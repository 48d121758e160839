"""Sentences the core says to people, in English, that the window can say in Chinese.

Every layer below the window writes its messages (a file that cannot be read, a cell
that is wrong, a move a nomination cannot make) with ``msg``::

    msg("'{text}' is not a complete email address.", text=text)

The result *is* the English sentence (a ``str``: the command line prints it, ``--json``
writes it, tests compare it), and it also keeps its template and values, so the window
looks the template up in its translations and fills in the same values
(``careerdesk.gui.common.messages.localised``). The template must be a string literal: the
translation script finds every ``msg("…")`` in the code and adds it to the .ts files for
the translator, as it does the window's own ``self.tr("…")``.

This module sits below every layer (it imports nothing of CareerDesk) so that ``io`` and
``core`` can use it without knowing about Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any


class Message(str):
    """English text that remembers how it was made (``template`` and ``values``)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Message:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __getnewargs__(self) -> tuple[str, dict[str, Any]]:  # type: ignore[override]
        return self.template, self.values


def msg(template: str, /, **values: Any) -> Message:
    """``template`` with ``values`` put in, as ``str.format`` does (``{count:,}`` works)."""
    return Message(template, values)


def sentences(first: str, *more: str) -> str:
    """Sentences one after the other, each translated on its own (a translation may join
    them without the space)."""
    text = first
    for then in more:
        text = msg("{first} {then}", first=text, then=then)
    return text


def listed(items: Iterable[str]) -> str:
    """Words one after another with commas ("offered, declined, withdrawn"), each translated
    on its own, the translation choosing the comma (Chinese lists with "、")."""
    text, *more = items
    for then in more:
        text = msg("{first}, {then}", first=text, then=then)
    return text


def translated(text: str, translate: Callable[[str], str]) -> str:
    """``text`` in the language ``translate`` gives (template → translated template); a
    ``Message`` inside another's values is translated too. Plain text, and a translation
    that lost or misspelt a placeholder, stay as they are in English: a wrong word in a
    translation must never hide what went wrong."""
    if not isinstance(text, Message):
        return text
    values = {name: translated(value, translate) if isinstance(value, Message) else value
              for name, value in text.values.items()}
    template = translate(text.template) or text.template
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):
        return str(text)


def catalogue(language: str) -> Callable[[str], str]:
    """What the core's sentences are in ``language`` ("zh_HK"; "en": as written), from the
    translations shipped with CareerDesk, without Qt (the command line's reports)."""
    found = _catalogue(language)
    return lambda template: found.get(template, template)


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language in ("", "en"):
        return {}
    import json
    from importlib.resources import files

    try:
        return dict(json.loads(files("careerdesk").joinpath("i18n", f"{language}.json")
                               .read_text(encoding="utf-8")))
    except FileNotFoundError:
        return {}


@cache
def speaker(language: str) -> Callable[[str], str]:
    """A function saying any text (a ``Message`` or plain) in ``language``."""
    translate = catalogue(language)
    return lambda text: translated(text, translate)
