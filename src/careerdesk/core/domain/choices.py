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


class GraduateOutcome(StrEnum):
    """What a graduate is doing after graduation (PRODUCT.md: graduate outcome)."""

    EMPLOYED_FULL_TIME = "employed_full_time"
    EMPLOYED_PART_TIME = "employed_part_time"
    FURTHER_STUDY = "further_study"
    SERVICE_MILITARY = "service_military"
    SEEKING = "seeking"
    NOT_SEEKING = "not_seeking"
    UNKNOWN = "unknown"


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


class Channel(StrEnum):
    """Where an application was made at a career day (at the venue, or online through
    HKSTP's Talent Pool), and where a role was offered."""

    ONSITE = "onsite"
    ONLINE = "online"


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


class DisclosureAction(StrEnum):
    """How students' data was seen: on screen, on paper, in a file, or handed to them."""

    VIEWED = "viewed"
    PRINTED = "printed"
    EXPORTED = "exported"
    ACCESS_REQUEST = "access_request"


class PrivacyRequestKind(StrEnum):
    ACCESS = "access"
    CORRECTION = "correction"


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


def value_words() -> dict[str, dict[str, str]]:
    """Each closed set's values in words, as a report or a letter prints them (``msg``:
    said in the report's language). Kept here, beside the values themselves."""
    from careerdesk.messages import msg

    return {
        "award_level": {AwardLevel.SUB_DEGREE: msg("sub-degree"),
                        AwardLevel.BACHELOR: msg("bachelor's degree"),
                        AwardLevel.MASTER: msg("master's degree"),
                        AwardLevel.DOCTORATE: msg("doctorate")},
        "employment": {EmploymentStatus.UNEMPLOYED: msg("not employed"),
                       EmploymentStatus.EMPLOYED: msg("employed"),
                       EmploymentStatus.STUDYING: msg("studying")},
        "placement": {PlacementStatus.CONFIRMED: msg("confirmed"),
                      PlacementStatus.STARTED: msg("started"),
                      PlacementStatus.COMPLETED: msg("completed"),
                      PlacementStatus.ENDED_EARLY: msg("ended early")},
        "outcome": {PlacementOutcome.FULL_TIME_OFFER: msg("full-time offer"),
                    PlacementOutcome.FURTHER_STUDY: msg("further study"),
                    PlacementOutcome.OTHER: msg("other")},
        "outcome_after_graduation": {
            GraduateOutcome.EMPLOYED_FULL_TIME: msg("employed full-time"),
            GraduateOutcome.EMPLOYED_PART_TIME: msg("employed part-time"),
            GraduateOutcome.FURTHER_STUDY: msg("further study"),
            GraduateOutcome.SERVICE_MILITARY: msg("service or military"),
            GraduateOutcome.SEEKING: msg("seeking work"),
            GraduateOutcome.NOT_SEEKING: msg("not seeking work"),
            GraduateOutcome.UNKNOWN: msg("unknown")},
        "channel": {Channel.ONSITE: msg("at the venue"),
                    Channel.ONLINE: msg("online (Talent Pool)")},
        "attendance": {AttendanceStatus.REGISTERED: msg("registered"),
                       AttendanceStatus.ON_SITE: msg("came on site"),
                       AttendanceStatus.VIRTUAL: msg("came online"),
                       AttendanceStatus.NO_SHOW: msg("no-show")},
    }
