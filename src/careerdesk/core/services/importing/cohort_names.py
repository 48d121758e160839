"""The cohort (and track) each row of a file names, found as people write them."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from itertools import compress
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Cohort, Programme, Track
from careerdesk.core.services.importing.errors import ImportFailedError
from careerdesk.core.services.importing.held_back import HeldBack
from careerdesk.core.services.importing.stage_answers import StageAnswer, later, stage_answers
from careerdesk.core.services.nominations import no_such_cohort
from careerdesk.io.fields import Field, may_be_study_programme
from careerdesk.io.nomination_words import Endorsement, Reached, ReserveRank, says_withdrawn
from careerdesk.io.office_time import now
from careerdesk.io.parsed_sheet import ParsedSheet, Problem
from careerdesk.messages import msg

Found = tuple[int, int | None]  # (cohort id, track id)


class CohortNames:
    """The cohorts and their tracks, found as a file writes them: by code or by name
    ("TF-2026", "Talent Foundry 2026"), a track after a dash or in brackets
    ("PROCRUITC-2026-TECH", "PROcruit C 2026 - Technology for Good"), case, spacing and
    punctuation aside. A programme named without its year ("Talent Foundry", "PROcruit C -
    Technology for Good") is its cohort open now, when exactly one is (``through_programme``
    says which texts were read so, for the import to tell)."""

    def __init__(self, session: Session, today: dt.date | None = None) -> None:
        self.by_code: dict[str, tuple[int, str]] = {}
        self.tracks: dict[int, dict[str, int]] = {}
        self.through_programme: dict[str, str] = {}  # text → the open cohort's code
        self._written: dict[str, int] = {}  # every cohort's code and name, folded
        self._programmes: dict[str, list[tuple[int, str, bool]]] = {}  # → (id, code, open)
        self._found: dict[str, Found | None] = {}
        today = today or now().date()
        for cohort_id, code, name, kind, opens, closes, *programme in session.execute(
            select(Cohort.id, Cohort.code, Cohort.name, Programme.kind, Cohort.opens_on,
                   Cohort.closes_on, Programme.code, Programme.name_en, Programme.name_zh)
            .join(Cohort.programme).order_by(Cohort.code)
        ):
            self.by_code[code.casefold()] = (cohort_id, kind)
            self._written.setdefault(fold(name), cohort_id)
            is_open = (opens is not None or closes is not None) and (
                opens is None or opens <= today) and (closes is None or today <= closes)
            for words in {fold(p) for p in programme if p}:
                self._programmes.setdefault(words, []).append((cohort_id, code, is_open))
        for code, (cohort_id, _) in self.by_code.items():
            self._written[fold(code)] = cohort_id  # a code wins over another's name
        for cohort_id, code, name, track_id in session.execute(
            select(Track.cohort_id, Track.code, Track.name, Track.id)
        ):
            tracks = self.tracks.setdefault(cohort_id, {})
            for written in (code, name):
                tracks[written.casefold()] = track_id
                tracks[fold(written)] = track_id

    def find(self, text: str) -> Found | None:
        """A cohort, or a cohort with a track after it."""
        if text not in self._found:
            self._found[text] = self._find(text)
        return self._found[text]

    def _find(self, text: str) -> Found | None:
        cohort = self._cohort(text)
        if cohort is not None:
            return cohort, None
        for separator in (" - ", " – ", "(", "/", ":", "-"):
            head, found, tail = text.rpartition(separator)
            cohort = self._cohort(head) if found else None
            if cohort is None:
                continue
            track = self.tracks.get(cohort, {}).get(fold(tail.rstrip(")）")))
            if track is not None:
                return cohort, track
            self.through_programme.pop(head, None)  # (not what the text names after all)
        return None

    def _cohort(self, text: str) -> int | None:
        cohort = self._written.get(fold(text))
        if cohort is not None:
            return cohort
        open_now = [(cid, code) for cid, code, is_open in self._programmes.get(fold(text), ())
                    if is_open]
        if len(open_now) != 1:
            return None
        self.through_programme[text] = open_now[0][1]
        return open_now[0][0]

    def cohorts_of_programme(self, text: str) -> list[str]:
        """The cohorts of the programme ``text`` names (with a track after it or not)."""
        for written in (text, *(text.rpartition(s)[0] for s in (" - ", " – ", "(", "/", ":"))):
            cohorts = self._programmes.get(fold(written)) if written else None
            if cohorts:
                return [code for _, code, _ in cohorts]
        return []

    def require(self, text: str) -> Found:
        found = self.find(text)
        if found is None:
            raise ImportFailedError(no_such_cohort(text, [c.upper() for c in self.by_code]),
                                    code="unknown_cohort")
        return found


def fold(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


_NOT_WORD = re.compile(r"[\W_]+")


def resolve_cohorts(sheet: ParsedSheet, cohorts: CohortNames,
                    default: Found | None) -> dict[int, HeldBack]:
    """The cohort (and track) each row is nominated to, as ``(cohort id, track id)`` in the
    Cohort column: the one it names, else ``default``. A file repeats its few cohort names
    on every row, so each (cohort, track) written is looked up once. The rows the list does
    not put forward (not endorsed, withdrawn, reserves) have none; they are returned, by
    row, for the planning to tell whether their students are nominated already."""
    written = sheet.columns.pop(Field.COHORT, None)
    tracks = sheet.columns.pop(Field.TRACK, None)
    endorsed = sheet.columns.pop(Field.ENDORSED, None)
    answers, stage_headings = stage_answers(sheet)
    reserves = _reserve_ranks(sheet)
    if written is not None and _study_programme_codes(sheet, written, cohorts):
        written = tracks = None
    if written is None and default is None:
        if endorsed is not None or stage_headings:
            _endorsement_unused(sheet, [*filter(None, [sheet.headings.get(Field.ENDORSED)]),
                                        *stage_headings])
        _nomination_columns_unused(sheet, tracks)
        return {}
    pairs = list(zip(written or [None] * len(sheet), tracks or [None] * len(sheet),
                     strict=True))
    outcomes = {pair: _cohort_of(*pair, cohorts, default) for pair in set(pairs)}
    refused = {pair: o for pair, o in outcomes.items() if isinstance(o, _NotNominated)}
    chosen = {pair: None if pair in refused else o for pair, o in outcomes.items()}
    sheet.columns[Field.COHORT] = list(map(chosen.__getitem__, pairs))
    for number in compress(range(len(pairs)), map(refused.__contains__, pairs)):
        outcome = refused[pairs[number]]
        sheet.add(number, sheet.headings.get(outcome.field, ""), outcome.code, outcome.message)
    held: dict[int, HeldBack] = {}
    if endorsed is not None or answers:
        _leave_out_the_not_endorsed(sheet, endorsed or [None] * len(sheet), answers, held)
    _leave_out_the_withdrawn_in_remarks(sheet, held)
    _leave_out_the_reserves(sheet, reserves, held)
    for text, code in sorted(cohorts.through_programme.items()):
        sheet.problems.append(Problem(0, sheet.headings.get(Field.COHORT, ""),
                                      "cohort_from_programme", msg(
            "'{programme}' names a programme, not one of its cohorts; its students were "
            "nominated to {cohort}, the one open for applications now.", programme=text,
            cohort=code)))
    return held


def _study_programme_codes(sheet: ParsedSheet, written: list[str | None],
                           cohorts: CohortNames) -> bool:
    """Whether a "Programme Code" column holds the codes of the programmes the students
    study ("JS3010", as a student system's export writes them), not cohorts: not one of its
    values names a cohort. Then it is said once for the file, and not on every row."""
    heading = sheet.headings.get(Field.COHORT, "")
    if not may_be_study_programme(heading):
        return False
    values = sorted({text for text in written if text})
    if not values or any(map(cohorts.find, values)):
        return False
    shown = ", ".join(f"'{text}'" for text in values[:3]) + (", …" if len(values) > 3 else "")
    sheet.problems.append(Problem(0, heading, "not_cohorts", msg(
        "The column '{column}' names no cohort CareerDesk has ({values}): it was taken for "
        "the code of the programme the students study, and not imported. If it does name "
        "cohorts, add them on the Programmes page and import the file again.",
        column=heading, values=shown)))
    return True


def _leave_out_the_not_endorsed(sheet: ParsedSheet,
                                endorsed: list[Endorsement | Reached | None],
                                answers: dict[int, StageAnswer],
                                held: dict[int, HeldBack]) -> None:
    """A row the faculty did not endorse ("N", "TBC" or anything but a yes under
    "Endorsed") is a student, not a nominee: nominated, the student would stand as
    endorsed by the faculty. Nor is one whose status names a later stage ("Withdrawn",
    "Shortlisted"), or whose stage columns do ("Offer (Y/N)": "Y"): nominated, it would
    stand at the start of the path."""
    heading = sheet.headings.get(Field.ENDORSED, "")
    said = msg("The faculty did not endorse this student ('{heading}' does not say yes); the "
               "student was imported but not nominated.", heading=heading)
    cohorts = sheet.columns[Field.COHORT]
    for number, answer in enumerate(endorsed):
        if cohorts[number] is None:
            continue
        stage = answers.get(number)
        if stage is not None and later(answer, stage.stage):
            held[number] = _held(cohorts[number], stage.heading, stage.written,
                                 stage.stage.value, stage.via.value if stage.via else None)
        elif answer not in _NOMINATING:
            written = sheet.as_written(number, Field.ENDORSED)
            reached = answer.stage if isinstance(answer, Reached) else None
            held[number] = _held(cohorts[number], heading, written, reached) if (
                reached or len(written) > 3) else HeldBack(  # a "N", a "TBC": not a yes
                cohorts[number], heading, "not_endorsed", said, _under(written, heading))
        else:
            continue
        cohorts[number] = None


def _held(cohort: tuple[int, int | None], heading: str, written: str,
          reached: str | None, via: str | None = None) -> HeldBack:
    """A row held back for what the list says under ``heading``."""
    return HeldBack(cohort, heading, "not_endorsed", msg(
        "The list says '{status}' under '{heading}'; the student was imported but not "
        "nominated.", status=written, heading=heading), _under(written, heading), reached, via)


_NOMINATING = (Endorsement.PUT_FORWARD, None)


def _leave_out_the_withdrawn_in_remarks(sheet: ParsedSheet, held: dict[int, HeldBack]) -> None:
    """A row whose remark says the student withdrew ("Withdrawn on 3 Mar", "已撤回"): a
    careful coordinator reads the remarks, and does not nominate that student."""
    remarks, cohorts = sheet.columns.get(Field.NOTES), sheet.columns[Field.COHORT]
    if remarks is None:
        return
    heading = sheet.headings.get(Field.NOTES, "")
    for number, remark in enumerate(remarks):
        if remark and cohorts[number] is not None and says_withdrawn(remark):
            held[number] = HeldBack(cohorts[number], heading, "withdrawn_in_remarks", msg(
                "The remark '{remark}' says the student withdrew; the student was imported "
                "but not nominated.", remark=remark),
                _under(remark, heading), "withdrawn")
            cohorts[number] = None


def _reserve_ranks(sheet: ParsedSheet) -> dict[int, ReserveRank]:
    """The rows ranked as reserves ("Reserve 1", "R2", "候補1" under "Faculty Rank"), taken
    out of the rank column (a reserve has no place among the nominees)."""
    ranks = sheet.columns.get(Field.RANK)
    if ranks is None:
        return {}
    found = {number: rank for number, rank in enumerate(ranks) if isinstance(rank, ReserveRank)}
    for number in found:
        ranks[number] = None
    return found


def _leave_out_the_reserves(sheet: ParsedSheet, ranked: dict[int, ReserveRank],
                            held: dict[int, HeldBack]) -> None:
    """The faculty's reserves, put forward only when a nominee drops out, are not nominated:
    the students under the list's reserve list heading ("Reserve list", "候補名單"), of a
    list or sheet of reserves, and those ranked as reserves."""
    cohorts = sheet.columns[Field.COHORT]
    heading = sheet.headings.get(Field.RANK, "")
    for number, rank in ranked.items():
        if cohorts[number] is not None:
            written = sheet.as_written(number, Field.RANK) or str(rank)
            held[number] = HeldBack(cohorts[number], heading, "reserve_not_nominated", msg(
                "The faculty ranked this student as a reserve ('{rank}'); the student was "
                "imported but not nominated. Nominate them if a place opens.", rank=written),
                _under(written, heading))
            cohorts[number] = None
    if sheet.reserves_under is None:
        return
    row, heading = sheet.reserves_under
    said = msg("This student is on the list's reserve list (under '{heading}', row {row}); "
               "the student was imported but not nominated. Nominate them if a place opens.",
               heading=heading, row=row) if row else msg(
        "This student is on a reserve list (the sheet '{sheet}'); the student was imported "
        "but not nominated. Nominate them if a place opens.", sheet=heading)
    where = msg("on the reserve list, under '{heading}' in row {row}", heading=heading,
                row=row) if row else msg("on the sheet of reserves '{sheet}'", sheet=heading)
    for number in sheet.reserves():
        if cohorts[number] is not None:
            held[number] = HeldBack(cohorts[number], "", "reserve_not_nominated", said, where)
            cohorts[number] = None


def _under(value: str, heading: str) -> str:
    """What a row says, for a message about it: "'Pending' under 'Nomination Status'"."""
    return msg("'{value}' under '{heading}'", value=value, heading=heading)


def _endorsement_unused(sheet: ParsedSheet, headings: list[str]) -> None:
    for heading in headings:
        sheet.problems.append(Problem(0, heading, "endorsement_unused", msg(
            "The column '{heading}' says where each student's nomination stands, but the "
            "import names no cohort, so no one was nominated and the column was not used. "
            "Choose the cohort (--cohort CODE, or in the import window) to nominate the "
            "endorsed students.", heading=heading)))


def _nomination_columns_unused(sheet: ParsedSheet, tracks: list[Any] | None) -> None:
    """A track or a rank column in a list imported without a cohort: said, not dropped
    silently (a form's "Which track are you interested in?", a faculty's ranking)."""
    for field, values in ((Field.TRACK, tracks), (Field.RANK, sheet.columns.get(Field.RANK)),
                          (Field.ORGANISATION, sheet.columns.get(Field.ORGANISATION))):
        if values is None or not any(value is not None for value in values):
            continue
        heading = sheet.headings.get(field, "")
        sheet.problems.append(Problem(0, heading, "nomination_column_unused",
                                      _unused(field, heading)))


def _unused(field: Field, heading: str) -> str:
    """What a nomination's column gives, unused by an import that names no cohort."""
    if field is Field.TRACK:
        return msg("The column '{heading}' gives each student's track in a nomination, but "
                   "the import names no cohort, so no one was nominated and the column was not "
                   "used. Choose the cohort (--cohort CODE, or in the import window) to "
                   "nominate the students.", heading=heading)
    if field is Field.RANK:
        return msg("The column '{heading}' gives the faculty's ranking of its nominees, but "
                   "the import names no cohort, so no one was nominated and the column was not "
                   "used. Choose the cohort (--cohort CODE, or in the import window) to "
                   "nominate the students.", heading=heading)
    return msg("The column '{heading}' names where each student is placed, but the import "
               "names no cohort, so no placement was recorded. Choose the cohort (--cohort "
               "CODE, or in the import window) whose nominations the list is about.",
               heading=heading)


class _NotNominated(NamedTuple):
    field: Field
    code: str
    message: str


def _cohort_of(written: str | None, track_text: str | None, cohorts: CohortNames,
               default: Found | None) -> Found | _NotNominated | None:
    found = cohorts.find(written) if written else default
    if written and found is None:
        of_programme = cohorts.cohorts_of_programme(written)
        if of_programme:
            return _NotNominated(Field.COHORT, "unknown_cohort", msg(
                "'{programme}' names a programme, and not one of its cohorts ({cohorts}) is "
                "open for applications now; the student was imported but not nominated. Name "
                "the cohort in the file, or choose it in the import window.",
                programme=written, cohorts=", ".join(of_programme)))
        return _NotNominated(Field.COHORT, "unknown_cohort", msg(
            "There is no cohort '{cohort}' in CareerDesk; the student was imported but not "
            "nominated. Add the cohort, then import the file again.", cohort=written))
    if found is None:
        return None
    cohort_id, track_id = found
    if track_text:
        track_id = cohorts.tracks.get(cohort_id, {}).get(fold(track_text))
        if track_id is None:
            return _NotNominated(Field.TRACK, "unknown_track", msg(
                "The cohort has no track '{track}'; the student was imported but not "
                "nominated.", track=track_text))
    return cohort_id, track_id
