"""A list the programme sends back with a yes or a no per stage ("Shortlisted (Y/N)",
"Interviewed", "Offer (Y/N)", "Offer Accepted"): where each nomination has got to, read as a
coordinator reads such a row, from left to right along the nomination path."""

from __future__ import annotations

from typing import NamedTuple

from careerdesk.core.domain.statuses import EXITS, PATH, NominationStatus
from careerdesk.io.fields import Field
from careerdesk.io.nomination_words import Endorsement, Reached
from careerdesk.io.parsed_sheet import ParsedSheet

#: Each stage's column, where a yes puts the nomination, and where a no does (None: a no
#: says nothing sure, as "Interviewed: N" for a student who may still be interviewed).
_STAGES = ((Field.SHORTLISTED, NominationStatus.SHORTLISTED, NominationStatus.NOT_SELECTED),
           (Field.INTERVIEWED, NominationStatus.INTERVIEWED, None),
           (Field.OFFERED, NominationStatus.OFFERED, NominationStatus.NOT_SELECTED),
           (Field.OFFER_ACCEPTED, NominationStatus.ACCEPTED, NominationStatus.DECLINED))


class StageAnswer(NamedTuple):
    """Where a row's stage columns put its nomination, and the cell that says so."""

    stage: NominationStatus
    heading: str
    written: str
    via: NominationStatus | None  # the last stage said yes to, before a no


def stage_answers(sheet: ParsedSheet) -> tuple[dict[int, StageAnswer], list[str]]:
    """Each row's answer (a row whose stage columns are blank has none), and the headings of
    the stage columns there are. The columns are taken out of the sheet: they are nobody's
    details. A yes moves the answer on; the first no ends it where that no leads ("Offer:
    N" after an interview: not selected; "Offer Accepted: N": declined); a blank is not
    known yet, and the next column may still say."""
    present = [(field, yes, no, sheet.columns.pop(field)) for field, yes, no in _STAGES
               if field in sheet.columns]
    answers: dict[int, StageAnswer] = {}
    if not present:
        return answers, []  # the usual list: no row to walk through
    for number in range(len(sheet)):
        found: NominationStatus | None = None
        via: NominationStatus | None = None
        for field, yes, no, values in present:
            said = values[number]
            if said is None:
                continue
            if said:
                found = via = yes
                where = field
                continue
            if no is not None:
                found, where = no, field
            break
        if found is not None:
            answers[number] = StageAnswer(found, sheet.headings.get(where, ""),
                                          sheet.as_written(number, where),
                                          via if via is not found else None)
    return answers, [sheet.headings.get(field, "") for field, *_ in present]


def later(answer: Endorsement | Reached | None, stage: NominationStatus) -> bool:
    """Whether ``stage`` (from the stage columns) tells more than a status column's
    ``answer`` on the same row: it is further along the path, or leaves it, unless the
    status has already left it ("Withdrawn" with "Shortlisted: Y" is withdrawn)."""
    if not isinstance(answer, Reached):
        return True
    status = NominationStatus(answer.stage)
    if status in EXITS:
        return False
    return stage in EXITS or PATH.index(stage) > PATH.index(status)
