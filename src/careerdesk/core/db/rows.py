"""Reading a row that should be there."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from careerdesk.core.errors import NotFoundError
from careerdesk.messages import msg

M = TypeVar("M")


def existing(session: Session, model: type[M], row_id: Any) -> M:
    """The row ``row_id`` of ``model``, just found by another query: gone only if someone
    deleted it in between, which is said in a sentence."""
    found = session.get(model, row_id)
    if found is None:
        raise NotFoundError(msg("A record was deleted by someone else meanwhile; try again."),
                            code="row_missing")
    return found
