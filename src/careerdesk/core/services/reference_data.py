"""Looking up reference data: universities by code, name or alias."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import University, UniversityAlias
from careerdesk.core.domain.universities import alias_key, builtin_aliases


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
