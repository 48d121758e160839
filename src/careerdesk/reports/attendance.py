"""Report 4: event attendance — registered, on-site, virtual, no-shows, by university."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from careerdesk.reports.content import EventAttendance
from careerdesk.reports.document import (
    Heading,
    ReportSettings,
    build_pdf,
    long_table,
    styles,
    table,
)
from careerdesk.reports.text import plain

STATES = (("registered", "Registered only"), ("on_site", "On-site"), ("virtual", "Virtual"),
          ("no_show", "No-show"))


def render_attendance(events: list[EventAttendance], path: Path,
                      settings: ReportSettings) -> int:
    s = styles(settings.font)
    story: list = [Paragraph(plain("Event attendance"), s.title)]
    if not events:
        story.append(Paragraph(plain("There are no events."), s.body))
    for number, event in enumerate(events):
        if number:
            story.append(PageBreak())
        when = f"{event.held_on:%d/%m/%Y}" if event.held_on else "date not set"
        story += [
            Heading(f"{event.code} — {event.name}", s.heading),
            Paragraph(plain(f"{when}, {event.mode.replace('_', '-')}. Registered "
                            f"{event.registered:,}; attended {event.attended:,} "
                            f"(on-site {event.totals['on_site']:,}, virtual "
                            f"{event.totals['virtual']:,}); no-shows "
                            f"{event.totals['no_show']:,}."), s.body),
            Spacer(1, 3 * mm),
            table(["University", "Registered", *[label for _, label in STATES[1:]],
                   "Attendance rate"],
                  [(university, sum(c.values()), c["on_site"], c["virtual"], c["no_show"],
                    _rate(c["on_site"] + c["virtual"], sum(c.values())))
                   for university, c in sorted(event.by_university.items())]
                  + [("All", event.registered, event.totals["on_site"],
                      event.totals["virtual"], event.totals["no_show"],
                      _rate(event.attended, event.registered))], s),
            Spacer(1, 4 * mm),
            Heading("Registrations", s.heading, level=1),
            *long_table(["University", "Student no.", "English name", "Chinese name",
                         "Attendance",
                   "Registered"],
                  [(u, no, en, zh, dict(STATES).get(status, status),
                    f"{at:%d/%m/%Y %H:%M}" if at else "")
                   for u, no, en, zh, status, at in event.people], s,
                  [20 * mm, 25 * mm, 50 * mm, 25 * mm, 25 * mm, 35 * mm]),
        ]
    return build_pdf(path, story, settings, title="Event attendance",
                     subject="Registrations and attendance at career events")


def _rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"
