"""Report 2: a faculty's ranked nominees for a cohort, ready for the Dean's signature; for a
whole university, each faculty in turn, ranked within itself, with its own quota line and
signature block."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle

from careerdesk.messages import listed, msg
from careerdesk.reports.content import EndorsementGroup, EndorsementList
from careerdesk.reports.document import Heading, ReportSettings, build_pdf, styles, table
from careerdesk.reports.text import plain

VERDICTS = {"pass": msg("Eligible"), "fail": msg("Not eligible"),
            "unknown": msg("To be checked")}
QUOTA_LINE = colors.HexColor("#c0392b")


def render_endorsement(data: EndorsementList, path: Path, settings: ReportSettings) -> int:
    s = styles(settings.font)
    say = settings.say
    who = f"{data.university}" + (f", {data.faculty}" if data.faculty else "")
    story: list = [
        Paragraph(plain(say(msg("Nominations for endorsement — {cohort}",
                                cohort=data.cohort_name))), s.title),
        Paragraph(plain(say(msg("{who}. {count} nominees at {statuses}.", who=who,
                                count=len(data.nominees),
                                statuses=listed(data.statuses) if data.statuses else ""))),
                  s.body),
        Spacer(1, 3 * mm),
    ]
    for group in data.groups:
        story += _group(group, data.faculty is None, s, settings)
    if not data.groups:
        story.append(Paragraph(plain(say(msg("No nomination is waiting at these statuses."))),
                               s.body))
    return build_pdf(path, story, settings,
                     title=say(msg("Nominations for endorsement — {cohort} — {who}",
                                   cohort=data.cohort, who=who)),
                     subject=say(msg("Faculty nominations for the Dean's endorsement")))


def _group(group: EndorsementGroup, named: bool, s, settings: ReportSettings) -> list:  # noqa: ANN001
    """One faculty: its heading (when the list has several), its ranked table with the
    quota line drawn under the last nominee within the places, and its signature block."""
    say = settings.say
    faculty = group.faculty or say(msg("Faculty not recorded"))
    rows = []
    ranked = 0
    for row in group.nominees:  # ranked first, in the faculty's order: 1, 2, 3 … within it
        reasons = " ".join(say(r.reason) for r in row.rules if r.result.value != "pass")
        ranked += row.rank is not None
        rows.append((ranked if row.rank is not None else "", *([faculty] if named else []),
                     row.student_no, row.name_en, row.name_zh, row.track or "",
                     say(VERDICTS[row.eligibility.value]), reasons))
    # The quota line falls after the last nominee within the places, when any fall beyond.
    line_after = group.quota if group.quota is not None and ranked > group.quota else None
    places = (say(msg("{places} places; the red line marks where they end.",
                      places=group.quota)) if group.quota is not None
              else say(msg("No quota is set for this faculty.")))
    # A whole university's list names each row's faculty (its rank is within it).
    headings = [msg("Rank"), *([msg("Faculty")] if named else []), msg("Student no."),
                msg("English name"), msg("Chinese name"), msg("Track"), msg("Eligibility"),
                msg("Why not (yet) eligible")]
    widths = ([12 * mm, 30 * mm, 21 * mm, 32 * mm, 17 * mm, 13 * mm, 19 * mm, 36 * mm] if named
              else [12 * mm, 24 * mm, 40 * mm, 22 * mm, 18 * mm, 22 * mm, 42 * mm])
    listing = table([say(h) for h in headings], rows, s, widths)
    if line_after:  # (row 0 is the heading)
        listing.setStyle(TableStyle([("LINEBELOW", (0, line_after), (-1, line_after), 1.6,
                                      QUOTA_LINE)]))
    part: list = []
    if named:
        part.append(Heading(faculty, s.heading))
    part += [Paragraph(plain(say(msg("{count} nominees. {places}", count=len(rows),
                                     places=places))), s.small),
             Spacer(1, 1.5 * mm), listing, Spacer(1, 8 * mm),
             KeepTogether([
                 Paragraph(plain(say(msg("Endorsement — {faculty}", faculty=faculty))),
                           s.heading),
                 Paragraph(plain(say(msg("I endorse the nominations above, in the order "
                                         "given."))), s.body),
                 Spacer(1, 14 * mm),
                 Paragraph(plain("_______________________________          "
                                 "_______________________"), s.body),
                 Paragraph(plain(say(msg("Dean / Associate Dean (name and signature)          "
                                         "Date"))), s.small),
             ]), Spacer(1, 10 * mm)]
    return part
