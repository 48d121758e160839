"""How a list says where a nomination stands: a faculty's endorsement ("Nominated",
"Reserve", "Withdrawn"), a yes or a no per stage ("Offer (Y/N)"), a faculty's rank (or a
reserve's), and a remark saying the student withdrew. Pure, as ``values`` is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from careerdesk.io.table import is_blank
from careerdesk.io.values import (
    CHINESE_DIGITS,
    BadValueError,
    answers_by_word,
    clean_text,
    folded_words,
    whole_number,
    yes_no,
)

#: What a programme writes under a stage's column of the list it sends back ("Offer
#: (Y/N)"), besides a yes or a no: the stage reached, not reached, or not known yet.
_STAGE_YES = {"shortlisted", "interviewed", "offered", "accepted", "attended", "passed",
              "successful", "selected", "invited", "入圍", "已入圍", "已面試", "取錄",
              "已取錄", "獲取錄", "接受", "已接受", "成功", "通過", "獲選"}
_STAGE_NO = {"unsuccessful", "rejected", "not selected", "not shortlisted", "not offered",
             "no offer", "declined", "failed", "fail", "absent", "no show", "落選", "未入圍",
             "不獲取錄", "未獲取錄", "婉拒", "已婉拒", "拒絕", "不成功", "未獲選", "缺席"}
_STAGE_PENDING = {"pending", "waitlisted", "waitlist", "wait listed", "kiv", "on hold",
                  "in progress", "scheduled", "to be scheduled", "待定", "候補", "處理中",
                  "進行中"}


_STAGE_WORDS = answers_by_word(yes=_STAGE_YES, no=_STAGE_NO, not_yet=_STAGE_PENDING)


def stage_answer(value: Any) -> bool | None:
    """Whether a nomination reached a stage, under that stage's column of a list sent
    back ("Shortlisted (Y/N)", "Offer"): a yes or a no (``yes_no``), or the words written
    there instead ("Offered", "Successful": yes; "Unsuccessful", "Rejected", "Declined":
    no; "Pending", "KIV", "Waitlisted": not known yet)."""
    if isinstance(value, str):
        words = folded_words(clean_text(value) or "")
        if words in _STAGE_WORDS:
            return _STAGE_WORDS[words]
    return yes_no(value)


#: A "Nomination Status" column's word for a nominee the faculty puts forward.
_ENDORSING = {"nominated", "endorsed", "confirmed", "approved", "recommended", "accepted",
              "已提名", "已推薦", "已確認", "已批准", "確認", "批准", "推薦", "提名"}
#: ...and its words for a stage a nomination has reached since (a list sent again, or one
#: the programme sends back), by the stage's name on the nomination path.
_REACHED = {word: stage for stage, words in {
    "withdrawn": ("withdrawn", "withdraw", "withdrew", "withdrawal", "cancelled", "canceled",
                  "撤回", "已撤回", "撤銷", "已撤銷", "退出", "已退出", "放棄", "已放棄"),
    "submitted": ("submitted", "已提交", "已遞交"),
    "shortlisted": ("shortlisted", "short listed", "shortlisted for interview", "入圍", "已入圍"),
    "interviewed": ("interviewed", "已面試"),
    "offered": ("offered", "offer made", "offer given", "取錄", "已取錄", "獲取錄"),
    "accepted": ("offer accepted", "accepted offer", "接受取錄", "已接受取錄"),
    "not_selected": ("not selected", "unsuccessful", "not shortlisted", "rejected", "落選",
                     "未獲選", "未入圍", "不獲取錄", "未獲取錄"),
    "declined": ("declined", "offer declined", "declined offer", "婉拒", "已婉拒", "拒絕取錄"),
    "ineligible": ("ineligible", "not eligible", "不符合資格"),
    # (a placement begun: moved to only with its placement, a Company column's: ``core``)
    "placed": ("placed", "commenced", "started", "on placement", "placement started",
               "placement commenced", "onboard", "on board", "onboarded", "in post",
               "已安排實習", "已入職", "已上班", "實習中", "已開始實習", "已開始"),
    "completed": ("completed", "finished", "placement completed", "completed placement",
                  "已完成", "完成", "已完成實習", "完成實習"),
}.items() for word in words}


class Endorsement(Enum):
    """Whether a list puts a nominee forward, under "Endorsed" or "Nomination Status"."""

    PUT_FORWARD = "put forward"
    NOT_PUT_FORWARD = "not put forward"  # not (yet): "N", "TBC", "Pending", "Reserve"


class Reached(NamedTuple):
    """A stage a list says a nomination has reached since it was put forward ("Withdrawn",
    "Shortlisted", "Not selected"): its name on the nomination path ("not_selected")."""

    stage: str


def endorsement(value: Any) -> Endorsement | Reached | None:
    """Whether the faculty endorsed a nomination: put forward only for a yes, or a status
    that says so ("Nominated", "Endorsed", "已推薦"); the stage reached for a status that
    names one ("Withdrawn", "Shortlisted", "已撤回"); None for a blank (no answer: the list
    puts the student forward); not put forward for anything else, a "No", a "TBC" or "N/A"
    (not yet, or not so), a status such as "Pending" or "Reserve", or an answer that is no
    yes, for a student must never stand as endorsed when the faculty has not said so."""
    if is_blank(value):
        return None
    words = folded_words(clean_text(value) or "")
    if words in _ENDORSING:
        return Endorsement.PUT_FORWARD
    if words in _REACHED:
        return Reached(_REACHED[words])
    try:
        said_yes = yes_no(value) is True
    except BadValueError:
        said_yes = False
    return Endorsement.PUT_FORWARD if said_yes else Endorsement.NOT_PUT_FORWARD


#: A status column's words for a student the faculty holds back for now.
_HOLDING_BACK = {"pending", "on hold", "tbc", "tbd", "to be confirmed", "reserve", "reserved",
                 "waitlist", "waitlisted", "wait list", "wait listed", "backup", "alternate",
                 "not endorsed", "not nominated", "not recommended", "not approved",
                 "待定", "待確認", "候補", "後備", "後補", "備取", "未提名", "未推薦", "不推薦"}


#: Words of a placement's course ("Commenced", "Completed"): a nomination's stage only in a
#: list naming companies (a faculty's "Status: Completed" is an application form's).
_OF_A_PLACEMENT = {word for word, stage in _REACHED.items()
                   if stage in ("placed", "completed") and word not in ("placed", "已安排實習")}


def names_a_nomination_stage(value: Any, *, placements: bool = True) -> bool:
    """Whether a cell names where a nomination stands in a word of the nomination path
    ("Nominated", "Reserve", "Withdrawn", "入圍"), not a yes or a no (which a column headed
    only "Status" may hold for anything), nor a blank. ``placements``: whether a word of a
    placement's course ("Commenced", "Completed") counts (in a list naming companies)."""
    if not isinstance(value, str):
        return False
    words = folded_words(clean_text(value) or "")
    if words in _OF_A_PLACEMENT:
        return placements
    return (words in _ENDORSING or words in _REACHED or words in _HOLDING_BACK
            or _RESERVE_RANK.fullmatch(words) is not None and not words.isdigit())


