"""Printing reports: the core assembles plain data, the reports package lays it out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Setting
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.student_record import student_record
from careerdesk.messages import msg
from careerdesk.reports.document import ReportSettings
from careerdesk.reports.fonts import NoChineseFontError, find_chinese_font, unprintable

OFFICE_KEY = "office_name"
FONT_KEY = "report_font"
LETTER_KEY = "letter_template"
LOGO_KEY = "office_logo"
PAPER_KEY = "paper"  # "A4" or "Letter"


@dataclass
class OfficeReportSettings:
    """What the office sets for its reports (Settings → Reports)."""

    office: str = "Career Centre"
    logo: str = ""
    paper: str = "A4"
    font: str = ""
    letter_template: str = ""


def office_report_settings(session: Session) -> OfficeReportSettings:
    def value(key: str, default: str) -> str:
        stored = session.get(Setting, key)
        return stored.value if stored and stored.value else default

    return OfficeReportSettings(value(OFFICE_KEY, "Career Centre"), value(LOGO_KEY, ""),
                                value(PAPER_KEY, "A4"), value(FONT_KEY, ""),
                                value(LETTER_KEY, ""))


def save_office_report_settings(database: Database, chosen: OfficeReportSettings) -> None:
    if chosen.paper not in ("A4", "Letter"):
        raise CareerDeskError(msg("The paper size is A4 or Letter."), code="bad_paper")
    if chosen.logo and not Path(chosen.logo).is_file():
        raise CareerDeskError(msg(
            "There is no logo file at {logo}.", logo=chosen.logo), code="logo_missing")
    if chosen.font:
        try:
            find_chinese_font(chosen.font)
        except NoChineseFontError as exc:
            raise CareerDeskError(str(exc), code="no_chinese_font") from exc
    with database.transaction() as session:
        for key, value in ((OFFICE_KEY, chosen.office.strip()), (LOGO_KEY, chosen.logo),
                           (PAPER_KEY, chosen.paper), (FONT_KEY, chosen.font),
                           (LETTER_KEY, chosen.letter_template)):
            stored = session.get(Setting, key)
            if stored is None:
                session.add(Setting(key=key, value=value))
            else:
                stored.value = value


@dataclass(frozen=True)
class PrintedReport:
    path: Path
    pages: int
    #: (whose text, characters the font could not draw): told to the user, never hidden
    unprintable: list[tuple[str, str]]


def report_settings(session: Session) -> ReportSettings:
    chosen = office_report_settings(session)
    try:
        font = find_chinese_font(chosen.font or None)
    except NoChineseFontError as exc:
        raise CareerDeskError(str(exc), code="no_chinese_font") from exc
    return ReportSettings(font=font, office=chosen.office,
                          logo=Path(chosen.logo) if chosen.logo else None,
                          letter_paper=chosen.paper == "Letter")


def _writable(target: Path) -> Path:
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise CareerDeskError(msg(
            "The folder {parent} does not exist, so the report cannot be saved there.",
            parent=target.parent), code="report_no_folder")
    return target


def _save(target: Path, render) -> int:  # noqa: ANN001 (a function writing the PDF)
    partial = target.with_name(f".{target.name}.partial")
    try:
        pages = render(partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CareerDeskError(msg(
            "The report could not be saved to {target}: {strerror}.",
            target=target, strerror=exc.strerror),
            code="report_unwritable") from exc
    return pages


def print_attendance(database: Database, event: str | None, target: Path) -> PrintedReport:
    from careerdesk.core.services.report_data import attendance_report
    from careerdesk.reports.attendance import render_attendance

    target = _writable(target)
    with database.snapshot() as session:
        events = attendance_report(session, event)
        settings = report_settings(session)
    missing = unprintable(settings.font, [(f"{u} {no}", f"{en or ''} {zh or ''}")
                                          for e in events for u, no, en, zh, *_ in e.people])
    pages = _save(target, lambda path: render_attendance(events, path, settings))
    return PrintedReport(target, pages, missing)


def print_endorsement(database: Database, cohort: str, university: str,
                      faculty: str | None, target: Path) -> PrintedReport:
    from careerdesk.core.services.report_data import endorsement_list
    from careerdesk.reports.endorsement import render_endorsement

    target = _writable(target)
    with database.snapshot() as session:
        data = endorsement_list(session, cohort, university, faculty)
        settings = report_settings(session)
    missing = unprintable(settings.font, [(f"{r.university} {r.student_no}",
                                           f"{r.name_en or ''} {r.name_zh or ''}")
                                          for r in data.nominees])
    pages = _save(target, lambda path: render_endorsement(data, path, settings))
    return PrintedReport(target, pages, missing)


def print_placement_report(database: Database, target: Path, cohort: str | None = None,
                           programme: str | None = None, university: str | None = None,
                           faculty: str | None = None,
                           small_counts: bool = False) -> PrintedReport:
    from careerdesk.core.services.report_data import placement_report
    from careerdesk.reports.placement_report import render_placement_report

    target = _writable(target)
    with database.snapshot() as session:
        data = placement_report(session, cohort, programme, university, faculty)
        settings = report_settings(session)
    missing = unprintable(settings.font, [
        (f"{p.university} {p.student_no}", f"{p.name_en or ''} {p.name_zh or ''} "
                                           f"{p.organisation}") for p in data.placements])
    pages = _save(target, lambda path: render_placement_report(data, path, settings,
                                                               small_counts))
    return PrintedReport(target, pages, missing)


def letter_template(session: Session) -> str:
    from careerdesk.core.services.report_data import DEFAULT_LETTER

    stored = session.get(Setting, LETTER_KEY)
    return stored.value if stored and stored.value and stored.value.strip() else DEFAULT_LETTER


def print_letters(database: Database, cohort: str, target: Path,
                  student_no: str | None = None) -> PrintedReport:
    from careerdesk.core.services.report_data import fill_letter, letters_data
    from careerdesk.reports.letters import render_letters

    target = _writable(target)
    with database.snapshot() as session:
        settings = report_settings(session)
        data = letters_data(session, cohort, settings.office, student_no=student_no)
        template = letter_template(session)
    texts = [fill_letter(template, item) for item in data]
    missing = unprintable(settings.font, [(item.owner, text) for item, text in
                                          zip(data, texts, strict=True)])
    pages = _save(target, lambda path: render_letters(texts, path, settings,
                                                      title=f"Placement letters — {cohort}"))
    return PrintedReport(target, pages, missing)


def print_student_record(database: Database, university: str, student_no: str,
                         target: Path) -> PrintedReport:
    from careerdesk.reports.student_record import render_student_record

    target = _writable(target)
    with database.snapshot() as session:
        record = student_record(session, university, student_no)
        settings = report_settings(session)
    missing = unprintable(settings.font, [(record.owner, text) for text in record.texts()])
    pages = _save(target, lambda path: render_student_record(record, path, settings))
    return PrintedReport(target, pages, missing)
