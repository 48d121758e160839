"""Translated words for the domain's fixed values, shared by every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
