"""The nomination path of PRODUCT.md and the moves it allows."""

from __future__ import annotations

from enum import StrEnum

from careerdesk.core.domain.choices import PlacementStatus
from careerdesk.messages import Message, msg


class NominationStatus(StrEnum):
    DRAFT = "draft"
    NOMINATED = "nominated"
    SUBMITTED = "submitted"
    SHORTLISTED = "shortlisted"
    INTERVIEWED = "interviewed"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    PLACED = "placed"
    COMPLETED = "completed"
    INELIGIBLE = "ineligible"
    WITHDRAWN = "withdrawn"
    NOT_SELECTED = "not_selected"
    DECLINED = "declined"

    @property
    def label(self) -> Message:
        """The words coordinators use ("not selected", not "not_selected"): English text
        that the window says in Chinese inside the sentence it is put in."""
        return _LABELS[self]


_LABELS: dict[NominationStatus, Message] = {
    NominationStatus.DRAFT: msg("draft"),
    NominationStatus.NOMINATED: msg("nominated"),
    NominationStatus.SUBMITTED: msg("submitted"),
    NominationStatus.SHORTLISTED: msg("shortlisted"),
    NominationStatus.INTERVIEWED: msg("interviewed"),
    NominationStatus.OFFERED: msg("offered"),
    NominationStatus.ACCEPTED: msg("accepted"),
    NominationStatus.PLACED: msg("placed"),
    NominationStatus.COMPLETED: msg("completed"),
    NominationStatus.INELIGIBLE: msg("ineligible"),
    NominationStatus.WITHDRAWN: msg("withdrawn"),
    NominationStatus.NOT_SELECTED: msg("not selected"),
    NominationStatus.DECLINED: msg("declined"),
}


#: The main path, in order. A nomination at a stage has reached every stage before it.
PATH: tuple[NominationStatus, ...] = (
    NominationStatus.DRAFT,
    NominationStatus.NOMINATED,
    NominationStatus.SUBMITTED,
    NominationStatus.SHORTLISTED,
    NominationStatus.INTERVIEWED,
    NominationStatus.OFFERED,
    NominationStatus.ACCEPTED,
    NominationStatus.PLACED,
    NominationStatus.COMPLETED,
)

#: What a placement becomes when its nomination moves on (the Nominations page, and a list
#: sent back): started, completed, or ended early.
#: Submitted and every step after it on the path: what a quota counts, and what the
#: Nominations page shows for "Submitted or later".
SUBMITTED_ONWARDS = "submitted_onwards"
SUBMITTED_OR_LATER: frozenset[str] = frozenset(
    s.value for s in PATH[PATH.index(NominationStatus.SUBMITTED):])

PLACEMENT_FOLLOWS: dict[NominationStatus, str] = {
    NominationStatus.PLACED: PlacementStatus.STARTED.value,
    NominationStatus.COMPLETED: PlacementStatus.COMPLETED.value,
    NominationStatus.WITHDRAWN: PlacementStatus.ENDED_EARLY.value,
}

#: The ways off the path.
EXITS: tuple[NominationStatus, ...] = (
    NominationStatus.INELIGIBLE,
    NominationStatus.WITHDRAWN,
    NominationStatus.NOT_SELECTED,
    NominationStatus.DECLINED,
)


def _exits_from(status: NominationStatus) -> set[NominationStatus]:
    """Which exits make sense from a stage on the path."""
    position = PATH.index(status)
    exits: set[NominationStatus] = set()
    if position <= PATH.index(NominationStatus.SUBMITTED):
        exits.add(NominationStatus.INELIGIBLE)
    if position <= PATH.index(NominationStatus.PLACED):
        exits.add(NominationStatus.WITHDRAWN)
    if PATH.index(NominationStatus.SUBMITTED) <= position <= PATH.index(
        NominationStatus.INTERVIEWED
    ):
        exits.add(NominationStatus.NOT_SELECTED)
    if status is NominationStatus.OFFERED:
        exits.add(NominationStatus.DECLINED)
    return exits


def allowed_moves(status: NominationStatus) -> frozenset[NominationStatus]:
    """Where a nomination may go from ``status``: the next stage, or an exit that fits."""
    if status in EXITS:
        return frozenset()
    position = PATH.index(status)
    moves = _exits_from(status)
    if position + 1 < len(PATH):
        moves.add(PATH[position + 1])
    return frozenset(moves)


def stages_reached(final: NominationStatus, history: list[NominationStatus]) -> set[str]:
    """Stages on the path a nomination has reached, from its history and where it is now.

    Cumulative, as PRODUCT.md defines the funnel: a completed placement counts as
    submitted, shortlisted and so on; a nomination withdrawn after an offer counts
    as offered.
    """
    furthest = -1
    for status in [*history, final]:
        if status in PATH:
            furthest = max(furthest, PATH.index(status))
    return {stage.value for stage in PATH[: furthest + 1]}


class ApplicationStatus(StrEnum):
    """Where a student's application to a company's role at a career day stands."""

    APPLIED = "applied"
    INTERVIEWED = "interviewed"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NOT_SELECTED = "not_selected"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> Message:
        """The nomination path's words, the same stages being the same words."""
        if self is ApplicationStatus.APPLIED:
            return msg("applied")
        return _LABELS[NominationStatus(self.value)]


#: An application's path, in order: an offer accepted is a hire.
APPLICATION_PATH: tuple[ApplicationStatus, ...] = (
    ApplicationStatus.APPLIED,
    ApplicationStatus.INTERVIEWED,
    ApplicationStatus.OFFERED,
    ApplicationStatus.ACCEPTED,
)

#: The ways an application leaves its path, and from which stages each makes sense.
APPLICATION_EXITS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    ApplicationStatus.NOT_SELECTED: frozenset(APPLICATION_PATH[:2]),
    ApplicationStatus.DECLINED: frozenset({ApplicationStatus.OFFERED}),
    ApplicationStatus.WITHDRAWN: frozenset(APPLICATION_PATH),  # (an offer accepted, reneged)
}


def application_moves(status: ApplicationStatus) -> frozenset[ApplicationStatus]:
    """Where an application may go from ``status``: any later stage of its path (an offer
    may come without an interview), or an exit that fits. An exit is final."""
    if status not in APPLICATION_PATH:
        return frozenset()
    later = APPLICATION_PATH[APPLICATION_PATH.index(status) + 1:]
    exits = {exit_ for exit_, sources in APPLICATION_EXITS.items() if status in sources}
    return frozenset({*later, *exits})


def application_reached(final: ApplicationStatus,
                        history: list[ApplicationStatus]) -> set[str]:
    """Stages an application has reached, cumulative like the nomination funnel: an
    accepted offer was an offer; an offer declined was an offer."""
    furthest = -1
    for status in [*history, final]:
        if status in APPLICATION_PATH:
            furthest = max(furthest, APPLICATION_PATH.index(status))
    if final is ApplicationStatus.DECLINED:
        furthest = max(furthest, APPLICATION_PATH.index(ApplicationStatus.OFFERED))
    return {stage.value for stage in APPLICATION_PATH[: furthest + 1]}
