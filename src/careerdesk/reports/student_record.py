"""Report 5: everything held on one student, for a personal-data access request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from careerdesk.messages import msg
from careerdesk.reports.content import StudentRecord
from careerdesk.reports.document import Heading, ReportSettings, build_pdf, styles, table
from careerdesk.reports.text import plain


def render_student_record(record: StudentRecord, path: Path, settings: ReportSettings) -> int:
    """Write the record to ``path``; returns the number of pages."""
    s = styles(settings.font)
    say = settings.say
    none = Paragraph(plain(say(msg("None."))), s.body)
    name = " ".join(filter(None, (record.name_en, record.name_zh))) or record.student_no
    story = [
        Paragraph(plain(say(msg("Student record: {name}", name=name))), s.title),
        Paragraph(plain(say(msg("{university} ({code}), student number {number}",
                                university=record.university_name, code=record.university,
                                number=record.student_no))), s.body),
        Paragraph(plain(say(msg("Everything CareerDesk holds on this student, for a "
                                "personal-data access request under the Personal Data "
                                "(Privacy) Ordinance."))), s.small),
        Spacer(1, 4 * mm),
        Heading(say(msg("Personal details")), s.heading),
        table([say(msg("Item")), say(msg("Value"))],
              [(say(item), _said(value, settings)) for item, value in record.details], s,
              [55 * mm, 120 * mm]),
    ]
    if record.source:
        story += [Spacer(1, 2 * mm), Paragraph(plain(say(record.source)), s.small)]
    story.append(Heading(say(msg("Nominations")), s.heading))
    if not record.nominations:
        story.append(none)
    for nomination in record.nominations:
        line = msg("{cohort} — {name}: {status}", cohort=nomination.cohort,
                   name=nomination.cohort_name, status=nomination.status)
        if nomination.track:
            line = msg("{line}, track {track}", line=line, track=nomination.track)
        if nomination.rank:
            line = msg("{line}, rank {rank}", line=line, rank=nomination.rank)
        story.append(Paragraph(plain(say(line)), s.body))
        story.append(table(
            [say(h) for h in (msg("When"), msg("By"), msg("From"), msg("To"), msg("Note"))],
            [(settings.moment(when), by, say(old) if old else "—", say(new),
              say(note) if note else "") for when, by, old, new, note in nomination.history],
            s, [30 * mm, 30 * mm, 25 * mm, 25 * mm, 70 * mm]))
        story.append(Spacer(1, 2 * mm))
    story.append(Heading(say(msg("Placements")), s.heading))
    story.append(table([say(h) for h in (msg("Cohort"), msg("Organisation"), msg("Position"),
                                         msg("Start"), msg("End"), msg("Status"),
                                         msg("Salary"), msg("After"))],
                       [[_said(cell, settings) for cell in row]
                        for row in record.placements], s)
                 if record.placements else none)
    story.append(Heading(say(msg("Events")), s.heading))
    story.append(table([say(h) for h in (msg("Event"), msg("Name"), msg("Date"),
                                         msg("Attendance"), msg("Registered"))],
                       [[_said(cell, settings) for cell in row] for row in record.attendance],
                       s)
                 if record.attendance else none)
    story.append(Heading(say(msg("Career-day applications")), s.heading))
    story.append(table([say(h) for h in (msg("Event"), msg("Company"), msg("Role"),
                                         msg("Channel"), msg("Applied on"), msg("Status"))],
                       [[_said(cell, settings) for cell in row]
                        for row in record.applications], s,
                       [w * mm for w in (20, 40, 44, 28, 26, 22)])
                 if record.applications else none)
    story.append(Heading(say(msg("Who saw this student's data")), s.heading))
    story.append(table([say(h) for h in (msg("When"), msg("By"), msg("How"), msg("What"))],
                       [(settings.moment(at), by, say(how), say(what))
                        for at, by, how, what in record.seen], s,
                       [28 * mm, 34 * mm, 26 * mm, 92 * mm])
                 if record.seen else Paragraph(plain(say(msg(
                     "Nobody has viewed, printed or exported it yet."))), s.body))
    story.append(Heading(say(msg("Changes to the record")), s.heading))
    story.append(table([say(h) for h in (msg("When"), msg("By"), msg("What"), msg("Fields"))],
                       [(settings.moment(at), by, say(action), say(fields))
                        for at, by, action, fields in record.changes], s,
                       [28 * mm, 26 * mm, 34 * mm, 92 * mm])
                 if record.changes else Paragraph(plain(say(msg("No changes recorded."))),
                                                  s.body))
    return build_pdf(path, story, settings, title=say(msg("Student record — {name}",
                                                           name=name)),
                     subject=say(msg("Personal data held by CareerDesk")))


def _said(value: object, settings: ReportSettings) -> str:
    """A value in the report's language: a date as 30/06/2026 or 2026年6月30日."""
    if isinstance(value, dt.datetime):
        return settings.moment(value)
    if isinstance(value, dt.date):
        return settings.day(value)
    return settings.say(value) if value else ""  # type: ignore[arg-type]
