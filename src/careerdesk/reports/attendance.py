"""Report 4: event attendance — registered, on-site, virtual, no-shows, by university."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from careerdesk.messages import msg
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

STATES = (("registered", msg("Registered only")), ("on_site", msg("On-site")),
          ("virtual", msg("Virtual")), ("no_show", msg("No-show")))
MODES = {"on_site": msg("on-site"), "virtual": msg("virtual"), "hybrid": msg("hybrid")}


def render_attendance(events: list[EventAttendance], path: Path,
                      settings: ReportSettings) -> int:
    s = styles(settings.font)
    say = settings.say
    states = {key: say(label) for key, label in STATES}
    story: list = [Paragraph(plain(say(msg("Event attendance"))), s.title)]
    if not events:
        story.append(Paragraph(plain(say(msg("There are no events."))), s.body))
    for number, event in enumerate(events):
        if number:
            story.append(PageBreak())
        when = settings.day(event.held_on) if event.held_on else say(msg("date not set"))
        story += [
            Heading(f"{event.code} — {event.name}", s.heading),
            Paragraph(plain(say(msg(
                "{when}, {mode}. Registered {registered:,}; attended {attended:,} (on-site "
                "{on_site:,}, virtual {virtual:,}); no-shows {no_show:,}.", when=when,
                mode=MODES.get(event.mode, event.mode.replace("_", "-")),
                registered=event.registered, attended=event.attended,
                on_site=event.totals["on_site"], virtual=event.totals["virtual"],
                no_show=event.totals["no_show"]))), s.body),
            Spacer(1, 3 * mm),
            table([say(msg("University")), say(msg("Registered")),
                   *[states[key] for key, _ in STATES[1:]], say(msg("Attendance rate"))],
                  [(university, sum(c.values()), c["on_site"], c["virtual"], c["no_show"],
                    _rate(c["on_site"] + c["virtual"], sum(c.values())))
                   for university, c in sorted(event.by_university.items())]
                  + [(say(msg("All")), event.registered, event.totals["on_site"],
                      event.totals["virtual"], event.totals["no_show"],
                      _rate(event.attended, event.registered))], s),
            Spacer(1, 4 * mm),
            Heading(say(msg("Registrations")), s.heading, level=1),
            *long_table([say(h) for h in (msg("University"), msg("Student no."),
                                          msg("English name"), msg("Chinese name"),
                                          msg("Attendance"), msg("Registered"))],
                        [(u, no, en, zh, states.get(status, status), settings.moment(at))
                         for u, no, en, zh, status, at in event.people], s,
                        [20 * mm, 25 * mm, 50 * mm, 25 * mm, 25 * mm, 35 * mm]),
        ]
    return build_pdf(path, story, settings, title=say(msg("Event attendance")),
                     subject=say(msg("Registrations and attendance at career events")))


def _rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"