#: A remark saying the student withdrew: "Withdrawn", "Withdrew on 3 Mar", "Student has
#: withdrawn", "已撤回", "已退出（3月1日）". Past forms only, and sure: "Withdraw if no place",
#: "Not withdrawn" and "Withdrawn?" are not one.
_WITHDRAWN_REMARK = re.compile(
    r"(?:(?:the\s+)?(?:student|nominee|nomination)\s+(?:has\s+|was\s+)?|has\s+)?"
    r"(?:withdrawn|withdrew)\b(?!\s*[?？])|(?:已撤回|已退出|已放棄|撤回提名|已撤銷)(?![?？])",
    re.IGNORECASE)


def says_withdrawn(remark: str) -> bool:
    """Whether a remark on a row says its student withdrew (it begins so)."""
    return _WITHDRAWN_REMARK.match(remark.strip()) is not None


#: A rank as people write it: "1st", "No. 1", "#1", "Rank 2", "第一", "第 3 名".
_RANK_WORDS = re.compile(r"(?:rank(?:ing)?\s*|no\.?\s*|#\s*|第\s*)?(\d{1,6}|[一二三四五六七八九十])"
                         r"\s*(?:st|nd|rd|th|名|位)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReserveRank:
    """A rank that makes its student a reserve ("Reserve 1", "R2", "候補1"): put forward
    only when a nominee drops out, so not nominated. ``order``: the reserve's place, if
    written."""

    order: int | None

    def __str__(self) -> str:
        return f"Reserve {self.order}" if self.order else "Reserve"


#: A reserve's rank: "Reserve 1", "R1", "Res. 2", "Backup 1", "Waitlist 2", "W1",
#: "Alternate", "1 (reserve)", "候補1", "後備 2".
_RESERVE_RANK = re.compile(
    r"(?:res\.?|reserve|backup|back-up|alt\.?|alternate|waitlist(?:ed)?|wait list|"
    r"候補|後備|後補|備取)\s*[-#.:]?\s*(?:no\.?\s*)?(\d{1,6})?"
    r"|[rw]\s*[-#.:]?\s*(\d{1,6})"  # (a letter alone is no reserve: "W" may be withdrawn)
    r"|(\d{1,6})\s*[(（]\s*(?:reserve|backup|候補|後備)\s*[)）]", re.IGNORECASE)


def rank(value: Any) -> int | ReserveRank | None:
    """A faculty's ranking of its nominee, 1 first: a number, or "1st", "No. 1", "#1",
    "第一"; a reserve's rank ("Reserve 1", "R1", "候補1") as ``ReserveRank``."""
    if isinstance(value, str):
        text = clean_text(value) or ""
        written = _RANK_WORDS.fullmatch(text)
        if written:
            value = CHINESE_DIGITS.get(written.group(1)) or written.group(1)
        elif reserve := _RESERVE_RANK.fullmatch(text):
            order = next(filter(None, reserve.groups()), None)
            return ReserveRank(int(order) if order else None)
    return whole_number(value, low=1, high=100_000)
