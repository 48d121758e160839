"""Report 1: the placement report for a cohort or programme, optionally one university or
faculty: headline figures with their definitions, the funnel, breakdowns, the detail."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

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
    ("Placement rate", "placed ÷ submitted"),
    ("Offer acceptance rate", "accepted ÷ offered"),
    ("Completion rate", "completed ÷ placed, among placements whose phases have all ended"),
    ("Quota use", "submitted ÷ places"),
)


def render_placement_report(data: PlacementReport, path: Path, settings: ReportSettings,
                            small_counts: bool = False) -> int:
    s = styles(settings.font)

    def count(n: int) -> str:
        return "<3" if small_counts and 0 < n < 3 else f"{n:,}"

    def percent(value: float | None) -> str:
        return "—" if value is None else f"{100 * value:.1f}%"

    story = [
        Paragraph(plain(data.title), s.title),
        Paragraph(plain(f"Scope: {data.scope}. Counts are cumulative: a nomination counts at "
                        f"every stage it has reached."), s.small),
        Spacer(1, 3 * mm),
        Heading("Headline figures", s.heading),
        table(["Figure", "Value", "Definition"], [
            ("Submitted", count(data.funnel["submitted"]), "nominations submitted"),
            ("Placed", count(data.funnel["placed"]), "placements started"),
            ("Placement rate", percent(data.placement_rate), DEFINITIONS[0][1]),
            ("Offer acceptance rate", percent(data.acceptance_rate), DEFINITIONS[1][1]),
            ("Completion rate", percent(data.completion_rate), DEFINITIONS[2][1]),
            ("Quota use", percent(data.quota_use), DEFINITIONS[3][1]
             + (f" ({data.quota:,} places)" if data.quota else "")),
        ], s, [45 * mm, 30 * mm, 105 * mm]),
        Heading("Nomination funnel", s.heading),
        _bars(settings.font, [(stage, data.funnel[stage]) for stage in FUNNEL]),
    ]
    for heading, rows in (("By university", data.by_university),
                          ("By faculty", data.by_faculty), ("By track", data.by_track)):
        story += [Heading(heading, s.heading), _breakdown(rows, s, count)]
        if rows and not small_counts:  # a chart would show what "<3" hides
            story += [Spacer(1, 2 * mm), _bars(settings.font, [(b.name, b.placed)
                                                               for b in rows[:20]])]
    story += [Heading("By organisation", s.heading),
              table(["Organisation", "Placed"],
                    [(b.name, count(b.placed)) for b in data.by_organisation], s,
                    [140 * mm, 40 * mm])]
    if data.by_organisation and not small_counts:
        story += [Spacer(1, 2 * mm), _bars(settings.font, [
            (b.name, b.placed) for b in data.by_organisation[:15]])]
    story += [Heading("Placements", s.heading),
              *long_table(["University", "Student no.", "English name", "Chinese name", "Track",
                     "Organisation", "Start", "End", "Status"],
                    [(p.university, p.student_no, p.name_en, p.name_zh, p.track or "",
                      p.organisation, _day(p.start), _day(p.end), p.status.replace("_", " "))
                     for p in data.placements], s,
                    [15 * mm, 20 * mm, 31 * mm, 16 * mm, 12 * mm, 36 * mm, 16.5 * mm, 16.5 * mm,
                     17 * mm])]
    return build_pdf(path, story, settings, title=data.title,
                     subject=f"Placements and nomination funnel — {data.scope}")


def _breakdown(rows: list[Breakdown], s, count) -> object:  # noqa: ANN001
    return table(["", "Submitted", "Placed", "Placement rate"],
                 [(b.name, count(b.submitted), count(b.placed),
                   f"{100 * b.placed / b.submitted:.1f}%" if b.submitted else "—")
                  for b in rows], s, [80 * mm, 30 * mm, 30 * mm, 40 * mm])


def _bars(font: ReportFont, values: list[tuple[str, int]]) -> Drawing:
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


def _day(value) -> str:  # noqa: ANN001
    return value.strftime("%d/%m/%Y") if value else ""
