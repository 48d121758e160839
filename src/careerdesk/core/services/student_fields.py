"""A student's fields as people type them: each read by the importer's own rules.

The student form, ``students add`` and ``students edit --set`` read what was typed here,
so a value the import accepts ("+852 9123 4567", "30/6/2026", "Year 3") is accepted by
hand, and one it refuses is refused with the same sentence, naming the field.
Field names are the keys of ``students list --json``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from careerdesk.core.errors import CareerDeskError
from careerdesk.io import values as v
from careerdesk.io.fields import FIELD_LABELS, Field
from careerdesk.io.normalisers import NORMALISERS
from careerdesk.messages import Message, msg


def _multiline(value: Any) -> str | None:
    """Notes as typed: lines kept, each trimmed (``clean_text`` would join them)."""
    if value is None:
        return None
    lines = [v.clean_text(line) or "" for line in str(value).splitlines()]
    return "\n".join(lines).strip("\n") or None


def _tags(value: Any) -> str | None:
    """Tags, separated by commas: each trimmed, a tag given twice kept once."""
    if value is None:
        return None
    tags = [t for t in (v.clean_text(part) for part in str(value).replace("，", ",").split(","))
            if t]
    return ", ".join(dict.fromkeys(tags)) or None


def _outcome(value: Any) -> str | None:
    """A graduate outcome as people write it ("employed full-time", "seeking")."""
    from careerdesk.core.services.outcomes import read_outcome

    if value is None or not str(value).strip():
        return None
    return read_outcome(str(value)).value


@dataclass(frozen=True)
class StudentField:
    key: str
    #: The student's column it is stored in (university and faculty are looked up instead).
    column: str | None
    label: Message
    read: Callable[[Any], Any]


def _field(key: str, column: str | None, field: Field) -> StudentField:
    return StudentField(key, column, FIELD_LABELS[field], NORMALISERS[field])


STUDENT_FIELDS: dict[str, StudentField] = {f.key: f for f in (
    _field("university", None, Field.UNIVERSITY),
    _field("student_no", "student_no", Field.STUDENT_NO),
    _field("name_en", "name_en", Field.NAME_EN),
    _field("name_zh", "name_zh", Field.NAME_ZH),
    _field("email", "email", Field.EMAIL),
    _field("phone", "phone", Field.PHONE),
    _field("faculty", None, Field.FACULTY),
    _field("department", "department", Field.DEPARTMENT),
    _field("programme", "programme_of_study", Field.PROGRAMME),
    _field("award_level", "award_level", Field.AWARD_LEVEL),
    _field("year_of_study", "year_of_study", Field.YEAR_OF_STUDY),
    _field("graduation", "graduation_date", Field.GRADUATION),
    _field("hk_resident", "hk_resident", Field.HK_RESIDENT),
    StudentField("employment", "employment_status", msg("Employment"),
                 NORMALISERS[Field.EMPLOYED]),
    _field("full_time_months", "full_time_months", Field.FULL_TIME_MONTHS),
    _field("consent", "consent_to_share", Field.CONSENT),
    _field("consent_date", "consent_date", Field.CONSENT_DATE),
    StudentField("tags", "tags", msg("Tags"), _tags),
    _field("hkid", "hkid", Field.HKID),
    StudentField("outcome", "outcome", msg("Outcome after graduation"), _outcome),
    StudentField("outcome_on", "outcome_on", msg("Outcome known on"),
                 NORMALISERS[Field.CONSENT_DATE]),
    StudentField("outcome_source", "outcome_source", msg("Outcome told by"),
                 lambda value: v.clean_text(value) if value is not None else None),
    StudentField("notes", "notes", FIELD_LABELS[Field.NOTES], _multiline),
)}


class BadFieldError(CareerDeskError):
    """A value typed for a student's field that the field cannot hold."""

    code = "bad_value"


def read_student_value(key: str, value: Any) -> Any:
    """What ``value`` (typed, or already a date or a yes/no) stores as the field ``key``."""
    field = STUDENT_FIELDS.get(key.strip().lower().replace("-", "_"))
    if field is None:
        raise BadFieldError(msg(
            "'{key}' is not a student's field; use one of {keys}.", key=key,
            keys=", ".join(STUDENT_FIELDS)), code="unknown_field", field=key)
    if isinstance(value, str) and not value.strip():
        value = None
    try:
        return field.read(value)
    except v.BadValueError as problem:
        raise BadFieldError(msg("{field}: {problem}", field=field.label,
                                problem=problem.message),
                            code=problem.code, field=field.key) from None


def read_student_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of ``values`` read (its keys made the fields' own); the first bad one
    stops with its sentence."""
    read: dict[str, Any] = {}
    for key, value in values.items():
        field_key = STUDENT_FIELDS[key].key if key in STUDENT_FIELDS else \
            key.strip().lower().replace("-", "_")
        read[field_key] = read_student_value(key, value)
    return read
