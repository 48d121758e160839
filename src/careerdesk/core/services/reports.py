"""Printing reports: the core assembles plain data, the reports package lays it out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Setting
from careerdesk.core.domain.choices import DisclosureAction
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.services.letters import ADDRESS_KEY, EMAIL_KEY, LETTER_KEYS
from careerdesk.core.services.progress import Progress
from careerdesk.core.services.student_record import student_record
from careerdesk.messages import msg
from careerdesk.reports.document import ReportSettings
from careerdesk.reports.fonts import NoChineseFontError, find_chinese_font, unprintable

OFFICE_KEY = "office_name"
FONT_KEY = "report_font"
LETTER_KEY, LETTER_ZH_KEY = LETTER_KEYS["en"], LETTER_KEYS["zh_HK"]
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
    letter_template_zh: str = ""
    address: str = ""  # the letterhead's lines
    email: str = ""  # the email drafts' sender


def office_report_settings(session: Session) -> OfficeReportSettings:
    def value(key: str, default: str) -> str:
        stored = session.get(Setting, key)
        return stored.value if stored and stored.value else default

    return OfficeReportSettings(value(OFFICE_KEY, "Career Centre"), value(LOGO_KEY, ""),
                                value(PAPER_KEY, "A4"), value(FONT_KEY, ""),
                                value(LETTER_KEY, ""), value(LETTER_ZH_KEY, ""),
                                value(ADDRESS_KEY, ""), value(EMAIL_KEY, ""))


def save_office_report_settings(database: Database, chosen: OfficeReportSettings) -> None:
    if chosen.paper not in ("A4", "Letter"):
        raise CareerDeskError(msg("The paper size is A4 or Letter."), code="bad_paper")
    if chosen.email.strip() and "@" not in chosen.email:
        raise CareerDeskError(msg("'{email}' is not an email address.",
                                  email=chosen.email.strip()), code="bad_email")
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
                           (LETTER_KEY, chosen.letter_template),
                           (LETTER_ZH_KEY, chosen.letter_template_zh),
                           (ADDRESS_KEY, chosen.address.strip()),
                           (EMAIL_KEY, chosen.email.strip())):
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


def report_settings(session: Session, language: str = "en",
                    progress: Progress | None = None) -> ReportSettings:
    chosen = office_report_settings(session)
    try:
        font = find_chinese_font(chosen.font or None)
    except NoChineseFontError as exc:
        raise CareerDeskError(str(exc), code="no_chinese_font") from exc
    return ReportSettings(font=font, office=chosen.office,
                          logo=Path(chosen.logo) if chosen.logo else None,
                          letter_paper=chosen.paper == "Letter", language=language,
                          between=(lambda: progress.step(0, 0)) if progress else None)


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
    except BaseException:  # a Cancel (or anything else): no half-written file is left
        partial.unlink(missing_ok=True)
        raise
    return pages


def print_attendance(database: Database, event: str | None, target: Path, *,
                     language: str = "en", progress: Progress | None = None) -> PrintedReport:
    from careerdesk.core.services.report_data import attendance_report
    from careerdesk.reports.attendance import render_attendance

    target = _writable(target)
    with database.snapshot() as session:
        events = attendance_report(session, event)
        settings = report_settings(session, language, progress)
    missing = unprintable(settings.font, [(f"{u} {no}", f"{en or ''} {zh or ''}")
                                          for e in events for u, no, en, zh, *_ in e.people])
    pages = _save(target, lambda path: render_attendance(events, path, settings))
    _disclosed(database, DisclosureAction.PRINTED, "attendance", target,
               [(u, no) for e in events for u, no, *_ in e.people])
    return PrintedReport(target, pages, missing)


def print_endorsement(database: Database, cohort: str, university: str,
                      faculty: str | None, target: Path, *, language: str = "en",
                      statuses: Sequence[str] | None = None,
                      progress: Progress | None = None) -> PrintedReport:
    from careerdesk.core.services.report_data import endorsement_list
    from careerdesk.reports.endorsement import render_endorsement

    target = _writable(target)
    with database.snapshot() as session:
        data = endorsement_list(session, cohort, university, faculty, statuses)
        settings = report_settings(session, language, progress)
    missing = unprintable(settings.font, [(f"{r.university} {r.student_no}",
                                           f"{r.name_en or ''} {r.name_zh or ''}")
                                          for r in data.nominees])
    pages = _save(target, lambda path: render_endorsement(data, path, settings))
    _disclosed(database, DisclosureAction.PRINTED, "endorsement", target,
               [(r.university, r.student_no) for r in data.nominees])
    return PrintedReport(target, pages, missing)


def print_placement_report(database: Database, target: Path, cohort: str | None = None,
                           programme: str | None = None, university: str | None = None,
                           faculty: str | None = None,
                           small_counts: bool = False, *,
                           language: str = "en",
                           progress: Progress | None = None) -> PrintedReport:
    from careerdesk.core.services.report_data import placement_report
    from careerdesk.reports.placement_report import render_placement_report

    target = _writable(target)
    with database.snapshot() as session:
        data = placement_report(session, cohort, programme, university, faculty)
        settings = report_settings(session, language, progress)
    missing = unprintable(settings.font, [
        (f"{p.university} {p.student_no}", f"{p.name_en or ''} {p.name_zh or ''} "
                                           f"{p.organisation}") for p in data.placements])
    pages = _save(target, lambda path: render_placement_report(data, path, settings,
                                                               small_counts))
    _disclosed(database, DisclosureAction.PRINTED, "placement", target,
               [(p.university, p.student_no) for p in data.placements])
    return PrintedReport(target, pages, missing)


def print_outcomes(database: Database, year: int, target: Path, *,
                   university: str | None = None, faculty: str | None = None,
                   small_counts: bool = False, language: str = "en",
                   progress: Progress | None = None) -> PrintedReport:
    """The graduating class of ``year``: outcomes and the NACE and Hong Kong rates."""
    from careerdesk.core.services.outcomes import graduate_outcomes
    from careerdesk.reports.outcomes import render_outcomes

    target = _writable(target)
    with database.snapshot() as session:
        data = graduate_outcomes(session, year, university, faculty)
        settings = report_settings(session, language, progress)
    pages = _save(target, lambda path: render_outcomes(data, path, settings, small_counts))
    return PrintedReport(target, pages, [])


def print_career_day(database: Database, event: str, target: Path, *,
                     university: str | None = None, faculty: str | None = None,
                     small_counts: bool = False, language: str = "en",
                     progress: Progress | None = None) -> PrintedReport:
    """What came of a career day: its figures, attendance, applications and offers."""
    from careerdesk.core.services.career_day import career_day_outcome
    from careerdesk.reports.career_day import render_career_day

    target = _writable(target)
    with database.snapshot() as session:
        data = career_day_outcome(session, event, university, faculty)
        settings = report_settings(session, language, progress)
    missing = unprintable(settings.font, [(f"{o.university} {o.student_no}",
                                           f"{o.name_en or ''} {o.name_zh or ''} {o.company}")
                                          for o in data.offers])
    pages = _save(target, lambda path: render_career_day(data, path, settings, small_counts))
    _disclosed(database, DisclosureAction.PRINTED, "career_day", target,
               [(o.university, o.student_no) for o in data.offers])
    return PrintedReport(target, pages, missing)


def letter_template(session: Session, language: str = "en") -> str:
    from careerdesk.core.services import letters

    return letters.letter_template(session, language)


@dataclass(frozen=True)
class PrintedLetters(PrintedReport):
    """The letters' PDF, and what else was written: one PDF per student, email drafts,
    and the students who have no email address (no draft was made for them)."""

    files: list[Path] = field(default_factory=list)
    drafts: list[Path] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)


def print_letters(database: Database, cohort: str | None, target: Path,
                  student_no: str | None = None, *, language: str = "en",
                  statuses: Sequence[str] | None = None,
                  nomination_ids: Sequence[int] | None = None,
                  event: str | None = None, application_ids: Sequence[int] | None = None,
                  one_file_per_student: Path | None = None,
                  emails: Path | None = None,
                  progress: Progress | None = None) -> PrintedLetters:
    """Placement letters on the office's letterhead, in ``language``: one PDF to print at
    ``target``; and, if asked, one PDF per student in ``one_file_per_student`` and an
    email draft (.eml, the letter attached) per student with an address in ``emails``."""
    from careerdesk.core.services import letters as letter_data
    from careerdesk.reports.letters import render_letters

    target = _writable(target)
    for folder in (one_file_per_student, emails):
        if folder is not None and not Path(folder).is_dir():
            raise CareerDeskError(msg("The folder {folder} does not exist.", folder=folder),
                                  code="report_no_folder")
    with database.snapshot() as session:
        settings = report_settings(session, language, progress)
        found = letter_data.letters(session, language, cohort=cohort, statuses=statuses,
                                    nomination_ids=nomination_ids, student_no=student_no,
                                    office=settings.office, event=event,
                                    application_ids=application_ids)
        template = letter_data.letter_template(session, language)
        address, sender = letter_data.office_contact(session)
    texts = [letter.text(template) for letter in found]
    missing = unprintable(settings.font, [(letter.owner, text) for letter, text in
                                          zip(found, texts, strict=True)])
    title = _LETTERS_TITLE[language]
    empty = _NO_LETTERS[language]

    def render(path: Path, chosen: list[str]) -> int:
        return render_letters(chosen, path, settings, title=title, address=address,
                              empty=empty)

    pages = _save(target, lambda path: render(path, texts))
    files: list[Path] = []
    drafts: list[Path] = []
    if one_file_per_student is not None or emails is not None:
        folder = Path(one_file_per_student or emails)  # type: ignore[arg-type]
        for letter, text in zip(found, texts, strict=True):
            pdf = folder / f"{letter.file_stem()}.pdf"
            _save(pdf, lambda path, t=text: render(path, [t]))
            if one_file_per_student is not None:
                files.append(pdf)
            if emails is not None and letter.email:
                draft = Path(emails) / f"{letter.file_stem()}.eml"
                message = letter_data.email_draft(letter, pdf, language, settings.office,
                                                  sender)
                try:
                    draft.write_bytes(bytes(message))
                except OSError as exc:
                    raise CareerDeskError(msg(
                        "The email draft could not be saved to {target}: {strerror}.",
                        target=draft, strerror=exc.strerror), code="report_unwritable") from exc
                drafts.append(draft)
            if one_file_per_student is None:
                pdf.unlink(missing_ok=True)  # (made only to be attached)
    without = [letter.owner for letter in found if not letter.email] if emails else []
    _disclosed(database, DisclosureAction.PRINTED, "letters", target,
               [(letter.fields["university"], letter.fields["student_no"])
                for letter in found])
    return PrintedLetters(target, pages, missing, files, drafts, without)


_LETTERS_TITLE = {"en": "Placement letters", "zh_HK": "實習安排確認信"}
_NO_LETTERS = {"en": "There are no placements to write to.",
               "zh_HK": "沒有需要發信的實習安排。"}


def print_student_record(database: Database, university: str, student_no: str,
                         target: Path, *, language: str = "en",
                         progress: Progress | None = None,
                         disclose: bool = True) -> PrintedReport:
    """Everything held on one student, as a PDF; noted in who saw what (``disclose``:
    unless the caller notes it itself, answering an access request)."""
    from careerdesk.reports.student_record import render_student_record

    target = _writable(target)
    with database.snapshot() as session:
        record = student_record(session, university, student_no)
        settings = report_settings(session, language, progress)
    missing = unprintable(settings.font, [(record.owner, text) for text in record.texts()])
    pages = _save(target, lambda path: render_student_record(record, path, settings))
    if disclose:
        _disclosed(database, DisclosureAction.PRINTED, "student_record", target,
                   [(record.university, record.student_no)])
    return PrintedReport(target, pages, missing)


def _disclosed(database: Database, action: DisclosureAction, kind: str, target: Path,
               keys: Iterable[tuple[str, str]]) -> None:
    """Note who saw which students (a report of ``kind``, ``privacy.SEEN_AS``'s, printed
    to ``target``)."""
    from careerdesk.core.services.privacy import record_disclosure_of, seen_as

    record_disclosure_of(database, action, seen_as(kind, target.name), keys)
