"""How a career day's applications list (HKSTP's Talent Pool, an organiser's export) says
where each application stands and where it was made. Pure, as ``values`` is."""

from __future__ import annotations

from typing import Any

from careerdesk.io.values import BadValueError, clean_text, folded_words
from careerdesk.messages import msg

#: An application's stages and exits, by the words lists use for them. A list's word for
#: the first stage ("Applied", "Received") is one no nomination list uses: it is what tells
#: an applications list by its values.
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "applied": ("applied", "application submitted", "application received", "received",
                "submitted", "new", "new application", "pending review", "under review",
                "in review", "screening", "已申請", "已遞交", "已提交", "已收到", "審核中"),
    "interviewed": ("interviewed", "interview", "interviewing", "interview scheduled",
                    "interview arranged", "interview completed", "shortlisted",
                    "shortlisted for interview", "已面試", "面試", "面試中", "已安排面試",
                    "入圍"),
    "offered": ("offered", "offer", "offer made", "offer extended", "offer sent",
                "offer issued", "offer pending", "獲取錄", "已取錄", "取錄", "已發聘書"),
    "accepted": ("accepted", "offer accepted", "hired", "joined", "onboarded",
                 "accepted offer", "接受", "已接受", "接受取錄", "已聘用", "聘用", "已入職"),
    "declined": ("declined", "offer declined", "declined offer", "turned down", "婉拒",
                 "已婉拒", "拒絕取錄"),
    "not_selected": ("not selected", "rejected", "unsuccessful", "not shortlisted",
                     "not successful", "regret", "no offer", "落選", "不獲取錄", "未獲取錄",
                     "不成功", "未獲選"),
    "withdrawn": ("withdrawn", "withdrew", "application withdrawn", "cancelled", "canceled",
                  "撤回", "已撤回", "已取消"),
}
_STATUSES = {word: status for status, words in _STATUS_WORDS.items() for word in words}
#: The first stage's own words ("Submitted" and "Received" a nomination list uses too).
FIRST_STAGE = frozenset({"applied", "application submitted", "application received",
                         "new application", "已申請"})


def application_status(value: Any) -> str | None:
    """Where an application stands: "applied", "interviewed", "offered", "accepted",
    "declined", "not_selected" or "withdrawn"; a word CareerDesk does not know is a problem
    naming the ones it does."""
    text = clean_text(value)
    if text is None:
        return None
    found = _STATUSES.get(folded_words(text))
    if found is None:
        raise BadValueError("bad_application_status", msg(
            "'{text}' is not an application status CareerDesk knows (Applied, Interviewed, "
            "Offered, Accepted, Declined, Not selected, Withdrawn).", text=text))
    return found


def says_applied(values: list[Any]) -> bool:
    """Whether a column's values are an applications list's statuses: every one a status,
    and one of them the first stage in its own words ("Applied")."""
    folded = [folded_words(clean_text(value) or "") for value in values]
    return bool(folded) and all(word in _STATUSES for word in folded) and bool(
        FIRST_STAGE.intersection(folded))


#: Words of where an application was made: at the day's venue, or online.
_CHANNEL_WORDS = {"onsite": ("on site", "onsite", "venue", "at the venue", "booth", "in person",
                             "walk in", "physical", "career day", "現場", "親身", "展位"),
                  "online": ("online", "talent pool", "web", "website", "virtual", "portal",
                             "e application", "網上", "線上", "人才庫")}


def channel(value: Any) -> str | None:
    """Where an application was made, as a list writes it ("On-site booth", "Online via
    Talent Pool", "網上"): "onsite" or "online"; anything else is a problem."""
    text = clean_text(value)
    if text is None:
        return None
    folded = f" {folded_words(text)} "
    said = {where for where, words in _CHANNEL_WORDS.items()
            if any(f" {word} " in folded or (not word.isascii() and word in folded)
                   for word in words)}
    if len(said) == 1:
        return said.pop()
    raise BadValueError("bad_channel", msg(
        "'{text}' does not say where the application was made (On-site, or Online through "
        "the Talent Pool).", text=text))
