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

    t = QCoreApplication.translate
    labels = {
        Field.UNIVERSITY: t("Field", "University"), Field.STUDENT_NO: t("Field", "Student no."),
        Field.NAME_EN: t("Field", "English name"), Field.NAME_ZH: t("Field", "Chinese name"),
        Field.SURNAME: t("Field", "Surname"), Field.GIVEN_NAME: t("Field", "Given name"),
        Field.EMAIL: t("Field", "Email"), Field.PHONE: t("Field", "Mobile"),
        Field.FACULTY: t("Field", "Faculty"), Field.DEPARTMENT: t("Field", "Department"),
        Field.PROGRAMME: t("Field", "Programme of study"),
        Field.AWARD_LEVEL: t("Field", "Award level"),
        Field.YEAR_OF_STUDY: t("Field", "Year of study"),
        Field.GRADUATION: t("Field", "Graduation date"),
        Field.HK_RESIDENT: t("Field", "Hong Kong resident"),
        Field.EMPLOYED: t("Field", "Currently employed"),
        Field.FULL_TIME_MONTHS: t("Field", "Months of full-time work"),
        Field.CONSENT: t("Field", "Consent to share data"), Field.COHORT: t("Field", "Cohort"),
        Field.TRACK: t("Field", "Track"), Field.RANK: t("Field", "Faculty rank"),
        Field.NOTES: t("Field", "Notes"),
        Field.REGISTRATION_REF: t("Field", "Registration number"),
        Field.ATTENDANCE: t("Field", "Attendance"),
        Field.REGISTERED_AT: t("Field", "Registered at"),
        Field.INTERESTS: t("Field", "Interests"), Field.ROW_NUMBER: t("Field", "Row number"),
    }
    return labels[field]
