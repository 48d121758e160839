"""Report 6: what came of a career day — the figures a press release quotes (visitors,
companies, roles, applications, offers, hires), attendance by mode and university,
applications and offers by company and by field, a chart, and every offer with its outcome."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from careerdesk.messages import Message, msg
from careerdesk.reports.attendance import STATES
from careerdesk.reports.document import (
    Heading,
    ReportSettings,
    build_pdf,
    long_table,
    styles,
    table,
)
from careerdesk.reports.placement_report import bars
from careerdesk.reports.text import plain

#: An application's stages, cumulative as the report counts them.
APPLICATION_STAGES = {"applied": msg("Applied"), "interviewed": msg("Interviewed"),
                      "offered": msg("Offered"), "accepted": msg("Accepted"),
                      "hired": msg("Placed")}
OFFER_OUTCOMES = {"offered": msg("offer open"), "accepted": msg("accepted"),
                  "declined": msg("declined"), "withdrawn": msg("withdrawn")}
CHANNELS = {"onsite": msg("at the venue"), "online": msg("online (Talent Pool)"),
            None: msg("not said")}


@dataclass
class Tally:
    """One company's or one field's applications, as far as they got."""

    name: str
    roles: int = 0
    applications: int = 0
    offers: int = 0
    accepted: int = 0


@dataclass(frozen=True)
class OfferLine:
    university: str
    student_no: str
    name_en: str | None
    name_zh: str | None
    company: str
    role: str | None
    status: str  # offered, accepted, declined, withdrawn
    placed_from: dt.date | None  # the placement's start, when the offer became one
    placed: bool


@dataclass
class CareerDayOutcome:
    code: str
    name: str
    name_zh: str | None
    held_on: dt.date | None
    theme: str
    scope: str
    #: attendance state → count (registered only, on_site, virtual, no_show)
    attendance: Counter[str]
    attendance_by_university: dict[str, Counter[str]]
    companies: int
    roles: int
    openings: int
    #: stage (``APPLICATION_STAGES``) → applications that reached it
    stages: Counter[str]
    applicants: int
    by_channel: Counter[str | None]
    by_company: list[Tally] = field(default_factory=list)
    by_field: list[Tally] = field(default_factory=list)
    offers: list[OfferLine] = field(default_factory=list)

    @property
    def visitors(self) -> int:
        return self.attendance["on_site"] + self.attendance["virtual"]

    @property
    def registered(self) -> int:
        return sum(self.attendance.values())


def render_career_day(data: CareerDayOutcome, path: Path, settings: ReportSettings,
                      small_counts: bool = False) -> int:
    """The report on A4 in the settings' language; ``small_counts``: counts of one or two
    shown as "<3" (and no chart, which would show them)."""
    s = styles(settings.font)
    say = settings.say

    def count(n: int) -> str:
        return "<3" if small_counts and 0 < n < 3 else f"{n:,}"

    name = data.name_zh if settings.language == "zh_HK" and data.name_zh else data.name
    title = say(msg("Career day outcome — {name}", name=name))
    when = settings.day(data.held_on) if data.held_on else say(msg("date not set"))
    story: list = [
        Paragraph(plain(title), s.title),
        Paragraph(plain(say(msg("{code}, held {when}. Scope: {scope}. Counts are cumulative: "
                                "an accepted offer was an offer, an offer an application.",
                                code=data.code, when=when, scope=data.scope))), s.small),
        Spacer(1, 3 * mm),
        Heading(say(msg("Headline figures")), s.heading),
        table([say(msg("Figure")), say(msg("Value"))], [
            (say(msg("Visitors (on site and online)")), count(data.visitors)),
            (say(msg("Registered")), count(data.registered)),
            (say(msg("Companies")), count(data.companies)),
            (say(msg("Roles")), count(data.roles)),
            (say(msg("Openings")), count(data.openings)),
            (say(msg("Applications")), count(data.stages["applied"])),
            (say(msg("Students who applied")), count(data.applicants)),
            (say(msg("Offers")), count(data.stages["offered"])),
            (say(msg("Offers accepted")), count(data.stages["accepted"])),
            (say(msg("Hires (placements)")), count(data.stages["hired"])),
        ], s, [110 * mm, 70 * mm]),
        Heading(say(msg("Applications, stage by stage")), s.heading),
        bars(settings.font, [(say(label), data.stages[stage])
                             for stage, label in APPLICATION_STAGES.items()])
        if not small_counts else Spacer(1, 1),
        *_attendance(data, s, say, count),
        Heading(say(msg("Where applications were made")), s.heading),
        table([say(msg("Channel")), say(msg("Applications"))],
              [(say(CHANNELS.get(key, CHANNELS[None])), count(n))
               for key, n in sorted(data.by_channel.items(), key=lambda kv: kv[0] or "~")],
              s, [110 * mm, 70 * mm]),
    ]
    for heading, rows in ((msg("By company"), data.by_company),
                          (msg("By field"), data.by_field)):
        story += [Heading(say(heading), s.heading),
                  *long_table([say(h) for h in (msg("Name"), msg("Roles"), msg("Applications"),
                                                msg("Offers"), msg("Accepted"))],
                              [(t.name or say(msg("field not said")), count(t.roles),
                                count(t.applications), count(t.offers), count(t.accepted))
                               for t in rows], s,
                              [80 * mm, 20 * mm, 28 * mm, 26 * mm, 26 * mm])]
        if rows and not small_counts:
            top = sorted(rows, key=lambda t: (-t.offers, -t.applications, t.name))[:15]
            story += [Spacer(1, 2 * mm), bars(settings.font, [
                (t.name or say(msg("field not said")), t.applications) for t in top])]
    story += [Heading(say(msg("Offers and their outcome")), s.heading)]
    if not data.offers:
        story.append(Paragraph(plain(say(msg("No offers are recorded."))), s.body))
    else:
        story += long_table(
            [say(h) for h in (msg("University"), msg("Student no."), msg("English name"),
                              msg("Chinese name"), msg("Company"), msg("Role"),
                              msg("Outcome"), msg("Start"))],
            [(o.university, o.student_no, o.name_en, o.name_zh, o.company, o.role or "",
              say(_outcome(o)), settings.day(o.placed_from) if o.placed_from else "")
             for o in data.offers], s,
            [w * mm for w in (14, 20, 30, 16, 36, 30, 18, 16)])
    return build_pdf(path, story, settings, title=title,
                     subject=say(msg("What came of the career day {code}", code=data.code)))


def _outcome(offer: OfferLine) -> Message:
    if offer.placed:
        return msg("placed")
    return OFFER_OUTCOMES.get(offer.status, msg("offer open"))


def _attendance(data: CareerDayOutcome, s, say, count) -> list:  # noqa: ANN001
    states = {key: say(label) for key, label in STATES}
    rows = [(university, count(sum(c.values())), count(c["on_site"]), count(c["virtual"]),
             count(c["no_show"]))
            for university, c in sorted(data.attendance_by_university.items())]
    rows.append((say(msg("All")), count(data.registered), count(data.attendance["on_site"]),
                 count(data.attendance["virtual"]), count(data.attendance["no_show"])))
    return [Heading(say(msg("Attendance by mode and university")), s.heading),
            table([say(msg("University")), say(msg("Registered")), states["on_site"],
                   states["virtual"], states["no_show"]], rows, s,
                  [52 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm])]
