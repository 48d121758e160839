"""How an event's registration list says who came: an attendance ("On-site", "Virtual",
"No-show"), a ticketing site's check-in, and the kind of ticket. Pure, as ``values`` is."""

from __future__ import annotations

from typing import Any

from careerdesk.io.table import is_blank
from careerdesk.io.values import BadValueError, answers_by_word, clean_text, folded_words
from careerdesk.messages import msg

_ATTENDANCE = {
    "on_site": ("on site", "onsite", "in person", "physical", "attended", "現場", "親身"),
    "virtual": ("virtual", "online", "zoom", "remote", "網上", "線上"),
    "no_show": ("no show", "noshow", "absent", "did not attend", "缺席"),
    "registered": ("registered", "pending", "已登記"),
}


def attendance(value: Any) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    folded = folded_words(text)
    for status, words in _ATTENDANCE.items():
        if folded in words:
            return status
    raise BadValueError("bad_attendance", msg(
        "'{text}' is not an attendance CareerDesk knows (On-site, Virtual, No-show).",
        text=text))


_CHECKED_IN = {"checked in", "yes", "y", "attended", "present", "已簽到", "出席"}
_NOT_CHECKED_IN = {"not checked in", "no", "n", "absent", "no show", "did not attend",
                   "未簽到", "缺席"}
_NOT_YET = {"attending", "registered", "pending", "not yet", "已登記"}
_CHECK_INS = answers_by_word(yes=_CHECKED_IN, no=_NOT_CHECKED_IN, not_yet=_NOT_YET)


#: Words of a ticket's name that say how its holder attends (a word of each: it says nothing).
_TICKET_MODES = {"on_site": ("on site", "onsite", "in person", "physical", "venue", "現場",
                             "親身", "實體"),
                 "virtual": ("virtual", "online", "zoom", "remote", "livestream", "live stream",
                             "網上", "線上", "直播")}


def ticket_mode(value: Any) -> str | None:
    """How a ticket's holder attends, as its name says ("On-site Pass", "Virtual ticket",
    "網上參加"): "on_site", "virtual", or None when it does not say ("General Admission").
    Never a problem: a ticket's name is the ticketing site's, not the coordinator's."""
    text = clean_text(value)
    if text is None:
        return None
    folded = f" {folded_words(text)} "
    said = {mode for mode, words in _TICKET_MODES.items()
            if any(f" {word} " in folded or (not word.isascii() and word in folded)
                   for word in words)}
    return said.pop() if len(said) == 1 else None


def checked_in(value: Any) -> bool | None:
    """A ticketing site's check-in: True (checked in), False (did not come), or None (not
    yet: "Attending", "Registered")."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    folded = folded_words(clean_text(value) or "")
    if folded in _CHECK_INS:
        return _CHECK_INS[folded]
    raise BadValueError("bad_check_in", msg(
        "'{value}' is not a check-in CareerDesk knows (Checked In, Not Checked In, "
        "Attending).", value=value))
