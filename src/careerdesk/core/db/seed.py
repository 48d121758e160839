"""Reference data every CareerDesk database holds from its first start."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import University, UniversityAlias
from careerdesk.core.domain.universities import UNIVERSITIES, alias_key, seed_aliases


def ensure_universities(session: Session) -> bool:
    """Add the six universities and their aliases where missing. Returns True if it added any."""
    known = set(session.scalars(select(University.code)))
    if all(seed.code in known for seed in UNIVERSITIES):
        return False
    taken_keys = set(session.scalars(select(UniversityAlias.key)))
    for seed in UNIVERSITIES:
        if seed.code in known:
            continue
        university = University(code=seed.code, name_en=seed.name_en, name_zh=seed.name_zh)
        for alias in seed_aliases(seed):
            key = alias_key(alias)
            if key not in taken_keys:
                taken_keys.add(key)
                university.aliases.append(UniversityAlias(alias=alias, key=key))
        session.add(university)
    session.flush()
    return True
