"""Report 2: a faculty's ranked nominees for a cohort, ready for the Dean's signature."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from careerdesk.reports.content import EndorsementList
from careerdesk.reports.document import Heading, ReportSettings, build_pdf, styles, table
from careerdesk.reports.text import plain

VERDICTS = {"pass": "Eligible", "fail": "Not eligible", "unknown": "To be checked"}


def render_endorsement(data: EndorsementList, path: Path, settings: ReportSettings) -> int:
    s = styles(settings.font)
    who = f"{data.university}" + (f", {data.faculty}" if data.faculty else "")
    rows: list[tuple[object, ...]] = []
    for row in data.nominees:
        reasons = "; ".join(r.reason for r in row.rules if r.result.value != "pass")
        line = "" if row.rank is None or data.quota is None or row.rank != data.quota + 1 \
            else "— quota line —"
        if line:
            rows.append(("", line, "", "", "", "", ""))
        rows.append((row.rank or "", row.student_no, row.name_en, row.name_zh,
                     row.track or "", VERDICTS[row.eligibility.value], reasons))
    story = [
        Paragraph(plain(f"Nominations for endorsement — {data.cohort_name}"), s.title),
        Paragraph(plain(f"{who}. {len(data.nominees)} nominees"
                        + (f"; {data.quota} places (the quota line is marked)."
                           if data.quota is not None else ".")), s.body),
        Spacer(1, 3 * mm),
        Heading("Ranked nominees", s.heading),
        table(["Rank", "Student no.", "English name", "Chinese name", "Track", "Eligibility",
               "Why not (yet) eligible"], rows, s,
              [12 * mm, 24 * mm, 40 * mm, 22 * mm, 18 * mm, 22 * mm, 42 * mm]),
        Spacer(1, 12 * mm),
        KeepTogether([
            Heading("Endorsement", s.heading),
            Paragraph(plain("I endorse the nominations above, in the order given."), s.body),
            Spacer(1, 14 * mm),
            Paragraph(plain("_______________________________          "
                            "_______________________"), s.body),
            Paragraph(plain("Dean / Associate Dean (name and signature)          Date"),
                      s.small),
        ]),
    ]
    return build_pdf(path, story, settings,
                     title=f"Nominations for endorsement — {data.cohort} — {who}",
                     subject="Faculty nominations for the Dean's endorsement")
