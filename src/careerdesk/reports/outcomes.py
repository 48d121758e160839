"""Report 7: graduate outcomes for a graduating class — each outcome's count, and the NACE
knowledge and career outcomes rates and the Hong Kong employment rate, in total and by
university, faculty and programme, each with its numerator and denominator."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from careerdesk.messages import msg
from careerdesk.reports.content import GraduateOutcomes, OutcomeLine
from careerdesk.reports.document import Heading, ReportSettings, build_pdf, styles, table
from careerdesk.reports.text import plain

DEFINITIONS = (
    (msg("Knowledge rate (NACE)"),
     msg("graduates whose outcome is known ÷ all graduates")),
    (msg("Career outcomes rate (NACE)"),
     msg("employed, in service or military, or in further study ÷ those and the graduates "
         "still seeking work (those not seeking, and unknown ones, are left out)")),
    (msg("Employment rate (Hong Kong)"),
     msg("employed full-time or part-time ÷ those and the graduates seeking work")),
)


def render_outcomes(data: GraduateOutcomes, path: Path, settings: ReportSettings,
                    small_counts: bool = False) -> int:
    s = styles(settings.font)
    say = settings.say

    def count(n: int) -> str:
        return "<3" if small_counts and 0 < n < 3 else f"{n:,}"

    def rate(pair: tuple[int, int]) -> str:
        part, whole = pair
        if not whole:
            return "—"
        if small_counts and 0 < whole < 3:
            return "<3"
        return f"{100 * part / whole:.1f}% ({count(part)}/{count(whole)})"

    title = say(msg("Graduate outcomes — class of {year}", year=data.year))
    story: list = [
        Paragraph(plain(title), s.title),
        Paragraph(plain(say(msg("Scope: {scope}. {count} graduates.", scope=data.scope,
                                count=count(data.total.graduates)))), s.small),
        Spacer(1, 3 * mm),
        Heading(say(msg("Headline figures")), s.heading),
        table([say(msg("Figure")), say(msg("Value")), say(msg("Definition"))],
              [(say(name), rate(pair), say(definition)) for (name, definition), pair in
               zip(DEFINITIONS, (data.total.knowledge, data.total.career,
                                 data.total.employment), strict=True)],
              s, [50 * mm, 35 * mm, 95 * mm]),
        Heading(say(msg("Outcomes")), s.heading),
        table([say(msg("Outcome")), say(msg("Graduates"))],
              [(say(words), count(data.total.counts.get(value, 0)))
               for value, words in data.outcomes], s, [120 * mm, 60 * mm]),
    ]
    for heading, lines in ((msg("By university"), data.by_university),
                           (msg("By faculty"), data.by_faculty),
                           (msg("By programme"), data.by_programme)):
        story += [Heading(say(heading), s.heading), _rates(lines, s, say, count, rate)]
    return build_pdf(path, story, settings, title=title,
                     subject=say(msg("Graduate outcomes — {scope}", scope=data.scope)))


def _rates(lines: list[OutcomeLine], s, say, count, rate) -> object:  # noqa: ANN001
    return table(["", say(msg("Graduates")), say(msg("Knowledge rate")),
                  say(msg("Career outcomes rate")), say(msg("Employment rate"))],
                 [(line.name, count(line.graduates), rate(line.knowledge), rate(line.career),
                   rate(line.employment)) for line in lines], s,
                 [60 * mm, 22 * mm, 33 * mm, 33 * mm, 32 * mm])
