"""Reference data every CareerDesk database holds from its first start."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from careerdesk.core.db.models import Department, University, UniversityAlias
from careerdesk.core.domain.departments import department_key, shipped_departments
from careerdesk.core.domain.universities import UNIVERSITIES, alias_key, seed_aliases


def ensure_universities(session: Session) -> bool:
    """Add the six universities, their aliases and their departments where missing.
    Returns True if it added any."""
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
    ids = dict(session.execute(select(University.code, University.id)).all())
    session.add_all(department_row(ids[code], faculty, faculty_zh, name, name_zh)
                    for code, faculty, faculty_zh, name, name_zh in shipped_departments()
                    if code not in known)  # (a university's departments come with it)
    session.flush()
    return True


def department_row(university_id: int, faculty: str, faculty_zh: str | None, name: str,
                   name_zh: str | None) -> Department:
    return Department(university_id=university_id, faculty_en=faculty, faculty_zh=faculty_zh,
                      name_en=name, name_zh=name_zh, key=department_key(name))
