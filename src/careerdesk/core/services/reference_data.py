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
