"""Translated words for the domain's fixed values, shared by every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk.core.domain.choices import EventMode, OrganisationTheme
from careerdesk.core.domain.statuses import NominationStatus
from careerdesk.gui.messages import localised


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
