"""Printing reports: the core assembles plain data, the reports package lays it out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Setting
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.student_record import student_record
from careerdesk.reports.document import ReportSettings
from careerdesk.reports.fonts import NoChineseFontError, find_chinese_font, unprintable

OFFICE_KEY = "office_name"
FONT_KEY = "report_font"


@dataclass(frozen=True)
class PrintedReport:
    path: Path
    pages: int
    #: (whose text, characters the font could not draw): told to the user, never hidden
    unprintable: list[tuple[str, str]]


def report_settings(session: Session) -> ReportSettings:
    office = session.get(Setting, OFFICE_KEY)
    font_path = session.get(Setting, FONT_KEY)
    try:
        font = find_chinese_font(font_path.value if font_path and font_path.value else None)
    except NoChineseFontError as exc:
        raise CareerDeskError(str(exc), code="no_chinese_font") from exc
    return ReportSettings(font=font, office=office.value if office and office.value
                          else "Career Centre")


def _writable(target: Path) -> Path:
    target = Path(target).expanduser()
    if not target.parent.is_dir():
        raise CareerDeskError(f"The folder {target.parent} does not exist, so the report "
                              f"cannot be saved there.", code="report_no_folder")
    return target


def print_student_record(database: Database, university: str, student_no: str,
                         target: Path) -> PrintedReport:
    from careerdesk.reports.student_record import render_student_record

    target = _writable(target)
    with database.session() as session:
        record = student_record(session, university, student_no)
        settings = report_settings(session)
    missing = unprintable(settings.font, [(record.owner, text) for text in record.texts()])
    partial = target.with_name(f".{target.name}.partial")
    try:
        pages = render_student_record(record, partial, settings)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CareerDeskError(f"The report could not be saved to {target}: {exc.strerror}.",
                              code="report_unwritable") from exc
    return PrintedReport(target, pages, missing)
