"""Translated words for the domain's fixed values, shared by every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk.core.domain.choices import (
    AttendanceStatus,
    AwardLevel,
    Channel,
    EmploymentStatus,
    EventMode,
    OrganisationTheme,
    PlacementStatus,
)
from careerdesk.core.domain.statuses import ApplicationStatus, NominationStatus
from careerdesk.gui.common.messages import localised


def status_label(status: NominationStatus) -> str:
    labels = {
        NominationStatus.DRAFT: QCoreApplication.translate("NominationStatus", "Draft"),
        NominationStatus.NOMINATED: QCoreApplication.translate("NominationStatus", "Nominated"),
        NominationStatus.SUBMITTED: QCoreApplication.translate("NominationStatus", "Submitted"),
        NominationStatus.SHORTLISTED: QCoreApplication.translate("NominationStatus",
                                                                 "Shortlisted"),
        NominationStatus.INTERVIEWED: QCoreApplication.translate("NominationStatus",
                                                                 "Interviewed"),
        NominationStatus.OFFERED: QCoreApplication.translate("NominationStatus", "Offered"),
        NominationStatus.ACCEPTED: QCoreApplication.translate("NominationStatus", "Accepted"),
        NominationStatus.PLACED: QCoreApplication.translate("NominationStatus", "Placed"),
        NominationStatus.COMPLETED: QCoreApplication.translate("NominationStatus", "Completed"),
        NominationStatus.INELIGIBLE: QCoreApplication.translate("NominationStatus",
                                                                "Ineligible"),
        NominationStatus.WITHDRAWN: QCoreApplication.translate("NominationStatus", "Withdrawn"),
        NominationStatus.NOT_SELECTED: QCoreApplication.translate("NominationStatus",
                                                                  "Not selected"),
        NominationStatus.DECLINED: QCoreApplication.translate("NominationStatus", "Declined"),
    }
    return labels[status]


def field_label(field: object) -> str:
    """What a field is called in the column-mapping drop-downs."""
    from careerdesk.io.fields import FIELD_LABELS

    return localised(FIELD_LABELS[field])  # type: ignore[index]


def theme_label(theme: str) -> str:
    """An organisation's theme, as the Organisations page and its editor name it."""
    labels = {
        OrganisationTheme.AI: QCoreApplication.translate("Theme", "AI"),
        OrganisationTheme.MICROELECTRONICS: QCoreApplication.translate("Theme",
                                                                       "Microelectronics"),
        OrganisationTheme.LIFE_HEALTH: QCoreApplication.translate("Theme", "Life & health tech"),
        OrganisationTheme.FINTECH: QCoreApplication.translate("Theme", "Fintech"),
        OrganisationTheme.OTHER: QCoreApplication.translate("Theme", "Other"),
    }
    return labels.get(theme, theme)  # type: ignore[call-overload]


def event_mode_label(mode: str) -> str:
    """How an event is held: on site, online, or both."""
    labels = {
        EventMode.ON_SITE: QCoreApplication.translate("EventMode", "On-site"),
        EventMode.VIRTUAL: QCoreApplication.translate("EventMode", "Virtual"),
        EventMode.HYBRID: QCoreApplication.translate("EventMode", "Hybrid"),
    }
    return labels.get(mode, mode)  # type: ignore[call-overload]


def award_level_label(level: str | None) -> str:
    labels = {
        AwardLevel.SUB_DEGREE: QCoreApplication.translate("AwardLevel", "Sub-degree"),
        AwardLevel.BACHELOR: QCoreApplication.translate("AwardLevel", "Bachelor"),
        AwardLevel.MASTER: QCoreApplication.translate("AwardLevel", "Master"),
        AwardLevel.DOCTORATE: QCoreApplication.translate("AwardLevel", "Doctorate"),
    }
    return labels.get(level, level or "")  # type: ignore[call-overload]


def employment_label(status: str | None) -> str:
    labels = {
        EmploymentStatus.UNEMPLOYED: QCoreApplication.translate("Employment", "Unemployed"),
        EmploymentStatus.EMPLOYED: QCoreApplication.translate("Employment", "Employed"),
        EmploymentStatus.STUDYING: QCoreApplication.translate("Employment", "Studying"),
    }
    return labels.get(status, status or "")  # type: ignore[call-overload]


def attendance_label(status: str) -> str:
    """Whether a student came to an event, and how."""
    labels = {
        AttendanceStatus.REGISTERED: QCoreApplication.translate("Attendance", "Registered"),
        AttendanceStatus.ON_SITE: QCoreApplication.translate("Attendance", "Came on site"),
        AttendanceStatus.VIRTUAL: QCoreApplication.translate("Attendance", "Came online"),
        AttendanceStatus.NO_SHOW: QCoreApplication.translate("Attendance", "No-show"),
    }
    return labels.get(status, status)  # type: ignore[call-overload]


def placement_status_label(status: str) -> str:
    labels = {
        PlacementStatus.CONFIRMED: QCoreApplication.translate("PlacementStatus", "Confirmed"),
        PlacementStatus.STARTED: QCoreApplication.translate("PlacementStatus", "Started"),
        PlacementStatus.COMPLETED: QCoreApplication.translate("PlacementStatus", "Completed"),
        PlacementStatus.ENDED_EARLY: QCoreApplication.translate("PlacementStatus",
                                                                "Ended early"),
    }
    return labels.get(status, status)  # type: ignore[call-overload]


def yes_no_label(value: bool | None) -> str:
    if value is None:
        return ""
    return (QCoreApplication.translate("YesNo", "Yes") if value
            else QCoreApplication.translate("YesNo", "No"))


def application_status_label(status: str) -> str:
    """Where a career-day application stands."""
    labels = {
        ApplicationStatus.APPLIED: QCoreApplication.translate("ApplicationStatus", "Applied"),
        ApplicationStatus.INTERVIEWED: QCoreApplication.translate("ApplicationStatus",
                                                                  "Interviewed"),
        ApplicationStatus.OFFERED: QCoreApplication.translate("ApplicationStatus", "Offered"),
        ApplicationStatus.ACCEPTED: QCoreApplication.translate("ApplicationStatus",
                                                               "Offer accepted"),
        ApplicationStatus.DECLINED: QCoreApplication.translate("ApplicationStatus",
                                                               "Offer declined"),
        ApplicationStatus.NOT_SELECTED: QCoreApplication.translate("ApplicationStatus",
                                                                   "Not selected"),
        ApplicationStatus.WITHDRAWN: QCoreApplication.translate("ApplicationStatus",
                                                                "Withdrawn"),
    }
    return labels.get(status, status)  # type: ignore[call-overload]


def channel_label(channel: str | None) -> str:
    """Where an application was made, or a role offered: at the venue, or online."""
    if channel is None:
        return ""
    labels = {Channel.ONSITE: QCoreApplication.translate("Channel", "At the venue"),
              Channel.ONLINE: QCoreApplication.translate("Channel", "Online (Talent Pool)")}
    return labels.get(channel, channel)  # type: ignore[call-overload]
