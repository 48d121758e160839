"""The closed sets of values the database checks (``CHECK`` constraints) and the UI offers."""

from __future__ import annotations

from enum import StrEnum


class AwardLevel(StrEnum):
    SUB_DEGREE = "sub_degree"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"


class EmploymentStatus(StrEnum):
    UNEMPLOYED = "unemployed"
    EMPLOYED = "employed"
    STUDYING = "studying"


class OrganisationTheme(StrEnum):
    AI = "ai"
    MICROELECTRONICS = "microelectronics"
    LIFE_HEALTH = "life_health"
    FINTECH = "fintech"
    OTHER = "other"


class ProgrammeKind(StrEnum):
    TALENT_PROGRAMME = "talent_programme"
    CAREER_DAY = "career_day"
    INTERNSHIP = "internship"


class PlacementStatus(StrEnum):
    CONFIRMED = "confirmed"
    STARTED = "started"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class PlacementOutcome(StrEnum):
    FULL_TIME_OFFER = "full_time_offer"
    FURTHER_STUDY = "further_study"
    OTHER = "other"


class EventMode(StrEnum):
    ON_SITE = "on_site"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class AttendanceStatus(StrEnum):
    REGISTERED = "registered"
    ON_SITE = "on_site"
    VIRTUAL = "virtual"
    NO_SHOW = "no_show"


class RuleKind(StrEnum):
    """Eligibility rules are data: a kind from this list plus parameters a coordinator sets."""

    AWARD_LEVELS = "award_levels"
    HK_RESIDENT = "hk_resident"
    UNEMPLOYED = "unemployed"
    MAX_FULL_TIME_MONTHS = "max_full_time_months"
    GRADUATION_BETWEEN = "graduation_between"
    UNIVERSITIES = "universities"
    FACULTIES = "faculties"
    MIN_YEAR_OF_STUDY = "min_year_of_study"
    CONSENT = "consent"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    BULK = "bulk"


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]
