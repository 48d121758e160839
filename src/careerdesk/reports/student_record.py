"""Report 5: everything held on one student, for a personal-data access request."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from careerdesk.reports.content import StudentRecord
from careerdesk.reports.document import Heading, ReportSettings, build_pdf, styles, table
from careerdesk.reports.text import plain


def render_student_record(record: StudentRecord, path: Path, settings: ReportSettings) -> int:
    """Write the record to ``path``; returns the number of pages."""
    s = styles(settings.font)
    name = " ".join(filter(None, (record.name_en, record.name_zh))) or record.student_no
    story = [
        Paragraph(plain(f"Student record: {name}"), s.title),
        Paragraph(plain(f"{record.university_name} ({record.university}), student number "
                        f"{record.student_no}"), s.body),
        Paragraph(plain("Everything CareerDesk holds on this student, for a personal-data "
                        "access request under the Personal Data (Privacy) Ordinance."), s.small),
        Spacer(1, 4 * mm),
        Heading("Personal details", s.heading),
        table(["Item", "Value"], record.details, s, [55 * mm, 120 * mm]),
    ]
    if record.source:
        story += [Spacer(1, 2 * mm), Paragraph(plain(record.source), s.small)]
    story.append(Heading("Nominations", s.heading))
    if not record.nominations:
        story.append(Paragraph(plain("None."), s.body))
    for nomination in record.nominations:
        story.append(Paragraph(plain(
            f"{nomination.cohort} — {nomination.cohort_name}"
            + (f", track {nomination.track}" if nomination.track else "")
            + f": {nomination.status.replace('_', ' ')}"
            + (f", rank {nomination.rank}" if nomination.rank else "")), s.body))
        story.append(table(
            ["When", "By", "From", "To", "Note"],
            [(f"{when:%d/%m/%Y %H:%M}", by, (old or "—").replace("_", " "),
              new.replace("_", " "), note or "") for when, by, old, new, note in
             nomination.history], s, [30 * mm, 30 * mm, 25 * mm, 25 * mm, 70 * mm]))
        story.append(Spacer(1, 2 * mm))
    story.append(Heading("Placements", s.heading))
    story.append(table(["Cohort", "Organisation", "Position", "Start", "End", "Status",
                        "Salary", "After"], record.placements, s)
                 if record.placements else Paragraph(plain("None."), s.body))
    story.append(Heading("Events", s.heading))
    story.append(table(["Event", "Name", "Date", "Attendance", "Registered"], record.attendance,
                       s) if record.attendance else Paragraph(plain("None."), s.body))
    story.append(Heading("Changes to the record", s.heading))
    story.append(table(["When", "By", "What", "Fields"],
                       [(f"{at:%d/%m/%Y %H:%M}", by, action, fields)
                        for at, by, action, fields in record.changes], s,
                       [30 * mm, 30 * mm, 20 * mm, 100 * mm])
                 if record.changes else Paragraph(plain("No changes recorded."), s.body))
    return build_pdf(path, story, settings, title=f"Student record — {name}",
                     subject="Personal data held by CareerDesk")
