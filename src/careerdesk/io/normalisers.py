"""Which normaliser cleans each field's cells (``values``, ``dates``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from careerdesk.io import application_words as aw
from careerdesk.io import dates
from careerdesk.io import event_words as ev
from careerdesk.io import nomination_words as nw
from careerdesk.io import values as v
from careerdesk.io.fields import Field

NORMALISERS: dict[Field, Callable[[Any], Any]] = {
    Field.STUDENT_NO: v.student_number,
    Field.NAME_EN: v.person_name,
    Field.NAME_ZH: v.chinese_name,
    Field.SURNAME: v.person_name,
    Field.GIVEN_NAME: v.person_name,
    Field.EMAIL: v.email,
    Field.PHONE: v.hk_phone,
    Field.FACULTY: v.unit_name,
    Field.DEPARTMENT: v.unit_name,
    Field.PROGRAMME: v.clean_text,
    Field.AWARD_LEVEL: v.award_level,
    Field.YEAR_OF_STUDY: v.year_of_study,
    Field.GRADUATION: dates.date,
    Field.HK_RESIDENT: v.hk_residency,
    Field.EMPLOYED: v.employment,
    Field.FULL_TIME_MONTHS: v.months,
    Field.CONSENT: v.yes_no,
    Field.CONSENT_DATE: dates.date,
    Field.ANSWERED_AT: dates.timestamp,
    Field.COHORT: v.clean_text,
    Field.TRACK: v.clean_text,
    Field.RANK: nw.rank,
    Field.ENDORSED: nw.endorsement,
    Field.SHORTLISTED: nw.stage_answer,
    Field.INTERVIEWED: nw.stage_answer,
    Field.OFFERED: nw.stage_answer,
    Field.OFFER_ACCEPTED: nw.stage_answer,
    Field.ORGANISATION: v.clean_text,
    Field.POSITION: v.clean_text,
    Field.PLACEMENT_START: dates.date,
    Field.MONTHLY_SALARY: v.monthly_salary,
    Field.OUTCOME: v.graduate_outcome,
    Field.OUTCOME_ON: dates.date,
    Field.OUTCOME_SOURCE: v.clean_text,
    Field.NOTES: v.clean_text,
    Field.HKID: v.hkid,
    Field.REGISTRATION_REF: v.clean_text,
    Field.APPLICATION_STATUS: aw.application_status,
    Field.CHANNEL: aw.channel,
    Field.APPLIED_ON: dates.date,
    Field.JOB_FIELD: v.clean_text,
    Field.ATTENDANCE: ev.attendance,
    Field.CHECKED_IN: ev.checked_in,
    Field.CHECKED_IN_AT: dates.check_in_time,
    Field.JOINED_AT: dates.check_in_time,
    Field.TICKET_TYPE: ev.ticket_mode,
    Field.MEETING_ROLE: ev.meeting_role,
    Field.REGISTERED_AT: dates.timestamp,
    Field.INTERESTS: v.clean_text,
    Field.UNIVERSITY: v.clean_text,
}
