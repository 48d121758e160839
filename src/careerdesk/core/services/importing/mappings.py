"""Column mappings a coordinator confirmed, offered again for files with the same headings."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from careerdesk.core.db.models import ImportMapping
from careerdesk.core.db.models.base import utcnow
from careerdesk.io.fields import header_key
from careerdesk.io.table import is_blank


def headings_of(cells: Sequence[Any]) -> list[str]:
    return [" ".join(str(c).split()) for c in cells if not is_blank(c)]


def headers_fingerprint(headers: Sequence[str]) -> str:
    """The same headings (whatever their case and spacing) give the same fingerprint."""
    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def saved_mapping(session: Session, header_cells: Sequence[Any]) -> dict[str, str | None] | None:
    headers = headings_of(header_cells)
    found = session.get(ImportMapping, headers_fingerprint(headers))
    return dict(found.mapping) if found else None


def remember_mapping(session: Session, headers: Sequence[str],
                     mapping: dict[str, str | None]) -> None:
    key = headers_fingerprint(headers)
    found = session.get(ImportMapping, key)
    if found is None:
        session.add(ImportMapping(headers_key=key, headers=list(headers), mapping=mapping))
    else:
        found.headers, found.mapping, found.saved_at = list(headers), mapping, utcnow()
