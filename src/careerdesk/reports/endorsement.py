"""Report 2: a faculty's ranked nominees for a cohort, ready for the Dean's signature."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from careerdesk.messages import msg
from careerdesk.reports.content import EndorsementList
from careerdesk.reports.document import Heading, ReportSettings, build_pdf, styles, table
from careerdesk.reports.text import plain

VERDICTS = {"pass": msg("Eligible"), "fail": msg("Not eligible"),
            "unknown": msg("To be checked")}


def render_endorsement(data: EndorsementList, path: Path, settings: ReportSettings) -> int:
    s = styles(settings.font)
    say = settings.say
    who = f"{data.university}" + (f", {data.faculty}" if data.faculty else "")
    rows: list[tuple[object, ...]] = []
    for row in data.nominees:
        reasons = "; ".join(say(r.reason) for r in row.rules if r.result.value != "pass")
        line = "" if row.rank is None or data.quota is None or row.rank != data.quota + 1 \
            else say(msg("— quota line —"))
        if line:
            rows.append(("", line, "", "", "", "", ""))
        rows.append((row.rank or "", row.student_no, row.name_en, row.name_zh,
                     row.track or "", say(VERDICTS[row.eligibility.value]), reasons))
    story = [
        Paragraph(plain(say(msg("Nominations for endorsement — {cohort}",
                                cohort=data.cohort_name))), s.title),
        Paragraph(plain(say(msg("{who}. {count} nominees; {places} places (the quota line is "
                                "marked).", who=who, count=len(data.nominees),
                                places=data.quota)) if data.quota is not None
                        else say(msg("{who}. {count} nominees.", who=who,
                                     count=len(data.nominees)))), s.body),
        Spacer(1, 3 * mm),
        Heading(say(msg("Ranked nominees")), s.heading),
        table([say(h) for h in (msg("Rank"), msg("Student no."), msg("English name"),
                                msg("Chinese name"), msg("Track"), msg("Eligibility"),
                                msg("Why not (yet) eligible"))], rows, s,
              [12 * mm, 24 * mm, 40 * mm, 22 * mm, 18 * mm, 22 * mm, 42 * mm]),
        Spacer(1, 12 * mm),
        KeepTogether([
            Heading(say(msg("Endorsement")), s.heading),
            Paragraph(plain(say(msg("I endorse the nominations above, in the order given."))),
                      s.body),
            Spacer(1, 14 * mm),
            Paragraph(plain("_______________________________          "
                            "_______________________"), s.body),
            Paragraph(plain(say(msg("Dean / Associate Dean (name and signature)          "
                                    "Date"))), s.small),
        ]),
    ]
    return build_pdf(path, story, settings,
                     title=say(msg("Nominations for endorsement — {cohort} — {who}",
                                   cohort=data.cohort, who=who)),
                     subject=say(msg("Faculty nominations for the Dean's endorsement")))
