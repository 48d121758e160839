"""How an event's registration list says who came: an attendance ("On-site", "Virtual",
"No-show"), a ticketing site's check-in, and the kind of ticket. Pure, as ``values`` is."""

from __future__ import annotations

from typing import Any

from careerdesk.io.table import is_blank
from careerdesk.io.values import BadValueError, answers_by_word, clean_text, folded_words, yes_no
from careerdesk.messages import msg

#: A registration the list says was cancelled ("Not Attending", a refunded ticket): no
#: registration at all, neither registered nor a no-show.
CANCELLED = "cancelled"
_CANCELLING = ("cancelled", "canceled", "not attending", "refunded", "registration cancelled",
               "order cancelled", "order refunded", "已取消", "取消", "取消報名", "已退票")

#: An attendance that says someone came but not how ("Attended", "Yes" under "Attended"):
#: how is for the rest of the list to say (a ticket's kind, an online join), else on site.
ATTENDED = "attended"

_ATTENDANCE = {
    "on_site": ("on site", "onsite", "in person", "physical", "現場", "親身"),
    "virtual": ("virtual", "online", "zoom", "remote", "網上", "線上"),
    "no_show": ("no show", "noshow", "absent", "did not attend", "缺席"),
    "registered": ("registered", "pending", "已登記"),
    ATTENDED: ("attended", "present", "came", "late", "left early", "出席", "已出席", "參加",
               "已參加", "遲到"),
    CANCELLED: _CANCELLING,
}


def attendance(value: Any) -> str | None:
    """An attendance: "on_site", "virtual", "no_show", "registered", or ``ATTENDED`` (came,
    not said how). A yes or a no ("Y", "是", "✓" under "Attended (Y/N)") is came or did
    not; a yes with how ("Yes (on-site)", "Attended (Online)", "網上出席") is that."""
    text = clean_text(value)
    if text is None:
        return None
    folded = folded_words(text)
    if folded in _WORDS:
        return _WORDS[folded]
    said = _came_so(text, folded) or _said(folded, text)
    if said is not None:
        return said
    raise BadValueError("bad_attendance", msg(
        "'{text}' is not an attendance CareerDesk knows (On-site, Virtual, No-show, or yes "
        "or no).", text=text))


_WORDS = {word: status for status, words in _ATTENDANCE.items() for word in words}


def _said(folded: str, text: str) -> str | None:
    """What an attendance's words alone say ("Online"), or its yes or no ("Y", "是", "✓")."""
    if folded in _WORDS:
        return _WORDS[folded]
    try:
        came = yes_no(text)
    except BadValueError:
        return None
    return None if came is None else ATTENDED if came else "no_show"


def _came_so(text: str, folded: str) -> str | None:
    """How someone came, where an attendance says it beside that they came: "Yes
    (on-site)", "Attended (Online)", "Y - Zoom", "網上出席"; None for anything else (a
    "Registered (online)" is no attendance)."""
    mode = ticket_mode(text)
    if mode is None:
        return None
    rest = f" {folded} "
    for word in sorted(_TICKET_MODES[mode], key=len, reverse=True):
        rest = rest.replace(f" {word} ", " ") if word.isascii() else rest.replace(word, " ")
    rest = " ".join(rest.split())
    return mode if not rest or _said(rest, rest) == ATTENDED else None


_CHECKED_IN = {"checked in", "yes", "y", "attended", "present", "已簽到", "出席"}
_NOT_CHECKED_IN = {"not checked in", "no", "n", "absent", "no show", "did not attend",
                   "未簽到", "缺席"}
_NOT_YET = {"attending", "registered", "pending", "not yet", "已登記"}
_CHECK_INS: dict[str, bool | str | None] = {
    **answers_by_word(yes=_CHECKED_IN, no=_NOT_CHECKED_IN, not_yet=_NOT_YET),
    **dict.fromkeys(_CANCELLING, CANCELLED)}


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


#: An online meeting's roles (Teams, Zoom): an attendee is a student; the rest run it.
ATTENDEE = "attendee"
_ATTENDEES = {"attendee", "attendees", "participant", "guest", "viewer", "member",
              "參加者", "出席者", "與會者"}
_RUNNING_IT = {"organizer", "organiser", "co organizer", "co organiser", "presenter", "host",
               "co host", "alternative host", "panelist", "panellist", "moderator", "speaker",
               "producer", "召集人", "主辦者", "主持人", "共同主持人", "簡報者", "講者", "嘉賓講者"}


def meeting_role(value: Any) -> str | None:
    """An online meeting's role: ``ATTENDEE``, or the role of someone who runs the meeting
    as written ("Organizer", "Presenter"). A role CareerDesk does not know is a problem."""
    text = clean_text(value)
    if text is None:
        return None
    folded = folded_words(text)
    if folded in _ATTENDEES:
        return ATTENDEE
    if folded in _RUNNING_IT:
        return text
    raise BadValueError("bad_meeting_role", msg(
        "'{text}' is not a role in a meeting CareerDesk knows (Attendee, Organizer, "
        "Presenter).", text=text))


def is_meeting_role(value: Any) -> bool:
    """Whether a cell is a role in an online meeting (a "Role" column's every value is,
    in a meeting's report; in a list of placements it is a job)."""
    try:
        return meeting_role(value) is not None
    except BadValueError:
        return False


def checked_in(value: Any) -> bool | str | None:
    """A ticketing site's check-in: True (checked in), False (did not come), None (not
    yet: "Attending", "Registered"), or ``CANCELLED`` ("Not Attending": the order was
    cancelled or refunded)."""
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
