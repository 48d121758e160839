"""Every table of CareerDesk, importable from one place (Alembic reads ``Base.metadata``)."""

from careerdesk.core.db.models.base import Base
from careerdesk.core.db.models.events import Application, Attendance, Event, EventRole
from careerdesk.core.db.models.nominations import (
    Nomination,
    Placement,
    PlacementPhase,
    StatusChange,
)
from careerdesk.core.db.models.organisations import Contact, Organisation, Position
from careerdesk.core.db.models.people import (
    Department,
    Faculty,
    Student,
    University,
    UniversityAlias,
)
from careerdesk.core.db.models.programmes import (
    Cohort,
    EligibilityRule,
    Phase,
    Programme,
    Quota,
    Track,
)
from careerdesk.core.db.models.records import (
    AuditEntry,
    DisclosedStudent,
    Disclosure,
    ImportBatch,
    ImportChange,
    PrivacyRequest,
)
from careerdesk.core.db.models.settings import ImportMapping, Setting

__all__ = [
    "Application",
    "Attendance",
    "AuditEntry",
    "Base",
    "Cohort",
    "Contact",
    "Department",
    "DisclosedStudent",
    "Disclosure",
    "EligibilityRule",
    "Event",
    "EventRole",
    "Faculty",
    "ImportBatch",
    "ImportChange",
    "ImportMapping",
    "Nomination",
    "Organisation",
    "Phase",
    "Placement",
    "PlacementPhase",
    "Position",
    "PrivacyRequest",
    "Programme",
    "Quota",
    "Setting",
    "Student",
    "StatusChange",
    "Track",
    "University",
    "UniversityAlias",
]
