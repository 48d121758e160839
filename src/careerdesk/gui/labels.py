"""Translated words for the domain's fixed values, shared by every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerdesk.core.domain.statuses import NominationStatus


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
    from careerdesk.io.fields import Field

    labels = {
        Field.UNIVERSITY: QCoreApplication.translate("Field", "University"),
        Field.STUDENT_NO: QCoreApplication.translate("Field", "Student no."),
        Field.NAME_EN: QCoreApplication.translate("Field", "English name"),
        Field.NAME_ZH: QCoreApplication.translate("Field", "Chinese name"),
        Field.SURNAME: QCoreApplication.translate("Field", "Surname"),
        Field.GIVEN_NAME: QCoreApplication.translate("Field", "Given name"),
        Field.EMAIL: QCoreApplication.translate("Field", "Email"),
        Field.PHONE: QCoreApplication.translate("Field", "Mobile"),
        Field.FACULTY: QCoreApplication.translate("Field", "Faculty"),
        Field.DEPARTMENT: QCoreApplication.translate("Field", "Department"),
        Field.PROGRAMME: QCoreApplication.translate("Field", "Programme of study"),
        Field.AWARD_LEVEL: QCoreApplication.translate("Field", "Award level"),
        Field.YEAR_OF_STUDY: QCoreApplication.translate("Field", "Year of study"),
        Field.GRADUATION: QCoreApplication.translate("Field", "Graduation date"),
        Field.HK_RESIDENT: QCoreApplication.translate("Field", "Hong Kong resident"),
        Field.EMPLOYED: QCoreApplication.translate("Field", "Currently employed"),
        Field.FULL_TIME_MONTHS: QCoreApplication.translate("Field", "Months of full-time work"),
        Field.CONSENT: QCoreApplication.translate("Field", "Consent to share data"),
        Field.COHORT: QCoreApplication.translate("Field", "Cohort"),
        Field.TRACK: QCoreApplication.translate("Field", "Track"),
        Field.RANK: QCoreApplication.translate("Field", "Faculty rank"),
        Field.NOTES: QCoreApplication.translate("Field", "Notes"),
        Field.REGISTRATION_REF: QCoreApplication.translate("Field", "Registration number"),
        Field.ATTENDANCE: QCoreApplication.translate("Field", "Attendance"),
        Field.CHECKED_IN: QCoreApplication.translate("Field", "Checked in"),
        Field.TICKET_TYPE: QCoreApplication.translate("Field", "Ticket type"),
        Field.REGISTERED_AT: QCoreApplication.translate("Field", "Registered at"),
        Field.INTERESTS: QCoreApplication.translate("Field", "Interests"),
        Field.ROW_NUMBER: QCoreApplication.translate("Field", "Row number"),
    }
    return labels[field]
