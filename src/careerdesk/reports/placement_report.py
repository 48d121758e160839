"""Report 1: the placement report for a cohort or programme, optionally one university or
faculty: headline figures with their definitions, the funnel, breakdowns, the detail."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from careerdesk.messages import msg
from careerdesk.reports.content import FUNNEL, Breakdown, PlacementReport
from careerdesk.reports.document import (
    Heading,
    ReportSettings,
    build_pdf,
    long_table,
    styles,
    table,
)
from careerdesk.reports.fonts import LATIN, ReportFont, is_latin, mixed_width
from careerdesk.reports.text import plain

DEFINITIONS = (
    (msg("Placement rate"), msg("placed ÷ submitted")),
    (msg("Offer acceptance rate"), msg("accepted ÷ offered")),
    (msg("Completion rate"),
     msg("completed ÷ placed, among placements whose phases have all ended")),
    (msg("Quota use"), msg("submitted ÷ places")),
)
#: The detail table's columns: a Chinese date (2026年12月31日) needs more room than 31/12/2026.
_WIDTHS = (15, 20, 31, 16, 12, 36, 16.5, 16.5, 17)
_CHINESE_WIDTHS = (13, 19, 25, 13, 10, 36, 23, 23, 17)
#: The funnel's stages as the report names them.
STAGES = {"submitted": msg("Submitted"), "shortlisted": msg("Shortlisted"),
          "interviewed": msg("Interviewed"), "offered": msg("Offered"),
          "accepted": msg("Accepted"), "placed": msg("Placed"), "completed": msg("Completed")}
PLACEMENT_STATES = {"confirmed": msg("Confirmed"), "started": msg("Started"),
                    "completed": msg("Completed"), "ended_early": msg("Ended early")}


def render_placement_report(data: PlacementReport, path: Path, settings: ReportSettings,
                            small_counts: bool = False) -> int:
    s = styles(settings.font)

    def count(n: int) -> str:
        return "<3" if small_counts and 0 < n < 3 else f"{n:,}"

    def percent(value: float | None) -> str:
        return "—" if value is None else f"{100 * value:.1f}%"

    say = settings.say
    story = [
        Paragraph(plain(say(data.title)), s.title),
        Paragraph(plain(say(msg("Scope: {scope}. Counts are cumulative: a nomination counts "
                                "at every stage it has reached.", scope=data.scope))),
                  s.small),
        Spacer(1, 3 * mm),
        Heading(say(msg("Headline figures")), s.heading),
        table([say(msg("Figure")), say(msg("Value")), say(msg("Definition"))], [
            (say(STAGES["submitted"]), count(data.funnel["submitted"]),
             say(msg("nominations submitted"))),
            (say(STAGES["placed"]), count(data.funnel["placed"]),
             say(msg("placements started"))),
            (say(DEFINITIONS[0][0]), percent(data.placement_rate), say(DEFINITIONS[0][1])),
            (say(DEFINITIONS[1][0]), percent(data.acceptance_rate), say(DEFINITIONS[1][1])),
            (say(DEFINITIONS[2][0]), percent(data.completion_rate), say(DEFINITIONS[2][1])),
            (say(DEFINITIONS[3][0]), percent(data.quota_use), say(DEFINITIONS[3][1])
             + (say(msg(" ({places:,} places)", places=data.quota)) if data.quota else "")),
        ], s, [45 * mm, 30 * mm, 105 * mm]),
        Heading(say(msg("Nomination funnel")), s.heading),
        bars(settings.font, [(say(STAGES[stage]), data.funnel[stage]) for stage in FUNNEL]),
    ]
    for heading, rows in ((msg("By university"), data.by_university),
                          (msg("By faculty"), data.by_faculty),
                          (msg("By track"), data.by_track)):
        story += [Heading(say(heading), s.heading), _breakdown(rows, s, count, say)]
        if rows and not small_counts:  # a chart would show what "<3" hides
            story += [Spacer(1, 2 * mm), bars(settings.font, [(b.name, b.placed)
                                                               for b in rows[:20]])]
    story += [Heading(say(msg("By organisation")), s.heading),
              table([say(msg("Organisation")), say(STAGES["placed"])],
                    [(b.name, count(b.placed)) for b in data.by_organisation], s,
                    [140 * mm, 40 * mm])]
    if data.by_organisation and not small_counts:
        story += [Spacer(1, 2 * mm), bars(settings.font, [
            (b.name, b.placed) for b in data.by_organisation[:15]])]
    story += [Heading(say(msg("Placements")), s.heading),
              *long_table([say(h) for h in (
                  msg("University"), msg("Student no."), msg("English name"),
                  msg("Chinese name"), msg("Track"), msg("Organisation"), msg("Start"),
                  msg("End"), msg("Status"))],
                    [(p.university, p.student_no, p.name_en, p.name_zh, p.track or "",
                      p.organisation, settings.day(p.start), settings.day(p.end),
                      say(PLACEMENT_STATES.get(p.status, p.status)))
                     for p in data.placements], s,
                    [w * mm for w in (_CHINESE_WIDTHS if settings.language == "zh_HK"
                                      else _WIDTHS)])]
    return build_pdf(path, story, settings, title=say(data.title),
                     subject=say(msg("Placements and nomination funnel — {scope}",
                                     scope=data.scope)))


def _breakdown(rows: list[Breakdown], s, count, say) -> object:  # noqa: ANN001
    return table(["", say(STAGES["submitted"]), say(STAGES["placed"]),
                  say(DEFINITIONS[0][0])],
                 [(b.name, count(b.submitted), count(b.placed),
                   f"{100 * b.placed / b.submitted:.1f}%" if b.submitted else "—")
                  for b in rows], s, [80 * mm, 30 * mm, 30 * mm, 40 * mm])


def bars(font: ReportFont, values: list[tuple[str, int]]) -> Drawing:
    height = 14 + 13 * len(values)
    drawing = Drawing(170 * mm, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 6
    chart.width, chart.height = 100 * mm, height - 12
    chart.data = [[v for _, v in values][::-1]]
    label_font = LATIN if all(is_latin(ch) for label, _ in values for ch in label) else font.name
    chart.categoryAxis.categoryNames = [_shortened(label, label_font, 7.5, 58 * mm)
                                        for label, _ in values][::-1]
    chart.categoryAxis.labels.fontName = label_font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    largest = max((v for _, v in values), default=0)
    if largest <= 8:  # people are counted whole: no 0.5 on the axis of a small breakdown
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = max(largest, 1), 1
    chart.bars[0].fillColor = colors.HexColor("#2f5597")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = LATIN
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing


def _shortened(label: str, font: str, size: float, room: float) -> str:
    """A bar's label cut with "…" to stay inside the page (the table above has it whole)."""
    if mixed_width(label, font, size) <= room:
        return label
    while label and mixed_width(label + "…", font, size) > room:
        label = label[:-1]
    return label.rstrip() + "…"

