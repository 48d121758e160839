"""Looking up reference data: universities by code, name or alias."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import University, UniversityAlias
from careerdesk.core.domain.universities import alias_key, builtin_aliases
from careerdesk.core.errors import NotFoundError
from careerdesk.messages import msg


def university_ids_by_code(session: Session) -> dict[str, int]:
    return dict(session.execute(select(University.code, University.id)).all())


def find_university_id(session: Session, text: str) -> int | None:
    """The university a code, name or alias means, or None."""
    key = alias_key(text)
    if not key:
        return None
    found = session.scalar(
        select(UniversityAlias.university_id).where(UniversityAlias.key == key)
    ) or session.scalar(select(University.id).where(func.lower(University.code) == key))
    builtin = builtin_aliases().get(key)
    if found is None and builtin is not None:  # a name added since the database was made
        found = session.scalar(select(University.id).where(University.code == builtin))
    if found is None:  # an alias stored with its words' short forms ("HK Poly U")
        found = next((uid for uid, alias in session.execute(
            select(UniversityAlias.university_id, UniversityAlias.alias))
            if alias_key(alias) == key), None)
    return found


def university_code(session: Session, written: str) -> str:
    """The code of the university ``written`` means (a code, name or alias in any case);
    refused in one sentence listing the codes there are."""
    found = find_university_id(session, written)
    if found is None:
        raise NotFoundError(no_such_university(session, written), code="unknown_university")
    return str(session.scalar(select(University.code).where(University.id == found)))


def no_such_university(session: Session, written: str) -> str:
    codes = ", ".join(session.scalars(select(University.code).order_by(University.code)))
    return msg("There is no university '{university}'; use one of {codes}.",
               university=written, codes=codes)


def faculty_name(session: Session, written: str, university_id: int | None = None) -> str:
    """The stored name of the faculty ``written`` means (however it is written: "Engg",
    "School of Engineering"), at one university or any; refused in one sentence naming
    the closest faculties (a typo must never print an all-zero report)."""
    import difflib

    from careerdesk.core.db.models import Faculty
    from careerdesk.core.domain.faculties import faculty_key

    statement = select(Faculty.name_en).distinct().order_by(Faculty.name_en)
    if university_id is not None:
        statement = statement.where(Faculty.university_id == university_id)
    known = list(session.scalars(statement))
    wanted = faculty_key(written)
    found = next((name for name in known if faculty_key(name) == wanted), None)
    if found is not None:
        return found
    close = difflib.get_close_matches(written, known, n=3, cutoff=0.6)
    raise NotFoundError(msg("There is no faculty '{faculty}'; the closest are {names}.",
                            faculty=written, names=", ".join(close)) if close else
                        msg("There is no faculty '{faculty}'.", faculty=written),
                        code="unknown_faculty")
